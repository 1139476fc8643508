// A real deploy repo for the action tests: a git repo in a temp dir holding a copy of
// examples/deploy-repo, with the example service hello on ports that are free now, and the
// releases of hello built into a runtime directory, so the repo's own deploy command
// (scripts/deploy.sh → deploy-local.mjs, chosen by GITOPS_DEMO_RUNTIME) starts real processes
// on loopback. `stop()` ends every process those deploys started.
import { execFileSync, spawn as spawnProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gitEnv } from "../../packages/git/test/git-fixture.ts";
import type { JiraDouble } from "../doubles/jira/jira-double.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;
const EXAMPLE = join(ROOT, "examples/deploy-repo");
const BUILD = join(ROOT, "examples/hello-service/build.mjs");
const STOP = join(ROOT, "examples/deploy-repo/scripts/stop-local.mjs");

export const ENVIRONMENTS = ["qa", "stage", "prod"] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];

/** The people of the example: GitHub logins, emails and JIRA accounts. */
export const PEOPLE = {
  carol: {
    login: "carol-dev",
    email: "carol@acme.example",
    name: "Carol Dev",
    accountId: "5b10a2844c20165700ede201",
  },
  alice: {
    login: "alice-release",
    email: "alice@acme.example",
    name: "Alice Release",
    accountId: "5b10a2844c20165700ede202",
  },
  bob: {
    login: "bob-sre",
    email: "bob@acme.example",
    name: "Bob SRE",
    accountId: "5b10a2844c20165700ede203",
  },
  bot: { email: "gitops-bot@acme.example", name: "gitops", accountId: "5b10a2844c20165700ede209" },
} as const;

export const JIRA_USERS = Object.values(PEOPLE).map((p) => ({
  accountId: p.accountId,
  email: p.email,
  displayName: p.name,
}));

export interface Release {
  version: string;
  /** Built without settings.currency: it starts but reports itself DOWN. */
  broken?: boolean;
}

export interface DeployRepo {
  /** The checkout: the deploy repo's root, on branch qa. */
  dir: string;
  /** The bare repository the checkout pushes to, as GitHub would hold it: main (the default branch) and qa. */
  origin: string;
  /** GITOPS_DEMO_RUNTIME: artifacts/, run/ (pid files) and logs/. */
  runtime: string;
  /** hello's port in each environment. */
  ports: Record<EnvName, number>;
  /** The environment the local deploy needs: pass it as the action's `env`. */
  env: Record<string, string>;
  /** The first commit: the example, hello at 1.0.0. */
  initial: string;
  git(...args: string[]): string;
  /** Writes files (`null` deletes), commits everything, pushes the branch to origin, returns the new HEAD. */
  commit(message: string, files?: Record<string, string | null>): string;
  /** Sets hello's version in its descriptor and commits; returns the new HEAD. */
  bump(version: string, message: string): string;
  head(): string;
  /** The descriptor text of hello in the working tree. */
  hello(): string;
  /** Stops every process the local deploys started; returns the pids that were still alive after. */
  stop(): number[];
  /** Pid files of running instances (`qa-hello.pid`, …). */
  instances(): string[];
  remove(): void;
}

/**
 * Ports nothing listens on now, in the range the example's gitops.yaml allows (8000-8999). Test
 * files run in parallel workers, and a port found free is only taken when a deploy starts the
 * service: each worker (VITEST_POOL_ID) looks in its own hundred, so two files never pick the
 * same port at once.
 */
export async function freePorts(n: number): Promise<number[]> {
  const worker = Number(process.env.VITEST_POOL_ID ?? 0);
  const [low, size] = worker > 0 ? [8000 + ((worker - 1) % 10) * 100, 100] : [8000, 1000];
  const ports: number[] = [];
  const start = Math.floor(Math.random() * size);
  for (let i = 0; ports.length < n && i < size; i++) {
    const port = low + ((start + i) % size);
    const free = await new Promise<boolean>((done) => {
      const server = createServer();
      server.once("error", () => done(false));
      server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
    });
    if (free) ports.push(port);
  }
  if (ports.length < n) throw new Error(`no free ports in ${low}-${low + size - 1}`);
  return ports;
}

/** Builds hello's releases into `runtime/artifacts` with the example's build script. */
export function buildReleases(runtime: string, releases: Release[]): void {
  for (const { version, broken } of releases) {
    const args = [BUILD, "--version", version, "--out", join(runtime, "artifacts")];
    execFileSync(process.execPath, broken ? [...args, "--broken"] : args);
  }
}

const DEFAULT_RELEASES: Release[] = [
  { version: "1.0.0" },
  { version: "1.1.0" },
  { version: "1.2.0", broken: true },
];

/**
 * A deploy repo on branch qa whose first commit is examples/deploy-repo with hello's ports
 * rewritten to free ones, and a runtime holding hello 1.0.0, 1.1.0 and a broken 1.2.0 (or
 * `releases`). Nothing runs yet.
 */
export async function createDeployRepo(options: { releases?: Release[] } = {}): Promise<DeployRepo> {
  const base = mkdtempSync(join(tmpdir(), "gitops-deploy-repo-"));
  const dir = join(base, "deploy-repo");
  const runtime = join(base, "runtime");
  mkdirSync(runtime);
  buildReleases(runtime, options.releases ?? DEFAULT_RELEASES);

  const [qa, stage, prod] = (await freePorts(3)) as [number, number, number];
  cpSync(EXAMPLE, dir, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: dir, env: gitEnv, encoding: "utf8" }).replace(/\n$/, "");
  git("init", "-q", "-b", "qa");
  git("config", "user.name", PEOPLE.carol.name);
  git("config", "user.email", PEOPLE.carol.email);
  git("config", "commit.gpgsign", "false");
  git("config", "core.autocrlf", "false");
  const helloFile = join(dir, "services/hello.yaml");
  const write = (path: string, text: string) => writeFileSync(path, text);
  write(
    helloFile,
    readFileSync(helloFile, "utf8")
      .replace(/\b8181\b/g, String(qa))
      .replace(/\b8182\b/g, String(stage))
      .replace(/\b8183\b/g, String(prod)),
  );
  write(join(dir, ".gitignore"), "reports/\n");

  const commit = (message: string, files: Record<string, string | null> = {}) => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        write(full, content);
      }
    }
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "--no-verify", "-m", message);
    // As a user's `git push`: origin's branch moves to the commit, and a run's gate sees it there.
    git("push", "-q", "--force", "origin", "HEAD");
    return git("rev-parse", "HEAD");
  };
  const origin = join(base, "origin.git");
  execFileSync("git", ["init", "-q", "--bare", "-b", "main", origin], { env: gitEnv });
  git("remote", "add", "origin", origin);
  const initial = commit("PAY-100 the payments deploy repo");
  // The default branch holds the same policy: what judges a push before any release was allowed.
  git("push", "-q", "origin", "HEAD:refs/heads/main");
  git("remote", "set-head", "origin", "main");
  const hello = () => readFileSync(helloFile, "utf8");
  const instances = () => {
    const run = join(runtime, "run");
    return existsSync(run) ? readdirSync(run).filter((f) => f.endsWith(".pid")) : [];
  };

  return {
    dir,
    origin,
    runtime,
    ports: { qa, stage, prod },
    env: { GITOPS_DEMO_RUNTIME: runtime },
    initial,
    git,
    commit,
    bump: (version, message) =>
      commit(message, {
        "services/hello.yaml": hello().replace(/^version: ".*"$/m, `version: "${version}"`),
      }),
    head: () => git("rev-parse", "HEAD"),
    hello,
    instances,
    stop: () => {
      const pids = instances().map((f) => Number(readFileSync(join(runtime, "run", f), "utf8").trim()));
      execFileSync(process.execPath, [STOP, runtime], { stdio: "pipe" });
      return pids.filter(alive);
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Whether a process still runs: one that exited but was not reaped yet (a zombie) does not. */
export function alive(pid: number): boolean {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** What answers on hello's /healthz at `port`: its status and version, or undefined when nothing does. */
export async function healthz(port: number): Promise<{ status: number; version?: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as { version?: string };
    return { status: response.status, ...(body.version ? { version: body.version } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * The version hello reports on `port` once it answers. The local deploy returns as soon as the
 * process is started, so a just-deployed instance may need a moment to listen.
 */
export async function runningVersion(port: number, attempts = 50): Promise<string | undefined> {
  for (let i = 0; i < attempts; i++) {
    const answer = await healthz(port);
    if (answer) return answer.version;
    await new Promise((done) => setTimeout(done, 100));
  }
  return undefined;
}

/**
 * The payments team's JIRA: PAY for the work, with the transitions gitops.yaml names per
 * environment and PAY-101 approved twice (what prod asks of it); OPS for deployment failures.
 */
export function seedJira(jira: JiraDouble): void {
  const statuses = [
    "To Do",
    "In Progress",
    "Ready for QA",
    "In QA",
    "Ready for Stage",
    "Approved for Prod",
    "Done",
  ];
  const category = (name: string) =>
    name === "To Do" ? ("new" as const) : name === "Done" ? ("done" as const) : ("indeterminate" as const);
  jira.addProject("PAY", {
    statuses: statuses.map((name) => ({ name, category: category(name) })),
    transitions: [
      ...statuses.map((to, i) => ({ id: String(11 + i * 10), name: to, to })),
      { id: "201", name: "Deployed to QA", to: "In QA" },
      { id: "211", name: "Released", to: "Done" },
    ],
  });
  jira.addProject("OPS", {});
  const approvals = [
    {
      name: "Change manager",
      approvers: [{ accountId: PEOPLE.alice.accountId, decision: "approved" as const }],
    },
    {
      name: "Release manager",
      approvers: [{ accountId: PEOPLE.bob.accountId, decision: "approved" as const }],
    },
  ];
  jira.addIssue({ key: "PAY-100", summary: "The payments deploy repo", status: "Done" });
  jira.addIssue({ key: "PAY-101", summary: "Quotes include the fee", status: "Ready for QA", approvals });
  jira.addIssue({ key: "PAY-102", summary: "Read the currency from settings", status: "Ready for QA" });
}

/** The failure issues gitops opened in OPS (labelled gitops-failure), oldest first. */
export function failureIssues(jira: JiraDouble) {
  const found = [];
  for (let n = 1; n <= 100; n++) {
    const issue = jira.issue(`OPS-${n}`);
    if (!issue) break;
    if (issue.labels.includes("gitops-failure")) found.push(issue);
  }
  return found;
}

export interface GitHttpServer {
  /** http://127.0.0.1:PORT: the "server URL" under which `/<owner>/<repo>.git` is served. */
  url: string;
  /** Each request's method, path and Authorization header (undefined when none was sent). */
  requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

/**
 * Serves the bare repositories under `projectRoot` over git's smart HTTP protocol, the way a
 * git host does: a small HTTP server that runs `git http-backend` (git's own CGI program) for
 * each request. Every request is served whatever its credentials; they are recorded.
 */
export async function startGitHttpServer(projectRoot: string): Promise<GitHttpServer> {
  const requests: GitHttpServer["requests"] = [];
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const authorization = req.headers.authorization;
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      ...(authorization ? { authorization } : {}),
    });
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === "string" ? value : undefined;
    };
    const cgi: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: "1",
      GATEWAY_INTERFACE: "CGI/1.1",
      SERVER_PROTOCOL: "HTTP/1.1",
      REQUEST_METHOD: req.method ?? "GET",
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ""),
      REMOTE_ADDR: "127.0.0.1",
    };
    const optional: [string, string | undefined][] = [
      ["CONTENT_TYPE", header("content-type")],
      ["CONTENT_LENGTH", header("content-length")],
      ["HTTP_CONTENT_ENCODING", header("content-encoding")],
      ["GIT_PROTOCOL", header("git-protocol")],
    ];
    for (const [name, value] of optional) if (value !== undefined) cgi[name] = value;
    // http-backend takes pushes only from an authenticated user: one who sent a credential.
    if (authorization) cgi.REMOTE_USER = "x-access-token";
    const child = spawnProcess("git", ["http-backend"], { env: cgi, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.resume();
    req.pipe(child.stdin);
    child.stdin.on("error", () => {}); // the backend may answer before reading the whole body
    child.on("close", () => {
      const raw = Buffer.concat(out);
      const end = raw.indexOf("\r\n\r\n");
      const head = end < 0 ? "" : raw.subarray(0, end).toString("latin1");
      const body = end < 0 ? raw : raw.subarray(end + 4);
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split("\r\n").filter(Boolean)) {
        const colon = line.indexOf(":");
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
