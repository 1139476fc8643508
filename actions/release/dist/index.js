import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ progressFormatter)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(569);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3679);
// The release's live progress as lines, the same in a terminal and in a runner's log: one
// line a stage, a heading a service, the commands' output as its own kind of line (the action
// logs it where it cannot issue workflow commands; the terminal shows it with --verbose).

const MARK = {
    passed: ["green", "\u2713"],
    failed: ["red", "\u2717"],
    skipped: ["yellow", "\u2013"],
};
// Every line-break form: a command's output is split into lines that cannot break again.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const plain = (_style, text) => text;
/** A formatter for one release: it sizes the service column from the services the gate lets through. */
function progressFormatter(paint = plain) {
    let width = 0;
    const column = (service) => (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(service).padEnd(width);
    const line = (kind, text, failed = false) => ({
        kind,
        text,
        failed,
    });
    return (event) => {
        switch (event.type) {
            case "gate":
                width = Math.max(0, ...event.services.map((s) => (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(s).length));
                return [
                    line("heading", `${paint("bold", `gate ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.environment)}`)}: ${event.decision} \u00b7 ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.plan)}`),
                    ...event.reasons.map((reason) => line("heading", `  ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(reason)}`)),
                ];
            case "service": {
                const from = event.from && event.from !== event.to ? `${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.from)} \u2192 ` : "";
                return [
                    line("heading", `${paint("bold", `\u25b6 ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.service)}`)} ${from}${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.to ?? "")}`),
                ];
            }
            case "stage-end": {
                const [style, mark] = MARK[event.outcome];
                const stage = `${event.rollback ? "rollback " : ""}${event.stage}`;
                const time = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(event.durationMs).padStart(7);
                const text = `  ${column(event.service)}  ${stage.padEnd(20)} ${paint(style, mark)} ${time}  ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(event.reason)}`;
                return [line("stage", text, event.outcome === "failed")];
            }
            case "output":
                return event.chunk
                    .split(LINE_BREAK)
                    .filter((l) => l.trim() !== "")
                    .map((l) => line("output", paint("dim", `  ${column(event.service)}  \u2502 ${l}`)));
            case "delivery": {
                const d = event.delivery;
                const [style, mark] = d.ok ? MARK.passed : MARK.failed;
                const what = `notify ${event.event}`.padEnd(20);
                const text = `  ${column(event.service)}  ${what} ${paint(style, mark)} ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(d.channel)} ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(d.target)}: ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(d.detail)}`;
                return [line("delivery", text, !d.ok)];
            }
            default:
                return [];
        }
    };
}


/***/ }),

/***/ 8607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ parseWebhookLines),
/* harmony export */   tA: () => (/* binding */ webhookFromEnv),
/* harmony export */   uM: () => (/* binding */ jiraFromEnv),
/* harmony export */   yO: () => (/* binding */ channelSecretsFromEnv)
/* harmony export */ });
const SECRET_NAME = /^[A-Z][A-Z0-9_]*$/;
/** A webhook URL from the variable gitops.yaml names, when it holds one. */
function webhookFromEnv(env, name) {
    const value = env[name];
    return value && SECRET_NAME.test(name) && /^https?:\/\//.test(value) ? value : undefined;
}
/**
 * Secrets from environment variables, as the CLI and the demo get them: Slack webhooks under the
 * names gitops.yaml gives them, SMTP_* for email, JIRA_* for JIRA.
 */
function channelSecretsFromEnv(env) {
    const secrets = { slackWebhook: (name) => webhookFromEnv(env, name) };
    if (env.SMTP_HOST) {
        const security = env.SMTP_SECURITY ?? "starttls";
        if (security !== "starttls" && security !== "tls" && security !== "none")
            throw new Error(`SMTP_SECURITY must be starttls, tls or none, not "${security}"`);
        secrets.smtp = {
            host: env.SMTP_HOST,
            security,
            ...(env.SMTP_PORT ? { port: Number(env.SMTP_PORT) } : {}),
            ...(env.SMTP_USERNAME ? { username: env.SMTP_USERNAME } : {}),
            ...(env.SMTP_PASSWORD ? { password: env.SMTP_PASSWORD } : {}),
        };
    }
    const jira = jiraFromEnv(env);
    if (jira)
        secrets.jira = jira;
    return secrets;
}
/** JIRA_URL (optional: gitops.yaml's jira.url), JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center). */
function jiraFromEnv(env) {
    const auth = env.JIRA_TOKEN
        ? { token: env.JIRA_TOKEN }
        : env.JIRA_EMAIL && env.JIRA_API_TOKEN
            ? { email: env.JIRA_EMAIL, apiToken: env.JIRA_API_TOKEN }
            : undefined;
    return auth ? { ...(env.JIRA_URL ? { url: env.JIRA_URL } : {}), auth } : undefined;
}
/** The slack-webhooks input: one `NAME=https://hooks.slack.com/\u2026` per line; blank lines and `#` comments skipped. */
function parseWebhookLines(text) {
    const webhooks = {};
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith("#"))
            return;
        const eq = line.indexOf("=");
        const name = line.slice(0, eq).trim();
        const url = line.slice(eq + 1).trim();
        // The message names the line, never its value: the value is a secret.
        if (eq < 1 || !SECRET_NAME.test(name) || !/^https?:\/\/\S+$/.test(url))
            throw new Error(`slack-webhooks line ${i + 1}: expected NAME=https://\u2026, with NAME in capitals`);
        webhooks[name] = url;
    });
    return webhooks;
}


/***/ }),

/***/ 7132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   VP: () => (/* binding */ ranHealthy),
/* harmony export */   W1: () => (/* binding */ RecordError),
/* harmony export */   bq: () => (/* binding */ healthyRef),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   yh: () => (/* binding */ withHealthy)
/* harmony export */ });
/* unused harmony export HEALTHY_KEPT */
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
function withHealthy(healthy, ref) {
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


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yr: () => (/* binding */ applyRelease),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7132);
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
                next.healthy = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .withHealthy */ .yh)(before.healthy, f.pushed);
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


/***/ }),

/***/ 5426:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   lI: () => (/* binding */ RetryGaveUp)
/* harmony export */ });
// Patient calls to services that ask for patience: retry 429 and 5xx with exponential
// backoff, waiting at least what Retry-After says, and give up after a few attempts so a
// gate never hangs a deployment.
class RetryGaveUp extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
        this.name = "RetryGaveUp";
    }
}
const retryable = (status) => status === 429 || status >= 500;
/** How long Retry-After asks to wait, in ms, or undefined when it says nothing usable. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
async function withRetry(what, call, failure, options = {}) {
    const attempts = options.attempts ?? 4;
    const base = options.baseMs ?? 500;
    const max = options.maxMs ?? 30_000;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            const http = failure(error);
            if (!http || !retryable(http.status) || attempt >= attempts)
                throw error;
            const asked = retryAfterMs(http.retryAfter);
            if (asked !== undefined && asked > max) {
                throw new RetryGaveUp(`${what}: asked to wait ${Math.round(asked / 1000)} s (status ${http.status}); not waiting that long`, error);
            }
            await sleep(Math.max(asked ?? 0, Math.min(max, base * 2 ** (attempt - 1))));
        }
    }
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
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


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
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
function core_warning(message, properties = {}) {
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
// EXTERNAL MODULE: ../../packages/record/src/state.ts
var src_state = __nccwpck_require__(7132);
;// CONCATENATED MODULE: ../../packages/record/src/store.ts
// Where the record lives: one interface, two stores (a git ref in the deploy repo, GitHub's
// Deployments). A write names the version it read, so two releases never overwrite each other.
/** The record's ref for an environment; environment names are lower-case words, checked by the config schema. */
const recordRef = (environment) => `refs/gitops/${environment}`;

// EXTERNAL MODULE: ../../packages/record/src/transition.ts
var transition = __nccwpck_require__(6906);
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
            `${ref}:${transition/* CONFIG_PATH */.tF}`,
        ]);
        if (head?.type !== "commit")
            return undefined;
        const commit = head.oid;
        if (stateObject?.type !== "blob")
            throw new src_state/* RecordError */.W1(`${ref} at ${commit.slice(0, 12)} has no ${STATE_PATH}`);
        const state = (0,src_state/* parseState */.Bu)(Buffer.from(stateObject.bytes).toString("utf8"), environment);
        // The three names were resolved one after another: a write in between would mix two
        // records, which the commit's release (in its message) and the state's tell apart.
        const release = releaseFromMessage(Buffer.from(head.bytes).toString("utf8"));
        if (release && release.id !== state.release?.id) {
            if (attempt >= 3)
                throw new src_state/* RecordError */.W1(`${ref} kept changing while it was read`);
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
        throw new src_state/* RecordError */.W1(`cannot fetch ${ref} from origin: ${error instanceof Error ? error.message : String(error)}`);
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
                throw new src_state/* RecordError */.W1(`the newest record of ${environment} in GitHub Deployments was created by ${creator || "nobody known"}, not by ${writers.join(" or ")}: refusing to trust it`);
            const payload = (typeof deployment.payload === "string" ? JSON.parse(deployment.payload) : deployment.payload);
            if (payload?.schema !== 1 || typeof payload.files !== "object")
                throw new src_state/* RecordError */.W1(`the record of ${environment} in deployment ${deployment.id} is not a gitops record`);
            const state = (0,src_state/* parseState */.Bu)(JSON.stringify(payload.state), environment);
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
                throw new src_state/* RecordError */.W1(`nothing to record for ${environment}: no release`);
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
        throw new src_state/* RecordError */.W1(`the record of ${environment} is ${size} bytes, more than a GitHub deployment's payload holds (${MAX_PAYLOAD_BYTES}): keep it in git (record: git)`);
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
        throw new src_state/* RecordError */.W1(`the record of ${environment} names descriptors this clone does not have (fetch the environment branch's whole history): ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var src_retry = __nccwpck_require__(5426);
;// CONCATENATED MODULE: ../../packages/gate/src/github.ts
// GitHub as the gate asks it: team membership and commit signatures, through an Octokit
// `request` function the adapter passes in (so this package never loads a GitHub client).

const asRequestError = (error) => typeof error === "object" && error !== null && typeof error.status === "number"
    ? error
    : undefined;
function githubFacts(request, repository, retry = {}) {
    const call = (what, run) => (0,src_retry/* withRetry */.bD)(what, run, (error) => {
        const e = asRequestError(error);
        if (!e)
            return undefined;
        const retryAfter = e.response?.headers?.["retry-after"];
        return retryAfter === undefined ? { status: e.status } : { status: e.status, retryAfter };
    }, retry).catch((error) => {
        const e = asRequestError(error);
        throw new Error(`GitHub: ${what} failed${e ? ` (${e.status} ${e.message})` : `: ${error.message}`}`);
    });
    return {
        async isTeamMember(org, team, login) {
            try {
                const { data } = await call(`team membership of ${login} in ${org}/${team}`, () => request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
                    org,
                    team_slug: team,
                    username: login,
                }));
                // A pending invitation is not membership.
                return data.state === "active";
            }
            catch (error) {
                // GitHub answers 404 both for "not a member" and for a team the token cannot see.
                if (/\(404 /.test(error.message))
                    return false;
                throw error;
            }
        },
        async isCommitVerified(sha) {
            const { data } = await call(`signature of ${sha.slice(0, 12)}`, () => request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repository, ref: sha }));
            return (data.commit?.verification?.verified ===
                true);
        },
    };
}
/**
 * GitHubFacts whose client is made on the first question: an adapter passes how to load
 * Octokit, and a run whose rules ask GitHub nothing never loads it.
 */
function lazyGitHubFacts(loadRequest, repository, retry = {}) {
    let facts;
    const load = () => (facts ??= loadRequest().then((request) => githubFacts(request, repository, retry)));
    return {
        isTeamMember: async (org, team, login) => (await load()).isTeamMember(org, team, login),
        isCommitVerified: async (sha) => (await load()).isCommitVerified(sha),
    };
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
function github_githubFacts(token, repository) {
    return lazyGitHubFacts(octokitRequest(token), repository);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../shared/src/inputs.ts
// Reading action inputs into typed values: one function per kind of value, each failing with the
// input's name and what it got, so a misconfigured step says exactly which line to fix.



/** The input, or undefined when it is empty (an unset input reads as ""). */
function optionalInput(name) {
    return getInput(name) || undefined;
}
function requiredInput(name) {
    return core.getInput(name, { required: true });
}
/** A secret input, masked in the log the moment it is read. */
function secretInput(name) {
    const value = getInput(name);
    if (value)
        setSecret(value);
    return value;
}
function booleanInput(name) {
    return getBooleanInput(name);
}
/** Where the workflow's checkout lives: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspaceRoot() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
/** A directory input (default "path") resolved against the workspace. */
function workspacePath(name = "path") {
    return (0,external_node_path_.resolve)(workspaceRoot(), getInput(name) || ".");
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
    const value = getInput(name) || fallback;
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

;// CONCATENATED MODULE: ../shared/src/record.ts



const ACTIONS_BOT = {
    name: "github-actions[bot]",
    email: "41898282+github-actions[bot]@users.noreply.github.com",
};
function recordInput() {
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
// EXTERNAL MODULE: ../../packages/pipeline/src/progress.ts
var progress = __nccwpck_require__(6159);
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
    const lines = (0,progress/* progressFormatter */.Q)();
    return (event) => {
        const formatted = lines(event);
        logCommandOutput(formatted.filter((l) => l.kind === "output").map((l) => l.text));
        for (const line of formatted.filter((l) => l.kind !== "output")) {
            if (line.failed && line.kind === "stage")
                error(line.text.trim());
            else
                info(line.text);
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ../shared/src/event.ts
// The event that started the workflow, as the runner wrote it to GITHUB_EVENT_PATH, and the
// facts of a push every action reads the same way.



function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    return path ? JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8")) : {};
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

// EXTERNAL MODULE: ../../packages/pipeline/src/secrets.ts
var secrets = __nccwpck_require__(8607);
;// CONCATENATED MODULE: ../shared/src/channels.ts
// The credentials of the channels and of JIRA, from the inputs, each secret masked on arrival.



/** JIRA credentials from jira-token (Data Center) or jira-email + jira-api-token (Cloud); jira-url optional. */
function jiraInputs() {
    const jiraToken = secretInput("jira-token");
    const apiToken = secretInput("jira-api-token");
    const email = getInput("jira-email");
    const url = optionalInput("jira-url");
    const auth = jiraToken ? { token: jiraToken } : email && apiToken ? { email, apiToken } : undefined;
    return auth ? { ...(url ? { url } : {}), auth } : undefined;
}
/** JIRA, Slack and SMTP secrets from the inputs; webhooks may also come as environment variables. */
function channelInputs() {
    const webhooks = (0,secrets/* parseWebhookLines */.g9)(secretInput("slack-webhooks"));
    // Each URL alone (the runner masks a multi-line secret line by line, so "NAME=URL" is not the URL).
    for (const url of Object.values(webhooks))
        setSecret(url);
    const channels = {
        // Only the names gitops.yaml gives a channel are asked for, and masked when they are.
        slackWebhook: (name) => {
            const url = webhooks[name] ?? (0,secrets/* webhookFromEnv */.tA)(process.env, name);
            if (url)
                setSecret(url);
            return url;
        },
    };
    const host = optionalInput("smtp-host");
    if (host) {
        const port = portInput("smtp-port");
        const username = optionalInput("smtp-username");
        const password = secretInput("smtp-password");
        channels.smtp = {
            host,
            security: oneOfInput("smtp-security", ["starttls", "tls", "none"], "starttls"),
            ...(port ? { port } : {}),
            ...(username ? { username } : {}),
            ...(password ? { password } : {}),
        };
    }
    const jira = jiraInputs();
    if (jira)
        channels.jira = jira;
    return channels;
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The release action's inputs and the push event as one typed settings object.

function readSettings() {
    return { ...pushTargetInputs(), dryRun: booleanInput("dry-run"), channels: channelInputs() };
}

;// CONCATENATED MODULE: ./src/main.ts
// Adapter: the whole release of one push in one step. Reads the inputs and the push, fetches
// the deploy repo if the workflow did not, runs the pipeline with live logs, and reports through
// outputs and the job summary. A release that fails, rolls back or is denied fails the step.



async function main() {
    const settings = readSettings();
    // The pipeline loads once there is a push to release: a misconfigured step fails at once.
    const [{ ensureCheckout, gitAuthEnv, isZeroSha, openGit }, pipeline] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(647), __nccwpck_require__.e(875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4875)),
        Promise.all(/* import() */[__nccwpck_require__.e(647), __nccwpck_require__.e(576)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4576)),
    ]);
    const { push } = settings;
    const before = isZeroSha(push.before) ? undefined : push.before;
    const { serverUrl } = push.repository;
    await ensureCheckout({
        dir: settings.workdir,
        ...push.repository,
        branch: push.branch,
        ...(before ? { before } : {}),
        after: push.after,
        ...(push.defaultBranch ? { defaultBranch: push.defaultBranch } : {}),
        token: settings.githubToken,
    }, info);
    // A cancelled run: stop the running commands (and everything they started) before the runner
    // kills this process, so no deploy goes on unseen.
    const cancel = new AbortController();
    for (const signal of ["SIGINT", "SIGTERM"])
        process.once(signal, () => cancel.abort());
    // The token rides in git's environment: the record is fetched from and pushed to origin, and
    // the gate looks at where origin's branch is now.
    const git = openGit(settings.workdir, { env: gitAuthEnv(serverUrl, settings.githubToken) });
    const result = await pipeline.release({
        git,
        record: recordStore(git, {
            kind: settings.record,
            mustReachOrigin: true,
            token: settings.githubToken,
            repository: push.repository,
        }),
        ...(push.defaultBranch ? { defaultBranch: `refs/remotes/origin/${push.defaultBranch}` } : {}),
        workdir: settings.workdir,
        ...(before ? { before } : {}),
        after: push.after,
        ...(settings.environment ? { environment: settings.environment } : { branch: push.branch }),
        pusher: push.pusher,
        ...(push.pusherEmail ? { pusherEmail: push.pusherEmail } : {}),
        github: github_githubFacts(settings.githubToken, push.repository),
        ...(settings.channels.jira ? { jira: settings.channels.jira } : {}),
        dryRun: settings.dryRun,
        notifiers: (config) => pipeline.notifiersFor(config, settings.channels),
        links: push.links,
        onProgress: progressLogger(),
        signal: cancel.signal,
    });
    setOutput("outcome", result.outcome);
    setOutput("decision", result.gate.decision);
    setOutput("result", JSON.stringify(result));
    info(pipeline.releaseText(result));
    await summary.addRaw(pipeline.releaseMarkdown(result)).write();
    for (const warning of pipeline.undeliveredNotices(result))
        core_warning(warning);
    if (!pipeline.releaseSucceeded(result))
        setFailed(`release to ${result.environment}: ${result.outcome}`);
}
main()
    .catch((error) => {
    setOutput("outcome", "failed");
    setFailed(error instanceof Error ? error.message : String(error));
})
    .finally(() => {
    // The release is over. A JIRA request it stopped waiting for must not hold the step open.
    process.exit();
});

