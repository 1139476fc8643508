export const id = 180;
export const ids = [180];
export const modules = {

/***/ 9799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_STAGES: () => (/* reexport */ ROLLBACK_STAGES),
  builtinStages: () => (/* reexport */ builtinStages),
  channelSecretsFromEnv: () => (/* reexport */ secrets/* channelSecretsFromEnv */.yO),
  deployStage: () => (/* reexport */ deployStage),
  gatePush: () => (/* reexport */ gatePush),
  healthcheckStage: () => (/* reexport */ healthcheckStage),
  jiraFromEnv: () => (/* reexport */ secrets/* jiraFromEnv */.uM),
  mapLimit: () => (/* reexport */ mapLimit),
  notifiersFor: () => (/* reexport */ notifiersFor),
  overallOutcome: () => (/* reexport */ overallOutcome),
  parseWebhookLines: () => (/* reexport */ secrets/* parseWebhookLines */.g9),
  regressionStage: () => (/* reexport */ regressionStage),
  release: () => (/* reexport */ release),
  releaseMarkdown: () => (/* reexport */ releaseMarkdown),
  releaseService: () => (/* reexport */ releaseService),
  releaseText: () => (/* reexport */ releaseText),
  runStages: () => (/* reexport */ runStages),
  smokeStage: () => (/* reexport */ smokeStage),
  webhookFromEnv: () => (/* reexport */ secrets/* webhookFromEnv */.tA)
});

;// CONCATENATED MODULE: ../../packages/gate/src/rules.ts
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

// EXTERNAL MODULE: ../../packages/jira/src/connection.ts
var src_connection = __webpack_require__(2846);
;// CONCATENATED MODULE: ../../packages/gate/src/jira.ts
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

// EXTERNAL MODULE: ../../packages/model/src/config.ts
var src_config = __webpack_require__(1393);
// EXTERNAL MODULE: ../../packages/plan/src/git.ts
var src_git = __webpack_require__(4611);
// EXTERNAL MODULE: ../../packages/plan/src/plan.ts
var src_plan = __webpack_require__(8104);
// EXTERNAL MODULE: ../../packages/plan/src/render.ts
var render = __webpack_require__(9975);
;// CONCATENATED MODULE: ../../packages/pipeline/src/gate-push.ts
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/limit.ts
// Bounded concurrency: at most `limit` calls in flight, results in input order.
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ../../packages/notify/src/slack.ts
var slack = __webpack_require__(4333);
// EXTERNAL MODULE: ../../packages/notify/src/email.ts
var src_email = __webpack_require__(1397);
// EXTERNAL MODULE: ../../packages/notify/src/jira.ts
var src_jira = __webpack_require__(6041);
;// CONCATENATED MODULE: ../../packages/pipeline/src/notifiers.ts

function notifiersFor(config, secrets, extra = []) {
    const notifiers = [...extra];
    const jiraUrl = secrets.jira?.url ?? config.jira?.url;
    const channels = {};
    for (const [channel, { webhook }] of Object.entries(config.notifications.slack.channels)) {
        const url = secrets.slackWebhook(webhook);
        if (url)
            channels[channel] = url;
    }
    notifiers.push((0,slack/* slackNotifier */.nt)({ channels, ...(jiraUrl ? { jiraUrl } : {}) }));
    if (secrets.smtp) {
        const { email } = config.notifications;
        notifiers.push((0,src_email/* emailNotifier */.xe)({
            ...secrets.smtp,
            from: email.from ?? "gitops@localhost",
            always: email.always,
        }));
    }
    if (secrets.jira && jiraUrl) {
        const { jira } = config.notifications;
        notifiers.push((0,src_jira/* jiraNotifier */.Ty)({
            connection: { url: jiraUrl, auth: secrets.jira.auth },
            transitions: jira.transitions,
            issueType: jira.issueType,
            labels: jira.labels,
            ...(jira.failureProject ? { failureProject: jira.failureProject } : {}),
        }));
    }
    return notifiers;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ../../packages/process/src/duration.ts
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
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpdir ?? (0,external_node_os_.tmpdir)(), "gitops-deploy-"));
            try {
                const descriptorFile = (0,external_node_path_.join)(dir, "descriptor.json");
                // mkdtemp's directory is 0700; the file is 0600 too in case the directory is shared.
                await (0,promises_.writeFile)(descriptorFile, `${JSON.stringify(request.descriptor, null, 2)}\n`, {
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
                await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => { });
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

// EXTERNAL MODULE: ../../packages/model/src/descriptor.ts
var descriptor = __webpack_require__(8530);
;// CONCATENATED MODULE: ../../packages/pipeline/src/result.ts
/** The release's outcome from its services': any unrecovered failure fails it. */
function overallOutcome(services, dryRun) {
    if (dryRun)
        return "dry-run";
    const ran = services.filter((s) => s.outcome !== "not-deployed");
    if (ran.length === 0)
        return "nothing-to-deploy";
    if (ran.some((s) => s.outcome === "failed"))
        return "failed";
    if (ran.some((s) => s.outcome === "rolled-back"))
        return "rolled-back";
    return "succeeded";
}

// EXTERNAL MODULE: ../../packages/notify/src/deliver.ts
var deliver = __webpack_require__(5284);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
            req = (url.protocol === "https:" ? external_node_https_ : external_node_http_).request(url, options, (res) => {
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

;// CONCATENATED MODULE: ../../packages/checks/src/junit.ts
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

// The same binding as junit.ts's, so `export *` of both modules is not ambiguous.

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
const ROLLBACK_STAGES = ["deploy", "healthcheck"];

;// CONCATENATED MODULE: ../../packages/pipeline/src/service-release.ts


async function releaseService(ctx, planned) {
    const release = {
        service: planned.service,
        change: planned.change === "unchanged-here" ? "changed" : planned.change,
        file: planned.file,
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
    ctx.progress({ type: "service", service: release.service, ...planned.version });
    if (ctx.dryRun) {
        const stages = ctx.environment.stages.map((stage) => ({ stage, outcome: "skipped", durationMs: 0, reason: "dry run" }));
        return { ...release, outcome: "planned", stages };
    }
    // What the branch held before the push (a renamed file's old self): the version to restore.
    const previous = ctx.deployed.get(planned.oldFile ?? planned.file);
    const tell = async (event, extra = {}) => {
        const notice = {
            ...ctx.notice,
            event,
            service: release.service,
            version: release.version,
            recipients: {
                emails: descriptor.notifications.emails,
                slack: descriptor.notifications.slack,
                maintainer: descriptor.maintainer,
            },
            stages: [...release.stages],
            ...extra,
        };
        const deliveries = await (0,deliver/* deliverAll */.F0)(ctx.notifiers, notice, {
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
    await tell("failed", { failure });
    if (ctx.signal?.aborted) {
        release.outcome = "failed";
        release.note = "the release was cancelled: nothing was rolled back, so check what runs";
        return finishService(ctx, release);
    }
    if (!previous) {
        release.outcome = "failed";
        release.note = "nothing to restore: the branch held no earlier version of this service";
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/release.ts
// The release of one push: the gate (policy from the trusted ref, the plan, every rule), then
// each changed service through the environment's stages, a few at a time, with notices before
// and after, and the previous version restored when a stage fails.








async function release(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const progress = safe(options.onProgress);
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const gated = await gatePush({
        git: options.git,
        ...(before ? { before } : {}),
        after: options.after,
        ...(options.environment ? { environment: options.environment } : { branch: options.branch ?? "" }),
        pusher: options.pusher,
        github: options.github,
        ...(options.jira ? { jira: options.jira } : {}),
    });
    const planLine = (0,render/* summaryLine */.dC)(gated.plan);
    progress({
        type: "gate",
        environment: gated.environment.name,
        decision: gated.decision,
        reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons),
        plan: planLine,
    });
    const result = {
        schema: 1,
        environment: gated.environment.name,
        ...(before ? { before } : {}),
        after: gated.plan.head,
        pusher: options.pusher,
        dryRun: options.dryRun ?? false,
        outcome: gated.decision === "deny" ? "denied" : "skipped",
        gate: { decision: gated.decision, results: gated.results, tickets: gated.tickets.map((t) => t.key) },
        plan: { verdict: gated.plan.verdict, summary: planLine },
        services: [],
        links: options.links ?? {},
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
    };
    if (gated.decision !== "allow")
        return finish(result, started, now);
    const context = await releaseContext(options, gated, before, planLine, progress);
    result.services = await mapLimit(gated.plan.services, gated.environment.concurrency, (planned) => releaseService(context, planned));
    result.outcome = overallOutcome(result.services, result.dryRun);
    return finish(result, started, now);
}
async function releaseContext(options, gated, before, planLine, progress) {
    const environment = gated.environment;
    // Only the changed services' files: the plan has judged the whole repo already.
    const services = gated.plan.services;
    const [pushed, deployed] = await Promise.all([
        descriptorsAt(options.git, gated.plan.head, services.filter((s) => s.change !== "removed").map((s) => s.file), environment.name),
        before
            ? descriptorsAt(options.git, before, services.map((s) => s.oldFile ?? s.file), environment.name)
            : new Map(),
    ]);
    const head = gated.commits.at(-1);
    return {
        environment,
        workdir: options.workdir,
        pushed,
        deployed,
        driver: (options.driverFor ?? createDriver)(environment.driver),
        stages: options.stages ?? builtinStages,
        notifiers: options.dryRun ? [] : (options.notifiers?.(gated.config) ?? []),
        dryRun: options.dryRun ?? false,
        notice: {
            environment: environment.name,
            pusher: options.pusher,
            ...(options.pusherEmail || head
                ? {
                    committer: options.pusherEmail
                        ? { email: options.pusherEmail }
                        : { name: head.committer.name, email: head.committer.email },
                }
                : {}),
            tickets: gated.tickets.map((t) => t.key),
            // Channels label it themselves: "1 to change, \u2026", not "Plan: 1 to change, \u2026".
            plan: planLine.replace(/^Plan: /, ""),
            commit: {
                sha: gated.plan.head,
                ...(options.links?.commit ? { url: options.links.commit } : {}),
            },
            ...(options.links?.run ? { runUrl: options.links.run } : {}),
        },
        progress,
        ...(options.signal ? { signal: options.signal } : {}),
    };
}
/** The valid descriptors among `files` at a commit, as the environment sees them, by file. */
async function descriptorsAt(git, ref, files, environment) {
    const contents = await git.readFiles(ref, files);
    const loaded = await Promise.all([...contents].map(([file, content]) => (0,descriptor/* loadDescriptor */.Km)(file, content)));
    return new Map(loaded.flatMap((r) => (r.ok ? [[r.value.file, (0,descriptor/* forEnvironment */.rR)(r.value, environment)]] : [])));
}
function finish(result, started, now) {
    result.durationMs = Math.max(0, Math.round(now() - started));
    return result;
}
/** A progress listener that throws must not stop a release half-way. */
function safe(listener) {
    return (event) => {
        try {
            listener?.(event);
        }
        catch {
            // the release goes on
        }
    };
}

// EXTERNAL MODULE: ../../packages/pipeline/src/secrets.ts
var secrets = __webpack_require__(8607);
// EXTERNAL MODULE: ../../packages/model/src/text.ts
var src_text = __webpack_require__(6940);
// EXTERNAL MODULE: ../../packages/notify/src/messages.ts
var messages = __webpack_require__(8249);
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
// Summary cells quote services, commands and test output: no HTML of theirs reaches the page.
const summary_cell = (text) => (0,src_text/* escapeHtml */.ZD)(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${(0,messages/* durationText */.S5)(s.durationMs)}`).join("<br>") || "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${summary_cell(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${summary_cell(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${(0,messages/* durationText */.S5)(result.durationMs)}`,
        "",
        `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` \u00b7 tickets ${result.gate.tickets.map(summary_cell).join(", ")}` : ""} \u00b7 **Plan:** ${summary_cell(result.plan.summary)}`,
        "",
    ];
    const blocking = result.gate.results.filter((r) => r.decision !== "allow");
    if (blocking.length > 0) {
        out.push("| Rule | Decision | Why |", "|---|---|---|");
        for (const r of blocking)
            out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(summary_cell).join("<br>")} |`);
        out.push("");
    }
    if (result.services.length === 0)
        return `${out.join("\n")}\n`;
    out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
    for (const s of result.services) {
        const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${summary_cell(s.rollback.version)}` : ""}`;
        const stages = s.rollback
            ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
            : stagesCell(s.stages);
        out.push(`| ${summary_cell(s.service)} | ${summary_cell((0,messages/* versionText */.KA)(s.version))} | ${stages} | ${outcome} |`);
    }
    out.push("");
    for (const s of result.services.filter((s) => s.failure || s.note)) {
        out.push(`### ${OUTCOME_ICON[s.outcome]} ${summary_cell(s.service)}`, "");
        if (s.failure)
            out.push(`Failed at **${s.failure.stage}**: ${summary_cell(s.failure.reason)}`, "");
        if (s.rollback)
            out.push(`Rollback: ${summary_cell(s.rollback.reason)}`, "");
        if (s.note)
            out.push(summary_cell(s.note), "");
        if (s.failure?.log) {
            out.push("<details><summary>Log</summary>", "", "<pre>", (0,src_text/* escapeHtml */.ZD)(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
        }
    }
    const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
    if (deliveries.length > 0) {
        out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
        for (const d of deliveries) {
            const to = d.url ? `[${summary_cell(d.target)}](${d.url})` : summary_cell(d.target);
            out.push(`| ${summary_cell(d.service)} | ${d.event} | ${summary_cell(d.channel)} | ${to} | ${d.ok ? "\u2705" : "\u26a0\ufe0f"} ${summary_cell(d.detail)} |`);
        }
        out.push("");
    }
    return `${out.join("\n")}\n`;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return `${OUTCOME_ICON[s.outcome]} ${s.service} ${(0,messages/* versionText */.KA)(s.version)}: ${s.outcome}${rollback}${why}`;
    });
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${(0,messages/* durationText */.S5)(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/index.ts











/***/ })

};
