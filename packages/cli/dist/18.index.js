export const id = 18;
export const ids = [18];
export const modules = {

/***/ 4302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ healthcheckTargets),
/* harmony export */   d8: () => (/* binding */ healthcheckOptions),
/* harmony export */   sP: () => (/* binding */ runHealthcheck)
/* harmony export */ });
/* unused harmony exports DEFAULT_BACKOFF, DEFAULT_CONCURRENCY, defaultDeadlineMs, backoffDelay, abortableSleep */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2158);
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
        target: (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .targetFor */ .x1)(endpoint, service, readCa),
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
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, run.signal);
    const cancel = () => run.abort(options.signal?.reason);
    if (options.signal?.aborted)
        cancel();
    else
        options.signal?.addEventListener("abort", cancel, { once: true });
    const reports = targets.map(({ name, target }) => ({
        name,
        target: (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(target),
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
                result = await (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probe */ .dy)(target, {
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


/***/ }),

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ smokeTarget),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   x1: () => (/* binding */ targetFor)
/* harmony export */ });
/* unused harmony exports MAX_BODY_BYTES, DEFAULT_FOLLOW_REDIRECTS, describeStatuses, jsonPath, probeErrorFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
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
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host: target.host, port: target.port });
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
            req = (url.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request(url, options, (res) => {
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
function excerpt(text, max = 120) {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}
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


/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xZ: () => (/* binding */ runRegression)
});

// UNUSED EXPORTS: INHERITED_ENV, OUTPUT_TAIL_CHARS, RegressionError, failureAnnotations, formatDuration, summarizeReport

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../process/src/run.ts + 2 modules
var src_run = __webpack_require__(6714);
// EXTERNAL MODULE: ../process/src/env.ts
var env = __webpack_require__(4643);
;// CONCATENATED MODULE: ../checks/src/glob.ts


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
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[\u2026]`, `{\u2026}`, backslashes).
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
    return segments;
}
/** Whether a glob segment (`*`, `?`, literal characters) matches a whole file name. */
function matchSegment(segment, name) {
    if (name.startsWith(".") && !segment.startsWith(".") && hasWildcard(segment))
        return false;
    // The usual greedy matcher with one backtrack point: O(len(segment) \u00d7 len(name)), no regex.
    let p = 0;
    let n = 0;
    let star = -1;
    let mark = 0;
    while (n < name.length) {
        const pc = segment[p];
        if (pc !== undefined && pc !== "*" && (pc === "?" || pc === name[n])) {
            p++;
            n++;
        }
        else if (pc === "*") {
            star = p++;
            mark = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++mark;
        }
        else {
            return false;
        }
    }
    while (segment[p] === "*")
        p++;
    return p === segment.length;
}
/** Regular files under `root` that match `pattern` (see parseGlob). */
async function findFiles(root, pattern, options = {}) {
    const segments = parseGlob(pattern);
    const maxEntries = options.maxEntries ?? 100_000;
    const found = new Set();
    const visited = new Set();
    const listings = new Map();
    let seen = 0;
    let truncated = false;
    const list = async (dir) => {
        let entries = listings.get(dir);
        if (entries === undefined) {
            try {
                entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
            }
            catch {
                entries = []; // gone, not a directory, or unreadable: nothing to match there
            }
            seen += entries.length;
            if (seen > maxEntries)
                truncated = true;
            listings.set(dir, entries);
        }
        return entries;
    };
    const walk = async (dirAbs, dirRel, index) => {
        if (truncated || index >= segments.length)
            return;
        const key = `${index}\0${dirRel}`;
        if (visited.has(key))
            return;
        visited.add(key);
        const segment = segments[index];
        const last = index === segments.length - 1;
        const child = (name) => [
            (0,external_node_path_.join)(dirAbs, name),
            dirRel ? `${dirRel}/${name}` : name,
        ];
        if (segment === "**") {
            await walkStarStar(dirAbs, dirRel, index, last);
            return;
        }
        if (!hasWildcard(segment)) {
            const [abs, rel] = child(segment);
            let st;
            try {
                st = await (0,promises_.lstat)(abs);
            }
            catch {
                return;
            }
            if (last && st.isFile())
                found.add(rel);
            else if (!last && st.isDirectory())
                await walk(abs, rel, index + 1);
            return;
        }
        for (const e of await list(dirAbs)) {
            if (truncated)
                return;
            if (!matchSegment(segment, e.name))
                continue;
            const [abs, rel] = child(e.name);
            if (last && e.isFile())
                found.add(rel);
            else if (!last && e.isDirectory())
                await walk(abs, rel, index + 1);
        }
    };
    // `**` matches zero or more directories: try the rest of the pattern here, then in each
    // subdirectory with `**` still in front of it.
    const walkStarStar = async (dirAbs, dirRel, index, last) => {
        const entries = await list(dirAbs);
        if (last) {
            // `dir/**` is every file under dir, as `dir/**/*` is.
            for (const e of entries)
                if (e.isFile() && !e.name.startsWith("."))
                    found.add(join2(dirRel, e.name));
        }
        else {
            await walk(dirAbs, dirRel, index + 1);
        }
        for (const e of entries) {
            if (truncated)
                return;
            if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules")
                continue;
            await walk((0,external_node_path_.join)(dirAbs, e.name), join2(dirRel, e.name), index);
        }
    };
    await walk(root, "", 0);
    return { files: [...found].sort(), truncated };
}
function join2(dirRel, name) {
    return dirRel ? `${dirRel}/${name}` : name;
}
function hasWildcard(segment) {
    return segment.includes("*") || segment.includes("?");
}

;// CONCATENATED MODULE: ../checks/src/junit.ts
// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, \u2026), read into test cases and totals.
//
// A small, non-recursive XML reader written for this one format: it never expands DTDs (a
// DOCTYPE or ENTITY declaration is refused, so no XXE and no billion laughs), keeps no more
// than it needs, caps the input size and the nesting depth, and runs in time linear in the
// input. Totals are counted from the test cases, not copied from the suites' attributes.

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
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Throws a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
function parseJUnit(xml, file) {
    if (typeof xml !== "string")
        throw new JUnitParseError("the report is not text", file);
    if (xml.length > MAX_JUNIT_BYTES) {
        throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
    }
    return new Reader(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, file).read();
}
/** One report out of many (one file per test file or per package is common). */
function mergeReports(reports) {
    return summarize(reports.flatMap((r) => r.cases));
}
/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so.
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
    return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM; bad bytes become U+FFFD
}
const MAX_ANNOTATION_MESSAGE_CHARS = (/* unused pure expression or super */ null && (4 * 1024));
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
            message: truncate(message, MAX_ANNOTATION_MESSAGE_CHARS),
        });
    }
    return out;
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
class Reader {
    s;
    file;
    i = 0;
    /** Local names of the open elements. */
    stack = [];
    suites = [];
    cases = [];
    current;
    capture;
    sawRoot = false;
    constructor(s, file) {
        this.s = s;
        this.file = file;
    }
    read() {
        const s = this.s;
        const n = s.length;
        while (this.i < n) {
            const lt = s.indexOf("<", this.i);
            if (lt === -1) {
                this.text(this.i, n, false);
                break;
            }
            if (lt > this.i)
                this.text(this.i, lt, false);
            if (s.startsWith("<!--", lt)) {
                this.i = this.until("-->", lt + 4, lt, "a comment is not closed");
            }
            else if (s.startsWith("<![CDATA[", lt)) {
                const end = this.until("]]>", lt + 9, lt, "a CDATA section is not closed");
                this.text(lt + 9, end - 3, true);
                this.i = end;
            }
            else if (s.startsWith("<!", lt)) {
                // No DTDs: nothing to expand, nothing to fetch (no XXE, no billion laughs).
                const word = s.slice(lt + 2, lt + 9).toUpperCase();
                if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) {
                    this.fail(`refusing a ${word.startsWith("DOCTYPE") ? "DOCTYPE" : "ENTITY"} declaration`, lt);
                }
                if (s.indexOf(">", lt) === -1)
                    this.fail("unexpected end of the report in a declaration", lt);
                this.fail("unexpected markup declaration", lt);
            }
            else if (s.startsWith("<?", lt)) {
                this.i = this.until("?>", lt + 2, lt, "a processing instruction is not closed");
            }
            else if (s.charCodeAt(lt + 1) === 0x2f /* / */) {
                this.endTag(lt);
            }
            else {
                this.startTag(lt);
            }
        }
        if (this.stack.length > 0) {
            this.fail(`unexpected end of the report: <${this.stack[this.stack.length - 1]}> is not closed`, n);
        }
        if (!this.sawRoot)
            this.fail("no <testsuites> or <testsuite> element: not a JUnit report", 0);
        return summarize(this.cases);
    }
    /** The index after the next `marker`; a report cut off before it (truncated) is refused. */
    until(marker, from, start, problem) {
        const end = this.s.indexOf(marker, from);
        if (end === -1)
            this.fail(`unexpected end of the report: ${problem}`, start);
        return end + marker.length;
    }
    text(from, to, raw) {
        const c = this.capture;
        if (c === undefined || c.chars > MAX_DETAILS_CHARS)
            return;
        const take = Math.min(to, from + MAX_DETAILS_CHARS + 1 - c.chars);
        const piece = raw ? this.s.slice(from, take) : decodeText(this.s.slice(from, take));
        c.text.push(piece);
        c.chars += piece.length;
    }
    startTag(lt) {
        const s = this.s;
        const n = s.length;
        if (lt + 1 >= n)
            this.fail("unexpected end of the report after <", lt);
        let j = lt + 1;
        while (j < n && !isNameEnd(s.charCodeAt(j)))
            j++;
        const qname = s.slice(lt + 1, j);
        if (qname === "" || /[<&"'=]/.test(qname))
            this.fail("a tag has no valid name", lt);
        const attrs = new Map();
        let selfClosing = false;
        for (;;) {
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            const c = s.charCodeAt(j);
            if (c === 0x3e /* > */) {
                j++;
                break;
            }
            if (c === 0x2f /* / */) {
                if (j + 1 >= n)
                    this.fail(`unexpected end of the report inside <${qname}>`, lt);
                if (s.charCodeAt(j + 1) !== 0x3e)
                    this.fail(`unexpected "/" in <${qname}>`, j);
                selfClosing = true;
                j += 2;
                break;
            }
            const nameStart = j;
            while (j < n && !isNameEnd(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x3d /* = */)
                j++;
            const attr = s.slice(nameStart, j);
            if (attr === "")
                this.fail(`unexpected character in <${qname}>`, j);
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            if (s.charCodeAt(j) !== 0x3d)
                this.fail(`attribute ${attr} of <${qname}> has no value`, j);
            j++;
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            const q = s.charCodeAt(j);
            if (q !== 0x22 && q !== 0x27)
                this.fail(`attribute ${attr} of <${qname}> is not quoted`, j);
            const end = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
            if (end === -1)
                this.fail(`unexpected end of the report: attribute ${attr} of <${qname}> is not closed`, j);
            const key = localName(attr);
            if (!attrs.has(key))
                attrs.set(key, decodeAttribute(s.slice(j + 1, end)));
            j = end + 1;
        }
        this.i = j;
        this.open(localName(qname).toLowerCase(), attrs, lt);
        if (selfClosing)
            this.close(lt);
    }
    endTag(lt) {
        const end = this.until(">", lt + 2, lt, "an end tag is not closed");
        const qname = this.s.slice(lt + 2, end - 1).trim();
        const name = localName(qname).toLowerCase();
        const open = this.stack[this.stack.length - 1];
        if (open === undefined)
            this.fail(`</${qname}> closes nothing`, lt);
        if (open !== name)
            this.fail(`</${qname}> does not close <${open}>`, lt);
        this.i = end;
        this.close(lt);
    }
    open(name, attrs, at) {
        const depth = this.stack.length;
        if (depth >= MAX_JUNIT_DEPTH)
            this.fail(`elements nested deeper than ${MAX_JUNIT_DEPTH}`, at);
        this.stack.push(name);
        if (this.capture !== undefined)
            return; // markup inside a <failure>: its text is kept, the rest ignored
        const parent = depth === 0 ? undefined : this.stack[depth - 1];
        if (depth === 0) {
            if (name !== "testsuites" && name !== "testsuite") {
                this.fail(`not a JUnit report: the root element is <${name}>`, at);
            }
            this.sawRoot = true;
        }
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
    close(at) {
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
                this.fail(`internal: no suite open at </${name}>`, at);
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
    finishCapture(c) {
        let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
        if (text.length > MAX_DETAILS_CHARS)
            text = `${text.slice(0, MAX_DETAILS_CHARS)}\n\u2026 (truncated)`;
        const firstLine = text
            .split("\n")
            .map((l) => l.trim())
            .find((l) => l !== "");
        const raw = c.message?.trim() || firstLine;
        const message = raw === undefined ? undefined : truncate(raw, MAX_MESSAGE_CHARS);
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
            v.details = truncate(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
        }
    }
    innerSuite() {
        return this.suites[this.suites.length - 1];
    }
    /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
    zeroBasedLines() {
        return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
    }
    fail(reason, at) {
        let line = 1;
        let lineStart = 0;
        const s = this.s;
        for (let k = s.indexOf("\n"); k !== -1 && k < at; k = s.indexOf("\n", k + 1)) {
            line++;
            lineStart = k + 1;
        }
        throw new JUnitParseError(reason, this.file, line, at - lineStart + 1);
    }
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isNameEnd(c) {
    return isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */;
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
const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/**
 * Replaces the five predefined entities and character references. Anything else after an `&`
 * (a bare ampersand, an undeclared entity) is kept as written: reports are data, not documents
 * to validate, and some tools do not escape their `&`s.
 */
function decodeEntities(s) {
    let amp = s.indexOf("&");
    if (amp === -1)
        return s;
    let out = "";
    let from = 0;
    while (amp !== -1) {
        const semi = s.indexOf(";", amp + 1);
        if (semi === -1)
            break;
        if (semi - amp <= 10) {
            const ref = s.slice(amp + 1, semi);
            let ch;
            if (ref.charCodeAt(0) === 0x23 /* # */) {
                const code = /^#[xX][0-9a-fA-F]{1,6}$/.test(ref)
                    ? Number.parseInt(ref.slice(2), 16)
                    : /^#\d{1,7}$/.test(ref)
                        ? Number.parseInt(ref.slice(1), 10)
                        : undefined;
                if (code !== undefined) {
                    ch =
                        code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
                            ? "\uFFFD"
                            : String.fromCodePoint(code);
                }
            }
            else {
                ch = NAMED[ref];
            }
            if (ch !== undefined) {
                out += s.slice(from, amp) + ch;
                from = semi + 1;
            }
        }
        amp = s.indexOf("&", amp + 1);
    }
    return out + s.slice(from);
}
function decodeText(s) {
    return decodeEntities(s);
}
/** Attribute-value normalisation: literal tabs and newlines become spaces, `&#10;` stays a newline. */
function decodeAttribute(s) {
    return decodeEntities(s.replace(/\r\n|[\r\n\t]/g, " "));
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
function truncate(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}\u2026 (truncated)`;
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
    if (isAbsolute(f) || /^[A-Za-z]:\//.test(f)) {
        if (root === undefined)
            return f;
        const rel = relative(root, f);
        if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
            return undefined;
        return rel.split(sep).join("/");
    }
    return f.replace(/^(\.\/)+/, "");
}
/** The first `<file>:<line>` in a stack trace that names `file` (by its path or, failing that, its name). */
function lineInText(file, text) {
    if (text === "")
        return undefined;
    for (const needle of [file, basename(file)]) {
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

;// CONCATENATED MODULE: ../checks/src/regression.ts





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

// The same binding as junit.ts's, so `export *` of both modules is not ambiguous.

async function runRegression(options) {
    const { command, cwd, timeoutMs, signal, onOutput } = options;
    const now = options.now ?? (() => performance.now());
    const graceMs = options.killGraceMs ?? src_run/* DEFAULT_KILL_GRACE_MS */.ZY;
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
        if (!(await (0,promises_.stat)(cwd)).isDirectory())
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
        await (0,promises_.mkdir)((0,external_node_path_.join)(cwd, ...reportDir), { recursive: true });
    const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
    if (signal?.aborted)
        return notStarted;
    let run;
    try {
        run = await (0,src_run/* runCommand */.d1)({
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
        if (e instanceof src_run/* CommandError */.Qd)
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
        (0,src_run/* validateCommand */.Md)({ ...options, killGraceMs: graceMs });
    }
    catch (e) {
        if (e instanceof src_run/* CommandError */.Qd)
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
    return { ...(0,env/* inheritedEnv */.C)(INHERITED_ENV, options.parentEnv ?? process.env), ...options.env };
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
            out.set(f, fingerprint(await (0,promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true })));
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
            st = await (0,promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true });
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
            const text = decodeReportBytes(await (0,promises_.readFile)((0,external_node_path_.join)(cwd, f)));
            reports.push(parseJUnit(text, f));
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
    const exit = (0,src_run/* describeRun */.vZ)(command, timeoutMs, run);
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


/***/ }),

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ smokeText),
/* harmony export */   gB: () => (/* binding */ healthText)
/* harmony export */ });
/* unused harmony exports healthMarkdown, smokeMarkdown, regressionMarkdown */
// Cells quote what services and test suites said: no HTML of theirs reaches the summary.
const cell = (text) => text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const ms = (n) => (n === undefined ? "\u2014" : `${Math.round(n)} ms`);
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
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${cell(e.name)} | \`${cell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${cell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
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
        ...report.checks.map((c) => `| ${c.ok ? "\u2705" : "\u274c"} | ${cell(c.name)} | ${cell(c.reason)} | ${ms(c.latencyMs)} |`),
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
                out.push(`| ${cell(`${c.classname ? `${c.classname} \u203a ` : ""}${c.name}`)} | ${cell(c.message ?? "")} |`);
            if (failed.length > 50)
                out.push(`| \u2026 ${failed.length - 50} more | |`);
            out.push("");
        }
    }
    for (const e of result.reportErrors)
        out.push(`- ${cell(e)}`);
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runSmoke)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2158);
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
        const result = await (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probe */ .dy)((0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .smokeTarget */ .LW)(check, service), probeOptions);
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
    const text = node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status];
    return text ? `${status} ${text}` : `${status}`;
}


/***/ }),

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ inheritedEnv),
/* harmony export */   e: () => (/* binding */ isValidEnvEntry)
/* harmony export */ });
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


/***/ }),

/***/ 6714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ CommandError),
  ZY: () => (/* binding */ DEFAULT_KILL_GRACE_MS),
  vZ: () => (/* binding */ describeRun),
  d1: () => (/* binding */ runCommand),
  Md: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ../process/src/duration.ts
/** For people, not for parsing: 300000 \u2192 "5m", 90000 \u2192 "1m 30s", 1500 \u2192 "1.5s", 250 \u2192 "250ms". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Math.round(ms / 100) / 10}s`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean).join(" ");
}

// EXTERNAL MODULE: ../process/src/env.ts
var env = __webpack_require__(4643);
;// CONCATENATED MODULE: ../process/src/tail.ts
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

;// CONCATENATED MODULE: ../process/src/run.ts
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
        if (!(0,env/* isValidEnvEntry */.e)(k, v))
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
        if (!(await (0,promises_.stat)(cwd)).isDirectory())
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
        return `timed out after ${formatDuration(timeoutMs)}`;
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
            child = (0,external_node_child_process_.spawn)(command[0], command.slice(1), {
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
            const decoder = new external_node_string_decoder_.StringDecoder("utf8");
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


/***/ })

};
