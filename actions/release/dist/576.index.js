export const id = 576;
export const ids = [576];
export const modules = {

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vZ: () => (/* binding */ formatFieldPath)
/* harmony export */ });
/* unused harmony exports formatDiagnostic, ValidationError */
// What a loader reports about a user's file: where, which field, what is wrong, and a
// stable code that tools and tests can rely on.
function formatFieldPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part))
            out += out === "" ? part : `.${part}`;
        else
            out += `[${JSON.stringify(part)}]`;
    }
    return out;
}
/** `file:line:column field: message`, the shape compilers print and editors link. */
function formatDiagnostic(d, displayFile = d.file) {
    const where = `${displayFile}:${d.start.line}:${d.start.column}`;
    const severity = d.severity === "warning" ? " warning" : "";
    return `${where}${severity} ${d.field ? `${d.field}: ` : ""}${d.message}`;
}
/** Raised by code that wants one exception for a set of diagnostics (the CLI and actions catch it). */
class ValidationError extends Error {
    diagnostics;
    code = "E_VALIDATION";
    constructor(diagnostics) {
        super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
        this.diagnostics = diagnostics;
        this.name = "ValidationError";
    }
}


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
const MAX_FILE_BYTES = 256 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function readText(file, content, maxBytes = MAX_FILE_BYTES) {
    const fail = (code, message, start = { line: 1, column: 1 }) => ({
        ok: false,
        diagnostics: [{ code, severity: "error", file, start, field: "", message }],
    });
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    if (size > maxBytes) {
        return fail("E_FILE_TOO_LARGE", `file is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    let text;
    if (typeof content === "string") {
        text = content;
    }
    else {
        const decoded = decodeUtf8(content);
        if (typeof decoded !== "string")
            return fail("E_NOT_UTF8", decoded.message, decoded.at);
        text = decoded;
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === "")
        return fail("E_EMPTY_FILE", "file is empty; expected a mapping of fields");
    return { ok: true, text };
}
/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { message: "file is UTF-16; save it as UTF-8", at: { line: 1, column: 1 } };
    }
    try {
        return utf8.decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
        return {
            message: `file is not valid UTF-8 (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
            at: { line, column: offset - lineStart + 1 },
        };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80
            ? 0
            : b >= 0xc2 && b <= 0xdf
                ? 1
                : b >= 0xe0 && b <= 0xef
                    ? 2
                    : b >= 0xf0 && b <= 0xf4
                        ? 3
                        : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        // Overlong, surrogate and out-of-range forms the lead byte alone does not rule out.
        const c1 = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && c1 < 0xa0) ||
            (b === 0xed && c1 > 0x9f) ||
            (b === 0xf0 && c1 < 0x90) ||
            (b === 0xf4 && c1 > 0x8f)) {
            return i;
        }
        i += need + 1;
    }
    return bytes.length;
}


/***/ }),

/***/ 4576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_STAGES: () => (/* reexport */ ROLLBACK_STAGES),
  RollbackError: () => (/* reexport */ RollbackError),
  buildNotice: () => (/* reexport */ buildNotice),
  builtinStages: () => (/* reexport */ builtinStages),
  channelSecretsFromEnv: () => (/* reexport */ secrets/* channelSecretsFromEnv */.yO),
  deployService: () => (/* reexport */ deployService),
  deployStage: () => (/* reexport */ deployStage),
  deploymentMarkdown: () => (/* reexport */ deploymentMarkdown),
  environmentStatus: () => (/* reexport */ environmentStatus),
  gatePush: () => (/* reexport */ gatePush),
  healthcheckStage: () => (/* reexport */ healthcheckStage),
  jiraFromEnv: () => (/* reexport */ secrets/* jiraFromEnv */.uM),
  mapLimit: () => (/* reexport */ mapLimit),
  notifiersFor: () => (/* reexport */ notifiersFor),
  overallOutcome: () => (/* reexport */ overallOutcome),
  parseReleaseEvent: () => (/* reexport */ parseReleaseEvent),
  parseTickets: () => (/* reexport */ parseTickets),
  parseWebhookLines: () => (/* reexport */ secrets/* parseWebhookLines */.g9),
  planForNotice: () => (/* reexport */ planForNotice),
  progressFormatter: () => (/* reexport */ progress/* progressFormatter */.Q),
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
  webhookFromEnv: () => (/* reexport */ secrets/* webhookFromEnv */.tA)
});

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
// EXTERNAL MODULE: ../../packages/text/src/duration.ts
var duration = __webpack_require__(3679);
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
        return `timed out after ${(0,duration/* formatDuration */.a)(timeoutMs)}`;
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

// EXTERNAL MODULE: ../../packages/git/src/git.ts + 2 modules
var src_git = __webpack_require__(4906);
// EXTERNAL MODULE: ../../packages/git/src/tree-reader.ts
var tree_reader = __webpack_require__(550);
// EXTERNAL MODULE: ../../packages/model/src/diagnostics.ts
var diagnostics = __webpack_require__(2295);
// EXTERNAL MODULE: ../../packages/model/src/text.ts
var src_text = __webpack_require__(6940);
;// CONCATENATED MODULE: ../../packages/model/src/checked-file.ts


/** Collects located problems while raw data is normalised. */
class Problems {
    list = [];
    pending = [];
    add(path, message, code = "E_INVALID_VALUE", at = "value") {
        this.pending.push({ path, message, code, at });
    }
    get empty() {
        return this.pending.length === 0;
    }
    /** Turns the problems into diagnostics, located in `source`. */
    locate(file, source) {
        return this.pending.map(({ path, message, code, at }) => {
            const { start, end } = source.locate(path, at);
            return { code, severity: "error", file, start, end, field: (0,diagnostics/* formatFieldPath */.vZ)(path), message };
        });
    }
}
const isMapping = (data) => data !== null && typeof data === "object" && !Array.isArray(data);
async function loadChecked(file, content, schema, normalise) {
    const read = (0,src_text/* readText */.y)(file, content);
    if (!read.ok)
        return read;
    const { text } = read;
    const fast = await Promise.all(/* import() */[__webpack_require__.e(246), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 9567));
    const parsed = fast.fastParse(text);
    if (parsed.ok && isMapping(parsed.data) && fast[schema](parsed.data)) {
        const problems = new Problems();
        const value = normalise(parsed.data, problems);
        if (problems.empty)
            return { ok: true, value, diagnostics: [] };
    }
    const slow = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 8922));
    const tree = slow.parseYamlText(file, text);
    if (!tree.ok)
        return tree;
    const { source } = tree;
    const problems = new Problems();
    if (!isMapping(source.data)) {
        problems.add([], "must be a mapping of fields (key: value lines)");
        return { ok: false, diagnostics: problems.locate(file, source) };
    }
    const validate = slow[schema];
    if (!validate(source.data)) {
        return { ok: false, diagnostics: slow.schemaDiagnostics(source, validate.errors ?? []) };
    }
    const value = normalise(source.data, problems);
    // A valid file the fast path could not take (anchors, aliases) ends here too.
    if (problems.empty)
        return { ok: true, value, diagnostics: [] };
    return { ok: false, diagnostics: problems.locate(file, source) };
}

;// CONCATENATED MODULE: ../../packages/model/src/quantities.ts
// Units people write in descriptors, turned into the integers the code computes with.
// The schema has already checked the shape; these also reject what the shape allows but
// the meaning does not (zero cpu, more precision than a millicore, overflow).
const MEMORY_UNITS = {
    "": 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
};
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** CPU in millicores: `500m` \u2192 500, `0.5` \u2192 500, `2` \u2192 2000. */
function parseCpu(input) {
    const text = String(input).trim();
    const millis = text.endsWith("m") ? Number(text.slice(0, -1)) : Number(text) * 1000;
    if (!Number.isFinite(millis))
        return { ok: false, message: "must be cores (0.5, 2) or millicores (500m)" };
    // 1e-13 cores is within rounding distance of 0m: finer than a millicore too, not zero.
    if (Math.abs(millis - Math.round(millis)) > 1e-9 || (millis > 0 && Math.round(millis) === 0))
        return { ok: false, message: "is finer than a millicore (1m)" };
    if (millis <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(Math.round(millis)))
        return { ok: false, message: "is too large" };
    return { ok: true, value: Math.round(millis) };
}
/** Memory in bytes: `512Mi` \u2192 536870912, `1G` \u2192 1e9, `1024` \u2192 1024. */
function parseMemory(input) {
    const match = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/.exec(String(input).trim());
    const unit = match ? MEMORY_UNITS[match[2]] : undefined;
    if (!match || unit === undefined)
        return { ok: false, message: "must be a memory size such as 512Mi, 1Gi or 500M" };
    const bytes = Math.ceil(Number(match[1]) * unit);
    if (bytes <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(bytes))
        return { ok: false, message: "is too large" };
    return { ok: true, value: bytes };
}
/** Duration in milliseconds: `500ms`, `5s`, `2m`, `1h`, `1m30s`. */
function parseDuration(input) {
    const text = input.trim();
    const part = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    while (at < text.length) {
        part.lastIndex = at;
        const match = part.exec(text);
        if (!match)
            return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
        total += Number(match[1]) * DURATION_UNITS[match[2]];
        at = part.lastIndex;
    }
    if (at === 0)
        return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
    if (!Number.isSafeInteger(Math.round(total)))
        return { ok: false, message: "is too long" };
    return { ok: true, value: Math.round(total) };
}
function formatCpu(millis) {
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}
function formatMemory(bytes) {
    for (const unit of ["Pi", "Ti", "Gi", "Mi", "Ki"]) {
        const size = MEMORY_UNITS[unit];
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size}${unit}`;
    }
    return String(bytes);
}
/**
 * A duration as gitops.yaml writes it, exactly: 90000 \u2192 "1m30s", 1500 \u2192 "1s500ms". parseDuration
 * reads it back to the same milliseconds, so a plan shows every change. For people, use
 * `formatDuration` of @gitops/text.
 */
function durationLiteral(ms) {
    if (ms === 0)
        return "0s";
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
        ["ms", 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join("");
}
/** Port ranges as written in gitops.yaml: `8080` or `"8000-8099"`. */
function parsePortRange(input) {
    if (typeof input === "number")
        return { ok: true, value: { from: input, to: input } };
    const [from, to] = input.split("-").map(Number);
    if (!(from >= 1 && to <= 65535 && from <= to)) {
        return { ok: false, message: "must be a range of ports from 1 to 65535, low end first" };
    }
    return { ok: true, value: { from, to } };
}

;// CONCATENATED MODULE: ../../packages/model/src/descriptor.ts
// The deployment descriptor: one service's deployment, as the deploy repo states it.


/** Parses, validates and normalises one descriptor. `file` is its path relative to the repo root. */
function loadDescriptor(file, content) {
    return loadChecked(file, content, "validateDescriptor", (raw, problems) => normaliseDescriptor(raw, file, problems));
}
function normaliseDescriptor(raw, file, problems) {
    const stem = file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    if (stem !== raw.service) {
        problems.add(["service"], `is "${raw.service}" but the file is named ${stem}.yaml; name the file after the service`, "E_SERVICE_NAME_MISMATCH");
    }
    const hc = raw.healthcheck;
    const descriptor = {
        service: raw.service,
        version: raw.version,
        maintainer: raw.maintainer,
        domain: raw.domain,
        port: raw.port,
        replicas: raw.replicas ?? 1,
        resources: parseResources(raw.resources, ["resources"], problems),
        ports: normalisePorts(raw.ports ?? [], problems),
        healthcheck: {
            startupGraceMs: descriptor_duration(hc.startupGrace ?? "0s", ["healthcheck", "startupGrace"], problems),
            intervalMs: descriptor_duration(hc.interval ?? "5s", ["healthcheck", "interval"], problems),
            timeoutMs: descriptor_duration(hc.timeout ?? "2s", ["healthcheck", "timeout"], problems),
            retries: hc.retries ?? 3,
            endpoints: hc.endpoints.map((e, i) => endpoint(e, i)),
        },
        notifications: { emails: raw.notifications?.emails ?? [], slack: raw.notifications?.slack ?? [] },
        overrides: {},
        file,
    };
    if (descriptor.healthcheck.timeoutMs === 0)
        problems.add(["healthcheck", "timeout"], "must be more than zero");
    if (raw.image !== undefined)
        descriptor.image = raw.image;
    if (raw.smoke) {
        descriptor.smoke = {
            checks: raw.smoke.checks.map((check, i) => {
                const smoke = {
                    name: check.name,
                    request: {
                        method: check.request.method ?? "GET",
                        path: check.request.path,
                        headers: check.request.headers ?? {},
                    },
                    expect: expectation(check.expect),
                };
                if (check.request.body !== undefined)
                    smoke.request.body = check.request.body;
                if (check.timeout !== undefined) {
                    smoke.timeoutMs = descriptor_duration(check.timeout, ["smoke", "checks", i, "timeout"], problems);
                }
                return smoke;
            }),
        };
        const names = raw.smoke.checks.map((c) => c.name);
        names.forEach((name, i) => {
            if (names.indexOf(name) !== i)
                problems.add(["smoke", "checks", i, "name"], `"${name}" is used by another check`);
        });
    }
    if (raw.regression) {
        const regression = {
            command: raw.regression.command,
            timeoutMs: descriptor_duration(raw.regression.timeout ?? "15m", ["regression", "timeout"], problems),
            env: raw.regression.env ?? {},
        };
        if (raw.regression.reports !== undefined)
            regression.reports = raw.regression.reports;
        descriptor.regression = regression;
    }
    for (const [env, o] of Object.entries(raw.overrides ?? {})) {
        const override = {};
        if (o.domain !== undefined)
            override.domain = o.domain;
        if (o.port !== undefined)
            override.port = o.port;
        if (o.replicas !== undefined)
            override.replicas = o.replicas;
        if (o.resources !== undefined)
            override.resources = parseResources(o.resources, ["overrides", env, "resources"], problems);
        descriptor.overrides[env] = override;
    }
    return descriptor;
}
/** The descriptor as it applies to one environment: its overrides folded in. */
function forEnvironment(descriptor, environment) {
    const override = descriptor.overrides[environment];
    return override ? { ...descriptor, ...override } : descriptor;
}
function parseResources(raw, at, problems) {
    const cpu = parseCpu(raw.cpu);
    const memory = parseMemory(raw.memory);
    if (!cpu.ok)
        problems.add([...at, "cpu"], cpu.message);
    if (!memory.ok)
        problems.add([...at, "memory"], memory.message);
    return { cpuMillis: cpu.ok ? cpu.value : 0, memoryBytes: memory.ok ? memory.value : 0 };
}
function descriptor_duration(raw, at, problems) {
    const parsed = parseDuration(raw);
    if (!parsed.ok)
        problems.add(at, parsed.message);
    return parsed.ok ? parsed.value : 0;
}
function normalisePorts(raw, problems) {
    const ports = raw.map((p) => typeof p === "number"
        ? { port: p, protocol: "tcp", exposure: "internal" }
        : { port: p.port, protocol: p.protocol ?? "tcp", exposure: p.exposure ?? "internal" });
    ports.forEach((p, i) => {
        const first = ports.findIndex((q) => q.port === p.port && q.protocol === p.protocol);
        if (first !== i)
            problems.add(["ports", i], `${p.protocol} port ${p.port} is already listed at ports[${first}]`);
    });
    return ports;
}
function endpoint(raw, index) {
    if (raw.tcp !== undefined)
        return { kind: "tcp", name: raw.name ?? `tcp:${raw.tcp}`, port: raw.tcp };
    const target = raw.http; // the schema's oneOf guarantees http when tcp is absent
    const http = {
        kind: "http",
        name: raw.name ?? target ?? `endpoint ${index + 1}`,
        target,
        method: raw.method ?? "GET",
        headers: raw.headers ?? {},
        expect: expectation(raw.expect),
    };
    if (raw.tls)
        http.tls = { ...raw.tls, insecureSkipVerify: raw.tls.insecureSkipVerify ?? false };
    return http;
}
function expectation(raw) {
    const statuses = raw?.status === undefined ? ["2xx"] : Array.isArray(raw.status) ? raw.status : [raw.status];
    const expect = {
        status: statuses.map((s) => typeof s === "number" ? { from: s, to: s } : { from: Number(s[0]) * 100, to: Number(s[0]) * 100 + 99 }),
        headers: raw?.headers ?? {},
        json: raw?.json ?? {},
    };
    if (raw?.bodyContains !== undefined)
        expect.bodyContains = raw.bodyContains;
    return expect;
}

;// CONCATENATED MODULE: ../../packages/model/src/config.ts
// gitops.yaml: the environments, their release pipelines, and the policy for every push.



const CONFIG_FILE = "gitops.yaml";
const DEFAULT_SKIP_MARKERS = ["[skip deploy]", "[deploy skip]", "skip deployment"];
const DEFAULT_RESOURCE_CUT = 0.5;
function loadConfig(content, file = CONFIG_FILE) {
    return loadChecked(file, content, "validateConfig", normaliseConfig);
}
function normaliseConfig(raw, problems) {
    const allow = identities(raw.gate?.allow);
    const topDiff = diffPolicy(raw.diff, { rules: {}, resourceCutThreshold: DEFAULT_RESOURCE_CUT });
    const environments = Object.entries(raw.environments).map(([name, env]) => environment(name, env, { allow, diff: topDiff }, problems));
    checkPromotion(environments, problems);
    checkBranches(environments, problems);
    const config = {
        version: 1,
        servicesDir: (raw.servicesDir ?? "services").replace(/\/+$/, ""),
        environments,
        gate: {
            skipMarkers: raw.gate?.skipMarkers ?? DEFAULT_SKIP_MARKERS,
            allow,
            admins: identities(raw.gate?.admins),
        },
        notifications: {
            slack: { channels: raw.notifications?.slack?.channels ?? {} },
            email: { always: raw.notifications?.email?.always ?? [] },
            jira: {
                issueType: raw.notifications?.jira?.issueType ?? "Bug",
                labels: raw.notifications?.jira?.labels ?? [],
                transitions: raw.notifications?.jira?.transitions ?? {},
            },
        },
    };
    const rawJiraGate = raw.gate?.jira;
    if (rawJiraGate) {
        config.gate.jira = {
            projects: rawJiraGate.projects,
            commits: rawJiraGate.commits ?? "all",
            mergeCommits: rawJiraGate.mergeCommits ?? "skip",
        };
    }
    if (raw.jira)
        config.jira = { url: raw.jira.url.replace(/\/+$/, ""), deployment: raw.jira.deployment ?? "cloud" };
    if (raw.notifications?.email?.from)
        config.notifications.email.from = raw.notifications.email.from;
    const failureProject = raw.notifications?.jira?.failureProject;
    if (failureProject)
        config.notifications.jira.failureProject = failureProject;
    for (const env of Object.keys(config.notifications.jira.transitions)) {
        if (!environments.some((e) => e.name === env)) {
            problems.add(["notifications", "jira", "transitions", env], unknownEnvironment(env, environments), "E_UNKNOWN_ENVIRONMENT", "key");
        }
    }
    if ((failureProject || rawJiraGate) && !raw.jira) {
        problems.add([], 'uses JIRA but has no "jira: { url: \u2026 }" saying where it is', "E_MISSING_FIELD");
    }
    return config;
}
function environment(name, raw, defaults, problems) {
    const at = ["environments", name];
    const stages = raw.stages ?? ["deploy", "healthcheck"];
    checkStageOrder(stages, [...at, "stages"], problems);
    const timeout = parseDuration(raw.driver.timeout ?? "10m");
    if (!timeout.ok)
        problems.add([...at, "driver", "timeout"], timeout.message);
    const env = {
        name,
        branch: raw.branch ?? name,
        stages,
        driver: {
            type: raw.driver.type,
            command: raw.driver.command,
            timeoutMs: timeout.ok ? timeout.value : 0,
            env: raw.driver.env ?? {},
        },
        concurrency: raw.concurrency ?? 4,
        ports: {},
        gate: {
            allow: raw.gate?.allow ? identities(raw.gate.allow) : defaults.allow,
            requireSignedCommits: raw.gate?.requireSignedCommits ?? false,
            jira: {},
        },
        diff: diffPolicy(raw.diff, defaults.diff),
    };
    if (raw.promotesFrom !== undefined)
        env.promotesFrom = raw.promotesFrom;
    if (raw.capacity)
        env.capacity = parseResources(raw.capacity, [...at, "capacity"], problems);
    if (raw.limits)
        env.limits = parseResources(raw.limits, [...at, "limits"], problems);
    for (const kind of ["allowed", "public"]) {
        const list = raw.ports?.[kind];
        if (!list)
            continue;
        env.ports[kind] = list.map((entry, i) => {
            const range = parsePortRange(entry);
            if (!range.ok)
                problems.add([...at, "ports", kind, i], range.message);
            return range.ok ? range.value : { from: 0, to: -1 };
        });
    }
    const jira = raw.gate?.jira;
    if (jira?.statuses)
        env.gate.jira.statuses = jira.statuses;
    if (jira?.approvals) {
        env.gate.jira.approvals = {
            required: jira.approvals.required,
            source: jira.approvals.source ?? "service-management",
        };
        if (jira.approvals.field)
            env.gate.jira.approvals.field = jira.approvals.field;
    }
    return env;
}
/** deploy comes first; checks of a deployment come after a healthcheck that proves it is up. */
function checkStageOrder(stages, at, problems) {
    const index = (s) => stages.indexOf(s);
    if (index("deploy") > 0)
        problems.add([...at, index("deploy")], "deploy must be the first stage", "E_STAGE_ORDER");
    for (const test of ["smoke", "regression"]) {
        if (index(test) >= 0 && !(index("healthcheck") >= 0 && index("healthcheck") < index(test))) {
            problems.add([...at, index(test)], `${test} must come after a healthcheck stage`, "E_STAGE_ORDER");
        }
    }
}
function checkPromotion(environments, problems) {
    const byName = new Map(environments.map((e) => [e.name, e]));
    for (const env of environments) {
        if (env.promotesFrom === undefined)
            continue;
        const at = ["environments", env.name, "promotesFrom"];
        if (env.promotesFrom === env.name) {
            problems.add(at, "an environment cannot promote from itself", "E_INVALID_PROMOTION");
        }
        else if (!byName.has(env.promotesFrom)) {
            problems.add(at, unknownEnvironment(env.promotesFrom, environments), "E_UNKNOWN_ENVIRONMENT");
        }
        else {
            const chain = [env.name];
            let current = byName.get(env.promotesFrom);
            while (current && !chain.includes(current.name)) {
                chain.push(current.name);
                current = current.promotesFrom ? byName.get(current.promotesFrom) : undefined;
            }
            if (current?.name === env.name) {
                problems.add(at, `promotion goes round in a circle: ${[...chain, env.name].join(" \u2192 ")}`, "E_INVALID_PROMOTION");
            }
        }
    }
}
function checkBranches(environments, problems) {
    environments.forEach((env, i) => {
        const first = environments.findIndex((e) => e.branch === env.branch);
        if (first !== i) {
            problems.add(["environments", env.name, "branch"], `branch "${env.branch}" already deploys to ${environments[first].name}; one branch per environment`, "E_DUPLICATE_BRANCH");
        }
    });
}
function unknownEnvironment(name, environments) {
    return `"${name}" is not an environment of gitops.yaml (${environments.map((e) => e.name).join(", ")})`;
}
function identities(raw) {
    return { users: raw?.users ?? [], teams: raw?.teams ?? [] };
}
function diffPolicy(raw, base) {
    return {
        rules: { ...base.rules, ...raw?.rules },
        resourceCutThreshold: raw?.resourceCutThreshold
            ? Number(raw.resourceCutThreshold.slice(0, -1)) / 100
            : base.resourceCutThreshold,
    };
}
function environmentForBranch(config, branch) {
    return config.environments.find((e) => e.branch === branch);
}

;// CONCATENATED MODULE: ../../packages/model/src/repo.ts
// A deploy repo as a whole: gitops.yaml plus every descriptor, checked against each other.
// Files come through a RepoReader so the same checks run on a working tree or on git objects.





function directoryReader(root) {
    return {
        async list(dir) {
            try {
                const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
                return entries.filter((e) => e.isFile()).map((e) => e.name);
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return [];
                throw error;
            }
        },
        async read(path) {
            try {
                return await (0,promises_.readFile)((0,external_node_path_.join)(root, path));
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
        },
    };
}
const isDescriptorFile = (name) => /\.ya?ml$/.test(name) && !name.startsWith(".");
/** Loads and cross-checks the whole repo; every problem found is in `diagnostics`. */
async function loadRepo(reader) {
    const diagnostics = [];
    const files = [CONFIG_FILE];
    const configBytes = await reader.read(CONFIG_FILE);
    let config;
    if (configBytes === undefined) {
        diagnostics.push(fileProblem(CONFIG_FILE, "E_NO_CONFIG", "no gitops.yaml at the repo root; it lists the environments"));
    }
    else {
        const loaded = await loadConfig(configBytes);
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            config = loaded.value;
    }
    const dir = config?.servicesDir ?? "services";
    const names = (await reader.list(dir)).filter(isDescriptorFile).sort();
    const descriptors = [];
    const contents = await Promise.all(names.map((name) => reader.read(`${dir}/${name}`)));
    for (const [i, name] of names.entries()) {
        const file = `${dir}/${name}`;
        files.push(file);
        const loaded = await loadDescriptor(file, contents[i] ?? new Uint8Array());
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            descriptors.push(loaded.value);
    }
    const repo = { descriptors, diagnostics, files };
    if (config) {
        repo.config = config;
        diagnostics.push(...(await crossCheck(config, descriptors, names, contents, dir)));
    }
    return repo;
}
/** What neither file shows alone: duplicate services, unknown environments, unmapped Slack channels. */
async function crossCheck(config, descriptors, names, contents, dir) {
    const problems = [];
    const locate = (d, path, message, code) => {
        problems.push({ d, path, message, code });
    };
    const seen = new Map();
    for (const d of descriptors) {
        const other = seen.get(d.service);
        if (other)
            locate(d, ["service"], `"${d.service}" is also described by ${other}`, "E_DUPLICATE_SERVICE");
        else
            seen.set(d.service, d.file);
        for (const env of Object.keys(d.overrides)) {
            if (!config.environments.some((e) => e.name === env)) {
                locate(d, ["overrides", env], unknownEnvironment(env, config.environments), "E_UNKNOWN_ENVIRONMENT");
            }
        }
        d.notifications.slack.forEach((channel, i) => {
            if (!config.notifications.slack.channels[channel]) {
                locate(d, ["notifications", "slack", i], `${channel} has no webhook in gitops.yaml (notifications.slack.channels)`, "E_UNKNOWN_SLACK_CHANNEL");
            }
        });
    }
    if (problems.length === 0)
        return [];
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 6119));
    return problems.map(({ d, path, message, code }) => {
        const bytes = contents[names.indexOf(d.file.slice(dir.length + 1))];
        const parsed = bytes ? parseYaml(d.file, bytes) : undefined;
        const at = parsed?.ok ? parsed.source.locate(path, "key") : { start: { line: 1, column: 1 } };
        return { code, severity: "error", file: d.file, ...at, field: (0,diagnostics/* formatFieldPath */.vZ)(path), message };
    });
}
function fileProblem(file, code, message) {
    return { code, severity: "error", file, start: { line: 1, column: 1 }, field: "", message };
}
/** The report of a loaded repo; `displayPath` rewrites each file for where the reader stands. */
function validationReport(repo, displayPath = (f) => f) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error").length;
    return {
        valid: errors === 0,
        files: repo.files.length,
        errors,
        warnings: repo.diagnostics.length - errors,
        diagnostics: repo.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })),
    };
}

;// CONCATENATED MODULE: ../../packages/model/src/service.ts


class ServiceLookupError extends Error {
    code;
    diagnostics;
    constructor(code, message, 
    /** The problems behind it: gitops.yaml's, or the service's descriptor's. */
    diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "ServiceLookupError";
    }
}
/** The environment by name; throws naming the ones gitops.yaml has. */
function findEnvironment(config, name) {
    const environment = config.environments.find((e) => e.name === name);
    if (environment)
        return environment;
    const known = config.environments.map((e) => e.name).join(", ");
    throw new ServiceLookupError("E_NO_ENVIRONMENT", `gitops.yaml has no environment "${name}"; it has ${known}`);
}
/** The service as the environment sees it; throws a ServiceLookupError saying what is wrong. */
function findService(repo, service, environmentName) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error");
    if (!repo.config) {
        const own = errors.filter((d) => d.file === "gitops.yaml");
        throw new ServiceLookupError("E_REPO_INVALID", "gitops.yaml is missing or invalid", own);
    }
    const environment = findEnvironment(repo.config, environmentName);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        const dir = repo.config.servicesDir;
        const broken = errors.filter((d) => d.file === `${dir}/${service}.yaml` || d.file === `${dir}/${service}.yml`);
        if (broken.length > 0)
            throw new ServiceLookupError("E_SERVICE_INVALID", `the descriptor of ${service} is not valid`, broken);
        const known = repo.descriptors.map((d) => d.service).join(", ");
        throw new ServiceLookupError("E_NO_SERVICE", `no service "${service}" in ${dir}/ (${known || "none"})`);
    }
    return { config: repo.config, environment, descriptor: forEnvironment(found, environment.name) };
}
/** Loads the repo through `reader` and finds the service in it. */
async function loadService(reader, service, environment) {
    return findService(await loadRepo(reader), service, environment);
}

// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
;// CONCATENATED MODULE: ../../packages/notify/src/detail.ts
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
    return (0,line/* truncate */.xv)(scrubSecrets((0,line/* clean */.uH)(text), secrets), max);
}
/** An error's message on one line, not cut yet: safeDetail cuts it once secrets are scrubbed. */
function errorDetail(error) {
    return (0,line/* errorLine */.BP)(error, Number.POSITIVE_INFINITY);
}

;// CONCATENATED MODULE: ../../packages/notify/src/deliver.ts
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/notice.ts
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
/** What a service answered, quoted in a message: one line, the first 120 characters and "\u2026". */
const excerpt = (text) => (0,line/* oneLine */.TN)(text, 121);
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
// Check reports for people: terminal lines and Markdown tables for the job summary.

// Cells quote what services and test suites said: markdownCell keeps their HTML and line breaks out.
const ms = (n) => (n === undefined ? "\u2014" : (0,duration/* formatDuration */.a)(n));
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
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${markdownCell(e.name)} | \`${markdownCell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${markdownCell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
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
        ...report.checks.map((c) => `| ${c.ok ? "\u2705" : "\u274c"} | ${markdownCell(c.name)} | ${markdownCell(c.reason)} | ${ms(c.latencyMs)} |`),
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
                out.push(`| ${markdownCell(`${c.classname ? `${c.classname} \u203a ` : ""}${c.name}`)} | ${markdownCell(c.message ?? "")} |`);
            if (failed.length > 50)
                out.push(`| \u2026 ${failed.length - 50} more | |`);
            out.push("");
        }
    }
    for (const e of result.reportErrors)
        out.push(`- ${markdownCell(e)}`);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../../packages/checks/src/glob.ts
// Report files for a pattern such as `reports/**/*.xml`, relative to one directory and unable to
// leave it. `*` matches within a name, `?` one character, `**` any number of directories.
// Wildcards do not match names starting with "." unless the pattern's segment does; `**` does not
// descend into dot-directories, nor into node_modules unless the pattern names it; symbolic links
// are neither followed nor matched, so a link cannot lead outside the directory.
//
// The walk and the matching are tinyglobby's (fdir and picomatch), loaded on the first search:
// only the regression runner looks for files.



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
 * picomatch turns `*` into a backtracking regular expression: matching a name against a segment
 * with n stars can take time to the power of n. Three keep the worst case to milliseconds.
 */
const MAX_STARS = 3;
/**
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[\u2026]`, `{\u2026}`, backslashes, more than three `*` in a
 * name).
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
    if (segments.some((s) => s !== "**" && (s.match(/\*+/g)?.length ?? 0) > MAX_STARS)) {
        bad(`at most ${MAX_STARS} * in one name`);
    }
    return segments;
}
function hasWildcard(segment) {
    return segment.includes("*") || segment.includes("?");
}
/** Regular files under `root` that match `pattern` (see parseGlob). */
async function findFiles(root, pattern, options = {}) {
    const segments = parseGlob(pattern);
    const { escapePath, glob } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 8172));
    const entries = entryCounter(options.maxEntries ?? 100_000);
    const found = await glob(segments.map((s) => globSegment(s, escapePath)).join("/"), {
        cwd: root,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false, // `reports` names a file, not everything under a directory
        braceExpansion: false,
        extglob: false,
        ignore: segments.includes("**") && !segments.includes("node_modules") ? ["**/node_modules/**"] : [],
        fs: { readdir: entries.readdir },
    });
    return { files: (await realFiles(root, found)).sort(), truncated: entries.truncated() };
}
/**
 * A segment as picomatch reads it: only `*` and `?` are wildcards (`**` only as a whole segment);
 * what else picomatch takes for syntax (`(`, `!`, `+`, `@`, `|`) is a literal character.
 */
function globSegment(segment, escapePath) {
    if (segment === "**")
        return segment;
    return segment
        .split(/([*?]+)/)
        .map((part, i) => (i % 2 === 1 ? part.replace(/\*+/g, "*") : escapePath(part)))
        .join("");
}
/** A readdir for the walk that counts the entries it reads and, past `max`, reads nothing more. */
function entryCounter(max) {
    let seen = 0;
    const readdirCounting = (path, options, callback) => {
        if (seen > max)
            return callback(null, []);
        (0,external_node_fs_.readdir)(path, options, (error, entries = []) => {
            seen += entries.length;
            callback(error, entries);
        });
    };
    return {
        // fdir calls only this one of readdir's many overloads.
        readdir: readdirCounting,
        truncated: () => seen > max,
    };
}
/**
 * The regular files among `files` reached through real directories. tinyglobby starts its walk at
 * the pattern's literal directories (`reports/` of `reports/*.xml`), which may be links.
 */
async function realFiles(root, files) {
    const dirs = new Map();
    const is = (rel, kind) => (0,promises_.lstat)((0,external_node_path_.join)(root, rel)).then((st) => (kind === "file" ? st.isFile() : st.isDirectory()), () => false);
    const realDir = (rel) => {
        let known = dirs.get(rel);
        if (known === undefined) {
            known = is(rel, "directory");
            dirs.set(rel, known);
        }
        return known;
    };
    const real = async (file) => {
        const parts = file.split("/");
        for (let i = 1; i < parts.length; i++)
            if (!(await realDir(parts.slice(0, i).join("/"))))
                return false;
        return is(file, "file");
    };
    const kept = await Promise.all(files.map(async (f) => ((await real(f)) ? f : undefined)));
    return kept.filter((f) => f !== undefined);
}

;// CONCATENATED MODULE: ../../packages/checks/src/references.ts
// The `&`s of a report made safe for a strict XML parser, keeping what they meant before.
//
// Reports are data, and some tools do not escape their `&`s. Saxes reads a bare `&` as the start
// of an entity reference up to the next `;`, markup included, so such a report would lose tags.
// Before parsing, an `&` that does not start one of the five predefined entities or a character
// reference is written `&amp;` (so `AT&T` and `&nbsp;` read as written), and a character reference
// XML forbids (or spells `&#x\u2026;` with a capital X) becomes its character (U+FFFD for NUL,
// surrogates and numbers past U+10FFFF), as the reader before saxes read them. Comments,
// CDATA sections and processing instructions are left as they are: an `&` there is just text.
const TOKEN = /<!--|<!\[CDATA\[|<\?|&(?:(?:lt|gt|amp|quot|apos);|#(\d{1,7});|#([xX])([0-9a-fA-F]{1,6});)?/g;
const SECTION_END = { "<!--": "-->", "<![CDATA[": "]]>", "<?": "?>" };
/** The fix-ups of `xml`, in order. A generator, so a hostile report does not fill memory with them. */
function* fixups(xml) {
    const token = new RegExp(TOKEN); // its own lastIndex: two scans of one text may interleave
    for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
        const [found, decimal, x, hex] = m;
        const end = SECTION_END[found];
        if (end !== undefined) {
            const close = xml.indexOf(end, m.index + found.length);
            if (close === -1)
                return; // unclosed: the parser says so
            token.lastIndex = close + end.length;
        }
        else if (found === "&") {
            yield { at: m.index, end: m.index + 1, text: "&amp;" };
        }
        else if (decimal !== undefined || hex !== undefined) {
            const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
            if (isXmlChar(code) && x !== "X")
                continue;
            const text = isXmlChar(code) ? `&#${code};` : isCodePoint(code) ? String.fromCodePoint(code) : "\uFFFD";
            yield { at: m.index, end: m.index + found.length, text };
        }
    }
}
/**
 * `xml` with its fix-ups, in pieces of about 64 Ki characters for a streaming parser. `onFixup`
 * hears where each one is.
 */
function* fixedPieces(xml, onFixup) {
    let from = 0;
    let piece = "";
    for (const f of fixups(xml)) {
        onFixup?.(f.at);
        piece += xml.slice(from, f.at) + f.text;
        from = f.end;
        if (piece.length >= 1 << 16) {
            yield piece;
            piece = "";
        }
    }
    yield piece + xml.slice(from);
}
/** Where an offset in the fixed text is in `xml` (the start of a fix-up, for an offset inside one). */
function originalOffset(xml, offset) {
    let shift = 0;
    for (const f of fixups(xml)) {
        const at = f.at + shift;
        if (offset < at)
            break;
        if (offset < at + f.text.length)
            return f.at;
        shift += f.text.length - (f.end - f.at);
    }
    return offset - shift;
}
/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isCodePoint(code) {
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

;// CONCATENATED MODULE: ../../packages/checks/src/xml.ts
// The XML of test reports, read with saxes (a streaming, non-validating parser, loaded on the
// first report so the other checks never load it) as a stream of tags and text.
//
// No DTD: a DOCTYPE is refused, so no entity is ever declared, expanded or fetched (no XXE, no
// billion laughs); the only entities are XML's five and character references. Saxes does not
// recurse and keeps no more than the open tags and the current text. What test tools get wrong
// and is still readable is read (bare `&`s, control characters, text around the root, several
// roots, repeated attributes); the rest is an XmlError that says what and where.

/**
 * What is wrong with the XML, and where (1-based; columns in UTF-16 units). Handlers throw one
 * without a position to refuse what they read: it gets the position of the tag being read.
 */
class XmlError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = "XmlError";
    }
}
// Saxes' complaints about what the reader accepts anyway.
const TOLERATED_MESSAGES = new Set([
    "disallowed character.", // raw control characters; a `<` in an attribute value (dropped)
    "text data outside of root node.",
    "documents may contain only one root.", // concatenated reports
    "no whitespace between attributes.",
    'the string "]]>" is disallowed in char data.',
    "malformed comment.", // `--` inside a comment
]);
const TOLERATED_PATTERNS = [
    /^duplicate attribute: /,
    // The XML declaration and processing instructions do not matter to a report.
    /XML declaration|processing instruction|version number|encoding value|standalone value/,
    /^(whitespace required|value required|value must be quoted|did not expect any more name\/value pairs)\.$/,
    /^expected (the name|one of) /,
    /^The character \? is disallowed/,
];
const tolerated = (message) => TOLERATED_MESSAGES.has(message) || TOLERATED_PATTERNS.some((p) => p.test(message));
/**
 * Each bare `&` repaired and each complaint of saxes' let pass costs time (saxes makes an Error
 * for each); a report can have this many, which bounds the time a hostile one takes.
 */
const MAX_COMPLAINTS = 1_000_000;
// Saxes takes a lone surrogate for half of a pair and may swallow the character after it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Reads `report` into `handlers`; throws an XmlError for what is not XML (or not readable as it). */
async function readXml(report, handlers) {
    const { SaxesParser } = await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 628));
    // U+FFFD, as a decoder makes of them; offsets stay the same.
    const xml = report.replace(LONE_SURROGATE, "\uFFFD");
    const parser = new SaxesParser({ position: true });
    // Offsets in the text saxes reads (see references.ts), turned into the report's own on a failure.
    let markupEnd = 0; // after the last whole tag, comment, CDATA section or processing instruction
    let beforeComment = 0; // markupEnd before the last `--`, which ends the comment only if `>` follows
    let afterComment = false; // whether the last markup event was a comment's `--`
    let attributesEnd = 0; // after the name or the last attribute of the start tag being read
    let startTag; // the start tag being read (its `>` not seen yet)
    let attributes = [];
    let closed = ""; // the element the last end tag closed
    let ending = false;
    const atEnd = [];
    let complaints = 0; // saxes' and references.ts' repairs
    const at = (offset) => originalOffset(xml, offset);
    /** Where the markup being read starts: the first `<` after the last whole markup (-1: none). */
    const markupStart = () => xml.indexOf("<", at(markupEnd));
    const fail = (reason, offset) => {
        throw new XmlError(reason, ...lineColumn(xml, Math.max(0, offset)));
    };
    parser.on("doctype", () => fail("refusing a DOCTYPE declaration", markupStart()));
    parser.on("opentagstart", (tag) => {
        startTag = tag.name;
        attributes = [];
        attributesEnd = parser.position;
    });
    parser.on("attribute", (a) => {
        attributes.push([a.name, a.value]);
        attributesEnd = parser.position;
    });
    const ended = (comment = false) => {
        if (comment)
            beforeComment = markupEnd;
        afterComment = comment;
        markupEnd = parser.position;
    };
    parser.on("opentag", (tag) => {
        startTag = undefined;
        handlers.open(tag.name, attributes);
        ended();
    });
    parser.on("closetag", (tag) => {
        closed = tag.name;
        handlers.close();
        ended();
    });
    parser.on("text", (text) => handlers.text(text));
    parser.on("cdata", (text) => {
        handlers.text(text);
        ended();
    });
    parser.on("comment", () => ended(true));
    parser.on("processinginstruction", () => ended());
    parser.on("xmldecl", () => ended());
    const complain = (where) => {
        if (++complaints > MAX_COMPLAINTS)
            fail(`more than ${MAX_COMPLAINTS} XML errors: not read`, where());
    };
    parser.on("error", (error) => {
        const message = error.message.replace(/^\d+:\d+: /, ""); // saxes' position: ours is below
        if (ending) {
            atEnd.push(message);
            return;
        }
        if (!tolerated(message)) {
            const { reason, offset } = refusal(message, xml, at(parser.position), markupStart, startTag, closed);
            fail(reason, offset);
        }
        if (message === "malformed comment.")
            markupEnd = beforeComment; // a `--` inside: the comment goes on
        complain(() => at(parser.position));
    });
    try {
        for (const piece of fixedPieces(xml, (offset) => complain(() => offset)))
            parser.write(piece);
        ending = true;
        parser.close();
    }
    catch (e) {
        if (e instanceof XmlError && e.line === undefined)
            fail(e.reason, markupStart());
        throw e;
    }
    // At the end saxes names each open element, innermost first, then says whether it was inside
    // other markup; a missing root is the caller's to judge.
    if (atEnd.includes("unexpected end.")) {
        if (afterComment && xml[at(markupEnd)] !== ">")
            markupEnd = beforeComment; // no `>` after the `--`
        const from = markupStart();
        if (from === -1)
            fail("unexpected end of the report", xml.length);
        const attributesFrom = at(attributesEnd);
        fail(unfinished(xml.slice(from, from + 9), startTag, xml.slice(attributesFrom, attributesFrom + 1024)), from);
    }
    const unclosed = atEnd.find((m) => m.startsWith("unclosed tag: "));
    if (unclosed !== undefined) {
        fail(`unexpected end of the report: <${unclosed.slice("unclosed tag: ".length)}> is not closed`, xml.length);
    }
}
/** Why a document saxes refused is refused, in our words, and where. */
function refusal(message, xml, 
/** After the character saxes complained at. */
next, markupStart, startTag, closed) {
    const here = Math.max(0, next - 1);
    const tag = `<${startTag ?? "?"}>`;
    if (message.startsWith("disallowed character in tag name")) {
        return { reason: "a tag has no valid name", offset: markupStart() };
    }
    if (message === "incorrect syntax." || message === "inappropriately located doctype declaration.") {
        const start = markupStart();
        const word = xml.slice(start + 2, start + 9).toUpperCase();
        const reason = word.startsWith("DOCTYPE")
            ? "refusing a DOCTYPE declaration"
            : word.startsWith("ENTITY")
                ? "refusing an ENTITY declaration"
                : "unexpected markup declaration";
        return { reason, offset: start };
    }
    if (message === "unexpected close tag." || message.startsWith("unmatched closing tag: ")) {
        const start = Math.max(0, xml.lastIndexOf("</", here));
        const name = xml.slice(start + 2, Math.max(start + 2, xml.indexOf(">", start))).trim();
        const reason = message === "unexpected close tag."
            ? `</${name}> does not close <${closed}>`
            : `</${name}> closes nothing`;
        return { reason, offset: start };
    }
    if (message === "weird empty close tag." || message === "disallowed character in closing tag.") {
        return { reason: "an end tag has no valid name", offset: xml.lastIndexOf("</", here) };
    }
    if (message === "attribute without value." || message === "disallowed character in attribute name.") {
        const c = xml[here];
        if (message === "attribute without value." || c === "/" || c === ">") {
            return { reason: `${attribute(nameBefore(xml, here))} of ${tag} has no value`, offset: here };
        }
        return { reason: `unexpected character in ${tag}`, offset: here };
    }
    if (message === "unquoted attribute value.") {
        return { reason: `${attribute(nameBefore(xml, here))} of ${tag} is not quoted`, offset: here };
    }
    if (message === "forward-slash in opening tag not followed by >.") {
        return { reason: `unexpected "/" in ${tag}`, offset: here };
    }
    if (/entity/.test(message)) {
        // references.ts leaves saxes only well-formed references, outside what it took for comments,
        // CDATA or processing instructions in a document this broken
        return { reason: "a malformed entity or character reference", offset: here };
    }
    return { reason: `not well-formed XML: ${message.replace(/\.$/, "")}`, offset: here };
}
/** What the report ended in the middle of, from the start of the unfinished markup (`head`). */
function unfinished(head, startTag, afterAttributes) {
    if (head.startsWith("<!--"))
        return "unexpected end of the report: a comment is not closed";
    if (head.startsWith("<![CDATA["))
        return "unexpected end of the report: a CDATA section is not closed";
    if (/^<!doctype/i.test(head))
        return "refusing a DOCTYPE declaration";
    if (head.startsWith("<!"))
        return "unexpected end of the report in a declaration";
    if (head.startsWith("<?"))
        return "unexpected end of the report: a processing instruction is not closed";
    if (head.startsWith("</"))
        return "unexpected end of the report: an end tag is not closed";
    if (startTag === undefined)
        return "unexpected end of the report inside a tag name";
    const open = /^\s*([^\s=/>]+)\s*=\s*["']/.exec(afterAttributes)?.[1];
    return open === undefined
        ? `unexpected end of the report inside <${startTag}>`
        : `unexpected end of the report: attribute ${open} of <${startTag}> is not closed`;
}
/** The attribute name that ends just before `end` (skipping white space and an `=`), if any. */
function nameBefore(xml, end) {
    const before = xml.slice(Math.max(0, end - 256), end);
    return /([^\s<>="'/]+)\s*=?\s*$/.exec(before)?.[1];
}
function attribute(name) {
    return name === undefined ? "an attribute" : `attribute ${name}`;
}
/** 1-based line and column of `offset`, lines ending at "\n". */
function lineColumn(xml, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = xml.indexOf("\n"); k !== -1 && k < offset; k = xml.indexOf("\n", k + 1)) {
        line++;
        lineStart = k + 1;
    }
    return [line, offset - lineStart + 1];
}

;// CONCATENATED MODULE: ../../packages/checks/src/junit.ts
// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, \u2026), read into test cases and totals.
//
// The XML is read by xml.ts (no DTD, so no XXE and no billion laughs); this module holds what
// the elements mean. It keeps no more than it needs, caps the input size, the nesting depth and
// the text it keeps, and counts the totals from the test cases, not from the suites' attributes.

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
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Rejects with a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
async function parseJUnit(xml, file) {
    if (typeof xml !== "string")
        throw new JUnitParseError("the report is not text", file);
    if (xml.length > MAX_JUNIT_BYTES) {
        throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
    }
    const reader = new Reader();
    try {
        await readXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, reader);
    }
    catch (e) {
        if (e instanceof XmlError)
            throw new JUnitParseError(e.reason, file, e.line, e.column);
        throw e;
    }
    if (!reader.sawRoot) {
        throw new JUnitParseError("no <testsuites> or <testsuite> element: not a JUnit report", file, 1, 1);
    }
    return summarize(reader.cases);
}
/** One report out of many (one file per test file or per package is common). */
function mergeReports(reports) {
    return summarize(reports.flatMap((r) => r.cases));
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
/** The JUnit meaning of the elements, as the XML reader hands them over. */
class Reader {
    /** Local names of the open elements, lower case. */
    stack = [];
    suites = [];
    cases = [];
    current;
    capture;
    sawRoot = false;
    open(qname, attributes) {
        const name = localName(qname).toLowerCase();
        const depth = this.stack.length;
        if (depth >= MAX_JUNIT_DEPTH)
            throw new XmlError(`elements nested deeper than ${MAX_JUNIT_DEPTH}`);
        this.stack.push(name);
        if (this.capture !== undefined)
            return; // markup inside a <failure>: its text is kept, the rest ignored
        const parent = depth === 0 ? undefined : this.stack[depth - 1];
        if (depth === 0) {
            if (name !== "testsuites" && name !== "testsuite") {
                throw new XmlError(`not a JUnit report: the root element is <${name}>`);
            }
            this.sawRoot = true;
        }
        // By local name (a namespace prefix changes nothing); the first of repeated names wins.
        const attrs = new Map();
        for (const [key, value] of attributes)
            if (!attrs.has(localName(key)))
                attrs.set(localName(key), value);
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
    text(text) {
        const c = this.capture;
        if (c === undefined || c.chars > MAX_DETAILS_CHARS)
            return;
        const piece = text.slice(0, MAX_DETAILS_CHARS + 1 - c.chars);
        c.text.push(piece);
        c.chars += piece.length;
    }
    close() {
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
                return;
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
    finishCapture(c) {
        let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
        if (text.length > MAX_DETAILS_CHARS)
            text = `${text.slice(0, MAX_DETAILS_CHARS)}\n\u2026 (truncated)`;
        const firstLine = text
            .split("\n")
            .map((l) => l.trim())
            .find((l) => l !== "");
        const raw = c.message?.trim() || firstLine;
        const message = raw === undefined ? undefined : cut(raw, MAX_MESSAGE_CHARS);
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
            v.details = cut(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
        }
    }
    innerSuite() {
        return this.suites[this.suites.length - 1];
    }
    /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
    zeroBasedLines() {
        return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
    }
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
/** At most `max` characters and a note that the rest was cut (readers should know it was). */
function cut(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}\u2026 (truncated)`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/junit-bytes.ts
// The bytes of a report file as text. Test tools write UTF-8 nearly always; a few write UTF-16
// with a byte order mark, or ISO-8859-1 and say so in the XML declaration.
/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so. Bytes that are not UTF-8 become U+FFFD.
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
    return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM
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
            reports.push(await parseJUnit(text, f));
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
/** A regression run in short, for an action's output: the counts and each failed test. */
function regressionSummary(result) {
    const report = result.report;
    return {
        ok: result.ok,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        reason: result.reason,
        tests: report?.tests ?? 0,
        failures: report?.failures ?? 0,
        errors: report?.errors ?? 0,
        skipped: report?.skipped ?? 0,
        failed: (report?.cases ?? [])
            .filter((c) => c.status === "failed" || c.status === "error")
            .map((c) => ({ name: c.name, message: c.message, file: c.file, line: c.line })),
    };
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/deploy-service.ts
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
    const repo = await loadRepo((0,tree_reader/* treeReader */.u)(options.git, from));
    if (!repo.config)
        throw new Error(`gitops.yaml at ${from} is missing or not valid`);
    const environment = findEnvironment(repo.config, options.environment);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        if (reason === "rollback")
            return nothing(`nothing to restore: ${service} did not exist at ${from}`);
        throw new Error(`no valid descriptor for ${service} at ${options.ref}`);
    }
    const descriptor = forEnvironment(found, environment.name);
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

// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var retry = __webpack_require__(5426);
;// CONCATENATED MODULE: ../../packages/jira/src/connection.ts
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
                    : (0,line/* oneLine */.TN)(`jira.js could not start: ${error instanceof Error ? error.message : String(error)}`);
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
    const message = (0,line/* oneLine */.TN)(error instanceof Error ? error.message : String(error));
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
    return { reason: (0,line/* oneLine */.TN)(parts.length > 0 ? parts.join("; ") : fallback), fieldErrors };
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

;// CONCATENATED MODULE: ../../packages/jira/src/labels.ts
// The label gitops puts on every failure issue it opens. Notify writes it; the gate reads it, so
// citing a failure issue explains a commit (a rollback) without standing for a change ticket.
const FAILURE_LABEL = "gitops-failure";

;// CONCATENATED MODULE: ../../packages/gate/src/jira.ts
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

// EXTERNAL MODULE: ../../packages/git/src/errors.ts
var errors = __webpack_require__(9635);
;// CONCATENATED MODULE: ../../packages/plan/src/changes.ts
// Which services a push changes: the descriptors added, changed, removed or renamed between the
// branch before the push and after it, read from git objects.


async function detectChanges(git, options) {
    const head = await git.resolve(options.head);
    if (head === undefined) {
        throw new errors/* GitError */.XS("E_GIT_REF_NOT_FOUND", `head ${JSON.stringify(options.head)} is not in the clone; fetch it before detecting changes`);
    }
    const firstPush = (0,src_git/* isZeroSha */.hp)(options.base);
    let base;
    if (!firstPush) {
        base = await git.resolve(options.base);
        if (base === undefined) {
            throw new errors/* GitError */.XS("E_GIT_REF_NOT_FOUND", `base ${JSON.stringify(options.base)} is not in the clone, so what the push changed cannot be told; ` +
                "fetch it (actions/checkout with fetch-depth: 0, or git fetch origin <sha>)");
        }
    }
    const forcePush = base !== undefined && options.checkForcePush !== false && !(await git.isAncestor(base, head));
    const dir = normaliseDir(options.servicesDir);
    // Two-dot: the trees of the two commits, whatever history lies between them (several commits
    // pushed at once, or a rewritten history after a force push).
    const paths = dir === "" ? [] : [`${dir}/`, CONFIG_FILE];
    const files = await git.changedFiles(base, head, paths);
    const changeSet = {
        head,
        firstPush,
        forcePush,
        configChanged: files.some((f) => f.path === CONFIG_FILE || f.oldPath === CONFIG_FILE),
        services: serviceChanges(files, dir).sort(byService),
    };
    if (base !== undefined)
        changeSet.base = base;
    return changeSet;
}
function serviceChanges(files, dir) {
    const services = [];
    for (const f of files) {
        const now = descriptor(f.path, dir);
        if (f.status === "renamed") {
            const before = descriptor(f.oldPath ?? "", dir);
            if (before && now) {
                services.push({
                    service: now.service,
                    kind: "renamed",
                    file: f.path,
                    oldFile: f.oldPath,
                    oldService: before.service,
                });
            }
            else if (before) {
                // Moved out of the services dir (into a subdirectory, or to a name that is not YAML).
                services.push({ service: before.service, kind: "removed", file: f.oldPath });
            }
            else if (now) {
                services.push({ service: now.service, kind: "added", file: f.path });
            }
            continue;
        }
        if (!now)
            continue;
        const kind = f.status === "added" ? "added" : f.status === "deleted" ? "removed" : "changed";
        services.push({ service: now.service, kind, file: f.path });
    }
    return services;
}
/** The service a path describes, when it is a descriptor directly inside `dir`. */
function descriptor(path, dir) {
    const slash = path.lastIndexOf("/");
    const parent = slash === -1 ? "" : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (parent !== dir || !isDescriptorFile(name))
        return undefined;
    if (dir === "" && name === CONFIG_FILE)
        return undefined;
    return { service: name.replace(/\.ya?ml$/, "") };
}
function normaliseDir(dir) {
    return dir
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}
function byService(a, b) {
    return compare(a.service, b.service) || compare(a.file, b.file);
}
/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ../../packages/plan/src/diff.ts
// The structural diff of one service: every field that differs between the deployed and the
// requested descriptor, as the environment sees them (its overrides applied), in the units
// people write (so 1024Mi \u2192 1Gi is no change at all).

/** A descriptor flattened for comparison and display: keyed lists become maps, units become text. */
function viewOf(descriptor, environment) {
    const d = forEnvironment(descriptor, environment);
    const view = {
        version: d.version,
        image: d.image ?? null,
        domain: d.domain,
        port: d.port,
        replicas: d.replicas,
        resources: { cpu: formatCpu(d.resources.cpuMillis), memory: formatMemory(d.resources.memoryBytes) },
        ports: Object.fromEntries(d.ports.map((p) => [`${p.protocol}/${p.port}`, p.exposure])),
        healthcheck: {
            startupGrace: durationLiteral(d.healthcheck.startupGraceMs),
            interval: durationLiteral(d.healthcheck.intervalMs),
            timeout: durationLiteral(d.healthcheck.timeoutMs),
            retries: d.healthcheck.retries,
            endpoints: Object.fromEntries(d.healthcheck.endpoints.map((e) => [e.name, describeEndpoint(e)])),
        },
        maintainer: d.maintainer.email,
        notifications: { emails: [...d.notifications.emails].sort(), slack: [...d.notifications.slack].sort() },
    };
    if (d.smoke) {
        view.smoke = Object.fromEntries(d.smoke.checks.map((c) => [
            c.name,
            `${c.request.method} ${c.request.path} ${describeExpect(c.expect)}`,
        ]));
    }
    if (d.regression) {
        view.regression = { command: d.regression.command, timeout: durationLiteral(d.regression.timeoutMs) };
    }
    return view;
}
function describeEndpoint(e) {
    if (e.kind === "tcp")
        return `tcp ${e.port}`;
    const tls = e.tls?.insecureSkipVerify ? " (TLS unverified)" : "";
    return `${e.method} ${e.target} ${describeExpect(e.expect)}${tls}`;
}
function describeExpect(x) {
    const status = x.status.map((s) => (s.from === s.to ? String(s.from) : `${String(s.from)[0]}xx`)).join("|");
    const parts = [`\u2192 ${status}`];
    if (x.bodyContains !== undefined)
        parts.push(`body \u220b ${JSON.stringify(x.bodyContains)}`);
    for (const [path, value] of Object.entries(x.json))
        parts.push(`${path} = ${JSON.stringify(value)}`);
    for (const [name, value] of Object.entries(x.headers))
        parts.push(`${name}: ${value}`);
    return parts.join(", ");
}
/** Every leaf that differs, in a stable order (the view's field order, then keys as they come). */
function diffViews(before, after, prefix = "") {
    const changes = [];
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    for (const key of keys) {
        const path = prefix ? `${prefix}.${key}` : key;
        const a = before?.[key];
        const b = after?.[key];
        if (isView(a) || isView(b)) {
            changes.push(...diffViews(isView(a) ? a : undefined, isView(b) ? b : undefined, path));
        }
        else if (a === undefined || a === null) {
            if (b !== undefined && b !== null)
                changes.push({ path, change: "added", to: b });
        }
        else if (b === undefined || b === null) {
            changes.push({ path, change: "removed", from: a });
        }
        else if (JSON.stringify(a) !== JSON.stringify(b)) {
            changes.push({ path, change: "changed", from: a, to: b });
        }
    }
    return changes;
}
function isView(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** The field changes of one service for one environment (before undefined: added; after undefined: removed). */
function diffService(before, after, environment) {
    return diffViews(before && viewOf(before, environment), after && viewOf(after, environment));
}

;// CONCATENATED MODULE: ../../packages/plan/src/versions.ts
// Ordering versions: semver where both sides are semver, a sane fallback otherwise.
/** <0 when a is older, 0 when equal, >0 when newer; undefined when they cannot be ordered. */
function compareVersions(a, b) {
    if (a === b)
        return 0;
    const sa = parseSemver(a);
    const sb = parseSemver(b);
    if (sa && sb)
        return compareSemver(sa, sb);
    return compareSegments(a, b);
}
function parseSemver(v) {
    const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
    if (!m)
        return undefined;
    return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] };
}
function compareSemver(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.core[i] !== b.core[i])
            return a.core[i] - b.core[i];
    // A pre-release is older than its release: 1.0.0-rc.1 < 1.0.0.
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const order = compareIdentifier(x, y);
        if (order !== 0)
            return order;
    }
    return 0;
}
function compareIdentifier(x, y) {
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny)
        return Number(x) - Number(y);
    if (nx !== ny)
        return nx ? -1 : 1; // numeric identifiers sort before alphanumeric ones
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * Other schemes (2024.11.03-1, r42, 1.2.3.4): compare numeric runs as numbers and the rest as
 * text, run by run. Versions with different shapes (a date against a build number) are not
 * ordered rather than ordered wrongly.
 */
function compareSegments(a, b) {
    const ra = a.match(/\d+|[A-Za-z]+/g) ?? [];
    const rb = b.match(/\d+|[A-Za-z]+/g) ?? [];
    // Names such as "latest" or "stable" are not versions: no order between them.
    if (!/\d/.test(a) || !/\d/.test(b))
        return undefined;
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
        const x = ra[i];
        const y = rb[i];
        const nx = /^\d/.test(x);
        if (nx !== /^\d/.test(y))
            return undefined;
        const order = nx ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return ra.length === rb.length ? 0 : undefined;
}

;// CONCATENATED MODULE: ../../packages/plan/src/rules.ts
// Risk rules: each looks at what a push changes in one environment and says, in words, what
// could go wrong. Severity comes from gitops.yaml (per environment), with these defaults.


const inRanges = (port, ranges) => ranges === undefined || ranges.some((r) => port >= r.from && port <= r.to);
const portKey = (p) => `${p.protocol}/${p.port}`;
/** Each changed or added service, both sides with the environment's overrides applied. */
function* pairs(ctx) {
    const env = ctx.environment.name;
    for (const d of ctx.deltas) {
        yield {
            service: d.service,
            before: d.before && forEnvironment(d.before, env),
            after: d.after && forEnvironment(d.after, env),
        };
    }
}
function totals(descriptors) {
    return descriptors.reduce((sum, d) => ({
        cpuMillis: sum.cpuMillis + d.resources.cpuMillis * d.replicas,
        memoryBytes: sum.memoryBytes + d.resources.memoryBytes * d.replicas,
    }), { cpuMillis: 0, memoryBytes: 0 });
}
const RULES = [
    {
        id: "capacity-per-service",
        severity: "destructive",
        check(ctx) {
            const limits = ctx.environment.limits;
            if (!limits)
                return [];
            const out = [];
            for (const { service, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const { cpuMillis, memoryBytes } = after.resources;
                if (cpuMillis > limits.cpuMillis) {
                    out.push({
                        service,
                        field: "resources.cpu",
                        message: `asks for ${formatCpu(cpuMillis)} cpu per instance; ${ctx.environment.name} allows at most ${formatCpu(limits.cpuMillis)}`,
                    });
                }
                if (memoryBytes > limits.memoryBytes) {
                    out.push({
                        service,
                        field: "resources.memory",
                        message: `asks for ${formatMemory(memoryBytes)} memory per instance; ${ctx.environment.name} allows at most ${formatMemory(limits.memoryBytes)}`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "capacity-total",
        severity: "destructive",
        check(ctx) {
            const capacity = ctx.environment.capacity;
            if (!capacity)
                return [];
            const env = ctx.environment.name;
            const after = totals(ctx.allAfter.map((d) => forEnvironment(d, env)));
            const before = totals(ctx.allBefore.map((d) => forEnvironment(d, env)));
            const out = [];
            // A push that shrinks an already overfull environment is not to blame for it.
            if (after.cpuMillis > capacity.cpuMillis && after.cpuMillis > before.cpuMillis) {
                out.push({
                    message: `all services together would ask for ${formatCpu(after.cpuMillis)} cpu; ${ctx.environment.name} holds ${formatCpu(capacity.cpuMillis)}`,
                });
            }
            if (after.memoryBytes > capacity.memoryBytes && after.memoryBytes > before.memoryBytes) {
                out.push({
                    message: `all services together would ask for ${formatMemory(after.memoryBytes)} memory; ${ctx.environment.name} holds ${formatMemory(capacity.memoryBytes)}`,
                });
            }
            return out;
        },
    },
    {
        id: "port-opened",
        severity: "destructive",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const had = new Set((before?.ports ?? []).map(portKey));
                for (const p of after.ports) {
                    if (had.has(portKey(p)) || inRanges(p.port, ctx.environment.ports.allowed))
                        continue;
                    out.push({
                        service,
                        field: `ports.${portKey(p)}`,
                        message: `opens ${p.protocol} port ${p.port}, which ${ctx.environment.name} does not allow`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "port-closed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const keep = new Set(after.ports.map(portKey));
                for (const p of before.ports) {
                    if (keep.has(portKey(p)))
                        continue;
                    out.push({
                        service,
                        field: `ports.${portKey(p)}`,
                        message: `closes ${p.protocol} port ${p.port}; whatever connects to it will fail`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "exposure-changed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const was = new Map((before?.ports ?? []).map((p) => [portKey(p), p.exposure]));
                for (const p of after.ports) {
                    const previous = was.get(portKey(p)) ?? "internal";
                    if (p.exposure === previous)
                        continue;
                    const publicAllowed = inRanges(p.port, ctx.environment.ports.public ?? []);
                    const message = p.exposure === "public"
                        ? `exposes ${p.protocol} port ${p.port} to the internet${publicAllowed ? "" : `, which ${ctx.environment.name} does not list as public`}`
                        : `takes ${p.protocol} port ${p.port} off the internet; public clients will fail`;
                    out.push({ service, field: `ports.${portKey(p)}`, message });
                }
            }
            return out;
        },
    },
    {
        id: "domain-changed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (before && after && before.domain !== after.domain) {
                    out.push({
                        service,
                        field: "domain",
                        message: `moves from ${before.domain} to ${after.domain}; clients of the old name will fail`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "version-downgrade",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after || before.version === after.version)
                    continue;
                const order = compareVersions(after.version, before.version);
                if ((order === undefined || order < 0) && ctx.ranHealthy?.(service, after.version)) {
                    // Going back to what ran healthy here is how a rollback is made to stick: not a risk.
                    out.push({
                        service,
                        field: "version",
                        message: `returns from ${before.version} to ${after.version}, which ran healthy in ${ctx.environment.name} before`,
                        safe: true,
                    });
                }
                else if (order === undefined) {
                    out.push({
                        service,
                        field: "version",
                        message: `goes from ${before.version} to ${after.version}, which cannot be ordered; check it is not a downgrade`,
                    });
                }
                else if (order < 0) {
                    out.push({
                        service,
                        field: "version",
                        message: `downgrades from ${before.version} to ${after.version}`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "service-removed",
        severity: "destructive",
        check(ctx) {
            return ctx.deltas
                .filter((d) => d.before && !d.after)
                .map((d) => ({ service: d.service, message: `is removed from ${ctx.environment.name}` }));
        },
    },
    {
        id: "healthcheck-weakened",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const now = new Map(after.healthcheck.endpoints.map((e) => [e.name, e]));
                for (const old of before.healthcheck.endpoints) {
                    const field = `healthcheck.endpoints.${old.name}`;
                    const current = now.get(old.name);
                    if (!current) {
                        out.push({ service, field, message: `no longer checks ${old.name}` });
                    }
                    else if (old.kind === "http" && current.kind === "tcp") {
                        out.push({
                            service,
                            field,
                            message: `checks ${old.name} with a TCP connect instead of an HTTP request`,
                        });
                    }
                    else if (old.kind === "http" && current.kind === "http") {
                        const weaker = weakerExpectations(old, current);
                        if (weaker.length > 0)
                            out.push({ service, field, message: `checks ${old.name} less: ${weaker.join("; ")}` });
                    }
                }
            }
            return out;
        },
    },
    {
        id: "healthcheck-removed",
        severity: "destructive",
        check(ctx) {
            const out = [];
            const requested = ctx.requestedEnvironment;
            if (ctx.environment.stages.includes("healthcheck") &&
                requested &&
                !requested.stages.includes("healthcheck")) {
                out.push({ message: `${ctx.environment.name} no longer runs a healthcheck after deploying` });
            }
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const http = (d) => d.healthcheck.endpoints.some((e) => e.kind === "http");
                if (http(before) && !http(after)) {
                    out.push({
                        service,
                        field: "healthcheck.endpoints",
                        message: "no longer has any HTTP health endpoint; a TCP connect does not show the service works",
                    });
                }
            }
            return out;
        },
    },
    {
        id: "resource-cut",
        severity: "risky",
        check(ctx) {
            const out = [];
            const threshold = ctx.environment.diff.resourceCutThreshold;
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const cut = (from, to) => (from - to) / from;
                const r = [
                    ["cpu", before.resources.cpuMillis, after.resources.cpuMillis, formatCpu],
                    ["memory", before.resources.memoryBytes, after.resources.memoryBytes, formatMemory],
                ];
                for (const [name, from, to, format] of r) {
                    if (cut(from, to) > threshold) {
                        out.push({
                            service,
                            field: `resources.${name}`,
                            message: `cuts ${name} from ${format(from)} to ${format(to)} (${Math.round(cut(from, to) * 100)}%, more than ${Math.round(threshold * 100)}%)`,
                        });
                    }
                }
            }
            return out;
        },
    },
    {
        id: "notifications-emptied",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const count = (d) => d.notifications.emails.length + d.notifications.slack.length;
                if (count(before) > 0 && count(after) === 0) {
                    out.push({
                        service,
                        field: "notifications",
                        message: "no longer tells anyone about its deployments",
                    });
                }
            }
            return out;
        },
    },
];
function weakerExpectations(old, now) {
    const out = [];
    const accepts = (ranges, status) => ranges.some((r) => status >= r.from && status <= r.to);
    const widened = [];
    for (let status = 100; status <= 599; status++) {
        if (accepts(now.expect.status, status) && !accepts(old.expect.status, status))
            widened.push(status);
    }
    if (widened.length > 0)
        out.push(`accepts ${widened.length} more status code${widened.length === 1 ? "" : "s"}`);
    if (old.expect.bodyContains !== undefined && now.expect.bodyContains === undefined)
        out.push("no body check");
    const dropped = Object.keys(old.expect.json).filter((k) => !(k in now.expect.json));
    if (dropped.length > 0)
        out.push(`no longer checks ${dropped.join(", ")}`);
    const droppedHeaders = Object.keys(old.expect.headers).filter((k) => !(k in now.expect.headers));
    if (droppedHeaders.length > 0)
        out.push(`no longer checks header ${droppedHeaders.join(", ")}`);
    if (!old.tls?.insecureSkipVerify && now.tls?.insecureSkipVerify)
        out.push("stops verifying TLS");
    return out;
}
/** Runs every rule the environment has not turned off, at the environment's severity. */
function evaluateRules(ctx) {
    const findings = [];
    for (const rule of RULES) {
        const severity = ctx.environment.diff.rules[rule.id] ?? rule.severity;
        if (severity === "off")
            continue;
        for (const { safe, ...raw } of rule.check(ctx))
            findings.push({ rule: rule.id, severity: safe ? "safe" : severity, ...raw });
    }
    return findings;
}
const VERDICT_RANK = { allow: 0, "needs-approval": 1, deny: 2, never: 3 };
/** Whether a verdict reaches the threshold a step fails on ("never": no verdict does). */
function verdictFails(verdict, failOn) {
    return VERDICT_RANK[verdict] >= VERDICT_RANK[failOn];
}
function verdictOf(findings) {
    if (findings.some((f) => f.severity === "destructive"))
        return "deny";
    if (findings.some((f) => f.severity === "risky"))
        return "needs-approval";
    return "allow";
}

;// CONCATENATED MODULE: ../../packages/plan/src/plan.ts
// The plan of one push (or promotion) for one environment: which services change, how, and
// what could go wrong, ending in a verdict. Like `terraform plan`, it changes nothing.





class PlanError extends Error {
    code;
    diagnostics;
    constructor(code, message, diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "PlanError";
    }
}
async function buildPlan(options) {
    const { git } = options;
    const firstPush = (0,src_git/* isZeroSha */.hp)(options.base);
    const config = options.config ?? (await trustedConfig(git, options.base, options.head));
    const environment = pickEnvironment(config, options);
    const changes = await detectChanges(git, {
        base: options.base,
        head: options.head,
        servicesDir: config.servicesDir,
        // Against a record, a force push is told by the push's own before, below.
        checkForcePush: options.pushedOver === undefined,
    });
    const head = await loadRepo((0,tree_reader/* treeReader */.u)(git, changes.head));
    const afterByService = new Map(head.descriptors.map((d) => [d.service, d]));
    const beforeByService = await changedDescriptorsAt(git, changes);
    const deltas = changes.services.map((c) => ({
        service: c.service,
        before: beforeByService.get(c.oldService ?? c.service),
        after: c.kind === "removed" ? undefined : afterByService.get(c.service),
    }));
    // Unchanged services are the same at both commits, so their pushed copy stands in for the deployed one.
    const changed = new Set(changes.services.flatMap((c) => [c.service, c.oldService ?? c.service]));
    const unchanged = head.descriptors.filter((d) => !changed.has(d.service));
    const requestedEnvironment = changes.configChanged && head.config
        ? head.config.environments.find((e) => e.name === environment.name)
        : undefined;
    // A pushed descriptor that does not validate is denied by its diagnostics; it is not "removed".
    const judged = deltas.filter((d, i) => d.after || changes.services[i].kind === "removed");
    const findings = evaluateRules({
        environment,
        ...(requestedEnvironment ? { requestedEnvironment } : {}),
        deltas: judged,
        allAfter: head.descriptors,
        allBefore: [...unchanged, ...[...beforeByService.values()]],
        ...(options.ranHealthy ? { ranHealthy: options.ranHealthy } : {}),
    });
    const services = changes.services.map((c, i) => servicePlan(c, deltas[i], environment.name));
    const diagnostics = head.diagnostics;
    const verdict = diagnostics.some((d) => d.severity === "error") ? "deny" : verdictOf(findings);
    const plan = {
        schema: 1,
        environment: environment.name,
        head: changes.head,
        firstPush,
        forcePush: options.pushedOver === undefined
            ? changes.forcePush
            : await rewrote(git, options.pushedOver, changes.head),
        configChanged: changes.configChanged,
        policyFrom: options.policyFrom ?? (firstPush ? "head" : "base"),
        summary: {
            add: services.filter((s) => s.change === "added").length,
            change: services.filter((s) => s.change === "changed").length,
            remove: services.filter((s) => s.change === "removed").length,
            rename: services.filter((s) => s.change === "renamed").length,
            destructive: findings.filter((f) => f.severity === "destructive").length,
            risky: findings.filter((f) => f.severity === "risky").length,
        },
        verdict,
        services,
        findings,
        diagnostics,
    };
    if (changes.base)
        plan.base = changes.base;
    return plan;
}
/** Whether a push replaced history: the branch before it is not an ancestor of what it pushed. */
async function rewrote(git, before, head) {
    return !(0,src_git/* isZeroSha */.hp)(before) && !(await git.isAncestor(before, head));
}
/**
 * The policy a push is judged by: gitops.yaml at the deployed commit, or at head on a first
 * push. The first read of the push's commits, so it is where a missing one is explained.
 */
async function trustedConfig(git, base, head) {
    const firstPush = (0,src_git/* isZeroSha */.hp)(base);
    if (!firstPush)
        await requireCommit(git, "base", base);
    await requireCommit(git, "head", head);
    return configAt(git, firstPush ? head : base);
}
async function requireCommit(git, which, ref) {
    if (await git.resolve(ref))
        return;
    throw new PlanError("E_PLAN_REF", `the ${which} commit ${ref} is not in the repository; fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`);
}
/** gitops.yaml at a commit, valid, or a PlanError saying why not. */
async function configAt(git, ref) {
    const bytes = (await git.readFiles(ref, [CONFIG_FILE])).get(CONFIG_FILE);
    if (!bytes)
        throw new PlanError("E_PLAN_CONFIG", `${CONFIG_FILE} does not exist at ${ref.slice(0, 12)}`);
    const loaded = await loadConfig(bytes);
    if (!loaded.ok) {
        throw new PlanError("E_PLAN_CONFIG", `${CONFIG_FILE} at ${ref.slice(0, 12)} is not valid`, loaded.diagnostics);
    }
    return loaded.value;
}
function pickEnvironment(config, options) {
    const environment = options.environment
        ? config.environments.find((e) => e.name === options.environment)
        : options.branch
            ? environmentForBranch(config, options.branch)
            : undefined;
    if (!environment) {
        const wanted = options.environment
            ? `environment "${options.environment}"`
            : `environment for branch "${options.branch}"`;
        const known = config.environments.map((e) => `${e.name} (branch ${e.branch})`).join(", ");
        throw new PlanError("E_PLAN_ENVIRONMENT", `gitops.yaml has no ${wanted}; it has ${known}`);
    }
    return environment;
}
/** The deployed descriptors of the services the push touches, read from the base commit. */
async function changedDescriptorsAt(git, changes) {
    const out = new Map();
    if (!changes.base)
        return out;
    const touched = changes.services.filter((c) => c.kind !== "added");
    const files = touched.map((c) => c.oldFile ?? c.file);
    const contents = await git.readFiles(changes.base, files);
    for (const file of files) {
        const bytes = contents.get(file);
        if (!bytes)
            continue;
        // A deployed descriptor that no longer validates has no "before" to compare with.
        const loaded = await loadDescriptor(file, bytes);
        if (loaded.ok)
            out.set(loaded.value.service, loaded.value);
    }
    return out;
}
function servicePlan(change, delta, environment) {
    // A removed service loses every field; listing them all would bury the one line that matters.
    const fields = change.kind === "removed" ? [] : diffService(delta.before, delta.after, environment);
    const plan = {
        service: change.service,
        change: change.kind === "changed" && fields.length === 0 ? "unchanged-here" : change.kind,
        file: change.file,
        version: {},
        fields,
    };
    if (change.oldFile)
        plan.oldFile = change.oldFile;
    if (delta.before)
        plan.version.from = delta.before.version;
    if (delta.after)
        plan.version.to = delta.after.version;
    return plan;
}
/** The services a deployment touches, for a workflow `strategy.matrix`. */
function matrixOf(plan) {
    const include = plan.services.flatMap((s) => s.change === "unchanged-here" ? [] : [{ service: s.service, change: s.change, file: s.file }]);
    return { include };
}

;// CONCATENATED MODULE: ../../packages/plan/src/render.ts
// A plan as people and programs read it: a terminal diff in the spirit of `terraform plan`,
// Markdown for the job summary and pull-request comments, and stable JSON.

const SIGN = {
    added: "+",
    changed: "~",
    removed: "-",
    renamed: "~",
    "unchanged-here": "=",
};
const VERDICT = {
    allow: "allow",
    "needs-approval": "needs approval",
    deny: "deny",
};
/** "Plan: 1 to add, 2 to change, 0 to remove; 1 destructive" */
function summaryLine(plan) {
    const s = plan.summary;
    const risk = [
        s.destructive ? `${s.destructive} destructive` : "",
        s.risky ? `${s.risky} risky` : "",
    ].filter(Boolean);
    const rename = s.rename ? `, ${s.rename} to rename` : "";
    return `Plan: ${s.add} to add, ${s.change} to change, ${s.remove} to remove${rename}${risk.length ? `; ${risk.join(", ")}` : ""}`;
}
const show = (v) => v === undefined ? "" : Array.isArray(v) ? `[${v.join(", ")}]` : String(v);
function fieldLine(f) {
    if (f.change === "added")
        return { sign: "+", text: `${f.path}: ${show(f.to)}` };
    if (f.change === "removed")
        return { sign: "-", text: `${f.path}: ${show(f.from)}` };
    return { sign: "~", text: `${f.path}: ${show(f.from)} \u2192 ${show(f.to)}` };
}
function headline(s) {
    const v = s.version;
    const version = v.from && v.to && v.from !== v.to
        ? ` ${v.from} \u2192 ${v.to}`
        : v.to
            ? ` ${v.to}`
            : v.from
                ? ` ${v.from}`
                : "";
    const rename = s.oldFile ? ` (was ${s.oldFile})` : "";
    const note = s.change === "unchanged-here" ? " (nothing changes in this environment)" : "";
    return `${s.service}${version}${rename}${note}`;
}
const findingsFor = (plan, service) => plan.findings.filter((f) => f.service === service);
function renderText(plan, options = {}) {
    const paint = (code, text) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const signColor = { "+": "32", "-": "31", "~": "33", "=": "2" };
    const severityColor = { destructive: "1;31", risky: "33", safe: "2" };
    const out = [`gitops plan for ${plan.environment}: ${range(plan)}`, ""];
    for (const s of plan.services) {
        const sign = SIGN[s.change];
        out.push(paint(signColor[sign], `${sign} ${headline(s)}`));
        for (const f of s.fields) {
            const line = fieldLine(f);
            out.push(`    ${paint(signColor[line.sign], `${line.sign} ${line.text}`)}`);
        }
        for (const f of findingsFor(plan, s.service)) {
            out.push(`    ${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
        }
    }
    for (const f of findingsFor(plan, undefined)) {
        out.push(`${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
    }
    for (const d of plan.diagnostics) {
        out.push(paint("31", `\u2717 ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}`));
    }
    if (plan.services.length === 0)
        out.push("No service changes.");
    out.push("", summaryLine(plan), `Verdict: ${paint(plan.verdict === "allow" ? "32" : plan.verdict === "deny" ? "1;31" : "33", VERDICT[plan.verdict])}`);
    return `${out.join("\n")}\n`;
}
function range(plan) {
    const short = (sha) => sha.slice(0, 12);
    const flags = [
        plan.firstPush ? "first push" : "",
        plan.forcePush ? "force push" : "",
        plan.configChanged ? "gitops.yaml changed" : "",
    ]
        .filter(Boolean)
        .join(", ");
    return `${plan.base ? short(plan.base) : "(nothing deployed)"}..${short(plan.head)}${flags ? ` (${flags})` : ""}`;
}
/** A marker that lets a workflow find and update its own pull-request comment. */
const COMMENT_MARKER = "<!-- gitops-plan -->";
function renderMarkdown(plan, options = {}) {
    const icon = { allow: "\u2705", "needs-approval": "\u26a0\ufe0f", deny: "\u26d4" }[plan.verdict];
    const out = [];
    if (options.marker)
        out.push(COMMENT_MARKER);
    out.push(`### ${icon} gitops plan for \`${plan.environment}\`: ${VERDICT[plan.verdict]}`, "", `**${summaryLine(plan)}**`, "");
    if (plan.findings.length > 0) {
        out.push("| | Rule | Service | Finding |", "|---|---|---|---|");
        for (const f of plan.findings) {
            const mark = f.severity === "destructive" ? "\u26d4 destructive" : f.severity === "risky" ? "\u26a0\ufe0f risky" : "safe";
            out.push(`| ${mark} | \`${f.rule}\` | ${f.service ? markdownCell(f.service) : "\u2014"} | ${markdownCell(f.message)} |`);
        }
        out.push("");
    }
    if (plan.diagnostics.length > 0) {
        out.push("**Invalid files**", "");
        for (const d of plan.diagnostics) {
            out.push(`- \`${d.file}:${d.start.line}:${d.start.column}\` ${d.field ? `\`${d.field}\`: ` : ""}${markdownCell(d.message)}`);
        }
        out.push("");
    }
    if (plan.services.length > 0) {
        out.push("```diff");
        for (const s of plan.services) {
            out.push(`${SIGN[s.change] === "~" ? "!" : SIGN[s.change] === "=" ? "#" : SIGN[s.change]} ${headline(s)}`);
            for (const f of s.fields) {
                const line = fieldLine(f);
                // diff highlighting knows + and -; "!" marks a change in both GitHub and most viewers.
                out.push(`${line.sign === "~" ? "!" : line.sign}     ${line.text}`);
            }
        }
        out.push("```");
    }
    else {
        out.push("No service changes.");
    }
    out.push("", `<sub>${range(plan)}</sub>`);
    return `${out.join("\n")}\n`;
}
function renderJson(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}

// EXTERNAL MODULE: ../../packages/record/src/state.ts
var src_state = __webpack_require__(7132);
;// CONCATENATED MODULE: ../../packages/pipeline/src/trust.ts
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
        throw new PlanError("E_PLAN_CONFIG", `nothing trusted to judge this push to ${name} by: no release was ever allowed there, there is no default branch to take gitops.yaml from, and the push created the branch (a push never judges itself)`);
    // The record hands over its gitops.yaml when it has read it: one git read less per release.
    const config = policy.from === "record" && recorded?.config
        ? await configFrom(recorded.config, policy.commit)
        : await configAt(git, policy.commit);
    const environment = config.environments.find((e) => e.name === name);
    if (!environment)
        throw new PlanError("E_PLAN_ENVIRONMENT", `the trusted gitops.yaml (${policy.from}) has no environment "${name}"`);
    if (options.branch && environment.branch !== options.branch)
        throw new PlanError("E_PLAN_ENVIRONMENT", `branch "${options.branch}" does not deploy to ${name}: the trusted gitops.yaml (${policy.from}) says ${name} deploys from "${environment.branch}"`);
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
    const loaded = await loadConfig(bytes);
    if (!loaded.ok)
        throw new PlanError("E_PLAN_CONFIG", `gitops.yaml of the record at ${commit.slice(0, 12)} is not valid`, loaded.diagnostics);
    return loaded.value;
}
/** The default branch's gitops.yaml, unless that branch is the environment's own (it would judge itself). */
async function fromDefaultBranch(git, commit, ref, environment) {
    if (!commit || !ref)
        return undefined;
    const config = await configAt(git, commit);
    const branch = config.environments.find((e) => e.name === environment)?.branch;
    const name = ref.replace(/^refs\/(heads|remotes\/origin)\//, "").replace(/^origin\//, "");
    return branch === undefined || branch === name ? undefined : { from: "default-branch", commit };
}
/** Which environment a branch deploys to, asked of a config the push did not write. */
async function routedEnvironment(git, branch, defaultCommit, before) {
    const source = defaultCommit ?? before;
    const environment = source ? environmentForBranch(await configAt(git, source), branch) : undefined;
    if (!environment)
        throw new PlanError("E_PLAN_ENVIRONMENT", `cannot tell which environment branch "${branch}" deploys to from a gitops.yaml this push did not write; name the environment`);
    return environment.name;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/gate-push.ts
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
    const plan = await buildPlan({
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
        plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: summaryLine(plan) },
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

;// CONCATENATED MODULE: ../../packages/notify/src/messages.ts
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
    const from = (0,line/* clean */.uH)(version.from ?? "");
    const to = (0,line/* clean */.uH)(version.to ?? "");
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
    return (0,line/* clean */.uH)(version.to ?? "") || (0,line/* clean */.uH)(version.from ?? "") || "unversioned";
}
/** "payments-api 2.14.3 \u2192 2.15.0 deployed to qa", without the emoji. */
function messages_headline(notice) {
    const service = (0,line/* clean */.uH)(notice.service);
    const env = (0,line/* clean */.uH)(notice.environment);
    const version = versionText(notice.version);
    switch (notice.event) {
        case "started":
            return `${service} ${version} deploying to ${env}`;
        case "succeeded":
            return `${service} ${version} deployed to ${env}`;
        case "failed":
            return `${service} ${version} failed in ${env}`;
        case "rolled-back": {
            const restored = notice.rollback ? (0,line/* clean */.uH)(notice.rollback.version) : "";
            const failed = releasedVersion(notice.version);
            return restored
                ? `${service} ${failed} rolled back to ${restored} in ${env}`
                : `${service} ${failed} rolled back in ${env}`;
        }
    }
}
/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
function subjectLine(notice) {
    const env = `[${(0,line/* clean */.uH)(notice.environment)}]`;
    const what = `${(0,line/* clean */.uH)(notice.service)} ${releasedVersion(notice.version)}`;
    switch (notice.event) {
        case "started":
            return `${env} ${what} deploying`;
        case "succeeded":
            return `${env} ${what} deployed`;
        case "failed":
            return `${env} FAILED: ${what}`;
        case "rolled-back":
            return notice.rollback
                ? `${env} Rolled back: ${what} \u2192 ${(0,line/* clean */.uH)(notice.rollback.version)}`
                : `${env} Rolled back: ${what}`;
    }
}
/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: \u2026". */
function rollbackText(rollback) {
    const reason = (0,line/* clean */.uH)(rollback.reason);
    const state = rollback.ok ? "healthy" : "NOT healthy";
    return `restored ${(0,line/* clean */.uH)(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}
function ticketRefs(tickets, jiraUrl) {
    const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
    const seen = new Set();
    const refs = [];
    for (const raw of tickets) {
        const key = (0,line/* clean */.uH)(raw);
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
    return (0,line/* clean */.uH)(sha).slice(0, 12);
}
/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
function committerText(committer) {
    const name = (0,line/* clean */.uH)(committer?.name ?? "");
    const email = (0,line/* clean */.uH)(committer?.email ?? "");
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

;// CONCATENATED MODULE: ../../packages/notify/src/slack/mrkdwn.ts
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
    let cut = (0,line/* truncate */.xv)(escaped, max).slice(0, -1);
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

;// CONCATENATED MODULE: ../../packages/notify/src/slack/message.ts
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
    const title = `${EVENT_EMOJI[notice.event]} ${messages_headline(notice)}`;
    const blocks = [
        // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
        {
            type: "header",
            text: { type: "plain_text", text: (0,line/* truncate */.xv)(title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    const fields = [
        field("Environment", escapeMrkdwn((0,line/* clean */.uH)(notice.environment))),
        field("Service", escapeMrkdwn((0,line/* clean */.uH)(notice.service))),
        field("Version", escapeMrkdwn(versionText(notice.version))),
        field("Pushed by", escapeMrkdwn((0,line/* clean */.uH)(notice.pusher))),
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
    const plan = (0,line/* clean */.uH)(notice.plan);
    if (plan)
        blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));
    if (notice.event === "failed" && notice.failure) {
        const stage = escapeMrkdwn((0,line/* truncate */.xv)((0,line/* clean */.uH)(notice.failure.stage), 100));
        const reason = (0,line/* clean */.uH)(notice.failure.reason);
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
            const reason = (0,line/* clean */.uH)(s.reason);
            return `${OUTCOME_MARK[s.outcome] ?? "?"} *${escapeMrkdwn((0,line/* truncate */.xv)((0,line/* clean */.uH)(s.stage), 80))}* ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${reason ? ` \u2014 ${fitEscaped(reason, 300)}` : ""}`;
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
    let text = `${EVENT_EMOJI[notice.event]} ${fitEscaped(messages_headline(notice), 2000)}`;
    if (notice.event === "failed" && notice.failure) {
        text += ` \u2014 failed at ${fitEscaped((0,line/* clean */.uH)(notice.failure.stage), 200)}`;
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
    return `failed: ${errorDetail(error)}`;
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
    return message ?? networkCode(original) ?? errorDetail(original);
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
    const message = errorDetail(error);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../packages/text/src/escape.ts
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
function escape_markdownCell(text) {
    return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}

;// CONCATENATED MODULE: ../../packages/notify/src/email/message.ts
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
        subject: (0,line/* truncate */.xv)(subjectLine(notice), 200),
        text: emailText(notice, options.jiraUrl),
        html: emailHtml(notice, options.jiraUrl),
        messageId: `<${notice.event}.${release}.${random}@${domain}>`,
        references: root,
        inReplyTo: root,
        headers: {
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-Gitops-Event": notice.event,
            "X-Gitops-Service": (0,line/* truncate */.xv)((0,line/* clean */.uH)(notice.service), 200),
            "X-Gitops-Environment": (0,line/* truncate */.xv)((0,line/* clean */.uH)(notice.environment), 200),
            "X-Gitops-Version": (0,line/* truncate */.xv)(releasedVersion(notice.version), 200),
        },
    };
}
function facts(notice, jiraUrl) {
    const rows = [
        { label: "Environment", value: (0,line/* clean */.uH)(notice.environment) },
        { label: "Service", value: (0,line/* clean */.uH)(notice.service) },
        { label: "Version", value: versionText(notice.version) },
        { label: "Pushed by", value: (0,line/* clean */.uH)(notice.pusher) },
    ];
    const committer = committerText(notice.committer);
    if (committer)
        rows.push({ label: "Committer", value: committer });
    const commit = releaseLinks(notice).find((l) => l.label === "Commit");
    const sha = shortSha(notice.commit.sha);
    if (sha)
        rows.push({ label: "Commit", value: sha, url: commit?.url });
    const plan = (0,line/* clean */.uH)(notice.plan);
    if (plan)
        rows.push({ label: "Plan", value: (0,line/* truncate */.xv)(plan, 1000) });
    return { rows, tickets: ticketRefs(notice.tickets, jiraUrl) };
}
function emailText(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const out = [`${EVENT_EMOJI[notice.event]} ${messages_headline(notice)}`, ""];
    const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
    for (const row of rows)
        out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
    if (tickets.length) {
        out.push(`${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`);
    }
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,line/* clean */.uH)(notice.failure.reason);
        out.push("", `Failed at ${(0,line/* clean */.uH)(notice.failure.stage)}${reason ? `: ${(0,line/* truncate */.xv)(reason, 1000)}` : ""}`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail)
            out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
    }
    if (notice.event === "rolled-back" && notice.rollback)
        out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
    if (notice.stages.length) {
        out.push("", "Stages:");
        for (const s of notice.stages) {
            const reason = (0,line/* truncate */.xv)((0,line/* clean */.uH)(s.reason), 300);
            out.push(`  ${OUTCOME_MARK[s.outcome] ?? "?"} ${(0,line/* clean */.uH)(s.stage)}: ${s.outcome} in ${(0,duration/* formatDuration */.a)(s.durationMs)}${reason ? ` (${reason})` : ""}`);
        }
    }
    const links = releaseLinks(notice);
    if (links.length) {
        out.push("");
        for (const link of links)
            out.push(`${link.label}: ${link.url}`);
    }
    out.push("", "-- ", `Sent by gitops for ${(0,line/* clean */.uH)(notice.service)} in ${(0,line/* clean */.uH)(notice.environment)}.`);
    return `${out.join("\n")}\n`;
}
function emailHtml(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const a = (url, label) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
    const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
    const out = [
        "<!doctype html>",
        "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
        `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${escapeHtml(messages_headline(notice))}</h2>`,
        '<table style="border-collapse:collapse">',
    ];
    for (const row of rows) {
        out.push(`<tr><th ${th}>${escapeHtml(row.label)}</th><td>${row.url ? a(row.url, row.value) : escapeHtml(row.value)}</td></tr>`);
    }
    if (tickets.length) {
        const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : escapeHtml(t.key))).join(", ");
        out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
    }
    out.push("</table>");
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,line/* clean */.uH)(notice.failure.reason);
        out.push(`<p><strong>Failed at ${escapeHtml((0,line/* clean */.uH)(notice.failure.stage))}</strong>${reason ? `: ${escapeHtml((0,line/* truncate */.xv)(reason, 1000))}` : ""}</p>`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail) {
            out.push(`<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${escapeHtml(tail)}</pre>`);
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`<p><strong>Rolled back:</strong> ${escapeHtml(rollbackText(notice.rollback))}</p>`);
    }
    if (notice.stages.length) {
        out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
        for (const s of notice.stages) {
            out.push(`<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${escapeHtml((0,line/* clean */.uH)(s.stage))}</td><td>${escapeHtml(s.outcome)}</td><td style="padding:2px 8px">${(0,duration/* formatDuration */.a)(s.durationMs)}</td><td>${escapeHtml((0,line/* truncate */.xv)((0,line/* clean */.uH)(s.reason), 300))}</td></tr>`);
        }
        out.push("</table>");
    }
    const links = releaseLinks(notice);
    if (links.length)
        out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" \u00b7 ")}</p>`);
    out.push(`<p style="color:#59636e;font-size:12px">Sent by gitops for ${escapeHtml((0,line/* clean */.uH)(notice.service))} in ${escapeHtml((0,line/* clean */.uH)(notice.environment))}.</p>`, "</body></html>");
    return `${out.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../../packages/notify/src/email/recipients.ts
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

;// CONCATENATED MODULE: ../../packages/notify/src/email/send.ts
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

;// CONCATENATED MODULE: ../../packages/notify/src/email/notifier.ts






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
                target: (0,line/* truncate */.xv)((0,line/* clean */.uH)(raw), 100),
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

;// CONCATENATED MODULE: ../../packages/notify/src/jira/labels.ts
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
    if (!isJiraError(error))
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
    return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
}

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

;// CONCATENATED MODULE: ../../packages/notify/src/jira/failure-issue.ts
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

;// CONCATENATED MODULE: ../../packages/notify/src/jira/notifier.ts
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

// EXTERNAL MODULE: ../../packages/pipeline/src/progress.ts
var progress = __webpack_require__(6159);
;// CONCATENATED MODULE: ../../packages/record/src/update.ts
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

// EXTERNAL MODULE: ../../packages/record/src/transition.ts
var transition = __webpack_require__(6906);
;// CONCATENATED MODULE: ../../packages/pipeline/src/record-service.ts




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
    const dir = (await configAt(git, commit)).servicesDir;
    const ids = await git.fileIds(commit, dir);
    const file = [`${dir}/${service}.yaml`, `${dir}/${service}.yml`].find((f) => ids.has(f));
    if (!file)
        throw new src_state/* RecordError */.W1(`no descriptor of ${service} in ${dir}/ at ${commit.slice(0, 12)}`);
    return file;
}
async function record_service_versionOf(git, blob, file, environment) {
    const bytes = (await git.readBlobs([blob])).get(blob);
    const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
    if (!loaded?.ok)
        throw new src_state/* RecordError */.W1(`${file} is not a valid descriptor`);
    return forEnvironment(loaded.value, environment).version;
}
function dirname(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/recording.ts


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
        const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
        if (!loaded?.ok)
            continue;
        const d = forEnvironment(loaded.value, environment);
        descriptors.push({
            service: d.service,
            file,
            ref: { version: d.version, ...(d.image ? { image: d.image } : {}), commit, blob },
        });
    }
    return (0,transition/* baseline */._Z)(environment, descriptors, at);
}

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

;// CONCATENATED MODULE: ../../packages/pipeline/src/status.ts


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
        const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
        if (loaded?.ok)
            versions.set(loaded.value.service, forEnvironment(loaded.value, environment).version);
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
        `| Service | ${report.environments.map((e) => escape_markdownCell(e.environment)).join(" | ")} |`,
        `|---|${report.environments.map(() => "---|").join("")}`,
        ...services.map((service) => `| ${escape_markdownCell(service)} | ${report.environments
            .map((e) => {
            const s = e.services.find((x) => x.service === service);
            return s ? escape_markdownCell(cellText(s)) : "\u2014";
        })
            .join(" | ")} |`),
        "",
    ];
    for (const e of report.environments)
        for (const s of e.services.filter((x) => x.drift))
            out.push(`- \u26a0 **${escapeMarkdown(e.environment)}** ${escapeMarkdown(s.service)}: ${escapeMarkdown(s.drift)}`);
    return `${out.join("\n")}\n`;
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
        record: options.record,
        ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
    });
    const planLine = summaryLine(gated.plan);
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
    const loaded = await Promise.all([...contents].map(([file, content]) => loadDescriptor(file, content)));
    return new Map(loaded.flatMap((r) => (r.ok ? [[r.value.file, forEnvironment(r.value, environment)]] : [])));
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/rollback.ts



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
    const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
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
    const config = await configAt(git, recorded.commit);
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

// EXTERNAL MODULE: ../../packages/pipeline/src/secrets.ts
var secrets = __webpack_require__(8607);
;// CONCATENATED MODULE: ../../packages/pipeline/src/service-notice.ts
// The notify action's question: what to tell about one service, from the checkout, the push
// and what earlier steps reported.



async function serviceNotice(options) {
    const { config, environment, descriptor } = await loadService(directoryReader(options.workdir), options.service, options.environment);
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
        const repo = await loadRepo((0,tree_reader/* treeReader */.u)(git, ref));
        return repo.descriptors.find((d) => d.service === service)?.version;
    }
    catch {
        return undefined;
    }
}

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
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${(0,duration/* formatDuration */.a)(s.durationMs)}`).join("<br>") ||
    "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${escape_markdownCell(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${escape_markdownCell(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${(0,duration/* formatDuration */.a)(result.durationMs)}`,
        "",
        `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` \u00b7 tickets ${result.gate.tickets.map(escape_markdownCell).join(", ")}` : ""} \u00b7 **Plan:** ${escape_markdownCell(result.plan.summary)}`,
        "",
    ];
    const blocking = result.gate.results.filter((r) => r.decision !== "allow");
    if (blocking.length > 0) {
        out.push("| Rule | Decision | Why |", "|---|---|---|");
        for (const r of blocking)
            out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(escape_markdownCell).join("<br>")} |`);
        out.push("");
    }
    if (result.note)
        out.push(`**${escape_markdownCell(result.note)}**`, "");
    if (result.record && !result.record.ok && !result.note)
        out.push(`\u26a0\ufe0f ${escape_markdownCell(result.record.detail)}`, "");
    if (result.services.length === 0)
        return `${out.join("\n")}\n`;
    out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
    for (const s of result.services) {
        const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${escape_markdownCell(s.rollback.version)}` : ""}`;
        const stages = s.rollback
            ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
            : stagesCell(s.stages);
        out.push(`| ${escape_markdownCell(s.service)} | ${escape_markdownCell(versionText(s.version))} | ${stages} | ${outcome} |`);
    }
    out.push("");
    for (const s of result.services.filter((s) => s.failure || s.note)) {
        out.push(`### ${OUTCOME_ICON[s.outcome]} ${escape_markdownCell(s.service)}`, "");
        if (s.failure)
            out.push(`Failed at **${s.failure.stage}**: ${escape_markdownCell(s.failure.reason)}`, "");
        if (s.rollback)
            out.push(`Rollback: ${escape_markdownCell(s.rollback.reason)}`, "");
        if (s.note)
            out.push(escape_markdownCell(s.note), "");
        if (s.failure?.log) {
            out.push("<details><summary>Log</summary>", "", "<pre>", escapeHtml(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
        }
    }
    const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
    if (deliveries.length > 0) {
        out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
        for (const d of deliveries) {
            const to = d.url ? `[${escape_markdownCell(d.target)}](${d.url})` : escape_markdownCell(d.target);
            out.push(`| ${escape_markdownCell(d.service)} | ${d.event} | ${escape_markdownCell(d.channel)} | ${to} | ${d.ok ? "\u2705" : "\u26a0\ufe0f"} ${escape_markdownCell(d.detail)} |`);
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
        `### What runs in ${escape_markdownCell(status.environment)} now`,
        "",
        "| Service | Branch names | Runs | Since |",
        "|---|---|---|---|",
    ];
    for (const s of status.services) {
        const runs = s.running ? `${escape_markdownCell(s.running.version)}${s.drift ? " \u26a0" : " \u2713"}` : "\u2014";
        out.push(`| ${escape_markdownCell(s.service)} | ${escape_markdownCell(s.branch?.version ?? "\u2014")} | ${runs} | ${escape_markdownCell(s.running?.since ?? "\u2014")} |`);
    }
    out.push("");
    for (const s of status.services.filter((x) => x.drift))
        out.push(`\u26a0 ${escape_markdownCell(s.service)}: ${escape_markdownCell(s.drift)}. \`gitops rollback --env ${escape_markdownCell(status.environment)} --service ${escape_markdownCell(s.service)}\` makes the branch name what runs.`, "");
    return out;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return (0,line/* clean */.uH)(`${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`);
    });
    if (result.note)
        lines.push(`\u26a0\ufe0f  ${(0,line/* clean */.uH)(result.note)}`);
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${(0,duration/* formatDuration */.a)(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
/** One service deployed or restored on its own (the deploy action): its stages as a table. */
function deploymentMarkdown(d) {
    const what = `${d.reason} ${d.service}${d.version ? ` ${d.version}` : ""} to ${d.environment}`;
    const out = [`### ${d.ok ? "\u2705" : "\u274c"} ${escape_markdownCell(what)}`, ""];
    if (d.stages.length === 0)
        return `${[...out, escape_markdownCell(d.detail), ""].join("\n")}\n`;
    out.push("| Stage | Outcome | Time | Why |", "|---|---|---|---|");
    for (const s of d.stages)
        out.push(`| ${escape_markdownCell(s.stage)} | ${STAGE_ICON[s.outcome]} ${s.outcome} | ${(0,duration/* formatDuration */.a)(s.durationMs)} | ${escape_markdownCell(s.reason)} |`);
    return `${out.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/index.ts




















/***/ })

};
