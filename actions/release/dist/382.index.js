export const id = 382;
export const ids = [382];
export const modules = {

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ jiraTicketSource)
/* harmony export */ });
/* harmony import */ var _gitops_jira__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2846);
// JIRA as the gate asks it: a ticket's status and approvals, through the shared connection
// (@gitops/jira: jira.js loaded on first use, retries, a timeout per request).

function jiraTicketSource(connection, approvals, options = {}) {
    const { timeoutMs = 15_000, ...retry } = options;
    const jira = (0,_gitops_jira__WEBPACK_IMPORTED_MODULE_0__/* .openJira */ .V)(connection, { timeoutMs, retry });
    return {
        async ticket(key) {
            try {
                const fields = [
                    "status",
                    ...(approvals?.source === "field" && approvals.field ? [approvals.field] : []),
                ];
                const issue = await jira.call(`get ${key}`, (api) => api.getIssue(api.client, { issueIdOrKey: key, fields }));
                const status = issue.fields?.status?.name ?? "";
                const ticket = { key, status, approvals: { approved: 0, declined: 0, pending: 0 } };
                if (approvals?.source === "field" && approvals.field) {
                    ticket.approvals.approved = countApprovers(issue.fields?.[approvals.field]);
                }
                else if (approvals) {
                    const page = await jira.call(`approvals of ${key}`, (api) => api.getApprovals(api.client, { issueIdOrKey: key }));
                    for (const a of page.values ?? []) {
                        const decision = a.finalDecision === "approved"
                            ? "approved"
                            : a.finalDecision === "declined"
                                ? "declined"
                                : "pending";
                        ticket.approvals[decision]++;
                    }
                }
                return ticket;
            }
            catch (error) {
                if ((0,_gitops_jira__WEBPACK_IMPORTED_MODULE_0__/* .isJiraError */ .fV)(error) && error.kind === "not-found")
                    return undefined;
                if ((0,_gitops_jira__WEBPACK_IMPORTED_MODULE_0__/* .isJiraError */ .fV)(error) && error.status !== undefined)
                    throw new Error(`JIRA answered ${error.status} for ${key}: ${error.reason}`, { cause: error });
                throw error;
            }
        },
    };
}
/** A field of approvers (users) counts its entries; a number field counts itself. */
function countApprovers(value) {
    if (Array.isArray(value))
        return value.length;
    if (typeof value === "number")
        return value;
    return 0;
}


/***/ }),

/***/ 1812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   Ft: () => (/* binding */ planVerdict),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   _l: () => (/* binding */ citedKeys),
/* harmony export */   c2: () => (/* binding */ pusherAllowed),
/* harmony export */   dw: () => (/* binding */ signedCommits),
/* harmony export */   eE: () => (/* binding */ skipMarker),
/* harmony export */   fO: () => (/* binding */ commitsToCite),
/* harmony export */   fg: () => (/* binding */ configChange),
/* harmony export */   sW: () => (/* binding */ stalePush),
/* harmony export */   yB: () => (/* binding */ jiraTickets)
/* harmony export */ });
const result = (rule, decision, ...reasons) => ({
    rule,
    decision,
    reasons,
});
/** Any deny denies; otherwise any skip skips; otherwise the push may deploy. */
function decide(results) {
    if (results.some((r) => r.decision === "deny"))
        return "deny";
    if (results.some((r) => r.decision === "skip"))
        return "skip";
    return "allow";
}
async function evaluateGate(facts, ports) {
    const tickets = await ticketsOf(facts, ports.tickets);
    const rules = [
        ["skip-marker", () => skipMarker(facts)],
        ["stale-push", () => stalePush(facts)],
        ["pusher-allowed", () => pusherAllowed(facts, ports.github)],
        ["signed-commits", () => signedCommits(facts, ports.github)],
        ["config-change", () => configChange(facts, ports.github)],
        ["jira-tickets", () => jiraTickets(facts, tickets)],
        ["plan-verdict", () => planVerdict(facts, tickets)],
    ];
    const results = await Promise.all(rules.map(async ([rule, run]) => {
        try {
            return await run();
        }
        catch (error) {
            return result(rule, "deny", `could not check: ${error instanceof Error ? error.message : String(error)}`);
        }
    }));
    const found = tickets instanceof Error ? [] : [...tickets.values()].filter((t) => t !== undefined);
    return { decision: decide(results), results, tickets: found };
}
function skipMarker(facts) {
    const head = facts.commits.at(-1);
    const message = head?.message.toLowerCase() ?? "";
    const marker = facts.config.gate.skipMarkers.find((m) => message.includes(m.toLowerCase()));
    return marker
        ? result("skip-marker", "skip", `the head commit asks not to deploy ("${marker}")`)
        : result("skip-marker", "allow", "no skip marker in the head commit");
}
function stalePush(facts) {
    const head = facts.commits.at(-1)?.sha;
    if (facts.branchHead === undefined || head === undefined) {
        return result("stale-push", "allow", "not checked: where the branch points now is not known");
    }
    if (facts.branchHead === head)
        return result("stale-push", "allow", "the push is the branch's head");
    return result("stale-push", "skip", `${facts.environment.branch} has moved on to ${facts.branchHead.slice(0, 12)}; the run for that push deploys`);
}
async function isListed(who, list, github) {
    if (list.users.some((u) => u.toLowerCase() === who.toLowerCase()))
        return `${who} is listed`;
    // Ask about every team at once; one that says yes is enough.
    const answers = await Promise.all(list.teams.map(async (team) => {
        const [org, slug] = team.split("/");
        return (await github.isTeamMember(org, slug, who)) ? team : undefined;
    }));
    const team = answers.find((t) => t !== undefined);
    return team ? `${who} is a member of ${team}` : undefined;
}
async function pusherAllowed(facts, github) {
    const allow = facts.environment.gate.allow;
    if (allow.users.length === 0 && allow.teams.length === 0) {
        return result("pusher-allowed", "deny", `nobody is allowed to deploy to ${facts.environment.name}: gitops.yaml lists no users or teams`);
    }
    const why = await isListed(facts.pusher, allow, github);
    return why
        ? result("pusher-allowed", "allow", why)
        : result("pusher-allowed", "deny", `${facts.pusher} may not deploy to ${facts.environment.name}: not in gate.allow`);
}
async function signedCommits(facts, github) {
    if (!facts.environment.gate.requireSignedCommits)
        return result("signed-commits", "allow", "signatures are not required here");
    const verified = await Promise.all(facts.commits.map((c) => github.isCommitVerified(c.sha)));
    const unsigned = facts.commits.filter((_, i) => !verified[i]).map((c) => c.sha.slice(0, 12));
    return unsigned.length === 0
        ? result("signed-commits", "allow", `all ${facts.commits.length} commits carry a verified signature`)
        : result("signed-commits", "deny", `${facts.environment.name} requires signed commits; not verified: ${unsigned.join(", ")}`);
}
async function configChange(facts, github) {
    if (!facts.plan.configChanged)
        return result("config-change", "allow", "gitops.yaml is unchanged");
    const why = await isListed(facts.pusher, facts.config.gate.admins, github);
    return why
        ? result("config-change", "allow", `gitops.yaml changes and ${why} as an admin`)
        : result("config-change", "deny", `the push changes gitops.yaml, which only gate.admins may do; ${facts.pusher} is not one`);
}
/** The commits whose tickets count, per gitops.yaml: all or the head, merges skipped or not. */
function commitsToCite(facts) {
    const jira = facts.config.gate.jira;
    if (!jira)
        return [];
    const commits = jira.commits === "head" ? facts.commits.slice(-1) : facts.commits;
    return jira.mergeCommits === "skip" ? commits.filter((c) => c.parents < 2) : commits;
}
/** Ticket keys of the allowed projects a message cites, e.g. "PAY-12 fix" \u2192 ["PAY-12"]. */
function citedKeys(message, projects) {
    const keys = message.match(/\b[A-Z][A-Z0-9_]{0,9}-[1-9][0-9]*\b/g) ?? [];
    return [...new Set(keys.filter((k) => projects.includes(k.slice(0, k.lastIndexOf("-")))))];
}
/** Every cited ticket, fetched once each and all at once. */
async function ticketsOf(facts, source) {
    const jira = facts.config.gate.jira;
    if (!jira)
        return new Map();
    if (!source)
        return new Error("gitops.yaml requires JIRA tickets but no JIRA credentials were given");
    const keys = [...new Set(commitsToCite(facts).flatMap((c) => citedKeys(c.message, jira.projects)))];
    try {
        const found = await Promise.all(keys.map((k) => source.ticket(k)));
        return new Map(keys.map((k, i) => [k, found[i]]));
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
}
function jiraTickets(facts, tickets) {
    const jira = facts.config.gate.jira;
    if (!jira)
        return result("jira-tickets", "allow", "gitops.yaml requires no JIRA tickets");
    if (tickets instanceof Error)
        throw tickets;
    const reasons = [];
    let deny = false;
    for (const commit of commitsToCite(facts)) {
        const keys = citedKeys(commit.message, jira.projects);
        if (keys.length === 0) {
            deny = true;
            reasons.push(`${commit.sha.slice(0, 12)} cites no ticket of ${jira.projects.join(", ")}: "${firstLine(commit.message)}"`);
        }
    }
    const { statuses, approvals } = facts.environment.gate.jira;
    for (const [key, ticket] of tickets) {
        if (!ticket) {
            deny = true;
            reasons.push(`${key} does not exist (or the gate's JIRA user cannot see it)`);
            continue;
        }
        if (statuses && !statuses.some((s) => s.toLowerCase() === ticket.status.toLowerCase())) {
            deny = true;
            reasons.push(`${key} is "${ticket.status}"; ${facts.environment.name} needs ${statuses.map((s) => `"${s}"`).join(" or ")}`);
        }
        else if (approvals && ticket.approvals.approved < approvals.required) {
            deny = true;
            reasons.push(`${key} has ${ticket.approvals.approved} of ${approvals.required} approvals ${facts.environment.name} needs`);
        }
        else {
            reasons.push(`${key} is "${ticket.status}"${approvals ? ` with ${ticket.approvals.approved} approvals` : ""}`);
        }
    }
    return result("jira-tickets", deny ? "deny" : "allow", ...reasons);
}
function planVerdict(facts, tickets) {
    const { verdict, summary } = facts.plan;
    if (verdict === "allow")
        return result("plan-verdict", "allow", summary);
    if (verdict === "deny")
        return result("plan-verdict", "deny", `the plan is destructive: ${summary}`);
    // Risky: only an environment that requires approvals, with every cited ticket approved, lets it through.
    const approvals = facts.environment.gate.jira.approvals;
    if (!approvals || approvals.required === 0) {
        return result("plan-verdict", "deny", `the plan is risky and ${facts.environment.name} requires no approvals that could accept it: ${summary}`);
    }
    if (tickets instanceof Error)
        throw tickets;
    const approved = [...tickets.values()].filter((t) => t && t.approvals.approved >= approvals.required);
    if (tickets.size > 0 && approved.length === tickets.size) {
        return result("plan-verdict", "allow", `the plan is risky, and every cited ticket has ${approvals.required} approvals: ${summary}`);
    }
    return result("plan-verdict", "deny", `the plan is risky and needs ${approvals.required} approvals on every cited ticket: ${summary}`);
}
const firstLine = (message) => message.split("\n", 1)[0] ?? "";


/***/ }),

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openJira),
/* harmony export */   fV: () => (/* binding */ isJiraError)
/* harmony export */ });
/* unused harmony export JiraError */
/* harmony import */ var _gitops_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5426);
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
                    : oneLine(`jira.js could not start: ${error instanceof Error ? error.message : String(error)}`);
                throw new JiraError(redact(`JIRA ${what}: ${reason}`), "config", what, 0, redact(reason));
            }
            const { api, core } = jira;
            try {
                return await (0,_gitops_retry__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(`JIRA ${what}`, () => {
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
    const gaveUp = error instanceof _gitops_retry__WEBPACK_IMPORTED_MODULE_0__/* .RetryGaveUp */ .lI;
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
    const message = oneLine(error instanceof Error ? error.message : String(error));
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
    return { reason: oneLine(parts.length > 0 ? parts.join("; ") : fallback), fieldErrors };
}
function oneLine(text, max = 300) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
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


/***/ })

};
