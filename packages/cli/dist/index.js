#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hR: () => (/* binding */ FORMATS)
/* harmony export */ });
class UsageError extends Error {
    code = "E_USAGE";
}
/**
 * Exit codes: 0 success, 1 the checked thing is wrong (or a plan is denied), 2 the command
 * was used wrongly, 3 a plan needs approval.
 */
const EXIT = { ok: 0, failed: 1, usage: 2, needsApproval: 3 };
const FORMATS = ["text", "json", "github"];


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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/io.ts
var src_io = __nccwpck_require__(1168);
;// CONCATENATED MODULE: ./src/cli.ts
// The gitops command line: parses arguments and hands each command its typed options.


const HELP = `gitops: a git repository as the deploy button

Usage:
  gitops validate [dir] [--format text|json|github]
      Check gitops.yaml and every deployment descriptor in dir (default: .).
      Exits 0 when valid, 1 when not, 2 on wrong usage.

  gitops plan --head REF [--base REF] [--env NAME] [--repo DIR] [--format text|json|markdown]
      What deploying head over base changes, and how risky it is, read from git
      (no checkout needed). No --base: a first deployment. No --env: the environment
      whose branch is --base. Exits 0 allow, 3 needs approval, 1 deny.

  gitops check health|smoke|regression --service NAME --env NAME [--repo DIR]
               [--host HOST] [--port PORT] [--format text|json]
      Check a deployed service as its descriptor says: probe its health endpoints,
      run its smoke checks, or run its regression suite. Exits 0 passed, 1 failed.

  gitops gate --after SHA [--before SHA] [--env NAME] --as LOGIN [--repo DIR] [--format text|json]
      The gate's decision on a push, as a dry run: every rule with its reasons.
      GitHub and JIRA are asked with GITHUB_TOKEN, GITHUB_REPOSITORY, JIRA_URL,
      JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center) from the
      environment. Exits 0 allow, 3 skip, 1 deny.

  gitops release --env NAME [--before SHA --after SHA] [--as LOGIN] [--repo DIR]
                 [--dry-run] [--verbose] [--format text|json|markdown] [--result FILE]
      Release a push to the environment: gate, plan, then for each changed service
      deploy, healthcheck and the environment's further stages, with notifications
      and the previous version restored on failure. Live progress per service and
      stage; --verbose adds the commands' output. Without --before/--after: the
      last push of the environment's branch (origin/NAME and its reflog). --as: the
      GitHub login that pushed (default GITHUB_ACTOR). Credentials as for gate;
      Slack webhooks in the variables gitops.yaml names; email with SMTP_HOST,
      SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_PASSWORD. --result FILE also
      writes the result as JSON.
      Exits 0 deployed (or nothing to do), 1 failed, rolled back or denied, 3 skipped.

Options:
  -h, --help      show this help
  -v, --version   show the version
`;
const VERSION = "0.1.0";
async function run(argv, io) {
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === "-h" || command === "--help" || command === "help") {
            io.stdout(HELP);
            return command === undefined ? src_io/* EXIT */.dc.usage : src_io/* EXIT */.dc.ok;
        }
        if (command === "-v" || command === "--version") {
            io.stdout(`${VERSION}\n`);
            return src_io/* EXIT */.dc.ok;
        }
        if (command === "validate") {
            const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
                args: rest,
                options: {
                    format: { type: "string", short: "f", default: "text" },
                    help: { type: "boolean", short: "h" },
                },
                allowPositionals: true,
            }));
            if (values.help) {
                io.stdout(HELP);
                return src_io/* EXIT */.dc.ok;
            }
            if (positionals.length > 1)
                throw new src_io/* UsageError */.eb("validate takes one directory");
            // Commands load on demand, so `gitops --version` starts as fast as node itself.
            const { validate } = await Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 593));
            return await validate(positionals[0] ?? ".", format(values.format), io);
        }
        if (command === "plan") {
            const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
                args: rest,
                options: {
                    base: { type: "string" },
                    head: { type: "string" },
                    env: { type: "string" },
                    repo: { type: "string", default: "." },
                    format: { type: "string", short: "f", default: "text" },
                    help: { type: "boolean", short: "h" },
                },
                allowPositionals: false,
            }));
            if (values.help) {
                io.stdout(HELP);
                return src_io/* EXIT */.dc.ok;
            }
            if (positionals.length > 0 || !values.head)
                throw new src_io/* UsageError */.eb("plan needs --head REF");
            if (!["text", "json", "markdown"].includes(values.format)) {
                throw new src_io/* UsageError */.eb("--format must be one of text, json, markdown");
            }
            const { plan } = await Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(50), __nccwpck_require__.e(126)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1126));
            return await plan({
                repo: values.repo,
                head: values.head,
                format: values.format,
                ...(values.base ? { base: values.base } : {}),
                ...(values.env ? { environment: values.env } : {}),
            }, io);
        }
        if (command === "check") {
            const [kind, ...flags] = rest;
            const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
                args: flags,
                options: {
                    service: { type: "string" },
                    env: { type: "string" },
                    repo: { type: "string", default: "." },
                    host: { type: "string" },
                    port: { type: "string" },
                    format: { type: "string", short: "f", default: "text" },
                    help: { type: "boolean", short: "h" },
                },
                allowPositionals: false,
            }));
            if (values.help) {
                io.stdout(HELP);
                return src_io/* EXIT */.dc.ok;
            }
            if (kind !== "health" && kind !== "smoke" && kind !== "regression") {
                throw new src_io/* UsageError */.eb("check needs one of: health, smoke, regression");
            }
            if (positionals.length > 0 || !values.service || !values.env)
                throw new src_io/* UsageError */.eb("check needs --service NAME --env NAME");
            if (values.port !== undefined && !/^\d+$/.test(values.port))
                throw new src_io/* UsageError */.eb("--port must be a number");
            if (values.format !== "text" && values.format !== "json")
                throw new src_io/* UsageError */.eb("--format must be one of text, json");
            const { check } = await Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(18), __nccwpck_require__.e(276)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2276));
            return await check({
                kind,
                repo: values.repo,
                service: values.service,
                environment: values.env,
                format: values.format,
                ...(values.host ? { host: values.host } : {}),
                ...(values.port ? { port: Number(values.port) } : {}),
            }, io);
        }
        if (command === "gate") {
            const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
                args: rest,
                options: {
                    before: { type: "string" },
                    after: { type: "string" },
                    env: { type: "string" },
                    as: { type: "string" },
                    repo: { type: "string", default: "." },
                    format: { type: "string", short: "f", default: "text" },
                    help: { type: "boolean", short: "h" },
                },
                allowPositionals: false,
            }));
            if (values.help) {
                io.stdout(HELP);
                return src_io/* EXIT */.dc.ok;
            }
            if (positionals.length > 0 || !values.after || !values.as)
                throw new src_io/* UsageError */.eb("gate needs --after SHA and --as LOGIN");
            if (values.format !== "text" && values.format !== "json")
                throw new src_io/* UsageError */.eb("--format must be one of text, json");
            const { gate } = await Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(50), __nccwpck_require__.e(520), __nccwpck_require__.e(970)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3970));
            return await gate({
                repo: values.repo,
                after: values.after,
                pusher: values.as,
                format: values.format,
                ...(values.before ? { before: values.before } : {}),
                ...(values.env ? { environment: values.env } : {}),
            }, io);
        }
        if (command === "release") {
            const { values, positionals } = parse(() => (0,external_node_util_.parseArgs)({
                args: rest,
                options: {
                    env: { type: "string" },
                    before: { type: "string" },
                    after: { type: "string" },
                    as: { type: "string" },
                    repo: { type: "string", default: "." },
                    "dry-run": { type: "boolean", default: false },
                    verbose: { type: "boolean", default: false },
                    result: { type: "string" },
                    format: { type: "string", short: "f", default: "text" },
                    help: { type: "boolean", short: "h" },
                },
                allowPositionals: false,
            }));
            if (values.help) {
                io.stdout(HELP);
                return src_io/* EXIT */.dc.ok;
            }
            if (positionals.length > 0 || !values.env)
                throw new src_io/* UsageError */.eb("release needs --env NAME");
            if (values.after && !values.before)
                throw new src_io/* UsageError */.eb("--after needs --before");
            const pusher = values.as ?? io.env.GITHUB_ACTOR;
            if (!pusher)
                throw new src_io/* UsageError */.eb("release needs --as LOGIN (the GitHub login that pushed)");
            if (!["text", "json", "markdown"].includes(values.format))
                throw new src_io/* UsageError */.eb("--format must be one of text, json, markdown");
            const { releaseCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(50), __nccwpck_require__.e(18), __nccwpck_require__.e(520), __nccwpck_require__.e(968)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9968));
            return await releaseCommand({
                repo: values.repo,
                environment: values.env,
                pusher,
                dryRun: values["dry-run"],
                verbose: values.verbose,
                format: values.format,
                ...(values.before ? { before: values.before } : {}),
                ...(values.after ? { after: values.after } : {}),
                ...(values.result ? { resultFile: values.result } : {}),
            }, io);
        }
        throw new src_io/* UsageError */.eb(`unknown command "${command}"`);
    }
    catch (error) {
        if (error instanceof src_io/* UsageError */.eb) {
            io.stderr(`gitops: ${error.message}\n\n${HELP}`);
            return src_io/* EXIT */.dc.usage;
        }
        throw error;
    }
}
/** Runs a parseArgs call, turning its complaints into usage errors. */
function parse(parseCall) {
    try {
        return parseCall();
    }
    catch (error) {
        throw new src_io/* UsageError */.eb(error.message);
    }
}
function format(value) {
    if (!src_io/* FORMATS */.hR.includes(value))
        throw new src_io/* UsageError */.eb(`--format must be one of ${src_io/* FORMATS */.hR.join(", ")}`);
    return value;
}

;// CONCATENATED MODULE: ./src/main.ts
// The bundled `gitops` executable: wires the real process to the command line.

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    color,
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`gitops: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
});

