import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failureAnnotations } from "../src/annotations.ts";
import {
  INHERITED_ENV,
  OUTPUT_TAIL_CHARS,
  RegressionError,
  type RegressionOptions,
  runRegression,
} from "../src/regression.ts";

const FAKE = join(import.meta.dirname, "fixtures", "fake-suite.mjs");
const JUNIT = join(import.meta.dirname, "fixtures", "junit");
const NODE = process.execPath;
const GITOPS_ENV = {
  GITOPS_SERVICE: "orders",
  GITOPS_VERSION: "1.4.2",
  GITOPS_ENVIRONMENT: "staging",
  GITOPS_SERVICE_URL: "http://127.0.0.1:18080",
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gitops-regression-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], options: Partial<RegressionOptions> = {}) {
  return runRegression({
    command: [NODE, FAKE, ...args],
    cwd: dir,
    env: GITOPS_ENV,
    timeoutMs: 30_000,
    killGraceMs: 300,
    reports: "reports/*.xml",
    ...options,
  });
}

function put(rel: string, content: string): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
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

function pids(file: string): { leader: number; sleeper: number } {
  const [leader, sleeper] = readFileSync(file, "utf8").trim().split(" ").map(Number);
  return { leader: leader!, sleeper: sleeper! };
}

describe("runRegression: pass and fail", () => {
  it("a passing suite: exit 0 and a passing report", async () => {
    const r = await run(["pass", "reports/junit.xml"]);
    expect(r).toMatchObject({
      ok: true,
      exitCode: 0,
      signal: null,
      timedOut: false,
      cancelled: false,
      reportFiles: ["reports/junit.xml"],
      reportErrors: [],
      reason: "3 tests passed",
    });
    expect(r.report).toMatchObject({ tests: 3, failures: 0, errors: 0, skipped: 0 });
    // The service's URL, version and environment reached the tests.
    expect(r.report!.cases[0]!.name).toBe("GET http://127.0.0.1:18080/health");
    expect(r.report!.cases[0]!.suite).toBe("orders 1.4.2 on staging");
    expect(r.outputTail).toBe("3 tests passed against http://127.0.0.1:18080\n");
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("a failing suite: exit 1, failures with file and line become annotations", async () => {
    const r = await run(["fail", "reports/junit.xml"]);
    expect(r).toMatchObject({ ok: false, exitCode: 1, reason: "3 tests, 2 failed" });
    expect(failureAnnotations(r.report!)).toEqual([
      {
        file: "tests/test_orders.py",
        line: 12,
        title: "Test failed: tests.test_orders › test_create",
        message: expect.stringContaining('assert api.post("http://127.0.0.1:18080/orders").status == 201'),
      },
      {
        file: "tests/test_orders.py",
        line: 22,
        title: "Test failed: tests.test_orders › test_cancel",
        message: "KeyError: 'id'\n\ntests/test_orders.py:22: KeyError",
      },
    ]);
  });

  it("a report with a failure fails the run even when the command exits 0", async () => {
    const r = await run(["exit0-with-failure", "reports/vitest.xml"]);
    expect(r).toMatchObject({ ok: false, exitCode: 0, reason: "3 tests, 1 failed (though it exited 0)" });
    expect(failureAnnotations(r.report!)).toEqual([
      expect.objectContaining({
        file: "e2e/cart.test.ts",
        line: 30,
        title: "Test failed: e2e/cart.test.ts › cart > totals",
      }),
    ]);
  });

  it("a non-zero exit fails the run even when the reports pass", async () => {
    const r = await run(["pass-but-exit", "reports/junit.xml"]);
    expect(r).toMatchObject({ ok: false, exitCode: 1, reason: "exited 1 (3 tests passed)" });
    expect(r.report?.failures).toBe(0);
    expect(r.outputTail).toContain("teardown: could not delete test data");
  });

  it("a crash with no report: fails by the exit code, says no report was written", async () => {
    const r = await run(["crash"]);
    expect(r).toMatchObject({
      ok: false,
      exitCode: 2,
      reason: "exited 2; no report",
      reportFiles: [],
      reportErrors: ["no report matching reports/*.xml was written by this run"],
    });
    expect(r.report).toBeUndefined();
    expect(r.outputTail).toContain("panic: runtime error");
  });

  it("a crash that leaves a truncated report names the file in reportErrors", async () => {
    const r = await run(["crash-truncated", "reports/junit.xml"]);
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(3);
    expect(r.reportFiles).toEqual(["reports/junit.xml"]);
    expect(r.report).toBeUndefined();
    expect(r.reportErrors).toHaveLength(1);
    expect(r.reportErrors[0]).toMatch(/^reports\/junit\.xml:\d+:\d+: unexpected end of the report/);
    expect(r.reason).toBe("exited 3; no readable report");
  });

  it("one unreadable report among good ones: the good ones count, the bad one is named", async () => {
    put("reports/other.xml", "<testsuite><testcase>");
    // Written during the run: the command below rewrites it after the snapshot.
    const r = await runRegression({
      command: [
        NODE,
        "-e",
        `require("fs").writeFileSync("reports/other.xml", "<html>oops</html>"); ${copyScript("vitest.xml", "reports/v.xml")}`,
      ],
      cwd: dir,
      env: GITOPS_ENV,
      timeoutMs: 30_000,
      reports: "reports/*.xml",
    });
    expect(r.reportFiles).toEqual(["reports/other.xml", "reports/v.xml"]);
    expect(r.reportErrors).toEqual([
      expect.stringMatching(/^reports\/other\.xml:1:1: not a JUnit report: the root element is <html>/),
    ]);
    expect(r.report?.tests).toBe(3);
    expect(r.reason).toBe("3 tests, 1 failed, 1 skipped (though it exited 0); 1 report problem");
  });

  it("reports per package in nested directories, found with **", async () => {
    const ok = await run(["go-packages", "reports/go"], { reports: "reports/**/*.xml" });
    expect(ok).toMatchObject({
      ok: true,
      reportFiles: ["reports/go/nested/deeper/cart.xml", "reports/go/orders.xml"],
      reason: "2 tests passed",
    });
    const failing = await run(["go-packages", "reports/go2", "fail"], { reports: "reports/go2/**" });
    expect(failing.reportFiles).toEqual([
      "reports/go2/nested/deeper/cart.xml",
      "reports/go2/not-a-report.txt",
      "reports/go2/orders.xml",
    ]);
    expect(failing.reportErrors).toEqual([
      expect.stringMatching(/^reports\/go2\/not-a-report\.txt:1:1: .*not a JUnit report/),
    ]);
    expect(failing).toMatchObject({ ok: false, exitCode: 1, reason: "2 tests, 1 failed; 1 report problem" });
  });

  it("without a reports pattern, the exit code decides", async () => {
    const r = await run(["touch", "marker"], { reports: undefined });
    expect(r).toMatchObject({ ok: true, exitCode: 0, reason: "exited 0", reportFiles: [], reportErrors: [] });
    expect(r.report).toBeUndefined();
    const bad = await run(["crash"], { reports: undefined });
    expect(bad).toMatchObject({ ok: false, reason: "exited 2" });
  });
});

function copyScript(fixture: string, dest: string): string {
  return `require("fs").copyFileSync(${JSON.stringify(join(JUNIT, fixture))}, ${JSON.stringify(dest)});`;
}

describe("runRegression: stale reports", () => {
  it("a stale failing report from an earlier run does not fail this one", async () => {
    put("reports/old.xml", readFileSync(join(JUNIT, "surefire.xml"), "utf8"));
    const r = await run(["pass", "reports/junit.xml"]);
    expect(r).toMatchObject({ ok: true, reportFiles: ["reports/junit.xml"], reason: "3 tests passed" });
    expect(r.report?.tests).toBe(3);
  });

  it("a stale passing report cannot stand in for a run that wrote none", async () => {
    put(
      "reports/junit.xml",
      readFileSync(join(JUNIT, "jest-junit.xml"), "utf8").replace(/<failure>[\s\S]*?<\/failure>/, ""),
    );
    const r = await run(["touch", "marker"]);
    expect(r.ok).toBe(false); // exit 0, but the promised report never came
    expect(r.report).toBeUndefined();
    expect(r.reportFiles).toEqual([]);
    expect(r.reportErrors).toEqual([
      "no report matching reports/*.xml was written by this run (1 older file ignored)",
    ]);
    expect(r.reason).toBe("exited 0; no report");
    const crashed = await run(["crash"]);
    expect(crashed).toMatchObject({ ok: false, reason: "exited 2; no report" });
  });

  it("a report file the run overwrites counts, with the new content", async () => {
    const old = put("reports/junit.xml", readFileSync(join(JUNIT, "surefire.xml"), "utf8"));
    const past = new Date(Date.now() - 3600_000);
    utimesSync(old, past, past);
    const r = await run(["pass", "reports/junit.xml"]);
    expect(r).toMatchObject({ ok: true, reportFiles: ["reports/junit.xml"], reason: "3 tests passed" });
  });

  it("a report rewritten in place with the same size still counts (mtime/ctime change)", async () => {
    put("reports/junit.xml", readFileSync(join(JUNIT, "vitest.xml"), "utf8"));
    const r = await runRegression({
      command: [NODE, "-e", copyScript("vitest.xml", "reports/junit.xml")],
      cwd: dir,
      env: {},
      timeoutMs: 30_000,
      reports: "reports/*.xml",
    });
    expect(r.reportFiles).toEqual(["reports/junit.xml"]);
    expect(r.report?.failures).toBe(1);
  });
});

describe("runRegression: timeouts, cancellation and the process group", () => {
  it("times out, and the whole process group (a grandchild sleep) is killed", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["hang", pidFile], { timeoutMs: 3000 });
    expect(r).toMatchObject({ ok: false, timedOut: true, cancelled: false, reason: "timed out after 3s" });
    expect(r.signal).toBe("SIGTERM");
    expect(r.outputTail).toContain("started");
    const { leader, sleeper } = pids(pidFile);
    await eventually(() => gone(leader), `leader ${leader} is gone`);
    await eventually(() => gone(sleeper), `grandchild sleep ${sleeper} is gone`);
  });

  it("a command that ignores SIGTERM is killed with SIGKILL after the grace period", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["hang", pidFile, "stubborn"], { timeoutMs: 3000, killGraceMs: 200 });
    expect(r).toMatchObject({ ok: false, timedOut: true, exitCode: null, signal: "SIGKILL" });
    expect(r.outputTail).toContain("ignoring SIGTERM");
    const { leader, sleeper } = pids(pidFile);
    await eventually(() => gone(leader) && gone(sleeper), "the group is gone");
  });

  it("cancellation through an AbortSignal stops the group", async () => {
    const pidFile = join(dir, "pids");
    const controller = new AbortController();
    const r = await run(["hang", pidFile], {
      signal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.includes("started")) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, cancelled: true, timedOut: false, reason: "cancelled" });
    const { leader, sleeper } = pids(pidFile);
    await eventually(() => gone(leader) && gone(sleeper), "the group is gone");
  });

  it("an already-aborted signal runs nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await run(["touch", "marker"], { signal: controller.signal });
    expect(r).toMatchObject({
      ok: false,
      cancelled: true,
      exitCode: null,
      reason: "cancelled before it started",
    });
    expect(existsSync(join(dir, "marker"))).toBe(false);
  });

  it("what the command leaves running (holding its output pipes) is stopped when it exits", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["orphan", pidFile], { reports: undefined });
    expect(r).toMatchObject({ ok: true, exitCode: 0, timedOut: false });
    expect(r.outputTail).toContain("leaving a sleeper behind");
    const { sleeper } = pids(pidFile);
    await eventually(() => gone(sleeper), `left-behind sleep ${sleeper} is gone`);
  });

  it("a left-behind process that ignores SIGTERM gets SIGKILL after the grace period", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["orphan-stubborn", pidFile], { reports: undefined, killGraceMs: 200 });
    expect(r).toMatchObject({ ok: true, exitCode: 0 });
    const { sleeper } = pids(pidFile);
    await eventually(() => gone(sleeper), `stubborn left-behind process ${sleeper} is gone`);
  });
});

describe("runRegression: output, environment and arguments", () => {
  it("streams output in order while the command runs, decoding characters split across reads", async () => {
    const go = join(dir, "go");
    const chunks: { chunk: string; stream: string }[] = [];
    const r = await run(["stream", go], {
      reports: undefined,
      onOutput: (chunk, stream) => {
        chunks.push({ chunk, stream });
        // The command waits for this file: the run only ends if this chunk came before the exit.
        if (chunk.includes("first line")) writeFileSync(go, "");
      },
    });
    expect(r.ok).toBe(true);
    const stdout = chunks
      .filter((c) => c.stream === "stdout")
      .map((c) => c.chunk)
      .join("");
    const stderr = chunks
      .filter((c) => c.stream === "stderr")
      .map((c) => c.chunk)
      .join("");
    expect(stdout).toBe("first line\nsecond line\né€😀 multi-byte split: 😀\n\x1b[31mred\x1b[0m done\n");
    expect(stderr).toBe("a warning\n");
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.some((c) => c.chunk.includes("\uFFFD"))).toBe(false);
    // The tail has both streams, without terminal escapes.
    expect(r.outputTail).toContain("a warning\n");
    expect(r.outputTail).toContain("red done\n");
    expect(r.outputTail).not.toContain("\x1b");
  });

  it("keeps only the tail of long output", async () => {
    const r = await run(["loud"], { reports: undefined });
    expect(r.ok).toBe(true);
    expect(r.outputTail.length).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS);
    expect(r.outputTail.length).toBeGreaterThan(OUTPUT_TAIL_CHARS - 100);
    expect(r.outputTail.endsWith(`line 19999 ${"x".repeat(40)}\nTHE END\n`)).toBe(true);
    expect(r.outputTail).not.toContain("line 0 ");
  });

  it("a listener that throws does not stop the run", async () => {
    const r = await run(["pass", "reports/junit.xml"], {
      onOutput: () => {
        throw new Error("listener bug");
      },
    });
    expect(r.ok).toBe(true);
  });

  it("the command gets the minimal inherited env plus what the caller passes, nothing else of the parent's", async () => {
    // vitest sets VITEST in this process: an unrelated variable of the parent.
    expect(process.env.VITEST).toBeDefined();
    const r = await run(["env"], { env: { ...GITOPS_ENV, BASE_PATH: "/api" }, reports: undefined });
    const childEnv = JSON.parse(r.outputTail) as Record<string, string>;
    expect(childEnv).toMatchObject({ ...GITOPS_ENV, BASE_PATH: "/api", PATH: process.env.PATH });
    expect(childEnv.VITEST).toBeUndefined();
    const allowed = new Set<string>([...INHERITED_ENV, ...Object.keys(GITOPS_ENV), "BASE_PATH"]);
    expect(Object.keys(childEnv).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it("inherits only PATH, HOME, LANG, TMPDIR and CI from the parent env given, and the caller's env wins", async () => {
    const r = await run(["env"], {
      parentEnv: {
        PATH: process.env.PATH,
        HOME: "/home/runner",
        LANG: "de_DE.UTF-8",
        CI: "true",
        GITHUB_TOKEN: "ghs_secret",
        AWS_SECRET_ACCESS_KEY: "secret",
      },
      env: { ...GITOPS_ENV, LANG: "C.UTF-8" },
      reports: undefined,
    });
    const childEnv = JSON.parse(r.outputTail) as Record<string, string>;
    expect(childEnv).toEqual({
      PATH: process.env.PATH,
      HOME: "/home/runner",
      LANG: "C.UTF-8",
      CI: "true",
      ...GITOPS_ENV,
    });
  });

  it("passes arguments literally: no shell, so spaces, quotes, $(...), ; and globs are just text", async () => {
    const args = [
      "two words",
      `it's "quoted"`,
      "$(touch pwned)",
      "`touch pwned2`",
      "; touch pwned3",
      "*",
      "$HOME",
      "a\nb",
    ];
    const r = await run(["argv", ...args], { reports: undefined });
    expect(JSON.parse(r.outputTail)).toEqual(args);
    for (const f of ["pwned", "pwned2", "pwned3"]) expect(existsSync(join(dir, f))).toBe(false);
  });

  it("runs in cwd: a relative program path and relative report paths are the deploy repo's", async () => {
    // No mkdir: like `node --test --test-reporter-destination`, the tool expects the report's
    // directory to exist, and the runner makes the part of the pattern before any wildcard.
    put(
      "bin/e2e.mjs",
      `import { copyFileSync } from "node:fs"; copyFileSync(${JSON.stringify(join(JUNIT, "go-junit-report.xml"))}, "out/go.xml"); process.exit(1);`,
    );
    const r = await runRegression({
      command: [NODE, "bin/e2e.mjs"],
      cwd: dir,
      env: {},
      timeoutMs: 30_000,
      reports: "out/*.xml",
    });
    expect(r).toMatchObject({
      ok: false,
      exitCode: 1,
      reportFiles: ["out/go.xml"],
      reason: "4 tests, 1 failed, 1 errored, 1 skipped",
    });
  });

  it("a command that does not exist: not ok, 'command not found'", async () => {
    const r = await runRegression({
      command: ["gitops-no-such-command-7c1f", "--x"],
      cwd: dir,
      env: GITOPS_ENV,
      timeoutMs: 30_000,
    });
    expect(r).toMatchObject({
      ok: false,
      exitCode: null,
      signal: null,
      timedOut: false,
      reason: "command not found: gitops-no-such-command-7c1f",
    });
  });

  it("a file that is not executable: not ok, 'command not executable'", async () => {
    const script = put("run-tests.sh", "#!/bin/sh\nexit 0\n");
    chmodSync(script, 0o644);
    const r = await runRegression({
      command: ["./run-tests.sh"],
      cwd: dir,
      env: GITOPS_ENV,
      timeoutMs: 30_000,
    });
    expect(r).toMatchObject({ ok: false, exitCode: null, reason: "command not executable: ./run-tests.sh" });
  });

  it("an executable script by relative path runs (found in cwd, not on PATH)", async () => {
    const script = put("run-tests.sh", `#!/bin/sh\necho "testing $GITOPS_SERVICE_URL"\nexit 0\n`);
    chmodSync(script, 0o755);
    const r = await runRegression({
      command: ["./run-tests.sh"],
      cwd: dir,
      env: GITOPS_ENV,
      timeoutMs: 30_000,
    });
    expect(r).toMatchObject({ ok: true, reason: "exited 0", outputTail: "testing http://127.0.0.1:18080\n" });
  });
});

describe("runRegression refuses a configuration it cannot run, before running anything", () => {
  it.each([
    ["../outside/*.xml", /would leave the repository/],
    ["reports/../../x.xml", /would leave the repository/],
    ["/tmp/*.xml", /not absolute/],
    ["C:/reports/*.xml", /not absolute/],
    ["reports\\*.xml", /use "\/"/],
    ["reports/*.{xml,json}", /only \*, \*\* and \? are supported/],
    ["", /empty/],
    ["./", /names no file/],
  ])("reports %j", async (reports, pattern) => {
    const attempt = run(["touch", "marker"], { reports });
    await expect(attempt).rejects.toBeInstanceOf(RegressionError);
    await expect(attempt).rejects.toMatchObject({
      code: "E_REGRESSION",
      message: expect.stringMatching(pattern),
    });
    expect(existsSync(join(dir, "marker"))).toBe(false);
  });

  it.each([
    ["an empty command", { command: [] }, /non-empty list/],
    ["a NUL in an argument", { command: [NODE, "a\0b"] }, /NUL/],
    ["a zero timeout", { timeoutMs: 0 }, /positive/],
    ["a bad env name", { env: { "A=B": "x" } }, /not a valid variable/],
    ["a missing cwd", { cwd: "/nonexistent/gitops-deploy-repo" }, /working directory/],
  ])("%s", async (_, override, pattern) => {
    await expect(run(["touch", "marker"], override as Partial<RegressionOptions>)).rejects.toMatchObject({
      code: "E_REGRESSION",
      message: expect.stringMatching(pattern),
    });
  });
});
