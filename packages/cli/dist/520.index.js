export const id = 520;
export const ids = [520];
export const modules = {

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ githubFromEnv)
});

// EXTERNAL MODULE: ../retry/src/retry.ts
var src_retry = __webpack_require__(5277);
;// CONCATENATED MODULE: ../gate/src/github.ts
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

;// CONCATENATED MODULE: ./src/clients.ts
// GitHub as a command asks it (team membership, commit signatures), from the environment. The
// client loads only when a rule asks it something.

function githubFromEnv(io) {
    const token = io.env.GITHUB_TOKEN;
    const [owner = "", repo = ""] = (io.env.GITHUB_REPOSITORY ?? "").split("/");
    if (!token) {
        const missing = async () => {
            throw new Error("set GITHUB_TOKEN (and GITHUB_REPOSITORY=owner/repo) to ask GitHub");
        };
        return { isTeamMember: missing, isCommitVerified: missing };
    }
    return lazyGitHubFacts(async () => {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 329).then(__webpack_require__.bind(__webpack_require__, 1329));
        return getOctokit(token, { baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com" }).request;
    }, { owner, repo });
}


/***/ }),

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openJira),
/* harmony export */   fV: () => (/* binding */ isJiraError)
/* harmony export */ });
/* unused harmony export JiraError */
/* harmony import */ var _gitops_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5277);
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

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ gatePush)
});

;// CONCATENATED MODULE: ../gate/src/rules.ts
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

// EXTERNAL MODULE: ../jira/src/connection.ts
var src_connection = __webpack_require__(7469);
;// CONCATENATED MODULE: ../gate/src/jira.ts
// JIRA as the gate asks it: a ticket's status and approvals, through the shared connection
// (@gitops/jira: jira.js loaded on first use, retries, a timeout per request).

function jiraTicketSource(connection, approvals, options = {}) {
    const { timeoutMs = 15_000, ...retry } = options;
    const jira = (0,src_connection/* openJira */.V)(connection, { timeoutMs, retry });
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
                if ((0,src_connection/* isJiraError */.fV)(error) && error.kind === "not-found")
                    return undefined;
                if ((0,src_connection/* isJiraError */.fV)(error) && error.status !== undefined)
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

// EXTERNAL MODULE: ../model/src/config.ts
var src_config = __webpack_require__(7556);
// EXTERNAL MODULE: ../plan/src/git.ts
var src_git = __webpack_require__(4950);
// EXTERNAL MODULE: ../plan/src/plan.ts + 4 modules
var src_plan = __webpack_require__(8543);
// EXTERNAL MODULE: ../plan/src/render.ts
var render = __webpack_require__(4256);
;// CONCATENATED MODULE: ../pipeline/src/gate-push.ts
// The gate of one push: the trusted policy, the plan and the pushed commits gathered from
// git, then every gate rule. The actions and the CLI call this with their own clients.



async function gatePush(options) {
    const { git, after } = options;
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const config = await (0,src_plan/* trustedConfig */.av)(git, before, after);
    const environment = options.environment
        ? config.environments.find((e) => e.name === options.environment)
        : (0,src_config/* environmentForBranch */.lS)(config, options.branch ?? "");
    if (!environment) {
        const wanted = options.environment ? `"${options.environment}"` : `for branch "${options.branch}"`;
        throw new Error(`gitops.yaml has no environment ${wanted}`);
    }
    const plan = await (0,src_plan/* buildPlan */.Gg)({
        git,
        ...(before ? { base: before } : {}),
        head: after,
        environment: environment.name,
    });
    const [commits, branchHead] = await Promise.all([
        git.commits(before, after),
        git.remoteHead(environment.branch),
    ]);
    const jiraUrl = options.jira?.url ?? config.jira?.url;
    const gate = await evaluateGate({
        config,
        environment,
        pusher: options.pusher,
        commits,
        ...(branchHead ? { branchHead } : {}),
        plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: (0,render/* summaryLine */.dC)(plan) },
    }, {
        github: options.github,
        ...(options.jira && jiraUrl
            ? {
                tickets: jiraTicketSource({ url: jiraUrl, auth: options.jira.auth }, environment.gate.jira.approvals),
            }
            : {}),
    });
    return { ...gate, config, environment, plan, commits };
}


/***/ }),

/***/ 4122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uM: () => (/* binding */ jiraFromEnv),
/* harmony export */   yO: () => (/* binding */ channelSecretsFromEnv)
/* harmony export */ });
/* unused harmony exports webhookFromEnv, parseWebhookLines */
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

/***/ 5277:
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
