import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vZ: () => (/* binding */ formatFieldPath),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export ValidationError */
// What a loader reports about a user's file: where, which field, what is wrong, and a
// stable code that tools and tests can rely on.
function formatFieldPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part))
            out += out === "" ? part : `.${part}`;
        else
            out += `[${JSON.stringify(part)}]`;
    }
    return out;
}
/** `file:line:column field: message`, the shape compilers print and editors link. */
function formatDiagnostic(d, displayFile = d.file) {
    const where = `${displayFile}:${d.start.line}:${d.start.column}`;
    const severity = d.severity === "warning" ? " warning" : "";
    return `${where}${severity} ${d.field ? `${d.field}: ` : ""}${d.message}`;
}
/** Raised by code that wants one exception for a set of diagnostics (the CLI and actions catch it). */
class ValidationError extends Error {
    diagnostics;
    code = "E_VALIDATION";
    constructor(diagnostics) {
        super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
        this.diagnostics = diagnostics;
        this.name = "ValidationError";
    }
}


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
const MAX_FILE_BYTES = 256 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function readText(file, content, maxBytes = MAX_FILE_BYTES) {
    const fail = (code, message, start = { line: 1, column: 1 }) => ({
        ok: false,
        diagnostics: [{ code, severity: "error", file, start, field: "", message }],
    });
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    if (size > maxBytes) {
        return fail("E_FILE_TOO_LARGE", `file is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    let text;
    if (typeof content === "string") {
        text = content;
    }
    else {
        const decoded = decodeUtf8(content);
        if (typeof decoded !== "string")
            return fail("E_NOT_UTF8", decoded.message, decoded.at);
        text = decoded;
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === "")
        return fail("E_EMPTY_FILE", "file is empty; expected a mapping of fields");
    return { ok: true, text };
}
/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { message: "file is UTF-16; save it as UTF-8", at: { line: 1, column: 1 } };
    }
    try {
        return utf8.decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
        return {
            message: `file is not valid UTF-8 (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
            at: { line, column: offset - lineStart + 1 },
        };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80
            ? 0
            : b >= 0xc2 && b <= 0xdf
                ? 1
                : b >= 0xe0 && b <= 0xef
                    ? 2
                    : b >= 0xf0 && b <= 0xf4
                        ? 3
                        : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        // Overlong, surrogate and out-of-range forms the lead byte alone does not rule out.
        const c1 = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && c1 < 0xa0) ||
            (b === 0xed && c1 > 0x9f) ||
            (b === 0xf0 && c1 < 0x90) ||
            (b === 0xf4 && c1 > 0x8f)) {
            return i;
        }
        i += need + 1;
    }
    return bytes.length;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
// EXTERNAL MODULE: ../../packages/model/src/diagnostics.ts
var src_diagnostics = __nccwpck_require__(2295);
;// CONCATENATED MODULE: ../../packages/model/src/quantities.ts
// Units people write in descriptors, turned into the integers the code computes with.
// The schema has already checked the shape; these also reject what the shape allows but
// the meaning does not (zero cpu, more precision than a millicore, overflow).
const MEMORY_UNITS = {
    "": 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
};
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** CPU in millicores: `500m` \u2192 500, `0.5` \u2192 500, `2` \u2192 2000. */
function parseCpu(input) {
    const text = String(input).trim();
    const millis = text.endsWith("m") ? Number(text.slice(0, -1)) : Number(text) * 1000;
    if (!Number.isFinite(millis))
        return { ok: false, message: "must be cores (0.5, 2) or millicores (500m)" };
    // 1e-13 cores is within rounding distance of 0m: finer than a millicore too, not zero.
    if (Math.abs(millis - Math.round(millis)) > 1e-9 || (millis > 0 && Math.round(millis) === 0))
        return { ok: false, message: "is finer than a millicore (1m)" };
    if (millis <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(Math.round(millis)))
        return { ok: false, message: "is too large" };
    return { ok: true, value: Math.round(millis) };
}
/** Memory in bytes: `512Mi` \u2192 536870912, `1G` \u2192 1e9, `1024` \u2192 1024. */
function parseMemory(input) {
    const match = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/.exec(String(input).trim());
    const unit = match ? MEMORY_UNITS[match[2]] : undefined;
    if (!match || unit === undefined)
        return { ok: false, message: "must be a memory size such as 512Mi, 1Gi or 500M" };
    const bytes = Math.ceil(Number(match[1]) * unit);
    if (bytes <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(bytes))
        return { ok: false, message: "is too large" };
    return { ok: true, value: bytes };
}
/** Duration in milliseconds: `500ms`, `5s`, `2m`, `1h`, `1m30s`. */
function parseDuration(input) {
    const text = input.trim();
    const part = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    while (at < text.length) {
        part.lastIndex = at;
        const match = part.exec(text);
        if (!match)
            return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
        total += Number(match[1]) * DURATION_UNITS[match[2]];
        at = part.lastIndex;
    }
    if (at === 0)
        return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
    if (!Number.isSafeInteger(Math.round(total)))
        return { ok: false, message: "is too long" };
    return { ok: true, value: Math.round(total) };
}
function formatCpu(millis) {
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}
function formatMemory(bytes) {
    for (const unit of ["Pi", "Ti", "Gi", "Mi", "Ki"]) {
        const size = MEMORY_UNITS[unit];
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size}${unit}`;
    }
    return String(bytes);
}
/**
 * A duration as gitops.yaml writes it, exactly: 90000 \u2192 "1m30s", 1500 \u2192 "1s500ms". parseDuration
 * reads it back to the same milliseconds, so a plan shows every change. For people, use
 * `formatDuration` of @gitops/text.
 */
function durationLiteral(ms) {
    if (ms === 0)
        return "0s";
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
        ["ms", 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join("");
}
/** Port ranges as written in gitops.yaml: `8080` or `"8000-8099"`. */
function parsePortRange(input) {
    if (typeof input === "number")
        return { ok: true, value: { from: input, to: input } };
    const [from, to] = input.split("-").map(Number);
    if (!(from >= 1 && to <= 65535 && from <= to)) {
        return { ok: false, message: "must be a range of ports from 1 to 65535, low end first" };
    }
    return { ok: true, value: { from, to } };
}

;// CONCATENATED MODULE: ../shared/src/inputs.ts
// Reading action inputs into typed values: one function per kind of value, each failing with the
// input's name and what it got, so a misconfigured step says exactly which line to fix.



/** The input, or undefined when it is empty (an unset input reads as ""). */
function optionalInput(name) {
    return getInput(name) || undefined;
}
function requiredInput(name) {
    return getInput(name, { required: true });
}
/** A secret input, masked in the log the moment it is read. */
function secretInput(name) {
    const value = core.getInput(name);
    if (value)
        core.setSecret(value);
    return value;
}
function booleanInput(name) {
    return core.getBooleanInput(name);
}
/** Where the workflow's checkout lives: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspaceRoot() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
/** A directory input (default "path") resolved against the workspace. */
function workspacePath(name = "path") {
    return (0,external_node_path_namespaceObject.resolve)(workspaceRoot(), getInput(name) || ".");
}
function integerInput(name) {
    const raw = optionalInput(name);
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new Error(`${name} must be a whole number; got "${raw}"`);
    return Number(raw);
}
function portInput(name) {
    const port = integerInput(name);
    if (port !== undefined && (port < 1 || port > 65535))
        throw new Error(`${name} must be a port from 1 to 65535; got ${port}`);
    return port;
}
/** A duration such as `30s` or `1m30s`, in milliseconds. */
function durationInput(name) {
    const raw = optionalInput(name);
    if (raw === undefined)
        return undefined;
    const parsed = parseDuration(raw);
    if (!parsed.ok)
        throw new Error(`${name}: ${parsed.message}`);
    return parsed.value;
}
function oneOfInput(name, allowed, fallback) {
    const value = core.getInput(name) || fallback;
    if (value === undefined || !allowed.includes(value))
        throw new Error(`${name} must be one of ${allowed.join(", ")}; got "${value ?? ""}"`);
    return value;
}
function checkTargetInputs() {
    const host = optionalInput("host");
    const port = portInput("port");
    return {
        repoDir: workspacePath(),
        service: requiredInput("service"),
        environment: requiredInput("environment"),
        ...(host ? { host } : {}),
        ...(port !== undefined ? { port } : {}),
    };
}

;// CONCATENATED MODULE: ../shared/src/annotations.ts
// Diagnostics (file:line:column, field, message) as annotations on the files of the pull
// request or push: paths from the workspace root, or they land nowhere.




/** One annotation a diagnostic; `repoDir` is where the diagnostics' paths start. */
function annotate(diagnostics, repoDir) {
    for (const d of diagnostics) {
        const file = (0,external_node_path_namespaceObject.relative)(workspaceRoot(), (0,external_node_path_namespaceObject.resolve)(repoDir, d.file));
        (d.severity === "warning" ? warning : error)((0,src_diagnostics/* formatDiagnostic */.xy)({ ...d, file }), {
            title: `${d.code}${d.field ? ` ${d.field}` : ""}`,
            file,
            startLine: d.start.line,
            startColumn: d.start.column,
            ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
        });
    }
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ../../packages/text/src/line.ts
// Untrusted text (commit messages, branch names, descriptor values, JIRA text, command output)
// on one line: it can neither start a new log line (where the runner reads `::` workflow
// commands) nor reorder what a reader sees.
// Every line-break form (\n, \r, \v, \f, NEL, LINE/PARAGRAPH SEPARATOR), the other control
// characters, and the Unicode bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/** `text` on one line: unsafe characters become spaces, runs of white space one space, trimmed. */
function clean(text) {
    return text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}
/**
 * Cut to at most `max` UTF-16 units (what String#length counts), ending in "\u2026" when cut and
 * never splitting a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let out = "";
    for (const char of text) {
        if (out.length + char.length > max - 1)
            break;
        out += char;
    }
    return `${out}\u2026`;
}
/** `clean` then `truncate`: one line of at most `max` characters. */
function oneLine(text, max = 300) {
    return truncate(clean(text), max);
}
/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
function errorLine(error, max = 300) {
    const message = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
    return oneLine(message, max) || "unknown error";
}

;// CONCATENATED MODULE: ../../packages/checks/src/probe.ts
// One attempt against one target: an HTTP(S) request judged against an expectation, or a TCP connect.
// Built on node:http/https/net rather than fetch so that the TLS trust (a CA, or no verification) and the
// socket's life are ours: every attempt has its own socket (`agent: false`) and destroys it when done.




/** The most body read per response; the rest is not downloaded. */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_FOLLOW_REDIRECTS = 5;
const USER_AGENT = "gitops-checks";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** One attempt. Never rejects: every failure is a result with an `error`. */
async function probe(target, options) {
    const now = options.now ?? (() => performance.now());
    const started = now();
    const guard = new Guard(options.timeoutMs, options.signal);
    let outcome;
    try {
        outcome = target.kind === "tcp" ? await connectTcp(target, guard) : await requestHttp(target, guard);
    }
    catch (err) {
        // Only a bug gets here (everything expected is turned into an outcome); still, a probe never throws.
        outcome = { ok: false, error: { kind: "other", message: messageOf(err) } };
    }
    finally {
        guard.dispose();
    }
    return { ...outcome, latencyMs: Math.max(0, Math.round((now() - started) * 10) / 10) };
}
/** A readable name for the target: the URL, or tcp://host:port. */
function describeTarget(target) {
    return target.kind === "tcp" ? `tcp://${hostPort(target.host, target.port)}` : target.url;
}
/**
 * The probe target of a healthcheck endpoint. Relative paths resolve against the service's domain and port
 * for the environment; scheme https when the endpoint has `tls`. TCP endpoints connect to the domain.
 * `readCa` reads `tls.caFile` (a path as the descriptor gives it); required when an endpoint names one.
 */
function targetFor(endpoint, service, readCa) {
    if (endpoint.kind === "tcp")
        return { kind: "tcp", host: stripBrackets(service.domain), port: endpoint.port };
    const target = {
        kind: "http",
        url: resolveUrl(endpoint.target, service, endpoint.tls ? "https" : "http"),
        method: endpoint.method,
        headers: { ...endpoint.headers },
        expect: endpoint.expect,
    };
    if (endpoint.tls) {
        if (endpoint.tls.insecureSkipVerify)
            target.insecureSkipVerify = true;
        if (endpoint.tls.caFile !== undefined) {
            if (!readCa) {
                throw new Error(`endpoint "${endpoint.name}" trusts the CA in ${endpoint.tls.caFile}, but no readCa was given to read it`);
            }
            target.ca = readCa(endpoint.tls.caFile);
        }
    }
    return target;
}
/** The probe target of a smoke check: its request against the service's domain and port, over http. */
function smokeTarget(check, service) {
    const target = {
        kind: "http",
        url: resolveUrl(check.request.path, service, "http"),
        method: check.request.method,
        headers: { ...check.request.headers },
        expect: check.expect,
    };
    if (check.request.body !== undefined)
        target.body = check.request.body;
    return target;
}
function resolveUrl(pathOrUrl, service, scheme) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl))
        return pathOrUrl;
    const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
    return new URL(path, `${scheme}://${hostPort(service.domain, service.port)}`).toString();
}
function hostPort(host, port) {
    const bare = stripBrackets(host);
    return `${bare.includes(":") ? `[${bare}]` : bare}:${port}`;
}
function stripBrackets(host) {
    return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
class Guard {
    timeoutMs;
    signal;
    reason;
    timer;
    stop;
    onAbort = () => this.fire("cancelled");
    constructor(timeoutMs, signal) {
        this.timeoutMs = timeoutMs;
        this.signal = signal;
        if (signal?.aborted) {
            this.reason = "cancelled";
            return;
        }
        signal?.addEventListener("abort", this.onAbort, { once: true });
        this.timer = setTimeout(() => this.fire("timeout"), Math.max(0, timeoutMs));
    }
    /** Registers how to stop the work in flight; runs it at once when the attempt is already over. */
    onStop(stop) {
        this.stop = stop;
        if (this.reason)
            stop();
    }
    /** The error to report when the guard stopped the attempt. */
    error(where) {
        if (this.reason === "timeout")
            return { kind: "timeout", message: `timed out after ${this.timeoutMs} ms waiting for ${where}` };
        if (this.reason === "cancelled")
            return { kind: "other", message: "cancelled" };
        return undefined;
    }
    dispose() {
        clearTimeout(this.timer);
        this.signal?.removeEventListener("abort", this.onAbort);
        this.stop = undefined;
    }
    fire(reason) {
        if (this.reason)
            return;
        this.reason = reason;
        clearTimeout(this.timer);
        this.stop?.();
    }
}
// ---------------------------------------------------------------------------------------------------------
// TCP
function connectTcp(target, guard) {
    const where = hostPort(target.host, target.port);
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ ok: false, error: early });
        let settled = false;
        const socket = external_node_net_namespaceObject.connect({ host: target.host, port: target.port });
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            resolve(outcome);
        };
        socket.on("connect", () => settle({ ok: true }));
        socket.on("error", (err) => settle({ ok: false, error: guard.error(where) ?? probeErrorFor(err, where) }));
        socket.on("close", () => settle({ ok: false, error: guard.error(where) ?? closedEarly(where) }));
        guard.onStop(() => settle({ ok: false, error: guard.error(where) }));
    });
}
async function requestHttp(target, guard) {
    let url;
    try {
        url = new URL(target.url);
    }
    catch {
        return { ok: false, error: { kind: "other", message: `not a URL: ${target.url}` } };
    }
    let method = target.method;
    let body = target.body;
    let headers = withUserAgent(target.headers);
    const limit = Math.max(0, target.followRedirects ?? DEFAULT_FOLLOW_REDIRECTS);
    for (let hop = 0;; hop++) {
        if (url.protocol !== "http:" && url.protocol !== "https:") {
            return { ok: false, error: { kind: "other", message: `cannot probe ${url.protocol} URLs: ${url}` } };
        }
        const res = await send(url, method, headers, body, target, guard);
        if ("error" in res)
            return { ok: false, error: res.error };
        const location = firstHeader(res.headers.location);
        const follow = REDIRECTS.has(res.status) && location !== undefined && !accepts(target.expect.status, res.status);
        if (!follow || limit === 0)
            return judge(res, target.expect);
        if (hop >= limit) {
            return {
                ok: false,
                status: res.status,
                error: {
                    kind: "unexpected-status",
                    message: `too many redirects: followed ${limit}, then ${res.status} to ${location} at ${url}`,
                },
            };
        }
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            return {
                ok: false,
                status: res.status,
                error: { kind: "other", message: `redirect ${res.status} to an invalid Location: ${location}` },
            };
        }
        if (next.origin !== url.origin)
            headers = without(headers, ["authorization", "cookie", "proxy-authorization"]);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
            if (method !== "HEAD")
                method = "GET";
            body = undefined;
            headers = without(headers, ["content-type", "content-length", "transfer-encoding"]);
        }
        url = next;
    }
}
function send(url, method, headers, body, target, guard) {
    const where = hostPort(url.hostname, Number(url.port) || (url.protocol === "https:" ? 443 : 80));
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ error: early });
        let settled = false;
        let req;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            req?.destroy();
            resolve(result);
        };
        const fail = (err) => settle({ error: guard.error(where) ?? probeErrorFor(err, where) });
        const options = { method, headers, agent: false };
        if (url.protocol === "https:") {
            if (target.ca !== undefined)
                options.ca = target.ca;
            options.rejectUnauthorized = !target.insecureSkipVerify;
        }
        try {
            req = (url.protocol === "https:" ? external_node_https_namespaceObject : external_node_http_namespaceObject).request(url, options, (res) => {
                const chunks = [];
                let size = 0;
                let truncated = false;
                const done = () => settle({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString("utf8"),
                    truncated,
                });
                res.on("data", (chunk) => {
                    if (settled)
                        return;
                    const room = MAX_BODY_BYTES - size;
                    if (chunk.length <= room) {
                        chunks.push(chunk);
                        size += chunk.length;
                        return;
                    }
                    // More than we read: judge the first MiB and drop the connection instead of downloading the rest.
                    chunks.push(chunk.subarray(0, room));
                    truncated = true;
                    done();
                    res.destroy();
                });
                res.on("end", done);
                res.on("error", fail);
                res.on("close", () => {
                    if (!res.complete)
                        fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" }));
                });
            });
        }
        catch (err) {
            // Invalid header names or values are thrown synchronously.
            return fail(err);
        }
        req.on("error", fail);
        guard.onStop(() => settle({ error: guard.error(where) }));
        req.end(body);
    });
}
function withUserAgent(headers) {
    return Object.keys(headers).some((name) => name.toLowerCase() === "user-agent")
        ? { ...headers }
        : { "user-agent": USER_AGENT, ...headers };
}
function without(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
// ---------------------------------------------------------------------------------------------------------
// Judging a response
const DEFAULT_STATUS = [{ from: 200, to: 299 }];
function accepts(ranges, status) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS).some((r) => status >= r.from && status <= r.to);
}
/** "200", "2xx", "200-204", joined with "or". */
function describeStatuses(ranges) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS)
        .map((r) => r.from === r.to
        ? `${r.from}`
        : r.from % 100 === 0 && r.to === r.from + 99
            ? `${r.from / 100}xx`
            : `${r.from}-${r.to}`)
        .join(" or ");
}
function judge(res, expect) {
    const fail = (kind, message) => ({
        ok: false,
        status: res.status,
        error: { kind, message },
    });
    if (!accepts(expect.status, res.status)) {
        return fail("unexpected-status", `expected status ${describeStatuses(expect.status)}, got ${res.status}`);
    }
    for (const [name, want] of Object.entries(expect.headers)) {
        const value = res.headers[name.toLowerCase()];
        const got = Array.isArray(value) ? value.join(", ") : value;
        if (got === undefined)
            return fail("header-mismatch", `expected header ${name} containing "${want}", got none`);
        if (!got.includes(want)) {
            return fail("header-mismatch", `expected header ${name} to contain "${want}", got "${excerpt(got)}"`);
        }
    }
    const cut = res.truncated ? ` (read the first ${MAX_BODY_BYTES} bytes)` : "";
    if (expect.bodyContains !== undefined && !res.body.includes(expect.bodyContains)) {
        return fail("body-mismatch", `expected the body to contain "${expect.bodyContains}", got "${excerpt(res.body)}"${cut}`);
    }
    const paths = Object.entries(expect.json);
    if (paths.length > 0) {
        let doc;
        try {
            doc = JSON.parse(res.body);
        }
        catch {
            return fail("json-mismatch", `expected a JSON body, got "${excerpt(res.body)}"${cut}`);
        }
        for (const [path, want] of paths) {
            const found = jsonPath(doc, path);
            if (found === "invalid")
                return fail("json-mismatch", `${path} is not a JSON path like $.a.b or $.items[0].id`);
            if (!found.found)
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got nothing`);
            if (found.value !== want) {
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got ${excerpt(JSON.stringify(found.value))}`);
            }
        }
    }
    return { ok: true, status: res.status };
}
/** What a service answered, quoted in a message: one line, the first 120 characters and "\u2026". */
const excerpt = (text) => oneLine(text, 121);
/**
 * Reads `$.a.b`, `$.items[0].id`, `$["a key"]` (the `$.` may be left off). "invalid" when the path
 * does not parse.
 */
function jsonPath(doc, path) {
    let rest = path.trim();
    if (rest.startsWith("$"))
        rest = rest.slice(1);
    else if (rest !== "" && !rest.startsWith("["))
        rest = `.${rest}`;
    let value = doc;
    while (rest !== "") {
        const step = /^\.([^.[\]]+)/.exec(rest) ??
            /^\[(\d+)\]/.exec(rest) ??
            /^\[(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest);
        if (!step)
            return "invalid";
        rest = rest.slice(step[0].length);
        if (step[0].startsWith("[") && /^\d+$/.test(step[1] ?? "")) {
            if (!Array.isArray(value))
                return { found: false };
            const index = Number(step[1]);
            if (index >= value.length)
                return { found: false };
            value = value[index];
            continue;
        }
        const key = step[0].startsWith('["')
            ? JSON.parse(`"${step[1]}"`)
            : (step[1] ?? step[2] ?? "");
        if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) {
            return { found: false };
        }
        value = value[key];
    }
    return { found: true, value };
}
// ---------------------------------------------------------------------------------------------------------
// Naming network errors
const TLS_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
    "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
    "INVALID_CA",
    "PATH_LENGTH_EXCEEDED",
    "INVALID_PURPOSE",
    "HOSTNAME_MISMATCH",
    "EPROTO",
]);
/** The category and a sentence for a Node network error met while talking to `where` (host:port). */
function probeErrorFor(err, where) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    const message = messageOf(err);
    switch (code) {
        case "ECONNREFUSED":
            return { kind: "connection-refused", message: `connection refused at ${where}` };
        case "ENOTFOUND":
        case "EAI_AGAIN":
        case "EAI_NONAME":
        case "EAI_FAIL":
            return {
                kind: "dns",
                message: `DNS: cannot resolve ${where.replace(/:\d+$/, "")}${code === "EAI_AGAIN" ? " (temporary failure)" : ""}`,
            };
        case "ECONNRESET":
        case "EPIPE":
            return { kind: "connection-reset", message: `connection reset by ${where}: ${message}` };
        case "ETIMEDOUT":
            return { kind: "timeout", message: `timed out connecting to ${where}` };
    }
    if (TLS_CODES.has(code) || /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_OSSL_)/.test(code)) {
        // Node 24 suggests --use-system-ca for an unknown CA; here the fix is the endpoint's tls.caFile.
        return {
            kind: "tls",
            message: `TLS: ${message.replace(/; if the root CA is installed locally.*$/s, "")}`,
        };
    }
    return { kind: "other", message: code ? `${message} (${code}) at ${where}` : `${message} at ${where}` };
}
function closedEarly(where) {
    return { kind: "connection-reset", message: `connection closed by ${where}` };
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ../../packages/checks/src/healthcheck.ts
// The healthcheck runner: after a startup grace, probe every endpoint until it passes, retrying with a
// growing, jittered delay, within one deadline for the whole run and a bound on probes in flight.


const DEFAULT_BACKOFF = { factor: 1.5, maxMs: 30_000, jitter: 0.2 };
const DEFAULT_CONCURRENCY = 16;
/** The options a descriptor's `healthcheck` asks for, with `overrides` on top. */
function healthcheckOptions(h, overrides = {}) {
    return {
        startupGraceMs: h.startupGraceMs,
        intervalMs: h.intervalMs,
        timeoutMs: h.timeoutMs,
        retries: h.retries,
        ...overrides,
    };
}
/** The descriptor's endpoints as probe targets, for the service's domain and port in one environment. */
function healthcheckTargets(h, service, readCa) {
    return h.endpoints.map((endpoint) => ({
        name: endpoint.name,
        target: targetFor(endpoint, service, readCa),
    }));
}
function defaultDeadlineMs(o, backoff = DEFAULT_BACKOFF) {
    // Room for every attempt and every backed-off wait at its longest jitter, and as much again
    // for a busy runner: the deadline should stop a stuck check, never cut the last retry short.
    let waits = 0;
    for (let n = 0; n < o.retries; n++)
        waits += Math.min(backoff.maxMs, o.intervalMs * backoff.factor ** n) * (1 + backoff.jitter);
    return o.startupGraceMs + 2 * ((o.retries + 1) * o.timeoutMs + waits);
}
/**
 * The wait before retry `n` (0-based): interval \u00d7 factor^n capped at maxMs, then jittered by \u00b1 jitter, never
 * above maxMs (so at the cap the jitter still spreads retries out, downwards).
 */
function backoffDelay(n, intervalMs, backoff, random) {
    const capped = Math.min(backoff.maxMs, intervalMs * backoff.factor ** n);
    const jittered = capped * (1 + backoff.jitter * (2 * random() - 1));
    return Math.round(Math.min(backoff.maxMs, Math.max(0, jittered)));
}
/** Resolves after `ms`, or as soon as `signal` aborts; leaves no timer behind either way. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener("abort", done, { once: true });
    });
}
async function runHealthcheck(targets, options) {
    const now = options.now ?? (() => performance.now());
    const wait = options.sleep ?? abortableSleep;
    const random = options.random ?? Math.random;
    const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    const started = now();
    const deadlineAt = started + (options.deadlineMs ?? defaultDeadlineMs(options, backoff));
    // One signal of our own for everything in flight (probes, waits, queued endpoints), so a run with many
    // endpoints adds one listener to the caller's signal, not one per endpoint.
    const run = new AbortController();
    (0,external_node_events_namespaceObject.setMaxListeners)(0, run.signal);
    const cancel = () => run.abort(options.signal?.reason);
    if (options.signal?.aborted)
        cancel();
    else
        options.signal?.addEventListener("abort", cancel, { once: true });
    const reports = targets.map(({ name, target }) => ({
        name,
        target: describeTarget(target),
        ok: false,
        attempts: 0,
    }));
    let deadlineExceeded = false;
    const pause = async (ms) => {
        try {
            await wait(ms, run.signal);
        }
        catch (err) {
            if (!run.signal.aborted)
                throw err;
        }
    };
    const slots = semaphore(options.concurrency ?? DEFAULT_CONCURRENCY, run.signal);
    const runEndpoint = async (target, report, name) => {
        for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
            const release = await slots.acquire();
            if (!release)
                return;
            let result;
            let clipped;
            try {
                const remaining = deadlineAt - now();
                if (remaining <= 0) {
                    deadlineExceeded = true;
                    return;
                }
                clipped = remaining < options.timeoutMs;
                result = await probe(target, {
                    timeoutMs: Math.min(options.timeoutMs, remaining),
                    signal: run.signal,
                    now,
                });
            }
            finally {
                release();
            }
            if (run.signal.aborted && !result.ok)
                return;
            record(report, attempt, result);
            options.onAttempt?.({ name, attempt, result });
            if (result.ok)
                return;
            if (clipped && result.error?.kind === "timeout") {
                deadlineExceeded = true;
                return;
            }
            if (attempt > options.retries)
                return;
            const delay = backoffDelay(attempt - 1, options.intervalMs, backoff, random);
            if (now() + delay >= deadlineAt) {
                deadlineExceeded = true;
                return;
            }
            await pause(delay);
            if (run.signal.aborted)
                return;
        }
    };
    try {
        if (targets.length > 0 && !run.signal.aborted) {
            const grace = Math.min(options.startupGraceMs, deadlineAt - now());
            if (grace > 0)
                await pause(grace);
            if (grace < options.startupGraceMs)
                deadlineExceeded = true;
            else if (!run.signal.aborted) {
                await Promise.all(targets.map(({ name, target }, i) => runEndpoint(target, reports[i], name)));
            }
        }
    }
    finally {
        options.signal?.removeEventListener("abort", cancel);
    }
    const cancelled = run.signal.aborted;
    return {
        ok: !cancelled && reports.every((r) => r.ok),
        durationMs: Math.max(0, Math.round(now() - started)),
        endpoints: reports,
        deadlineExceeded,
        cancelled,
    };
}
function record(report, attempt, result) {
    report.attempts = attempt;
    report.ok = result.ok;
    report.latencyMs = result.latencyMs;
    if (result.status === undefined)
        delete report.lastStatus;
    else
        report.lastStatus = result.status;
    if (result.error === undefined)
        delete report.lastError;
    else
        report.lastError = result.error;
}
/**
 * At most `limit` holders at once, first come first served. `acquire` resolves to the release function, or to
 * undefined once `signal` aborts (waiters are let go at once).
 */
function semaphore(limit, signal) {
    let free = Math.max(1, Math.floor(limit));
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        if (next)
            next(once(release));
        else
            free++;
    };
    signal.addEventListener("abort", () => {
        for (const waiter of waiting.splice(0))
            waiter(undefined);
    }, { once: true });
    return {
        acquire() {
            if (signal.aborted)
                return Promise.resolve(undefined);
            if (free > 0) {
                free--;
                return Promise.resolve(once(release));
            }
            return new Promise((resolve) => waiting.push(resolve));
        },
    };
}
function once(fn) {
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        fn();
    };
}

// EXTERNAL MODULE: ../../packages/model/src/text.ts
var src_text = __nccwpck_require__(6940);
;// CONCATENATED MODULE: ../../packages/model/src/checked-file.ts


/** Collects located problems while raw data is normalised. */
class Problems {
    list = [];
    pending = [];
    add(path, message, code = "E_INVALID_VALUE", at = "value") {
        this.pending.push({ path, message, code, at });
    }
    get empty() {
        return this.pending.length === 0;
    }
    /** Turns the problems into diagnostics, located in `source`. */
    locate(file, source) {
        return this.pending.map(({ path, message, code, at }) => {
            const { start, end } = source.locate(path, at);
            return { code, severity: "error", file, start, end, field: (0,src_diagnostics/* formatFieldPath */.vZ)(path), message };
        });
    }
}
const isMapping = (data) => data !== null && typeof data === "object" && !Array.isArray(data);
async function loadChecked(file, content, schema, normalise) {
    const read = (0,src_text/* readText */.y)(file, content);
    if (!read.ok)
        return read;
    const { text } = read;
    const fast = await Promise.all(/* import() */[__nccwpck_require__.e(246), __nccwpck_require__.e(567)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9567));
    const parsed = fast.fastParse(text);
    if (parsed.ok && isMapping(parsed.data) && fast[schema](parsed.data)) {
        const problems = new Problems();
        const value = normalise(parsed.data, problems);
        if (problems.empty)
            return { ok: true, value, diagnostics: [] };
    }
    const slow = await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(922)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8922));
    const tree = slow.parseYamlText(file, text);
    if (!tree.ok)
        return tree;
    const { source } = tree;
    const problems = new Problems();
    if (!isMapping(source.data)) {
        problems.add([], "must be a mapping of fields (key: value lines)");
        return { ok: false, diagnostics: problems.locate(file, source) };
    }
    const validate = slow[schema];
    if (!validate(source.data)) {
        return { ok: false, diagnostics: slow.schemaDiagnostics(source, validate.errors ?? []) };
    }
    const value = normalise(source.data, problems);
    // A valid file the fast path could not take (anchors, aliases) ends here too.
    if (problems.empty)
        return { ok: true, value, diagnostics: [] };
    return { ok: false, diagnostics: problems.locate(file, source) };
}

;// CONCATENATED MODULE: ../../packages/model/src/descriptor.ts
// The deployment descriptor: one service's deployment, as the deploy repo states it.


/** Parses, validates and normalises one descriptor. `file` is its path relative to the repo root. */
function loadDescriptor(file, content) {
    return loadChecked(file, content, "validateDescriptor", (raw, problems) => normaliseDescriptor(raw, file, problems));
}
function normaliseDescriptor(raw, file, problems) {
    const stem = file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    if (stem !== raw.service) {
        problems.add(["service"], `is "${raw.service}" but the file is named ${stem}.yaml; name the file after the service`, "E_SERVICE_NAME_MISMATCH");
    }
    const hc = raw.healthcheck;
    const descriptor = {
        service: raw.service,
        version: raw.version,
        maintainer: raw.maintainer,
        domain: raw.domain,
        port: raw.port,
        replicas: raw.replicas ?? 1,
        resources: parseResources(raw.resources, ["resources"], problems),
        ports: normalisePorts(raw.ports ?? [], problems),
        healthcheck: {
            startupGraceMs: duration(hc.startupGrace ?? "0s", ["healthcheck", "startupGrace"], problems),
            intervalMs: duration(hc.interval ?? "5s", ["healthcheck", "interval"], problems),
            timeoutMs: duration(hc.timeout ?? "2s", ["healthcheck", "timeout"], problems),
            retries: hc.retries ?? 3,
            endpoints: hc.endpoints.map((e, i) => endpoint(e, i)),
        },
        notifications: { emails: raw.notifications?.emails ?? [], slack: raw.notifications?.slack ?? [] },
        overrides: {},
        file,
    };
    if (descriptor.healthcheck.timeoutMs === 0)
        problems.add(["healthcheck", "timeout"], "must be more than zero");
    if (raw.image !== undefined)
        descriptor.image = raw.image;
    if (raw.smoke) {
        descriptor.smoke = {
            checks: raw.smoke.checks.map((check, i) => {
                const smoke = {
                    name: check.name,
                    request: {
                        method: check.request.method ?? "GET",
                        path: check.request.path,
                        headers: check.request.headers ?? {},
                    },
                    expect: expectation(check.expect),
                };
                if (check.request.body !== undefined)
                    smoke.request.body = check.request.body;
                if (check.timeout !== undefined) {
                    smoke.timeoutMs = duration(check.timeout, ["smoke", "checks", i, "timeout"], problems);
                }
                return smoke;
            }),
        };
        const names = raw.smoke.checks.map((c) => c.name);
        names.forEach((name, i) => {
            if (names.indexOf(name) !== i)
                problems.add(["smoke", "checks", i, "name"], `"${name}" is used by another check`);
        });
    }
    if (raw.regression) {
        const regression = {
            command: raw.regression.command,
            timeoutMs: duration(raw.regression.timeout ?? "15m", ["regression", "timeout"], problems),
            env: raw.regression.env ?? {},
        };
        if (raw.regression.reports !== undefined)
            regression.reports = raw.regression.reports;
        descriptor.regression = regression;
    }
    for (const [env, o] of Object.entries(raw.overrides ?? {})) {
        const override = {};
        if (o.domain !== undefined)
            override.domain = o.domain;
        if (o.port !== undefined)
            override.port = o.port;
        if (o.replicas !== undefined)
            override.replicas = o.replicas;
        if (o.resources !== undefined)
            override.resources = parseResources(o.resources, ["overrides", env, "resources"], problems);
        descriptor.overrides[env] = override;
    }
    return descriptor;
}
/** The descriptor as it applies to one environment: its overrides folded in. */
function forEnvironment(descriptor, environment) {
    const override = descriptor.overrides[environment];
    return override ? { ...descriptor, ...override } : descriptor;
}
function parseResources(raw, at, problems) {
    const cpu = parseCpu(raw.cpu);
    const memory = parseMemory(raw.memory);
    if (!cpu.ok)
        problems.add([...at, "cpu"], cpu.message);
    if (!memory.ok)
        problems.add([...at, "memory"], memory.message);
    return { cpuMillis: cpu.ok ? cpu.value : 0, memoryBytes: memory.ok ? memory.value : 0 };
}
function duration(raw, at, problems) {
    const parsed = parseDuration(raw);
    if (!parsed.ok)
        problems.add(at, parsed.message);
    return parsed.ok ? parsed.value : 0;
}
function normalisePorts(raw, problems) {
    const ports = raw.map((p) => typeof p === "number"
        ? { port: p, protocol: "tcp", exposure: "internal" }
        : { port: p.port, protocol: p.protocol ?? "tcp", exposure: p.exposure ?? "internal" });
    ports.forEach((p, i) => {
        const first = ports.findIndex((q) => q.port === p.port && q.protocol === p.protocol);
        if (first !== i)
            problems.add(["ports", i], `${p.protocol} port ${p.port} is already listed at ports[${first}]`);
    });
    return ports;
}
function endpoint(raw, index) {
    if (raw.tcp !== undefined)
        return { kind: "tcp", name: raw.name ?? `tcp:${raw.tcp}`, port: raw.tcp };
    const target = raw.http; // the schema's oneOf guarantees http when tcp is absent
    const http = {
        kind: "http",
        name: raw.name ?? target ?? `endpoint ${index + 1}`,
        target,
        method: raw.method ?? "GET",
        headers: raw.headers ?? {},
        expect: expectation(raw.expect),
    };
    if (raw.tls)
        http.tls = { ...raw.tls, insecureSkipVerify: raw.tls.insecureSkipVerify ?? false };
    return http;
}
function expectation(raw) {
    const statuses = raw?.status === undefined ? ["2xx"] : Array.isArray(raw.status) ? raw.status : [raw.status];
    const expect = {
        status: statuses.map((s) => typeof s === "number" ? { from: s, to: s } : { from: Number(s[0]) * 100, to: Number(s[0]) * 100 + 99 }),
        headers: raw?.headers ?? {},
        json: raw?.json ?? {},
    };
    if (raw?.bodyContains !== undefined)
        expect.bodyContains = raw.bodyContains;
    return expect;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ../../packages/model/src/config.ts
// gitops.yaml: the environments, their release pipelines, and the policy for every push.



const CONFIG_FILE = "gitops.yaml";
const DEFAULT_SKIP_MARKERS = ["[skip deploy]", "[deploy skip]", "skip deployment"];
const DEFAULT_RESOURCE_CUT = 0.5;
function loadConfig(content, file = CONFIG_FILE) {
    return loadChecked(file, content, "validateConfig", normaliseConfig);
}
function normaliseConfig(raw, problems) {
    const allow = identities(raw.gate?.allow);
    const topDiff = diffPolicy(raw.diff, { rules: {}, resourceCutThreshold: DEFAULT_RESOURCE_CUT });
    const environments = Object.entries(raw.environments).map(([name, env]) => environment(name, env, { allow, diff: topDiff }, problems));
    checkPromotion(environments, problems);
    checkBranches(environments, problems);
    const config = {
        version: 1,
        servicesDir: (raw.servicesDir ?? "services").replace(/\/+$/, ""),
        environments,
        gate: {
            skipMarkers: raw.gate?.skipMarkers ?? DEFAULT_SKIP_MARKERS,
            allow,
            admins: identities(raw.gate?.admins),
        },
        notifications: {
            slack: { channels: raw.notifications?.slack?.channels ?? {} },
            email: { always: raw.notifications?.email?.always ?? [] },
            jira: {
                issueType: raw.notifications?.jira?.issueType ?? "Bug",
                labels: raw.notifications?.jira?.labels ?? [],
                transitions: raw.notifications?.jira?.transitions ?? {},
            },
        },
    };
    const rawJiraGate = raw.gate?.jira;
    if (rawJiraGate) {
        config.gate.jira = {
            projects: rawJiraGate.projects,
            commits: rawJiraGate.commits ?? "all",
            mergeCommits: rawJiraGate.mergeCommits ?? "skip",
        };
    }
    if (raw.jira)
        config.jira = { url: raw.jira.url.replace(/\/+$/, ""), deployment: raw.jira.deployment ?? "cloud" };
    if (raw.notifications?.email?.from)
        config.notifications.email.from = raw.notifications.email.from;
    const failureProject = raw.notifications?.jira?.failureProject;
    if (failureProject)
        config.notifications.jira.failureProject = failureProject;
    for (const env of Object.keys(config.notifications.jira.transitions)) {
        if (!environments.some((e) => e.name === env)) {
            problems.add(["notifications", "jira", "transitions", env], unknownEnvironment(env, environments), "E_UNKNOWN_ENVIRONMENT", "key");
        }
    }
    if ((failureProject || rawJiraGate) && !raw.jira) {
        problems.add([], 'uses JIRA but has no "jira: { url: \u2026 }" saying where it is', "E_MISSING_FIELD");
    }
    return config;
}
function environment(name, raw, defaults, problems) {
    const at = ["environments", name];
    const stages = raw.stages ?? ["deploy", "healthcheck"];
    checkStageOrder(stages, [...at, "stages"], problems);
    const timeout = parseDuration(raw.driver.timeout ?? "10m");
    if (!timeout.ok)
        problems.add([...at, "driver", "timeout"], timeout.message);
    const env = {
        name,
        branch: raw.branch ?? name,
        stages,
        driver: {
            type: raw.driver.type,
            command: raw.driver.command,
            timeoutMs: timeout.ok ? timeout.value : 0,
            env: raw.driver.env ?? {},
        },
        concurrency: raw.concurrency ?? 4,
        ports: {},
        gate: {
            allow: raw.gate?.allow ? identities(raw.gate.allow) : defaults.allow,
            requireSignedCommits: raw.gate?.requireSignedCommits ?? false,
            jira: {},
        },
        diff: diffPolicy(raw.diff, defaults.diff),
    };
    if (raw.promotesFrom !== undefined)
        env.promotesFrom = raw.promotesFrom;
    if (raw.capacity)
        env.capacity = parseResources(raw.capacity, [...at, "capacity"], problems);
    if (raw.limits)
        env.limits = parseResources(raw.limits, [...at, "limits"], problems);
    for (const kind of ["allowed", "public"]) {
        const list = raw.ports?.[kind];
        if (!list)
            continue;
        env.ports[kind] = list.map((entry, i) => {
            const range = parsePortRange(entry);
            if (!range.ok)
                problems.add([...at, "ports", kind, i], range.message);
            return range.ok ? range.value : { from: 0, to: -1 };
        });
    }
    const jira = raw.gate?.jira;
    if (jira?.statuses)
        env.gate.jira.statuses = jira.statuses;
    if (jira?.approvals) {
        env.gate.jira.approvals = {
            required: jira.approvals.required,
            source: jira.approvals.source ?? "service-management",
        };
        if (jira.approvals.field)
            env.gate.jira.approvals.field = jira.approvals.field;
    }
    return env;
}
/** deploy comes first; checks of a deployment come after a healthcheck that proves it is up. */
function checkStageOrder(stages, at, problems) {
    const index = (s) => stages.indexOf(s);
    if (index("deploy") > 0)
        problems.add([...at, index("deploy")], "deploy must be the first stage", "E_STAGE_ORDER");
    for (const test of ["smoke", "regression"]) {
        if (index(test) >= 0 && !(index("healthcheck") >= 0 && index("healthcheck") < index(test))) {
            problems.add([...at, index(test)], `${test} must come after a healthcheck stage`, "E_STAGE_ORDER");
        }
    }
}
function checkPromotion(environments, problems) {
    const byName = new Map(environments.map((e) => [e.name, e]));
    for (const env of environments) {
        if (env.promotesFrom === undefined)
            continue;
        const at = ["environments", env.name, "promotesFrom"];
        if (env.promotesFrom === env.name) {
            problems.add(at, "an environment cannot promote from itself", "E_INVALID_PROMOTION");
        }
        else if (!byName.has(env.promotesFrom)) {
            problems.add(at, unknownEnvironment(env.promotesFrom, environments), "E_UNKNOWN_ENVIRONMENT");
        }
        else {
            const chain = [env.name];
            let current = byName.get(env.promotesFrom);
            while (current && !chain.includes(current.name)) {
                chain.push(current.name);
                current = current.promotesFrom ? byName.get(current.promotesFrom) : undefined;
            }
            if (current?.name === env.name) {
                problems.add(at, `promotion goes round in a circle: ${[...chain, env.name].join(" \u2192 ")}`, "E_INVALID_PROMOTION");
            }
        }
    }
}
function checkBranches(environments, problems) {
    environments.forEach((env, i) => {
        const first = environments.findIndex((e) => e.branch === env.branch);
        if (first !== i) {
            problems.add(["environments", env.name, "branch"], `branch "${env.branch}" already deploys to ${environments[first].name}; one branch per environment`, "E_DUPLICATE_BRANCH");
        }
    });
}
function unknownEnvironment(name, environments) {
    return `"${name}" is not an environment of gitops.yaml (${environments.map((e) => e.name).join(", ")})`;
}
function identities(raw) {
    return { users: raw?.users ?? [], teams: raw?.teams ?? [] };
}
function diffPolicy(raw, base) {
    return {
        rules: { ...base.rules, ...raw?.rules },
        resourceCutThreshold: raw?.resourceCutThreshold
            ? Number(raw.resourceCutThreshold.slice(0, -1)) / 100
            : base.resourceCutThreshold,
    };
}
function environmentForBranch(config, branch) {
    return config.environments.find((e) => e.branch === branch);
}

;// CONCATENATED MODULE: ../../packages/model/src/repo.ts
// A deploy repo as a whole: gitops.yaml plus every descriptor, checked against each other.
// Files come through a RepoReader so the same checks run on a working tree or on git objects.





function directoryReader(root) {
    return {
        async list(dir) {
            try {
                const entries = await (0,promises_namespaceObject.readdir)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true });
                return entries.filter((e) => e.isFile()).map((e) => e.name);
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return [];
                throw error;
            }
        },
        async read(path) {
            try {
                return await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(root, path));
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
        },
    };
}
const isDescriptorFile = (name) => /\.ya?ml$/.test(name) && !name.startsWith(".");
/** Loads and cross-checks the whole repo; every problem found is in `diagnostics`. */
async function loadRepo(reader) {
    const diagnostics = [];
    const files = [CONFIG_FILE];
    const configBytes = await reader.read(CONFIG_FILE);
    let config;
    if (configBytes === undefined) {
        diagnostics.push(fileProblem(CONFIG_FILE, "E_NO_CONFIG", "no gitops.yaml at the repo root; it lists the environments"));
    }
    else {
        const loaded = await loadConfig(configBytes);
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            config = loaded.value;
    }
    const dir = config?.servicesDir ?? "services";
    const names = (await reader.list(dir)).filter(isDescriptorFile).sort();
    const descriptors = [];
    const contents = await Promise.all(names.map((name) => reader.read(`${dir}/${name}`)));
    for (const [i, name] of names.entries()) {
        const file = `${dir}/${name}`;
        files.push(file);
        const loaded = await loadDescriptor(file, contents[i] ?? new Uint8Array());
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            descriptors.push(loaded.value);
    }
    const repo = { descriptors, diagnostics, files };
    if (config) {
        repo.config = config;
        diagnostics.push(...(await crossCheck(config, descriptors, names, contents, dir)));
    }
    return repo;
}
/** What neither file shows alone: duplicate services, unknown environments, unmapped Slack channels. */
async function crossCheck(config, descriptors, names, contents, dir) {
    const problems = [];
    const locate = (d, path, message, code) => {
        problems.push({ d, path, message, code });
    };
    const seen = new Map();
    for (const d of descriptors) {
        const other = seen.get(d.service);
        if (other)
            locate(d, ["service"], `"${d.service}" is also described by ${other}`, "E_DUPLICATE_SERVICE");
        else
            seen.set(d.service, d.file);
        for (const env of Object.keys(d.overrides)) {
            if (!config.environments.some((e) => e.name === env)) {
                locate(d, ["overrides", env], unknownEnvironment(env, config.environments), "E_UNKNOWN_ENVIRONMENT");
            }
        }
        d.notifications.slack.forEach((channel, i) => {
            if (!config.notifications.slack.channels[channel]) {
                locate(d, ["notifications", "slack", i], `${channel} has no webhook in gitops.yaml (notifications.slack.channels)`, "E_UNKNOWN_SLACK_CHANNEL");
            }
        });
    }
    if (problems.length === 0)
        return [];
    const { parseYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8500));
    return problems.map(({ d, path, message, code }) => {
        const bytes = contents[names.indexOf(d.file.slice(dir.length + 1))];
        const parsed = bytes ? parseYaml(d.file, bytes) : undefined;
        const at = parsed?.ok ? parsed.source.locate(path, "key") : { start: { line: 1, column: 1 } };
        return { code, severity: "error", file: d.file, ...at, field: (0,src_diagnostics/* formatFieldPath */.vZ)(path), message };
    });
}
function fileProblem(file, code, message) {
    return { code, severity: "error", file, start: { line: 1, column: 1 }, field: "", message };
}
/** The report of a loaded repo; `displayPath` rewrites each file for where the reader stands. */
function validationReport(repo, displayPath = (f) => f) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error").length;
    return {
        valid: errors === 0,
        files: repo.files.length,
        errors,
        warnings: repo.diagnostics.length - errors,
        diagnostics: repo.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })),
    };
}

;// CONCATENATED MODULE: ../../packages/model/src/service.ts


class ServiceLookupError extends Error {
    code;
    diagnostics;
    constructor(code, message, 
    /** The problems behind it: gitops.yaml's, or the service's descriptor's. */
    diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "ServiceLookupError";
    }
}
/** The environment by name; throws naming the ones gitops.yaml has. */
function findEnvironment(config, name) {
    const environment = config.environments.find((e) => e.name === name);
    if (environment)
        return environment;
    const known = config.environments.map((e) => e.name).join(", ");
    throw new ServiceLookupError("E_NO_ENVIRONMENT", `gitops.yaml has no environment "${name}"; it has ${known}`);
}
/** The service as the environment sees it; throws a ServiceLookupError saying what is wrong. */
function findService(repo, service, environmentName) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error");
    if (!repo.config) {
        const own = errors.filter((d) => d.file === "gitops.yaml");
        throw new ServiceLookupError("E_REPO_INVALID", "gitops.yaml is missing or invalid", own);
    }
    const environment = findEnvironment(repo.config, environmentName);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        const dir = repo.config.servicesDir;
        const broken = errors.filter((d) => d.file === `${dir}/${service}.yaml` || d.file === `${dir}/${service}.yml`);
        if (broken.length > 0)
            throw new ServiceLookupError("E_SERVICE_INVALID", `the descriptor of ${service} is not valid`, broken);
        const known = repo.descriptors.map((d) => d.service).join(", ");
        throw new ServiceLookupError("E_NO_SERVICE", `no service "${service}" in ${dir}/ (${known || "none"})`);
    }
    return { config: repo.config, environment, descriptor: forEnvironment(found, environment.name) };
}
/** Loads the repo through `reader` and finds the service in it. */
async function loadService(reader, service, environment) {
    return findService(await loadRepo(reader), service, environment);
}

;// CONCATENATED MODULE: ../../packages/checks/src/service.ts
// Which service to check, where: the descriptor as the environment sees it, read from the
// deploy repo, with the host and port optionally pointed elsewhere (a canary, a tunnel).

class service_CheckError extends Error {
    code;
    diagnostics;
    constructor(code, message, diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "CheckError";
    }
}
const LOOKUP_CODES = {
    E_REPO_INVALID: "E_CHECK_REPO",
    E_SERVICE_INVALID: "E_CHECK_REPO",
    E_NO_ENVIRONMENT: "E_CHECK_ENVIRONMENT",
    E_NO_SERVICE: "E_CHECK_SERVICE",
};
async function service_serviceUnderCheck(query) {
    try {
        const { descriptor, environment } = await loadService(query.reader, query.service, query.environment);
        return {
            descriptor,
            environment,
            address: { domain: query.host ?? descriptor.domain, port: query.port ?? descriptor.port },
        };
    }
    catch (error) {
        if (!(error instanceof ServiceLookupError))
            throw error;
        throw new service_CheckError(LOOKUP_CODES[error.code], error.message, error.diagnostics);
    }
}
/** The URL tests and people use for the service: `http://domain:port`. */
function serviceUrl(address) {
    return `http://${address.domain}:${address.port}`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/check.ts
// The three checks as one call each, for the actions and the CLI: find the service, build
// the targets from its descriptor, run, return a report that says what happened.




async function checkHealth(query) {
    const { descriptor, environment, address } = await service_serviceUnderCheck(query);
    const options = healthcheckOptions(descriptor.healthcheck, query.overrides ?? {});
    if (query.signal)
        options.signal = query.signal;
    if (query.onAttempt)
        options.onAttempt = query.onAttempt;
    const report = await runHealthcheck(healthcheckTargets(descriptor.healthcheck, address, query.readCa), options);
    return { ...context(descriptor, environment.name, address), report };
}
async function checkSmoke(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    if (!descriptor.smoke)
        throw new CheckError("E_CHECK_NOT_CONFIGURED", `${descriptor.service} has no smoke checks in its descriptor`);
    const options = {
        timeoutMs: query.timeoutMs ?? descriptor.healthcheck.timeoutMs,
    };
    if (query.signal)
        options.signal = query.signal;
    const report = await runSmoke(descriptor.smoke.checks, address, options);
    return { ...context(descriptor, environment.name, address), report };
}
async function checkRegression(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    const regression = descriptor.regression;
    if (!regression)
        throw new CheckError("E_CHECK_NOT_CONFIGURED", `${descriptor.service} has no regression command in its descriptor`);
    const ctx = context(descriptor, environment.name, address);
    const result = await runRegression({
        command: regression.command,
        cwd: query.cwd,
        env: {
            ...regression.env,
            GITOPS_SERVICE: ctx.service,
            GITOPS_VERSION: ctx.version,
            GITOPS_ENVIRONMENT: ctx.environment,
            GITOPS_SERVICE_URL: ctx.url,
        },
        timeoutMs: query.timeoutMs ?? regression.timeoutMs,
        ...(regression.reports ? { reports: regression.reports } : {}),
        ...(query.onOutput ? { onOutput: query.onOutput } : {}),
        ...(query.signal ? { signal: query.signal } : {}),
    });
    return { ...ctx, result };
}
function context(descriptor, environment, address) {
    return { service: descriptor.service, environment, version: descriptor.version, url: serviceUrl(address) };
}

;// CONCATENATED MODULE: ../../packages/text/src/duration.ts
/**
 * A duration as people read it: 250 \u2192 "250ms", 1500 \u2192 "1.5s", 90000 \u2192 "1m 30s",
 * 3_725_000 \u2192 "1h 2m 5s". Not meant to be parsed back (gitops.yaml's "1m30s" form is).
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return "?";
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000) {
        const tenths = Math.round(ms / 100) / 10;
        return tenths < 60 ? `${tenths}s` : "1m";
    }
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean).join(" ");
}

;// CONCATENATED MODULE: ../../packages/text/src/escape.ts
// Untrusted text made inert for the formats that render HTML: job summaries, pull-request
// comments and emails.
/** `& < > " '` as entities: no tag, attribute or entity of the text's own survives. */
function escapeHtml(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
// Every line-break form a renderer (or a reader) may honour.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
// What Markdown reads as syntax anywhere in a line: emphasis, code, strikethrough, links and
// images (a `[` starts both), table pipes, and the backslash itself.
const INLINE_SYNTAX = /[\\`*_[\]|~]/g;
// What it reads as syntax only at the start of a line: headings, list items, numbered items.
const LEADING_SYNTAX = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/;
/**
 * Untrusted text as inert Markdown inline text: what Markdown would read as syntax
 * backslash-escaped (no link, image, emphasis, code or heading of its own), then its HTML
 * escaped. Markdown first, so the entities HTML escaping writes are not escaped again. Ordinary
 * punctuation (`carol-dev`, `PAY-101`, `(qa)`) stays as it is.
 */
function escapeMarkdown(text) {
    const inline = text.replace(INLINE_SYNTAX, "\\$&");
    const leading = inline.replace(LEADING_SYNTAX, (_m, space, marker) => /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
    return escapeHtml(leading);
}
/**
 * One cell of a Markdown table: inert Markdown (`|` included, so it cannot open a column), and
 * line breaks as `<br>` so they cannot end the row.
 */
function escape_markdownCell(text) {
    return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}

;// CONCATENATED MODULE: ../../packages/checks/src/render.ts
// Check reports for people: terminal lines and Markdown tables for the job summary.

// Cells quote what services and test suites said: markdownCell keeps their HTML and line breaks out.
const ms = (n) => (n === undefined ? "\u2014" : formatDuration(n));
function healthText(report) {
    const lines = report.endpoints.map((e) => {
        const mark = e.ok ? "\u2713" : "\u2717";
        const detail = e.ok
            ? `${e.lastStatus ?? "connected"} in ${ms(e.latencyMs)}`
            : (e.lastError?.message ?? "failed");
        return `${mark} ${e.name} (${e.target}): ${detail} after ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}`;
    });
    const verdict = report.cancelled
        ? "cancelled"
        : report.ok
            ? "healthy"
            : report.deadlineExceeded
                ? "unhealthy (deadline exceeded)"
                : "unhealthy";
    return `${[...lines, verdict].join("\n")}\n`;
}
function healthMarkdown(title, report) {
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${escape_markdownCell(e.name)} | \`${escape_markdownCell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${escape_markdownCell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Endpoint | Target | Attempts | Last status | Latency | Last error |",
        "|---|---|---|---|---|---|---|",
        ...rows,
        "",
    ].join("\n");
}
function smokeText(report) {
    return `${report.checks.map((c) => `${c.ok ? "\u2713" : "\u2717"} ${c.name}: ${c.reason}`).join("\n")}\n${report.ok ? "passed" : "failed"}\n`;
}
function smokeMarkdown(title, report) {
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Check | Result | Latency |",
        "|---|---|---|---|",
        ...report.checks.map((c) => `| ${c.ok ? "\u2705" : "\u274c"} | ${markdownCell(c.name)} | ${markdownCell(c.reason)} | ${ms(c.latencyMs)} |`),
        "",
    ].join("\n");
}
function regressionMarkdown(title, result) {
    const out = [`### ${result.ok ? "\u2705" : "\u274c"} ${title}`, "", result.reason, ""];
    const report = result.report;
    if (report) {
        out.push("| Tests | Failures | Errors | Skipped |", "|---|---|---|---|", `| ${report.tests} | ${report.failures} | ${report.errors} | ${report.skipped} |`, "");
        const failed = report.cases.filter((c) => c.status === "failed" || c.status === "error");
        if (failed.length > 0) {
            out.push("| Failed test | Message |", "|---|---|");
            for (const c of failed.slice(0, 50))
                out.push(`| ${markdownCell(`${c.classname ? `${c.classname} \u203a ` : ""}${c.name}`)} | ${markdownCell(c.message ?? "")} |`);
            if (failed.length > 50)
                out.push(`| \u2026 ${failed.length - 50} more | |`);
            out.push("");
        }
    }
    for (const e of result.reportErrors)
        out.push(`- ${markdownCell(e)}`);
    return `${out.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The healthcheck action's inputs as one typed settings object.

function readSettings() {
    const overrides = {
        startupGraceMs: durationInput("startup-grace"),
        intervalMs: durationInput("interval"),
        timeoutMs: durationInput("timeout"),
        retries: integerInput("retries"),
        deadlineMs: durationInput("deadline"),
    };
    return {
        ...checkTargetInputs(),
        overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Adapter: reads the inputs, runs the service's healthcheck, reports through the runner.







async function main() {
    const { repoDir, ...settings } = readSettings();
    try {
        const run = await checkHealth({
            ...settings,
            reader: directoryReader(repoDir),
            readCa: (path) => (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(repoDir, path), "utf8"),
            onAttempt: ({ name, attempt, result }) => info(`${name} attempt ${attempt}: ${result.ok ? `ok (${result.status ?? "connected"})` : result.error?.message}`),
        });
        info(healthText(run.report));
        setOutput("healthy", String(run.report.ok));
        setOutput("report", JSON.stringify(run.report));
        await summary
            .addRaw(healthMarkdown(`healthcheck of ${run.service} ${run.version} in ${run.environment}`, run.report))
            .write();
        if (!run.report.ok)
            setFailed(`${run.service} is not healthy in ${run.environment}`);
    }
    catch (error) {
        if (error instanceof service_CheckError)
            annotate(error.diagnostics, repoDir);
        throw error;
    }
}
main().catch((error) => setFailed(error instanceof Error ? error.message : String(error)));

