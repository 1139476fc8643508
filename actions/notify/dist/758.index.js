export const id = 758;
export const ids = [758];
export const modules = {

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openJira),
/* harmony export */   fV: () => (/* binding */ isJiraError)
/* harmony export */ });
/* unused harmony export JiraError */
/* harmony import */ var _gitops_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5426);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(569);
// One JIRA connection for whoever asks JIRA something (the gate, notify): jira.js loaded on the
// first call only, one client, our retry policy (429 and 5xx, Retry-After honoured) and a timeout
// per request. Everything a call throws is a JiraError that says what failed in one line and never
// carries the connection's secret.


class JiraError extends Error {
    kind;
    what;
    attempts;
    reason;
    status;
    fieldErrors;
    name = "JiraError";
    constructor(message, kind, 
    /** The request, as the caller named it. */
    what, attempts, 
    /** JIRA's own words, one line: its errorMessages and per-field errors. */
    reason, 
    /** The HTTP status, when JIRA answered. */
    status, 
    /** Per-field errors of a 400 ("assignee" -> "User 'x' cannot be assigned issues."). */
    fieldErrors = {}, options) {
        super(message, options);
        this.kind = kind;
        this.what = what;
        this.attempts = attempts;
        this.reason = reason;
        this.status = status;
        this.fieldErrors = fieldErrors;
    }
}
function isJiraError(value) {
    return value instanceof JiraError;
}
function openJira(connection, options = {}) {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const secrets = secretsOf(connection);
    const redact = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text);
    let loaded;
    const load = () => {
        loaded ??= (async () => {
            try {
                new URL(connection.url);
            }
            catch {
                throw new JiraConnectionError(`"${connection.url}" is not a URL`);
            }
            const [core, cloud, serviceDesk] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(370), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 2666)),
                Promise.all(/* import() */[__webpack_require__.e(370), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 5918)),
                Promise.all(/* import() */[__webpack_require__.e(370), __webpack_require__.e(461)]).then(__webpack_require__.bind(__webpack_require__, 3461)),
            ]);
            const auth = "token" in connection.auth
                ? { type: "bearer", token: connection.auth.token }
                : { type: "basic", email: connection.auth.email, apiToken: connection.auth.apiToken };
            // jira.js does not retry: our policy (Retry-After honoured, bounded) does.
            const client = core.createClient({
                host: connection.url,
                auth,
                retry: { maxAttempts: 1 },
                onSchemaMismatch: "throw",
            });
            const api = {
                client,
                getIssue: cloud.getIssue,
                createIssue: cloud.createIssue,
                addComment: cloud.addComment,
                getTransitions: cloud.getTransitions,
                doTransition: cloud.doTransition,
                findUsers: cloud.findUsers,
                searchIssues: cloud.searchAndReconsileIssuesUsingJql,
                getApprovals: serviceDesk.getApprovals,
                isApiError: core.isApiError,
                isAuthError: core.isAuthError,
                isForbiddenError: core.isForbiddenError,
                isNotFoundError: core.isNotFoundError,
                isRateLimitError: core.isRateLimitError,
                isServerError: core.isServerError,
            };
            return { api, core };
        })();
        // A load that failed is tried again on the next call.
        loaded.catch(() => {
            loaded = undefined;
        });
        return loaded;
    };
    return {
        url: connection.url,
        async call(what, run, onAttempt) {
            let attempts = 0;
            let jira;
            try {
                jira = await load();
            }
            catch (error) {
                const reason = error instanceof JiraConnectionError
                    ? error.message
                    : (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`jira.js could not start: ${error instanceof Error ? error.message : String(error)}`);
                throw new JiraError(redact(`JIRA ${what}: ${reason}`), "config", what, 0, redact(reason));
            }
            const { api, core } = jira;
            try {
                return await (0,_gitops_retry__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(`JIRA ${what}`, () => {
                    attempts++;
                    onAttempt?.(attempts);
                    return withTimeout(run(api), timeoutMs, `JIRA did not answer ${what} within ${timeoutMs / 1000} s`);
                }, (error) => {
                    if (!core.isApiError(error))
                        return undefined;
                    const wait = core.isRateLimitError(error) ? error.retryAfterMs : undefined;
                    return wait === undefined
                        ? { status: error.status }
                        : { status: error.status, retryAfter: String(Math.ceil(wait / 1000)) };
                }, options.retry);
            }
            catch (error) {
                throw classify(error, what, attempts, core, redact);
            }
        },
    };
}
class JiraConnectionError extends Error {
}
class TimeoutError extends Error {
}
function classify(error, what, attempts, core, redact) {
    const gaveUp = error instanceof _gitops_retry__WEBPACK_IMPORTED_MODULE_1__/* .RetryGaveUp */ .lI;
    const cause = gaveUp ? error.cause : error;
    if (core.isApiError(cause)) {
        const status = cause.status;
        const { reason, fieldErrors } = jiraWords(cause.body, cause.statusText || `HTTP ${status}`);
        const kind = status === 401
            ? "auth"
            : status === 403
                ? "forbidden"
                : status === 404
                    ? "not-found"
                    : status === 429
                        ? "rate-limit"
                        : status >= 500
                            ? "server"
                            : "rejected";
        const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
        const prefix = `JIRA ${what}: `;
        const said = gaveUp ? error.message : "";
        const why = gaveUp ? (said.startsWith(prefix) ? said.slice(prefix.length) : said) : reason;
        return new JiraError(redact(`JIRA answered ${status} to ${what}${tries}: ${why}`), kind, what, attempts, redact(gaveUp ? why : reason), status, fieldErrors, { cause });
    }
    const message = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error instanceof Error ? error.message : String(error));
    const kind = error instanceof TimeoutError
        ? "timeout"
        : core.isNetworkError(error)
            ? "network"
            : core.isSchemaMismatchError(error)
                ? "schema"
                : core.isConfigError(error)
                    ? "config"
                    : "other";
    const text = kind === "timeout" ? message : `JIRA ${what}: ${message}`;
    return new JiraError(redact(text), kind, what, attempts, redact(message), undefined, {}, { cause: error });
}
/** JIRA's error bodies: `{errorMessages, errors}`, `{message}` (REST layer), `{errorMessage}` (JSM). */
function jiraWords(body, fallback) {
    const fieldErrors = {};
    const parts = [];
    if (typeof body === "object" && body !== null) {
        const b = body;
        if (Array.isArray(b.errorMessages))
            parts.push(...b.errorMessages.filter((m) => typeof m === "string"));
        if (typeof b.errors === "object" && b.errors !== null) {
            for (const [field, message] of Object.entries(b.errors)) {
                if (typeof message !== "string")
                    continue;
                fieldErrors[field] = message;
                parts.push(`${field}: ${message}`);
            }
        }
        if (typeof b.message === "string")
            parts.push(b.message);
        if (typeof b.errorMessage === "string")
            parts.push(b.errorMessage);
    }
    else if (typeof body === "string" && body.trim() !== "" && !body.trimStart().startsWith("<")) {
        parts.push(body);
    }
    return { reason: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(parts.length > 0 ? parts.join("; ") : fallback), fieldErrors };
}
/** The strings that must never appear in a message: the token, and the Basic header made of it. */
function secretsOf(connection) {
    const auth = connection.auth;
    const secrets = "token" in auth
        ? [auth.token]
        : [auth.apiToken, Buffer.from(`${auth.email}:${auth.apiToken}`).toString("base64")];
    return secrets.filter((s) => s.length >= 4);
}
/** Stops waiting after `ms`; jira.js cannot abort a request, so the request itself is left to end. */
function withTimeout(promise, ms, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(message)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 6429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ FAILURE_LABEL)
/* harmony export */ });
// The label gitops puts on every failure issue it opens. Notify writes it; the gate reads it, so
// citing a failure issue explains a commit (a rollback) without standing for a change ticket.
const FAILURE_LABEL = "gitops-failure";


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ deliverAll)
/* harmony export */ });
/* harmony import */ var _detail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1876);
// Tell everyone at once, and never let telling change the release: a notifier that throws
// becomes a failed delivery, and deliverAll itself never throws.

async function deliverAll(notifiers, notice, options = {}) {
    const secrets = options.secrets ?? [];
    const report = (delivery) => {
        const scrubbed = { ...delivery, detail: (0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(delivery.detail, secrets) };
        try {
            options.onDelivery?.(scrubbed);
        }
        catch {
            // A broken progress callback must not lose the delivery or fail the release.
        }
        return scrubbed;
    };
    const perNotifier = await Promise.all(notifiers.map(async (notifier) => {
        try {
            const deliveries = await notifier.notify(notice, options.signal);
            return Array.isArray(deliveries) ? deliveries.map(report) : [];
        }
        catch (error) {
            const channel = typeof notifier.channel === "string" ? notifier.channel : "unknown";
            return [
                report({
                    channel,
                    target: channel,
                    ok: false,
                    attempts: 0,
                    detail: (0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .safeDetail */ .Rq)(`notifier failed: ${(0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(error)}`, secrets),
                }),
            ];
        }
    }));
    return perNotifier.flat();
}


/***/ }),

/***/ 1876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ safeDetail),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   m2: () => (/* binding */ errorDetail)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(569);
// A Delivery's detail is one line and never carries a secret: every failure detail passes
// through safeDetail, which scrubs before it cuts.

// Incoming-webhook and workflow-trigger URLs carry their credential in the path.
const SLACK_HOOK_URL = /\bhttps?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>`)\]]*/gi;
const SLACK_HOOK_PATH = /\/(?:services|triggers|workflows)\/T[A-Z0-9]+\/[A-Za-z0-9_/-]+/g;
/**
 * `text` with every secret value (and its URL-encoded form) and anything that looks like a
 * Slack webhook URL or path replaced by "***". Longest secrets first, so a secret that contains
 * another is removed whole.
 */
function scrubSecrets(text, secrets) {
    const values = new Set();
    for (const secret of secrets) {
        if (typeof secret !== "string" || secret === "")
            continue;
        values.add(secret);
        values.add(encodeURIComponent(secret));
    }
    let result = text;
    for (const value of [...values].sort((a, b) => b.length - a.length)) {
        result = result.split(value).join("***");
    }
    return result.replace(SLACK_HOOK_URL, "***").replace(SLACK_HOOK_PATH, "/***");
}
/**
 * A Delivery detail: one line, secrets scrubbed, then cut to `max` characters. Scrubbing comes
 * first so a cut can never leave the front half of a secret behind.
 */
function safeDetail(text, secrets, max = 300) {
    return (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(scrubSecrets((0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(text), secrets), max);
}
/** An error's message on one line, not cut yet: safeDetail cuts it once secrets are scrubbed. */
function errorDetail(error) {
    return (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .errorLine */ .BP)(error, Number.POSITIVE_INFINITY);
}


/***/ }),

/***/ 6233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c1: () => (/* binding */ emailText),
/* harmony export */   oU: () => (/* binding */ emailMessage),
/* harmony export */   sY: () => (/* binding */ emailHtml)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(569);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3679);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2564);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8249);
// The e-mail's message: subject, threading headers, and plain-text and HTML bodies with the same
// content. Recipients are added by the sender.



/** Subject, headers, plain-text and HTML bodies for a notice (recipients are added by the notifier). */
function emailMessage(notice, options) {
    const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(options.from)?.[1] ?? "gitops.invalid";
    // Every notice of one release cites the same (never sent) root, so mail clients thread them.
    const release = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(`${notice.environment}\u0000${notice.service}\u0000${notice.commit.sha}`)
        .digest("hex")
        .slice(0, 24);
    const random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString("hex");
    const root = `<release.${release}@${domain}>`;
    return {
        from: options.from,
        subject: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectLine */ .nh)(notice), 200),
        text: emailText(notice, options.jiraUrl),
        html: emailHtml(notice, options.jiraUrl),
        messageId: `<${notice.event}.${release}.${random}@${domain}>`,
        references: root,
        inReplyTo: root,
        headers: {
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-Gitops-Event": notice.event,
            "X-Gitops-Service": (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.service), 200),
            "X-Gitops-Environment": (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.environment), 200),
            "X-Gitops-Version": (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .releasedVersion */ .eJ)(notice.version), 200),
        },
    };
}
function facts(notice, jiraUrl) {
    const rows = [
        { label: "Environment", value: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.environment) },
        { label: "Service", value: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.service) },
        { label: "Version", value: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .versionText */ .KA)(notice.version) },
        { label: "Pushed by", value: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.pusher) },
    ];
    const committer = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .committerText */ .cX)(notice.committer);
    if (committer)
        rows.push({ label: "Committer", value: committer });
    const commit = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLinks */ .jo)(notice).find((l) => l.label === "Commit");
    const sha = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(notice.commit.sha);
    if (sha)
        rows.push({ label: "Commit", value: sha, url: commit?.url });
    const plan = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.plan);
    if (plan)
        rows.push({ label: "Plan", value: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(plan, 1000) });
    return { rows, tickets: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .ticketRefs */ .v_)(notice.tickets, jiraUrl) };
}
function emailText(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const out = [`${_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_EMOJI */ .Sn[notice.event]} ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(notice)}`, ""];
    const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
    for (const row of rows)
        out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
    if (tickets.length) {
        out.push(`${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`);
    }
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.reason);
        out.push("", `Failed at ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.stage)}${reason ? `: ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(reason, 1000)}` : ""}`);
        const tail = notice.failure.log ? (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .logTail */ .RB)(notice.failure.log, 30, 4000) : "";
        if (tail)
            out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
    }
    if (notice.event === "rolled-back" && notice.rollback)
        out.push("", `Rolled back: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackText */ .Ew)(notice.rollback)}`);
    if (notice.stages.length) {
        out.push("", "Stages:");
        for (const s of notice.stages) {
            const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.reason), 300);
            out.push(`  ${_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_MARK */ .V8[s.outcome] ?? "?"} ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.stage)}: ${s.outcome} in ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(s.durationMs)}${reason ? ` (${reason})` : ""}`);
        }
    }
    const links = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLinks */ .jo)(notice);
    if (links.length) {
        out.push("");
        for (const link of links)
            out.push(`${link.label}: ${link.url}`);
    }
    out.push("", "-- ", `Sent by gitops for ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.service)} in ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.environment)}.`);
    return `${out.join("\n")}\n`;
}
function emailHtml(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const a = (url, label) => `<a href="${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(url)}">${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(label)}</a>`;
    const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
    const out = [
        "<!doctype html>",
        "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
        `<h2 style="margin:0 0 12px">${_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_EMOJI */ .Sn[notice.event]} ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(notice))}</h2>`,
        '<table style="border-collapse:collapse">',
    ];
    for (const row of rows) {
        out.push(`<tr><th ${th}>${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(row.label)}</th><td>${row.url ? a(row.url, row.value) : (0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(row.value)}</td></tr>`);
    }
    if (tickets.length) {
        const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : (0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(t.key))).join(", ");
        out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
    }
    out.push("</table>");
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.reason);
        out.push(`<p><strong>Failed at ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.stage))}</strong>${reason ? `: ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(reason, 1000))}` : ""}</p>`);
        const tail = notice.failure.log ? (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .logTail */ .RB)(notice.failure.log, 30, 4000) : "";
        if (tail) {
            out.push(`<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(tail)}</pre>`);
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`<p><strong>Rolled back:</strong> ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackText */ .Ew)(notice.rollback))}</p>`);
    }
    if (notice.stages.length) {
        out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
        for (const s of notice.stages) {
            out.push(`<tr><td>${_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_MARK */ .V8[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.stage))}</td><td>${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(s.outcome)}</td><td style="padding:2px 8px">${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(s.durationMs)}</td><td>${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.reason), 300))}</td></tr>`);
        }
        out.push("</table>");
    }
    const links = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLinks */ .jo)(notice);
    if (links.length)
        out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" \u00b7 ")}</p>`);
    out.push(`<p style="color:#59636e;font-size:12px">Sent by gitops for ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.service))} in ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.environment))}.</p>`, "</body></html>");
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 9181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ emailNotifier)
});

// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
// EXTERNAL MODULE: ../../packages/notify/src/detail.ts
var src_detail = __webpack_require__(1876);
;// CONCATENATED MODULE: ../../packages/notify/src/email/failure.ts


const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT"]);
/** Some recipients got a 4xx: worth another attempt for them alone. */
class Deferred extends Error {
    constructor() {
        super("some recipients were deferred");
        this.name = "Deferred";
    }
}
/** Deferred recipients, 4xx replies and connections that never got going; not 5xx, auth or TLS. */
function failure_transient(error, signal) {
    if (signal?.aborted)
        return undefined;
    // Synthetic 503s: withRetry retries by status, and these are the SMTP equivalents.
    if (error instanceof Deferred)
        return { status: 503 };
    const e = error;
    if (typeof e?.responseCode === "number")
        return e.permanent === false ? { status: 503 } : undefined;
    // A socket that went quiet mid-session may have delivered already: a second copy is worse.
    if (e?.code === "ETIMEDOUT" && e.timeoutType === "SOCKET_TIMEOUT")
        return undefined;
    if (typeof e?.code === "string" && NETWORK_CODES.has(e.code) && !isTlsFailure(e))
        return { status: 503 };
    return undefined;
}
// Certificate and handshake failures come back as ESOCKET; they do not fix themselves.
const isTlsFailure = (e) => e?.code === "ETLS" || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_(?:TLS|SSL)_/.test(e?.originalCode ?? "");
/** "550 Mailbox unavailable": the server's reply, one line. */
function smtpReply(error) {
    return (0,line/* clean */.uH)(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}
/** One line about a failed send; built from the code and the server's reply, never the raw error. */
function smtpFailure(error, signal) {
    const e = error;
    const message = (0,src_detail/* errorDetail */.m2)(error);
    const reply = e?.response ? (0,line/* clean */.uH)(e.response) : "";
    if (signal?.aborted || e?.code === "EABORT" || e?.name === "AbortError")
        return "aborted";
    if (isTlsFailure(e))
        return `TLS failed: ${message}`;
    switch (e?.code) {
        case "EAUTH":
            return `authentication failed: ${reply || message}`;
        case "ENOAUTH":
            return "authentication failed: the server wants credentials and none are configured";
        case "EENVELOPE":
            return `sender or recipients refused: ${reply || message}`;
        case "EMESSAGE":
            return `message refused: ${reply || message}`;
        case "ETIMEDOUT":
            return `timed out: ${message}`;
        case "ECONNECTION":
        case "ESOCKET":
        case "EDNS":
            return `connection failed: ${message}`;
        default:
            return `send failed: ${message}`;
    }
}
/** The password, and the base64 forms AUTH PLAIN and AUTH LOGIN put on the wire. */
function smtpSecrets(username, password) {
    if (!password)
        return [];
    const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
    return [password, b64(password), b64(`\u0000${username ?? ""}\u0000${password}`)];
}

// EXTERNAL MODULE: ../../packages/notify/src/email/message.ts
var message = __webpack_require__(6233);
// EXTERNAL MODULE: ../../packages/notify/src/email/recipients.ts
var recipients = __webpack_require__(1908);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var retry = __webpack_require__(5426);
;// CONCATENATED MODULE: ../../packages/notify/src/email/send.ts
// One message to its recipients over SMTP with nodemailer (loaded on first use): one outcome per
// recipient, so a refused address is reported without hiding the ones that took it. Transient
// trouble (4xx replies, dropped connections) is retried with @gitops/retry; 5xx refusals are final.



const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 };
/**
 * The transport, made on the first call: nodemailer is imported then, so a release that mails
 * nobody never pays for it. A failed import is tried again on the next call.
 */
function lazyTransport(settings) {
    const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let transport;
    return () => {
        transport ??= __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 8985))
            .then(({ createTransport }) => createTransport({
            host: settings.host,
            port: settings.port ?? DEFAULT_PORT[settings.security],
            secure: settings.security === "tls",
            requireTLS: settings.security === "starttls",
            ignoreTLS: settings.security === "none",
            auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
            tls: { rejectUnauthorized: settings.tlsRejectUnauthorized ?? true, ca: settings.ca },
            connectionTimeout: timeoutMs,
            greetingTimeout: timeoutMs,
            socketTimeout: timeoutMs,
            logger: false,
        }))
            .catch((error) => {
            transport = undefined;
            throw error;
        });
        return transport;
    };
}
/** Sends `message` to `recipients` (valid, each once); one outcome per recipient, in their order. */
async function sendToRecipients(transport, message, recipients, options) {
    const { signal } = options;
    const key = (address) => address.toLowerCase();
    const results = new Map();
    const settle = (address, ok, attempts, detail) => results.set(key(address), { address, ok, attempts, detail });
    let pending = [...recipients];
    let attempts = 0;
    let deferred = new Map();
    const sleep = async (ms) => {
        await (options.retry?.sleep ? options.retry.sleep(ms) : (0,promises_.setTimeout)(ms, undefined, { signal }));
        signal?.throwIfAborted();
    };
    try {
        const smtp = await transport();
        await (0,retry/* withRetry */.bD)("e-mail", async () => {
            attempts++;
            deferred = new Map();
            let accepted;
            let refusals;
            try {
                const info = await smtp.sendMail({
                    ...message,
                    to: [...recipients],
                    // Retries go only to the addresses still waiting; the To header stays whole.
                    envelope: { from: options.from, to: pending },
                    signal,
                });
                accepted = (info.accepted ?? []).map(String);
                refusals = info.rejectedErrors ?? [];
            }
            catch (error) {
                const e = error;
                // Every recipient refused: still an answer per recipient, not a failed connection.
                if (e?.code !== "EENVELOPE" || !e.rejectedErrors?.length)
                    throw error;
                accepted = [];
                refusals = e.rejectedErrors;
            }
            const acceptedKeys = new Set(accepted.map(key));
            const refusedBy = new Map(refusals.map((r) => [key(String(r.recipient ?? "")), r]));
            for (const address of pending) {
                const refusal = refusedBy.get(key(address));
                if (!refusal || acceptedKeys.has(key(address)))
                    settle(address, true, attempts, "delivered");
                else if (refusal.permanent === false)
                    deferred.set(address, smtpReply(refusal));
                else
                    settle(address, false, attempts, `recipient refused: ${smtpReply(refusal)}`);
            }
            pending = [...deferred.keys()];
            if (pending.length)
                throw new Deferred();
        }, (error) => failure_transient(error, signal), { ...options.retry, sleep });
    }
    catch (error) {
        const after = attempts > 1 ? ` after ${attempts} attempts` : "";
        for (const address of pending) {
            const reply = deferred.get(address);
            const detail = error instanceof Deferred && reply !== undefined
                ? `recipient deferred: ${reply}${after}`
                : `${smtpFailure(error, signal)}${after}`;
            settle(address, false, attempts, detail);
        }
    }
    return recipients.flatMap((address) => results.get(key(address)) ?? []);
}

;// CONCATENATED MODULE: ../../packages/notify/src/email/notifier.ts






function emailNotifier(options) {
    const secrets = smtpSecrets(options.username, options.password);
    const transport = lazyTransport(options);
    const delivery = ({ address, ok, attempts, detail }) => ({
        channel: "email",
        target: address,
        ok,
        attempts,
        detail: ok ? detail : (0,src_detail/* safeDetail */.Rq)(detail, secrets),
    });
    return {
        channel: "email",
        async notify(notice, signal) {
            const { valid, invalid } = (0,recipients/* recipientsOf */.w)(notice, options.always ?? []);
            const refused = invalid.map((raw) => ({
                channel: "email",
                target: (0,line/* truncate */.xv)((0,line/* clean */.uH)(raw), 100),
                ok: false,
                attempts: 0,
                detail: "not an e-mail address",
            }));
            if (valid.length === 0)
                return refused;
            const outcomes = signal?.aborted
                ? valid.map((address) => ({ address, ok: false, attempts: 0, detail: "aborted before sending" }))
                : await sendToRecipients(transport, (0,message/* emailMessage */.oU)(notice, { from: options.from, jiraUrl: options.jiraUrl }), valid, { from: options.from, retry: options.retry, signal });
            return [...outcomes.map(delivery), ...refused];
        },
    };
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ recipientsOf)
/* harmony export */ });
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;
/** The descriptor's addresses, the maintainer and `always`, once each whatever the case. */
function recipientsOf(notice, always) {
    const seen = new Set();
    const valid = [];
    const invalid = [];
    for (const raw of [...notice.recipients.emails, notice.recipients.maintainer?.email ?? "", ...always]) {
        const address = typeof raw === "string" ? raw.trim() : "";
        if (!address)
            continue;
        const key = address.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        (ADDRESS.test(address) ? valid : invalid).push(address);
    }
    return { valid, invalid };
}


/***/ }),

/***/ 5219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ failureJql),
/* harmony export */   OJ: () => (/* binding */ failureLabels),
/* harmony export */   Qz: () => (/* binding */ TRIAGE_LABEL),
/* harmony export */   WO: () => (/* binding */ labelSafe)
/* harmony export */ });
/* harmony import */ var _gitops_jira__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
// The labels a failure issue carries, and the JQL that finds the open one again.

/** The label every failure issue carries; with `service:<svc>` and `env:<env>` it finds the open one. */

/** Added when nobody could be assigned. */
const TRIAGE_LABEL = "needs-triage";
/** A JIRA label: no spaces (JIRA refuses them), lower case, only [a-z0-9._:-], at most 255 characters. */
function labelSafe(value) {
    const label = value
        .toLowerCase()
        .replace(/[^a-z0-9._:-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+|-+$/g, "");
    return (label || "unnamed").slice(0, 255);
}
function failureLabels(notice, configured) {
    return [
        ...new Set([
            ...configured.map((l) => l.trim().replace(/\s+/g, "-")).filter(Boolean),
            _gitops_jira__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_LABEL */ .o,
            `service:${labelSafe(notice.service)}`,
            `env:${labelSafe(notice.environment)}`,
        ]),
    ];
}
const jqlString = (value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
/** The open failure issue of this service in this environment, newest first. */
function failureJql(project, notice) {
    return [
        `project = ${jqlString(project)}`,
        `labels = ${jqlString(_gitops_jira__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_LABEL */ .o)}`,
        `labels = ${jqlString(`service:${labelSafe(notice.service)}`)}`,
        `labels = ${jqlString(`env:${labelSafe(notice.environment)}`)}`,
        "statusCategory != Done ORDER BY created DESC",
    ].join(" AND ");
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vZ: () => (/* binding */ failedAgainComment),
  vV: () => (/* binding */ failureDescription),
  jg: () => (/* binding */ failureSummary),
  sQ: () => (/* binding */ logExcerpt),
  NR: () => (/* binding */ releaseComment)
});

// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
// EXTERNAL MODULE: ../../packages/text/src/duration.ts
var duration = __webpack_require__(3679);
;// CONCATENATED MODULE: ../../packages/notify/src/jira/adf.ts
// Atlassian Document Format nodes, the few the JIRA messages use. Comments and descriptions are
// always sent as ADF: jira.js 6 would send a string to REST API v2 as wiki markup.
/** A text node, or nothing for empty text (ADF refuses empty text nodes). */
const adf_text = (value, ...marks) => value === "" ? [] : [{ type: "text", text: value, ...(marks.length > 0 ? { marks } : {}) }];
const strong = (value) => adf_text(value, { type: "strong" });
const code = (value) => adf_text(value, { type: "code" });
const adf_link = (value, href) => adf_text(value, { type: "link", attrs: { href } });
const heading = (level, value) => ({
    type: "heading",
    attrs: { level },
    content: adf_text(value),
});
const paragraph = (...content) => ({ type: "paragraph", content: content.flat() });
const bulletList = (items) => ({
    type: "bulletList",
    content: items.map((item) => ({ type: "listItem", content: [paragraph(...item)] })),
});
const codeBlock = (value) => ({ type: "codeBlock", content: adf_text(value) });
/** A document of the blocks given, skipping the undefined ones. */
const doc = (...content) => ({
    version: 1,
    type: "doc",
    content: content.filter((b) => b !== undefined),
});

;// CONCATENATED MODULE: ../../packages/notify/src/jira/message.ts
// JIRA's messages: the ADF comments and failure-issue description, and the issue summary. ADF is
// JSON, so untrusted text needs no escaping here, only to be kept to one line where it is a line.


const LOG_LINES = 60;
const LOG_CHARS = 4000;
function failureSummary(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    const version = notice.version.to ? ` ${notice.version.to}` : "";
    return (0,line/* oneLine */.TN)(`Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`, 255);
}
const versionOf = (notice) => (notice.version.to ? ` ${notice.version.to}` : "");
function headline(notice) {
    switch (notice.event) {
        case "started":
            return `\ud83d\ude80 ${notice.service}${versionOf(notice)} deployment to ${notice.environment} started`;
        case "succeeded":
            return `\u2705 ${notice.service}${versionOf(notice)} deployed to ${notice.environment}`;
        case "failed":
            return `\u274c ${notice.service}${versionOf(notice)} FAILED at ${notice.failure?.stage ?? "an unknown stage"} in ${notice.environment}`;
        case "rolled-back":
            return `\u21a9\ufe0f ${notice.service} rolled back to ${notice.rollback?.version ?? notice.version.from ?? "the previous version"} in ${notice.environment}`;
    }
}
/** The end of a log, where the failure is: the last lines, within a size JIRA renders well. */
function logExcerpt(log) {
    const lines = log.replace(/\s+$/, "").split("\n");
    let kept = lines.slice(-LOG_LINES).join("\n");
    if (kept.length > LOG_CHARS)
        kept = kept.slice(-LOG_CHARS).replace(/^[^\n]*\n/, "");
    const cut = lines.length - kept.split("\n").length;
    return cut > 0 ? `\u2026 ${cut} earlier line${cut === 1 ? "" : "s"} cut\n${kept}` : kept;
}
function stageItems(stages) {
    const icon = { passed: "\u2714", failed: "\u2718", skipped: "\u2013" };
    return stages.map((s) => [
        adf_text(`${icon[s.outcome]} `),
        strong(s.stage),
        adf_text(` ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${s.reason ? ` (${(0,line/* oneLine */.TN)(s.reason, 200)})` : ""}`),
    ]);
}
function links(notice) {
    const sha = notice.commit.sha.slice(0, 12);
    const parts = [adf_text("Commit "), notice.commit.url ? adf_link(sha, notice.commit.url) : code(sha)];
    if (notice.runUrl)
        parts.push(adf_text(" \u00b7 "), adf_link("workflow run", notice.runUrl));
    return parts;
}
function body(notice, title) {
    const from = notice.version.from ?? "(new service)";
    const to = notice.version.to ?? "(removed)";
    const committer = notice.committer?.name ?? notice.committer?.email;
    const blocks = [
        heading(3, title),
        paragraph(strong("Version: "), adf_text(`${from} \u2192 ${to}`)),
        paragraph(strong("Pushed by: "), adf_text(notice.pusher), ...(committer ? [adf_text(" \u00b7 "), strong("Committed by: "), adf_text(committer)] : [])),
        notice.plan ? paragraph(strong("Plan: "), adf_text((0,line/* oneLine */.TN)(notice.plan))) : undefined,
    ];
    if (notice.event === "failed" && notice.failure) {
        blocks.push(paragraph(strong("Reason: "), adf_text((0,line/* oneLine */.TN)(notice.failure.reason, 1000))));
        if (notice.failure.log?.trim())
            blocks.push(codeBlock(logExcerpt(notice.failure.log)));
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        blocks.push(paragraph(strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "), adf_text((0,line/* oneLine */.TN)(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no"))));
    }
    if (notice.stages.length > 0)
        blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
    blocks.push(paragraph(...links(notice)));
    return blocks.filter((b) => b !== undefined);
}
/** The comment on a cited ticket (and a rollback's on the failure issue). */
function releaseComment(notice) {
    return doc(...body(notice, headline(notice)));
}
/** The comment on the open failure issue when the service fails there again. */
function failedAgainComment(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    return doc(...body(notice, `\u274c failed again: ${notice.service}${versionOf(notice)} at ${stage} in ${notice.environment}`));
}
function failureDescription(notice, browse) {
    const tickets = [...new Set(notice.tickets)];
    const ticketLinks = tickets.flatMap((key, i) => [...(i > 0 ? adf_text(", ") : []), ...adf_link(key, browse(key))]);
    const committer = notice.committer
        ? [notice.committer.name, notice.committer.email ? `<${notice.committer.email}>` : undefined]
            .filter(Boolean)
            .join(" ")
        : "";
    return doc(...body(notice, headline(notice)), tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined, committer ? paragraph(strong("Committer: "), adf_text(committer)) : undefined, paragraph(adf_text(`Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`)));
}


/***/ }),

/***/ 8865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ jiraNotifier)
});

// EXTERNAL MODULE: ../../packages/jira/src/connection.ts
var connection = __webpack_require__(2846);
// EXTERNAL MODULE: ../../packages/notify/src/jira/labels.ts
var jira_labels = __webpack_require__(5219);
// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
;// CONCATENATED MODULE: ../../packages/notify/src/jira/site.ts
// What the JIRA calls of one notifier share, and how one delivery counts its attempts.


/** A delivery may take several requests: it reports the most attempts any one of them took. */
function attemptTally() {
    let most = 0;
    return {
        seen: (attempt) => {
            most = Math.max(most, attempt);
        },
        attempts: () => Math.max(1, most),
    };
}
/** One line for a failed JIRA call, never a secret (the connection redacts them). */
function jiraProblem(error, subject) {
    if (!(0,connection/* isJiraError */.fV)(error))
        return `JIRA: ${(0,line/* oneLine */.TN)(error instanceof Error ? error.message : String(error))}`;
    const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : "";
    switch (error.kind) {
        case "auth":
            return `JIRA 401: the credentials were refused (check the JIRA account email and API token)`;
        case "not-found":
            return `JIRA 404: ${subject} does not exist or this JIRA account may not see it`;
        case "forbidden":
            return `JIRA 403${tries}: ${error.reason}`;
        case "timeout":
            return error.message;
        default:
            return error.status === undefined ? error.message : `JIRA ${error.status}${tries}: ${error.reason}`;
    }
}

;// CONCATENATED MODULE: ../../packages/notify/src/jira/assignee.ts


async function findAssignee(site, notice, seen) {
    const candidates = [
        { who: "committer", email: notice.committer?.email },
        { who: "maintainer", email: notice.recipients.maintainer.email },
    ].filter((c) => Boolean(c.email?.trim()));
    const misses = [];
    for (const { who, email } of candidates) {
        try {
            const users = await site.jira.call(`find the user ${email}`, (api) => api.findUsers(api.client, { query: email, maxResults: 20 }), seen);
            const active = users.filter((u) => u.active !== false && u.accountId);
            // The query matches prefixes; take the exact email. A site that hides emails answers without
            // them: one hit is then taken as the person.
            const user = active.find((u) => u.emailAddress?.toLowerCase() === email.toLowerCase()) ??
                (active.length === 1 && !active[0].emailAddress ? active[0] : undefined);
            if (user?.accountId) {
                const name = user.displayName ?? email;
                return { accountId: user.accountId, name, detail: `assigned to ${name} (${who})` };
            }
            misses.push(`no JIRA user for the ${who} ${email}`);
        }
        catch (error) {
            misses.push(`user search for the ${who} failed (${jiraProblem(error, email)})`);
        }
    }
    if (candidates.length === 0)
        misses.push("no committer or maintainer email");
    return { name: "nobody", detail: `unassigned (${jira_labels/* TRIAGE_LABEL */.Qz}): ${misses.join("; ")}` };
}

// EXTERNAL MODULE: ../../packages/notify/src/jira/message.ts + 1 modules
var message = __webpack_require__(439);
;// CONCATENATED MODULE: ../../packages/notify/src/jira/failure-issue.ts
// The failure issue: one open issue per service and environment in the failure project. A failure
// opens it (assigned, labelled) or comments on the open one; a rollback is recorded on it.





/** The newest open failure issue of this service in this environment, if any. */
async function openFailureIssue(site, notice, project, seen) {
    const found = await site.jira.call(`search ${project} for an open failure issue`, (api) => api.searchIssues(api.client, { jql: (0,jira_labels/* failureJql */.M5)(project, notice), fields: ["status"], maxResults: 1 }), seen);
    return found.issues?.[0]?.key;
}
/** A failure: comments on the open failure issue, or opens one. */
async function reportFailure(site, notice, project, options) {
    const { jira, browse } = site;
    const { seen, attempts } = attemptTally();
    const delivery = (d) => ({
        channel: "jira",
        attempts: attempts(),
        ...d,
    });
    let subject = project;
    try {
        const open = await openFailureIssue(site, notice, project, seen);
        if (open) {
            subject = open;
            await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: (0,message/* failedAgainComment */.vZ)(notice) }), seen);
            return delivery({
                target: `${open} (open failure issue, commented)`,
                ok: true,
                detail: `failed again: commented on ${open}`,
                url: browse(open),
            });
        }
        const assignee = await findAssignee(site, notice, seen);
        const labels = (0,jira_labels/* failureLabels */.OJ)(notice, options.labels);
        const fields = {
            project: { key: project },
            issuetype: { name: options.issueType },
            summary: (0,message/* failureSummary */.jg)(notice),
            description: (0,message/* failureDescription */.vV)(notice, browse),
            labels: assignee.accountId ? labels : [...labels, jira_labels/* TRIAGE_LABEL */.Qz],
            ...(assignee.accountId ? { assignee: { accountId: assignee.accountId } } : {}),
        };
        let detail = assignee.detail;
        let created;
        try {
            created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, { fields }), seen);
        }
        catch (error) {
            // JIRA refused the assignee (not assignable in this project): create it unassigned instead.
            if (!((0,connection/* isJiraError */.fV)(error) && error.kind === "rejected" && error.fieldErrors.assignee && assignee.accountId))
                throw error;
            const { assignee: _refused, ...unassigned } = fields;
            created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, {
                fields: { ...unassigned, labels: [...labels, jira_labels/* TRIAGE_LABEL */.Qz] },
            }), seen);
            detail = `unassigned (${jira_labels/* TRIAGE_LABEL */.Qz}): JIRA refused ${assignee.name} as assignee (${error.fieldErrors.assignee})`;
        }
        const key = created.key ?? "?";
        return delivery({ target: `${key} (new failure issue)`, ok: true, detail, url: browse(key) });
    }
    catch (error) {
        return delivery({ target: `${project} (failure issue)`, ok: false, detail: jiraProblem(error, subject) });
    }
}
/** A rollback is recorded on the open failure issue, when there is one. */
async function recordRollback(site, notice, project) {
    const { seen, attempts } = attemptTally();
    let subject = project;
    try {
        const open = await openFailureIssue(site, notice, project, seen);
        if (!open)
            return undefined;
        subject = open;
        await site.jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: (0,message/* releaseComment */.NR)(notice) }), seen);
        return {
            channel: "jira",
            target: `${open} (open failure issue, commented)`,
            ok: true,
            attempts: attempts(),
            detail: `rollback recorded on ${open}`,
            url: site.browse(open),
        };
    }
    catch (error) {
        return {
            channel: "jira",
            target: `${project} (failure issue)`,
            ok: false,
            attempts: attempts(),
            detail: jiraProblem(error, subject),
        };
    }
}

;// CONCATENATED MODULE: ../../packages/notify/src/jira/ticket.ts
// The cited tickets: a comment on each, and the configured transition when a release succeeds.



/** Comments on `key`, then runs `transition` (if any) unless the ticket is already there. */
async function commentOnTicket(site, notice, key, transition) {
    const { seen, attempts } = attemptTally();
    const delivery = (ok, detail) => ({
        channel: "jira",
        target: key,
        ok,
        attempts: attempts(),
        detail,
        url: site.browse(key),
    });
    const done = [];
    try {
        await site.jira.call(`comment on ${key}`, (api) => api.addComment(api.client, { issueIdOrKey: key, body: (0,message/* releaseComment */.NR)(notice) }), seen);
        done.push("commented");
    }
    catch (error) {
        const detail = jiraProblem(error, key);
        // A ticket that is missing, or credentials that are refused, will not take a transition either.
        if (!(0,connection/* isJiraError */.fV)(error) || !["rejected", "forbidden"].includes(error.kind))
            return delivery(false, detail);
        done.push(`comment refused (${detail})`);
    }
    if (!transition)
        return delivery(done[0] === "commented", done.join("; "));
    try {
        const moved = await transitionTicket(site, key, transition, seen);
        done.push(moved.detail);
        return delivery(done[0] === "commented" && moved.ok, done.join("; "));
    }
    catch (error) {
        done.push(jiraProblem(error, key));
        return delivery(false, done.join("; "));
    }
}
/**
 * Runs the named transition, unless the ticket already is where it leads. JIRA lists only the
 * transitions leaving the current status, so "already there" is known when a listed transition of
 * that name leads to the current status, or when the status bears the transition's name (as in
 * JIRA's simplified workflows); otherwise an unavailable transition is reported, not guessed at.
 */
async function transitionTicket(site, key, name, seen) {
    const { jira } = site;
    const issue = await jira.call(`status of ${key}`, (api) => api.getIssue(api.client, { issueIdOrKey: key, fields: ["status"] }), seen);
    const current = issue.fields?.status;
    const status = current?.name ?? "?";
    const same = (a, b) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
    const listed = await jira.call(`transitions of ${key}`, (api) => api.getTransitions(api.client, { issueIdOrKey: key }), seen);
    const named = (listed.transitions ?? []).filter((t) => same(t.name, name));
    const leadsHere = named.find((t) => (t.to?.id !== undefined && t.to.id === current?.id) || same(t.to?.name, status));
    if (leadsHere || same(name, status))
        return { ok: true, detail: `already in ${status}` };
    const available = named.find((t) => t.isAvailable !== false && t.id !== undefined);
    if (!available)
        return { ok: false, detail: `no transition named "${name}" from status "${status}"` };
    await jira.call(`transition ${key}`, (api) => api.doTransition(api.client, { issueIdOrKey: key, transition: { id: available.id } }), seen);
    return { ok: true, detail: `moved to ${available.to?.name ?? name}` };
}

;// CONCATENATED MODULE: ../../packages/notify/src/jira/notifier.ts
// The JIRA channel: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.



function jiraNotifier(options) {
    const jira = (0,connection/* openJira */.V)(options.connection, {
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
    const base = (options.jiraUrl ?? options.connection.url).replace(/\/+$/, "");
    const site = { jira, browse: (key) => `${base}/browse/${key}` };
    const failureIssue = { issueType: options.issueType ?? "Bug", labels: options.labels ?? [] };
    return {
        channel: "jira",
        async notify(notice, signal) {
            // "started" is not written to JIRA (see the top of this file).
            if (notice.event === "started")
                return [];
            const deliveries = [];
            const cancelled = (target) => ({
                channel: "jira",
                target,
                ok: false,
                attempts: 0,
                detail: "cancelled before it was sent",
            });
            const transition = notice.event === "succeeded" ? options.transitions?.[notice.environment] : undefined;
            for (const key of [...new Set(notice.tickets.map((t) => t.trim()).filter(Boolean))]) {
                deliveries.push(signal?.aborted ? cancelled(key) : await commentOnTicket(site, notice, key, transition));
            }
            const project = options.failureProject;
            if (!project)
                return deliveries;
            if (signal?.aborted)
                return [...deliveries, cancelled(`${project} (failure issue)`)];
            if (notice.event === "failed")
                deliveries.push(await reportFailure(site, notice, project, failureIssue));
            if (notice.event === "rolled-back") {
                const restored = await recordRollback(site, notice, project);
                if (restored)
                    deliveries.push(restored);
            }
            return deliveries;
        },
    };
}


/***/ }),

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ rollbackText),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   KA: () => (/* binding */ versionText),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   RB: () => (/* binding */ logTail),
/* harmony export */   Sn: () => (/* binding */ EVENT_EMOJI),
/* harmony export */   V8: () => (/* binding */ OUTCOME_MARK),
/* harmony export */   cX: () => (/* binding */ committerText),
/* harmony export */   eJ: () => (/* binding */ releasedVersion),
/* harmony export */   jo: () => (/* binding */ releaseLinks),
/* harmony export */   nh: () => (/* binding */ subjectLine),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   v_: () => (/* binding */ ticketRefs)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(569);
// The wording every channel shares, so Slack, email, the console and the job summary say the
// same thing about a release. Values come back unescaped: each channel escapes for its format.

const EVENT_EMOJI = {
    started: "\ud83d\ude80",
    succeeded: "\u2705",
    failed: "\u274c",
    "rolled-back": "\u21a9\ufe0f",
};
const OUTCOME_MARK = {
    passed: "\u2713",
    failed: "\u2717",
    skipped: "\u2013",
};
/** "1.2.0 \u2192 1.3.0", "1.3.0 (new)" for a first release, "1.2.0 \u2192 removed" when the push drops it. */
function versionText(version) {
    const from = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(version.from ?? "");
    const to = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(version.to ?? "");
    if (from && to)
        return from === to ? to : `${from} \u2192 ${to}`;
    if (to)
        return `${to} (new)`;
    if (from)
        return `${from} \u2192 removed`;
    return "unversioned";
}
/** The version the release is about: what was pushed, else what was there. */
function releasedVersion(version) {
    return (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(version.to ?? "") || (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(version.from ?? "") || "unversioned";
}
/** "payments-api 2.14.3 \u2192 2.15.0 deployed to qa", without the emoji. */
function headline(notice) {
    const service = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.service);
    const env = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.environment);
    const version = versionText(notice.version);
    switch (notice.event) {
        case "started":
            return `${service} ${version} deploying to ${env}`;
        case "succeeded":
            return `${service} ${version} deployed to ${env}`;
        case "failed":
            return `${service} ${version} failed in ${env}`;
        case "rolled-back": {
            const restored = notice.rollback ? (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.rollback.version) : "";
            const failed = releasedVersion(notice.version);
            return restored
                ? `${service} ${failed} rolled back to ${restored} in ${env}`
                : `${service} ${failed} rolled back in ${env}`;
        }
    }
}
/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
function subjectLine(notice) {
    const env = `[${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.environment)}]`;
    const what = `${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.service)} ${releasedVersion(notice.version)}`;
    switch (notice.event) {
        case "started":
            return `${env} ${what} deploying`;
        case "succeeded":
            return `${env} ${what} deployed`;
        case "failed":
            return `${env} FAILED: ${what}`;
        case "rolled-back":
            return notice.rollback
                ? `${env} Rolled back: ${what} \u2192 ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(notice.rollback.version)}`
                : `${env} Rolled back: ${what}`;
    }
}
/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: \u2026". */
function rollbackText(rollback) {
    const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(rollback.reason);
    const state = rollback.ok ? "healthy" : "NOT healthy";
    return `restored ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}
function ticketRefs(tickets, jiraUrl) {
    const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
    const seen = new Set();
    const refs = [];
    for (const raw of tickets) {
        const key = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(raw);
        if (!key || seen.has(key.toUpperCase()))
            continue;
        seen.add(key.toUpperCase());
        refs.push(base ? { key, url: `${base}/browse/${encodeURIComponent(key)}` } : { key });
    }
    return refs;
}
/** The commit and workflow-run links, only those that are real http(s) URLs. */
function releaseLinks(notice) {
    const links = [];
    const commit = httpUrl(notice.commit.url);
    if (commit)
        links.push({ label: "Commit", url: commit });
    const run = httpUrl(notice.runUrl);
    if (run)
        links.push({ label: "Workflow run", url: run });
    return links;
}
/**
 * The URL normalised, or undefined unless it is http(s): notices carry URLs built from repo
 * data, and a `javascript:` or `mailto:` link must never become a button or an href.
 */
function httpUrl(value) {
    if (!value)
        return undefined;
    try {
        const url = new URL(value.trim());
        return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}
function shortSha(sha) {
    return (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(sha).slice(0, 12);
}
/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
function committerText(committer) {
    const name = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(committer?.name ?? "");
    const email = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(committer?.email ?? "");
    if (name && email)
        return `${name} <${email}>`;
    return name || email || undefined;
}
/**
 * The end of a log, at most `lines` lines and `chars` characters, with a "\u2026" line when cut.
 * Keeps newlines and tabs (unlike `clean`: a log is shown as lines, in a code block or `<pre>`);
 * other control characters (colour codes) are dropped.
 */
function logTail(log, lines = 20, chars = 2000) {
    const text = log
        .replace(/\r\n?/g, "\n")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes is the point
        .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
        .replace(/\n+$/, "");
    let kept = text.split("\n");
    let cut = false;
    if (kept.length > lines) {
        kept = kept.slice(-lines);
        cut = true;
    }
    let tail = kept.join("\n");
    if (tail.length > chars) {
        const codePoints = Array.from(tail);
        let keep = "";
        for (let i = codePoints.length - 1; i >= 0; i--) {
            const char = codePoints[i] ?? "";
            if (keep.length + char.length > chars)
                break;
            keep = char + keep;
        }
        tail = keep;
        cut = true;
    }
    return cut ? `\u2026\n${tail}` : tail;
}


/***/ }),

/***/ 5681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ SLACK_LIMITS),
/* harmony export */   y: () => (/* binding */ slackMessage)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(569);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3679);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8249);
/* harmony import */ var _mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5065);
// Slack's message: a Block Kit payload from a notice, every untrusted value escaped and cut to
// Slack's limits.



/** Block Kit limits (docs.slack.dev/reference/block-kit). */
const SLACK_LIMITS = {
    blocks: 50,
    headerText: 150,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
    buttonText: 75,
    buttonUrl: 3000,
};
/** The Block Kit message for a notice: every untrusted value escaped and cut to Slack's limits. */
function slackMessage(notice, options = {}) {
    const title = `${_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_EMOJI */ .Sn[notice.event]} ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(notice)}`;
    const blocks = [
        // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
        {
            type: "header",
            text: { type: "plain_text", text: (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    const fields = [
        field("Environment", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.environment))),
        field("Service", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.service))),
        field("Version", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .versionText */ .KA)(notice.version))),
        field("Pushed by", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.pusher))),
    ];
    const committer = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .committerText */ .cX)(notice.committer);
    if (committer)
        fields.push(field("Committer", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)(committer)));
    const sha = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(notice.commit.sha);
    if (sha) {
        const commitUrl = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3)(notice.commit.url);
        fields.push(field("Commit", commitUrl ? (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .mrkdwnLink */ .gH)(commitUrl, sha) : `\`${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)(sha)}\``));
    }
    const tickets = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .ticketRefs */ .v_)(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        const parts = tickets.map((t) => (t.url ? (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .mrkdwnLink */ .gH)(t.url, t.key) : (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)(t.key)));
        fields.push(field("Tickets", (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .joinWithin */ .Uo)(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
    }
    blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });
    const plan = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.plan);
    if (plan)
        blocks.push(section(`*Plan:* ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)(plan, SLACK_LIMITS.sectionText - 10)}`));
    if (notice.event === "failed" && notice.failure) {
        const stage = (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.stage), 100));
        const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.reason);
        blocks.push(section(`*Failed at ${stage}*${reason ? `: ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)(reason, 2500)}` : ""}`));
        if (notice.failure.log) {
            const tail = (0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlockTail */ .Lk)(notice.failure.log, SLACK_LIMITS.sectionText - 8);
            if (tail)
                blocks.push(section(`\`\`\`\n${tail}\n\`\`\``));
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        const mark = notice.rollback.ok ? "\u2705" : "\u26a0\ufe0f";
        blocks.push(section(`${mark} *Rolled back:* ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackText */ .Ew)(notice.rollback), 2900)}`));
    }
    if (notice.stages.length) {
        const lines = notice.stages.map((s) => {
            const reason = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.reason);
            return `${_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOME_MARK */ .V8[s.outcome] ?? "?"} *${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMrkdwn */ .fO)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(s.stage), 80))}* ${s.outcome} in ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(s.durationMs)}${reason ? ` \u2014 ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)(reason, 300)}` : ""}`;
        });
        blocks.push(section(`*Stages*\n${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .linesWithin */ .Xi)(lines, SLACK_LIMITS.sectionText - "*Stages*\n".length)}`));
    }
    const buttons = (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseLinks */ .jo)(notice)
        .filter((l) => l.url.length <= SLACK_LIMITS.buttonUrl)
        .map((l) => ({
        type: "button",
        text: { type: "plain_text", text: l.label },
        url: l.url,
        action_id: l.label === "Commit" ? "gitops-commit" : "gitops-run",
    }));
    if (buttons.length)
        blocks.push({ type: "actions", elements: buttons });
    let text = `${_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_EMOJI */ .Sn[notice.event]} ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)((0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(notice), 2000)}`;
    if (notice.event === "failed" && notice.failure) {
        text += ` \u2014 failed at ${(0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .fitEscaped */ .Px)((0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(notice.failure.stage), 200)}`;
    }
    return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
// verbatim: Slack leaves bare URLs, #channels and @mentions in untrusted text alone.
function section(text) {
    return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}
function field(label, escapedValue) {
    const prefix = `*${label}*\n`;
    return {
        type: "mrkdwn",
        text: prefix + ((0,_mrkdwn_js__WEBPACK_IMPORTED_MODULE_2__/* .cutEscaped */ .u6)(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "\u2014"),
        verbatim: true,
    };
}


/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ codeBlockTail),
/* harmony export */   Px: () => (/* binding */ fitEscaped),
/* harmony export */   Uo: () => (/* binding */ joinWithin),
/* harmony export */   Xi: () => (/* binding */ linesWithin),
/* harmony export */   fO: () => (/* binding */ escapeMrkdwn),
/* harmony export */   gH: () => (/* binding */ mrkdwnLink),
/* harmony export */   u6: () => (/* binding */ cutEscaped)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(569);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8249);
// Untrusted text as Slack mrkdwn: escaped, and cut to Block Kit's limits without splitting an
// entity, a link or a code fence.


/** Slack's three control characters, as its formatting docs ask: & < > and nothing else. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const esc = escapeMrkdwn;
/** `<url|label>`: the URL is an http(s) href; `|` and `>` would end it early, `&` is escaped. */
function mrkdwnLink(url, label) {
    const target = url.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
    return `<${target}|${esc(label)}>`;
}
/** Escape, then cut to `max` without splitting an entity: cut the raw text, not the escaped. */
function fitEscaped(raw, max) {
    if (esc(raw).length <= max)
        return esc(raw);
    let out = "";
    for (const char of raw) {
        const e = esc(char);
        if (out.length + e.length > max - 1)
            break;
        out += e;
    }
    return `${out}\u2026`;
}
/** An already-escaped string cut to `max`, backing off an entity the cut would split. */
function cutEscaped(escaped, max) {
    if (escaped.length <= max)
        return escaped;
    let cut = (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(escaped, max).slice(0, -1);
    cut = cut.replace(/&[a-z]*$/, "").replace(/<[^>]*$/, "");
    return `${cut}\u2026`;
}
/** The end of the log as the body of a ``` block: escaped, fenced text disarmed, within `max`. */
function codeBlockTail(log, max) {
    const disarm = (raw) => esc(raw).replace(/```/g, "`\u200b`\u200b`");
    let lines = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .logTail */ .RB)(log, 25, max).split("\n");
    let body = disarm(lines.join("\n"));
    // Escaping lengthens the text: drop lines from the front until it fits again.
    while (body.length > max && lines.length > 1) {
        lines = lines.slice(1);
        body = disarm(["\u2026", ...lines].join("\n"));
    }
    // One huge line: keep its end, minus an entity the cut split.
    return body.length > max ? body.slice(-max).replace(/^[a-z]{0,3};/, "") : body;
}
/** `parts` joined while they fit in `max`, then "and N more". */
function joinWithin(parts, separator, max) {
    let out = "";
    for (const [i, part] of parts.entries()) {
        const more = `${separator}and ${parts.length - i} more`;
        const next = out ? `${out}${separator}${part}` : part;
        if (next.length + (i < parts.length - 1 ? more.length : 0) > max)
            return `${out}${more}`;
        out = next;
    }
    return out;
}
/** `lines` one per line while they fit in `max`, then "\u2026 and N more". */
function linesWithin(lines, max) {
    const kept = [];
    for (const [i, line] of lines.entries()) {
        const rest = lines.length - i;
        const candidate = [...kept, line].join("\n");
        const suffix = rest > 1 ? `\n\u2026 and ${rest - 1} more` : "";
        if (candidate.length + suffix.length > max) {
            kept.push(`\u2026 and ${rest} more`);
            break;
        }
        kept.push(line);
    }
    return kept.join("\n");
}


/***/ }),

/***/ 5845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ slackNotifier)
});

// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
// EXTERNAL MODULE: ../../packages/notify/src/detail.ts
var src_detail = __webpack_require__(1876);
// EXTERNAL MODULE: ../../packages/notify/src/messages.ts
var messages = __webpack_require__(8249);
// EXTERNAL MODULE: ../../packages/notify/src/slack/message.ts
var slack_message = __webpack_require__(5681);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var retry = __webpack_require__(5426);
;// CONCATENATED MODULE: ../../packages/notify/src/slack/failure.ts
// What a failed post means: whether to try again (for @gitops/retry) and the one-line detail.
// Built from @slack/webhook's error codes and fields, never from its messages, which may quote
// the webhook URL.



// Connection failures where the request never reached Slack: safe to send again.
const RETRYABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "EPIPE", "UND_ERR_SOCKET"]);
const isHttpError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_http_error";
const isRequestError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_request_error";
/** 429 and 5xx by their status (with the attempt's Retry-After), and connections refused or reset. */
function retryable(error, retryAfter, signal) {
    if (isHttpError(error))
        return { status: error.statusCode, retryAfter };
    if (isRequestError(error) && !signal?.aborted) {
        const code = networkCode(error.original);
        // A synthetic 503: withRetry retries by status, and a refused connection is as transient.
        if (code && RETRYABLE_NETWORK.has(code))
            return { status: 503 };
    }
    return undefined;
}
/** "HTTP 500 rollup_error after 4 attempts", "timed out after 10000 ms", "network error: \u2026". */
function failureDetail(error, last) {
    const after = last.attempts > 1 ? ` after ${last.attempts} attempts` : "";
    if (error instanceof retry/* RetryGaveUp */.lI && isHttpError(error.cause)) {
        const wait = (0,retry/* retryAfterMs */.Vs)(last.retryAfter);
        const seconds = wait === undefined ? "?" : String(Math.round(wait / 1000));
        return `${httpText(error.cause)}: Retry-After ${seconds} s is longer than the retry limit${after}`;
    }
    if (isHttpError(error))
        return `${httpText(error)}${after}`;
    if (last.signal?.aborted || isAbort(error))
        return "aborted";
    if (isRequestError(error)) {
        if (isTimeout(error.original))
            return `timed out after ${last.timeoutMs} ms${after}`;
        return `network error: ${networkText(error.original)}${after}`;
    }
    return `failed: ${(0,src_detail/* errorDetail */.m2)(error)}`;
}
/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error) {
    const body = (0,line/* oneLine */.TN)(error.body ?? "", 120) || (0,line/* clean */.uH)(error.statusMessage ?? "");
    return `HTTP ${error.statusCode}${body ? ` ${body}` : ""}`;
}
function networkCode(original) {
    const cause = original
        ?.cause;
    const code = cause?.code ?? cause?.errors?.[0]?.code;
    return typeof code === "string" ? code : undefined;
}
/** The cause's message (e.g. "connect ECONNREFUSED 127.0.0.1:9"), never the fetch error itself. */
function networkText(original) {
    const cause = original?.cause;
    const message = cause instanceof Error && cause.message ? cause.message : undefined;
    return message ?? networkCode(original) ?? (0,src_detail/* errorDetail */.m2)(original);
}
const isTimeout = (e) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e) => e instanceof Error && (e.name === "AbortError" || isAbort(e.original));

;// CONCATENATED MODULE: ../../packages/notify/src/slack/send.ts
// One message to one incoming webhook: a POST through @slack/webhook, retried by our policy
// (@gitops/retry: 429 waiting at least Retry-After, 5xx with backoff, bounded). @slack/webhook 8
// keeps an error's status and body but drops its headers, so the webhook is given a fetch that
// keeps the last answer's Retry-After.



async function sendToWebhook(url, message, options) {
    const { signal, timeoutMs } = options;
    let attempts = 0;
    let retryAfter;
    const recordingFetch = async (input, init) => {
        // init.signal is the webhook's own timeout; the release's signal cancels as well.
        const signals = [init?.signal, signal].filter((s) => s !== undefined);
        const response = await fetch(input, {
            ...init,
            signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
        });
        retryAfter = response.headers.get("retry-after") ?? undefined;
        return response;
    };
    const sleep = async (ms) => {
        await (options.retry?.sleep ? options.retry.sleep(ms) : (0,promises_.setTimeout)(ms, undefined, { signal }));
        signal?.throwIfAborted();
    };
    try {
        // Loaded on the first post, so a release that tells nobody on Slack never pays for it.
        const { IncomingWebhook } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.t.bind(__webpack_require__, 3799, 23));
        const hook = new IncomingWebhook(url, { timeout: timeoutMs, fetch: recordingFetch });
        await (0,retry/* withRetry */.bD)("Slack webhook", () => {
            attempts++;
            retryAfter = undefined;
            return hook.send(message);
        }, (error) => retryable(error, retryAfter, signal), { ...options.retry, sleep });
        return { ok: true, attempts, detail: "delivered" };
    }
    catch (error) {
        return { ok: false, attempts, detail: failureDetail(error, { attempts, retryAfter, timeoutMs, signal }) };
    }
}

;// CONCATENATED MODULE: ../../packages/notify/src/slack/notifier.ts





const DEFAULT_TIMEOUT_MS = 10_000;
function slackNotifier(options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const secrets = Object.values(options.channels).flatMap(webhookSecrets);
    async function post(channel, message, signal) {
        const done = (ok, attempts, detail) => ({
            channel: "slack",
            target: channel,
            ok,
            attempts,
            detail: ok ? detail : (0,src_detail/* safeDetail */.Rq)(detail, secrets),
        });
        const url = webhookFor(options.channels, channel);
        if (!url)
            return done(false, 0, `no webhook configured for ${channel}`);
        if (!(0,messages/* httpUrl */.q3)(url))
            return done(false, 0, `the webhook configured for ${channel} is not an http(s) URL`);
        if (signal?.aborted)
            return done(false, 0, "aborted before sending");
        const sent = await sendToWebhook(url, message, { timeoutMs, retry: options.retry, signal });
        return done(sent.ok, sent.attempts, sent.detail);
    }
    return {
        channel: "slack",
        async notify(notice, signal) {
            const channels = uniqueChannels(notice.recipients.slack);
            if (channels.length === 0)
                return [];
            const message = (0,slack_message/* slackMessage */.y)(notice, { jiraUrl: options.jiraUrl });
            return Promise.all(channels.map((channel) => post(channel, message, signal)));
        },
    };
}
/** The channel's webhook: `#` optional, then case-insensitive. */
function webhookFor(channels, channel) {
    const bare = channel.replace(/^#/, "");
    const exact = channels[channel] ?? channels[`#${bare}`] ?? channels[bare];
    if (exact)
        return exact;
    const lower = bare.toLowerCase();
    const key = Object.keys(channels).find((k) => k.replace(/^#/, "").toLowerCase() === lower);
    return key === undefined ? undefined : channels[key];
}
/** Each channel once, however the descriptor writes it. */
function uniqueChannels(channels) {
    const seen = new Set();
    const out = [];
    for (const raw of channels) {
        const channel = (0,line/* clean */.uH)(raw);
        const key = channel.replace(/^#/, "").toLowerCase();
        if (!key || seen.has(key))
            continue;
        seen.add(key);
        out.push(channel);
    }
    return out;
}
/** The URL is the credential; a path quoted without its host (by a proxy, say) is one too. */
function webhookSecrets(url) {
    try {
        const { pathname } = new URL(url);
        return pathname.length > 8 ? [url, pathname] : [url];
    }
    catch {
        return [url];
    }
}


/***/ }),

/***/ 5426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2564:
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


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
