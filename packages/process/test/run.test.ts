import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CommandError,
  type CommandRun,
  describeRun,
  inheritedEnv,
  OUTPUT_TAIL_CHARS,
  type RunCommandOptions,
  runCommand,
  validateCommand,
} from "../src/index.ts";

const CHILD = join(import.meta.dirname, "fixtures", "child.mjs");
const NODE = process.execPath;
const ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin" };

let dir: string;
/** Processes a test started outside the runner's reach, stopped whatever the outcome. */
const strays: number[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gitops-process-"));
});
afterEach(() => {
  for (const pid of strays.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], options: Partial<RunCommandOptions> = {}): Promise<CommandRun> {
  return runCommand({
    command: [NODE, CHILD, ...args],
    cwd: dir,
    env: ENV,
    timeoutMs: 30_000,
    killGraceMs: 300,
    ...options,
  });
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

/** The process group a process is in, from /proc. */
function processGroup(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
}

/** Polls until `check` holds; a process may take a moment to finish dying after its signal. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`still not true after 5s: ${what}`);
}

function pids(file: string): { leader: number; other: number } {
  const [leader, other] = readFileSync(file, "utf8").trim().split(" ").map(Number);
  return { leader: leader!, other: other! };
}

describe("runCommand: how a command ends", () => {
  it("exit 0", async () => {
    const r = await run(["exit", "0"]);
    expect(r).toMatchObject({ exitCode: 0, signal: null, timedOut: false, cancelled: false });
    expect(r.pid).toBeGreaterThan(0);
    expect(r.spawnError).toBeUndefined();
    expect(r.outputTail).toBe("exiting 0\n");
    expect(describeRun([NODE], 1000, r)).toBe("exited 0");
  });

  it("a non-zero exit code", async () => {
    const r = await run(["exit", "3"]);
    expect(r).toMatchObject({ exitCode: 3, signal: null, timedOut: false });
    expect(describeRun([NODE], 1000, r)).toBe("exited 3");
  });

  it("killed by a signal it did not get from us", async () => {
    const r = await run(["self-kill"]);
    expect(r).toMatchObject({ exitCode: null, signal: "SIGKILL", timedOut: false, cancelled: false });
    expect(describeRun([NODE], 1000, r)).toBe("killed by SIGKILL");
  });

  it("durationMs comes from the clock given", async () => {
    const ticks = [1000, 3500];
    const r = await run(["exit", "0"], { now: () => ticks.shift()! });
    expect(r.durationMs).toBe(2500);
  });
});

describe("runCommand: timeouts, cancellation and the process group", () => {
  it("times out, and the whole process group (a grandchild sleep) is killed", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["hang", pidFile], { timeoutMs: 2000 });
    expect(r).toMatchObject({ timedOut: true, cancelled: false, signal: "SIGTERM" });
    expect(describeRun([NODE], 2000, r)).toBe("timed out after 2s");
    expect(r.outputTail).toContain("started");
    const { leader, other: grandchild } = pids(pidFile);
    expect(leader).toBe(r.pid);
    await eventually(() => gone(leader), `leader ${leader} is gone`);
    await eventually(() => gone(grandchild), `grandchild sleep ${grandchild} is gone`);
  });

  it("a command that ignores SIGTERM gets SIGKILL after the grace period", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["hang", pidFile, "stubborn"], { timeoutMs: 2000, killGraceMs: 200 });
    expect(r).toMatchObject({ timedOut: true, exitCode: null, signal: "SIGKILL" });
    expect(r.outputTail).toContain("ignoring SIGTERM");
    const { leader, other } = pids(pidFile);
    await eventually(() => gone(leader) && gone(other), "the group is gone");
  });

  it("aborting the signal stops the group: cancelled", async () => {
    const pidFile = join(dir, "pids");
    const controller = new AbortController();
    const r = await run(["hang", pidFile], {
      signal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.includes("started")) controller.abort();
      },
    });
    expect(r).toMatchObject({ cancelled: true, timedOut: false, signal: "SIGTERM" });
    expect(describeRun([NODE], 30_000, r)).toBe("cancelled");
    const { leader, other } = pids(pidFile);
    await eventually(() => gone(leader) && gone(other), "the group is gone");
  });

  it("an already-aborted signal starts nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await run(["touch", "marker"], { signal: controller.signal });
    expect(r).toEqual({
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelled: true,
      durationMs: 0,
      outputTail: "",
    });
    expect(describeRun([NODE], 30_000, r)).toBe("cancelled before it started");
    expect(existsSync(join(dir, "marker"))).toBe(false);
  });

  it("an abort after the command exited changes nothing", async () => {
    const controller = new AbortController();
    const r = await run(["exit", "0"], { signal: controller.signal });
    controller.abort();
    expect(r).toMatchObject({ exitCode: 0, cancelled: false });
  });

  it("what the command leaves running in its group (holding the pipes) is stopped when it exits", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["orphan", pidFile]);
    expect(r).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
    expect(r.outputTail).toBe("leaving a sleeper behind\n");
    const { other: sleeper } = pids(pidFile);
    await eventually(() => gone(sleeper), `left-behind sleep ${sleeper} is gone`);
  });

  it("a left-behind process that ignores SIGTERM gets SIGKILL after the grace period", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["orphan-stubborn", pidFile], { killGraceMs: 200 });
    expect(r).toMatchObject({ exitCode: 0 });
    const { other } = pids(pidFile);
    await eventually(() => gone(other), `stubborn left-behind process ${other} is gone`);
  });

  it("a process started in its own process group survives the command", async () => {
    const pidFile = join(dir, "pids");
    const r = await run(["detach", pidFile], { killGraceMs: 0 });
    const { leader, other: service } = pids(pidFile);
    strays.push(service);
    expect(r).toMatchObject({ exitCode: 0, cancelled: false, timedOut: false });
    expect(processGroup(service)).toBe(service);
    await eventually(() => gone(leader), `leader ${leader} is gone`);
    // The command's group got SIGTERM when it exited (SIGKILL after a grace of 0): give a
    // signal that reached the service time to take effect.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gone(service)).toBe(false);
  });
});

describe("runCommand: starting", () => {
  it("a program that does not exist: spawnError ENOENT, 'command not found'", async () => {
    const command = ["gitops-no-such-command-7c1f", "--x"];
    const r = await runCommand({ command, cwd: dir, env: ENV, timeoutMs: 30_000 });
    expect(r).toMatchObject({ exitCode: null, signal: null, timedOut: false, cancelled: false });
    expect(r.pid).toBeUndefined();
    expect(r.spawnError?.code).toBe("ENOENT");
    expect(describeRun(command, 30_000, r)).toBe("command not found: gitops-no-such-command-7c1f");
  });

  it("a file that is not executable: spawnError EACCES, 'command not executable'", async () => {
    writeFileSync(join(dir, "run.sh"), "#!/bin/sh\nexit 0\n", { mode: 0o644 });
    const r = await runCommand({ command: ["./run.sh"], cwd: dir, env: ENV, timeoutMs: 30_000 });
    expect(r.spawnError?.code).toBe("EACCES");
    expect(describeRun(["./run.sh"], 30_000, r)).toBe("command not executable: ./run.sh");
  });

  it("a relative program path is the working directory's, not PATH's", async () => {
    writeFileSync(join(dir, "run.sh"), '#!/bin/sh\necho "in $(pwd)"\n');
    chmodSync(join(dir, "run.sh"), 0o755);
    const r = await runCommand({ command: ["./run.sh"], cwd: dir, env: ENV, timeoutMs: 30_000 });
    expect(r).toMatchObject({ exitCode: 0, outputTail: `in ${dir}\n` });
  });

  it("passes arguments literally: no shell, so $(...), ; and globs are just text", async () => {
    const args = [
      "two words",
      `it's "quoted"`,
      "$(touch pwned)",
      "`touch pwned2`",
      "; touch pwned3",
      "*",
      "$HOME",
    ];
    const r = await run(["argv", ...args]);
    expect(JSON.parse(r.outputTail)).toEqual(args);
    for (const f of ["pwned", "pwned2", "pwned3"]) expect(existsSync(join(dir, f))).toBe(false);
  });
});

describe("runCommand: output", () => {
  it("streams output in order while the command runs, a character split across reads kept whole", async () => {
    const go = join(dir, "go");
    const chunks: { chunk: string; stream: string }[] = [];
    const r = await run(["stream", go], {
      onOutput: (chunk, stream) => {
        chunks.push({ chunk, stream });
        // The command waits for these files: the run only ends if each chunk came before its exit.
        if (chunk.includes("first line")) writeFileSync(`${go}.1`, "");
        if (chunk.includes("split: ")) writeFileSync(`${go}.2`, "");
      },
    });
    expect(r.exitCode).toBe(0);
    const text = (stream: string) =>
      chunks
        .filter((c) => c.stream === stream)
        .map((c) => c.chunk)
        .join("");
    expect(text("stdout")).toBe("first line\nsecond line\né€ split: 😀\n\x1b[31mred\x1b[0m done\n");
    expect(text("stderr")).toBe("a warning\n");
    // The first half of 😀 came with "split: " but was held back until the rest arrived.
    const split = chunks.findIndex((c) => c.chunk.endsWith("split: "));
    expect(split).toBeGreaterThanOrEqual(0);
    expect(
      chunks
        .slice(split + 1)
        .find((c) => c.stream === "stdout")
        ?.chunk.startsWith("😀"),
    ).toBe(true);
    expect(chunks.some((c) => c.chunk.includes("\uFFFD"))).toBe(false);
    // The tail has both streams, without terminal escapes.
    expect(r.outputTail).toContain("a warning\n");
    expect(r.outputTail).toContain("red done\n");
    expect(r.outputTail).not.toContain("\x1b");
  });

  it("keeps only the tail of long output", async () => {
    const r = await run(["loud"]);
    expect(r.exitCode).toBe(0);
    expect(r.outputTail.length).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS);
    expect(r.outputTail.length).toBeGreaterThan(OUTPUT_TAIL_CHARS - 100);
    expect(r.outputTail.endsWith(`line 19999 ${"x".repeat(40)}\nTHE END\n`)).toBe(true);
    expect(r.outputTail).not.toContain("line 0 ");
  });

  it("a listener that throws does not stop the run or lose the tail", async () => {
    const r = await run(["exit", "0"], {
      onOutput: () => {
        throw new Error("listener bug");
      },
    });
    expect(r).toMatchObject({ exitCode: 0, outputTail: "exiting 0\n" });
  });
});

describe("the environment", () => {
  it("the command gets exactly the env given: nothing of the parent's is inherited", async () => {
    // vitest sets VITEST in this process: a variable of the parent that is not passed on.
    expect(process.env.VITEST).toBeDefined();
    const r = await run(["env"], { env: { ...ENV, GITOPS_SERVICE: "orders" } });
    expect(JSON.parse(r.outputTail)).toEqual({ ...ENV, GITOPS_SERVICE: "orders" });
  });

  it("inheritedEnv picks the named variables that are set, nothing else", () => {
    const parent = { PATH: "/bin", HOME: "/home/runner", GITHUB_TOKEN: "ghs_secret", LANG: undefined };
    expect(inheritedEnv(["PATH", "HOME", "LANG", "CI"], parent)).toEqual({
      PATH: "/bin",
      HOME: "/home/runner",
    });
    expect(inheritedEnv([], parent)).toEqual({});
  });

  it("with inheritedEnv, a variable not in the list does not reach the command", async () => {
    const parent = { ...process.env, GITOPS_TEST_SECRET: "s3cret" };
    const r = await run(["env"], { env: { ...inheritedEnv(["PATH", "HOME"], parent), CI: "true" } });
    const childEnv = JSON.parse(r.outputTail) as Record<string, string>;
    expect(childEnv.GITOPS_TEST_SECRET).toBeUndefined();
    expect(Object.keys(childEnv).sort()).toEqual(
      ["CI", "PATH", ...(process.env.HOME === undefined ? [] : ["HOME"])].sort(),
    );
  });
});

describe("options that cannot be run are refused before anything starts", () => {
  it.each([
    ["an empty command", { command: [] }, "command", /non-empty list/],
    ["an empty program name", { command: [""] }, "command", /program name is empty/],
    ["a NUL in an argument", { command: [NODE, "a\0b"] }, "command", /NUL/],
    ["a zero timeout", { timeoutMs: 0 }, "timeoutMs", /positive/],
    ["an infinite timeout", { timeoutMs: Number.POSITIVE_INFINITY }, "timeoutMs", /positive/],
    ["a negative grace", { killGraceMs: -1 }, "killGraceMs", /non-negative/],
    ["a bad env name", { env: { "A=B": "x" } }, "env", /"A=B" is not a valid variable/],
    ["an empty env name", { env: { "": "x" } }, "env", /not a valid variable/],
    ["a NUL in an env value", { env: { A: "x\0y" } }, "env", /"A" is not a valid variable/],
    ["a missing cwd", { cwd: "/nonexistent/gitops-process-test" }, "cwd", /working directory/],
  ])("%s", async (_, override, field, pattern) => {
    const attempt = run(["touch", "marker"], override as Partial<RunCommandOptions>);
    await expect(attempt).rejects.toBeInstanceOf(CommandError);
    await expect(attempt).rejects.toMatchObject({
      code: "E_COMMAND",
      field,
      message: expect.stringMatching(pattern),
    });
    expect(existsSync(join(dir, "marker"))).toBe(false);
  });

  it("a cwd that is a file", async () => {
    writeFileSync(join(dir, "file"), "");
    await expect(run(["exit", "0"], { cwd: join(dir, "file") })).rejects.toMatchObject({
      field: "cwd",
      message: expect.stringContaining("not a directory"),
    });
  });

  it("validateCommand checks the same without running anything", () => {
    expect(() => validateCommand({ command: ["x"], env: {}, timeoutMs: 1 })).not.toThrow();
    expect(() => validateCommand({ command: ["x"], env: {}, timeoutMs: -5 })).toThrow(CommandError);
  });
});
