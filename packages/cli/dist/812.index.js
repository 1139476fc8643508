export const id = 812;
export const ids = [812];
export const modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_STAGES: () => (/* reexport */ ROLLBACK_STAGES),
  RollbackError: () => (/* reexport */ RollbackError),
  buildNotice: () => (/* reexport */ buildNotice),
  builtinStages: () => (/* reexport */ builtinStages),
  channelSecretsFromEnv: () => (/* reexport */ channelSecretsFromEnv),
  deployService: () => (/* reexport */ deployService),
  deployStage: () => (/* reexport */ deployStage),
  deploymentMarkdown: () => (/* reexport */ deploymentMarkdown),
  environmentStatus: () => (/* reexport */ environmentStatus),
  gatePush: () => (/* reexport */ gatePush),
  healthcheckStage: () => (/* reexport */ healthcheckStage),
  jiraFromEnv: () => (/* reexport */ jiraFromEnv),
  mapLimit: () => (/* reexport */ mapLimit),
  notifiersFor: () => (/* reexport */ notifiersFor),
  overallOutcome: () => (/* reexport */ overallOutcome),
  parseReleaseEvent: () => (/* reexport */ parseReleaseEvent),
  parseTickets: () => (/* reexport */ parseTickets),
  parseWebhookLines: () => (/* reexport */ parseWebhookLines),
  planForNotice: () => (/* reexport */ planForNotice),
  progressFormatter: () => (/* reexport */ progressFormatter),
  recordServiceOutcome: () => (/* reexport */ recordServiceOutcome),
  recorder: () => (/* reexport */ recorder),
  regressionStage: () => (/* reexport */ regressionStage),
  release: () => (/* reexport */ release),
  releaseMarkdown: () => (/* reexport */ releaseMarkdown),
  releaseService: () => (/* reexport */ releaseService),
  releaseSucceeded: () => (/* reexport */ releaseSucceeded),
  releaseText: () => (/* reexport */ releaseText),
  reportedParts: () => (/* reexport */ reportedParts),
  rollbackCommit: () => (/* reexport */ rollbackCommit),
  rollbackToHealthy: () => (/* reexport */ rollbackToHealthy),
  runStages: () => (/* reexport */ runStages),
  serviceNotice: () => (/* reexport */ serviceNotice),
  smokeStage: () => (/* reexport */ smokeStage),
  statusMarkdown: () => (/* reexport */ statusMarkdown),
  statusOf: () => (/* reexport */ statusOf),
  statusText: () => (/* reexport */ statusText),
  trusted: () => (/* reexport */ trusted),
  undeliveredNotices: () => (/* reexport */ undeliveredNotices),
  webhookFromEnv: () => (/* reexport */ webhookFromEnv)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../process/src/run.ts
var src_run = __webpack_require__(6433);
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

// EXTERNAL MODULE: ../git/src/git.ts + 2 modules
var src_git = __webpack_require__(1915);
// EXTERNAL MODULE: ../git/src/tree-reader.ts
var tree_reader = __webpack_require__(5209);
// EXTERNAL MODULE: ../model/src/repo.ts
var src_repo = __webpack_require__(4766);
// EXTERNAL MODULE: ../model/src/service.ts
var src_service = __webpack_require__(8331);
// EXTERNAL MODULE: ../model/src/descriptor.ts
var src_descriptor = __webpack_require__(7207);
// EXTERNAL MODULE: ../text/src/line.ts
var src_line = __webpack_require__(2810);
;// CONCATENATED MODULE: ../notify/src/detail.ts
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
    return (0,src_line/* truncate */.xv)(scrubSecrets((0,src_line/* clean */.uH)(text), secrets), max);
}
/** An error's message on one line, not cut yet: safeDetail cuts it once secrets are scrubbed. */
function errorDetail(error) {
    return (0,src_line/* errorLine */.BP)(error, Number.POSITIVE_INFINITY);
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
                    detail: safeDetail(`notifier failed: ${errorDetail(error)}`, secrets),
                }),
            ];
        }
    }));
    return perNotifier.flat();
}

;// CONCATENATED MODULE: ../pipeline/src/notice.ts
/** The notice for one service: recipients from its descriptor as the environment sees it. */
function buildNotice(base, descriptor, event, parts) {
    return {
        ...base,
        event,
        service: descriptor.service,
        version: parts.version,
        recipients: {
            emails: descriptor.notifications.emails,
            slack: descriptor.notifications.slack,
            maintainer: descriptor.maintainer,
        },
        stages: [...parts.stages],
        ...(parts.failure ? { failure: parts.failure } : {}),
        ...(parts.rollback ? { rollback: parts.rollback } : {}),
    };
}
/** The plan line channels print after their own "Plan:" label. */
const planForNotice = (summary) => summary.replace(/^Plan: /, "");
const EVENTS = ["started", "succeeded", "failed", "rolled-back"];
function parseReleaseEvent(value) {
    if (!EVENTS.includes(value))
        throw new Error(`event must be one of ${EVENTS.join(", ")}, not "${value}"`);
    return value;
}
/** Keys from the gate-check action's tickets output ([{key}]), or a comma-separated list. */
function parseTickets(value) {
    const text = value.trim();
    if (!text)
        return [];
    if (text.startsWith("[")) {
        const parsed = JSON.parse(text);
        return parsed
            .map((t) => (typeof t === "string" ? t : t?.key))
            .filter((k) => typeof k === "string");
    }
    return text.split(/[\s,]+/).filter(Boolean);
}
const STAGE_STEPS = ["deploy", "healthcheck", "regression", "smoke"];
/** Stages, failure and rollback from a release result or `toJSON(steps)`; empty when it says nothing. */
function reportedParts(text, service) {
    if (!text.trim())
        return { stages: [] };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return {
            stages: [],
            problem: "result is not JSON: pass the release action's result output or toJSON(steps)",
        };
    }
    if (parsed && typeof parsed === "object" && parsed.schema === 1)
        return partsFromResult(parsed, service);
    return partsFromSteps(parsed);
}
function partsFromResult(result, service) {
    const common = { plan: planForNotice(result.plan.summary), tickets: result.gate.tickets };
    const s = result.services.find((x) => x.service === service);
    if (!s)
        return { ...common, stages: [] };
    return {
        ...common,
        stages: s.stages,
        version: s.version,
        ...(s.failure ? { failure: s.failure } : {}),
        ...(s.rollback
            ? { rollback: { version: s.rollback.version, ok: s.rollback.ok, reason: s.rollback.reason } }
            : {}),
    };
}
function partsFromSteps(steps) {
    const stages = [];
    let failure;
    for (const id of STAGE_STEPS) {
        const step = steps[id];
        if (!step?.outcome)
            continue;
        const outcome = step.outcome === "success" ? "passed" : step.outcome === "failure" ? "failed" : "skipped";
        const detail = stepDetail(step);
        const durationMs = safeJson(step.outputs?.result)?.durationMs;
        stages.push({
            stage: id,
            outcome,
            durationMs: typeof durationMs === "number" ? durationMs : 0,
            reason: detail ?? step.outcome,
        });
        if (outcome === "failed" && !failure)
            failure = { stage: id, reason: detail ?? `the ${id} step failed` };
    }
    const parts = { stages, ...(failure ? { failure } : {}) };
    const rollback = steps.rollback;
    if (rollback?.outcome && rollback.outcome !== "skipped") {
        const result = safeJson(rollback.outputs?.result);
        parts.rollback = {
            version: result?.version ?? rollback.outputs?.version ?? "the previous version",
            ok: rollback.outcome === "success",
            reason: result?.detail ?? rollback.outcome,
        };
    }
    return parts;
}
function stepDetail(step) {
    const result = safeJson(step.outputs?.result);
    if (result?.detail)
        return result.detail;
    const report = safeJson(step.outputs?.report);
    if (report?.endpoints) {
        const healthy = report.endpoints.filter((e) => e.ok).length;
        return `${healthy}/${report.endpoints.length} endpoints healthy`;
    }
    return undefined;
}
function safeJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ../checks/src/healthcheck.ts
var src_healthcheck = __webpack_require__(4302);
// EXTERNAL MODULE: ../checks/src/render.ts
var render = __webpack_require__(894);
// EXTERNAL MODULE: ../checks/src/smoke.ts
var src_smoke = __webpack_require__(8597);
// EXTERNAL MODULE: ../checks/src/regression.ts + 1 modules
var src_regression = __webpack_require__(5956);
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
        ...(report.ok ? {} : { log: (0,render/* healthText */.gB)(report) }),
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
        ...(report.ok ? {} : { log: (0,render/* smokeText */.Nu)(report) }),
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
        ...(planned.oldFile ? { oldFile: planned.oldFile } : {}),
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
    if (descriptor.image)
        release.image = descriptor.image;
    ctx.progress({ type: "service", service: release.service, ...planned.version });
    if (ctx.dryRun) {
        const stages = ctx.environment.stages.map((stage) => ({ stage, outcome: "skipped", durationMs: 0, reason: "dry run" }));
        return { ...release, outcome: "planned", stages };
    }
    // What last ran healthy here, as the record says (a renamed file's old self): what to restore.
    const previous = ctx.deployed.get(planned.oldFile ?? planned.file);
    const nothingToRestore = `nothing to restore: no version of ${release.service} ran healthy in ${ctx.environment.name} before`;
    const tell = async (event, extra = {}) => {
        const notice = buildNotice(ctx.notice, descriptor, event, {
            version: release.version,
            stages: release.stages,
            ...extra,
        });
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
    // Every channel hears in the same breath when there is no healthy version to go back to.
    await tell("failed", {
        failure: previous || ctx.signal?.aborted
            ? failure
            : { ...failure, reason: `${failure.reason}; ${nothingToRestore}` },
    });
    if (ctx.signal?.aborted) {
        release.outcome = "failed";
        release.note = "the release was cancelled: nothing was rolled back, so check what runs";
        return finishService(ctx, release);
    }
    if (!previous) {
        release.outcome = "failed";
        release.note = nothingToRestore;
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

;// CONCATENATED MODULE: ../pipeline/src/deploy-service.ts
// One service deployed (or restored) on its own, as the deploy action does it in the reusable
// workflows: the descriptor at a commit, the environment's driver, and for a rollback the
// healthcheck too, since no later step proves the restored version.





async function deployService(options) {
    const { service, reason } = options;
    const base = { service, environment: options.environment, reason };
    const nothing = (detail) => ({ ...base, ok: true, detail, stages: [] });
    if (reason === "rollback" && (0,src_git/* isZeroSha */.hp)(options.ref))
        return nothing("nothing to restore: the push created the branch");
    // A rollback with a record restores what the record says ran healthy: its tree is a commit too.
    const recorded = reason === "rollback" && options.record ? await options.record.read(options.environment) : undefined;
    if (reason === "rollback" && options.record && !recorded?.state.services[service]?.running)
        return nothing(`nothing to restore: no version of ${service} ran healthy in ${options.environment}`);
    const from = recorded ? recorded.commit : options.ref;
    const repo = await (0,src_repo/* loadRepo */.R0)((0,tree_reader/* treeReader */.u)(options.git, from));
    if (!repo.config)
        throw new Error(`gitops.yaml at ${from} is missing or not valid`);
    const environment = (0,src_service/* findEnvironment */.jY)(repo.config, options.environment);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        if (reason === "rollback")
            return nothing(`nothing to restore: ${service} did not exist at ${from}`);
        throw new Error(`no valid descriptor for ${service} at ${options.ref}`);
    }
    const descriptor = (0,src_descriptor/* forEnvironment */.rR)(found, environment.name);
    const stages = [];
    const started = performance.now();
    const failure = await runStages({
        environment,
        workdir: options.workdir,
        driver: (options.driverFor ?? createDriver)(environment.driver),
        stages: options.stages ?? builtinStages,
        progress: options.onProgress ?? (() => { }),
        ...(options.signal ? { signal: options.signal } : {}),
    }, descriptor, reason === "rollback" ? ROLLBACK_STAGES : ["deploy"], reason, stages);
    return {
        ...base,
        version: descriptor.version,
        ok: !failure,
        detail: failure
            ? `${failure.stage}: ${failure.reason}`
            : `${service} ${descriptor.version} ${reason === "rollback" ? "restored" : "deployed"}`,
        durationMs: Math.round(performance.now() - started),
        stages,
        ...(failure ? { failure } : {}),
    };
}

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
        // A failure issue explains a commit (a rollback) but does not authorise one.
        const keys = citedKeys(commit.message, jira.projects).filter((k) => !tickets.get(k)?.failureIssue);
        if (keys.length === 0) {
            deny = true;
            reasons.push(`${commit.sha.slice(0, 12)} cites no change ticket of ${jira.projects.join(", ")}: "${firstLine(commit.message)}"`);
        }
    }
    const { statuses, approvals } = facts.environment.gate.jira;
    for (const [key, ticket] of tickets) {
        if (!ticket) {
            deny = true;
            reasons.push(`${key} does not exist (or the gate's JIRA user cannot see it)`);
            continue;
        }
        if (ticket.failureIssue) {
            reasons.push(`${key} is a failure issue gitops opened: context, not a change ticket`);
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
    const changeTickets = [...tickets.values()].filter((t) => !t?.failureIssue);
    const approved = changeTickets.filter((t) => t && t.approvals.approved >= approvals.required);
    if (changeTickets.length > 0 && approved.length === changeTickets.length) {
        return result("plan-verdict", "allow", `the plan is risky, and every cited ticket has ${approvals.required} approvals: ${summary}`);
    }
    return result("plan-verdict", "deny", `the plan is risky and needs ${approvals.required} approvals on every cited ticket: ${summary}`);
}
const firstLine = (message) => message.split("\n", 1)[0] ?? "";

// EXTERNAL MODULE: ../retry/src/retry.ts
var retry = __webpack_require__(5277);
;// CONCATENATED MODULE: ../jira/src/connection.ts
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
                    : (0,src_line/* oneLine */.TN)(`jira.js could not start: ${error instanceof Error ? error.message : String(error)}`);
                throw new JiraError(redact(`JIRA ${what}: ${reason}`), "config", what, 0, redact(reason));
            }
            const { api, core } = jira;
            try {
                return await (0,retry/* withRetry */.bD)(`JIRA ${what}`, () => {
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
    const gaveUp = error instanceof retry/* RetryGaveUp */.lI;
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
    const message = (0,src_line/* oneLine */.TN)(error instanceof Error ? error.message : String(error));
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
    return { reason: (0,src_line/* oneLine */.TN)(parts.length > 0 ? parts.join("; ") : fallback), fieldErrors };
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

;// CONCATENATED MODULE: ../jira/src/labels.ts
// The label gitops puts on every failure issue it opens. Notify writes it; the gate reads it, so
// citing a failure issue explains a commit (a rollback) without standing for a change ticket.
const FAILURE_LABEL = "gitops-failure";

;// CONCATENATED MODULE: ../gate/src/jira.ts
// JIRA as the gate asks it: a ticket's status and approvals, through the shared connection
// (@gitops/jira: jira.js loaded on first use, retries, a timeout per request).

function jiraTicketSource(connection, approvals, options = {}) {
    const { timeoutMs = 15_000, ...retry } = options;
    const jira = openJira(connection, { timeoutMs, retry });
    return {
        async ticket(key) {
            try {
                const fields = [
                    "status",
                    "labels",
                    ...(approvals?.source === "field" && approvals.field ? [approvals.field] : []),
                ];
                const issue = await jira.call(`get ${key}`, (api) => api.getIssue(api.client, { issueIdOrKey: key, fields }));
                const known = issue.fields;
                const status = known?.status?.name ?? "";
                const ticket = { key, status, approvals: { approved: 0, declined: 0, pending: 0 } };
                if (Array.isArray(known?.labels) && known.labels.includes(FAILURE_LABEL))
                    ticket.failureIssue = true;
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
                if (isJiraError(error) && error.kind === "not-found")
                    return undefined;
                if (isJiraError(error) && error.status !== undefined)
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

// EXTERNAL MODULE: ../plan/src/plan.ts
var src_plan = __webpack_require__(5447);
// EXTERNAL MODULE: ../plan/src/render.ts
var src_render = __webpack_require__(4256);
// EXTERNAL MODULE: ../record/src/state.ts
var src_state = __webpack_require__(6209);
// EXTERNAL MODULE: ../model/src/config.ts
var config = __webpack_require__(7556);
;// CONCATENATED MODULE: ../pipeline/src/trust.ts
// What a push is judged by and planned from, taken from the deployment record and never from the
// push itself: the gitops.yaml of the environment's last allowed release; before anything was
// allowed, the default branch's (when it is not the environment's own branch), or that of the
// commit the record began from. A denied push's config never becomes trusted, and deleting and
// re-creating the branch changes nothing the record says.



async function trusted(options) {
    const { git } = options;
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const defaultCommit = options.defaultBranch ? await git.resolve(options.defaultBranch) : undefined;
    const name = options.environment ?? (await routedEnvironment(git, options.branch ?? "", defaultCommit, before));
    const recorded = await options.record.read(name);
    const allowed = recorded?.state.allowed;
    const baseline = recorded ? recorded.state.baseline : before;
    const policy = allowed
        ? { from: "record", commit: recorded.commit }
        : ((await fromDefaultBranch(git, defaultCommit, options.defaultBranch, name)) ??
            (baseline ? { from: "baseline", commit: baseline } : undefined));
    if (!policy)
        throw new src_plan/* PlanError */.W6("E_PLAN_CONFIG", `nothing trusted to judge this push to ${name} by: no release was ever allowed there, there is no default branch to take gitops.yaml from, and the push created the branch (a push never judges itself)`);
    // The record hands over its gitops.yaml when it has read it: one git read less per release.
    const config = policy.from === "record" && recorded?.config
        ? await configFrom(recorded.config, policy.commit)
        : await (0,src_plan/* configAt */.ES)(git, policy.commit);
    const environment = config.environments.find((e) => e.name === name);
    if (!environment)
        throw new src_plan/* PlanError */.W6("E_PLAN_ENVIRONMENT", `the trusted gitops.yaml (${policy.from}) has no environment "${name}"`);
    if (options.branch && environment.branch !== options.branch)
        throw new src_plan/* PlanError */.W6("E_PLAN_ENVIRONMENT", `branch "${options.branch}" does not deploy to ${name}: the trusted gitops.yaml (${policy.from}) says ${name} deploys from "${environment.branch}"`);
    const base = allowed ? recorded.commit : baseline;
    const since = allowed?.commit ?? baseline;
    return {
        config,
        environment,
        policy,
        ...(base ? { base } : {}),
        ...(since ? { since } : {}),
        ...(recorded ? { recorded } : {}),
    };
}
async function configFrom(bytes, commit) {
    const loaded = await (0,config/* loadConfig */.Z9)(bytes);
    if (!loaded.ok)
        throw new src_plan/* PlanError */.W6("E_PLAN_CONFIG", `gitops.yaml of the record at ${commit.slice(0, 12)} is not valid`, loaded.diagnostics);
    return loaded.value;
}
/** The default branch's gitops.yaml, unless that branch is the environment's own (it would judge itself). */
async function fromDefaultBranch(git, commit, ref, environment) {
    if (!commit || !ref)
        return undefined;
    const config = await (0,src_plan/* configAt */.ES)(git, commit);
    const branch = config.environments.find((e) => e.name === environment)?.branch;
    const name = ref.replace(/^refs\/(heads|remotes\/origin)\//, "").replace(/^origin\//, "");
    return branch === undefined || branch === name ? undefined : { from: "default-branch", commit };
}
/** Which environment a branch deploys to, asked of a config the push did not write. */
async function routedEnvironment(git, branch, defaultCommit, before) {
    const source = defaultCommit ?? before;
    const environment = source ? (0,config/* environmentForBranch */.lS)(await (0,src_plan/* configAt */.ES)(git, source), branch) : undefined;
    if (!environment)
        throw new src_plan/* PlanError */.W6("E_PLAN_ENVIRONMENT", `cannot tell which environment branch "${branch}" deploys to from a gitops.yaml this push did not write; name the environment`);
    return environment.name;
}

;// CONCATENATED MODULE: ../pipeline/src/gate-push.ts
// The gate of one push: the trusted policy and what runs (from the deployment record), the plan
// from what runs to what was pushed, every commit since the last allowed release, then every
// gate rule. The actions and the CLI call this with their own clients.





async function gatePush(options) {
    const { git, after } = options;
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const trust = await trusted({
        git,
        record: options.record,
        ...(options.environment ? { environment: options.environment } : {}),
        ...(options.branch ? { branch: options.branch } : {}),
        ...(before ? { before } : {}),
        ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
    });
    const { config, environment } = trust;
    const state = trust.recorded?.state;
    const plan = await (0,src_plan/* buildPlan */.Gg)({
        git,
        ...(trust.base ? { base: trust.base } : {}),
        head: after,
        environment: environment.name,
        config,
        policyFrom: trust.policy.from,
        ...(before ? { pushedOver: before } : {}),
        ranHealthy: (service, version) => (0,src_state/* ranHealthy */.VP)(state, service, version),
    });
    const [commits, branchHead] = await Promise.all([
        git.commits(trust.since, after),
        git.remoteHead(environment.branch),
    ]);
    const jiraUrl = options.jira?.url ?? config.jira?.url;
    const gate = await evaluateGate({
        config,
        environment,
        pusher: options.pusher,
        commits,
        ...(branchHead ? { branchHead } : {}),
        plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: (0,src_render/* summaryLine */.dC)(plan) },
    }, {
        github: options.github,
        ...(options.jira && jiraUrl
            ? {
                tickets: jiraTicketSource({ url: jiraUrl, auth: options.jira.auth }, environment.gate.jira.approvals),
            }
            : {}),
    });
    return { ...gate, config, environment, plan, commits, trust };
}

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

;// CONCATENATED MODULE: ../notify/src/messages.ts
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
    const from = (0,src_line/* clean */.uH)(version.from ?? "");
    const to = (0,src_line/* clean */.uH)(version.to ?? "");
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
    return (0,src_line/* clean */.uH)(version.to ?? "") || (0,src_line/* clean */.uH)(version.from ?? "") || "unversioned";
}
/** "payments-api 2.14.3 \u2192 2.15.0 deployed to qa", without the emoji. */
function headline(notice) {
    const service = (0,src_line/* clean */.uH)(notice.service);
    const env = (0,src_line/* clean */.uH)(notice.environment);
    const version = versionText(notice.version);
    switch (notice.event) {
        case "started":
            return `${service} ${version} deploying to ${env}`;
        case "succeeded":
            return `${service} ${version} deployed to ${env}`;
        case "failed":
            return `${service} ${version} failed in ${env}`;
        case "rolled-back": {
            const restored = notice.rollback ? (0,src_line/* clean */.uH)(notice.rollback.version) : "";
            const failed = releasedVersion(notice.version);
            return restored
                ? `${service} ${failed} rolled back to ${restored} in ${env}`
                : `${service} ${failed} rolled back in ${env}`;
        }
    }
}
/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
function subjectLine(notice) {
    const env = `[${(0,src_line/* clean */.uH)(notice.environment)}]`;
    const what = `${(0,src_line/* clean */.uH)(notice.service)} ${releasedVersion(notice.version)}`;
    switch (notice.event) {
        case "started":
            return `${env} ${what} deploying`;
        case "succeeded":
            return `${env} ${what} deployed`;
        case "failed":
            return `${env} FAILED: ${what}`;
        case "rolled-back":
            return notice.rollback
                ? `${env} Rolled back: ${what} \u2192 ${(0,src_line/* clean */.uH)(notice.rollback.version)}`
                : `${env} Rolled back: ${what}`;
    }
}
/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: \u2026". */
function rollbackText(rollback) {
    const reason = (0,src_line/* clean */.uH)(rollback.reason);
    const state = rollback.ok ? "healthy" : "NOT healthy";
    return `restored ${(0,src_line/* clean */.uH)(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}
function ticketRefs(tickets, jiraUrl) {
    const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
    const seen = new Set();
    const refs = [];
    for (const raw of tickets) {
        const key = (0,src_line/* clean */.uH)(raw);
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
    return (0,src_line/* clean */.uH)(sha).slice(0, 12);
}
/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
function committerText(committer) {
    const name = (0,src_line/* clean */.uH)(committer?.name ?? "");
    const email = (0,src_line/* clean */.uH)(committer?.email ?? "");
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

// EXTERNAL MODULE: ../text/src/duration.ts
var duration = __webpack_require__(4640);
;// CONCATENATED MODULE: ../notify/src/slack/mrkdwn.ts
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
    let cut = (0,src_line/* truncate */.xv)(escaped, max).slice(0, -1);
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

;// CONCATENATED MODULE: ../notify/src/slack/message.ts
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
    const title = `${EVENT_EMOJI[notice.event]} ${headline(notice)}`;
    const blocks = [
        // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
        {
            type: "header",
            text: { type: "plain_text", text: (0,src_line/* truncate */.xv)(title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    const fields = [
        field("Environment", escapeMrkdwn((0,src_line/* clean */.uH)(notice.environment))),
        field("Service", escapeMrkdwn((0,src_line/* clean */.uH)(notice.service))),
        field("Version", escapeMrkdwn(versionText(notice.version))),
        field("Pushed by", escapeMrkdwn((0,src_line/* clean */.uH)(notice.pusher))),
    ];
    const committer = committerText(notice.committer);
    if (committer)
        fields.push(field("Committer", escapeMrkdwn(committer)));
    const sha = shortSha(notice.commit.sha);
    if (sha) {
        const commitUrl = httpUrl(notice.commit.url);
        fields.push(field("Commit", commitUrl ? mrkdwnLink(commitUrl, sha) : `\`${escapeMrkdwn(sha)}\``));
    }
    const tickets = ticketRefs(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        const parts = tickets.map((t) => (t.url ? mrkdwnLink(t.url, t.key) : escapeMrkdwn(t.key)));
        fields.push(field("Tickets", joinWithin(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
    }
    blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });
    const plan = (0,src_line/* clean */.uH)(notice.plan);
    if (plan)
        blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));
    if (notice.event === "failed" && notice.failure) {
        const stage = escapeMrkdwn((0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(notice.failure.stage), 100));
        const reason = (0,src_line/* clean */.uH)(notice.failure.reason);
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
            const reason = (0,src_line/* clean */.uH)(s.reason);
            return `${OUTCOME_MARK[s.outcome] ?? "?"} *${escapeMrkdwn((0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(s.stage), 80))}* ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${reason ? ` \u2014 ${fitEscaped(reason, 300)}` : ""}`;
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
        text += ` \u2014 failed at ${fitEscaped((0,src_line/* clean */.uH)(notice.failure.stage), 200)}`;
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
        text: prefix + (cutEscaped(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "\u2014"),
        verbatim: true,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ../notify/src/slack/failure.ts
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
    return `failed: ${errorDetail(error)}`;
}
/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error) {
    const body = (0,src_line/* oneLine */.TN)(error.body ?? "", 120) || (0,src_line/* clean */.uH)(error.statusMessage ?? "");
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
    return message ?? networkCode(original) ?? errorDetail(original);
}
const isTimeout = (e) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e) => e instanceof Error && (e.name === "AbortError" || isAbort(e.original));

;// CONCATENATED MODULE: ../notify/src/slack/send.ts
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
        await (options.retry?.sleep ? options.retry.sleep(ms) : (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
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

;// CONCATENATED MODULE: ../notify/src/slack/notifier.ts





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
            detail: ok ? detail : safeDetail(detail, secrets),
        });
        const url = webhookFor(options.channels, channel);
        if (!url)
            return done(false, 0, `no webhook configured for ${channel}`);
        if (!httpUrl(url))
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
            const message = slackMessage(notice, { jiraUrl: options.jiraUrl });
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
        const channel = (0,src_line/* clean */.uH)(raw);
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

;// CONCATENATED MODULE: ../notify/src/email/failure.ts


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
    return (0,src_line/* clean */.uH)(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}
/** One line about a failed send; built from the code and the server's reply, never the raw error. */
function smtpFailure(error, signal) {
    const e = error;
    const message = errorDetail(error);
    const reply = e?.response ? (0,src_line/* clean */.uH)(e.response) : "";
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../text/src/escape.ts
var src_escape = __webpack_require__(7283);
;// CONCATENATED MODULE: ../notify/src/email/message.ts
// The e-mail's message: subject, threading headers, and plain-text and HTML bodies with the same
// content. Recipients are added by the sender.



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
        subject: (0,src_line/* truncate */.xv)(subjectLine(notice), 200),
        text: emailText(notice, options.jiraUrl),
        html: emailHtml(notice, options.jiraUrl),
        messageId: `<${notice.event}.${release}.${random}@${domain}>`,
        references: root,
        inReplyTo: root,
        headers: {
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-Gitops-Event": notice.event,
            "X-Gitops-Service": (0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(notice.service), 200),
            "X-Gitops-Environment": (0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(notice.environment), 200),
            "X-Gitops-Version": (0,src_line/* truncate */.xv)(releasedVersion(notice.version), 200),
        },
    };
}
function facts(notice, jiraUrl) {
    const rows = [
        { label: "Environment", value: (0,src_line/* clean */.uH)(notice.environment) },
        { label: "Service", value: (0,src_line/* clean */.uH)(notice.service) },
        { label: "Version", value: versionText(notice.version) },
        { label: "Pushed by", value: (0,src_line/* clean */.uH)(notice.pusher) },
    ];
    const committer = committerText(notice.committer);
    if (committer)
        rows.push({ label: "Committer", value: committer });
    const commit = releaseLinks(notice).find((l) => l.label === "Commit");
    const sha = shortSha(notice.commit.sha);
    if (sha)
        rows.push({ label: "Commit", value: sha, url: commit?.url });
    const plan = (0,src_line/* clean */.uH)(notice.plan);
    if (plan)
        rows.push({ label: "Plan", value: (0,src_line/* truncate */.xv)(plan, 1000) });
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
        const reason = (0,src_line/* clean */.uH)(notice.failure.reason);
        out.push("", `Failed at ${(0,src_line/* clean */.uH)(notice.failure.stage)}${reason ? `: ${(0,src_line/* truncate */.xv)(reason, 1000)}` : ""}`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail)
            out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
    }
    if (notice.event === "rolled-back" && notice.rollback)
        out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
    if (notice.stages.length) {
        out.push("", "Stages:");
        for (const s of notice.stages) {
            const reason = (0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(s.reason), 300);
            out.push(`  ${OUTCOME_MARK[s.outcome] ?? "?"} ${(0,src_line/* clean */.uH)(s.stage)}: ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${reason ? ` (${reason})` : ""}`);
        }
    }
    const links = releaseLinks(notice);
    if (links.length) {
        out.push("");
        for (const link of links)
            out.push(`${link.label}: ${link.url}`);
    }
    out.push("", "-- ", `Sent by gitops for ${(0,src_line/* clean */.uH)(notice.service)} in ${(0,src_line/* clean */.uH)(notice.environment)}.`);
    return `${out.join("\n")}\n`;
}
function emailHtml(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const a = (url, label) => `<a href="${(0,src_escape/* escapeHtml */.ZD)(url)}">${(0,src_escape/* escapeHtml */.ZD)(label)}</a>`;
    const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
    const out = [
        "<!doctype html>",
        "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
        `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${(0,src_escape/* escapeHtml */.ZD)(headline(notice))}</h2>`,
        '<table style="border-collapse:collapse">',
    ];
    for (const row of rows) {
        out.push(`<tr><th ${th}>${(0,src_escape/* escapeHtml */.ZD)(row.label)}</th><td>${row.url ? a(row.url, row.value) : (0,src_escape/* escapeHtml */.ZD)(row.value)}</td></tr>`);
    }
    if (tickets.length) {
        const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : (0,src_escape/* escapeHtml */.ZD)(t.key))).join(", ");
        out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
    }
    out.push("</table>");
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,src_line/* clean */.uH)(notice.failure.reason);
        out.push(`<p><strong>Failed at ${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* clean */.uH)(notice.failure.stage))}</strong>${reason ? `: ${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* truncate */.xv)(reason, 1000))}` : ""}</p>`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail) {
            out.push(`<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${(0,src_escape/* escapeHtml */.ZD)(tail)}</pre>`);
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`<p><strong>Rolled back:</strong> ${(0,src_escape/* escapeHtml */.ZD)(rollbackText(notice.rollback))}</p>`);
    }
    if (notice.stages.length) {
        out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
        for (const s of notice.stages) {
            out.push(`<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* clean */.uH)(s.stage))}</td><td>${(0,src_escape/* escapeHtml */.ZD)(s.outcome)}</td><td style="padding:2px 8px">${(0,duration/* formatDuration */.a)(s.durationMs)}</td><td>${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(s.reason), 300))}</td></tr>`);
        }
        out.push("</table>");
    }
    const links = releaseLinks(notice);
    if (links.length)
        out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" \u00b7 ")}</p>`);
    out.push(`<p style="color:#59636e;font-size:12px">Sent by gitops for ${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* clean */.uH)(notice.service))} in ${(0,src_escape/* escapeHtml */.ZD)((0,src_line/* clean */.uH)(notice.environment))}.</p>`, "</body></html>");
    return `${out.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../notify/src/email/recipients.ts
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

;// CONCATENATED MODULE: ../notify/src/email/send.ts
// One message to its recipients over SMTP with nodemailer (loaded on first use): one outcome per
// recipient, so a refused address is reported without hiding the ones that took it. Transient
// trouble (4xx replies, dropped connections) is retried with @gitops/retry; 5xx refusals are final.



const send_DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 };
/**
 * The transport, made on the first call: nodemailer is imported then, so a release that mails
 * nobody never pays for it. A failed import is tried again on the next call.
 */
function lazyTransport(settings) {
    const timeoutMs = settings.timeoutMs ?? send_DEFAULT_TIMEOUT_MS;
    let transport;
    return () => {
        transport ??= __webpack_require__.e(/* import() */ 894).then(__webpack_require__.bind(__webpack_require__, 1894))
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
        await (options.retry?.sleep ? options.retry.sleep(ms) : (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
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

;// CONCATENATED MODULE: ../notify/src/email/notifier.ts






function emailNotifier(options) {
    const secrets = smtpSecrets(options.username, options.password);
    const transport = lazyTransport(options);
    const delivery = ({ address, ok, attempts, detail }) => ({
        channel: "email",
        target: address,
        ok,
        attempts,
        detail: ok ? detail : safeDetail(detail, secrets),
    });
    return {
        channel: "email",
        async notify(notice, signal) {
            const { valid, invalid } = recipientsOf(notice, options.always ?? []);
            const refused = invalid.map((raw) => ({
                channel: "email",
                target: (0,src_line/* truncate */.xv)((0,src_line/* clean */.uH)(raw), 100),
                ok: false,
                attempts: 0,
                detail: "not an e-mail address",
            }));
            if (valid.length === 0)
                return refused;
            const outcomes = signal?.aborted
                ? valid.map((address) => ({ address, ok: false, attempts: 0, detail: "aborted before sending" }))
                : await sendToRecipients(transport, emailMessage(notice, { from: options.from, jiraUrl: options.jiraUrl }), valid, { from: options.from, retry: options.retry, signal });
            return [...outcomes.map(delivery), ...refused];
        },
    };
}

;// CONCATENATED MODULE: ../notify/src/jira/labels.ts
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

;// CONCATENATED MODULE: ../notify/src/jira/site.ts
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
    if (!isJiraError(error))
        return `JIRA: ${(0,src_line/* oneLine */.TN)(error instanceof Error ? error.message : String(error))}`;
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

;// CONCATENATED MODULE: ../notify/src/jira/assignee.ts


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
    return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
}

;// CONCATENATED MODULE: ../notify/src/jira/adf.ts
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

;// CONCATENATED MODULE: ../notify/src/jira/message.ts
// JIRA's messages: the ADF comments and failure-issue description, and the issue summary. ADF is
// JSON, so untrusted text needs no escaping here, only to be kept to one line where it is a line.


const LOG_LINES = 60;
const LOG_CHARS = 4000;
function failureSummary(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    const version = notice.version.to ? ` ${notice.version.to}` : "";
    return (0,src_line/* oneLine */.TN)(`Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`, 255);
}
const versionOf = (notice) => (notice.version.to ? ` ${notice.version.to}` : "");
function message_headline(notice) {
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
        adf_text(` ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${s.reason ? ` (${(0,src_line/* oneLine */.TN)(s.reason, 200)})` : ""}`),
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
        notice.plan ? paragraph(strong("Plan: "), adf_text((0,src_line/* oneLine */.TN)(notice.plan))) : undefined,
    ];
    if (notice.event === "failed" && notice.failure) {
        blocks.push(paragraph(strong("Reason: "), adf_text((0,src_line/* oneLine */.TN)(notice.failure.reason, 1000))));
        if (notice.failure.log?.trim())
            blocks.push(codeBlock(logExcerpt(notice.failure.log)));
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        blocks.push(paragraph(strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "), adf_text((0,src_line/* oneLine */.TN)(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no"))));
    }
    if (notice.stages.length > 0)
        blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
    blocks.push(paragraph(...links(notice)));
    return blocks.filter((b) => b !== undefined);
}
/** The comment on a cited ticket (and a rollback's on the failure issue). */
function releaseComment(notice) {
    return doc(...body(notice, message_headline(notice)));
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
    return doc(...body(notice, message_headline(notice)), tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined, committer ? paragraph(strong("Committer: "), adf_text(committer)) : undefined, paragraph(adf_text(`Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`)));
}

;// CONCATENATED MODULE: ../notify/src/jira/failure-issue.ts
// The failure issue: one open issue per service and environment in the failure project. A failure
// opens it (assigned, labelled) or comments on the open one; a rollback is recorded on it.





/** The newest open failure issue of this service in this environment, if any. */
async function openFailureIssue(site, notice, project, seen) {
    const found = await site.jira.call(`search ${project} for an open failure issue`, (api) => api.searchIssues(api.client, { jql: failureJql(project, notice), fields: ["status"], maxResults: 1 }), seen);
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
            await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: failedAgainComment(notice) }), seen);
            return delivery({
                target: `${open} (open failure issue, commented)`,
                ok: true,
                detail: `failed again: commented on ${open}`,
                url: browse(open),
            });
        }
        const assignee = await findAssignee(site, notice, seen);
        const labels = failureLabels(notice, options.labels);
        const fields = {
            project: { key: project },
            issuetype: { name: options.issueType },
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
            if (!(isJiraError(error) && error.kind === "rejected" && error.fieldErrors.assignee && assignee.accountId))
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
        await site.jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: releaseComment(notice) }), seen);
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

;// CONCATENATED MODULE: ../notify/src/jira/ticket.ts
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
        await site.jira.call(`comment on ${key}`, (api) => api.addComment(api.client, { issueIdOrKey: key, body: releaseComment(notice) }), seen);
        done.push("commented");
    }
    catch (error) {
        const detail = jiraProblem(error, key);
        // A ticket that is missing, or credentials that are refused, will not take a transition either.
        if (!isJiraError(error) || !["rejected", "forbidden"].includes(error.kind))
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

;// CONCATENATED MODULE: ../notify/src/jira/notifier.ts
// The JIRA channel: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.



function jiraNotifier(options) {
    const jira = openJira(options.connection, {
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

;// CONCATENATED MODULE: ../pipeline/src/progress.ts
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
    const column = (service) => (0,src_line/* clean */.uH)(service).padEnd(width);
    const line = (kind, text, failed = false) => ({
        kind,
        text,
        failed,
    });
    return (event) => {
        switch (event.type) {
            case "gate":
                width = Math.max(0, ...event.services.map((s) => (0,src_line/* clean */.uH)(s).length));
                return [
                    line("heading", `${paint("bold", `gate ${(0,src_line/* clean */.uH)(event.environment)}`)}: ${event.decision} \u00b7 ${(0,src_line/* clean */.uH)(event.plan)}`),
                    ...event.reasons.map((reason) => line("heading", `  ${(0,src_line/* clean */.uH)(reason)}`)),
                ];
            case "service": {
                const from = event.from && event.from !== event.to ? `${(0,src_line/* clean */.uH)(event.from)} \u2192 ` : "";
                return [
                    line("heading", `${paint("bold", `\u25b6 ${(0,src_line/* clean */.uH)(event.service)}`)} ${from}${(0,src_line/* clean */.uH)(event.to ?? "")}`),
                ];
            }
            case "stage-end": {
                const [style, mark] = MARK[event.outcome];
                const stage = `${event.rollback ? "rollback " : ""}${event.stage}`;
                const time = (0,duration/* formatDuration */.a)(event.durationMs).padStart(7);
                const text = `  ${column(event.service)}  ${stage.padEnd(20)} ${paint(style, mark)} ${time}  ${(0,src_line/* clean */.uH)(event.reason)}`;
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
                const text = `  ${column(event.service)}  ${what} ${paint(style, mark)} ${(0,src_line/* clean */.uH)(d.channel)} ${(0,src_line/* clean */.uH)(d.target)}: ${(0,src_line/* clean */.uH)(d.detail)}`;
                return [line("delivery", text, !d.ok)];
            }
            default:
                return [];
        }
    };
}

;// CONCATENATED MODULE: ../record/src/update.ts
// Read, change, write, and again when another release wrote in between: the one way the record
// changes, so no two writers lose each other's work.

async function updateRecord(store, environment, change, attempts = 5) {
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const current = await store.read(environment);
        const next = await change(current);
        if (await store.write(environment, next, current?.version))
            return next;
    }
    throw new src_state/* RecordError */.W1(`the ${store.name} record of ${environment} kept changing while gitops wrote it (${attempts} attempts)`);
}

// EXTERNAL MODULE: ../record/src/transition.ts
var transition = __webpack_require__(2097);
;// CONCATENATED MODULE: ../pipeline/src/record-service.ts




async function recordServiceOutcome(options) {
    const { git, environment, service, after } = options;
    const parts = reportedParts(options.reported, service);
    const outcome = options.removed
        ? "removed"
        : options.cancelled
            ? "cancelled"
            : !parts.failure
                ? "deployed"
                : parts.rollback?.ok
                    ? "rolled-back"
                    : "failed";
    let recordedVersion;
    await updateRecord(options.record, environment, async (current) => {
        const release = current?.state.release;
        // Only a release the gate allowed: a denied or skipped push has nothing to add to.
        if (!current || !release || release.after !== after || current.state.allowed?.commit !== after)
            throw new src_state/* RecordError */.W1(`the record of ${environment} has no release of ${after.slice(0, 12)} to add ${service} to: the gate job records it first`);
        const file = current.state.services[service]?.file ?? (await fileOf(git, after, service));
        const fact = { service, file, outcome };
        if (outcome !== "removed") {
            const blob = (await git.fileIds(after, dirname(file))).get(file);
            if (!blob)
                throw new src_state/* RecordError */.W1(`${file} is not in ${after.slice(0, 12)}`);
            const version = await record_service_versionOf(git, blob, file, environment);
            fact.pushed = { version, commit: after, blob };
            recordedVersion = version;
            if (parts.failure)
                fact.reason = `${parts.failure.stage}: ${parts.failure.reason}`;
        }
        const services = [
            ...release.services.filter((s) => s.service !== service),
            { service, outcome, ...(recordedVersion ? { version: recordedVersion } : {}) },
        ];
        const configBlob = current.files.get(transition/* CONFIG_PATH */.tF);
        return (0,transition/* applyRelease */.Yr)(current, {
            release: { ...release, outcome: overall(services), finishedAt: new Date().toISOString(), services },
            allowed: true,
            ...(configBlob ? { configBlob } : {}),
            services: [fact],
        });
    });
    return { outcome, ...(recordedVersion ? { version: recordedVersion } : {}) };
}
/** The release's outcome so far, from its services' (a service still "planned" has not ended). */
function overall(services) {
    const outcomes = services.map((s) => s.outcome);
    if (outcomes.includes("planned"))
        return "started";
    if (outcomes.includes("failed"))
        return "failed";
    if (outcomes.includes("cancelled"))
        return "cancelled";
    if (outcomes.includes("rolled-back"))
        return "rolled-back";
    return outcomes.some((o) => o === "deployed") ? "succeeded" : "nothing-to-deploy";
}
/** Where a new service's descriptor is at the commit: `<servicesDir>/<service>.yaml`. */
async function fileOf(git, commit, service) {
    const dir = (await (0,src_plan/* configAt */.ES)(git, commit)).servicesDir;
    const ids = await git.fileIds(commit, dir);
    const file = [`${dir}/${service}.yaml`, `${dir}/${service}.yml`].find((f) => ids.has(f));
    if (!file)
        throw new src_state/* RecordError */.W1(`no descriptor of ${service} in ${dir}/ at ${commit.slice(0, 12)}`);
    return file;
}
async function record_service_versionOf(git, blob, file, environment) {
    const bytes = (await git.readBlobs([blob])).get(blob);
    const loaded = bytes ? await (0,src_descriptor/* loadDescriptor */.Km)(file, bytes) : undefined;
    if (!loaded?.ok)
        throw new src_state/* RecordError */.W1(`${file} is not a valid descriptor`);
    return (0,src_descriptor/* forEnvironment */.rR)(loaded.value, environment).version;
}
function dirname(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
}

;// CONCATENATED MODULE: ../pipeline/src/recording.ts


function recorder(options) {
    const { git, store, gated } = options;
    const environment = gated.environment.name;
    const after = gated.plan.head;
    const before = gated.trust.base;
    const allowed = gated.decision === "allow";
    const id = `${after.slice(0, 12)}-${options.startedAt.replace(/[^0-9]/g, "").slice(0, 14)}`;
    let pushed;
    // The pushed gitops.yaml and descriptors, by blob id: read once, for the start and the end.
    const pushedIds = () => (pushed ??= Promise.all([git.fileIds(after, ""), git.fileIds(after, gated.config.servicesDir)]).then(([root, services]) => ({
        ...(root.get("gitops.yaml") ? { config: root.get("gitops.yaml") } : {}),
        blobs: services,
    })));
    const release = (outcome, services) => ({
        id,
        outcome,
        after,
        ...(gated.trust.recorded ? {} : before ? { before } : {}),
        pusher: options.pusher,
        tickets: gated.tickets.map((t) => t.key),
        startedAt: options.startedAt,
        ...(outcome === "started" ? {} : { finishedAt: new Date(options.now()).toISOString() }),
        ...(options.run ? { run: options.run } : {}),
        ...(allowed
            ? {}
            : { reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons) }),
        services,
    });
    const write = (facts) => updateRecord(store, environment, async (current) => (0,transition/* applyRelease */.Yr)(await startFrom(current), await facts()));
    /** The record to apply a release to: itself once a release was allowed; before, the baseline. */
    const startFrom = async (current) => {
        if (current?.state.allowed)
            return current;
        const begin = allowed
            ? await baselineAt(git, before, gated.config.servicesDir, environment, options.startedAt)
            : { state: (0,src_state/* emptyState */.p$)(environment), files: new Map() };
        // The commit the record began from stays what it was: a later push cannot move it.
        const commit = current ? current.state.baseline : before;
        return { state: { ...begin.state, ...(commit ? { baseline: commit } : {}) }, files: begin.files };
    };
    return {
        async start(urls = new Map()) {
            if (!allowed) {
                await write(async () => ({
                    release: release(gated.decision === "skip" ? "skipped" : "denied", []),
                    allowed: false,
                    services: [],
                }));
                return;
            }
            const ids = await pushedIds();
            await write(async () => ({
                release: release("started", gated.plan.services.map((s) => ({
                    service: s.service,
                    outcome: "planned",
                    ...(s.version.to ? { version: s.version.to } : {}),
                    ...(urls.get(s.service) ? { url: urls.get(s.service) } : {}),
                }))),
                allowed: true,
                ...(ids.config ? { configBlob: ids.config } : {}),
                services: [],
            }));
        },
        async finish(result, urls = new Map()) {
            const ids = await pushedIds();
            const services = result.services.flatMap((s) => serviceFacts(s, after, ids.blobs, result));
            const recorded = await write(async () => ({
                release: release(recordedOutcome(result), services.map((f) => ({
                    service: f.service,
                    outcome: f.outcome,
                    ...(f.pushed ? { version: f.pushed.version } : {}),
                    ...(f.reason ? { reason: f.reason } : {}),
                    ...(urls.get(f.service) ? { url: urls.get(f.service) } : {}),
                }))),
                allowed: true,
                ...(ids.config ? { configBlob: ids.config } : {}),
                services,
            }));
            return recorded.state;
        },
    };
}
function recordedOutcome(result) {
    switch (result.outcome) {
        case "succeeded":
        case "rolled-back":
        case "failed":
        case "nothing-to-deploy":
            return result.outcome;
        case "denied":
            return "denied";
        case "skipped":
            return "skipped";
        default:
            return "failed";
    }
}
function serviceFacts(s, commit, blobs, result) {
    const blob = blobs.get(s.file);
    const pushed = blob && s.version.to ? { version: s.version.to, commit, blob } : undefined;
    const base = { service: s.service, file: s.file, ...(s.oldFile ? { oldFile: s.oldFile } : {}) };
    if (s.change === "removed")
        return [{ ...base, outcome: "removed" }];
    if (!pushed)
        return [];
    if (s.outcome === "not-deployed")
        return [{ ...base, outcome: "unchanged", pushed }];
    if (s.outcome === "planned")
        return [];
    const cancelled = result.cancelled === true && s.outcome === "failed";
    const issue = s.deliveries.find((d) => d.channel === "jira" && / failure issue/.test(d.target));
    return [
        {
            ...base,
            outcome: cancelled ? "cancelled" : s.outcome,
            pushed: { ...pushed, ...(s.image ? { image: s.image } : {}) },
            ...(s.failure ? { reason: `${s.failure.stage}: ${s.failure.reason}` } : {}),
            ...(issue ? { issue: issue.target.split(" ")[0] } : {}),
        },
    ];
}
/** What ran when the record began: the descriptors at that commit, assumed to run. */
async function baselineAt(git, commit, servicesDir, environment, at) {
    if (!commit)
        return (0,transition/* baseline */._Z)(environment, [], at);
    const ids = await git.fileIds(commit, servicesDir);
    const contents = await git.readBlobs([...ids.values()]);
    const descriptors = [];
    for (const [file, blob] of ids) {
        const bytes = contents.get(blob);
        const loaded = bytes ? await (0,src_descriptor/* loadDescriptor */.Km)(file, bytes) : undefined;
        if (!loaded?.ok)
            continue;
        const d = (0,src_descriptor/* forEnvironment */.rR)(loaded.value, environment);
        descriptors.push({
            service: d.service,
            file,
            ref: { version: d.version, ...(d.image ? { image: d.image } : {}), commit, blob },
        });
    }
    return (0,transition/* baseline */._Z)(environment, descriptors, at);
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
/** Whether the environment is as the push asked: a skip asked for nothing, a dry run deploys nothing. */
function releaseSucceeded(result) {
    return ["succeeded", "nothing-to-deploy", "dry-run", "skipped"].includes(result.outcome);
}
/** A line for each notice that did not reach its channel. */
function undeliveredNotices(result) {
    return result.services.flatMap((s) => s.deliveries
        .filter((d) => !d.ok)
        .map((d) => `${s.service}: ${d.event} notice to ${d.channel} ${d.target} not delivered: ${d.detail}`));
}

;// CONCATENATED MODULE: ../pipeline/src/status.ts


async function environmentStatus(options) {
    const wanted = options.environments ?? options.config.environments.map((e) => e.name);
    const environments = await Promise.all(wanted.map(async (name) => {
        const environment = options.config.environments.find((e) => e.name === name);
        if (!environment) {
            const known = options.config.environments.map((e) => e.name).join(", ");
            throw new Error(`gitops.yaml has no environment "${name}"; it has ${known}`);
        }
        const [recorded, ref] = await Promise.all([
            options.record.read(name),
            options.branchRef(environment.branch),
        ]);
        const head = ref ? await options.git.resolve(ref) : undefined;
        const branch = head
            ? await branchVersions(options.git, head, options.config.servicesDir, name)
            : new Map();
        return statusOf(name, environment.branch, head, recorded?.state, branch);
    }));
    return { schema: 1, environments };
}
/** The environment's row from what is known: the record's state and the branch's versions. */
function statusOf(environment, branchName, head, state, branch) {
    const names = [...new Set([...branch.keys(), ...Object.keys(state?.services ?? {})])].sort();
    const release = state?.release;
    return {
        environment,
        branch: branchName,
        ...(head ? { head } : {}),
        ...(state?.allowed ? { allowed: state.allowed } : {}),
        ...(release
            ? {
                lastRelease: {
                    outcome: release.outcome,
                    at: release.finishedAt ?? release.startedAt,
                    pusher: release.pusher,
                },
            }
            : {}),
        services: names.map((service) => serviceStatus(service, branch.get(service), state?.services[service])),
    };
}
function serviceStatus(service, branchVersion, state) {
    const running = state?.running;
    const last = state?.last;
    const out = { service };
    if (branchVersion !== undefined)
        out.branch = { version: branchVersion };
    if (running)
        out.running = {
            version: running.version,
            since: running.since,
            pusher: running.pusher,
            ...(running.assumed ? { assumed: true } : {}),
        };
    if (last && last.outcome !== "deployed" && last.outcome !== "unchanged")
        out.last = {
            version: last.version,
            outcome: last.outcome,
            at: last.at,
            ...(last.reason ? { reason: last.reason } : {}),
            ...(last.issue ? { issue: last.issue } : {}),
        };
    const drift = branchVersion === undefined
        ? running
            ? `the branch no longer names it; ${running.version} runs`
            : undefined
        : !running
            ? `the branch names ${branchVersion}; the record shows nothing running`
            : branchVersion !== running.version
                ? `the branch names ${branchVersion}; ${running.version} runs`
                : undefined;
    if (drift)
        out.drift = drift;
    return out;
}
/** Every service's version at a commit, as the environment sees it. */
async function branchVersions(git, commit, servicesDir, environment) {
    const ids = await git.fileIds(commit, servicesDir);
    const blobs = await git.readBlobs([...ids.values()]);
    const versions = new Map();
    for (const [file, blob] of ids) {
        const bytes = blobs.get(blob);
        const loaded = bytes ? await (0,src_descriptor/* loadDescriptor */.Km)(file, bytes) : undefined;
        if (loaded?.ok)
            versions.set(loaded.value.service, (0,src_descriptor/* forEnvironment */.rR)(loaded.value, environment).version);
    }
    return versions;
}
const cellText = (s) => {
    const branch = s.branch?.version ?? "\u2014";
    if (!s.running)
        return s.branch ? `${branch} (not recorded)` : "\u2014";
    const runs = s.running.version === branch ? "" : ` (runs ${s.running.version})`;
    const failed = s.last ? ` ${s.last.version} ${s.last.outcome}` : "";
    return `${branch}${runs}${s.drift ? " \u26a0" : " \u2713"}${failed ? ` \u00b7${failed}` : ""}`;
};
/** The service \u00d7 environment matrix for a terminal. */
function statusText(report) {
    const services = [...new Set(report.environments.flatMap((e) => e.services.map((s) => s.service)))].sort();
    const cells = services.map((service) => report.environments.map((e) => {
        const s = e.services.find((x) => x.service === service);
        return s ? cellText(s) : "\u2014";
    }));
    const first = Math.max("service".length, ...services.map((s) => s.length));
    const widths = report.environments.map((e, i) => Math.max(e.environment.length, ...cells.map((row) => row[i].length)));
    const line = (name, columns) => `${name.padEnd(first)}  ${columns.map((c, i) => c.padEnd(widths[i])).join("  ")}`.trimEnd();
    const lines = [
        line("service", report.environments.map((e) => e.environment)),
        ...services.map((service, i) => line(service, cells[i])),
        "",
        ...report.environments.flatMap((e) => {
            const drifting = e.services.filter((s) => s.drift);
            const recorded = e.allowed
                ? `last allowed release ${e.allowed.commit.slice(0, 12)} by ${e.allowed.pusher} at ${e.allowed.at}`
                : "no release recorded yet";
            return [
                `${e.environment} (branch ${e.branch}): ${recorded}${drifting.length ? `; ${drifting.length} drifting` : "; no drift"}`,
                ...drifting.map((s) => `  \u26a0 ${s.service}: ${s.drift}${s.last?.issue ? ` (${s.last.issue})` : ""}`),
            ];
        }),
    ];
    return `${lines.join("\n")}\n`;
}
/** The matrix for a job summary or a pull request. */
function statusMarkdown(report) {
    const services = [...new Set(report.environments.flatMap((e) => e.services.map((s) => s.service)))].sort();
    const out = [
        `| Service | ${report.environments.map((e) => (0,src_escape/* markdownCell */.UZ)(e.environment)).join(" | ")} |`,
        `|---|${report.environments.map(() => "---|").join("")}`,
        ...services.map((service) => `| ${(0,src_escape/* markdownCell */.UZ)(service)} | ${report.environments
            .map((e) => {
            const s = e.services.find((x) => x.service === service);
            return s ? (0,src_escape/* markdownCell */.UZ)(cellText(s)) : "\u2014";
        })
            .join(" | ")} |`),
        "",
    ];
    for (const e of report.environments)
        for (const s of e.services.filter((x) => x.drift))
            out.push(`- \u26a0 **${(0,src_escape/* escapeMarkdown */.FV)(e.environment)}** ${(0,src_escape/* escapeMarkdown */.FV)(s.service)}: ${(0,src_escape/* escapeMarkdown */.FV)(s.drift)}`);
    return `${out.join("\n")}\n`;
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
    const gated = await gatePush({
        git: options.git,
        ...(before ? { before } : {}),
        after: options.after,
        ...(options.environment ? { environment: options.environment } : { branch: options.branch ?? "" }),
        pusher: options.pusher,
        github: options.github,
        ...(options.jira ? { jira: options.jira } : {}),
        record: options.record,
        ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
    });
    const planLine = (0,src_render/* summaryLine */.dC)(gated.plan);
    progress({
        type: "gate",
        environment: gated.environment.name,
        decision: gated.decision,
        reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons),
        plan: planLine,
        services: gated.decision === "allow" ? gated.plan.services.map((s) => s.service) : [],
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
        record: { store: options.record.name, policy: gated.trust.policy.from, ok: true, detail: "" },
    };
    // A dry run tells nobody, the record included.
    const record = result.dryRun
        ? undefined
        : recorder({
            git: options.git,
            store: options.record,
            gated,
            pusher: options.pusher,
            startedAt: result.startedAt,
            ...(options.links?.run ? { run: options.links.run } : {}),
            now,
        });
    // Where each changed service answers: what GitHub's environment page links to.
    const urls = new Map();
    const recorded = async (step) => {
        if (!record)
            return true;
        try {
            if (step === "start")
                await record.start(urls);
            else {
                const state = await record.finish(result, urls);
                // What runs now, as the record says, beside what the branch names: the summary's last row.
                const branch = new Map(result.services.flatMap((s) => (s.version.to ? [[s.service, s.version.to]] : [])));
                const row = statusOf(result.environment, gated.environment.branch, result.after, state, branch);
                result.status = { ...row, services: row.services.filter((s) => branch.has(s.service)) };
            }
            result.record.detail = `recorded in the ${options.record.name} record of ${result.environment}`;
            return true;
        }
        catch (error) {
            result.record.ok = false;
            result.record.detail = `could not write the ${options.record.name} record of ${result.environment}: ${error instanceof Error ? error.message : String(error)}`;
            return false;
        }
    };
    if (gated.decision !== "allow") {
        await recorded("start");
        return finish(result, started, now);
    }
    const context = await releaseContext(options, gated, planLine, progress);
    for (const d of context.pushed.values())
        urls.set(d.service, `http://${d.domain}:${d.port}`);
    // Fail closed: a release the record cannot hold deploys nothing.
    if (!(await recorded("start"))) {
        result.outcome = "failed";
        result.note = `nothing was deployed: ${result.record.detail}`;
        return finish(result, started, now);
    }
    result.services = await mapLimit(gated.plan.services, gated.environment.concurrency, (planned) => releaseService(context, planned));
    result.outcome = overallOutcome(result.services, result.dryRun);
    if (options.signal?.aborted)
        result.cancelled = true;
    // What was deployed but not recorded would be planned against the wrong base: say so, and fail.
    if (!(await recorded("finish"))) {
        result.outcome = "failed";
        result.note = `the release ran, but ${result.record.detail}`;
    }
    return finish(result, started, now);
}
async function releaseContext(options, gated, planLine, progress) {
    const environment = gated.environment;
    // Only the changed services' files: the plan has judged the whole repo already.
    const services = gated.plan.services;
    const [pushed, deployed] = await Promise.all([
        descriptorsAt(options.git, gated.plan.head, services.filter((s) => s.change !== "removed").map((s) => s.file), environment.name),
        // What last ran healthy, to restore on failure: the record's (or, before the first allowed
        // release, what the record begins from).
        gated.trust.base
            ? descriptorsAt(options.git, gated.trust.base, services.map((s) => s.oldFile ?? s.file), environment.name)
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
            plan: planForNotice(planLine),
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
    const loaded = await Promise.all([...contents].map(([file, content]) => (0,src_descriptor/* loadDescriptor */.Km)(file, content)));
    return new Map(loaded.flatMap((r) => (r.ok ? [[r.value.file, (0,src_descriptor/* forEnvironment */.rR)(r.value, environment)]] : [])));
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

;// CONCATENATED MODULE: ../pipeline/src/rollback.ts



class RollbackError extends Error {
    code = "E_ROLLBACK";
}
async function rollbackCommit(options) {
    const { git, environment, service } = options;
    const recorded = await options.record.read(environment);
    const state = recorded?.state.services[service];
    if (!recorded?.state.allowed || !state)
        throw new RollbackError(`the deployment record of ${environment} has no ${service}${recorded ? ` (it has ${Object.keys(recorded.state.services).join(", ") || "nothing"})` : ": nothing was released there yet"}`);
    const target = options.to ? (0,src_state/* healthyRef */.bq)(recorded.state, service, options.to) : state.running;
    if (!target) {
        const healthy = state.healthy.map((h) => h.version).join(", ") || "none";
        throw new RollbackError(options.to
            ? `${service} ${options.to} never ran healthy in ${environment}; these did: ${healthy}`
            : `nothing runs healthy for ${service} in ${environment} to go back to`);
    }
    const parent = await git.resolve(options.branch);
    if (!parent)
        throw new RollbackError(`${options.branch} is not in the repository; fetch it first`);
    const current = (await git.fileIds(parent, rollback_dirname(state.file))).get(state.file);
    if (current === target.blob)
        throw new RollbackError(`${options.branch} already names ${service} ${target.version} as it ran healthy`);
    const from = current ? await versionIn(git, current, state.file) : undefined;
    const last = state.last;
    const tickets = [...new Set([...(last?.tickets ?? []), ...(options.tickets ?? [])])];
    const failed = last && last.outcome !== "deployed" && last.outcome !== "unchanged" ? last : undefined;
    const message = [
        `${tickets.length ? `${tickets.join(" ")} ` : ""}Roll back ${service} to ${target.version} in ${environment}`,
        "",
        failed
            ? `${service} ${failed.version} ${failed.outcome} in ${environment}${failed.reason ? ` (${failed.reason})` : ""}.`
            : `Requested by hand.`,
        `The deployment record shows ${target.version} ran healthy there (from ${target.commit.slice(0, 12)}).`,
        ...(failed?.issue ? ["", `Failure issue: ${failed.issue}`] : []),
    ].join("\n");
    const tree = await git.editTree(parent, new Map([[state.file, target.blob]]));
    const commit = await git.commitTree({
        tree,
        parents: [parent],
        message,
        ...(options.identity ? { identity: options.identity } : {}),
    });
    return {
        commit,
        parent,
        file: state.file,
        ...(from ? { from } : {}),
        to: target,
        message,
    };
}
/** The version a descriptor blob names, when it is a valid descriptor. */
async function versionIn(git, blob, file) {
    const bytes = (await git.readBlobs([blob])).get(blob);
    const loaded = bytes ? await (0,src_descriptor/* loadDescriptor */.Km)(file, bytes) : undefined;
    return loaded?.ok ? loaded.value.version : undefined;
}
function rollback_dirname(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
}
/**
 * The whole of `gitops rollback`: the environment's branch as the record's trusted gitops.yaml
 * names it, fresh from origin; the rollback commit on it; and the push, only over the branch as
 * it was read (a branch that moved meanwhile is left alone, and the caller asked to run again).
 */
async function rollbackToHealthy(options) {
    const { git, environment } = options;
    const origin = await git.hasOrigin();
    if (origin)
        await git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
    const recorded = await options.record.read(environment);
    if (!recorded?.state.allowed)
        throw new RollbackError(`nothing was released to ${environment} yet`);
    const config = await (0,src_plan/* configAt */.ES)(git, recorded.commit);
    const branch = config.environments.find((e) => e.name === environment)?.branch;
    if (!branch)
        throw new RollbackError(`the recorded gitops.yaml has no environment "${environment}"`);
    const local = origin ? `refs/remotes/origin/${branch}` : `refs/heads/${branch}`;
    if (!(await git.resolve(local)))
        throw new RollbackError(`there is no branch ${branch} to commit to`);
    const done = await rollbackCommit({ ...options, branch: local });
    if (options.push === false)
        return { ...done, branch, pushed: false };
    const target = `refs/heads/${branch}`;
    if (origin) {
        if ((await git.push(done.commit, target, done.parent)) === "rejected")
            throw new RollbackError(`origin's ${branch} moved while rolling back; run it again`);
        await git.updateRef(local, done.commit, done.parent);
    }
    else if (!(await git.updateRef(target, done.commit, done.parent))) {
        throw new RollbackError(`${branch} moved while rolling back; run it again`);
    }
    return { ...done, branch, pushed: true };
}

;// CONCATENATED MODULE: ../pipeline/src/secrets.ts
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

;// CONCATENATED MODULE: ../pipeline/src/service-notice.ts
// The notify action's question: what to tell about one service, from the checkout, the push
// and what earlier steps reported.



async function serviceNotice(options) {
    const { config, environment, descriptor } = await (0,src_service/* loadService */.oV)((0,src_repo/* directoryReader */.Zf)(options.workdir), options.service, options.environment);
    const parts = reportedParts(options.reported, options.service);
    const from = parts.version?.from ?? (await versionAt(options.git, options.push.before, options.service));
    const { push } = options;
    const notice = buildNotice({
        environment: environment.name,
        pusher: push.pusher,
        ...(push.pusherEmail ? { committer: { email: push.pusherEmail } } : {}),
        tickets: options.tickets ?? parts.tickets ?? [],
        plan: parts.plan ?? "",
        commit: { sha: push.after, ...(push.links.commit ? { url: push.links.commit } : {}) },
        ...(push.links.run ? { runUrl: push.links.run } : {}),
    }, descriptor, options.event, {
        version: parts.version ?? { ...(from ? { from } : {}), to: descriptor.version },
        stages: parts.stages,
        ...(parts.failure ? { failure: parts.failure } : {}),
        ...(parts.rollback ? { rollback: parts.rollback } : {}),
    });
    return { notice, config, ...(parts.problem ? { problem: parts.problem } : {}) };
}
/** The service's version at a commit, when the checkout has it (a shallow one may not). */
async function versionAt(git, ref, service) {
    if (!ref || (0,src_git/* isZeroSha */.hp)(ref))
        return undefined;
    try {
        const repo = await (0,src_repo/* loadRepo */.R0)((0,tree_reader/* treeReader */.u)(git, ref));
        return repo.descriptors.find((d) => d.service === service)?.version;
    }
    catch {
        return undefined;
    }
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
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${(0,duration/* formatDuration */.a)(s.durationMs)}`).join("<br>") ||
    "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${(0,src_escape/* markdownCell */.UZ)(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${(0,src_escape/* markdownCell */.UZ)(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${(0,duration/* formatDuration */.a)(result.durationMs)}`,
        "",
        `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` \u00b7 tickets ${result.gate.tickets.map(src_escape/* markdownCell */.UZ).join(", ")}` : ""} \u00b7 **Plan:** ${(0,src_escape/* markdownCell */.UZ)(result.plan.summary)}`,
        "",
    ];
    const blocking = result.gate.results.filter((r) => r.decision !== "allow");
    if (blocking.length > 0) {
        out.push("| Rule | Decision | Why |", "|---|---|---|");
        for (const r of blocking)
            out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(src_escape/* markdownCell */.UZ).join("<br>")} |`);
        out.push("");
    }
    if (result.note)
        out.push(`**${(0,src_escape/* markdownCell */.UZ)(result.note)}**`, "");
    if (result.record && !result.record.ok && !result.note)
        out.push(`\u26a0\ufe0f ${(0,src_escape/* markdownCell */.UZ)(result.record.detail)}`, "");
    if (result.services.length === 0)
        return `${out.join("\n")}\n`;
    out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
    for (const s of result.services) {
        const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${(0,src_escape/* markdownCell */.UZ)(s.rollback.version)}` : ""}`;
        const stages = s.rollback
            ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
            : stagesCell(s.stages);
        out.push(`| ${(0,src_escape/* markdownCell */.UZ)(s.service)} | ${(0,src_escape/* markdownCell */.UZ)(versionText(s.version))} | ${stages} | ${outcome} |`);
    }
    out.push("");
    for (const s of result.services.filter((s) => s.failure || s.note)) {
        out.push(`### ${OUTCOME_ICON[s.outcome]} ${(0,src_escape/* markdownCell */.UZ)(s.service)}`, "");
        if (s.failure)
            out.push(`Failed at **${s.failure.stage}**: ${(0,src_escape/* markdownCell */.UZ)(s.failure.reason)}`, "");
        if (s.rollback)
            out.push(`Rollback: ${(0,src_escape/* markdownCell */.UZ)(s.rollback.reason)}`, "");
        if (s.note)
            out.push((0,src_escape/* markdownCell */.UZ)(s.note), "");
        if (s.failure?.log) {
            out.push("<details><summary>Log</summary>", "", "<pre>", (0,src_escape/* escapeHtml */.ZD)(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
        }
    }
    const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
    if (deliveries.length > 0) {
        out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
        for (const d of deliveries) {
            const to = d.url ? `[${(0,src_escape/* markdownCell */.UZ)(d.target)}](${d.url})` : (0,src_escape/* markdownCell */.UZ)(d.target);
            out.push(`| ${(0,src_escape/* markdownCell */.UZ)(d.service)} | ${d.event} | ${(0,src_escape/* markdownCell */.UZ)(d.channel)} | ${to} | ${d.ok ? "\u2705" : "\u26a0\ufe0f"} ${(0,src_escape/* markdownCell */.UZ)(d.detail)} |`);
        }
        out.push("");
    }
    out.push(...statusRows(result));
    return `${out.join("\n")}\n`;
}
/** The environment's row after the release: what each released service's branch names and what runs. */
function statusRows(result) {
    const status = result.status;
    if (!status || status.services.length === 0)
        return [];
    const out = [
        `### What runs in ${(0,src_escape/* markdownCell */.UZ)(status.environment)} now`,
        "",
        "| Service | Branch names | Runs | Since |",
        "|---|---|---|---|",
    ];
    for (const s of status.services) {
        const runs = s.running ? `${(0,src_escape/* markdownCell */.UZ)(s.running.version)}${s.drift ? " \u26a0" : " \u2713"}` : "\u2014";
        out.push(`| ${(0,src_escape/* markdownCell */.UZ)(s.service)} | ${(0,src_escape/* markdownCell */.UZ)(s.branch?.version ?? "\u2014")} | ${runs} | ${(0,src_escape/* markdownCell */.UZ)(s.running?.since ?? "\u2014")} |`);
    }
    out.push("");
    for (const s of status.services.filter((x) => x.drift))
        out.push(`\u26a0 ${(0,src_escape/* markdownCell */.UZ)(s.service)}: ${(0,src_escape/* markdownCell */.UZ)(s.drift)}. \`gitops rollback --env ${(0,src_escape/* markdownCell */.UZ)(status.environment)} --service ${(0,src_escape/* markdownCell */.UZ)(s.service)}\` makes the branch name what runs.`, "");
    return out;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return (0,src_line/* clean */.uH)(`${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`);
    });
    if (result.note)
        lines.push(`\u26a0\ufe0f  ${(0,src_line/* clean */.uH)(result.note)}`);
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${(0,duration/* formatDuration */.a)(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
/** One service deployed or restored on its own (the deploy action): its stages as a table. */
function deploymentMarkdown(d) {
    const what = `${d.reason} ${d.service}${d.version ? ` ${d.version}` : ""} to ${d.environment}`;
    const out = [`### ${d.ok ? "\u2705" : "\u274c"} ${(0,src_escape/* markdownCell */.UZ)(what)}`, ""];
    if (d.stages.length === 0)
        return `${[...out, (0,src_escape/* markdownCell */.UZ)(d.detail), ""].join("\n")}\n`;
    out.push("| Stage | Outcome | Time | Why |", "|---|---|---|---|");
    for (const s of d.stages)
        out.push(`| ${(0,src_escape/* markdownCell */.UZ)(s.stage)} | ${STAGE_ICON[s.outcome]} ${s.outcome} | ${(0,duration/* formatDuration */.a)(s.durationMs)} | ${(0,src_escape/* markdownCell */.UZ)(s.reason)} |`);
    return `${out.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
}

;// CONCATENATED MODULE: ../pipeline/src/index.ts




















/***/ }),

/***/ 6209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yr: () => (/* binding */ applyRelease),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6209);
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
