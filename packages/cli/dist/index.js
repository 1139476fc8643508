#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
;// CONCATENATED MODULE: ./src/command.ts
function defineCommand(spec) {
    const words = [`gitops ${spec.name}`];
    for (const p of spec.positionals ?? [])
        words.push(p.required ? `<${p.name}>` : `[${p.name}]`);
    for (const [name, option] of Object.entries(spec.options)) {
        const word = option.type === "boolean" ? `--${name}` : `--${name} ${option.value ?? "VALUE"}`;
        words.push(option.required ? word : `[${word}]`);
    }
    if (spec.formats?.length)
        words.push(`[--format ${spec.formats.join("|")}]`);
    return { ...spec, usage: words.join(" ") };
}
/** Exit statuses, named for what they mean; the README's table lists them. */
const EXIT = {
    /** Done: valid, allowed, deployed, healthy. */
    ok: 0,
    /** The checked thing is wrong: invalid, denied, failed, unhealthy, rolled back. */
    failed: 1,
    /** The command line is wrong. */
    usage: 2,
    /** The plan is allowed only with an approval. */
    needsApproval: 3,
    /** The gate skips the push (a skip marker): nothing deploys, nothing failed. */
    skipped: 4,
    /** gitops itself broke: a bug to report. */
    internal: 70,
};
class UsageError extends Error {
    code = "E_USAGE";
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/commands/options.ts
const repoOption = {
    type: "string",
    default: ".",
    value: "DIR",
    description: "the deploy repo, a git checkout",
};
const envOption = (description) => ({ type: "string", value: "NAME", description });
const defaultBranchOption = {
    type: "string",
    value: "BRANCH",
    description: "the branch whose gitops.yaml is the policy until a release is allowed (default: origin's HEAD)",
};

;// CONCATENATED MODULE: ./src/commands/check.ts
// gitops check health|smoke|regression --service NAME --env NAME: the checks of a deployed
// service, from a laptop, exactly as the actions run them.



const KINDS = ["health", "smoke", "regression"];
const check = defineCommand({
    name: "check",
    summary: "probe a deployed service's health, or run its smoke or regression checks",
    description: `Checks a deployed service as its descriptor says: health probes its health endpoints,
smoke runs its smoke checks, regression runs its regression suite. --host and --port point the
checks elsewhere (a canary, a tunnel).`,
    positionals: [{ name: KINDS.join("|"), required: true }],
    options: {
        service: { type: "string", required: true, value: "NAME", description: "the service to check" },
        env: { ...envOption("the environment it runs in"), required: true },
        host: {
            type: "string",
            value: "HOST",
            description: "check this host instead of the descriptor's domain",
        },
        port: { type: "string", value: "PORT", description: "check this port instead of the descriptor's" },
        repo: repoOption,
    },
    formats: ["text", "json"],
    exits: [
        [EXIT.ok, "passed"],
        [EXIT.failed, "failed, or the service cannot be found"],
    ],
    async run({ values, positionals, format }, io) {
        const kind = positionals[0];
        if (!KINDS.includes(kind))
            throw new UsageError(`check needs one of: ${KINDS.join(", ")}`);
        if (values.port !== undefined && !/^\d+$/.test(values.port))
            throw new UsageError("--port must be a number");
        const [{ readFileSync }, checks, { directoryReader }, { printDiagnostics }] = await Promise.all([
            Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(440), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5470)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(460)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6460)),
            __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 1310)),
        ]);
        const repoDir = (0,external_node_path_.resolve)(io.cwd, values.repo);
        const query = {
            reader: directoryReader(repoDir),
            service: values.service,
            environment: values.env,
            ...(values.host ? { host: values.host } : {}),
            ...(values.port ? { port: Number(values.port) } : {}),
        };
        const text = format === "text";
        const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
        try {
            if (kind === "health") {
                const run = await checks.checkHealth({
                    ...query,
                    readCa: (path) => readFileSync((0,external_node_path_.resolve)(repoDir, path), "utf8"),
                    ...(text
                        ? {
                            onAttempt: ({ name, attempt, result }) => io.stderr(`${name} attempt ${attempt}: ${result.ok ? "ok" : result.error?.message}\n`),
                        }
                        : {}),
                });
                io.stdout(text ? checks.healthText(run.report) : json(run));
                return run.report.ok ? EXIT.ok : EXIT.failed;
            }
            if (kind === "smoke") {
                const run = await checks.checkSmoke(query);
                io.stdout(text ? checks.smokeText(run.report) : json(run));
                return run.report.ok ? EXIT.ok : EXIT.failed;
            }
            const run = await checks.checkRegression({
                ...query,
                cwd: repoDir,
                ...(text ? { onOutput: (chunk) => io.stderr(chunk) } : {}),
            });
            io.stdout(text ? `${run.result.reason}\n${run.result.ok ? "passed" : "failed"}\n` : json(run));
            return run.result.ok ? EXIT.ok : EXIT.failed;
        }
        catch (error) {
            if (!(error instanceof checks.CheckError))
                throw error;
            io.stderr(`gitops check: ${error.message}\n`);
            printDiagnostics(io, error.diagnostics);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./src/commands/gate.ts
// gitops gate --after SHA --as LOGIN: the gate's decision on a push, as a dry run from a
// laptop. GitHub and JIRA credentials come from the environment.


const gate = defineCommand({
    name: "gate",
    summary: "the gate's decision on a push, as a dry run",
    description: `The gate's decision on a push, with every rule and its reasons. GitHub and JIRA are
asked with GITHUB_TOKEN, GITHUB_REPOSITORY, JIRA_URL, and JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or
JIRA_TOKEN (Data Center) from the environment. Anything that cannot be answered denies. The
policy and what runs come from the deployment record (refs/gitops/ENV, fetched from origin).`,
    options: {
        after: { type: "string", required: true, value: "SHA", description: "the pushed commit" },
        before: {
            type: "string",
            value: "SHA",
            description: "the branch head before the push (none: a first push)",
        },
        env: envOption("the environment (default: the one whose branch is --before)"),
        as: { type: "string", required: true, value: "LOGIN", description: "the GitHub login that pushed" },
        repo: repoOption,
        "default-branch": defaultBranchOption,
    },
    formats: ["text", "json"],
    exits: [
        [EXIT.ok, "allow"],
        [EXIT.skipped, "skip: a skip marker, nothing deploys"],
        [EXIT.failed, "deny, or the gate could not decide"],
    ],
    async run({ values, format }, io) {
        const [{ openDeployRepo }, { gatePush, jiraFromEnv }, { githubFromEnv }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(915), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5802)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(915), __nccwpck_require__.e(786), __nccwpck_require__.e(440), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7812)),
            __nccwpck_require__.e(/* import() */ 756).then(__nccwpck_require__.bind(__nccwpck_require__, 9756)),
        ]);
        const jira = jiraFromEnv(io.env);
        try {
            const repo = await openDeployRepo(io, values.repo, values["default-branch"]);
            const result = await gatePush({
                ...repo,
                ...(values.before ? { before: values.before } : {}),
                after: values.after,
                ...(values.env ? { environment: values.env } : { branch: values.before ?? values.after }),
                pusher: values.as,
                github: githubFromEnv(io),
                ...(jira ? { jira } : {}),
            });
            if (format === "json") {
                const { decision, results, tickets } = result;
                io.stdout(`${JSON.stringify({ decision, environment: result.environment.name, results, tickets }, null, 2)}\n`);
            }
            else {
                for (const r of result.results)
                    io.stdout(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}\n`);
                io.stdout(`\nGate for ${values.as} \u2192 ${result.environment.name}: ${result.decision}\n`);
            }
            return { allow: EXIT.ok, skip: EXIT.skipped, deny: EXIT.failed }[result.decision];
        }
        catch (error) {
            if (!(error instanceof Error))
                throw error;
            io.stderr(`gitops gate: the gate could not decide, so it denies: ${error.message}\n`);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./src/commands/plan.ts
// gitops plan --head REF [--base REF] [--env NAME]: what deploying head over base would change.



const plan = defineCommand({
    name: "plan",
    summary: "what deploying a commit changes, and how risky it is",
    description: `What deploying head over base changes, and how risky it is, read from git (no
checkout needed). No --base: a first deployment. --base refs/gitops/ENV plans from what the
deployment record says runs there. No --env: the environment whose branch is --base (or --head).
Like terraform plan -detailed-exitcode, the verdict is the exit status.`,
    options: {
        head: { type: "string", required: true, value: "REF", description: "the commit to deploy" },
        base: { type: "string", value: "REF", description: "what is deployed now" },
        env: envOption("the environment (default: the one whose branch is --base)"),
        repo: repoOption,
    },
    formats: ["text", "json", "markdown"],
    exits: [
        [EXIT.ok, "allow"],
        [EXIT.needsApproval, "needs approval"],
        [EXIT.failed, "deny, or the plan could not be made"],
    ],
    async run({ values, format }, io) {
        const [{ GitError, openGit }, planning, { printDiagnostics }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(915), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8974)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(915), __nccwpck_require__.e(786), __nccwpck_require__.e(686)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4686)),
            __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 1310)),
        ]);
        try {
            const result = await planning.buildPlan({
                git: openGit((0,external_node_path_.resolve)(io.cwd, values.repo)),
                ...(values.base ? { base: values.base } : {}),
                // The deployment record is no commit of the branch: planning from it is no force push.
                ...(values.base?.startsWith("refs/gitops/") ? { pushedOver: "" } : {}),
                head: values.head,
                ...(values.env ? { environment: values.env } : { branch: values.base ?? values.head }),
            });
            const render = {
                text: () => planning.renderText(result, { color: io.color }),
                json: () => planning.renderJson(result),
                markdown: () => planning.renderMarkdown(result),
            };
            io.stdout(render[format]());
            return result.verdict === "allow"
                ? EXIT.ok
                : result.verdict === "needs-approval"
                    ? EXIT.needsApproval
                    : EXIT.failed;
        }
        catch (error) {
            if (!(error instanceof planning.PlanError || error instanceof GitError))
                throw error;
            io.stderr(`gitops plan: ${error.message}\n`);
            if (error instanceof planning.PlanError)
                printDiagnostics(io, error.diagnostics);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./src/commands/release.ts
// gitops release --env NAME: the whole release of a push from a laptop (or a runner without
// the actions): gate, plan, deploy, checks, notifications and rollback, with live progress.
// --dry-run stops after the gate and says what would run.



const release = defineCommand({
    name: "release",
    summary: "release a push: gate, deploy, checks, notices, rollback",
    description: `Releases a push to the environment: the gate and the plan, then for each changed
service deploy, healthcheck and the environment's further stages, with notifications and the
previous version restored on failure. Live progress per service and stage; --verbose adds the
commands' output. Without --before/--after: the last push of the environment's branch (origin/NAME
and its reflog). What runs, the policy and the rollback target come from the deployment record
(refs/gitops/NAME, shared with origin); each release is written to it, and a release it cannot be
written to deploys nothing. Credentials as for gate; Slack webhooks in the variables gitops.yaml names; email
with SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_PASSWORD.`,
    options: {
        env: { ...envOption("the environment to release to"), required: true },
        before: {
            type: "string",
            value: "SHA",
            description: "the branch head before the push (all zeros: a first push)",
        },
        after: { type: "string", value: "SHA", description: "the pushed commit (needs --before)" },
        as: {
            type: "string",
            value: "LOGIN",
            description: "the GitHub login that pushed (default: $GITHUB_ACTOR)",
        },
        repo: repoOption,
        "default-branch": defaultBranchOption,
        "dry-run": {
            type: "boolean",
            default: false,
            description: "plan and gate only: deploy nothing, tell nobody",
        },
        verbose: { type: "boolean", default: false, description: "show the commands' output" },
        result: { type: "string", value: "FILE", description: "also write the result as JSON to FILE" },
    },
    formats: ["text", "json", "markdown"],
    exits: [
        [EXIT.ok, "deployed, nothing to deploy, or a dry run the gate allows"],
        [EXIT.skipped, "the gate skips the push"],
        [EXIT.failed, "failed, rolled back, or denied"],
    ],
    async run({ values, format }, io) {
        if (values.after && !values.before)
            throw new UsageError("--after needs --before (all zeros for a first push)");
        const pusher = values.as ?? io.env.GITHUB_ACTOR;
        if (!pusher)
            throw new UsageError("release needs --as LOGIN (the GitHub login that pushed)");
        const [{ openDeployRepo }, pipeline, { githubFromEnv }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(915), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5802)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(915), __nccwpck_require__.e(786), __nccwpck_require__.e(440), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7812)),
            __nccwpck_require__.e(/* import() */ 756).then(__nccwpck_require__.bind(__nccwpck_require__, 9756)),
        ]);
        try {
            const { workdir, git, record, defaultBranch } = await openDeployRepo(io, values.repo, values["default-branch"]);
            const { before, after } = await pushRange(git, values.env, values.before, values.after);
            const head = await git.resolve("HEAD");
            if (head !== after)
                io.stderr(`gitops release: warning: the checkout is at ${head?.slice(0, 12) ?? "no commit"}, not the pushed ${after.slice(0, 12)}; commands run from the checkout\n`);
            const secrets = pipeline.channelSecretsFromEnv(io.env);
            const lines = pipeline.progressFormatter(painter(io.color));
            const onProgress = format === "text"
                ? (event) => {
                    for (const line of lines(event))
                        if (line.kind !== "output" || values.verbose)
                            io.stdout(`${line.text}\n`);
                }
                : undefined;
            // Ctrl-C stops the running commands (and everything they started) before gitops exits.
            const cancel = new AbortController();
            const stop = () => cancel.abort();
            process.once("SIGINT", stop);
            process.once("SIGTERM", stop);
            const result = await pipeline
                .release({
                git,
                workdir,
                ...(before ? { before } : {}),
                after,
                environment: values.env,
                pusher,
                record,
                ...(defaultBranch ? { defaultBranch } : {}),
                github: githubFromEnv(io),
                ...(secrets.jira ? { jira: secrets.jira } : {}),
                dryRun: values["dry-run"],
                notifiers: (config) => pipeline.notifiersFor(config, secrets),
                ...(onProgress ? { onProgress } : {}),
                signal: cancel.signal,
            })
                .finally(() => {
                process.off("SIGINT", stop);
                process.off("SIGTERM", stop);
            });
            if (values.result) {
                const { writeFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
                await writeFile((0,external_node_path_.resolve)(io.cwd, values.result), `${JSON.stringify(result, null, 2)}\n`);
            }
            if (format === "json")
                io.stdout(`${JSON.stringify(result, null, 2)}\n`);
            else if (format === "markdown")
                io.stdout(pipeline.releaseMarkdown(result));
            else
                io.stdout(`\n${pipeline.releaseText(result)}`);
            return exitCode(result);
        }
        catch (error) {
            if (!(error instanceof Error))
                throw error;
            io.stderr(`gitops release: ${error.message}\n`);
            return EXIT.failed;
        }
    },
});
function exitCode(result) {
    if (result.outcome === "skipped")
        return EXIT.skipped;
    return ["succeeded", "nothing-to-deploy", "dry-run"].includes(result.outcome) ? EXIT.ok : EXIT.failed;
}
/**
 * The push to release: --before/--after, or what the last `git push` (or fetch) moved the
 * remote-tracking branch from and to, as its reflog remembers.
 */
async function pushRange(git, environment, beforeArg, afterArg) {
    const tracking = `refs/remotes/origin/${environment}`;
    const afterRef = afterArg ?? tracking;
    const after = await git.resolve(afterRef);
    if (!after)
        throw new Error(`${afterRef} is not in the repository; pass --after SHA`);
    if (beforeArg) {
        const first = /^0+$/.test(beforeArg);
        const before = first ? undefined : await git.resolve(beforeArg);
        if (!before && !first)
            throw new Error(`--before ${beforeArg} is not in the repository`);
        return before ? { before, after } : { after };
    }
    const before = await git.resolve(`${tracking}@{1}`);
    if (!before)
        throw new Error(`cannot tell what ${tracking} was before the last push; pass --before SHA --after SHA`);
    return { before, after };
}
const ANSI = { bold: 1, dim: 2, green: 32, red: 31, yellow: 33 };
const painter = (color) => (style, text) => color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text;

;// CONCATENATED MODULE: ./src/commands/rollback.ts
// gitops rollback --env NAME --service NAME [--to VERSION]: a commit on the environment's branch
// that puts the service back to a version the deployment record shows ran healthy there, pushed
// to origin, so the branch names what runs again and the next release has nothing to undo.


const rollback = defineCommand({
    name: "rollback",
    summary: "put a service's descriptor back to a version that ran healthy, on its branch",
    description: `Commits to the environment's branch the descriptor of the service as it last ran healthy
there (or of --to VERSION, if the deployment record shows that version ran healthy there), and
pushes the commit to origin. The commit cites the tickets of the release that failed and names
its failure issue; the release it starts plans the return as safe, not as a risky downgrade.`,
    options: {
        env: { ...envOption("the environment"), required: true },
        service: { type: "string", required: true, value: "NAME", description: "the service to roll back" },
        to: {
            type: "string",
            value: "VERSION",
            description: "a version that ran healthy there (default: the one that runs)",
        },
        ticket: {
            type: "string",
            value: "KEY",
            description: "a ticket to cite besides those of the failed release",
        },
        "no-push": { type: "boolean", default: false, description: "make the commit, leave pushing to you" },
        repo: repoOption,
    },
    formats: ["text", "json"],
    exits: [
        [EXIT.ok, "committed (and pushed)"],
        [EXIT.failed, "nothing healthy to go back to, or the push was refused"],
    ],
    async run({ values, format }, io) {
        const [{ openDeployRepo }, pipeline] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(915), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5802)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(915), __nccwpck_require__.e(786), __nccwpck_require__.e(440), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7812)),
        ]);
        try {
            const repo = await openDeployRepo(io, values.repo);
            const done = await pipeline.rollbackToHealthy({
                git: repo.git,
                record: repo.record,
                environment: values.env,
                service: values.service,
                ...(values.to ? { to: values.to } : {}),
                ...(values.ticket ? { tickets: [values.ticket] } : {}),
                push: !values["no-push"],
            });
            const origin = await repo.git.hasOrigin();
            if (format === "json")
                io.stdout(`${JSON.stringify(done, null, 2)}\n`);
            else
                io.stdout(`${values.service}: ${done.from ?? "?"} \u2192 ${done.to.version} on ${done.branch} (${done.commit.slice(0, 12)})${done.pushed ? (origin ? ", pushed to origin" : "") : `; push it: git push origin ${done.commit}:refs/heads/${done.branch}`}\n`);
            return EXIT.ok;
        }
        catch (error) {
            if (!(error instanceof Error))
                throw error;
            io.stderr(`gitops rollback: ${error.message}\n`);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./src/commands/status.ts
// gitops status: what each environment's branch names, what the deployment record says runs,
// and where the two drift apart.


const status_status = defineCommand({
    name: "status",
    summary: "what runs where: each branch, the deployment record, and the drift between them",
    description: `For each environment (or --env) and service: the version the environment's branch names,
what the deployment record says runs (since when, pushed by whom, how its last release ended), and
where the two disagree. The record is refs/gitops/ENV, fetched from origin when there is one.`,
    options: {
        env: envOption("only this environment"),
        repo: repoOption,
        "default-branch": defaultBranchOption,
    },
    formats: ["text", "json", "markdown"],
    exits: [
        [EXIT.ok, "every branch names what runs"],
        [EXIT.failed, "some service drifts (or the status could not be read)"],
    ],
    async run({ values, format }, io) {
        const [{ branchRef, listingConfig, openDeployRepo }, pipeline] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(915), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5802)),
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(915), __nccwpck_require__.e(786), __nccwpck_require__.e(440), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7812)),
        ]);
        try {
            const repo = await openDeployRepo(io, values.repo, values["default-branch"]);
            if (await repo.git.hasOrigin())
                await repo.git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
            const report = await pipeline.environmentStatus({
                git: repo.git,
                record: repo.record,
                config: await listingConfig(repo),
                ...(values.env ? { environments: [values.env] } : {}),
                branchRef: (branch) => branchRef(repo, branch),
            });
            const render = {
                text: () => pipeline.statusText(report),
                json: () => `${JSON.stringify(report, null, 2)}\n`,
                markdown: () => pipeline.statusMarkdown(report),
            };
            io.stdout(render[format]());
            return report.environments.some((e) => e.services.some((s) => s.drift)) ? EXIT.failed : EXIT.ok;
        }
        catch (error) {
            if (!(error instanceof Error))
                throw error;
            io.stderr(`gitops status: ${error.message}\n`);
            return EXIT.failed;
        }
    },
});

;// CONCATENATED MODULE: ./src/commands/validate.ts
// gitops validate [dir]: checks gitops.yaml and every descriptor, compiler-style.


const validate = defineCommand({
    name: "validate",
    summary: "check gitops.yaml and every deployment descriptor",
    description: `Checks gitops.yaml and every deployment descriptor in dir (default: the current
directory), and prints each problem as file:line:column with the field. --format github prints
workflow commands, so a CI step annotates each bad line.`,
    positionals: [{ name: "dir" }],
    options: {},
    formats: ["text", "json", "github"],
    exits: [
        [EXIT.ok, "valid"],
        [EXIT.failed, "not valid"],
    ],
    async run({ positionals, format }, io) {
        const [{ directoryReader, loadRepo, validationReport }, { formatReport }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(766), __nccwpck_require__.e(460)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6460)),
            __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 1310)),
        ]);
        const root = (0,external_node_path_.resolve)(io.cwd, positionals[0] ?? ".");
        const repo = await loadRepo(directoryReader(root));
        // Paths as the user can open them from where they stand.
        const display = (file) => (0,external_node_path_.relative)(io.cwd, (0,external_node_path_.resolve)(root, file)) || file;
        const report = validationReport(repo, display);
        (format === "text" && !report.valid ? io.stderr : io.stdout)(formatReport(report, format, io.color));
        return report.valid ? EXIT.ok : EXIT.failed;
    },
});

;// CONCATENATED MODULE: ./src/commands/index.ts







// biome-ignore lint/suspicious/noExplicitAny: each command has its own option and format types; the dispatcher checks values against the declarations
const COMMANDS = [
    validate,
    plan,
    gate,
    release,
    status_status,
    rollback,
    check,
];

;// CONCATENATED MODULE: ./src/cli.ts
// The gitops command line: finds the command, parses its declared options, checks --format
// once, and hands `run` typed values. Help comes from the same declarations.



const VERSION = "0.1.0";
async function run(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined) {
        io.stderr(overview());
        return EXIT.usage;
    }
    if (name === "-h" || name === "--help") {
        io.stdout(overview());
        return EXIT.ok;
    }
    if (name === "-v" || name === "--version") {
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
    }
    if (name === "help") {
        const topic = rest[0] === undefined ? undefined : find(rest[0]);
        if (rest[0] !== undefined && !topic)
            return usageError(`unknown command "${rest[0]}"`, io);
        io.stdout(topic ? commandHelp(topic) : overview());
        return EXIT.ok;
    }
    const command = find(name);
    if (!command)
        return usageError(`unknown command "${name}"`, io);
    let args;
    try {
        args = parse(command, rest);
    }
    catch (error) {
        if (error instanceof UsageError)
            return usageError(error.message, io, command);
        throw error;
    }
    if (args === "help") {
        io.stdout(commandHelp(command));
        return EXIT.ok;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        if (error instanceof UsageError)
            return usageError(error.message, io, command);
        throw error;
    }
}
const find = (name) => COMMANDS.find((c) => c.name === name);
function usageError(message, io, command) {
    const hint = command
        ? `usage: ${command.usage}\nRun "gitops ${command.name} --help" for more.`
        : `Run "gitops --help" for the commands.`;
    io.stderr(`gitops: ${message}\n${hint}\n`);
    return EXIT.usage;
}
/** The command's values, positionals and format; "help" when -h/--help was given. */
function parse(command, argv) {
    const options = { help: { type: "boolean", short: "h" } };
    for (const [name, o] of Object.entries(command.options)) {
        options[name] = {
            type: o.type,
            ...(o.short ? { short: o.short } : {}),
            ...(o.default !== undefined ? { default: o.default } : {}),
        };
    }
    const formats = command.formats ?? [];
    if (formats.length > 0)
        options.format = { type: "string", short: "f", default: formats[0] };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return "help";
    const declared = command.positionals ?? [];
    if (positionals.length > declared.length) {
        throw new UsageError(declared.length === 0
            ? `${command.name} takes no arguments, only options (got "${positionals[0]}")`
            : `${command.name} takes ${declared.map((p) => p.name).join(" ")}; "${positionals[declared.length]}" is one too many`);
    }
    const format = String(values.format ?? "");
    if (formats.length > 0 && !formats.includes(format))
        throw new UsageError(`--format must be one of ${formats.join(", ")}`);
    const missingPositional = declared.slice(positionals.length).find((p) => p.required);
    if (missingPositional)
        throw new UsageError(`${command.name} needs ${missingPositional.name}`);
    for (const [name, o] of Object.entries(command.options)) {
        if (o.required && (values[name] === undefined || values[name] === ""))
            throw new UsageError(`${command.name} needs --${name}${o.value ? ` ${o.value}` : ""}`);
    }
    delete values.help;
    delete values.format;
    return { values, positionals, format };
}
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        "gitops: a git repository as the deploy button",
        "",
        "Usage: gitops <command> [options]",
        "",
        "Commands:",
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        "",
        'Run "gitops <command> --help" for what a command takes and what its exit status means.',
        "",
        "Options:",
        "  -h, --help     show this help",
        "  -v, --version  show the version",
        "",
    ].join("\n");
}
function commandHelp(command) {
    const rows = Object.entries(command.options).map(([name, o]) => {
        const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
        const fallback = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : "";
        return [flag, `${o.description}${fallback}`];
    });
    if (command.formats?.length)
        rows.push([
            `-f, --format ${command.formats.join("|")}`,
            `how to print the result (default: ${command.formats[0]})`,
        ]);
    rows.push(["-h, --help", "show this help"]);
    const width = Math.max(...rows.map(([flag]) => flag.length));
    return [
        `gitops ${command.name}: ${command.summary}`,
        "",
        "Usage:",
        `  ${command.usage}`,
        "",
        ...command.description.split("\n").map((line) => (line ? `  ${line}` : "")),
        "",
        "Options:",
        ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
        "",
        "Exit status:",
        ...[...command.exits, [EXIT.usage, "the command line is wrong"]].map(([code, text]) => `  ${String(code).padStart(2)}  ${text}`),
        "",
    ].join("\n");
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
    process.exitCode = EXIT.internal;
});

