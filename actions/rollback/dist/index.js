import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vZ: () => (/* binding */ formatFieldPath)
/* harmony export */ });
/* unused harmony exports formatDiagnostic, ValidationError */
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../.build/side-effect-free/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
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
    command_issueCommand('add-mask', {}, secret);
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
    process.stdout.write(external_os_.EOL);
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
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
    process.stdout.write(message + external_os_.EOL);
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
;// CONCATENATED MODULE: ../../packages/record/src/state.ts
// What truly ran in one environment: per service the descriptor that last ran healthy, how its
// last release ended, and the versions that ever ran healthy there; per environment the commit
// of the last release the gate allowed, whose gitops.yaml is the trusted policy. Plain data,
// schema-versioned JSON, and pure functions that move it from one release to the next.
const HEALTHY_KEPT = 10;
function emptyState(environment) {
    return { schema: 1, environment, services: {} };
}
/** Reads a state written by any version of gitops, or says why it cannot. */
function parseState(text, environment) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new RecordError(`the record of ${environment} is not JSON: ${error.message}`);
    }
    const state = value;
    if (!state || typeof state !== "object" || state.schema !== 1)
        throw new RecordError(`the record of ${environment} has schema ${JSON.stringify(state?.schema)}; this gitops reads schema 1`);
    if (state.environment !== environment)
        throw new RecordError(`the record of ${environment} says it is ${JSON.stringify(state.environment)}'s`);
    if (!state.services || typeof state.services !== "object")
        throw new RecordError(`the record of ${environment} has no services`);
    return state;
}
class RecordError extends Error {
    code = "E_RECORD";
    constructor(message) {
        super(message);
        this.name = "RecordError";
    }
}
/** The descriptors that ran healthy, with `ref` last (replacing its version's earlier one), the newest HEALTHY_KEPT. */
function state_withHealthy(healthy, ref) {
    return [...healthy.filter((h) => h.version !== ref.version), ref].slice(-HEALTHY_KEPT);
}
/** The descriptor of `version` of `service` that last ran healthy in this environment, if one did. */
function healthyRef(state, service, version) {
    return state?.services[service]?.healthy.find((h) => h.version === version);
}
/** Whether `version` of `service` ever ran healthy in this environment. */
function ranHealthy(state, service, version) {
    return healthyRef(state, service, version) !== undefined;
}

;// CONCATENATED MODULE: ../../packages/record/src/store.ts
// Where the record lives: one interface, two stores (a git ref in the deploy repo, GitHub's
// Deployments). A write names the version it read, so two releases never overwrite each other.
/** The record's ref for an environment; environment names are lower-case words, checked by the config schema. */
const recordRef = (environment) => `refs/gitops/${environment}`;

;// CONCATENATED MODULE: ../../packages/record/src/transition.ts
// From one recorded state to the next: what a release's outcome means for what runs. Pure: the
// stores write what this returns.

const CONFIG_PATH = "gitops.yaml";
/** The state and files after a release; `previous` is unchanged. */
function applyRelease(previous, facts) {
    const at = facts.release.finishedAt ?? facts.release.startedAt;
    const pusher = facts.release.pusher;
    const state = {
        ...previous.state,
        services: { ...previous.state.services },
        release: facts.release,
    };
    const files = new Map(previous.files);
    if (facts.allowed && facts.configBlob) {
        files.set(CONFIG_PATH, facts.configBlob);
        state.allowed = { commit: facts.release.after, at: facts.release.startedAt, pusher };
    }
    for (const f of facts.services) {
        const before = state.services[f.service] ?? { file: f.file, healthy: [] };
        if (f.outcome === "removed") {
            delete state.services[f.service];
            files.delete(f.file);
            continue;
        }
        if (f.oldFile && f.oldFile !== f.file)
            files.delete(f.oldFile);
        state.services[f.service] = nextService(before, f, at, pusher, facts.release.tickets);
        if (f.pushed && (f.outcome === "deployed" || f.outcome === "unchanged"))
            files.set(f.file, f.pushed.blob);
    }
    return { state, files };
}
function nextService(before, f, at, pusher, tickets) {
    const next = { ...before, file: f.file };
    const last = f.pushed
        ? {
            ...f.pushed,
            outcome: f.outcome,
            at,
            pusher,
            ...(tickets.length ? { tickets } : {}),
            ...(f.reason ? { reason: f.reason } : {}),
            ...(f.issue ? { issue: f.issue } : {}),
        }
        : undefined;
    switch (f.outcome) {
        case "deployed":
            if (f.pushed) {
                next.running = { ...f.pushed, since: at, pusher };
                next.healthy = withHealthy(before.healthy, f.pushed);
            }
            if (last)
                next.last = last;
            return next;
        case "unchanged":
            // Nothing this environment runs changed: the new bytes stand for what runs.
            if (f.pushed && before.running)
                next.running = { ...before.running, commit: f.pushed.commit, blob: f.pushed.blob };
            return next;
        default:
            // rolled-back: the last healthy version runs again; failed or cancelled: what runs is
            // unknown, and the last healthy version stays what to plan from and restore.
            if (last)
                next.last = last;
            return next;
    }
}
/** The state a record begins from: the branch before the first recorded release, assumed to run. */
function baseline(environment, descriptors, at) {
    const state = { schema: 1, environment, services: {} };
    const files = new Map();
    for (const d of descriptors) {
        state.services[d.service] = {
            file: d.file,
            running: { ...d.ref, since: at, pusher: "", assumed: true },
            healthy: [],
        };
        files.set(d.file, d.ref.blob);
    }
    return { state, files };
}

;// CONCATENATED MODULE: ../../packages/record/src/git-store.ts



const STATE_PATH = ".gitops/state.json";
const DEFAULT_IDENTITY = { name: "gitops", email: "gitops@users.noreply.github.com" };
function gitRecordStore(git, options = {}) {
    let remote;
    const useRemote = () => (remote ??= options.remote !== undefined ? Promise.resolve(options.remote) : git.hasOrigin());
    const read = async (environment, attempt = 1) => {
        const ref = recordRef(environment);
        if (await useRemote())
            await git.fetch([`+${ref}:${ref}`]).catch(ignoreMissing(ref));
        // Two git processes whatever the history: the commit, its state and its policy in one
        // cat-file, then the tree's listing.
        const [head, stateObject, configObject] = await git.readObjects([
            ref,
            `${ref}:${STATE_PATH}`,
            `${ref}:${CONFIG_PATH}`,
        ]);
        if (head?.type !== "commit")
            return undefined;
        const commit = head.oid;
        if (stateObject?.type !== "blob")
            throw new RecordError(`${ref} at ${commit.slice(0, 12)} has no ${STATE_PATH}`);
        const state = parseState(Buffer.from(stateObject.bytes).toString("utf8"), environment);
        // The three names were resolved one after another: a write in between would mix two
        // records, which the commit's release (in its message) and the state's tell apart.
        const release = releaseFromMessage(Buffer.from(head.bytes).toString("utf8"));
        if (release && release.id !== state.release?.id) {
            if (attempt >= 3)
                throw new RecordError(`${ref} kept changing while it was read`);
            return read(environment, attempt + 1);
        }
        const files = await git.treeIds(commit);
        files.delete(STATE_PATH);
        return {
            state,
            files,
            commit,
            version: commit,
            ...(configObject?.type === "blob" ? { config: configObject.bytes } : {}),
        };
    };
    return {
        name: "git",
        read: (environment) => read(environment),
        async write(environment, next, expected) {
            const ref = recordRef(environment);
            const commit = await recordCommit(git, next, expected, options);
            if (await useRemote()) {
                if ((await git.push(commit, ref, expected)) === "rejected")
                    return false;
                // Ours now; the local ref follows origin's.
                await git.updateRef(ref, commit, (await git.resolve(ref)) ?? undefined);
                return true;
            }
            return git.updateRef(ref, commit, expected);
        },
        async history(environment, limit = 100) {
            const ref = recordRef(environment);
            if (!(await git.resolve(ref)))
                return [];
            const commits = await git.log(ref, { firstParent: true, max: limit });
            return commits.flatMap((c) => {
                const release = releaseFromMessage(c.message);
                return release ? [release] : [];
            });
        },
    };
}
/** Writes the objects of one record commit and returns its id. */
async function recordCommit(git, next, parent, options) {
    // Compact: the record is read at every release, and its size is most of the read.
    const stateBlob = await git.writeBlob(`${JSON.stringify(next.state)}\n`);
    const tree = await git.writeTree(new Map([...next.files, [STATE_PATH, stateBlob]]));
    const release = next.state.release;
    // The first parent is the record before; the second the released commit, kept reachable.
    const parents = [...(parent ? [parent] : []), ...(release ? [release.after] : [])];
    return git.commitTree({
        tree,
        parents,
        message: messageFor(next.state.environment, release),
        identity: options.identity ?? DEFAULT_IDENTITY,
        ...(options.now ? { date: options.now() } : {}),
    });
}
const MARKER = "gitops-release: ";
/** "qa: succeeded, hello 1.1.0" and the release as one JSON line, for `git log` and history. */
function messageFor(environment, release) {
    if (!release)
        return `${environment}: record`;
    const services = release.services.map((s) => `${s.service}${s.version ? ` ${s.version}` : ""} ${s.outcome}`);
    const subject = `${environment}: ${release.outcome}${services.length ? `, ${services.join(", ")}` : ""}`;
    return `${subject.slice(0, 200)}\n\n${MARKER}${JSON.stringify(release)}\n`;
}
function releaseFromMessage(message) {
    const line = message.split("\n").find((l) => l.startsWith(MARKER));
    if (!line)
        return undefined;
    try {
        return JSON.parse(line.slice(MARKER.length));
    }
    catch {
        return undefined;
    }
}
/** Fetching a record origin does not have yet is not a failure; anything else is. */
function ignoreMissing(ref) {
    return (error) => {
        if (error instanceof Error && /couldn't find remote ref/i.test(error.message))
            return;
        throw new RecordError(`cannot fetch ${ref} from origin: ${error instanceof Error ? error.message : String(error)}`);
    };
}

;// CONCATENATED MODULE: ../../packages/record/src/deployments-store.ts


const RECORD_TASK = "gitops:record";
function deploymentsRecordStore(options) {
    const { request, git } = options;
    const repo = { owner: options.repository.owner, repo: options.repository.repo };
    const writers = options.writers ?? ["github-actions[bot]"];
    // Deployments this process created at a release's start, to finish with their final status.
    const started = new Map();
    const newest = async (environment, task) => {
        const { data } = await request("GET /repos/{owner}/{repo}/deployments", {
            ...repo,
            environment,
            task,
            per_page: 1,
        });
        return data[0];
    };
    const status = (id, state, extra = {}) => request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...repo,
        deployment_id: id,
        state,
        // Only this deployment: another service's in the same environment stays as it is.
        auto_inactive: false,
        ...extra,
    });
    return {
        name: "deployments",
        async read(environment) {
            const deployment = await newest(environment, RECORD_TASK);
            if (!deployment)
                return undefined;
            const creator = deployment.creator?.login ?? "";
            if (!writers.includes(creator))
                throw new RecordError(`the newest record of ${environment} in GitHub Deployments was created by ${creator || "nobody known"}, not by ${writers.join(" or ")}: refusing to trust it`);
            const payload = (typeof deployment.payload === "string" ? JSON.parse(deployment.payload) : deployment.payload);
            if (payload?.schema !== 1 || typeof payload.files !== "object")
                throw new RecordError(`the record of ${environment} in deployment ${deployment.id} is not a gitops record`);
            const state = parseState(JSON.stringify(payload.state), environment);
            const files = new Map(Object.entries(payload.files));
            const commit = await localCommit(git, state, files, environment);
            return { state, files, commit, version: String(deployment.id) };
        },
        async write(environment, next, expected) {
            const current = await newest(environment, RECORD_TASK);
            if ((current ? String(current.id) : undefined) !== expected)
                return false;
            const release = next.state.release;
            if (!release)
                throw new RecordError(`nothing to record for ${environment}: no release`);
            const payload = recordPayload(next, environment);
            await serviceDeployments(release, environment);
            const { data } = await request("POST /repos/{owner}/{repo}/deployments", {
                ...repo,
                ref: release.after,
                task: RECORD_TASK,
                environment,
                auto_merge: false,
                required_contexts: [],
                production_environment: false,
                description: `gitops record: ${release.outcome}`.slice(0, 140),
                payload,
            });
            await status(data.id, "success", { description: "recorded" });
            return true;
        },
        async history(environment, limit = 100) {
            const { data } = await request("GET /repos/{owner}/{repo}/deployments", {
                ...repo,
                environment,
                task: RECORD_TASK,
                per_page: Math.min(100, limit),
            });
            return data.flatMap((d) => {
                const state = d.payload?.state;
                return state?.release && writers.includes(d.creator?.login ?? "") ? [state.release] : [];
            });
        },
    };
    /** One deployment a service: created in progress at the start, given its final status at the end. */
    async function serviceDeployments(release, environment) {
        for (const s of release.services) {
            const key = `${environment}/${s.service}/${release.id}`;
            const task = `deploy:${s.service}`;
            if (release.outcome === "started") {
                const previous = await newest(environment, task);
                const { data } = await request("POST /repos/{owner}/{repo}/deployments", {
                    ...repo,
                    ref: release.after,
                    task,
                    environment,
                    auto_merge: false,
                    required_contexts: [],
                    production_environment: false,
                    description: `${s.service} ${s.version ?? ""}`.trim().slice(0, 140),
                    payload: { schema: 1, service: s.service, version: s.version, release: release.id },
                });
                const id = data.id;
                started.set(key, id);
                await status(id, "in_progress", {
                    ...(release.run ? { log_url: release.run } : {}),
                    ...(s.url ? { environment_url: s.url } : {}),
                });
                if (previous)
                    await status(previous.id, "inactive");
                continue;
            }
            const id = started.get(key);
            if (id === undefined)
                continue;
            const final = {
                deployed: "success",
                unchanged: "success",
                failed: "failure",
                "rolled-back": "failure",
                cancelled: "error",
                removed: "inactive",
                planned: "error",
            }[s.outcome];
            await status(id, final, {
                description: `${s.outcome}${s.reason ? `: ${s.reason}` : ""}`.slice(0, 140),
                ...(release.run ? { log_url: release.run } : {}),
                ...(s.url ? { environment_url: s.url } : {}),
            });
        }
    }
}
/** GitHub keeps a deployment's payload in a text column: about 64 KiB of JSON. */
const MAX_PAYLOAD_BYTES = 65_535;
/** Healthy versions kept per service in the payload, where room is short. */
const HEALTHY_IN_PAYLOAD = 5;
/** The state and files as one payload, trimmed to fit; too large a record says to use the git store. */
function recordPayload(next, environment) {
    const services = Object.fromEntries(Object.entries(next.state.services).map(([name, s]) => [
        name,
        { ...s, healthy: s.healthy.slice(-HEALTHY_IN_PAYLOAD) },
    ]));
    const payload = {
        schema: 1,
        state: { ...next.state, services },
        files: Object.fromEntries(next.files),
    };
    const size = Buffer.byteLength(JSON.stringify(payload));
    if (size > MAX_PAYLOAD_BYTES)
        throw new RecordError(`the record of ${environment} is ${size} bytes, more than a GitHub deployment's payload holds (${MAX_PAYLOAD_BYTES}): keep it in git (record: git)`);
    return payload;
}
/** The record's tree, rebuilt in the clone from the blobs it names: the base a plan diffs. */
async function localCommit(git, state, files, environment) {
    const stateBlob = await git.writeBlob(`${JSON.stringify(state, null, 2)}\n`);
    try {
        const tree = await git.writeTree(new Map([...files, [STATE_PATH, stateBlob]]));
        return await git.commitTree({
            tree,
            parents: [],
            message: `${environment}: record from GitHub Deployments`,
        });
    }
    catch (error) {
        throw new RecordError(`the record of ${environment} names descriptors this clone does not have (fetch the environment branch's whole history): ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ../shared/src/github.ts
// GitHub's REST API for the actions: Octokit loads only when something is asked, so a run that
// never asks GitHub never pays for it.

/** A factory of Octokit's `request`, authenticated with the token, against GITHUB_API_URL. */
function octokitRequest(token) {
    return async () => (await octokit(token)).request;
}
/** The whole Octokit client (pagination, typed endpoints), loaded on first call. */
async function octokit(token) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 329).then(__nccwpck_require__.bind(__nccwpck_require__, 1329));
    return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com" });
}
/** What the gate asks GitHub (team membership, commit signatures) for this repository. */
function githubFacts(token, repository) {
    return lazyGitHubFacts(octokitRequest(token), repository);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../shared/src/inputs.ts
// Reading action inputs into typed values: one function per kind of value, each failing with the
// input's name and what it got, so a misconfigured step says exactly which line to fix.



/** The input, or undefined when it is empty (an unset input reads as ""). */
function inputs_optionalInput(name) {
    return getInput(name) || undefined;
}
function requiredInput(name) {
    return getInput(name, { required: true });
}
/** A secret input, masked in the log the moment it is read. */
function inputs_secretInput(name) {
    const value = getInput(name);
    if (value)
        setSecret(value);
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
function inputs_workspacePath(name = "path") {
    return (0,external_node_path_namespaceObject.resolve)(workspaceRoot(), getInput(name) || ".");
}
function integerInput(name) {
    const raw = inputs_optionalInput(name);
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
    const raw = inputs_optionalInput(name);
    if (raw === undefined)
        return undefined;
    const parsed = parseDuration(raw);
    if (!parsed.ok)
        throw new Error(`${name}: ${parsed.message}`);
    return parsed.value;
}
function oneOfInput(name, allowed, fallback) {
    const value = getInput(name) || fallback;
    if (value === undefined || !allowed.includes(value))
        throw new Error(`${name} must be one of ${allowed.join(", ")}; got "${value ?? ""}"`);
    return value;
}
function checkTargetInputs() {
    const host = inputs_optionalInput("host");
    const port = portInput("port");
    return {
        repoDir: inputs_workspacePath(),
        service: requiredInput("service"),
        environment: requiredInput("environment"),
        ...(host ? { host } : {}),
        ...(port !== undefined ? { port } : {}),
    };
}

;// CONCATENATED MODULE: ../shared/src/record.ts



const ACTIONS_BOT = {
    name: "github-actions[bot]",
    email: "41898282+github-actions[bot]@users.noreply.github.com",
};
function record_recordInput() {
    return oneOfInput("record", ["git", "deployments"], "git");
}
function recordStore(git, options) {
    if (options.kind === "deployments") {
        const load = octokitRequest(options.token);
        return deploymentsRecordStore({
            request: async (route, parameters) => (await load())(route, parameters),
            repository: options.repository,
            git,
            writers: [ACTIONS_BOT.name],
        });
    }
    return gitRecordStore(git, { ...(options.mustReachOrigin ? { remote: true } : {}), identity: ACTIONS_BOT });
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ../../packages/git/src/errors.ts
// git's failures, as one error type with a stable code, and the checks that keep a ref from
// ever being read by git as an option.
class GitError extends Error {
    code;
    command;
    stderr;
    exitCode;
    constructor(code, message, 
    /** The arguments given to git (after `git` and the global options); [] when nothing ran. */
    command = [], 
    /** What git wrote on stderr. */
    stderr = "", 
    /** git's exit status, when it ran and exited. */
    exitCode) {
        super(message);
        this.code = code;
        this.command = command;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = "GitError";
    }
}
const NOT_FOUND = /bad object|bad revision|unknown revision|not a valid (commit|object) name|not a tree object/i;
/** Rejects what git could read as an option or what a line-based protocol would split. */
function checkRef(ref) {
    if (typeof ref !== "string" || ref === "")
        throw new GitError("E_GIT", "a git ref must not be empty");
    if (ref.startsWith("-")) {
        throw new GitError("E_GIT", `invalid git ref ${JSON.stringify(ref)}: a ref cannot start with "-"`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
    if (/[\x00-\x20\x7f]/.test(ref)) {
        throw new GitError("E_GIT", `invalid git ref ${JSON.stringify(ref)}: a ref cannot contain spaces or control characters`);
    }
    return ref;
}
function failure(args, result) {
    const stderr = result.stderr.trim();
    const code = NOT_FOUND.test(stderr) ? "E_GIT_REF_NOT_FOUND" : "E_GIT";
    const detail = stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${result.exitCode}`;
    return new GitError(code, `git ${args.join(" ")} failed: ${detail}`, args, result.stderr, result.exitCode);
}
function protocolError(args, detail) {
    return new GitError("E_GIT", `git ${args.join(" ")}: ${detail}`, args);
}
function spawnFailure(binary, args, error) {
    const code = error.code;
    const message = code === "ENOENT"
        ? `cannot run ${binary}: not found on PATH; install git`
        : `cannot run ${binary}: ${error}`;
    return new GitError("E_GIT", message, args);
}

;// CONCATENATED MODULE: ../../packages/git/src/paths.ts
// Paths as git names them.
/** `services/`, `./services` and `services` are the same directory; "" and "." are the root. */
function normaliseDir(dir) {
    return dir
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}

;// CONCATENATED MODULE: ../../packages/git/src/protocol.ts

function splitZ(bytes) {
    const text = bytes.toString("utf8");
    const parts = text.split("\0");
    if (parts[parts.length - 1] === "")
        parts.pop();
    return parts;
}
/** `git ls-tree -z`: `<mode> SP <type> SP <object> TAB <path> NUL`. */
function parseLsTree(bytes) {
    return splitZ(bytes).map((entry) => {
        const tab = entry.indexOf("\t");
        const [mode = "", type = "", oid = ""] = entry.slice(0, tab).split(" ");
        return { mode, type, oid, path: entry.slice(tab + 1) };
    });
}
/** Regular files, executable or not; not symlinks (120000), trees or submodules (160000). */
const isRegularFile = (mode) => mode === "100644" || mode === "100755";
/** `git diff-tree -z --name-status`: `<status> NUL <path> NUL`, or `R<score> NUL <old> NUL <new> NUL`. */
function parseNameStatus(bytes) {
    const parts = splitZ(bytes);
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const status = parts[i++] ?? "";
        const letter = status[0];
        if (letter === "R" || letter === "C") {
            const oldPath = parts[i++] ?? "";
            const path = parts[i++] ?? "";
            // A copy (only with -C, which is not asked for) leaves the source in place: an addition.
            changes.push(letter === "R" ? { status: "renamed", path, oldPath } : { status: "added", path });
            continue;
        }
        const path = parts[i++] ?? "";
        if (letter === "A")
            changes.push({ status: "added", path });
        else if (letter === "D")
            changes.push({ status: "deleted", path });
        // M: content or mode; T: type (file <-> symlink); U, X: not produced between two trees.
        else
            changes.push({ status: "modified", path });
    }
    return changes;
}
/**
 * Feeds object names to a running `git cat-file --batch` and parses its replies, in order:
 * `<oid> SP <type> SP <size> LF <contents> LF`, or `<name> SP missing LF` (also `ambiguous`).
 * Contents are copied once, straight into a buffer of the announced size.
 */
function catFileBatch(child, binary, args, names) {
    return new Promise((resolve, reject) => {
        const results = [];
        const err = [];
        let header = [];
        let body;
        let needNewline = false;
        let failed;
        const fail = (error) => {
            if (failed)
                return;
            failed = error;
            child.kill();
            reject(error);
        };
        const onData = (chunk) => {
            let at = 0;
            while (at < chunk.length && !failed) {
                if (body) {
                    const take = Math.min(body.bytes.length - body.filled, chunk.length - at);
                    body.bytes.set(chunk.subarray(at, at + take), body.filled);
                    body.filled += take;
                    at += take;
                    if (body.filled === body.bytes.length) {
                        results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                    continue;
                }
                if (needNewline) {
                    if (chunk[at] !== 0x0a)
                        return fail(protocolError(args, "no line feed after an object"));
                    needNewline = false;
                    at += 1;
                    continue;
                }
                const lf = chunk.indexOf(0x0a, at);
                if (lf === -1) {
                    header.push(chunk.subarray(at));
                    return;
                }
                header.push(chunk.subarray(at, lf));
                at = lf + 1;
                const line = Buffer.concat(header).toString("utf8");
                header = [];
                const match = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
                if (match) {
                    const size = Number(match[3]);
                    body = { oid: match[1], type: match[2], bytes: new Uint8Array(size), filled: 0 };
                    if (size === 0) {
                        results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                }
                else if (/ (missing|ambiguous)$/.test(line)) {
                    results.push(undefined);
                }
                else {
                    return fail(protocolError(args, `unexpected reply ${JSON.stringify(line.slice(0, 200))}`));
                }
            }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => fail(spawnFailure(binary, args, error)));
        child.on("close", (code) => {
            if (failed)
                return;
            const stderr = Buffer.concat(err).toString("utf8");
            if (code !== 0) {
                return fail(failure(args, { exitCode: code ?? -1, stdout: Buffer.alloc(0), stderr }));
            }
            if (results.length !== names.length || body || header.length > 0) {
                return fail(protocolError(args, `${results.length} replies to ${names.length} requests`));
            }
            resolve(results);
        });
        child.stdin?.on("error", () => { }); // EPIPE if git dies; reported by "close".
        child.stdin?.end(names.length === 0 ? "" : `${names.join("\n")}\n`);
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/git/src/runner.ts
// Running the git executable: no shell, a clean environment (no GIT_DIR inherited from a hook,
// literal pathspecs, no prompts, English messages), and every command against the repository's
// git directory with its root as the working directory.


function openRunner(repoDir, options = {}) {
    const binary = options.binary ?? "git";
    const { GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, ...inherited } = process.env;
    const env = {
        // Without GIT_DIR & co. (set when running inside a git hook): the repository is `repoDir`.
        ...inherited,
        // Paths are file names, never globs: `services/[a].yaml` means that file.
        GIT_LITERAL_PATHSPECS: "1",
        GIT_TERMINAL_PROMPT: "0",
        // Messages in English, so not-found errors can be told from the rest.
        LC_ALL: "C",
        ...options.env,
    };
    const spawnGit = (gitDir, args, extra) => {
        const argv = gitDir === undefined ? ["-C", repoDir, ...args] : [`--git-dir=${gitDir}`, ...args];
        return (0,external_node_child_process_namespaceObject.spawn)(binary, argv, {
            cwd: gitDir ?? repoDir,
            env: extra ? { ...env, ...extra } : env,
            stdio: ["pipe", "pipe", "pipe"],
        });
    };
    const exec = (gitDir, args, options = {}) => new Promise((resolve, reject) => {
        const child = spawnGit(gitDir, args, options.env);
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => reject(spawnFailure(binary, args, error)));
        child.on("close", (code, signal) => {
            const stderr = Buffer.concat(err).toString("utf8");
            if (code === null) {
                reject(new GitError("E_GIT", `git ${args[0]} was killed by ${signal}`, args, stderr));
            }
            else
                resolve({ exitCode: code, stdout: Buffer.concat(out), stderr });
        });
        child.stdin.on("error", () => { }); // EPIPE when git exits early; the exit code tells why.
        child.stdin.end(options.input ?? "");
    });
    // Paths are relative to the root even when `repoDir` is a subdirectory of the working tree.
    let gitDirPromise;
    const gitDir = () => {
        gitDirPromise ??= exec(undefined, ["rev-parse", "--absolute-git-dir"]).then((r) => {
            if (r.exitCode !== 0)
                throw failure(["rev-parse", "--absolute-git-dir"], r);
            return r.stdout.toString("utf8").replace(/\n$/, "");
        });
        return gitDirPromise;
    };
    return {
        binary,
        async run(args, options = {}) {
            const result = await exec(await gitDir(), args, options);
            if (!(options.okCodes ?? [0]).includes(result.exitCode))
                throw failure(args, result);
            return result;
        },
        async start(args) {
            return spawnGit(await gitDir(), args);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/git/src/git.ts
// A small wrapper over the `git` executable that reads straight from git objects (no checkout,
// no working tree, no shell) and writes the few objects and refs the deployment record needs.
// Every ref is checked before it reaches an argument list and is placed after
// `--end-of-options`, so a ref such as `--output=/tmp/x` can never become an option.








const ZERO_SHA = "0000000000000000000000000000000000000000";
/**
 * Whether `sha` names no commit at all: the all-zeros SHA GitHub sends as `before` when a branch
 * is created (SHA-1 or SHA-256 length), or no SHA (undefined or "", an unset action input).
 */
function git_isZeroSha(sha) {
    return sha === undefined || sha === "" || ((sha.length === 40 || sha.length === 64) && /^0+$/.test(sha));
}
function openGit(repoDir, options = {}) {
    const runner = openRunner(repoDir, options);
    const git = (args, input, okCodes = [0]) => runner.run(args, { ...(input !== undefined ? { input } : {}), okCodes });
    /** `ref^{type}` as a full SHA, or undefined. */
    const peel = async (ref, type) => {
        const r = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${checkRef(ref)}^{${type}}`], undefined, [0, 1]);
        return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
    };
    const mustPeel = async (ref, type) => {
        const sha = await peel(ref, type);
        if (sha === undefined) {
            throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
        }
        return sha;
    };
    let emptyTree;
    const getEmptyTree = () => {
        // Computed rather than hard-coded: the empty tree's id differs in SHA-256 repositories.
        emptyTree ??= git(["hash-object", "-t", "tree", "--stdin"], "").then((r) => r.stdout.toString().trim());
        return emptyTree;
    };
    const readBlobs = async (oids) => {
        const wanted = [...new Set(oids)];
        const out = new Map();
        if (wanted.length === 0)
            return out;
        for (const oid of wanted)
            checkObjectId(oid);
        const batch = ["cat-file", "--batch", "--buffer"];
        const contents = await catFileBatch(await runner.start(batch), runner.binary, batch, wanted);
        wanted.forEach((oid, i) => {
            const object = contents[i];
            if (object?.type === "blob")
                out.set(oid, object.bytes);
        });
        return out;
    };
    return {
        resolve: (ref) => peel(ref, "commit"),
        async changedFiles(base, head, paths) {
            const from = git_isZeroSha(base) ? await getEmptyTree() : checkRef(base);
            const args = ["diff-tree", "-r", "-z", "--name-status", "-M", "--end-of-options", from, checkRef(head)];
            const r = await git([...args, "--", ...paths]);
            return parseNameStatus(r.stdout);
        },
        async listFiles(ref, dir) {
            const prefix = normaliseDir(dir);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", checkRef(ref)];
            const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
            const names = [];
            for (const entry of parseLsTree(r.stdout)) {
                if (!isRegularFile(entry.mode))
                    continue; // trees, symlinks, submodules
                const slash = entry.path.lastIndexOf("/");
                if ((slash === -1 ? "" : entry.path.slice(0, slash)) !== prefix)
                    continue;
                names.push(entry.path.slice(slash + 1));
            }
            return names;
        },
        async readFiles(ref, paths) {
            const tree = await mustPeel(ref, "tree");
            const files = new Map();
            // Only canonical repo paths can name a tree entry (and an odd one would upset the pathspec).
            const wanted = new Set(paths.filter((p) => p.split("/").every((part) => part !== "" && part !== "." && part !== "..")));
            if (wanted.size === 0)
                return files;
            // Asking cat-file for `<tree>:<path>` makes git walk the trees from the root for every
            // path (5 s for 20,000 files); listing the blob ids of the few directories involved and
            // asking for the ids takes a few milliseconds. It also carries paths with line breaks,
            // which the line-based `--batch` input could not.
            const specs = new Set();
            for (const path of wanted) {
                const slash = path.lastIndexOf("/");
                specs.add(slash === -1 ? path : `${path.slice(0, slash)}/`);
            }
            const size = [...specs].reduce((n, spec) => n + spec.length + 1, 0);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", tree];
            const listing = await git(
            // Too many pathspecs make ls-tree match slowly (and the command line long): list it all.
            specs.size > 256 || size > 65_536
                ? [...args.slice(0, 1), "-r", ...args.slice(1)]
                : [...args, "--", ...specs]);
            const blobs = new Map(); // path -> blob id
            for (const entry of parseLsTree(listing.stdout)) {
                if (isRegularFile(entry.mode) && wanted.has(entry.path))
                    blobs.set(entry.path, entry.oid);
            }
            const oids = [...new Set(blobs.values())];
            if (oids.length === 0)
                return files;
            const byOid = await readBlobs(oids);
            for (const [path, oid] of blobs) {
                const bytes = byOid.get(oid);
                if (bytes)
                    files.set(path, bytes);
            }
            return files;
        },
        async isAncestor(ancestor, descendant) {
            const args = [
                "merge-base",
                "--is-ancestor",
                "--end-of-options",
                checkRef(ancestor),
                checkRef(descendant),
            ];
            const r = await git(args, undefined, [0, 1]);
            return r.exitCode === 0;
        },
        async commits(base, head) {
            const limit = base === undefined ? ["--max-count=1"] : [];
            const range = base === undefined ? [checkRef(head)] : [`^${checkRef(base)}`, checkRef(head)];
            const r = await git([
                "log",
                ...limit,
                "--topo-order",
                "--reverse",
                ...LOG_FORMAT,
                "--end-of-options",
                ...range,
            ]);
            return parseLog(r.stdout);
        },
        async log(ref, options = {}) {
            const args = ["log", ...(options.firstParent ? ["--first-parent"] : [])];
            if (options.max !== undefined)
                args.push(`--max-count=${Math.max(0, Math.floor(options.max))}`);
            const r = await git([...args, ...LOG_FORMAT, "--end-of-options", checkRef(ref)]);
            return parseLog(r.stdout);
        },
        async remoteHead(branch) {
            const r = await git(["ls-remote", "--end-of-options", "origin", `refs/heads/${checkRef(branch)}`], undefined, [0, 1, 2, 128]);
            if (r.exitCode !== 0)
                return undefined; // no origin, or it cannot be reached: unknown
            return /^[0-9a-f]{40,64}/.exec(r.stdout.toString("utf8"))?.[0];
        },
        async fileIds(ref, dir) {
            const prefix = normaliseDir(dir);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", checkRef(ref)];
            const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
            const ids = new Map();
            for (const entry of parseLsTree(r.stdout)) {
                const slash = entry.path.lastIndexOf("/");
                if (isRegularFile(entry.mode) && (slash === -1 ? "" : entry.path.slice(0, slash)) === prefix)
                    ids.set(entry.path, entry.oid);
            }
            return ids;
        },
        async treeIds(ref) {
            const r = await git(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", checkRef(ref)]);
            const ids = new Map();
            for (const entry of parseLsTree(r.stdout))
                if (isRegularFile(entry.mode))
                    ids.set(entry.path, entry.oid);
            return ids;
        },
        readBlobs,
        async readObjects(names) {
            for (const name of names) {
                const colon = name.indexOf(":");
                checkRef(colon === -1 ? name : name.slice(0, colon));
                if (colon !== -1)
                    checkPath(name.slice(colon + 1));
            }
            if (names.length === 0)
                return [];
            const batch = ["cat-file", "--batch", "--buffer"];
            return catFileBatch(await runner.start(batch), runner.binary, batch, names);
        },
        async writeBlob(content) {
            const r = await runner.run(["hash-object", "-w", "--stdin"], { input: content });
            return r.stdout.toString("utf8").trim();
        },
        async writeTree(files) {
            // A throwaway index: update-index places each blob at its path, write-tree makes the trees.
            const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), "gitops-index-"));
            try {
                const env = { GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(scratch, "index") };
                const entries = [...files].map(([path, oid]) => `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`);
                await runner.run(["update-index", "--add", "-z", "--index-info"], { input: entries.join(""), env });
                const r = await runner.run(["write-tree"], { env });
                return r.stdout.toString("utf8").trim();
            }
            finally {
                (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
            }
        },
        async editTree(ref, edits) {
            const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), "gitops-index-"));
            try {
                const env = { GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(scratch, "index") };
                await runner.run(["read-tree", "--end-of-options", `${checkRef(ref)}^{tree}`], { env });
                // Mode 0 removes the path; a replaced file keeps a plain file's mode.
                const entries = [...edits].map(([path, oid]) => oid === null
                    ? `0 ${"0".repeat(40)}\t${checkPath(path)}\0`
                    : `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`);
                await runner.run(["update-index", "--add", "--remove", "-z", "--index-info"], {
                    input: entries.join(""),
                    env,
                });
                const r = await runner.run(["write-tree"], { env });
                return r.stdout.toString("utf8").trim();
            }
            finally {
                (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
            }
        },
        async commitTree({ tree, parents, message, identity, date }) {
            const when = date ? `${Math.floor(date.getTime() / 1000)} +0000` : undefined;
            const env = {
                ...(identity
                    ? {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    }
                    : {}),
                ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
            };
            const args = ["commit-tree", ...parents.flatMap((p) => ["-p", checkObjectId(p)]), "-F", "-"];
            const r = await runner.run([...args, checkObjectId(tree)], { input: message, env });
            return r.stdout.toString("utf8").trim();
        },
        async updateRef(ref, sha, expected) {
            const old = expected ?? "0".repeat(sha.length);
            const args = ["update-ref", "-m", "gitops", checkRef(ref), checkObjectId(sha), checkObjectId(old)];
            const r = await git(args, undefined, [0, 1, 128]);
            return r.exitCode === 0;
        },
        async hasOrigin() {
            const r = await git(["remote"]);
            return r.stdout.toString("utf8").split("\n").includes("origin");
        },
        async symbolicRef(ref) {
            const r = await git(["symbolic-ref", "--quiet", "--end-of-options", checkRef(ref)], undefined, [0, 1, 128]);
            return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
        },
        async fetch(refspecs) {
            await git(["fetch", "--no-tags", "--quiet", "origin", ...refspecs.map(checkRefspec)]);
        },
        async push(sha, ref, expected) {
            // The lease makes the push conditional on what origin holds, like updateRef's expected value.
            const lease = `--force-with-lease=${checkRef(ref)}:${expected ? checkObjectId(expected) : ""}`;
            const args = ["push", "--porcelain", lease, "origin", `${checkObjectId(sha)}:${ref}`];
            const r = await git(args, undefined, [0, 1, 128]);
            if (r.exitCode === 0)
                return "pushed";
            const report = r.stdout.toString("utf8");
            // --porcelain marks a refused ref with "!"; a lease or fast-forward refusal is someone else's write.
            if (/^!\t.*\((stale info|fetch first|non-fast-forward)\)/m.test(report))
                return "rejected";
            const detail = r.stderr
                .trim()
                .split("\n")
                .find((l) => l.trim() !== "") ?? report.trim();
            throw new GitError("E_GIT", `git push to origin ${ref} failed: ${detail}`, args, r.stderr, r.exitCode);
        },
    };
}
// NUL between fields and records: messages may hold any other character.
const LOG_FORMAT = ["-z", "--format=%H %P%x00%an%x00%ae%x00%cn%x00%ce%x00%B"];
function parseLog(stdout) {
    const fields = stdout.toString("utf8").split("\0");
    const out = [];
    for (let i = 0; i + 5 < fields.length; i += 6) {
        const [sha = "", ...parents] = fields[i].replace(/^\n/, "").split(" ").filter(Boolean);
        const [an = "", ae = "", cn = "", ce = "", body = ""] = fields.slice(i + 1, i + 6);
        out.push({
            sha,
            message: body.replace(/\n+$/, ""),
            parents: parents.length,
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
        });
    }
    return out;
}
/** An object id as git prints it: 40 (SHA-1) or 64 (SHA-256) hex digits. */
function checkObjectId(oid) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(oid))
        throw new GitError("E_GIT", `invalid object id ${JSON.stringify(oid)}`);
    return oid;
}
/** A repo path a tree can hold: no empty, "." or ".." part, no NUL or line break. */
function checkPath(path) {
    if (/[\0\n]/.test(path) || path.split("/").some((part) => part === "" || part === "." || part === ".."))
        throw new GitError("E_GIT", `invalid path ${JSON.stringify(path)}`);
    return path;
}
/** `+refs/a/*:refs/a/*` or `refs/a:refs/b`: each side a ref that cannot be read as an option. */
function checkRefspec(spec) {
    const [src = "", dst = ""] = spec.replace(/^\+/, "").split(":");
    checkRef(src);
    if (dst)
        checkRef(dst);
    return spec;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ../../packages/git/src/checkout.ts
// One-step adoption: when the workflow did not check the deploy repo out with the push's
// history, fetch it ourselves. The token travels as an HTTP header in git's environment
// configuration, for our own git calls only: never in argv, a URL or a file, so nothing is left
// behind and a credential actions/checkout persisted is neither replaced nor removed.




const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
async function git(dir, args, env) {
    const { stdout } = await run("git", args, {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
        ...(env ? { env } : {}),
    });
    return stdout.trim();
}
async function hasCommit(dir, sha) {
    try {
        await git(dir, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * What git's environment needs to authenticate to the server with the token (the gate's
 * `git ls-remote origin` uses it too).
 */
function gitAuthEnv(serverUrl, token) {
    if (!token)
        return {};
    const key = `http.${new URL(serverUrl).origin}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
    return {
        GIT_TERMINAL_PROMPT: "0",
        // An empty value first clears headers configured elsewhere (a persisted checkout credential),
        // so the server sees exactly one Authorization header.
        GIT_CONFIG_COUNT: "2",
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: "",
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Makes sure `dir` holds both commits of the push and the history between them. A fresh
 * directory is cloned and checked out at `after`; an existing checkout (actions/checkout, maybe
 * shallow) is only given the history it lacks, its working tree left as the workflow made it.
 */
async function ensureCheckout(request, log) {
    const { dir, before, after } = request;
    const isRepo = existsSync(join(dir, ".git"));
    const shallow = isRepo && (await git(dir, ["rev-parse", "--is-shallow-repository"])) === "true";
    const complete = isRepo && !shallow && (await hasCommit(dir, after)) && (!before || (await hasCommit(dir, before)));
    const defaultRef = request.defaultBranch ? `refs/remotes/origin/${request.defaultBranch}` : undefined;
    if (complete && (!defaultRef || (await hasCommit(dir, defaultRef))))
        return;
    for (const branch of [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])])
        if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes(".."))
            throw new Error(`cannot fetch branch "${branch}"`);
    const env = { ...process.env, ...gitAuthEnv(request.serverUrl, request.token) };
    const remote = `${new URL(request.serverUrl).origin}/${request.owner}/${request.repo}.git`;
    log(`fetching the history of ${request.owner}/${request.repo} ${request.branch} into ${dir}`);
    if (!isRepo) {
        mkdirSync(dir, { recursive: true });
        await git(dir, ["init", "--quiet"]);
        await git(dir, ["remote", "add", "origin", remote]);
    }
    const refspecs = [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])].map((branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    await git(dir, ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--unshallow"] : []), "origin", ...refspecs], env);
    // A force push's `before` is no longer on the branch; ask for it by id (it may be gone for good).
    if (before && !(await hasCommit(dir, before))) {
        await git(dir, ["fetch", "--no-tags", "--quiet", "origin", before], env).catch(() => "");
    }
    if (!isRepo)
        await git(dir, ["checkout", "--quiet", "--detach", after]);
}

// EXTERNAL MODULE: ../../packages/model/src/diagnostics.ts
var diagnostics = __nccwpck_require__(2295);
;// CONCATENATED MODULE: ../../packages/model/src/text.ts
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
            return { code, severity: "error", file, start, end, field: (0,diagnostics/* formatFieldPath */.vZ)(path), message };
        });
    }
}
const isMapping = (data) => data !== null && typeof data === "object" && !Array.isArray(data);
async function loadChecked(file, content, schema, normalise) {
    const read = readText(file, content);
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
    const slow = await Promise.all(/* import() */[__nccwpck_require__.e(82), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4686));
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
function quantities_parseDuration(input) {
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

;// CONCATENATED MODULE: ../../packages/model/src/descriptor.ts
// The deployment descriptor: one service's deployment, as the deploy repo states it.


/** Parses, validates and normalises one descriptor. `file` is its path relative to the repo root. */
function descriptor_loadDescriptor(file, content) {
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
    const parsed = quantities_parseDuration(raw);
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
    const timeout = quantities_parseDuration(raw.driver.timeout ?? "10m");
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
function config_environmentForBranch(config, branch) {
    return config.environments.find((e) => e.branch === branch);
}

;// CONCATENATED MODULE: ../../packages/plan/src/plan.ts
// The plan of one push (or promotion) for one environment: which services change, how, and
// what could go wrong, ending in a verdict. Like `terraform plan`, it changes nothing.





class PlanError extends Error {
    code;
    diagnostics;
    constructor(code, message, diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "PlanError";
    }
}
async function buildPlan(options) {
    const { git } = options;
    const firstPush = isZeroSha(options.base);
    const config = options.config ?? (await trustedConfig(git, options.base, options.head));
    const environment = pickEnvironment(config, options);
    const changes = await detectChanges(git, {
        base: options.base,
        head: options.head,
        servicesDir: config.servicesDir,
        // Against a record, a force push is told by the push's own before, below.
        checkForcePush: options.pushedOver === undefined,
    });
    const head = await loadRepo(treeReader(git, changes.head));
    const afterByService = new Map(head.descriptors.map((d) => [d.service, d]));
    const beforeByService = await changedDescriptorsAt(git, changes);
    const deltas = changes.services.map((c) => ({
        service: c.service,
        before: beforeByService.get(c.oldService ?? c.service),
        after: c.kind === "removed" ? undefined : afterByService.get(c.service),
    }));
    // Unchanged services are the same at both commits, so their pushed copy stands in for the deployed one.
    const changed = new Set(changes.services.flatMap((c) => [c.service, c.oldService ?? c.service]));
    const unchanged = head.descriptors.filter((d) => !changed.has(d.service));
    const requestedEnvironment = changes.configChanged && head.config
        ? head.config.environments.find((e) => e.name === environment.name)
        : undefined;
    // A pushed descriptor that does not validate is denied by its diagnostics; it is not "removed".
    const judged = deltas.filter((d, i) => d.after || changes.services[i].kind === "removed");
    const findings = evaluateRules({
        environment,
        ...(requestedEnvironment ? { requestedEnvironment } : {}),
        deltas: judged,
        allAfter: head.descriptors,
        allBefore: [...unchanged, ...[...beforeByService.values()]],
        ...(options.ranHealthy ? { ranHealthy: options.ranHealthy } : {}),
    });
    const services = changes.services.map((c, i) => servicePlan(c, deltas[i], environment.name));
    const diagnostics = head.diagnostics;
    const verdict = diagnostics.some((d) => d.severity === "error") ? "deny" : verdictOf(findings);
    const plan = {
        schema: 1,
        environment: environment.name,
        head: changes.head,
        firstPush,
        forcePush: options.pushedOver === undefined
            ? changes.forcePush
            : await rewrote(git, options.pushedOver, changes.head),
        configChanged: changes.configChanged,
        policyFrom: options.policyFrom ?? (firstPush ? "head" : "base"),
        summary: {
            add: services.filter((s) => s.change === "added").length,
            change: services.filter((s) => s.change === "changed").length,
            remove: services.filter((s) => s.change === "removed").length,
            rename: services.filter((s) => s.change === "renamed").length,
            destructive: findings.filter((f) => f.severity === "destructive").length,
            risky: findings.filter((f) => f.severity === "risky").length,
        },
        verdict,
        services,
        findings,
        diagnostics,
    };
    if (changes.base)
        plan.base = changes.base;
    return plan;
}
/** Whether a push replaced history: the branch before it is not an ancestor of what it pushed. */
async function rewrote(git, before, head) {
    return !isZeroSha(before) && !(await git.isAncestor(before, head));
}
/**
 * The policy a push is judged by: gitops.yaml at the deployed commit, or at head on a first
 * push. The first read of the push's commits, so it is where a missing one is explained.
 */
async function trustedConfig(git, base, head) {
    const firstPush = isZeroSha(base);
    if (!firstPush)
        await requireCommit(git, "base", base);
    await requireCommit(git, "head", head);
    return configAt(git, firstPush ? head : base);
}
async function requireCommit(git, which, ref) {
    if (await git.resolve(ref))
        return;
    throw new PlanError("E_PLAN_REF", `the ${which} commit ${ref} is not in the repository; fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`);
}
/** gitops.yaml at a commit, valid, or a PlanError saying why not. */
async function configAt(git, ref) {
    const bytes = (await git.readFiles(ref, [CONFIG_FILE])).get(CONFIG_FILE);
    if (!bytes)
        throw new PlanError("E_PLAN_CONFIG", `${CONFIG_FILE} does not exist at ${ref.slice(0, 12)}`);
    const loaded = await loadConfig(bytes);
    if (!loaded.ok) {
        throw new PlanError("E_PLAN_CONFIG", `${CONFIG_FILE} at ${ref.slice(0, 12)} is not valid`, loaded.diagnostics);
    }
    return loaded.value;
}
function pickEnvironment(config, options) {
    const environment = options.environment
        ? config.environments.find((e) => e.name === options.environment)
        : options.branch
            ? environmentForBranch(config, options.branch)
            : undefined;
    if (!environment) {
        const wanted = options.environment
            ? `environment "${options.environment}"`
            : `environment for branch "${options.branch}"`;
        const known = config.environments.map((e) => `${e.name} (branch ${e.branch})`).join(", ");
        throw new PlanError("E_PLAN_ENVIRONMENT", `gitops.yaml has no ${wanted}; it has ${known}`);
    }
    return environment;
}
/** The deployed descriptors of the services the push touches, read from the base commit. */
async function changedDescriptorsAt(git, changes) {
    const out = new Map();
    if (!changes.base)
        return out;
    const touched = changes.services.filter((c) => c.kind !== "added");
    const files = touched.map((c) => c.oldFile ?? c.file);
    const contents = await git.readFiles(changes.base, files);
    for (const file of files) {
        const bytes = contents.get(file);
        if (!bytes)
            continue;
        // A deployed descriptor that no longer validates has no "before" to compare with.
        const loaded = await loadDescriptor(file, bytes);
        if (loaded.ok)
            out.set(loaded.value.service, loaded.value);
    }
    return out;
}
function servicePlan(change, delta, environment) {
    // A removed service loses every field; listing them all would bury the one line that matters.
    const fields = change.kind === "removed" ? [] : diffService(delta.before, delta.after, environment);
    const plan = {
        service: change.service,
        change: change.kind === "changed" && fields.length === 0 ? "unchanged-here" : change.kind,
        file: change.file,
        version: {},
        fields,
    };
    if (change.oldFile)
        plan.oldFile = change.oldFile;
    if (delta.before)
        plan.version.from = delta.before.version;
    if (delta.after)
        plan.version.to = delta.after.version;
    return plan;
}
/** The services a deployment touches, for a workflow `strategy.matrix`. */
function matrixOf(plan) {
    const include = plan.services.flatMap((s) => s.change === "unchanged-here" ? [] : [{ service: s.service, change: s.change, file: s.file }]);
    return { include };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/rollback.ts



class RollbackError extends Error {
    code = "E_ROLLBACK";
}
async function rollbackCommit(options) {
    const { git, environment, service } = options;
    const recorded = await options.record.read(environment);
    const state = recorded?.state.services[service];
    if (!recorded?.state.allowed || !state)
        throw new RollbackError(`the deployment record of ${environment} has no ${service}${recorded ? ` (it has ${Object.keys(recorded.state.services).join(", ") || "nothing"})` : ": nothing was released there yet"}`);
    const target = options.to ? healthyRef(recorded.state, service, options.to) : state.running;
    if (!target) {
        const healthy = state.healthy.map((h) => h.version).join(", ") || "none";
        throw new RollbackError(options.to
            ? `${service} ${options.to} never ran healthy in ${environment}; these did: ${healthy}`
            : `nothing runs healthy for ${service} in ${environment} to go back to`);
    }
    const parent = await git.resolve(options.branch);
    if (!parent)
        throw new RollbackError(`${options.branch} is not in the repository; fetch it first`);
    const current = (await git.fileIds(parent, dirname(state.file))).get(state.file);
    if (current === target.blob)
        throw new RollbackError(`${options.branch} already names ${service} ${target.version} as it ran healthy`);
    const from = current ? await versionIn(git, current, state.file) : undefined;
    const last = state.last;
    const tickets = [...new Set([...(last?.tickets ?? []), ...(options.tickets ?? [])])];
    const failed = last && last.outcome !== "deployed" && last.outcome !== "unchanged" ? last : undefined;
    const message = [
        `${tickets.length ? `${tickets.join(" ")} ` : ""}Roll back ${service} to ${target.version} in ${environment}`,
        "",
        failed
            ? `${service} ${failed.version} ${failed.outcome} in ${environment}${failed.reason ? ` (${failed.reason})` : ""}.`
            : `Requested by hand.`,
        `The deployment record shows ${target.version} ran healthy there (from ${target.commit.slice(0, 12)}).`,
        ...(failed?.issue ? ["", `Failure issue: ${failed.issue}`] : []),
    ].join("\n");
    const tree = await git.editTree(parent, new Map([[state.file, target.blob]]));
    const commit = await git.commitTree({
        tree,
        parents: [parent],
        message,
        ...(options.identity ? { identity: options.identity } : {}),
    });
    return {
        commit,
        parent,
        file: state.file,
        ...(from ? { from } : {}),
        to: target,
        message,
    };
}
/** The version a descriptor blob names, when it is a valid descriptor. */
async function versionIn(git, blob, file) {
    const bytes = (await git.readBlobs([blob])).get(blob);
    const loaded = bytes ? await descriptor_loadDescriptor(file, bytes) : undefined;
    return loaded?.ok ? loaded.value.version : undefined;
}
function dirname(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
}
/**
 * The whole of `gitops rollback`: the environment's branch as the record's trusted gitops.yaml
 * names it, fresh from origin; the rollback commit on it; and the push, only over the branch as
 * it was read (a branch that moved meanwhile is left alone, and the caller asked to run again).
 */
async function rollbackToHealthy(options) {
    const { git, environment } = options;
    const origin = await git.hasOrigin();
    if (origin)
        await git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
    const recorded = await options.record.read(environment);
    if (!recorded?.state.allowed)
        throw new RollbackError(`nothing was released to ${environment} yet`);
    const config = await configAt(git, recorded.commit);
    const branch = config.environments.find((e) => e.name === environment)?.branch;
    if (!branch)
        throw new RollbackError(`the recorded gitops.yaml has no environment "${environment}"`);
    const local = origin ? `refs/remotes/origin/${branch}` : `refs/heads/${branch}`;
    if (!(await git.resolve(local)))
        throw new RollbackError(`there is no branch ${branch} to commit to`);
    const done = await rollbackCommit({ ...options, branch: local });
    if (options.push === false)
        return { ...done, branch, pushed: false };
    const target = `refs/heads/${branch}`;
    if (origin) {
        if ((await git.push(done.commit, target, done.parent)) === "rejected")
            throw new RollbackError(`origin's ${branch} moved while rolling back; run it again`);
        await git.updateRef(local, done.commit, done.parent);
    }
    else if (!(await git.updateRef(target, done.commit, done.parent))) {
        throw new RollbackError(`${branch} moved while rolling back; run it again`);
    }
    return { ...done, branch, pushed: true };
}

;// CONCATENATED MODULE: ../shared/src/event.ts
// The event that started the workflow, as the runner wrote it to GITHUB_EVENT_PATH, and the
// facts of a push every action reads the same way.



function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    return path ? JSON.parse(readFileSync(path, "utf8")) : {};
}
/** The push that started the run; fails when the event is not one. */
function readPush(event = readEvent()) {
    const after = event.after ?? process.env.GITHUB_SHA;
    if (!after)
        throw new Error("no pushed commit: this runs on push events");
    const pusher = event.sender?.login ?? process.env.GITHUB_ACTOR;
    if (!pusher)
        throw new Error("the event names no pusher");
    const repository = repositoryOf();
    const { owner, repo, serverUrl } = repository;
    const repoUrl = event.repository?.html_url ?? `${serverUrl}/${owner}/${repo}`;
    const runId = process.env.GITHUB_RUN_ID;
    return {
        ...(event.before ? { before: event.before } : {}),
        after,
        branch: (event.ref ?? process.env.GITHUB_REF ?? "").replace(/^refs\/heads\//, ""),
        pusher,
        ...(event.pusher?.email ? { pusherEmail: event.pusher.email } : {}),
        ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
        repository,
        links: {
            commit: `${repoUrl}/commit/${after}`,
            ...(runId ? { run: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
        },
    };
}
/** owner/repo and the server, from the runner's environment. */
function repositoryOf() {
    const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
    return { owner, repo, serverUrl: process.env.GITHUB_SERVER_URL ?? "https://github.com" };
}
function pushTargetInputs() {
    const environment = optionalInput("environment");
    return {
        workdir: workspacePath(),
        ...(environment ? { environment } : {}),
        push: readPush(),
        githubToken: secretInput("github-token"),
        record: recordInput(),
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The rollback action's inputs as one typed settings object.

function readSettings() {
    const to = inputs_optionalInput("to");
    const ticket = inputs_optionalInput("ticket");
    return {
        workdir: inputs_workspacePath(),
        environment: requiredInput("environment"),
        service: requiredInput("service"),
        ...(to ? { to } : {}),
        ...(ticket ? { ticket } : {}),
        record: record_recordInput(),
        githubToken: inputs_secretInput("github-token"),
        repository: repositoryOf(),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Adapter: commits the service's healthy descriptor to the environment's branch and pushes it.





async function main() {
    const settings = readSettings();
    const git = openGit(settings.workdir, {
        env: gitAuthEnv(settings.repository.serverUrl, settings.githubToken),
    });
    const done = await rollbackToHealthy({
        git,
        record: recordStore(git, {
            kind: settings.record,
            mustReachOrigin: true,
            token: settings.githubToken,
            repository: settings.repository,
        }),
        environment: settings.environment,
        service: settings.service,
        ...(settings.to ? { to: settings.to } : {}),
        ...(settings.ticket ? { tickets: [settings.ticket] } : {}),
        identity: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
    });
    setOutput("commit", done.commit);
    setOutput("version", done.to.version);
    info(`${settings.service}: ${done.from ?? "?"} \u2192 ${done.to.version} on ${done.branch} (${done.commit.slice(0, 12)})`);
}
main().catch((error) => setFailed(error instanceof Error ? error.message : String(error)));

