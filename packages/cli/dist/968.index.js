export const id = 968;
export const ids = [968];
export const modules = {

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../pipeline/src/secrets.ts
var src_secrets = __webpack_require__(4122);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ../process/src/run.ts + 2 modules
var src_run = __webpack_require__(6714);
// EXTERNAL MODULE: ../process/src/env.ts
var src_env = __webpack_require__(4643);
;// CONCATENATED MODULE: ../deploy/src/driver.ts
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

;// CONCATENATED MODULE: ../deploy/src/command.ts
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
        (0,src_run/* validateCommand */.Md)({
            command: config.command,
            env: config.env,
            timeoutMs: config.timeoutMs,
            ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
        });
    }
    catch (e) {
        if (e instanceof src_run/* CommandError */.Qd)
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
                const run = await (0,src_run/* runCommand */.d1)({
                    command,
                    cwd: request.workdir,
                    env,
                    timeoutMs: config.timeoutMs,
                    ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
                    ...(request.signal === undefined ? {} : { signal: request.signal }),
                    ...(request.onOutput === undefined ? {} : { onOutput: request.onOutput }),
                }).catch((e) => {
                    // A missing workdir, or a descriptor value that cannot be put in an environment.
                    if (e instanceof src_run/* CommandError */.Qd)
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
                    reason: (0,src_run/* describeRun */.vZ)(command, config.timeoutMs, run),
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
        if (value === undefined || isWithheld(name) || isReserved(name) || !(0,src_env/* isValidEnvEntry */.e)(name, value))
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

;// CONCATENATED MODULE: ../deploy/src/registry.ts


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

// EXTERNAL MODULE: ../model/src/descriptor.ts
var descriptor = __webpack_require__(7207);
// EXTERNAL MODULE: ../plan/src/git.ts
var src_git = __webpack_require__(4950);
// EXTERNAL MODULE: ../plan/src/render.ts
var render = __webpack_require__(4256);
// EXTERNAL MODULE: ../pipeline/src/gate-push.ts + 2 modules
var gate_push = __webpack_require__(328);
;// CONCATENATED MODULE: ../pipeline/src/limit.ts
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

;// CONCATENATED MODULE: ../pipeline/src/result.ts
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

;// CONCATENATED MODULE: ../notify/src/messages.ts
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
    const from = clean(version.from ?? "");
    const to = clean(version.to ?? "");
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
    return clean(version.to ?? "") || clean(version.from ?? "") || "unversioned";
}
/** "payments-api 2.14.3 \u2192 2.15.0 deployed to qa", without the emoji. */
function headline(notice) {
    const service = clean(notice.service);
    const env = clean(notice.environment);
    const version = versionText(notice.version);
    switch (notice.event) {
        case "started":
            return `${service} ${version} deploying to ${env}`;
        case "succeeded":
            return `${service} ${version} deployed to ${env}`;
        case "failed":
            return `${service} ${version} failed in ${env}`;
        case "rolled-back": {
            const restored = notice.rollback ? clean(notice.rollback.version) : "";
            const failed = releasedVersion(notice.version);
            return restored
                ? `${service} ${failed} rolled back to ${restored} in ${env}`
                : `${service} ${failed} rolled back in ${env}`;
        }
    }
}
/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
function subjectLine(notice) {
    const env = `[${clean(notice.environment)}]`;
    const what = `${clean(notice.service)} ${releasedVersion(notice.version)}`;
    switch (notice.event) {
        case "started":
            return `${env} ${what} deploying`;
        case "succeeded":
            return `${env} ${what} deployed`;
        case "failed":
            return `${env} FAILED: ${what}`;
        case "rolled-back":
            return notice.rollback
                ? `${env} Rolled back: ${what} \u2192 ${clean(notice.rollback.version)}`
                : `${env} Rolled back: ${what}`;
    }
}
/** "850 ms", "12.3 s", "2 min 5 s". */
function durationText(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return "?";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: \u2026". */
function rollbackText(rollback) {
    const reason = clean(rollback.reason);
    const state = rollback.ok ? "healthy" : "NOT healthy";
    return `restored ${clean(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}
function ticketRefs(tickets, jiraUrl) {
    const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
    const seen = new Set();
    const refs = [];
    for (const raw of tickets) {
        const key = clean(raw);
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
    return clean(sha).slice(0, 12);
}
/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
function committerText(committer) {
    const name = clean(committer?.name ?? "");
    const email = clean(committer?.email ?? "");
    if (name && email)
        return `${name} <${email}>`;
    return name || email || undefined;
}
/**
 * One line of untrusted text: control characters (newlines, terminal escapes) and the Unicode
 * bidi overrides become spaces, so a value can neither start a new log line (a `::` workflow
 * command on the runner) nor reorder what a reader sees.
 */
function clean(text) {
    return (text
        // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, " ")
        .replace(/\s+/g, " ")
        .trim());
}
/**
 * Cut to at most `max` UTF-16 units (what String#length counts, never fewer than the characters
 * a service counts), ending in "\u2026" when cut and never splitting a surrogate pair.
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
/**
 * The end of a log, at most `lines` lines and `chars` characters, with a "\u2026" line when cut.
 * Keeps newlines and tabs; other control characters (colour codes) are dropped.
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

;// CONCATENATED MODULE: ../notify/src/deliver.ts
// Tell everyone at once, and never let telling change the release: a notifier that throws
// becomes a failed delivery, and deliverAll itself never throws.

async function deliverAll(notifiers, notice, options = {}) {
    const secrets = options.secrets ?? [];
    const report = (delivery) => {
        const scrubbed = { ...delivery, detail: scrubSecrets(delivery.detail, secrets) };
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
                    detail: safeDetail(`notifier failed: ${oneLineMessage(error)}`, secrets),
                }),
            ];
        }
    }));
    return perNotifier.flat();
}
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
/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
function oneLineMessage(error) {
    const message = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
    return clean(message) || "unknown error";
}
/**
 * A Delivery detail: one line, secrets scrubbed, then cut to `max` characters. Scrubbing comes
 * first so a cut can never leave the front half of a secret behind.
 */
function safeDetail(text, secrets, max = 300) {
    return truncate(scrubSecrets(clean(text), secrets), max);
}

// EXTERNAL MODULE: ../checks/src/healthcheck.ts
var src_healthcheck = __webpack_require__(4302);
// EXTERNAL MODULE: ../checks/src/render.ts
var src_render = __webpack_require__(894);
// EXTERNAL MODULE: ../checks/src/smoke.ts
var src_smoke = __webpack_require__(8597);
// EXTERNAL MODULE: ../checks/src/regression.ts + 2 modules
var src_regression = __webpack_require__(2678);
;// CONCATENATED MODULE: ../pipeline/src/stages.ts
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
    const options = (0,src_healthcheck/* healthcheckOptions */.d8)(healthcheck);
    if (ctx.signal)
        options.signal = ctx.signal;
    const report = await (0,src_healthcheck/* runHealthcheck */.sP)((0,src_healthcheck/* healthcheckTargets */.VG)(healthcheck, address(ctx.descriptor)), options);
    const healthy = report.endpoints.filter((e) => e.ok).length;
    const failing = report.endpoints.filter((e) => !e.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${healthy}/${report.endpoints.length} endpoints healthy`
            : failing.map((e) => `${e.name}: ${e.lastError?.message ?? "failed"}`).join("; "),
        ...(report.ok ? {} : { log: (0,src_render/* healthText */.gB)(report) }),
    };
};
const smokeStage = async (ctx) => {
    const { smoke, healthcheck } = ctx.descriptor;
    if (!smoke || smoke.checks.length === 0)
        return { outcome: "skipped", reason: "the descriptor has no smoke checks" };
    const report = await (0,src_smoke/* runSmoke */.L)(smoke.checks, address(ctx.descriptor), {
        timeoutMs: healthcheck.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const failed = report.checks.filter((c) => !c.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${report.checks.length}/${report.checks.length} smoke checks passed`
            : failed.map((c) => `${c.name}: ${c.reason}`).join("; "),
        ...(report.ok ? {} : { log: (0,src_render/* smokeText */.Nu)(report) }),
    };
};
const regressionStage = async (ctx) => {
    const { regression, service, version } = ctx.descriptor;
    if (!regression)
        return { outcome: "skipped", reason: "the descriptor has no regression command" };
    const result = await (0,src_regression/* runRegression */.xZ)({
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

;// CONCATENATED MODULE: ../pipeline/src/service-release.ts


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

;// CONCATENATED MODULE: ../pipeline/src/release.ts
// The release of one push: the gate (policy from the trusted ref, the plan, every rule), then
// each changed service through the environment's stages, a few at a time, with notices before
// and after, and the previous version restored when a stage fails.








async function release(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const progress = safe(options.onProgress);
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const gated = await (0,gate_push/* gatePush */.K)({
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

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ../retry/src/retry.ts
var retry = __webpack_require__(5277);
;// CONCATENATED MODULE: ../notify/src/slack.ts
// Slack through incoming webhooks: one Block Kit message per channel the descriptor lists,
// posted with @slack/webhook, retried on 429 (honouring Retry-After) and 5xx, never on other 4xx.
// The webhook URL is the credential, so no detail ever quotes it (or a raw error that might).





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
const DEFAULT_TIMEOUT_MS = 10_000;
// Connection failures where the request never reached Slack: safe to send again.
const RETRYABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "EPIPE", "UND_ERR_SOCKET"]);
// IncomingWebhook's errors keep the status and body but drop the headers; the fetch we hand
// it records Retry-After into the context of the attempt that is running.
const attemptContext = new external_node_async_hooks_.AsyncLocalStorage();
const contextFetch = async (url, init) => {
    const attempt = attemptContext.getStore();
    const signals = [init?.signal, attempt?.signal].filter((s) => s !== undefined);
    const response = await fetch(url, {
        ...init,
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    });
    if (attempt)
        attempt.retryAfter = response.headers.get("retry-after") ?? undefined;
    return response;
};
function slackNotifier(options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const secrets = Object.values(options.channels).flatMap(webhookSecrets);
    const hooks = new Map();
    let load;
    // Loaded on first use, so a release that notifies nobody on Slack never pays for it.
    function webhook(url) {
        let hook = hooks.get(url);
        if (!hook) {
            load ??= __webpack_require__.e(/* import() */ 799).then(__webpack_require__.t.bind(__webpack_require__, 3799, 23));
            hook = load
                .then(({ IncomingWebhook }) => new IncomingWebhook(url, { timeout: timeoutMs, fetch: contextFetch }))
                .catch((error) => {
                hooks.delete(url);
                load = undefined;
                throw error;
            });
            hooks.set(url, hook);
        }
        return hook;
    }
    function webhookUrl(channel) {
        const bare = channel.replace(/^#/, "");
        const exact = options.channels[channel] ?? options.channels[`#${bare}`] ?? options.channels[bare];
        if (exact)
            return exact;
        const lower = bare.toLowerCase();
        const key = Object.keys(options.channels).find((k) => k.replace(/^#/, "").toLowerCase() === lower);
        return key === undefined ? undefined : options.channels[key];
    }
    async function post(channel, message, signal) {
        const done = (ok, attempts, detail) => ({
            channel: "slack",
            target: channel,
            ok,
            attempts,
            detail: ok ? detail : safeDetail(detail, secrets),
        });
        const url = webhookUrl(channel);
        if (!url)
            return done(false, 0, `no webhook configured for ${channel}`);
        if (!httpUrl(url))
            return done(false, 0, `the webhook configured for ${channel} is not an http(s) URL`);
        if (signal?.aborted)
            return done(false, 0, "aborted before sending");
        let attempts = 0;
        let last = {};
        const sleep = async (ms) => {
            await (options.retry?.sleep ? options.retry.sleep(ms) : (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
            signal?.throwIfAborted();
        };
        try {
            const hook = await webhook(url);
            await (0,retry/* withRetry */.bD)(`Slack ${channel}`, () => {
                attempts++;
                last = { signal };
                return attemptContext.run(last, () => hook.send(message));
            }, (error) => retryable(error, last, signal), { ...options.retry, sleep });
            return done(true, attempts, "delivered");
        }
        catch (error) {
            return done(false, attempts, failureDetail(error, attempts, last, timeoutMs, signal));
        }
    }
    return {
        channel: "slack",
        async notify(notice, signal) {
            const channels = unique(notice.recipients.slack);
            if (channels.length === 0)
                return [];
            const message = slackMessage(notice, { jiraUrl: options.jiraUrl });
            return Promise.all(channels.map((channel) => post(channel, message, signal)));
        },
    };
}
// --- failures -------------------------------------------------------------------------------
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
const isHttpError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_http_error";
const isRequestError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_request_error";
function retryable(error, attempt, signal) {
    if (isHttpError(error))
        return { status: error.statusCode, retryAfter: attempt.retryAfter };
    if (isRequestError(error) && !signal?.aborted) {
        const code = networkCode(error.original);
        // A synthetic 503: withRetry retries by status, and a refused connection is as transient.
        if (code && RETRYABLE_NETWORK.has(code))
            return { status: 503 };
    }
    return undefined;
}
function failureDetail(error, attempts, attempt, timeoutMs, signal) {
    const after = attempts > 1 ? ` after ${attempts} attempts` : "";
    if (error instanceof retry/* RetryGaveUp */.lI && isHttpError(error.cause)) {
        const wait = (0,retry/* retryAfterMs */.Vs)(attempt.retryAfter);
        const seconds = wait === undefined ? "?" : String(Math.round(wait / 1000));
        return `${httpText(error.cause)}: Retry-After ${seconds} s is longer than the retry limit${after}`;
    }
    if (isHttpError(error))
        return `${httpText(error)}${after}`;
    if (signal?.aborted || isAbort(error))
        return "aborted";
    if (isRequestError(error)) {
        if (isTimeout(error.original))
            return `timed out after ${timeoutMs} ms${after}`;
        return `network error: ${networkText(error.original)}${after}`;
    }
    return `failed: ${oneLineMessage(error)}`;
}
/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error) {
    const body = truncate(clean(error.body ?? ""), 120) || clean(error.statusMessage ?? "");
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
    return message ?? networkCode(original) ?? oneLineMessage(original);
}
const isTimeout = (e) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e) => e instanceof Error && (e.name === "AbortError" || isAbort(e.original));
function unique(channels) {
    const seen = new Set();
    const out = [];
    for (const raw of channels) {
        const channel = clean(raw);
        const key = channel.replace(/^#/, "").toLowerCase();
        if (!key || seen.has(key))
            continue;
        seen.add(key);
        out.push(channel);
    }
    return out;
}
/** The Block Kit message for a notice: every untrusted value escaped and cut to Slack's limits. */
function slackMessage(notice, options = {}) {
    const title = `${EVENT_EMOJI[notice.event]} ${headline(notice)}`;
    const blocks = [
        // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
        {
            type: "header",
            text: { type: "plain_text", text: truncate(title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    const fields = [
        field("Environment", esc(clean(notice.environment))),
        field("Service", esc(clean(notice.service))),
        field("Version", esc(versionText(notice.version))),
        field("Pushed by", esc(clean(notice.pusher))),
    ];
    const committer = committerText(notice.committer);
    if (committer)
        fields.push(field("Committer", esc(committer)));
    const sha = shortSha(notice.commit.sha);
    if (sha) {
        const commitUrl = httpUrl(notice.commit.url);
        fields.push(field("Commit", commitUrl ? mrkdwnLink(commitUrl, sha) : `\`${esc(sha)}\``));
    }
    const tickets = ticketRefs(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        const parts = tickets.map((t) => (t.url ? mrkdwnLink(t.url, t.key) : esc(t.key)));
        fields.push(field("Tickets", joinWithin(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
    }
    blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });
    const plan = clean(notice.plan);
    if (plan)
        blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));
    if (notice.event === "failed" && notice.failure) {
        const stage = esc(truncate(clean(notice.failure.stage), 100));
        const reason = clean(notice.failure.reason);
        blocks.push(section(`*Failed at ${stage}*${reason ? `: ${fitEscaped(reason, 2500)}` : ""}`));
        if (notice.failure.log) {
            const tail = codeBlockTail(notice.failure.log, SLACK_LIMITS.sectionText - 8);
            if (tail)
                blocks.push(section(`\`\`\`\n${tail}\n\`\`\``));
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        const mark = notice.rollback.ok ? "\u2705" : "\u26a0\ufe0f";
        blocks.push(section(`${mark} *Rolled back:* ${fitEscaped(rollbackText(notice.rollback), 2900)}`));
    }
    if (notice.stages.length) {
        const lines = notice.stages.map((s) => {
            const reason = clean(s.reason);
            return `${OUTCOME_MARK[s.outcome] ?? "?"} *${esc(truncate(clean(s.stage), 80))}* ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` \u2014 ${fitEscaped(reason, 300)}` : ""}`;
        });
        blocks.push(section(`*Stages*\n${linesWithin(lines, SLACK_LIMITS.sectionText - "*Stages*\n".length)}`));
    }
    const buttons = releaseLinks(notice)
        .filter((l) => l.url.length <= SLACK_LIMITS.buttonUrl)
        .map((l) => ({
        type: "button",
        text: { type: "plain_text", text: l.label },
        url: l.url,
        action_id: l.label === "Commit" ? "gitops-commit" : "gitops-run",
    }));
    if (buttons.length)
        blocks.push({ type: "actions", elements: buttons });
    let text = `${EVENT_EMOJI[notice.event]} ${fitEscaped(headline(notice), 2000)}`;
    if (notice.event === "failed" && notice.failure) {
        text += ` \u2014 failed at ${fitEscaped(clean(notice.failure.stage), 200)}`;
    }
    return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
/** Slack's three control characters, as its formatting docs ask: & < > and nothing else. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const esc = escapeMrkdwn;
// verbatim: Slack leaves bare URLs, #channels and @mentions in untrusted text alone.
function section(text) {
    return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}
function field(label, escapedValue) {
    const prefix = `*${label}*\n`;
    return {
        type: "mrkdwn",
        text: prefix + (cutEscaped(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "\u2014"),
        verbatim: true,
    };
}
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
    let cut = truncate(escaped, max).slice(0, -1);
    cut = cut.replace(/&[a-z]*$/, "").replace(/<[^>]*$/, "");
    return `${cut}\u2026`;
}
/** The end of the log as the body of a ``` block: escaped, fenced text disarmed, within `max`. */
function codeBlockTail(log, max) {
    const disarm = (raw) => esc(raw).replace(/```/g, "`\u200b`\u200b`");
    let lines = logTail(log, 25, max).split("\n");
    let body = disarm(lines.join("\n"));
    // Escaping lengthens the text: drop lines from the front until it fits again.
    while (body.length > max && lines.length > 1) {
        lines = lines.slice(1);
        body = disarm(["\u2026", ...lines].join("\n"));
    }
    // One huge line: keep its end, minus an entity the cut split.
    return body.length > max ? body.slice(-max).replace(/^[a-z]{0,3};/, "") : body;
}
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../model/src/text.ts
var src_text = __webpack_require__(9593);
;// CONCATENATED MODULE: ../notify/src/email.ts
// E-mail over SMTP with nodemailer: one message per notice to everyone who should know, one
// Delivery per recipient, so a refused address is reported without hiding the ones that took it.
// Transient trouble (4xx replies, dropped connections) is retried; 5xx refusals are final.






const email_DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 };
const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT"]);
function emailNotifier(options) {
    const timeoutMs = options.timeoutMs ?? email_DEFAULT_TIMEOUT_MS;
    const secrets = smtpSecrets(options.username, options.password);
    let transport;
    // nodemailer is loaded on the first notice, so a release that mails nobody never pays for it.
    function mailer() {
        transport ??= __webpack_require__.e(/* import() */ 894).then(__webpack_require__.bind(__webpack_require__, 1894))
            .then(({ createTransport }) => createTransport({
            host: options.host,
            port: options.port ?? DEFAULT_PORT[options.security],
            secure: options.security === "tls",
            requireTLS: options.security === "starttls",
            ignoreTLS: options.security === "none",
            auth: options.username ? { user: options.username, pass: options.password ?? "" } : undefined,
            tls: { rejectUnauthorized: options.tlsRejectUnauthorized ?? true, ca: options.ca },
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
    }
    return {
        channel: "email",
        async notify(notice, signal) {
            const { valid, invalid } = recipientsOf(notice, options.always ?? []);
            const results = new Map();
            const key = (address) => address.toLowerCase();
            const settle = (address, ok, attempts, detail) => results.set(key(address), {
                channel: "email",
                target: address,
                ok,
                attempts,
                detail: ok ? detail : safeDetail(detail, secrets),
            });
            const refused = invalid.map((raw) => ({
                channel: "email",
                target: truncate(clean(raw), 100),
                ok: false,
                attempts: 0,
                detail: "not an e-mail address",
            }));
            const inOrder = () => [...valid.flatMap((v) => results.get(key(v)) ?? []), ...refused];
            if (valid.length === 0)
                return refused;
            if (signal?.aborted) {
                for (const address of valid)
                    settle(address, false, 0, "aborted before sending");
                return inOrder();
            }
            const message = emailMessage(notice, { from: options.from, jiraUrl: options.jiraUrl });
            let pending = valid;
            let attempts = 0;
            let deferred = new Map();
            const sleep = async (ms) => {
                await (options.retry?.sleep ? options.retry.sleep(ms) : (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
                signal?.throwIfAborted();
            };
            try {
                const smtp = await mailer();
                await (0,retry/* withRetry */.bD)("e-mail", async () => {
                    attempts++;
                    deferred = new Map();
                    let accepted;
                    let refusals;
                    try {
                        const info = await smtp.sendMail({
                            ...message,
                            to: valid,
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
                }, (error) => email_transient(error, signal), { ...options.retry, sleep });
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
            return inOrder();
        },
    };
}
/** Some recipients got a 4xx: worth another attempt for them alone. */
class Deferred extends Error {
    constructor() {
        super("some recipients were deferred");
        this.name = "Deferred";
    }
}
function email_transient(error, signal) {
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
    return clean(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}
/** One line about a failed send; built from the code and the server's reply, never the raw error. */
function smtpFailure(error, signal) {
    const e = error;
    const message = oneLineMessage(error);
    const reply = e?.response ? clean(e.response) : "";
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
// --- recipients -----------------------------------------------------------------------------
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
/** Subject, headers, plain-text and HTML bodies for a notice (recipients are added by the notifier). */
function emailMessage(notice, options) {
    const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(options.from)?.[1] ?? "gitops.invalid";
    // Every notice of one release cites the same (never sent) root, so mail clients thread them.
    const release = (0,external_node_crypto_.createHash)("sha256")
        .update(`${notice.environment}\u0000${notice.service}\u0000${notice.commit.sha}`)
        .digest("hex")
        .slice(0, 24);
    const random = (0,external_node_crypto_.randomBytes)(8).toString("hex");
    const root = `<release.${release}@${domain}>`;
    return {
        from: options.from,
        subject: truncate(subjectLine(notice), 200),
        text: emailText(notice, options.jiraUrl),
        html: emailHtml(notice, options.jiraUrl),
        messageId: `<${notice.event}.${release}.${random}@${domain}>`,
        references: root,
        inReplyTo: root,
        headers: {
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-Gitops-Event": notice.event,
            "X-Gitops-Service": truncate(clean(notice.service), 200),
            "X-Gitops-Environment": truncate(clean(notice.environment), 200),
            "X-Gitops-Version": truncate(releasedVersion(notice.version), 200),
        },
    };
}
function facts(notice, jiraUrl) {
    const rows = [
        { label: "Environment", value: clean(notice.environment) },
        { label: "Service", value: clean(notice.service) },
        { label: "Version", value: versionText(notice.version) },
        { label: "Pushed by", value: clean(notice.pusher) },
    ];
    const committer = committerText(notice.committer);
    if (committer)
        rows.push({ label: "Committer", value: committer });
    const commit = releaseLinks(notice).find((l) => l.label === "Commit");
    const sha = shortSha(notice.commit.sha);
    if (sha)
        rows.push({ label: "Commit", value: sha, url: commit?.url });
    const plan = clean(notice.plan);
    if (plan)
        rows.push({ label: "Plan", value: truncate(plan, 1000) });
    return { rows, tickets: ticketRefs(notice.tickets, jiraUrl) };
}
function emailText(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const out = [`${EVENT_EMOJI[notice.event]} ${headline(notice)}`, ""];
    const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
    for (const row of rows)
        out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
    if (tickets.length) {
        out.push(`${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`);
    }
    if (notice.event === "failed" && notice.failure) {
        const reason = clean(notice.failure.reason);
        out.push("", `Failed at ${clean(notice.failure.stage)}${reason ? `: ${truncate(reason, 1000)}` : ""}`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail)
            out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
    }
    if (notice.event === "rolled-back" && notice.rollback)
        out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
    if (notice.stages.length) {
        out.push("", "Stages:");
        for (const s of notice.stages) {
            const reason = truncate(clean(s.reason), 300);
            out.push(`  ${OUTCOME_MARK[s.outcome] ?? "?"} ${clean(s.stage)}: ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` (${reason})` : ""}`);
        }
    }
    const links = releaseLinks(notice);
    if (links.length) {
        out.push("");
        for (const link of links)
            out.push(`${link.label}: ${link.url}`);
    }
    out.push("", "-- ", `Sent by gitops for ${clean(notice.service)} in ${clean(notice.environment)}.`);
    return `${out.join("\n")}\n`;
}
function emailHtml(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const a = (url, label) => `<a href="${(0,src_text/* escapeHtml */.ZD)(url)}">${(0,src_text/* escapeHtml */.ZD)(label)}</a>`;
    const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
    const out = [
        "<!doctype html>",
        "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
        `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${(0,src_text/* escapeHtml */.ZD)(headline(notice))}</h2>`,
        '<table style="border-collapse:collapse">',
    ];
    for (const row of rows) {
        out.push(`<tr><th ${th}>${(0,src_text/* escapeHtml */.ZD)(row.label)}</th><td>${row.url ? a(row.url, row.value) : (0,src_text/* escapeHtml */.ZD)(row.value)}</td></tr>`);
    }
    if (tickets.length) {
        const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : (0,src_text/* escapeHtml */.ZD)(t.key))).join(", ");
        out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
    }
    out.push("</table>");
    if (notice.event === "failed" && notice.failure) {
        const reason = clean(notice.failure.reason);
        out.push(`<p><strong>Failed at ${(0,src_text/* escapeHtml */.ZD)(clean(notice.failure.stage))}</strong>${reason ? `: ${(0,src_text/* escapeHtml */.ZD)(truncate(reason, 1000))}` : ""}</p>`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail) {
            out.push(`<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${(0,src_text/* escapeHtml */.ZD)(tail)}</pre>`);
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`<p><strong>Rolled back:</strong> ${(0,src_text/* escapeHtml */.ZD)(rollbackText(notice.rollback))}</p>`);
    }
    if (notice.stages.length) {
        out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
        for (const s of notice.stages) {
            out.push(`<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${(0,src_text/* escapeHtml */.ZD)(clean(s.stage))}</td><td>${(0,src_text/* escapeHtml */.ZD)(s.outcome)}</td><td style="padding:2px 8px">${durationText(s.durationMs)}</td><td>${(0,src_text/* escapeHtml */.ZD)(truncate(clean(s.reason), 300))}</td></tr>`);
        }
        out.push("</table>");
    }
    const links = releaseLinks(notice);
    if (links.length)
        out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" \u00b7 ")}</p>`);
    out.push(`<p style="color:#59636e;font-size:12px">Sent by gitops for ${(0,src_text/* escapeHtml */.ZD)(clean(notice.service))} in ${(0,src_text/* escapeHtml */.ZD)(clean(notice.environment))}.</p>`, "</body></html>");
    return `${out.join("\n")}\n`;
}

// EXTERNAL MODULE: ../jira/src/connection.ts
var connection = __webpack_require__(7469);
;// CONCATENATED MODULE: ../notify/src/jira.ts
// JIRA as notify tells it: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.


/** The label every failure issue carries; with `service:<svc>` and `env:<env>` it finds the open one. */
const FAILURE_LABEL = "gitops-failure";
/** Added when nobody could be assigned. */
const TRIAGE_LABEL = "needs-triage";
const LOG_LINES = 60;
const LOG_CHARS = 4000;
function jiraNotifier(options) {
    const jira = (0,connection/* openJira */.V)(options.connection, {
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
    const base = (options.jiraUrl ?? options.connection.url).replace(/\/+$/, "");
    const browse = (key) => `${base}/browse/${key}`;
    const issueType = options.issueType ?? "Bug";
    /** One delivery's JIRA requests: how many attempts the most-retried one took. */
    const attemptsOf = () => {
        const tally = { attempts: 0 };
        const seen = (n) => {
            tally.attempts = Math.max(tally.attempts, n);
        };
        return { tally, seen };
    };
    async function commentOnTicket(notice, key) {
        const { tally, seen } = attemptsOf();
        const delivery = (ok, detail) => ({
            channel: "jira",
            target: key,
            ok,
            attempts: Math.max(1, tally.attempts),
            detail,
            url: browse(key),
        });
        const done = [];
        try {
            await jira.call(`comment on ${key}`, (api) => api.addComment(api.client, { issueIdOrKey: key, body: releaseComment(notice) }), seen);
            done.push("commented");
        }
        catch (error) {
            const detail = failure(error, key);
            // A ticket that is missing, or credentials that are refused, will not take a transition either.
            if (!(0,connection/* isJiraError */.fV)(error) || !["rejected", "forbidden"].includes(error.kind))
                return delivery(false, detail);
            done.push(`comment refused (${detail})`);
        }
        const transition = notice.event === "succeeded" ? options.transitions?.[notice.environment] : undefined;
        if (!transition)
            return delivery(done[0] === "commented", done.join("; "));
        try {
            const moved = await transitionTicket(key, transition, seen);
            done.push(moved.detail);
            return delivery(done[0] === "commented" && moved.ok, done.join("; "));
        }
        catch (error) {
            done.push(failure(error, key));
            return delivery(false, done.join("; "));
        }
    }
    /**
     * Runs the named transition, unless the ticket already is where it leads. JIRA lists only the
     * transitions leaving the current status, so "already there" is known when a listed transition of
     * that name leads to the current status, or when the status bears the transition's name (as in
     * JIRA's simplified workflows); otherwise an unavailable transition is reported, not guessed at.
     */
    async function transitionTicket(key, name, seen) {
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
    /** The newest open failure issue of this service in this environment, if any. */
    async function openFailureIssue(notice, project, seen) {
        const found = await jira.call(`search ${project} for an open failure issue`, (api) => api.searchIssues(api.client, { jql: failureJql(project, notice), fields: ["status"], maxResults: 1 }), seen);
        return found.issues?.[0]?.key;
    }
    async function failureIssue(notice, project) {
        const { tally, seen } = attemptsOf();
        const delivery = (d) => ({
            channel: "jira",
            attempts: Math.max(1, tally.attempts),
            ...d,
        });
        let subject = project;
        try {
            const open = await openFailureIssue(notice, project, seen);
            if (open) {
                subject = open;
                await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: failedAgainComment(notice) }), seen);
                return delivery({
                    target: `${open} (open failure issue, commented)`,
                    ok: true,
                    detail: `failed again: commented on ${open}`,
                    url: browse(open),
                });
            }
            const assignee = await findAssignee(notice, seen);
            const labels = failureLabels(notice, options.labels ?? []);
            const fields = {
                project: { key: project },
                issuetype: { name: issueType },
                summary: failureSummary(notice),
                description: failureDescription(notice, browse),
                labels: assignee.accountId ? labels : [...labels, TRIAGE_LABEL],
                ...(assignee.accountId ? { assignee: { accountId: assignee.accountId } } : {}),
            };
            let detail = assignee.detail;
            let created;
            try {
                created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, { fields }), seen);
            }
            catch (error) {
                // JIRA refused the assignee (not assignable in this project): create it unassigned instead.
                if (!((0,connection/* isJiraError */.fV)(error) &&
                    error.kind === "rejected" &&
                    error.fieldErrors.assignee &&
                    assignee.accountId))
                    throw error;
                const { assignee: _refused, ...unassigned } = fields;
                created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, {
                    fields: { ...unassigned, labels: [...labels, TRIAGE_LABEL] },
                }), seen);
                detail = `unassigned (${TRIAGE_LABEL}): JIRA refused ${assignee.name} as assignee (${error.fieldErrors.assignee})`;
            }
            const key = created.key ?? "?";
            return delivery({ target: `${key} (new failure issue)`, ok: true, detail, url: browse(key) });
        }
        catch (error) {
            return delivery({ target: `${project} (failure issue)`, ok: false, detail: failure(error, subject) });
        }
    }
    /** The committer, else the maintainer, if JIRA knows their email; else nobody. */
    async function findAssignee(notice, seen) {
        const candidates = [
            { who: "committer", email: notice.committer?.email },
            { who: "maintainer", email: notice.recipients.maintainer.email },
        ].filter((c) => Boolean(c.email?.trim()));
        const misses = [];
        for (const { who, email } of candidates) {
            try {
                const users = await jira.call(`find the user ${email}`, (api) => api.findUsers(api.client, { query: email, maxResults: 20 }), seen);
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
                misses.push(`user search for the ${who} failed (${failure(error, email)})`);
            }
        }
        if (candidates.length === 0)
            misses.push("no committer or maintainer email");
        return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
    }
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
            for (const key of [...new Set(notice.tickets.map((t) => t.trim()).filter(Boolean))]) {
                deliveries.push(signal?.aborted ? cancelled(key) : await commentOnTicket(notice, key));
            }
            const project = options.failureProject;
            if (!project)
                return deliveries;
            if (signal?.aborted)
                return [...deliveries, cancelled(`${project} (failure issue)`)];
            if (notice.event === "failed")
                deliveries.push(await failureIssue(notice, project));
            if (notice.event === "rolled-back") {
                const restored = await recordRollback(notice, project);
                if (restored)
                    deliveries.push(restored);
            }
            return deliveries;
        },
    };
    /** A rollback is recorded on the open failure issue, when there is one. */
    async function recordRollback(notice, project) {
        const { tally, seen } = attemptsOf();
        let subject = project;
        try {
            const open = await openFailureIssue(notice, project, seen);
            if (!open)
                return undefined;
            subject = open;
            await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: releaseComment(notice) }), seen);
            return {
                channel: "jira",
                target: `${open} (open failure issue, commented)`,
                ok: true,
                attempts: Math.max(1, tally.attempts),
                detail: `rollback recorded on ${open}`,
                url: browse(open),
            };
        }
        catch (error) {
            return {
                channel: "jira",
                target: `${project} (failure issue)`,
                ok: false,
                attempts: Math.max(1, tally.attempts),
                detail: failure(error, subject),
            };
        }
    }
}
// --- labels and JQL ------------------------------------------------------------------------------
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
            FAILURE_LABEL,
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
        `labels = ${jqlString(FAILURE_LABEL)}`,
        `labels = ${jqlString(`service:${labelSafe(notice.service)}`)}`,
        `labels = ${jqlString(`env:${labelSafe(notice.environment)}`)}`,
        "statusCategory != Done ORDER BY created DESC",
    ].join(" AND ");
}
// --- messages ------------------------------------------------------------------------------------
/** One line for a failed JIRA call, never a secret (the connection redacts them). */
function failure(error, subject) {
    if (!(0,connection/* isJiraError */.fV)(error))
        return `JIRA: ${oneLine(error instanceof Error ? error.message : String(error))}`;
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
function oneLine(text, max = 300) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function failureSummary(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    const version = notice.version.to ? ` ${notice.version.to}` : "";
    return oneLine(`Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`, 255);
}
const versionOf = (notice) => (notice.version.to ? ` ${notice.version.to}` : "");
function jira_headline(notice) {
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
/** A text node, or nothing for empty text (ADF refuses empty text nodes). */
const jira_text = (value, ...marks) => value === "" ? [] : [{ type: "text", text: value, ...(marks.length > 0 ? { marks } : {}) }];
const strong = (value) => jira_text(value, { type: "strong" });
const jira_link = (value, href) => jira_text(value, { type: "link", attrs: { href } });
const paragraph = (...content) => ({ type: "paragraph", content: content.flat() });
const bulletList = (items) => ({
    type: "bulletList",
    content: items.map((item) => ({ type: "listItem", content: [paragraph(...item)] })),
});
const codeBlock = (code) => ({ type: "codeBlock", content: jira_text(code) });
const doc = (...content) => ({
    version: 1,
    type: "doc",
    content: content.filter((b) => b !== undefined),
});
function stageItems(stages) {
    const icon = { passed: "\u2714", failed: "\u2718", skipped: "\u2013" };
    return stages.map((s) => [
        jira_text(`${icon[s.outcome]} `),
        strong(s.stage),
        jira_text(` ${s.outcome} in ${durationText(s.durationMs)}${s.reason ? ` (${oneLine(s.reason, 200)})` : ""}`),
    ]);
}
function links(notice) {
    const sha = notice.commit.sha.slice(0, 12);
    const parts = [
        jira_text("Commit "),
        notice.commit.url ? jira_link(sha, notice.commit.url) : jira_text(sha, { type: "code" }),
    ];
    if (notice.runUrl)
        parts.push(jira_text(" \u00b7 "), jira_link("workflow run", notice.runUrl));
    return parts;
}
function body(notice, title) {
    const from = notice.version.from ?? "(new service)";
    const to = notice.version.to ?? "(removed)";
    const committer = notice.committer?.name ?? notice.committer?.email;
    const blocks = [
        { type: "heading", attrs: { level: 3 }, content: jira_text(title) },
        paragraph(strong("Version: "), jira_text(`${from} \u2192 ${to}`)),
        paragraph(strong("Pushed by: "), jira_text(notice.pusher), ...(committer ? [jira_text(" \u00b7 "), strong("Committed by: "), jira_text(committer)] : [])),
        notice.plan ? paragraph(strong("Plan: "), jira_text(oneLine(notice.plan))) : undefined,
    ];
    if (notice.event === "failed" && notice.failure) {
        blocks.push(paragraph(strong("Reason: "), jira_text(oneLine(notice.failure.reason, 1000))));
        if (notice.failure.log?.trim())
            blocks.push(codeBlock(logExcerpt(notice.failure.log)));
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        blocks.push(paragraph(strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "), jira_text(oneLine(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no"))));
    }
    if (notice.stages.length > 0)
        blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
    blocks.push(paragraph(...links(notice)));
    return blocks.filter((b) => b !== undefined);
}
/** The comment on a cited ticket (and a rollback's on the failure issue). */
function releaseComment(notice) {
    return doc(...body(notice, jira_headline(notice)));
}
function failedAgainComment(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    return doc(...body(notice, `\u274c failed again: ${notice.service}${versionOf(notice)} at ${stage} in ${notice.environment}`));
}
function failureDescription(notice, browse) {
    const tickets = [...new Set(notice.tickets)];
    const ticketLinks = tickets.flatMap((key, i) => [...(i > 0 ? jira_text(", ") : []), ...jira_link(key, browse(key))]);
    const committer = notice.committer
        ? [notice.committer.name, notice.committer.email ? `<${notice.committer.email}>` : undefined]
            .filter(Boolean)
            .join(" ")
        : "";
    return doc(...body(notice, jira_headline(notice)), tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined, committer ? paragraph(strong("Committer: "), jira_text(committer)) : undefined, paragraph(jira_text(`Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`)));
}

;// CONCATENATED MODULE: ../pipeline/src/notifiers.ts

function notifiersFor(config, secrets, extra = []) {
    const notifiers = [...extra];
    const jiraUrl = secrets.jira?.url ?? config.jira?.url;
    const channels = {};
    for (const [channel, { webhook }] of Object.entries(config.notifications.slack.channels)) {
        const url = secrets.slackWebhook(webhook);
        if (url)
            channels[channel] = url;
    }
    notifiers.push(slackNotifier({ channels, ...(jiraUrl ? { jiraUrl } : {}) }));
    if (secrets.smtp) {
        const { email } = config.notifications;
        notifiers.push(emailNotifier({
            ...secrets.smtp,
            from: email.from ?? "gitops@localhost",
            always: email.always,
        }));
    }
    if (secrets.jira && jiraUrl) {
        const { jira } = config.notifications;
        notifiers.push(jiraNotifier({
            connection: { url: jiraUrl, auth: secrets.jira.auth },
            transitions: jira.transitions,
            issueType: jira.issueType,
            labels: jira.labels,
            ...(jira.failureProject ? { failureProject: jira.failureProject } : {}),
        }));
    }
    return notifiers;
}

;// CONCATENATED MODULE: ../pipeline/src/summary.ts
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
const cell = (text) => (0,src_text/* escapeHtml */.ZD)(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${durationText(s.durationMs)}`).join("<br>") || "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${cell(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${cell(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${durationText(result.durationMs)}`,
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
            out.push("<details><summary>Log</summary>", "", "<pre>", (0,src_text/* escapeHtml */.ZD)(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
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
    return `${out.join("\n")}\n`;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return `${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`;
    });
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${durationText(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
}

// EXTERNAL MODULE: ./src/clients.ts + 1 modules
var clients = __webpack_require__(9756);
// EXTERNAL MODULE: ./src/io.ts
var src_io = __webpack_require__(1168);
;// CONCATENATED MODULE: ./src/commands/release.ts
// gitops release --env NAME: the whole release of a push from a laptop (or a runner without
// the actions): gate, plan, deploy, checks, notifications and rollback, with live progress.
// --dry-run stops after the gate and says what would run.






async function releaseCommand(args, io) {
    const workdir = (0,external_node_path_.resolve)(io.cwd, args.repo);
    const git = (0,src_git/* openGit */.zY)(workdir);
    const paint = painter(io.color);
    try {
        const { before, after } = await pushRange(git, args);
        const head = await git.resolve("HEAD");
        if (head !== after)
            io.stderr(`gitops release: warning: the checkout is at ${head?.slice(0, 12) ?? "no commit"}, not the pushed ${after.slice(0, 12)}; commands run from the checkout\n`);
        const secrets = (0,src_secrets/* channelSecretsFromEnv */.yO)(io.env);
        const live = args.format === "text" ? progressPrinter(io, paint, args.verbose) : undefined;
        // Ctrl-C stops the running commands (and everything they started) before gitops exits.
        const cancel = new AbortController();
        const stop = () => cancel.abort();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        const result = await release({
            git,
            workdir,
            ...(before ? { before } : {}),
            after,
            environment: args.environment,
            pusher: args.pusher,
            github: (0,clients/* githubFromEnv */.Z)(io),
            ...(secrets.jira ? { jira: secrets.jira } : {}),
            dryRun: args.dryRun,
            notifiers: (config) => notifiersFor(config, secrets),
            ...(live ? { onProgress: live } : {}),
            signal: cancel.signal,
        }).finally(() => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
        });
        if (args.resultFile)
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, args.resultFile), `${JSON.stringify(result, null, 2)}\n`);
        if (args.format === "json")
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else if (args.format === "markdown")
            io.stdout(releaseMarkdown(result));
        else
            io.stdout(`\n${releaseText(result)}`);
        return exitCode(result);
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        io.stderr(`gitops release: ${error.message}\n`);
        return src_io/* EXIT */.dc.failed;
    }
}
/** 0: deployed, nothing to do, or a dry run the gate allows; 3: the gate skips; 1: anything else. */
function exitCode(result) {
    if (result.outcome === "skipped")
        return src_io/* EXIT */.dc.needsApproval;
    return ["succeeded", "nothing-to-deploy", "dry-run"].includes(result.outcome) ? src_io/* EXIT */.dc.ok : src_io/* EXIT */.dc.failed;
}
/**
 * The push to release: --before/--after, or what the last `git push` (or fetch) moved the
 * remote-tracking branch from and to, as its reflog remembers.
 */
async function pushRange(git, args) {
    const tracking = `refs/remotes/origin/${args.environment}`;
    const afterRef = args.after ?? tracking;
    const after = await git.resolve(afterRef);
    if (!after)
        throw new Error(`${afterRef} is not in the repository; pass --after SHA`);
    if (args.before) {
        const before = /^0+$/.test(args.before) ? undefined : await git.resolve(args.before);
        if (!before && !/^0+$/.test(args.before))
            throw new Error(`--before ${args.before} is not in the repository`);
        return before ? { before, after } : { after };
    }
    if (args.after)
        throw new Error("--after needs --before (all zeros for a first push)");
    const before = await git.resolve(`${tracking}@{1}`);
    if (!before)
        throw new Error(`cannot tell what ${tracking} was before the last push; pass --before SHA --after SHA`);
    return { before, after };
}
const painter = (color) => (code, text) => color ? `\x1b[${code}m${text}\x1b[0m` : text;
const MARK = { passed: [32, "\u2713"], failed: [31, "\u2717"], skipped: [33, "\u2013"] };
function progressPrinter(io, paint, verbose) {
    const width = 12;
    return (event) => {
        switch (event.type) {
            case "gate":
                io.stdout(`${paint(1, `gate ${event.environment}`)}: ${event.decision} \u00b7 ${event.plan}\n`);
                for (const reason of event.reasons)
                    io.stdout(`  ${reason}\n`);
                return;
            case "service":
                io.stdout(`${paint(1, `\u25b6 ${event.service}`)} ${event.from && event.from !== event.to ? `${event.from} \u2192 ` : ""}${event.to ?? ""}\n`);
                return;
            case "stage-start":
                return;
            case "stage-end": {
                const [code, mark] = MARK[event.outcome];
                const stage = `${event.rollback ? "rollback " : ""}${event.stage}`;
                io.stdout(`  ${event.service.padEnd(width)} ${stage.padEnd(20)} ${paint(code, mark)} ${`${(event.durationMs / 1000).toFixed(1)}s`.padStart(6)}  ${event.reason}\n`);
                return;
            }
            case "output":
                if (!verbose)
                    return;
                for (const line of event.chunk.split("\n").filter(Boolean))
                    io.stdout(paint(2, `  ${event.service.padEnd(width)} \u2502 ${line}\n`));
                return;
            case "delivery": {
                const d = event.delivery;
                const [code, mark] = d.ok ? MARK.passed : MARK.failed;
                io.stdout(`  ${event.service.padEnd(width)} ${`notify ${event.event}`.padEnd(20)} ${paint(code, mark)} ${d.channel} ${d.target}: ${d.detail}\n`);
                return;
            }
            case "done":
                return;
        }
    };
}


/***/ })

};
