// The command driver: the environment's own deploy script does the work (kubectl, helm, ssh,
// docker compose, …); the driver hands it the descriptor and judges it by its exit code.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir as osTmpdir } from "node:os";
import { join } from "node:path";
import type { CommandDriver } from "@gitops/model";
import { CommandError, describeRun, isValidEnvEntry, runCommand, validateCommand } from "@gitops/process";
import { DeployError, type DeployRequest, type DeployResult, type Driver } from "./driver.ts";

export interface CommandDriverOptions {
  /** The environment the command inherits from (default process.env), less WITHHELD_ENV. */
  parentEnv?: Record<string, string | undefined>;
  /** After SIGTERM to the command's process group, how long before SIGKILL (default 5 s). */
  killGraceMs?: number;
  /** Where the descriptor file's private directory is made (default os.tmpdir(); RUNNER_TEMP on a runner). */
  tmpdir?: string;
}

/**
 * Variables of the parent environment a deploy command never sees: GitHub Actions passes each
 * action input as INPUT_<NAME> (webhook URLs, JIRA tokens), and these give access to the
 * runner's cache, artifacts and OIDC tokens. Compared without regard to case.
 */
export const WITHHELD_ENV = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_URL",
] as const;
export const WITHHELD_ENV_PREFIX = "INPUT_";

/** Set by the driver for each deploy: a value of the same name from the parent never reaches the command. */
export const DEPLOY_ENV = [
  "GITOPS_SERVICE",
  "GITOPS_VERSION",
  "GITOPS_ENVIRONMENT",
  "GITOPS_DESCRIPTOR",
  "GITOPS_IMAGE",
  "GITOPS_DEPLOY_REASON",
] as const;

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
 * returns only then; after `setsid … &`, wait until the service answers), and keep its output
 * away from ours (or the run waits for the pipes until the kill grace plus 2 s has passed).
 */
export function commandDriver(config: CommandDriver, options: CommandDriverOptions = {}): Driver {
  if (config.type !== "command") {
    throw new DeployError(`the command driver cannot run a driver of type ${JSON.stringify(config.type)}`);
  }
  const reserved = Object.keys(config.env ?? {}).filter((k) => isReserved(k));
  if (reserved.length > 0) {
    throw new DeployError(
      `driver.env: ${reserved.join(", ")} ${reserved.length === 1 ? "is" : "are"} set by the driver`,
    );
  }
  try {
    validateCommand({
      command: config.command,
      env: config.env,
      timeoutMs: config.timeoutMs,
      ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
    });
  } catch (e) {
    if (e instanceof CommandError) throw new DeployError(`driver.${e.message}`, { cause: e });
    throw e;
  }
  const command = [...config.command];
  const configEnv = { ...config.env };

  return {
    type: "command",
    async deploy(request: DeployRequest): Promise<DeployResult> {
      if (request.signal?.aborted) {
        return { ok: false, reason: "cancelled before it started", durationMs: 0, outputTail: "" };
      }
      const dir = await mkdtemp(join(options.tmpdir ?? osTmpdir(), "gitops-deploy-"));
      try {
        const descriptorFile = join(dir, "descriptor.json");
        // mkdtemp's directory is 0700; the file is 0600 too in case the directory is shared.
        await writeFile(descriptorFile, `${JSON.stringify(request.descriptor, null, 2)}\n`, {
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
        }).catch((e: unknown) => {
          // A missing workdir, or a descriptor value that cannot be put in an environment.
          if (e instanceof CommandError) throw new DeployError(e.message, { cause: e });
          throw e;
        });
        const ok =
          run.spawnError === undefined &&
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
      } finally {
        // Best effort: the descriptor holds no secrets, and a failed clean-up must not turn a
        // deploy's result into an error.
        await rm(dir, { recursive: true, force: true }).catch(() => {});
      }
    },
  };
}

function isReserved(name: string): boolean {
  return (DEPLOY_ENV as readonly string[]).includes(name);
}

function isWithheld(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith(WITHHELD_ENV_PREFIX) || (WITHHELD_ENV as readonly string[]).includes(upper);
}

function commandEnv(
  parent: Record<string, string | undefined>,
  configEnv: Record<string, string>,
  request: DeployRequest,
  descriptorFile: string,
): Record<string, string> {
  const env: Record<string, string> = {};
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
  if (descriptor.image !== undefined) env.GITOPS_IMAGE = descriptor.image;
  env.GITOPS_DEPLOY_REASON = request.reason;
  return env;
}
