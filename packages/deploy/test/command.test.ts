import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type CommandDriver, type Descriptor, forEnvironment, loadDescriptor } from "@gitops/model";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CommandDriverOptions,
  commandDriver,
  createDriver,
  DeployError,
  type DeployRequest,
  WITHHELD_ENV,
} from "../src/index.ts";

const NODE = process.execPath;
const LEDGER = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "examples",
  "deploy-repo",
  "services",
  "ledger.yaml",
);

/** A script that prints what it was given, as JSON, for the test to read from the output. */
const REPORT_SCRIPT = `
import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
const file = process.env.GITOPS_DESCRIPTOR;
process.stdout.write(JSON.stringify({
  env: process.env,
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  descriptor: readFileSync(file, "utf8"),
  fileMode: statSync(file).mode & 0o777,
  dirMode: statSync(dirname(file)).mode & 0o777,
}));
`;

interface Report {
  env: Record<string, string>;
  argv: string[];
  cwd: string;
  descriptor: string;
  fileMode: number;
  dirMode: number;
}

let ledger: Descriptor;
let dir: string;
/** The deploy repo checkout the command runs in. */
let workdir: string;
/** Where the driver makes the descriptor's private directory: empty again after every deploy. */
let tmp: string;
/** Processes a test left running on purpose, stopped whatever the outcome. */
const survivors: number[] = [];

beforeAll(async () => {
  const loaded = await loadDescriptor("services/ledger.yaml", readFileSync(LEDGER, "utf8"));
  if (!loaded.ok) throw new Error(`ledger.yaml: ${JSON.stringify(loaded.diagnostics)}`);
  ledger = forEnvironment(loaded.value, "stage");
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gitops-deploy-test-"));
  workdir = join(dir, "repo");
  tmp = join(dir, "tmp");
  mkdirSync(workdir);
  mkdirSync(tmp);
});
afterEach(() => {
  for (const pid of survivors.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, content: string, mode = 0o644): string {
  const p = join(workdir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  chmodSync(p, mode);
  return p;
}

function config(command: string[], over: Partial<CommandDriver> = {}): CommandDriver {
  return { type: "command", command, timeoutMs: 30_000, env: {}, ...over };
}

function deploy(
  command: string[],
  request: Partial<DeployRequest> = {},
  over: { config?: Partial<CommandDriver>; options?: CommandDriverOptions } = {},
) {
  const driver = commandDriver(config(command, over.config), {
    parentEnv: { PATH: process.env.PATH },
    killGraceMs: 300,
    tmpdir: tmp,
    ...over.options,
  });
  return driver.deploy({
    descriptor: ledger,
    environment: "stage",
    workdir,
    reason: "deploy",
    ...request,
  });
}

async function report(request: Partial<DeployRequest> = {}, over: Parameters<typeof deploy>[2] = {}) {
  put("report.mjs", REPORT_SCRIPT);
  const result = await deploy([NODE, "report.mjs"], request, over);
  expect(result).toMatchObject({ ok: true, reason: "exited 0" });
  return JSON.parse(result.outputTail) as Report;
}

/** Whether a process is gone (a zombie nobody has reaped yet counts as gone). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

/** Polls until `check` holds; a process may take a moment to finish dying after its signal. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`still not true after 5s: ${what}`);
}

function readPid(rel: string): number {
  return Number(readFileSync(join(workdir, rel), "utf8").trim());
}

describe("command driver: the environment contract", () => {
  it("sets GITOPS_* and hands over the descriptor in a private JSON file, removed afterwards", async () => {
    const r = await report();
    expect(r.env).toMatchObject({
      GITOPS_SERVICE: "ledger",
      GITOPS_VERSION: "1.8.0",
      GITOPS_ENVIRONMENT: "stage",
      GITOPS_IMAGE: "registry.acme.example/payments/ledger:1.8.0",
      GITOPS_DEPLOY_REASON: "deploy",
    });
    // The descriptor as this environment sees it: stage's domain.
    expect(JSON.parse(r.descriptor)).toEqual(ledger);
    expect(JSON.parse(r.descriptor).domain).toBe("ledger.stage.acme.example");
    expect(r.descriptor).toBe(`${JSON.stringify(ledger, null, 2)}\n`);
    expect(r.fileMode).toBe(0o600);
    expect(r.dirMode).toBe(0o700);
    expect(dirname(dirname(r.env.GITOPS_DESCRIPTOR!))).toBe(tmp);
    expect(existsSync(r.env.GITOPS_DESCRIPTOR!)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("a rollback says so; without an image there is no GITOPS_IMAGE, even one from the parent", async () => {
    const { image: _, ...noImage } = ledger;
    const r = await report(
      { descriptor: { ...noImage, version: "1.7.3" }, reason: "rollback" },
      {
        options: { parentEnv: { PATH: process.env.PATH, GITOPS_IMAGE: "stale:1", GITOPS_SERVICE: "stale" } },
      },
    );
    expect(r.env).toMatchObject({
      GITOPS_VERSION: "1.7.3",
      GITOPS_DEPLOY_REASON: "rollback",
      GITOPS_SERVICE: "ledger",
    });
    expect(r.env.GITOPS_IMAGE).toBeUndefined();
  });

  it("withholds INPUT_* and the runner's ACTIONS_* tokens; passes the rest of the parent env", async () => {
    const parentEnv: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: "/home/runner",
      KUBECONFIG: "/home/runner/.kube/stage",
      GITHUB_SHA: "0123abc",
      ACTIONS_STEP_DEBUG: "true",
      INPUT_SLACK_WEBHOOK: "https://hooks.slack.example/T000/B000/secret",
      "INPUT_JIRA-TOKEN": "jira-secret",
      input_lowercase: "secret",
      UNSET: undefined,
    };
    for (const name of WITHHELD_ENV) parentEnv[name] = `secret-${name}`;
    const r = await report({}, { options: { parentEnv } });
    expect(r.env).toMatchObject({
      PATH: process.env.PATH,
      HOME: "/home/runner",
      KUBECONFIG: "/home/runner/.kube/stage",
      GITHUB_SHA: "0123abc",
      ACTIONS_STEP_DEBUG: "true",
    });
    const leaked = Object.keys(r.env).filter((k) => /^input_/i.test(k) || k.startsWith("ACTIONS_"));
    expect(leaked).toEqual(["ACTIONS_STEP_DEBUG"]);
    expect(Object.values(r.env).some((v) => v.includes("secret"))).toBe(false);
    expect("UNSET" in r.env).toBe(false);
  });

  it("inherits process.env when no parent env is given", async () => {
    expect(process.env.VITEST).toBeDefined();
    const r = await report({}, { options: { parentEnv: undefined } });
    expect(r.env.VITEST).toBe(process.env.VITEST);
  });

  it("the driver config's env overrides the parent's", async () => {
    const r = await report(
      {},
      {
        config: { env: { KUBECONFIG: "/etc/kube/stage", CLUSTER: "stage-eu" } },
        options: { parentEnv: { PATH: process.env.PATH, KUBECONFIG: "/home/runner/.kube/config" } },
      },
    );
    expect(r.env).toMatchObject({ KUBECONFIG: "/etc/kube/stage", CLUSTER: "stage-eu" });
  });

  it("descriptor values with shell metacharacters reach the script verbatim, and nothing runs", async () => {
    put("keep", "");
    const hostile = {
      ...ledger,
      version: "$(touch pwned)",
      image: "`touch pwned2`",
      maintainer: { name: "; rm -rf ./keep; touch pwned3", email: "x@example.com" },
    };
    const environment = "stage; rm -rf ./keep && touch pwned4 | cat $HOME";
    put(
      "scripts/deploy.sh",
      `#!/bin/sh
set -eu
printf '%s\\n' "$GITOPS_VERSION" "$GITOPS_IMAGE" "$GITOPS_ENVIRONMENT"
cat "$GITOPS_DESCRIPTOR"
`,
      0o755,
    );
    const r = await deploy(["./scripts/deploy.sh", "--service-arg"], { descriptor: hostile, environment });
    expect(r).toMatchObject({ ok: true, reason: "exited 0" });
    const [version, image, env, ...json] = r.outputTail.split("\n");
    expect([version, image, env]).toEqual(["$(touch pwned)", "`touch pwned2`", environment]);
    expect(JSON.parse(json.join("\n"))).toEqual(hostile);
    for (const f of ["pwned", "pwned2", "pwned3", "pwned4"]) expect(existsSync(join(workdir, f))).toBe(false);
    expect(existsSync(join(workdir, "keep"))).toBe(true);
  });

  it("the command's arguments are the config's, passed literally", async () => {
    const r = await report({}, {});
    expect(r.argv).toEqual([]);
    put("report.mjs", REPORT_SCRIPT);
    const args = ["--env", "$GITOPS_ENVIRONMENT", "two words", "*"];
    const result = await deploy([NODE, "report.mjs", ...args]);
    expect((JSON.parse(result.outputTail) as Report).argv).toEqual(args);
  });
});

describe("command driver: running the command", () => {
  it("a relative ./scripts/deploy.sh resolves against the workdir", async () => {
    put("scripts/deploy.sh", '#!/bin/sh\necho "deployed $GITOPS_SERVICE from $(pwd)"\n', 0o755);
    const r = await deploy(["./scripts/deploy.sh"]);
    expect(r).toEqual({
      ok: true,
      reason: "exited 0",
      durationMs: expect.any(Number),
      outputTail: `deployed ledger from ${workdir}\n`,
    });
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("a non-zero exit: not ok, 'exited 3', the output's tail kept", async () => {
    put(
      "scripts/deploy.sh",
      '#!/bin/sh\necho "applying ledger"\necho "error: deployment ledger exceeded its progress deadline" >&2\nexit 3\n',
      0o755,
    );
    const r = await deploy(["./scripts/deploy.sh"]);
    expect(r).toMatchObject({ ok: false, reason: "exited 3" });
    expect(r.outputTail).toContain("applying ledger\n");
    expect(r.outputTail).toContain("error: deployment ledger exceeded its progress deadline\n");
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("a command that does not exist: not ok, 'command not found', not a throw", async () => {
    const r = await deploy(["./scripts/missing.sh"]);
    expect(r).toEqual({
      ok: false,
      reason: "command not found: ./scripts/missing.sh",
      durationMs: expect.any(Number),
      outputTail: "",
    });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("a script that is not executable: not ok, 'command not executable'", async () => {
    put("scripts/deploy.sh", "#!/bin/sh\nexit 0\n", 0o644);
    const r = await deploy(["./scripts/deploy.sh"]);
    expect(r).toMatchObject({ ok: false, reason: "command not executable: ./scripts/deploy.sh" });
  });

  it("times out: not ok, 'timed out after 2s', the script and its children gone", async () => {
    put(
      "scripts/deploy.sh",
      '#!/bin/sh\nsleep 300 &\necho "$$ $!" > pids\necho "waiting for rollout"\nwait\n',
      0o755,
    );
    const r = await deploy(["./scripts/deploy.sh"], {}, { config: { timeoutMs: 2000 } });
    expect(r).toMatchObject({ ok: false, reason: "timed out after 2s" });
    expect(r.outputTail).toContain("waiting for rollout");
    const [script, sleeper] = readFileSync(join(workdir, "pids"), "utf8").trim().split(" ").map(Number);
    await eventually(() => gone(script!), `script ${script} is gone`);
    await eventually(() => gone(sleeper!), `its child sleep ${sleeper} is gone`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("aborting the request's signal cancels the deploy and stops its processes", async () => {
    put(
      "scripts/deploy.sh",
      '#!/bin/sh\nsleep 300 &\necho "$$ $!" > pids\necho "waiting for rollout"\nwait\n',
      0o755,
    );
    const controller = new AbortController();
    const r = await deploy(["./scripts/deploy.sh"], {
      signal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.includes("waiting")) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, reason: "cancelled" });
    const [script, sleeper] = readFileSync(join(workdir, "pids"), "utf8").trim().split(" ").map(Number);
    await eventually(() => gone(script!) && gone(sleeper!), "the deploy's processes are gone");
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("an already-aborted signal deploys nothing", async () => {
    put("scripts/deploy.sh", "#!/bin/sh\ntouch ran\n", 0o755);
    const controller = new AbortController();
    controller.abort();
    const r = await deploy(["./scripts/deploy.sh"], { signal: controller.signal });
    expect(r).toEqual({ ok: false, reason: "cancelled before it started", durationMs: 0, outputTail: "" });
    expect(existsSync(join(workdir, "ran"))).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("streams output through onOutput, in order, while the script runs", async () => {
    // Each step waits for the test to acknowledge the one before: the order across stdout and
    // stderr is then the script's, and the output provably arrived while it ran.
    put(
      "scripts/deploy.sh",
      `#!/bin/sh
echo "step 1"
while [ ! -e ack1 ]; do sleep 0.01; done
echo "step 2" >&2
while [ ! -e ack2 ]; do sleep 0.01; done
echo "step 3"
`,
      0o755,
    );
    const seen: [string, string][] = [];
    const r = await deploy(["./scripts/deploy.sh"], {
      onOutput: (chunk, stream) => {
        seen.push([stream, chunk]);
        if (chunk.includes("step 1")) writeFileSync(join(workdir, "ack1"), "");
        if (chunk.includes("step 2")) writeFileSync(join(workdir, "ack2"), "");
      },
    });
    expect(r).toMatchObject({ ok: true, outputTail: "step 1\nstep 2\nstep 3\n" });
    expect(seen).toEqual([
      ["stdout", "step 1\n"],
      ["stderr", "step 2\n"],
      ["stdout", "step 3\n"],
    ]);
  });
});

describe("command driver: what a deploy leaves running", () => {
  it("strays left in the deploy's process group are stopped when it exits", async () => {
    put(
      "scripts/deploy.sh",
      "#!/bin/sh\nsleep 300 >/dev/null 2>&1 &\necho $! > stray.pid\necho deployed\n",
      0o755,
    );
    const r = await deploy(["./scripts/deploy.sh"]);
    const stray = readPid("stray.pid");
    survivors.push(stray);
    expect(r).toMatchObject({ ok: true, reason: "exited 0", outputTail: "deployed\n" });
    await eventually(() => gone(stray), `stray sleep ${stray} is gone`);
  });

  it("a service the script starts with setsid, in its own session, survives", async () => {
    // $! is setsid's pid, which becomes the service's; the loop waits until it has its own
    // session (field 6 of /proc/<pid>/stat), so the script does not exit before it detached.
    put(
      "scripts/deploy.sh",
      `#!/bin/sh
setsid sleep 300 >/dev/null 2>&1 </dev/null &
echo $! > service.pid
while [ "$(cut -d' ' -f6 /proc/$!/stat)" != "$!" ]; do sleep 0.01; done
echo started
`,
      0o755,
    );
    const r = await deploy(["./scripts/deploy.sh"], {}, { options: { killGraceMs: 0 } });
    const service = readPid("service.pid");
    survivors.push(service);
    expect(r).toMatchObject({ ok: true, outputTail: "started\n" });
    // The deploy's group got SIGTERM (and SIGKILL, with no grace) when the script exited: give a
    // signal that reached the service time to take effect.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gone(service)).toBe(false);
  });

  it("a service a node script starts detached survives", async () => {
    put(
      "deploy.mjs",
      `import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
const service = spawn("sleep", ["300"], { detached: true, stdio: "ignore" });
service.unref();
writeFileSync("service.pid", String(service.pid));
console.log("started");
`,
    );
    const r = await deploy([NODE, "deploy.mjs"], {}, { options: { killGraceMs: 0 } });
    const service = readPid("service.pid");
    survivors.push(service);
    expect(r).toMatchObject({ ok: true, outputTail: "started\n" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gone(service)).toBe(false);
  });
});

describe("command driver: configurations it refuses", () => {
  it.each([
    ["an empty command", { command: [] }, /driver\.command must be a non-empty list/],
    ["a zero timeout", { timeoutMs: 0 }, /positive/],
    ["a bad env name", { env: { "A=B": "x" } }, /driver\.env: "A=B" is not a valid variable/],
    ["an env the driver sets", { env: { GITOPS_SERVICE: "x" } }, /GITOPS_SERVICE is set by the driver/],
  ])("%s", (_, over, pattern) => {
    expect(() => commandDriver(config(["./deploy.sh"], over as Partial<CommandDriver>))).toThrow(
      expect.objectContaining({ code: "E_DEPLOY", message: expect.stringMatching(pattern) }),
    );
  });

  it("a workdir that does not exist: DeployError, nothing left in tmp", async () => {
    const attempt = deploy(["./scripts/deploy.sh"], { workdir: join(dir, "missing") });
    await expect(attempt).rejects.toBeInstanceOf(DeployError);
    await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/working directory/) });
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe("createDriver", () => {
  it("builds the command driver from its config", () => {
    const driver = createDriver(config(["./scripts/deploy.sh"]));
    expect(driver.type).toBe("command");
  });

  it("an unknown driver type is a DeployError naming it", () => {
    const attempt = () => createDriver({ type: "kubernetes" } as unknown as CommandDriver);
    expect(attempt).toThrow(DeployError);
    expect(attempt).toThrow(/unknown deploy driver "kubernetes"/);
  });
});
