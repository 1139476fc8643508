// The local deploy of `npm run demo` and the end-to-end tests: runs a service's release as a
// process on this machine. scripts/deploy.sh hands over to it when GITOPS_DEMO_RUNTIME is set.
//
// It reads (from the environment, as gitops's command driver sets it):
//   GITOPS_DEMO_RUNTIME   the directory the demo runs in
//   GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT
//   GITOPS_DESCRIPTOR     a JSON file: the descriptor as this environment sees it (domain, port, …)
//   GITOPS_DEPLOY_REASON  deploy or rollback (only written to the log)
// and uses, under GITOPS_DEMO_RUNTIME:
//   artifacts/<service>/<version>/server.mjs  the release (examples/hello-service/build.mjs builds one)
//   run/<environment>-<service>.pid           the instance running in that environment
//   logs/<environment>-<service>.log          its output, appended across deploys
//
// It stops the instance running in the environment, starts the new release in a process group
// of its own (the driver ends whatever is left in the deploy command's group, and the service
// must outlive it) with PORT and HOST from the descriptor, records its pid and exits without
// waiting for it to be healthy: the pipeline's healthcheck decides that.
//
// Exit codes: 0 started; 1 not deployed (no artifact, port taken, old instance would not stop);
// 2 called wrongly (a variable missing or malformed). No shell is involved anywhere.
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createServer } from "node:net";
import { join, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

// The descriptor schema's patterns: they also keep each name a single, harmless path segment.
const SERVICE = /^[a-z][a-z0-9-]{0,62}$/;
const ENVIRONMENT = /^[a-z][a-z0-9-]{0,31}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;

/** How long a stopped instance gets to exit after SIGTERM before SIGKILL. */
export const STOP_GRACE_MS = 5000;
/** The variables the service inherits; the deploy's own (tokens, webhooks) stay here. */
const PASSED_ENV = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR"];

/** A deploy that cannot go on; `exitCode` 2 means the script was called wrongly. */
export class LocalDeployError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.name = "LocalDeployError";
    this.exitCode = exitCode;
  }
}

/** The runtime directory's layout. The directory must exist. */
export function runtimeLayout(runtime) {
  let root;
  try {
    root = realpathSync(runtime);
  } catch (e) {
    throw new LocalDeployError(`GITOPS_DEMO_RUNTIME ${runtime} cannot be used: ${e.message}`, 2);
  }
  return {
    root,
    artifacts: join(root, "artifacts"),
    run: join(root, "run"),
    logs: join(root, "logs"),
  };
}

// --- processes ----------------------------------------------------------------------------------

const hasProc = existsSync("/proc/self/stat");

/** Whether pid is a live process (a zombie waiting to be reaped is not). */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: someone else's process, so not one of ours either.
    return e.code === "EPERM";
  }
  if (!hasProc) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/**
 * Whether pid runs a release from this runtime's artifacts, so that a stale pid file whose number
 * now belongs to another program never gets that program killed. Without /proc (macOS) the pid
 * file is trusted.
 */
function runsOurRelease(pid, artifactsDir) {
  if (!hasProc) return true;
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return argv.some((a) => a.startsWith(artifactsDir + sep));
  } catch {
    return false;
  }
}

function signalGroup(pid, signal) {
  try {
    // The instance leads its own process group: this reaches anything it started as well.
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // gone already
    }
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() >= until) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Stops the instance a pid file names and removes the file. Returns what happened:
 * `none` (no pid file), `stale` (the pid file named no live instance of ours), `stopped` (it
 * exited on SIGTERM) or `killed` (it needed SIGKILL). Throws when it cannot be stopped.
 */
export async function stopInstance(pidFile, artifactsDir, graceMs = STOP_GRACE_MS) {
  let text;
  try {
    text = readFileSync(pidFile, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return { state: "none" };
    throw new LocalDeployError(`cannot read ${pidFile}: ${e.message}`);
  }
  const pid = /^\s*[1-9][0-9]*\s*$/.test(text) ? Number(text) : undefined;
  if (pid === undefined || !isRunning(pid) || !runsOurRelease(pid, artifactsDir)) {
    rmSync(pidFile, { force: true });
    return pid === undefined ? { state: "stale" } : { state: "stale", pid };
  }
  signalGroup(pid, "SIGTERM");
  let state = "stopped";
  if (!(await waitForExit(pid, graceMs))) {
    state = "killed";
    signalGroup(pid, "SIGKILL");
    if (!(await waitForExit(pid, 2000))) {
      throw new LocalDeployError(`pid ${pid} (from ${pidFile}) did not exit after SIGKILL`);
    }
  }
  rmSync(pidFile, { force: true });
  return { state, pid };
}

// --- the deploy -----------------------------------------------------------------------------------

function required(env, name, pattern) {
  const value = env[name];
  if (value === undefined || value === "") throw new LocalDeployError(`${name} is not set`, 2);
  if (pattern && !pattern.test(value)) {
    throw new LocalDeployError(`${name} is not valid: ${JSON.stringify(value)}`, 2);
  }
  return value;
}

/** domain and port from the descriptor file the driver wrote. */
function readDescriptor(path, service) {
  let descriptor;
  try {
    descriptor = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new LocalDeployError(`GITOPS_DESCRIPTOR ${path} cannot be read as JSON: ${e.message}`, 2);
  }
  if (descriptor === null || typeof descriptor !== "object") {
    throw new LocalDeployError(`GITOPS_DESCRIPTOR ${path} does not hold a JSON object`, 2);
  }
  if (descriptor.service !== undefined && descriptor.service !== service) {
    throw new LocalDeployError(
      `GITOPS_DESCRIPTOR ${path} describes ${descriptor.service}, not GITOPS_SERVICE ${service}`,
      2,
    );
  }
  const { domain, port } = descriptor;
  if (typeof domain !== "string" || domain === "") {
    throw new LocalDeployError(`GITOPS_DESCRIPTOR ${path} has no domain`, 2);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalDeployError(`GITOPS_DESCRIPTOR ${path} has no valid port`, 2);
  }
  return { domain, port };
}

function hostPort(host, port) {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Fails when something else already listens on host:port (the new instance could not start). */
async function ensurePortFree(host, port) {
  const probe = createServer();
  try {
    probe.listen({ host, port });
    await once(probe, "listening");
  } catch (e) {
    const why = e.code === "EADDRINUSE" ? "is in use by another process" : `cannot be used (${e.message})`;
    throw new LocalDeployError(`${hostPort(host, port)} ${why}`);
  }
  await new Promise((resolve) => probe.close(() => resolve()));
}

/**
 * Deploys GITOPS_SERVICE at GITOPS_VERSION to GITOPS_ENVIRONMENT as the environment says, and
 * returns the lines to print. Throws LocalDeployError.
 */
export async function deployLocal(env = process.env) {
  const runtime = env.GITOPS_DEMO_RUNTIME;
  if (runtime === undefined || runtime === "") {
    throw new LocalDeployError(
      "GITOPS_DEMO_RUNTIME is not set: this script deploys to processes on this machine for the demo " +
        "and the tests, and needs the directory that holds their artifacts/, run/ and logs/",
      2,
    );
  }
  const service = required(env, "GITOPS_SERVICE", SERVICE);
  const version = required(env, "GITOPS_VERSION", VERSION);
  const environment = required(env, "GITOPS_ENVIRONMENT", ENVIRONMENT);
  const descriptorPath = required(env, "GITOPS_DESCRIPTOR");
  const reason = env.GITOPS_DEPLOY_REASON || "deploy";
  const { domain: host, port } = readDescriptor(descriptorPath, service);
  const layout = runtimeLayout(runtime);

  const artifact = join(layout.artifacts, service, version);
  const entry = join(artifact, "server.mjs");
  if (!existsSync(entry)) {
    throw new LocalDeployError(`no artifact for ${service} ${version} in ${join(layout.artifacts, service)}`);
  }

  const lines = [];
  mkdirSync(layout.run, { recursive: true });
  mkdirSync(layout.logs, { recursive: true });
  const name = `${environment}-${service}`;
  const pidFile = join(layout.run, `${name}.pid`);
  const stopped = await stopInstance(pidFile, layout.artifacts);
  if (stopped.state === "stopped" || stopped.state === "killed") {
    const how = stopped.state === "killed" ? "killed (it ignored SIGTERM)" : "stopped";
    lines.push(`${service} in ${environment}: previous instance ${how} (pid ${stopped.pid})`);
  }
  await ensurePortFree(host, port);

  const childEnv = { PORT: String(port), HOST: host };
  for (const k of PASSED_ENV) if (env[k] !== undefined) childEnv[k] = env[k];
  const logFile = join(layout.logs, `${name}.log`);
  const log = openSync(logFile, "a");
  let child;
  try {
    writeSync(
      log,
      `--- ${new Date().toISOString()} ${reason}: ${service} ${version} to ${environment} on ${hostPort(host, port)}\n`,
    );
    // detached: a process group of its own, so the driver's clean-up of the deploy command's
    // group leaves it running; stdio goes straight to the log, not through this process.
    child = spawn(process.execPath, [entry], {
      cwd: artifact,
      env: childEnv,
      detached: true,
      stdio: ["ignore", log, log],
      shell: false,
    });
  } finally {
    closeSync(log);
  }
  if (child.pid === undefined) {
    const [e] = await once(child, "error");
    throw new LocalDeployError(`could not start ${entry}: ${e.message}`);
  }
  child.unref();

  const tmp = `${pidFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${child.pid}\n`);
  renameSync(tmp, pidFile);
  lines.push(`${service} ${version} started on ${hostPort(host, port)} (pid ${child.pid})`);
  return lines;
}

/** Whether node was started on this file (and not asked to import it). */
function isMain() {
  try {
    return realpathSync(process.argv[1] ?? "") === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    for (const line of await deployLocal()) process.stdout.write(`${line}\n`);
  } catch (e) {
    process.stderr.write(`deploy-local: ${e.message}\n`);
    process.exitCode = e instanceof LocalDeployError ? e.exitCode : 1;
  }
}
