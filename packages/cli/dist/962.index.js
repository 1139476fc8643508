export const id = 962;
export const ids = [962];
export const modules = {

/***/ 5470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckError: () => (/* reexport */ CheckError),
  DEFAULT_BACKOFF: () => (/* reexport */ healthcheck/* DEFAULT_BACKOFF */.VU),
  DEFAULT_CONCURRENCY: () => (/* reexport */ healthcheck/* DEFAULT_CONCURRENCY */.WH),
  DEFAULT_FOLLOW_REDIRECTS: () => (/* reexport */ probe/* DEFAULT_FOLLOW_REDIRECTS */.Sc),
  INHERITED_ENV: () => (/* reexport */ src_regression/* INHERITED_ENV */.HH),
  JUnitParseError: () => (/* reexport */ junit/* JUnitParseError */.qI),
  MAX_BODY_BYTES: () => (/* reexport */ probe/* MAX_BODY_BYTES */.YK),
  MAX_JUNIT_BYTES: () => (/* reexport */ junit/* MAX_JUNIT_BYTES */.w_),
  MAX_JUNIT_DEPTH: () => (/* reexport */ junit/* MAX_JUNIT_DEPTH */.o9),
  OUTPUT_TAIL_CHARS: () => (/* reexport */ src_regression/* OUTPUT_TAIL_CHARS */.vR),
  RegressionError: () => (/* reexport */ src_regression/* RegressionError */.mj),
  abortableSleep: () => (/* reexport */ healthcheck/* abortableSleep */.Mf),
  backoffDelay: () => (/* reexport */ healthcheck/* backoffDelay */.EY),
  checkHealth: () => (/* reexport */ checkHealth),
  checkRegression: () => (/* reexport */ checkRegression),
  checkSmoke: () => (/* reexport */ checkSmoke),
  decodeReportBytes: () => (/* reexport */ junit_bytes/* decodeReportBytes */.e),
  defaultDeadlineMs: () => (/* reexport */ healthcheck/* defaultDeadlineMs */.yd),
  describeStatuses: () => (/* reexport */ probe/* describeStatuses */.a1),
  describeTarget: () => (/* reexport */ probe/* describeTarget */.ff),
  failureAnnotations: () => (/* reexport */ failureAnnotations),
  healthMarkdown: () => (/* reexport */ render/* healthMarkdown */.gG),
  healthText: () => (/* reexport */ render/* healthText */.gB),
  healthcheckOptions: () => (/* reexport */ healthcheck/* healthcheckOptions */.d8),
  healthcheckTargets: () => (/* reexport */ healthcheck/* healthcheckTargets */.VG),
  jsonPath: () => (/* reexport */ probe/* jsonPath */.U1),
  mergeReports: () => (/* reexport */ junit/* mergeReports */.C1),
  parseJUnit: () => (/* reexport */ junit/* parseJUnit */.iM),
  probe: () => (/* reexport */ probe/* probe */.dy),
  probeErrorFor: () => (/* reexport */ probe/* probeErrorFor */.oJ),
  regressionMarkdown: () => (/* reexport */ render/* regressionMarkdown */.v1),
  regressionSummary: () => (/* reexport */ src_regression/* regressionSummary */.S6),
  runHealthcheck: () => (/* reexport */ healthcheck/* runHealthcheck */.sP),
  runRegression: () => (/* reexport */ src_regression/* runRegression */.xZ),
  runSmoke: () => (/* reexport */ smoke/* runSmoke */.L),
  serviceUnderCheck: () => (/* reexport */ serviceUnderCheck),
  serviceUrl: () => (/* reexport */ serviceUrl),
  smokeMarkdown: () => (/* reexport */ render/* smokeMarkdown */.NJ),
  smokeTarget: () => (/* reexport */ probe/* smokeTarget */.LW),
  smokeText: () => (/* reexport */ render/* smokeText */.Nu),
  summarizeReport: () => (/* reexport */ src_regression/* summarizeReport */.SM),
  targetFor: () => (/* reexport */ probe/* targetFor */.x1)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../checks/src/annotations.ts
// GitHub annotations for the failed tests of a JUnit report: at the test file and the line where
// it failed, so the pull request shows the failure next to the code.

const MAX_MESSAGE_CHARS = 4 * 1024;
/**
 * GitHub annotations for the failed and errored cases. The file is the case's `file`, or its
 * classname or suite name when that is a path (vitest, jest-junit with file-path suite names);
 * the line is the first `file:line` for that file in its stack trace (where it failed), or the
 * case's `line` (where the test starts).
 */
function failureAnnotations(report, options = {}) {
    const out = [];
    for (const c of report.cases) {
        if (c.status !== "failed" && c.status !== "error")
            continue;
        const file = annotationFile(c, options.root);
        // Where it failed (the first frame in the test file) is more use than where the test starts.
        const line = (file === undefined ? undefined : lineInText(file, c.details ?? c.message ?? "")) ?? c.line;
        const owner = c.classname || c.suite;
        const what = owner && owner !== c.name ? `${owner} \u203a ${c.name}` : c.name || owner || "(unnamed test)";
        const title = `${c.status === "error" ? "Test error" : "Test failed"}: ${what}`;
        let message = c.message ?? (c.status === "error" ? "error" : "failed");
        if (c.details && c.details !== c.message)
            message += `\n\n${c.details}`;
        out.push({
            ...(file === undefined ? {} : { file }),
            ...(line === undefined ? {} : { line }),
            title,
            message: message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS)}\u2026 (truncated)`,
        });
    }
    return out;
}
/** A relative source file path, as vitest writes classnames (not a Java class or a Go package). */
const PATH_LIKE = /^[^\s:*?"<>|]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|groovy|cs|php|rs|swift|exs?|feature)$/;
function annotationFile(c, root) {
    let f = c.file;
    if (!f) {
        // vitest's classname and jest-junit's `{filepath}` suite names are the test file's path.
        for (const candidate of [c.classname, c.suite]) {
            if (candidate?.includes("/") && PATH_LIKE.test(candidate)) {
                f = candidate;
                break;
            }
        }
    }
    if (!f)
        return undefined;
    f = f.replace(/\\/g, "/");
    if ((0,external_node_path_.isAbsolute)(f) || /^[A-Za-z]:\//.test(f)) {
        if (root === undefined)
            return f;
        const rel = (0,external_node_path_.relative)(root, f);
        if (rel === "" || rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        return rel.split(external_node_path_.sep).join("/");
    }
    return f.replace(/^(\.\/)+/, "");
}
/** The first `<file>:<line>` in a stack trace that names `file` (by its path or, failing that, its name). */
function lineInText(file, text) {
    if (text === "")
        return undefined;
    for (const needle of [file, (0,external_node_path_.basename)(file)]) {
        const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const m = new RegExp(`(?:^|[\\s(/"'\\\\])${escaped}:(\\d{1,9})`, "m").exec(text);
        if (m) {
            const n = Number(m[1]);
            if (n >= 1)
                return n;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ../checks/src/healthcheck.ts
var healthcheck = __webpack_require__(4302);
// EXTERNAL MODULE: ../checks/src/regression.ts + 1 modules
var src_regression = __webpack_require__(5956);
// EXTERNAL MODULE: ../model/src/service.ts
var service = __webpack_require__(8331);
;// CONCATENATED MODULE: ../checks/src/service.ts
// Which service to check, where: the descriptor as the environment sees it, read from the
// deploy repo, with the host and port optionally pointed elsewhere (a canary, a tunnel).

class CheckError extends Error {
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
async function serviceUnderCheck(query) {
    try {
        const { descriptor, environment } = await (0,service/* loadService */.oV)(query.reader, query.service, query.environment);
        return {
            descriptor,
            environment,
            address: { domain: query.host ?? descriptor.domain, port: query.port ?? descriptor.port },
        };
    }
    catch (error) {
        if (!(error instanceof service/* ServiceLookupError */.K4))
            throw error;
        throw new CheckError(LOOKUP_CODES[error.code], error.message, error.diagnostics);
    }
}
/** The URL tests and people use for the service: `http://domain:port`. */
function serviceUrl(address) {
    return `http://${address.domain}:${address.port}`;
}

// EXTERNAL MODULE: ../checks/src/smoke.ts
var smoke = __webpack_require__(8597);
;// CONCATENATED MODULE: ../checks/src/check.ts
// The three checks as one call each, for the actions and the CLI: find the service, build
// the targets from its descriptor, run, return a report that says what happened.




async function checkHealth(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    const options = (0,healthcheck/* healthcheckOptions */.d8)(descriptor.healthcheck, query.overrides ?? {});
    if (query.signal)
        options.signal = query.signal;
    if (query.onAttempt)
        options.onAttempt = query.onAttempt;
    const report = await (0,healthcheck/* runHealthcheck */.sP)((0,healthcheck/* healthcheckTargets */.VG)(descriptor.healthcheck, address, query.readCa), options);
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
    const report = await (0,smoke/* runSmoke */.L)(descriptor.smoke.checks, address, options);
    return { ...context(descriptor, environment.name, address), report };
}
async function checkRegression(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    const regression = descriptor.regression;
    if (!regression)
        throw new CheckError("E_CHECK_NOT_CONFIGURED", `${descriptor.service} has no regression command in its descriptor`);
    const ctx = context(descriptor, environment.name, address);
    const result = await (0,src_regression/* runRegression */.xZ)({
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

// EXTERNAL MODULE: ../checks/src/junit.ts + 2 modules
var junit = __webpack_require__(503);
// EXTERNAL MODULE: ../checks/src/junit-bytes.ts
var junit_bytes = __webpack_require__(9742);
// EXTERNAL MODULE: ../checks/src/probe.ts
var probe = __webpack_require__(2158);
// EXTERNAL MODULE: ../checks/src/render.ts
var render = __webpack_require__(894);
;// CONCATENATED MODULE: ../checks/src/index.ts












/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
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
function markdownCell(text) {
    return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}


/***/ })

};
