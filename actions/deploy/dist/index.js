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

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

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

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
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
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
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
    command_issueCommand('notice', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../shared/src/log.ts
// What actions print: command output that cannot issue workflow commands, and the release's
// live progress, formatted as the CLI formats it.



// A token no output can guess: between `::stop-commands::TOKEN` and `::TOKEN::` the runner
// treats every line as text, so a deploy or test command cannot issue workflow commands
// (`::add-mask::`, `::error::`, `::set-output::`) through what it prints.
const STOP_TOKEN = `gitops-${(0,external_node_crypto_.randomUUID)()}`;
/** Logs what a command printed, as text only. */
function logCommandOutput(lines) {
    if (lines.length === 0)
        return;
    info(`::stop-commands::${STOP_TOKEN}`);
    for (const line of lines)
        info(line);
    info(`::${STOP_TOKEN}::`);
}
/** A progress listener that logs each event: failed stages as errors, output as text only. */
function progressLogger() {
    const lines = progressFormatter();
    return (event) => {
        const formatted = lines(event);
        logCommandOutput(formatted.filter((l) => l.kind === "output").map((l) => l.text));
        for (const line of formatted.filter((l) => l.kind !== "output")) {
            if (line.failed && line.kind === "stage")
                core.error(line.text.trim());
            else
                core.info(line.text);
        }
    };
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
function isZeroSha(sha) {
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
            const from = isZeroSha(base) ? await getEmptyTree() : checkRef(base);
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ../../packages/text/src/duration.ts
/**
 * A duration as people read it: 250 \u2192 "250ms", 1500 \u2192 "1.5s", 90000 \u2192 "1m 30s",
 * 3_725_000 \u2192 "1h 2m 5s". Not meant to be parsed back (gitops.yaml's "1m30s" form is).
 */
function duration_formatDuration(ms) {
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

;// CONCATENATED MODULE: ../../packages/process/src/env.ts
/**
 * The named variables of `parent` that are set, and nothing else: the start of a minimal
 * environment, so a command does not see the caller's tokens by accident.
 */
function inheritedEnv(names, parent = process.env) {
    const env = {};
    for (const name of names) {
        const value = parent[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
/** Whether `name=value` can be put in a process's environment. */
function isValidEnvEntry(name, value) {
    return (name !== "" &&
        !name.includes("=") &&
        !name.includes("\0") &&
        typeof value === "string" &&
        !value.includes("\0"));
}

;// CONCATENATED MODULE: ../../packages/process/src/tail.ts
/** How much of a command's output a run keeps: the last 64 Ki characters. */
const OUTPUT_TAIL_CHARS = 64 * 1024;
// CSI (colours, cursor moves), OSC (titles, links) and two-character escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
/** The text without terminal escape sequences (colours, cursor moves, window titles, links). */
function stripAnsi(text) {
    return text.replace(ANSI, "");
}
/** The last `maxChars` characters of a stream of text, kept without holding all of it. */
class Tail {
    buf = "";
    maxChars;
    constructor(maxChars = OUTPUT_TAIL_CHARS) {
        this.maxChars = maxChars;
    }
    add(chunk) {
        this.buf += chunk;
        // Twice the size, so an escape sequence cut at the front is rarely what gets stripped.
        if (this.buf.length > 2 * this.maxChars)
            this.buf = this.buf.slice(-this.maxChars);
    }
    /** What was kept, terminal escapes removed, at most `maxChars` characters. */
    value() {
        let s = stripAnsi(this.buf);
        if (s.length > this.maxChars) {
            s = s.slice(-this.maxChars);
            const first = s.charCodeAt(0);
            if (first >= 0xdc00 && first <= 0xdfff)
                s = s.slice(1); // half of a surrogate pair
        }
        return s;
    }
}

;// CONCATENATED MODULE: ../../packages/process/src/run.ts
// Runs one command the safe way: an argv with no shell, in its own process group, stopped (with
// everything it started that stayed in the group) at a timeout, on cancellation, and when it
// exits. Output is streamed as it comes and its tail kept for reports.






/** Options that cannot be run as given: nothing was started. */
class CommandError extends Error {
    code = "E_COMMAND";
    /** The option at fault. */
    field;
    constructor(field, message, options) {
        super(message, options);
        this.name = "CommandError";
        this.field = field;
    }
}
const DEFAULT_KILL_GRACE_MS = 5000;
/** After the command has been told to stop, how long to wait for its pipes beyond the grace. */
const DRAIN_MS = 2000;
/** setTimeout's limit: a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Throws a CommandError when the options cannot be run as given (checks no file system state). */
function validateCommand(options) {
    const { command, timeoutMs } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    if (!Array.isArray(command) || command.length === 0 || command.some((a) => typeof a !== "string")) {
        throw new CommandError("command", "command must be a non-empty list of strings");
    }
    if (command[0] === "")
        throw new CommandError("command", "command: the program name is empty");
    if (command.some((a) => a.includes("\0"))) {
        throw new CommandError("command", "command: an argument contains a NUL character");
    }
    if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new CommandError("timeoutMs", `timeout must be a positive number of ms, not ${timeoutMs}`);
    }
    if (typeof graceMs !== "number" || !Number.isFinite(graceMs) || graceMs < 0) {
        throw new CommandError("killGraceMs", `killGraceMs must be a non-negative number of ms, not ${graceMs}`);
    }
    if (options.env === null || typeof options.env !== "object") {
        throw new CommandError("env", "env must be an object of strings");
    }
    for (const [k, v] of Object.entries(options.env)) {
        if (!isValidEnvEntry(k, v))
            throw new CommandError("env", `env: ${JSON.stringify(k)} is not a valid variable`);
    }
}
/**
 * Runs the command to the end and says how it ended. Never rejects for the command's sake (a
 * program that cannot be started is a run with `spawnError`); rejects with CommandError for
 * options that cannot be run.
 */
async function runCommand(options) {
    validateCommand(options);
    const { cwd, signal } = options;
    try {
        if (!(await (0,promises_namespaceObject.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new CommandError("cwd", `the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const now = options.now ?? (() => performance.now());
    const notStarted = { exitCode: null, signal: null, timedOut: false, durationMs: 0, outputTail: "" };
    if (signal?.aborted)
        return { ...notStarted, cancelled: true };
    const tail = new Tail();
    const { onOutput } = options;
    const started = now();
    const run = await execute(options, (chunk, stream) => {
        tail.add(chunk);
        if (onOutput) {
            try {
                onOutput(chunk, stream);
            }
            catch {
                // A listener that throws must not stop the run or lose the output.
            }
        }
    });
    return { ...run, durationMs: Math.max(0, Math.round(now() - started)), outputTail: tail.value() };
}
/**
 * One line for people: "exited 0", "exited 3", "killed by SIGKILL", "timed out after 10m",
 * "cancelled", "cancelled before it started", "command not found: x", "command not executable: x".
 */
function describeRun(command, timeoutMs, run) {
    const program = command[0] ?? "";
    if (run.spawnError !== undefined) {
        const code = run.spawnError.code;
        if (code === "ENOENT")
            return `command not found: ${program}`;
        if (code === "EACCES")
            return `command not executable: ${program}`;
        return `could not start ${program}: ${run.spawnError.message}`;
    }
    if (run.cancelled)
        return run.pid === undefined ? "cancelled before it started" : "cancelled";
    if (run.timedOut)
        return `timed out after ${duration_formatDuration(timeoutMs)}`;
    return run.signal !== null ? `killed by ${run.signal}` : `exited ${run.exitCode}`;
}
function execute(options, emit) {
    const { command, cwd, env, timeoutMs, signal: abort } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return new Promise((resolve) => {
        const run = { exitCode: null, signal: null, timedOut: false, cancelled: false };
        const timers = [];
        let stopping = false;
        let done = false;
        let killTimer;
        let exited = false;
        // detached: the command leads a new process group (setsid), so one signal to -pid reaches
        // everything it started that did not leave the group itself.
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(command[0], command.slice(1), {
                cwd,
                env,
                shell: false,
                detached: true,
                stdio: ["ignore", "pipe", "pipe"],
                windowsHide: true,
            });
        }
        catch (e) {
            // libuv errors other than the usual ENOENT/EACCES (E2BIG, \u2026) are thrown, not emitted.
            run.spawnError = e;
            resolve(run);
            return;
        }
        if (child.pid !== undefined)
            run.pid = child.pid;
        const killGroup = (sig) => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            try {
                process.kill(-pid, sig);
            }
            catch (e) {
                if (e.code !== "ESRCH") {
                    try {
                        child.kill(sig);
                    }
                    catch {
                        // nothing more to do
                    }
                }
            }
        };
        const groupAlive = () => {
            if (child.pid === undefined)
                return false;
            try {
                process.kill(-child.pid, 0);
                return true;
            }
            catch (e) {
                return e.code === "EPERM";
            }
        };
        const finish = () => {
            if (done)
                return;
            done = true;
            for (const t of timers)
                clearTimeout(t);
            abort?.removeEventListener("abort", onAbort);
            // Members of the group that got SIGTERM but no longer hold the pipes still get their
            // grace period, then SIGKILL, without holding up the result (the timer is unref'd).
            if (killTimer !== undefined && groupAlive())
                killTimer.unref();
            else if (killTimer !== undefined)
                clearTimeout(killTimer);
            resolve(run);
        };
        /** SIGTERM to the group now, SIGKILL after the grace, and stop waiting for the pipes after that. */
        const stop = () => {
            if (stopping)
                return;
            stopping = true;
            killGroup("SIGTERM");
            killTimer = setTimeout(() => killGroup("SIGKILL"), graceMs);
            timers.push(setTimeout(() => {
                // Something outside the group (it called setsid) still holds the pipes.
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, graceMs + DRAIN_MS));
        };
        const onAbort = () => {
            // After the command exited, its leftovers are already being stopped: nothing to cancel.
            if (done || exited)
                return;
            run.cancelled = true;
            stop();
        };
        for (const stream of ["stdout", "stderr"]) {
            const decoder = new external_node_string_decoder_namespaceObject.StringDecoder("utf8");
            const pipe = child[stream];
            pipe?.on("data", (buf) => {
                const text = decoder.write(buf);
                if (text)
                    emit(text, stream);
            });
            pipe?.on("end", () => {
                const text = decoder.end();
                if (text)
                    emit(text, stream);
            });
            pipe?.on("error", () => {
                // a destroyed pipe; the run ends through finish()
            });
        }
        child.on("error", (e) => {
            if (child.pid === undefined) {
                run.spawnError = e;
                finish();
            }
        });
        child.on("exit", (code, sig) => {
            exited = true;
            run.exitCode = code;
            run.signal = sig;
            // The command is done: anything it left running in its group goes too (a server it
            // started, a browser), or it would hold the pipes open and outlive the job.
            stop();
        });
        child.on("close", finish);
        timers.push(setTimeout(() => {
            if (done || stopping)
                return;
            run.timedOut = true;
            stop();
        }, Math.min(timeoutMs, MAX_TIMER_MS)));
        if (abort !== undefined)
            abort.addEventListener("abort", onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ../../packages/deploy/src/driver.ts
/**
 * A driver that cannot be built from its config, or a request it cannot run at all (its workdir
 * is missing): nothing was deployed. A deploy that ran and failed is a DeployResult instead.
 */
class DeployError extends Error {
    code = "E_DEPLOY";
    constructor(message, options) {
        super(message, options);
        this.name = "DeployError";
    }
}

;// CONCATENATED MODULE: ../../packages/deploy/src/command.ts
// The command driver: the environment's own deploy script does the work (kubectl, helm, ssh,
// docker compose, \u2026); the driver hands it the descriptor and judges it by its exit code.





/**
 * Variables of the parent environment a deploy command never sees: GitHub Actions passes each
 * action input as INPUT_<NAME> (webhook URLs, JIRA tokens), and these give access to the
 * runner's cache, artifacts and OIDC tokens. Compared without regard to case.
 */
const WITHHELD_ENV = [
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_RUNTIME_URL",
];
const WITHHELD_ENV_PREFIX = "INPUT_";
/** Set by the driver for each deploy: a value of the same name from the parent never reaches the command. */
const DEPLOY_ENV = [
    "GITOPS_SERVICE",
    "GITOPS_VERSION",
    "GITOPS_ENVIRONMENT",
    "GITOPS_DESCRIPTOR",
    "GITOPS_IMAGE",
    "GITOPS_DEPLOY_REASON",
];
/**
 * Runs `config.command` (an argv, no shell) in the deploy repo checkout to deploy one service.
 *
 * The command's environment: the parent's, less INPUT_* and WITHHELD_ENV; then `config.env`;
 * then GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT, GITOPS_DEPLOY_REASON (deploy or
 * rollback), GITOPS_IMAGE (when the descriptor names one) and GITOPS_DESCRIPTOR: the path of a
 * private (0600) JSON file holding the whole descriptor, removed when the command ends.
 * Descriptor values reach the command only there, never in its arguments.
 *
 * The command leads its own process group. When it exits, whatever it left running in that
 * group is stopped (SIGTERM, then SIGKILL after the grace), as at a timeout or cancellation: a
 * deploy leaves no strays. A script that means to leave something running (a service it
 * starts) must start it in a session of its own (`setsid cmd >log 2>&1 </dev/null &`, or
 * node's spawn with `detached: true`), make sure it got there before exiting (a detached spawn
 * returns only then; after `setsid \u2026 &`, wait until the service answers), and keep its output
 * away from ours (or the run waits for the pipes until the kill grace plus 2 s has passed).
 */
function commandDriver(config, options = {}) {
    if (config.type !== "command") {
        throw new DeployError(`the command driver cannot run a driver of type ${JSON.stringify(config.type)}`);
    }
    const reserved = Object.keys(config.env ?? {}).filter((k) => isReserved(k));
    if (reserved.length > 0) {
        throw new DeployError(`driver.env: ${reserved.join(", ")} ${reserved.length === 1 ? "is" : "are"} set by the driver`);
    }
    try {
        validateCommand({
            command: config.command,
            env: config.env,
            timeoutMs: config.timeoutMs,
            ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
        });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw new DeployError(`driver.${e.message}`, { cause: e });
        throw e;
    }
    const command = [...config.command];
    const configEnv = { ...config.env };
    return {
        type: "command",
        async deploy(request) {
            if (request.signal?.aborted) {
                return { ok: false, reason: "cancelled before it started", durationMs: 0, outputTail: "" };
            }
            const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(options.tmpdir ?? (0,external_node_os_namespaceObject.tmpdir)(), "gitops-deploy-"));
            try {
                const descriptorFile = (0,external_node_path_namespaceObject.join)(dir, "descriptor.json");
                // mkdtemp's directory is 0700; the file is 0600 too in case the directory is shared.
                await (0,promises_namespaceObject.writeFile)(descriptorFile, `${JSON.stringify(request.descriptor, null, 2)}\n`, {
                    mode: 0o600,
                    flag: "wx",
                });
                const env = commandEnv(options.parentEnv ?? process.env, configEnv, request, descriptorFile);
                const run = await runCommand({
                    command,
                    cwd: request.workdir,
                    env,
                    timeoutMs: config.timeoutMs,
                    ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
                    ...(request.signal === undefined ? {} : { signal: request.signal }),
                    ...(request.onOutput === undefined ? {} : { onOutput: request.onOutput }),
                }).catch((e) => {
                    // A missing workdir, or a descriptor value that cannot be put in an environment.
                    if (e instanceof CommandError)
                        throw new DeployError(e.message, { cause: e });
                    throw e;
                });
                const ok = run.spawnError === undefined &&
                    !run.timedOut &&
                    !run.cancelled &&
                    run.exitCode === 0 &&
                    run.signal === null;
                return {
                    ok,
                    reason: describeRun(command, config.timeoutMs, run),
                    durationMs: run.durationMs,
                    outputTail: run.outputTail,
                };
            }
            finally {
                // Best effort: the descriptor holds no secrets, and a failed clean-up must not turn a
                // deploy's result into an error.
                await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }).catch(() => { });
            }
        },
    };
}
function isReserved(name) {
    return DEPLOY_ENV.includes(name);
}
function isWithheld(name) {
    const upper = name.toUpperCase();
    return upper.startsWith(WITHHELD_ENV_PREFIX) || WITHHELD_ENV.includes(upper);
}
function commandEnv(parent, configEnv, request, descriptorFile) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isWithheld(name) || isReserved(name) || !isValidEnvEntry(name, value))
            continue;
        env[name] = value;
    }
    Object.assign(env, configEnv);
    const { descriptor } = request;
    env.GITOPS_SERVICE = descriptor.service;
    env.GITOPS_VERSION = descriptor.version;
    env.GITOPS_ENVIRONMENT = request.environment;
    env.GITOPS_DESCRIPTOR = descriptorFile;
    if (descriptor.image !== undefined)
        env.GITOPS_IMAGE = descriptor.image;
    env.GITOPS_DEPLOY_REASON = request.reason;
    return env;
}

;// CONCATENATED MODULE: ../../packages/deploy/src/registry.ts


/** The driver `config.type` names, built from `config`; throws DeployError for a type it does not know. */
function createDriver(config, options = {}) {
    switch (config.type) {
        case "command":
            return commandDriver(config, options);
        default: {
            // Unreachable for a config the model validated; a config built in code may still get here.
            const type = config.type;
            throw new DeployError(`unknown deploy driver ${JSON.stringify(type)}; known: command`);
        }
    }
}

;// CONCATENATED MODULE: ../../packages/git/src/tree-reader.ts
// The deploy repo as one commit holds it, in the shape `@gitops/model`'s loadRepo reads.


/** Files at one commit: `loadRepo(treeReader(git, sha))` loads the deploy repo as it was then. */
function treeReader(git, ref) {
    // Pin the ref once so a branch that moves while loading cannot mix two commits.
    let pinned;
    const commit = () => {
        pinned ??= git.resolve(ref).then((sha) => {
            if (sha === undefined) {
                throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
            }
            return sha;
        });
        return pinned;
    };
    const listed = new Map();
    const read = new Map();
    // Reads asked for in the same turn (loadRepo reads every descriptor with one Promise.all) are
    // sent to git together: one `cat-file --batch` process per batch, not one per file.
    let queue = [];
    const flush = async () => {
        const batch = queue;
        queue = [];
        try {
            const files = await git.readFiles(await commit(), [...new Set(batch.map((q) => q.path))]);
            for (const q of batch)
                q.resolve(files.get(q.path));
        }
        catch (error) {
            for (const q of batch)
                q.reject(error);
        }
    };
    return {
        list(dir) {
            const key = normaliseDir(dir);
            let names = listed.get(key);
            if (!names) {
                names = commit().then((sha) => git.listFiles(sha, key));
                listed.set(key, names);
            }
            return names.then((n) => [...n]);
        },
        read(path) {
            const key = path.replace(/^(\.\/)+/, "");
            let bytes = read.get(key);
            if (!bytes) {
                bytes = new Promise((resolve, reject) => {
                    if (queue.length === 0)
                        queueMicrotask(() => void flush());
                    queue.push({ path: key, resolve, reject });
                });
                read.set(key, bytes);
            }
            return bytes;
        },
    };
}

// EXTERNAL MODULE: ../../packages/model/src/diagnostics.ts
var diagnostics = __nccwpck_require__(2295);
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
            return { code, severity: "error", file, start, end, field: (0,diagnostics/* formatFieldPath */.vZ)(path), message };
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
function descriptor_forEnvironment(descriptor, environment) {
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
                const entries = await readdir(join(root, dir), { withFileTypes: true });
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
                return await readFile(join(root, path));
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
async function repo_loadRepo(reader) {
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
        return { code, severity: "error", file: d.file, ...at, field: (0,diagnostics/* formatFieldPath */.vZ)(path), message };
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/service-release.ts



async function releaseService(ctx, planned) {
    const release = {
        service: planned.service,
        change: planned.change === "unchanged-here" ? "changed" : planned.change,
        file: planned.file,
        ...(planned.oldFile ? { oldFile: planned.oldFile } : {}),
        version: planned.version,
        outcome: "deployed",
        stages: [],
        deliveries: [],
    };
    const descriptor = planned.change === "removed" ? undefined : ctx.pushed.get(planned.file);
    if (planned.change === "unchanged-here") {
        return { ...release, outcome: "not-deployed", note: `nothing ${ctx.environment.name} runs changed` };
    }
    if (planned.change === "removed" || !descriptor) {
        return {
            ...release,
            outcome: "not-deployed",
            note: "removed from the branch: gitops does not tear services down; remove it with your platform's tools",
        };
    }
    if (descriptor.image)
        release.image = descriptor.image;
    ctx.progress({ type: "service", service: release.service, ...planned.version });
    if (ctx.dryRun) {
        const stages = ctx.environment.stages.map((stage) => ({ stage, outcome: "skipped", durationMs: 0, reason: "dry run" }));
        return { ...release, outcome: "planned", stages };
    }
    // What last ran healthy here, as the record says (a renamed file's old self): what to restore.
    const previous = ctx.deployed.get(planned.oldFile ?? planned.file);
    const nothingToRestore = `nothing to restore: no version of ${release.service} ran healthy in ${ctx.environment.name} before`;
    const tell = async (event, extra = {}) => {
        const notice = buildNotice(ctx.notice, descriptor, event, {
            version: release.version,
            stages: release.stages,
            ...extra,
        });
        const deliveries = await deliverAll(ctx.notifiers, notice, {
            ...(ctx.signal ? { signal: ctx.signal } : {}),
            onDelivery: (delivery) => ctx.progress({ type: "delivery", service: release.service, event, delivery }),
        });
        release.deliveries.push(...deliveries.map((d) => ({ ...d, event })));
    };
    await tell("started");
    const failure = await runStages(ctx, descriptor, ctx.environment.stages, "deploy", release.stages);
    if (!failure) {
        await tell("succeeded");
        return finishService(ctx, release);
    }
    release.failure = failure;
    // Every channel hears in the same breath when there is no healthy version to go back to.
    await tell("failed", {
        failure: previous || ctx.signal?.aborted
            ? failure
            : { ...failure, reason: `${failure.reason}; ${nothingToRestore}` },
    });
    if (ctx.signal?.aborted) {
        release.outcome = "failed";
        release.note = "the release was cancelled: nothing was rolled back, so check what runs";
        return finishService(ctx, release);
    }
    if (!previous) {
        release.outcome = "failed";
        release.note = nothingToRestore;
        return finishService(ctx, release);
    }
    const rollbackStages = [];
    const rollbackFailure = await runStages(ctx, previous, ROLLBACK_STAGES, "rollback", rollbackStages);
    release.rollback = {
        version: previous.version,
        ok: !rollbackFailure,
        reason: rollbackFailure
            ? `the restored ${previous.version} failed at ${rollbackFailure.stage}: ${rollbackFailure.reason}`
            : `${previous.version} restored and healthy`,
        stages: rollbackStages,
    };
    release.outcome = rollbackFailure ? "failed" : "rolled-back";
    await tell("rolled-back", {
        failure,
        rollback: { version: previous.version, ok: release.rollback.ok, reason: release.rollback.reason },
    });
    return finishService(ctx, release);
}
function finishService(ctx, release) {
    ctx.progress({ type: "done", service: release.service, outcome: release.outcome });
    return release;
}
/** Runs stages in order into `reports`; returns the first failure, or undefined when all passed. */
async function runStages(ctx, descriptor, names, reason, reports) {
    const service = descriptor.service;
    const rollback = reason === "rollback";
    for (const name of names) {
        ctx.progress({ type: "stage-start", service, stage: name, rollback });
        const started = performance.now();
        let outcome;
        let why;
        let log;
        try {
            const stage = ctx.stages[name];
            if (!stage)
                throw new Error(`no stage is registered as "${name}"`);
            const result = await stage({
                descriptor,
                environment: ctx.environment,
                workdir: ctx.workdir,
                driver: ctx.driver,
                reason,
                onOutput: (chunk, stream) => ctx.progress({ type: "output", service, stage: name, chunk, stream }),
                ...(ctx.signal ? { signal: ctx.signal } : {}),
            });
            ({ outcome, reason: why, log } = result);
        }
        catch (error) {
            // A stage that cannot run (a broken regression glob, a driver that cannot start) has failed.
            outcome = "failed";
            why = error instanceof Error ? error.message : String(error);
        }
        const durationMs = Math.round(performance.now() - started);
        reports.push({ stage: name, outcome, durationMs, reason: why });
        ctx.progress({ type: "stage-end", service, stage: name, rollback, outcome, reason: why, durationMs });
        if (outcome === "failed")
            return { stage: name, reason: why, ...(log ? { log } : {}) };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ../../packages/text/src/line.ts
// Untrusted text (commit messages, branch names, descriptor values, JIRA text, command output)
// on one line: it can neither start a new log line (where the runner reads `::` workflow
// commands) nor reorder what a reader sees.
// Every line-break form (\n, \r, \v, \f, NEL, LINE/PARAGRAPH SEPARATOR), the other control
// characters, and the Unicode bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/** `text` on one line: unsafe characters become spaces, runs of white space one space, trimmed. */
function line_clean(text) {
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
    return truncate(line_clean(text), max);
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
        const socket = external_node_net_.connect({ host: target.host, port: target.port });
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
            req = (url.protocol === "https:" ? external_node_https_namespaceObject : external_node_http_).request(url, options, (res) => {
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
    (0,external_node_events_.setMaxListeners)(0, run.signal);
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

;// CONCATENATED MODULE: ../../packages/checks/src/render.ts
// Check reports for people: terminal lines and Markdown tables for the job summary.

// Cells quote what services and test suites said: markdownCell keeps their HTML and line breaks out.
const ms = (n) => (n === undefined ? "\u2014" : duration_formatDuration(n));
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
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${markdownCell(e.name)} | \`${markdownCell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${markdownCell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
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

;// CONCATENATED MODULE: ../../packages/checks/src/smoke.ts
// Smoke checks: each of the descriptor's requests once, in order, against the deployed service.


async function runSmoke(checks, service, options) {
    const results = [];
    for (const check of checks) {
        if (options.signal?.aborted) {
            results.push({ name: check.name, ok: false, reason: "not run: cancelled", latencyMs: 0 });
            continue;
        }
        const probeOptions = { timeoutMs: check.timeoutMs ?? options.timeoutMs };
        if (options.signal)
            probeOptions.signal = options.signal;
        if (options.now)
            probeOptions.now = options.now;
        const result = await probe(smokeTarget(check, service), probeOptions);
        const entry = {
            name: check.name,
            ok: result.ok,
            reason: result.ok ? statusLine(result.status) : (result.error?.message ?? "failed"),
            latencyMs: result.latencyMs,
        };
        if (result.status !== undefined)
            entry.status = result.status;
        results.push(entry);
    }
    return { ok: results.every((r) => r.ok), checks: results };
}
function statusLine(status) {
    if (status === undefined)
        return "ok";
    const text = external_node_http_.STATUS_CODES[status];
    return text ? `${status} ${text}` : `${status}`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/glob.ts
// Report files for a pattern such as `reports/**/*.xml`, relative to one directory and unable to
// leave it. `*` matches within a name, `?` one character, `**` any number of directories.
// Wildcards do not match names starting with "." unless the pattern's segment does; `**` does not
// descend into dot-directories, nor into node_modules unless the pattern names it; symbolic links
// are neither followed nor matched, so a link cannot lead outside the directory.
//
// The walk and the matching are tinyglobby's (fdir and picomatch), loaded on the first search:
// only the regression runner looks for files.



class GlobError extends Error {
    pattern;
    code = "E_GLOB";
    constructor(message, pattern) {
        super(message);
        this.pattern = pattern;
        this.name = "GlobError";
    }
}
/**
 * picomatch turns `*` into a backtracking regular expression: matching a name against a segment
 * with n stars can take time to the power of n. Three keep the worst case to milliseconds.
 */
const MAX_STARS = 3;
/**
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[\u2026]`, `{\u2026}`, backslashes, more than three `*` in a
 * name).
 */
function parseGlob(pattern) {
    const bad = (why) => {
        throw new GlobError(`invalid report pattern ${JSON.stringify(pattern)}: ${why}`, pattern);
    };
    if (typeof pattern !== "string" || pattern.trim() === "")
        bad("it is empty");
    if (pattern.includes("\0"))
        bad("it contains a NUL character");
    if (pattern.includes("\\"))
        bad('use "/" to separate directories');
    if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern)) {
        bad("it must be relative to the repository, not absolute");
    }
    if (/[[\]{}]/.test(pattern))
        bad("only *, ** and ? are supported");
    const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
    if (segments.includes(".."))
        bad('".." would leave the repository');
    if (segments.length === 0)
        bad("it names no file");
    if (segments.some((s) => s !== "**" && (s.match(/\*+/g)?.length ?? 0) > MAX_STARS)) {
        bad(`at most ${MAX_STARS} * in one name`);
    }
    return segments;
}
function hasWildcard(segment) {
    return segment.includes("*") || segment.includes("?");
}
/** Regular files under `root` that match `pattern` (see parseGlob). */
async function findFiles(root, pattern, options = {}) {
    const segments = parseGlob(pattern);
    const { escapePath, glob } = await __nccwpck_require__.e(/* import() */ 172).then(__nccwpck_require__.bind(__nccwpck_require__, 8172));
    const entries = entryCounter(options.maxEntries ?? 100_000);
    const found = await glob(segments.map((s) => globSegment(s, escapePath)).join("/"), {
        cwd: root,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false, // `reports` names a file, not everything under a directory
        braceExpansion: false,
        extglob: false,
        ignore: segments.includes("**") && !segments.includes("node_modules") ? ["**/node_modules/**"] : [],
        fs: { readdir: entries.readdir },
    });
    return { files: (await realFiles(root, found)).sort(), truncated: entries.truncated() };
}
/**
 * A segment as picomatch reads it: only `*` and `?` are wildcards (`**` only as a whole segment);
 * what else picomatch takes for syntax (`(`, `!`, `+`, `@`, `|`) is a literal character.
 */
function globSegment(segment, escapePath) {
    if (segment === "**")
        return segment;
    return segment
        .split(/([*?]+)/)
        .map((part, i) => (i % 2 === 1 ? part.replace(/\*+/g, "*") : escapePath(part)))
        .join("");
}
/** A readdir for the walk that counts the entries it reads and, past `max`, reads nothing more. */
function entryCounter(max) {
    let seen = 0;
    const readdirCounting = (path, options, callback) => {
        if (seen > max)
            return callback(null, []);
        (0,external_node_fs_namespaceObject.readdir)(path, options, (error, entries = []) => {
            seen += entries.length;
            callback(error, entries);
        });
    };
    return {
        // fdir calls only this one of readdir's many overloads.
        readdir: readdirCounting,
        truncated: () => seen > max,
    };
}
/**
 * The regular files among `files` reached through real directories. tinyglobby starts its walk at
 * the pattern's literal directories (`reports/` of `reports/*.xml`), which may be links.
 */
async function realFiles(root, files) {
    const dirs = new Map();
    const is = (rel, kind) => (0,promises_namespaceObject.lstat)((0,external_node_path_namespaceObject.join)(root, rel)).then((st) => (kind === "file" ? st.isFile() : st.isDirectory()), () => false);
    const realDir = (rel) => {
        let known = dirs.get(rel);
        if (known === undefined) {
            known = is(rel, "directory");
            dirs.set(rel, known);
        }
        return known;
    };
    const real = async (file) => {
        const parts = file.split("/");
        for (let i = 1; i < parts.length; i++)
            if (!(await realDir(parts.slice(0, i).join("/"))))
                return false;
        return is(file, "file");
    };
    const kept = await Promise.all(files.map(async (f) => ((await real(f)) ? f : undefined)));
    return kept.filter((f) => f !== undefined);
}

;// CONCATENATED MODULE: ../../packages/checks/src/references.ts
// The `&`s of a report made safe for a strict XML parser, keeping what they meant before.
//
// Reports are data, and some tools do not escape their `&`s. Saxes reads a bare `&` as the start
// of an entity reference up to the next `;`, markup included, so such a report would lose tags.
// Before parsing, an `&` that does not start one of the five predefined entities or a character
// reference is written `&amp;` (so `AT&T` and `&nbsp;` read as written), and a character reference
// XML forbids (or spells `&#x\u2026;` with a capital X) becomes its character (U+FFFD for NUL,
// surrogates and numbers past U+10FFFF), as the reader before saxes read them. Comments,
// CDATA sections and processing instructions are left as they are: an `&` there is just text.
const TOKEN = /<!--|<!\[CDATA\[|<\?|&(?:(?:lt|gt|amp|quot|apos);|#(\d{1,7});|#([xX])([0-9a-fA-F]{1,6});)?/g;
const SECTION_END = { "<!--": "-->", "<![CDATA[": "]]>", "<?": "?>" };
/** The fix-ups of `xml`, in order. A generator, so a hostile report does not fill memory with them. */
function* fixups(xml) {
    const token = new RegExp(TOKEN); // its own lastIndex: two scans of one text may interleave
    for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
        const [found, decimal, x, hex] = m;
        const end = SECTION_END[found];
        if (end !== undefined) {
            const close = xml.indexOf(end, m.index + found.length);
            if (close === -1)
                return; // unclosed: the parser says so
            token.lastIndex = close + end.length;
        }
        else if (found === "&") {
            yield { at: m.index, end: m.index + 1, text: "&amp;" };
        }
        else if (decimal !== undefined || hex !== undefined) {
            const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
            if (isXmlChar(code) && x !== "X")
                continue;
            const text = isXmlChar(code) ? `&#${code};` : isCodePoint(code) ? String.fromCodePoint(code) : "\uFFFD";
            yield { at: m.index, end: m.index + found.length, text };
        }
    }
}
/**
 * `xml` with its fix-ups, in pieces of about 64 Ki characters for a streaming parser. `onFixup`
 * hears where each one is.
 */
function* fixedPieces(xml, onFixup) {
    let from = 0;
    let piece = "";
    for (const f of fixups(xml)) {
        onFixup?.(f.at);
        piece += xml.slice(from, f.at) + f.text;
        from = f.end;
        if (piece.length >= 1 << 16) {
            yield piece;
            piece = "";
        }
    }
    yield piece + xml.slice(from);
}
/** Where an offset in the fixed text is in `xml` (the start of a fix-up, for an offset inside one). */
function originalOffset(xml, offset) {
    let shift = 0;
    for (const f of fixups(xml)) {
        const at = f.at + shift;
        if (offset < at)
            break;
        if (offset < at + f.text.length)
            return f.at;
        shift += f.text.length - (f.end - f.at);
    }
    return offset - shift;
}
/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isCodePoint(code) {
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

;// CONCATENATED MODULE: ../../packages/checks/src/xml.ts
// The XML of test reports, read with saxes (a streaming, non-validating parser, loaded on the
// first report so the other checks never load it) as a stream of tags and text.
//
// No DTD: a DOCTYPE is refused, so no entity is ever declared, expanded or fetched (no XXE, no
// billion laughs); the only entities are XML's five and character references. Saxes does not
// recurse and keeps no more than the open tags and the current text. What test tools get wrong
// and is still readable is read (bare `&`s, control characters, text around the root, several
// roots, repeated attributes); the rest is an XmlError that says what and where.

/**
 * What is wrong with the XML, and where (1-based; columns in UTF-16 units). Handlers throw one
 * without a position to refuse what they read: it gets the position of the tag being read.
 */
class XmlError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = "XmlError";
    }
}
// Saxes' complaints about what the reader accepts anyway.
const TOLERATED_MESSAGES = new Set([
    "disallowed character.", // raw control characters; a `<` in an attribute value (dropped)
    "text data outside of root node.",
    "documents may contain only one root.", // concatenated reports
    "no whitespace between attributes.",
    'the string "]]>" is disallowed in char data.',
    "malformed comment.", // `--` inside a comment
]);
const TOLERATED_PATTERNS = [
    /^duplicate attribute: /,
    // The XML declaration and processing instructions do not matter to a report.
    /XML declaration|processing instruction|version number|encoding value|standalone value/,
    /^(whitespace required|value required|value must be quoted|did not expect any more name\/value pairs)\.$/,
    /^expected (the name|one of) /,
    /^The character \? is disallowed/,
];
const tolerated = (message) => TOLERATED_MESSAGES.has(message) || TOLERATED_PATTERNS.some((p) => p.test(message));
/**
 * Each bare `&` repaired and each complaint of saxes' let pass costs time (saxes makes an Error
 * for each); a report can have this many, which bounds the time a hostile one takes.
 */
const MAX_COMPLAINTS = 1_000_000;
// Saxes takes a lone surrogate for half of a pair and may swallow the character after it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Reads `report` into `handlers`; throws an XmlError for what is not XML (or not readable as it). */
async function readXml(report, handlers) {
    const { SaxesParser } = await __nccwpck_require__.e(/* import() */ 628).then(__nccwpck_require__.bind(__nccwpck_require__, 628));
    // U+FFFD, as a decoder makes of them; offsets stay the same.
    const xml = report.replace(LONE_SURROGATE, "\uFFFD");
    const parser = new SaxesParser({ position: true });
    // Offsets in the text saxes reads (see references.ts), turned into the report's own on a failure.
    let markupEnd = 0; // after the last whole tag, comment, CDATA section or processing instruction
    let beforeComment = 0; // markupEnd before the last `--`, which ends the comment only if `>` follows
    let afterComment = false; // whether the last markup event was a comment's `--`
    let attributesEnd = 0; // after the name or the last attribute of the start tag being read
    let startTag; // the start tag being read (its `>` not seen yet)
    let attributes = [];
    let closed = ""; // the element the last end tag closed
    let ending = false;
    const atEnd = [];
    let complaints = 0; // saxes' and references.ts' repairs
    const at = (offset) => originalOffset(xml, offset);
    /** Where the markup being read starts: the first `<` after the last whole markup (-1: none). */
    const markupStart = () => xml.indexOf("<", at(markupEnd));
    const fail = (reason, offset) => {
        throw new XmlError(reason, ...lineColumn(xml, Math.max(0, offset)));
    };
    parser.on("doctype", () => fail("refusing a DOCTYPE declaration", markupStart()));
    parser.on("opentagstart", (tag) => {
        startTag = tag.name;
        attributes = [];
        attributesEnd = parser.position;
    });
    parser.on("attribute", (a) => {
        attributes.push([a.name, a.value]);
        attributesEnd = parser.position;
    });
    const ended = (comment = false) => {
        if (comment)
            beforeComment = markupEnd;
        afterComment = comment;
        markupEnd = parser.position;
    };
    parser.on("opentag", (tag) => {
        startTag = undefined;
        handlers.open(tag.name, attributes);
        ended();
    });
    parser.on("closetag", (tag) => {
        closed = tag.name;
        handlers.close();
        ended();
    });
    parser.on("text", (text) => handlers.text(text));
    parser.on("cdata", (text) => {
        handlers.text(text);
        ended();
    });
    parser.on("comment", () => ended(true));
    parser.on("processinginstruction", () => ended());
    parser.on("xmldecl", () => ended());
    const complain = (where) => {
        if (++complaints > MAX_COMPLAINTS)
            fail(`more than ${MAX_COMPLAINTS} XML errors: not read`, where());
    };
    parser.on("error", (error) => {
        const message = error.message.replace(/^\d+:\d+: /, ""); // saxes' position: ours is below
        if (ending) {
            atEnd.push(message);
            return;
        }
        if (!tolerated(message)) {
            const { reason, offset } = refusal(message, xml, at(parser.position), markupStart, startTag, closed);
            fail(reason, offset);
        }
        if (message === "malformed comment.")
            markupEnd = beforeComment; // a `--` inside: the comment goes on
        complain(() => at(parser.position));
    });
    try {
        for (const piece of fixedPieces(xml, (offset) => complain(() => offset)))
            parser.write(piece);
        ending = true;
        parser.close();
    }
    catch (e) {
        if (e instanceof XmlError && e.line === undefined)
            fail(e.reason, markupStart());
        throw e;
    }
    // At the end saxes names each open element, innermost first, then says whether it was inside
    // other markup; a missing root is the caller's to judge.
    if (atEnd.includes("unexpected end.")) {
        if (afterComment && xml[at(markupEnd)] !== ">")
            markupEnd = beforeComment; // no `>` after the `--`
        const from = markupStart();
        if (from === -1)
            fail("unexpected end of the report", xml.length);
        const attributesFrom = at(attributesEnd);
        fail(unfinished(xml.slice(from, from + 9), startTag, xml.slice(attributesFrom, attributesFrom + 1024)), from);
    }
    const unclosed = atEnd.find((m) => m.startsWith("unclosed tag: "));
    if (unclosed !== undefined) {
        fail(`unexpected end of the report: <${unclosed.slice("unclosed tag: ".length)}> is not closed`, xml.length);
    }
}
/** Why a document saxes refused is refused, in our words, and where. */
function refusal(message, xml, 
/** After the character saxes complained at. */
next, markupStart, startTag, closed) {
    const here = Math.max(0, next - 1);
    const tag = `<${startTag ?? "?"}>`;
    if (message.startsWith("disallowed character in tag name")) {
        return { reason: "a tag has no valid name", offset: markupStart() };
    }
    if (message === "incorrect syntax." || message === "inappropriately located doctype declaration.") {
        const start = markupStart();
        const word = xml.slice(start + 2, start + 9).toUpperCase();
        const reason = word.startsWith("DOCTYPE")
            ? "refusing a DOCTYPE declaration"
            : word.startsWith("ENTITY")
                ? "refusing an ENTITY declaration"
                : "unexpected markup declaration";
        return { reason, offset: start };
    }
    if (message === "unexpected close tag." || message.startsWith("unmatched closing tag: ")) {
        const start = Math.max(0, xml.lastIndexOf("</", here));
        const name = xml.slice(start + 2, Math.max(start + 2, xml.indexOf(">", start))).trim();
        const reason = message === "unexpected close tag."
            ? `</${name}> does not close <${closed}>`
            : `</${name}> closes nothing`;
        return { reason, offset: start };
    }
    if (message === "weird empty close tag." || message === "disallowed character in closing tag.") {
        return { reason: "an end tag has no valid name", offset: xml.lastIndexOf("</", here) };
    }
    if (message === "attribute without value." || message === "disallowed character in attribute name.") {
        const c = xml[here];
        if (message === "attribute without value." || c === "/" || c === ">") {
            return { reason: `${attribute(nameBefore(xml, here))} of ${tag} has no value`, offset: here };
        }
        return { reason: `unexpected character in ${tag}`, offset: here };
    }
    if (message === "unquoted attribute value.") {
        return { reason: `${attribute(nameBefore(xml, here))} of ${tag} is not quoted`, offset: here };
    }
    if (message === "forward-slash in opening tag not followed by >.") {
        return { reason: `unexpected "/" in ${tag}`, offset: here };
    }
    if (/entity/.test(message)) {
        // references.ts leaves saxes only well-formed references, outside what it took for comments,
        // CDATA or processing instructions in a document this broken
        return { reason: "a malformed entity or character reference", offset: here };
    }
    return { reason: `not well-formed XML: ${message.replace(/\.$/, "")}`, offset: here };
}
/** What the report ended in the middle of, from the start of the unfinished markup (`head`). */
function unfinished(head, startTag, afterAttributes) {
    if (head.startsWith("<!--"))
        return "unexpected end of the report: a comment is not closed";
    if (head.startsWith("<![CDATA["))
        return "unexpected end of the report: a CDATA section is not closed";
    if (/^<!doctype/i.test(head))
        return "refusing a DOCTYPE declaration";
    if (head.startsWith("<!"))
        return "unexpected end of the report in a declaration";
    if (head.startsWith("<?"))
        return "unexpected end of the report: a processing instruction is not closed";
    if (head.startsWith("</"))
        return "unexpected end of the report: an end tag is not closed";
    if (startTag === undefined)
        return "unexpected end of the report inside a tag name";
    const open = /^\s*([^\s=/>]+)\s*=\s*["']/.exec(afterAttributes)?.[1];
    return open === undefined
        ? `unexpected end of the report inside <${startTag}>`
        : `unexpected end of the report: attribute ${open} of <${startTag}> is not closed`;
}
/** The attribute name that ends just before `end` (skipping white space and an `=`), if any. */
function nameBefore(xml, end) {
    const before = xml.slice(Math.max(0, end - 256), end);
    return /([^\s<>="'/]+)\s*=?\s*$/.exec(before)?.[1];
}
function attribute(name) {
    return name === undefined ? "an attribute" : `attribute ${name}`;
}
/** 1-based line and column of `offset`, lines ending at "\n". */
function lineColumn(xml, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = xml.indexOf("\n"); k !== -1 && k < offset; k = xml.indexOf("\n", k + 1)) {
        line++;
        lineStart = k + 1;
    }
    return [line, offset - lineStart + 1];
}

;// CONCATENATED MODULE: ../../packages/checks/src/junit.ts
// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, \u2026), read into test cases and totals.
//
// The XML is read by xml.ts (no DTD, so no XXE and no billion laughs); this module holds what
// the elements mean. It keeps no more than it needs, caps the input size, the nesting depth and
// the text it keeps, and counts the totals from the test cases, not from the suites' attributes.

class JUnitParseError extends Error {
    reason;
    file;
    line;
    column;
    code = "E_JUNIT";
    constructor(
    /** What is wrong, without the location. */
    reason, file, 
    /** 1-based position in the XML, when the problem has one. */
    line, column) {
        const where = file === undefined ? "" : line === undefined ? `${file}: ` : `${file}:${line}:${column}: `;
        const at = file === undefined && line !== undefined ? ` (line ${line}, column ${column})` : "";
        super(`${where}${reason}${at}`);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = "JUnitParseError";
    }
}
/** Reports larger than this are refused. */
const MAX_JUNIT_BYTES = 50 * 1024 * 1024;
/** Elements nested deeper than this are refused (real reports nest a handful of levels). */
const MAX_JUNIT_DEPTH = 256;
const MAX_MESSAGE_CHARS = 4 * 1024;
const MAX_DETAILS_CHARS = 64 * 1024;
/**
 * Reads a JUnit XML document: `<testsuites>` or a bare `<testsuite>` at the root, suites nested
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Rejects with a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
async function parseJUnit(xml, file) {
    if (typeof xml !== "string")
        throw new JUnitParseError("the report is not text", file);
    if (xml.length > MAX_JUNIT_BYTES) {
        throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
    }
    const reader = new Reader();
    try {
        await readXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, reader);
    }
    catch (e) {
        if (e instanceof XmlError)
            throw new JUnitParseError(e.reason, file, e.line, e.column);
        throw e;
    }
    if (!reader.sawRoot) {
        throw new JUnitParseError("no <testsuites> or <testsuite> element: not a JUnit report", file, 1, 1);
    }
    return summarize(reader.cases);
}
/** One report out of many (one file per test file or per package is common). */
function mergeReports(reports) {
    return summarize(reports.flatMap((r) => r.cases));
}
// ---------------------------------------------------------------------------------------------
function summarize(cases) {
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    let time = 0;
    for (const c of cases) {
        if (c.status === "failed")
            failures++;
        else if (c.status === "error")
            errors++;
        else if (c.status === "skipped")
            skipped++;
        time += c.timeSec ?? 0;
    }
    return { tests: cases.length, failures, errors, skipped, timeSec: Math.round(time * 1000) / 1000, cases };
}
const RANK = { passed: 0, skipped: 1, error: 2, failed: 3 };
const STATUS_OF = { failure: "failed", error: "error", skipped: "skipped" };
/** The JUnit meaning of the elements, as the XML reader hands them over. */
class Reader {
    /** Local names of the open elements, lower case. */
    stack = [];
    suites = [];
    cases = [];
    current;
    capture;
    sawRoot = false;
    open(qname, attributes) {
        const name = localName(qname).toLowerCase();
        const depth = this.stack.length;
        if (depth >= MAX_JUNIT_DEPTH)
            throw new XmlError(`elements nested deeper than ${MAX_JUNIT_DEPTH}`);
        this.stack.push(name);
        if (this.capture !== undefined)
            return; // markup inside a <failure>: its text is kept, the rest ignored
        const parent = depth === 0 ? undefined : this.stack[depth - 1];
        if (depth === 0) {
            if (name !== "testsuites" && name !== "testsuite") {
                throw new XmlError(`not a JUnit report: the root element is <${name}>`);
            }
            this.sawRoot = true;
        }
        // By local name (a namespace prefix changes nothing); the first of repeated names wins.
        const attrs = new Map();
        for (const [key, value] of attributes)
            if (!attrs.has(localName(key)))
                attrs.set(localName(key), value);
        if ((name === "testsuites" || name === "testsuite") && this.current === undefined) {
            const inner = this.innerSuite();
            const suiteFile = attrs.get("file") ?? attrs.get("filepath") ?? inner?.file;
            this.suites.push({
                element: name,
                name: attrs.get("name") ?? (name === "testsuites" ? "" : (inner?.name ?? "")),
                ...(suiteFile ? { file: suiteFile } : {}),
                declared: count(attrs.get("failures")) + count(attrs.get("errors")),
                counted: 0,
            });
            return;
        }
        if (name === "testcase" && this.current === undefined && this.suites.length > 0) {
            const suite = this.innerSuite();
            const value = { suite: suite?.name ?? "", name: attrs.get("name") ?? "", status: "passed" };
            const classname = attrs.get("classname") ?? attrs.get("class");
            if (classname)
                value.classname = classname;
            const file = attrs.get("file") ?? attrs.get("filepath") ?? suite?.file;
            if (file)
                value.file = file;
            const line = lineNumber(attrs.get("line") ?? attrs.get("lineno"), this.zeroBasedLines());
            if (line !== undefined)
                value.line = line;
            const time = seconds(attrs.get("time"));
            if (time !== undefined)
                value.timeSec = time;
            this.current = { depth, value, bad: 0 };
            return;
        }
        if (name === "failure" || name === "error" || name === "skipped") {
            const kase = this.current;
            const status = STATUS_OF[name];
            if (kase !== undefined && parent === "testcase" && kase.depth === depth - 1) {
                if (name !== "skipped")
                    kase.bad++;
                const decides = RANK[status] > RANK[kase.value.status];
                if (decides)
                    kase.value.status = status;
                this.startCapture(name, attrs, depth, decides, false);
            }
            else if (kase === undefined &&
                name !== "skipped" &&
                (parent === "testsuite" || parent === "testsuites")) {
                this.startCapture(name, attrs, depth, true, true);
            }
        }
    }
    text(text) {
        const c = this.capture;
        if (c === undefined || c.chars > MAX_DETAILS_CHARS)
            return;
        const piece = text.slice(0, MAX_DETAILS_CHARS + 1 - c.chars);
        c.text.push(piece);
        c.chars += piece.length;
    }
    close() {
        const name = this.stack.pop();
        const depth = this.stack.length;
        const c = this.capture;
        if (c !== undefined) {
            if (c.depth !== depth)
                return;
            this.capture = undefined;
            this.finishCapture(c);
            return;
        }
        const kase = this.current;
        if (kase !== undefined) {
            if (kase.depth !== depth)
                return;
            this.current = undefined;
            this.cases.push(kase.value);
            for (const f of this.suites)
                f.counted += kase.bad;
            return;
        }
        if (name === "testsuites" || name === "testsuite") {
            const frame = this.suites.pop();
            if (frame === undefined)
                return;
            const missing = frame.declared - frame.counted;
            if (missing > 0) {
                this.cases.push({
                    suite: frame.name,
                    name: `(${frame.element} ${JSON.stringify(frame.name)})`,
                    ...(frame.file ? { file: frame.file } : {}),
                    status: "error",
                    message: `the suite reports ${missing} more failure${missing === 1 ? "" : "s"} or error${missing === 1 ? "" : "s"} than its test cases show`,
                });
                for (const f of this.suites)
                    f.counted += missing;
            }
        }
    }
    startCapture(kind, attrs, depth, decides, suiteLevel) {
        const message = attrs.get("message");
        this.capture = {
            depth,
            kind,
            ...(message === undefined ? {} : { message }),
            text: [],
            chars: 0,
            decides,
            suiteLevel,
        };
    }
    finishCapture(c) {
        let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
        if (text.length > MAX_DETAILS_CHARS)
            text = `${text.slice(0, MAX_DETAILS_CHARS)}\n\u2026 (truncated)`;
        const firstLine = text
            .split("\n")
            .map((l) => l.trim())
            .find((l) => l !== "");
        const raw = c.message?.trim() || firstLine;
        const message = raw === undefined ? undefined : cut(raw, MAX_MESSAGE_CHARS);
        if (c.suiteLevel) {
            const suite = this.innerSuite();
            const value = {
                suite: suite?.name ?? "",
                name: `(${suite?.element ?? "testsuite"} ${JSON.stringify(suite?.name ?? "")})`,
                status: STATUS_OF[c.kind],
            };
            if (suite?.file)
                value.file = suite.file;
            if (message !== undefined)
                value.message = message;
            if (text)
                value.details = text;
            this.cases.push(value);
            for (const f of this.suites)
                f.counted++;
            return;
        }
        const v = this.current.value;
        if (c.decides) {
            if (message === undefined)
                delete v.message;
            else
                v.message = message;
            if (text)
                v.details = text;
            else
                delete v.details;
        }
        else if (STATUS_OF[c.kind] === v.status && text) {
            // A second <failure> (a rerun) or <error> of the same rank: keep its text too.
            v.details = cut(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
        }
    }
    innerSuite() {
        return this.suites[this.suites.length - 1];
    }
    /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
    zeroBasedLines() {
        return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
    }
}
function localName(qname) {
    const colon = qname.indexOf(":");
    return colon === -1 ? qname : qname.slice(colon + 1);
}
function count(v) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return 0;
    return Number(v);
}
function lineNumber(v, zeroBased) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return undefined;
    const n = Number(v) + (zeroBased ? 1 : 0);
    return n >= 1 ? n : undefined;
}
/** Seconds, as tools write them: "0.003", "12", "1,234.5" (older Surefire), "0,003" (a decimal comma). */
function seconds(v) {
    if (v === undefined)
        return undefined;
    let t = v.trim();
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
        t = t.replace(/,/g, "");
    else if (/^\d+,\d+$/.test(t))
        t = t.replace(",", ".");
    if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
/** Without leading blank lines, trailing whitespace, or the indentation all lines share. */
function dedent(text) {
    const lines = text
        .replace(/^\s*\n/, "")
        .trimEnd()
        .split("\n");
    let indent = Number.POSITIVE_INFINITY;
    for (const l of lines) {
        if (l.trim() === "")
            continue;
        indent = Math.min(indent, l.length - l.trimStart().length);
    }
    if (indent === 0 || indent === Number.POSITIVE_INFINITY)
        return lines.join("\n");
    return lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n");
}
/** At most `max` characters and a note that the rest was cut (readers should know it was). */
function cut(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}\u2026 (truncated)`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/junit-bytes.ts
// The bytes of a report file as text. Test tools write UTF-8 nearly always; a few write UTF-16
// with a byte order mark, or ISO-8859-1 and say so in the XML declaration.
/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so. Bytes that are not UTF-8 become U+FFFD.
 */
function decodeReportBytes(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xff && b1 === 0xfe)
        return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) {
        const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
        for (let i = 0; i < swapped.length; i += 2) {
            swapped[i] = bytes[i + 3];
            swapped[i + 1] = bytes[i + 2];
        }
        return new TextDecoder("utf-16le").decode(swapped);
    }
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
    if (declared === "iso-8859-1" || declared === "latin1" || declared === "latin-1") {
        // Node's "latin1" label is windows-1252 in TextDecoder; Buffer's latin1 is ISO-8859-1 proper.
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM
}

;// CONCATENATED MODULE: ../../packages/checks/src/regression.ts






/** A regression that cannot start as configured: nothing was run. */
class RegressionError extends Error {
    code = "E_REGRESSION";
    constructor(message, options) {
        super(message, options);
        this.name = "RegressionError";
    }
}
const INHERITED_ENV = ["PATH", "HOME", "LANG", "TMPDIR", "CI"];
// Part of this package's API since before the runner moved to @gitops/process.

async function runRegression(options) {
    const { command, cwd, timeoutMs, signal, onOutput } = options;
    const now = options.now ?? (() => performance.now());
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    validate(options, graceMs);
    const env = buildEnv(options);
    let reportDir = [];
    if (options.reports !== undefined) {
        try {
            // The directories before the first wildcard: made ready, since many test tools (node --test,
            // pytest --junitxml) write a report file but not the directory it goes in.
            const segments = parseGlob(options.reports);
            const wild = segments.findIndex(hasWildcard);
            reportDir = segments.slice(0, wild === -1 ? segments.length - 1 : wild);
        }
        catch (e) {
            if (e instanceof GlobError)
                throw new RegressionError(`regression.reports: ${e.message}`, { cause: e });
            throw e;
        }
    }
    try {
        if (!(await (0,promises_namespaceObject.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new RegressionError(`the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const notStarted = {
        ok: false,
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: true,
        durationMs: 0,
        reportFiles: [],
        reportErrors: [],
        outputTail: "",
        reason: "cancelled before it started",
    };
    if (signal?.aborted)
        return notStarted;
    if (reportDir.length > 0)
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(cwd, ...reportDir), { recursive: true });
    const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
    if (signal?.aborted)
        return notStarted;
    let run;
    try {
        run = await runCommand({
            command,
            cwd,
            env,
            timeoutMs,
            killGraceMs: graceMs,
            ...(signal === undefined ? {} : { signal }),
            ...(onOutput === undefined ? {} : { onOutput }),
            now,
        });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw asRegressionError(e);
        throw e;
    }
    // Aborted while the runner checked cwd: nothing ran, as above.
    if (run.cancelled && run.pid === undefined)
        return notStarted;
    const durationMs = run.durationMs;
    const reportFiles = [];
    const reportErrors = [];
    let report;
    if (options.reports !== undefined) {
        const read = await readReports(cwd, options.reports, before);
        reportFiles.push(...read.files);
        reportErrors.push(...read.errors);
        if (read.reports.length > 0)
            report = mergeReports(read.reports);
    }
    const failedCases = report === undefined ? 0 : report.failures + report.errors;
    const ok = run.spawnError === undefined &&
        !run.timedOut &&
        !run.cancelled &&
        run.exitCode === 0 &&
        run.signal === null &&
        failedCases === 0 &&
        // The descriptor promised a report: a run that wrote none proved nothing.
        (options.reports === undefined || report !== undefined);
    return {
        ok,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        cancelled: run.cancelled,
        durationMs,
        reportFiles,
        ...(report === undefined ? {} : { report }),
        reportErrors,
        outputTail: run.outputTail,
        reason: describe(command, timeoutMs, run, options.reports !== undefined, reportFiles, report, reportErrors),
    };
}
function validate(options, graceMs) {
    try {
        validateCommand({ ...options, killGraceMs: graceMs });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw asRegressionError(e);
        throw e;
    }
}
/** The runner's message, named as the descriptor's regression section names the field. */
function asRegressionError(e) {
    const prefix = e.field === "killGraceMs" || e.field === "cwd"
        ? ""
        : e.field === "timeoutMs"
            ? "regression "
            : "regression.";
    return new RegressionError(`${prefix}${e.message}`, { cause: e });
}
function buildEnv(options) {
    return { ...inheritedEnv(INHERITED_ENV, options.parentEnv ?? process.env), ...options.env };
}
function fingerprint(st) {
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
/**
 * The report files present before the run, by inode, size and modification/change times (to the
 * nanosecond). A file counts as written by the run when it is new or any of these changed.
 * This does not compare file times with the clock: file timestamps come from a coarser kernel
 * clock than the process's, and a report written in the first milliseconds could look older
 * than the start.
 */
async function snapshot(cwd, pattern) {
    const out = new Map();
    const { files } = await findFiles(cwd, pattern);
    for (const f of files) {
        try {
            out.set(f, fingerprint(await (0,promises_namespaceObject.lstat)((0,external_node_path_namespaceObject.join)(cwd, f), { bigint: true })));
        }
        catch {
            // gone already
        }
    }
    return out;
}
async function readReports(cwd, pattern, before) {
    const files = [];
    const reports = [];
    const errors = [];
    const found = await findFiles(cwd, pattern);
    let stale = 0;
    for (const f of found.files) {
        let st;
        try {
            st = await (0,promises_namespaceObject.lstat)((0,external_node_path_namespaceObject.join)(cwd, f), { bigint: true });
        }
        catch {
            continue;
        }
        if (before.get(f) === fingerprint(st)) {
            stale++;
            continue;
        }
        files.push(f);
        if (st.size > BigInt(MAX_JUNIT_BYTES)) {
            errors.push(`${f}: larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`);
            continue;
        }
        try {
            const text = decodeReportBytes(await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(cwd, f)));
            reports.push(await parseJUnit(text, f));
        }
        catch (e) {
            errors.push(e instanceof Error && "code" in e && e.code === "E_JUNIT" ? e.message : `${f}: ${String(e)}`);
        }
    }
    if (found.truncated)
        errors.push(`stopped looking for ${pattern} after too many files`);
    if (files.length === 0) {
        const old = stale === 0 ? "" : ` (${stale} older file${stale === 1 ? "" : "s"} ignored)`;
        errors.push(`no report matching ${pattern} was written by this run${old}`);
    }
    return { files, reports, errors };
}
// --- the one line for people ---------------------------------------------------------------------
function describe(command, timeoutMs, run, reportsConfigured, reportFiles, report, reportErrors) {
    const exit = describeRun(command, timeoutMs, run);
    // It did not run to its end: the reports do not tell more.
    if (run.spawnError !== undefined || run.cancelled || run.timedOut)
        return exit;
    const unreadable = report === undefined ? 0 : reportErrors.length;
    const note = unreadable === 0 ? "" : `; ${unreadable} report problem${unreadable === 1 ? "" : "s"}`;
    if (report === undefined) {
        if (!reportsConfigured)
            return exit;
        return `${exit}; ${reportFiles.length === 0 ? "no report" : "no readable report"}`;
    }
    const summary = summarizeReport(report);
    if (report.failures + report.errors > 0) {
        return `${summary}${run.exitCode === 0 ? " (though it exited 0)" : ""}${note}`;
    }
    if (run.exitCode !== 0 || run.signal !== null)
        return `${exit} (${summary})${note}`;
    return `${summary}${note}`;
}
/** "12 tests, 2 failed, 1 errored, 3 skipped", or "12 tests passed" / "12 tests passed, 3 skipped". */
function summarizeReport(report) {
    const tests = `${report.tests} test${report.tests === 1 ? "" : "s"}`;
    const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : "";
    if (report.failures + report.errors === 0)
        return `${tests} passed${skipped}`;
    const failed = report.failures > 0 ? `, ${report.failures} failed` : "";
    const errored = report.errors > 0 ? `, ${report.errors} errored` : "";
    return `${tests}${failed}${errored}${skipped}`;
}
/** A regression run in short, for an action's output: the counts and each failed test. */
function regressionSummary(result) {
    const report = result.report;
    return {
        ok: result.ok,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        reason: result.reason,
        tests: report?.tests ?? 0,
        failures: report?.failures ?? 0,
        errors: report?.errors ?? 0,
        skipped: report?.skipped ?? 0,
        failed: (report?.cases ?? [])
            .filter((c) => c.status === "failed" || c.status === "error")
            .map((c) => ({ name: c.name, message: c.message, file: c.file, line: c.line })),
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/stages.ts
// The stages a release runs for one service, registered by name. gitops.yaml lists each
// environment's stages in order, so a team reorders or drops them without code; a new kind of
// stage is one more entry here.

const address = (d) => ({ domain: d.domain, port: d.port });
const deployStage = async (ctx) => {
    const result = await ctx.driver.deploy({
        descriptor: ctx.descriptor,
        environment: ctx.environment.name,
        workdir: ctx.workdir,
        reason: ctx.reason,
        onOutput: ctx.onOutput,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    return {
        outcome: result.ok ? "passed" : "failed",
        reason: `${ctx.driver.type}: ${result.reason}`,
        ...(result.ok ? {} : { log: result.outputTail }),
    };
};
const healthcheckStage = async (ctx) => {
    const { healthcheck } = ctx.descriptor;
    const options = healthcheckOptions(healthcheck);
    if (ctx.signal)
        options.signal = ctx.signal;
    const report = await runHealthcheck(healthcheckTargets(healthcheck, address(ctx.descriptor)), options);
    const healthy = report.endpoints.filter((e) => e.ok).length;
    const failing = report.endpoints.filter((e) => !e.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${healthy}/${report.endpoints.length} endpoints healthy`
            : failing.map((e) => `${e.name}: ${e.lastError?.message ?? "failed"}`).join("; "),
        ...(report.ok ? {} : { log: healthText(report) }),
    };
};
const smokeStage = async (ctx) => {
    const { smoke, healthcheck } = ctx.descriptor;
    if (!smoke || smoke.checks.length === 0)
        return { outcome: "skipped", reason: "the descriptor has no smoke checks" };
    const report = await runSmoke(smoke.checks, address(ctx.descriptor), {
        timeoutMs: healthcheck.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const failed = report.checks.filter((c) => !c.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${report.checks.length}/${report.checks.length} smoke checks passed`
            : failed.map((c) => `${c.name}: ${c.reason}`).join("; "),
        ...(report.ok ? {} : { log: smokeText(report) }),
    };
};
const regressionStage = async (ctx) => {
    const { regression, service, version } = ctx.descriptor;
    if (!regression)
        return { outcome: "skipped", reason: "the descriptor has no regression command" };
    const result = await runRegression({
        command: regression.command,
        cwd: ctx.workdir,
        env: {
            ...regression.env,
            GITOPS_SERVICE: service,
            GITOPS_VERSION: version,
            GITOPS_ENVIRONMENT: ctx.environment.name,
            GITOPS_SERVICE_URL: `http://${ctx.descriptor.domain}:${ctx.descriptor.port}`,
        },
        timeoutMs: regression.timeoutMs,
        ...(regression.reports ? { reports: regression.reports } : {}),
        onOutput: ctx.onOutput,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    return {
        outcome: result.ok ? "passed" : "failed",
        reason: result.reason,
        ...(result.ok ? {} : { log: result.outputTail }),
    };
};
const builtinStages = {
    deploy: deployStage,
    healthcheck: healthcheckStage,
    smoke: smokeStage,
    regression: regressionStage,
};
/** A rollback redeploys and proves the restored version healthy; further tests are for new versions. */
const stages_ROLLBACK_STAGES = ["deploy", "healthcheck"];

;// CONCATENATED MODULE: ../../packages/pipeline/src/deploy-service.ts
// One service deployed (or restored) on its own, as the deploy action does it in the reusable
// workflows: the descriptor at a commit, the environment's driver, and for a rollback the
// healthcheck too, since no later step proves the restored version.





async function deployService(options) {
    const { service, reason } = options;
    const base = { service, environment: options.environment, reason };
    const nothing = (detail) => ({ ...base, ok: true, detail, stages: [] });
    if (reason === "rollback" && isZeroSha(options.ref))
        return nothing("nothing to restore: the push created the branch");
    // A rollback with a record restores what the record says ran healthy: its tree is a commit too.
    const recorded = reason === "rollback" && options.record ? await options.record.read(options.environment) : undefined;
    if (reason === "rollback" && options.record && !recorded?.state.services[service]?.running)
        return nothing(`nothing to restore: no version of ${service} ran healthy in ${options.environment}`);
    const from = recorded ? recorded.commit : options.ref;
    const repo = await repo_loadRepo(treeReader(options.git, from));
    if (!repo.config)
        throw new Error(`gitops.yaml at ${from} is missing or not valid`);
    const environment = findEnvironment(repo.config, options.environment);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        if (reason === "rollback")
            return nothing(`nothing to restore: ${service} did not exist at ${from}`);
        throw new Error(`no valid descriptor for ${service} at ${options.ref}`);
    }
    const descriptor = descriptor_forEnvironment(found, environment.name);
    const stages = [];
    const started = performance.now();
    const failure = await runStages({
        environment,
        workdir: options.workdir,
        driver: (options.driverFor ?? createDriver)(environment.driver),
        stages: options.stages ?? builtinStages,
        progress: options.onProgress ?? (() => { }),
        ...(options.signal ? { signal: options.signal } : {}),
    }, descriptor, reason === "rollback" ? stages_ROLLBACK_STAGES : ["deploy"], reason, stages);
    return {
        ...base,
        version: descriptor.version,
        ok: !failure,
        detail: failure
            ? `${failure.stage}: ${failure.reason}`
            : `${service} ${descriptor.version} ${reason === "rollback" ? "restored" : "deployed"}`,
        durationMs: Math.round(performance.now() - started),
        stages,
        ...(failure ? { failure } : {}),
    };
}

;// CONCATENATED MODULE: ../../packages/text/src/escape.ts
// Untrusted text made inert for the formats that render HTML: job summaries, pull-request
// comments and emails.
/** `& < > " '` as entities: no tag, attribute or entity of the text's own survives. */
function escape_escapeHtml(text) {
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
    return escape_escapeHtml(leading);
}
/**
 * One cell of a Markdown table: inert Markdown (`|` included, so it cannot open a column), and
 * line breaks as `<br>` so they cannot end the row.
 */
function escape_markdownCell(text) {
    return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/summary.ts
// The release for people: a Markdown job summary (per service: versions from \u2192 to, each stage
// with its time, the outcome, the rollback, every notification) and a short text ending.


const OUTCOME_ICON = {
    succeeded: "\u2705",
    deployed: "\u2705",
    "rolled-back": "\u21a9\ufe0f",
    failed: "\u274c",
    denied: "\u26d4",
    skipped: "\u23ed\ufe0f",
    "nothing-to-deploy": "\u2796",
    "dry-run": "\ud83d\udd0e",
    planned: "\ud83d\udd0e",
    "not-deployed": "\u2796",
};
const STAGE_ICON = { passed: "\u2705", failed: "\u274c", skipped: "\u23ed\ufe0f" };
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${formatDuration(s.durationMs)}`).join("<br>") ||
    "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${cell(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${cell(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${formatDuration(result.durationMs)}`,
        "",
        `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` \u00b7 tickets ${result.gate.tickets.map(cell).join(", ")}` : ""} \u00b7 **Plan:** ${cell(result.plan.summary)}`,
        "",
    ];
    const blocking = result.gate.results.filter((r) => r.decision !== "allow");
    if (blocking.length > 0) {
        out.push("| Rule | Decision | Why |", "|---|---|---|");
        for (const r of blocking)
            out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(cell).join("<br>")} |`);
        out.push("");
    }
    if (result.note)
        out.push(`**${cell(result.note)}**`, "");
    if (result.record && !result.record.ok && !result.note)
        out.push(`\u26a0\ufe0f ${cell(result.record.detail)}`, "");
    if (result.services.length === 0)
        return `${out.join("\n")}\n`;
    out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
    for (const s of result.services) {
        const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${cell(s.rollback.version)}` : ""}`;
        const stages = s.rollback
            ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
            : stagesCell(s.stages);
        out.push(`| ${cell(s.service)} | ${cell(versionText(s.version))} | ${stages} | ${outcome} |`);
    }
    out.push("");
    for (const s of result.services.filter((s) => s.failure || s.note)) {
        out.push(`### ${OUTCOME_ICON[s.outcome]} ${cell(s.service)}`, "");
        if (s.failure)
            out.push(`Failed at **${s.failure.stage}**: ${cell(s.failure.reason)}`, "");
        if (s.rollback)
            out.push(`Rollback: ${cell(s.rollback.reason)}`, "");
        if (s.note)
            out.push(cell(s.note), "");
        if (s.failure?.log) {
            out.push("<details><summary>Log</summary>", "", "<pre>", escapeHtml(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
        }
    }
    const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
    if (deliveries.length > 0) {
        out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
        for (const d of deliveries) {
            const to = d.url ? `[${cell(d.target)}](${d.url})` : cell(d.target);
            out.push(`| ${cell(d.service)} | ${d.event} | ${cell(d.channel)} | ${to} | ${d.ok ? "\u2705" : "\u26a0\ufe0f"} ${cell(d.detail)} |`);
        }
        out.push("");
    }
    out.push(...statusRows(result));
    return `${out.join("\n")}\n`;
}
/** The environment's row after the release: what each released service's branch names and what runs. */
function statusRows(result) {
    const status = result.status;
    if (!status || status.services.length === 0)
        return [];
    const out = [
        `### What runs in ${cell(status.environment)} now`,
        "",
        "| Service | Branch names | Runs | Since |",
        "|---|---|---|---|",
    ];
    for (const s of status.services) {
        const runs = s.running ? `${cell(s.running.version)}${s.drift ? " \u26a0" : " \u2713"}` : "\u2014";
        out.push(`| ${cell(s.service)} | ${cell(s.branch?.version ?? "\u2014")} | ${runs} | ${cell(s.running?.since ?? "\u2014")} |`);
    }
    out.push("");
    for (const s of status.services.filter((x) => x.drift))
        out.push(`\u26a0 ${cell(s.service)}: ${cell(s.drift)}. \`gitops rollback --env ${cell(status.environment)} --service ${cell(s.service)}\` makes the branch name what runs.`, "");
    return out;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return clean(`${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`);
    });
    if (result.note)
        lines.push(`\u26a0\ufe0f  ${clean(result.note)}`);
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${formatDuration(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
/** One service deployed or restored on its own (the deploy action): its stages as a table. */
function deploymentMarkdown(d) {
    const what = `${d.reason} ${d.service}${d.version ? ` ${d.version}` : ""} to ${d.environment}`;
    const out = [`### ${d.ok ? "\u2705" : "\u274c"} ${escape_markdownCell(what)}`, ""];
    if (d.stages.length === 0)
        return `${[...out, escape_markdownCell(d.detail), ""].join("\n")}\n`;
    out.push("| Stage | Outcome | Time | Why |", "|---|---|---|---|");
    for (const s of d.stages)
        out.push(`| ${escape_markdownCell(s.stage)} | ${STAGE_ICON[s.outcome]} ${s.outcome} | ${duration_formatDuration(s.durationMs)} | ${escape_markdownCell(s.reason)} |`);
    return `${out.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
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
// The deploy action's inputs as one typed settings object.

function readSettings() {
    return {
        workdir: inputs_workspacePath(),
        service: requiredInput("service"),
        environment: requiredInput("environment"),
        ref: inputs_optionalInput("ref") ?? "HEAD",
        reason: oneOfInput("reason", ["deploy", "rollback"], "deploy"),
        record: inputs_optionalInput("record") === "none" ? "none" : record_recordInput(),
        githubToken: inputs_secretInput("github-token"),
        repository: repositoryOf(),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Adapter: deploys one service through the environment's driver, as one visible step of the
// reusable workflows; with reason rollback it restores the version a commit held and
// health-checks it. The library decides what either means; this step reports it.





async function main() {
    const settings = readSettings();
    // The token rides in git's environment, to fetch the record a rollback restores from.
    const git = openGit(settings.workdir, {
        env: gitAuthEnv(settings.repository.serverUrl, settings.githubToken),
    });
    const { record, githubToken, repository, ...target } = settings;
    const deployment = await deployService({
        ...target,
        git,
        ...(settings.reason === "rollback" && record !== "none"
            ? { record: recordStore(git, { kind: record, mustReachOrigin: false, token: githubToken, repository }) }
            : {}),
        onProgress: (event) => {
            if (event.type === "output")
                logCommandOutput(event.chunk.split(/\r\n|[\n\r]/).filter(Boolean));
            if (event.type === "stage-end")
                info(`${event.stage}: ${event.outcome} - ${event.reason}`);
        },
    });
    const { failure, ...result } = deployment;
    setOutput("ok", String(deployment.ok));
    if (deployment.version)
        setOutput("version", deployment.version);
    setOutput("result", JSON.stringify({
        ...result,
        ...(failure ? { failure: { stage: failure.stage, reason: failure.reason } } : {}),
    }));
    await summary.addRaw(deploymentMarkdown(deployment)).write();
    if (deployment.stages.length === 0)
        notice(`${settings.service}: ${deployment.detail}`);
    if (failure) {
        if (failure.log)
            logCommandOutput(failure.log.split("\n"));
        setFailed(`${settings.reason} of ${settings.service} ${deployment.version} to ${settings.environment} failed at ${failure.stage}: ${failure.reason}`);
    }
}
main().catch((error) => {
    setOutput("ok", "false");
    setFailed(error instanceof Error ? error.message : String(error));
});

