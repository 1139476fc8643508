// The regression runner: runs a service's end-to-end test command (any test tool) against the
// deployed service, streams its output, stops it (and everything it started) at a timeout or
// on cancellation, and reads the JUnit XML reports it wrote.
//
// The command is an argv run without a shell, in its own process group, with a small inherited
// environment plus what the caller passes. Pass/fail is the exit code AND the reports: a
// report with a failed case fails a run that exited 0, and a non-zero exit fails a run whose
// reports all pass. Only report files this run wrote count, so a stale report left by an
// earlier run can neither pass nor fail this one.
import { type ChildProcess, spawn } from "node:child_process";
import type { BigIntStats } from "node:fs";
import { lstat, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { findFiles, GlobError, parseGlob } from "./glob.ts";
import { decodeReportBytes, type JUnitReport, MAX_JUNIT_BYTES, mergeReports, parseJUnit } from "./junit.ts";

export interface RegressionOptions {
  /** argv: the program and its arguments, run without a shell. */
  command: string[];
  /** The deploy repo checkout: the command's working directory and the reports' root. */
  cwd: string;
  /**
   * Merged over a minimal inherited environment (PATH, HOME, LANG, TMPDIR, CI): the
   * descriptor's env and GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT, GITOPS_SERVICE_URL.
   */
  env: Record<string, string>;
  timeoutMs: number;
  /** Where the command writes JUnit XML, a glob relative to cwd (`*`, `**`, `?`). */
  reports?: string;
  /** Output as it comes, decoded as UTF-8 (a character split across reads is kept whole). */
  onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
  signal?: AbortSignal;
  /** After SIGTERM to the process group, how long before SIGKILL (default 5 s). */
  killGraceMs?: number;
  /** The environment the inherited variables come from (default process.env). */
  parentEnv?: Record<string, string | undefined>;
  /** The clock for durationMs (default performance.now). */
  now?: () => number;
}

export interface RegressionResult {
  /** Exit 0, not timed out or cancelled, and no failed or errored case in this run's reports. */
  ok: boolean;
  exitCode: number | null;
  /** The signal that ended the command, if one did. */
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  durationMs: number;
  /** The report files this run wrote, relative to cwd. */
  reportFiles: string[];
  /** Every readable report merged; absent when none could be read. */
  report?: JUnitReport;
  /** Report files that could not be read ("file: why"), or why no report was found (which fails the run). */
  reportErrors: string[];
  /** The last ~64 KiB of stdout and stderr as they interleaved, terminal escapes removed. */
  outputTail: string;
  /** One line for people: "12 tests, 2 failed", "exited 1", "timed out after 5m", … */
  reason: string;
}

/** A regression that cannot start as configured: nothing was run. */
export class RegressionError extends Error {
  readonly code = "E_REGRESSION";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RegressionError";
  }
}

export const INHERITED_ENV = ["PATH", "HOME", "LANG", "TMPDIR", "CI"] as const;
export const OUTPUT_TAIL_CHARS = 64 * 1024;
const DEFAULT_KILL_GRACE_MS = 5000;
/** After the command has been told to stop, how long to wait for its pipes beyond the grace. */
const DRAIN_MS = 2000;
/** setTimeout's limit: a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

// The same binding as junit.ts's, so `export *` of both modules is not ambiguous.
export { failureAnnotations } from "./junit.ts";

export async function runRegression(options: RegressionOptions): Promise<RegressionResult> {
  const { command, cwd, timeoutMs, signal, onOutput } = options;
  const now = options.now ?? (() => performance.now());
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  validate(options, graceMs);
  const env = buildEnv(options);
  if (options.reports !== undefined) {
    try {
      parseGlob(options.reports);
    } catch (e) {
      if (e instanceof GlobError) throw new RegressionError(`regression.reports: ${e.message}`, { cause: e });
      throw e;
    }
  }
  try {
    if (!(await stat(cwd)).isDirectory()) throw new Error("not a directory");
  } catch (e) {
    throw new RegressionError(`the working directory ${cwd} cannot be used: ${(e as Error).message}`, {
      cause: e,
    });
  }

  const notStarted: RegressionResult = {
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
  if (signal?.aborted) return notStarted;

  const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
  if (signal?.aborted) return notStarted;
  const tail = new Tail();
  const started = now();
  const run = await execute(command, cwd, env, timeoutMs, graceMs, signal, (chunk, stream) => {
    tail.add(chunk);
    if (onOutput) {
      try {
        onOutput(chunk, stream);
      } catch {
        // A listener that throws must not stop the run or lose the output.
      }
    }
  });
  const durationMs = Math.max(0, Math.round(now() - started));

  const reportFiles: string[] = [];
  const reportErrors: string[] = [];
  let report: JUnitReport | undefined;
  if (options.reports !== undefined) {
    const read = await readReports(cwd, options.reports, before);
    reportFiles.push(...read.files);
    reportErrors.push(...read.errors);
    if (read.reports.length > 0) report = mergeReports(read.reports);
  }

  const failedCases = report === undefined ? 0 : report.failures + report.errors;
  const ok =
    run.spawnError === undefined &&
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
    outputTail: tail.value(),
    reason: describe(
      command,
      timeoutMs,
      run,
      options.reports !== undefined,
      reportFiles,
      report,
      reportErrors,
    ),
  };
}

function validate(options: RegressionOptions, graceMs: number): void {
  const { command, timeoutMs } = options;
  if (!Array.isArray(command) || command.length === 0 || command.some((a) => typeof a !== "string")) {
    throw new RegressionError("regression.command must be a non-empty list of strings");
  }
  if (command[0] === "") throw new RegressionError("regression.command: the program name is empty");
  if (command.some((a) => a.includes("\0"))) {
    throw new RegressionError("regression.command: an argument contains a NUL character");
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RegressionError(`regression timeout must be a positive number of ms, not ${timeoutMs}`);
  }
  if (!Number.isFinite(graceMs) || graceMs < 0) {
    throw new RegressionError(`killGraceMs must be a non-negative number of ms, not ${graceMs}`);
  }
  for (const [k, v] of Object.entries(options.env)) {
    if (k === "" || k.includes("=") || k.includes("\0") || typeof v !== "string" || v.includes("\0")) {
      throw new RegressionError(`regression.env: ${JSON.stringify(k)} is not a valid variable`);
    }
  }
}

function buildEnv(options: RegressionOptions): Record<string, string> {
  const parent = options.parentEnv ?? process.env;
  const env: Record<string, string> = {};
  for (const k of INHERITED_ENV) {
    const v = parent[k];
    if (v !== undefined) env[k] = v;
  }
  return { ...env, ...options.env };
}

// --- the process --------------------------------------------------------------------------------

interface Run {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  spawnError?: NodeJS.ErrnoException;
}

function execute(
  command: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  graceMs: number,
  abort: AbortSignal | undefined,
  emit: (chunk: string, stream: "stdout" | "stderr") => void,
): Promise<Run> {
  return new Promise<Run>((resolve) => {
    const run: Run = { exitCode: null, signal: null, timedOut: false, cancelled: false };
    const timers: NodeJS.Timeout[] = [];
    let stopping = false;
    let done = false;
    let killTimer: NodeJS.Timeout | undefined;
    let exited = false;

    // detached: the command leads a new process group (setsid), so one signal to -pid reaches
    // everything it started that did not leave the group itself.
    let child: ChildProcess;
    try {
      child = spawn(command[0]!, command.slice(1), {
        cwd,
        env,
        shell: false,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        windowsHide: true,
      });
    } catch (e) {
      // libuv errors other than the usual ENOENT/EACCES (E2BIG, …) are thrown, not emitted.
      run.spawnError = e as NodeJS.ErrnoException;
      resolve(run);
      return;
    }

    const killGroup = (sig: NodeJS.Signals): void => {
      const pid = child.pid;
      if (pid === undefined) return;
      try {
        process.kill(-pid, sig);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ESRCH") {
          try {
            child.kill(sig);
          } catch {
            // nothing more to do
          }
        }
      }
    };

    const groupAlive = (): boolean => {
      if (child.pid === undefined) return false;
      try {
        process.kill(-child.pid, 0);
        return true;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === "EPERM";
      }
    };

    const finish = (): void => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      abort?.removeEventListener("abort", onAbort);
      // Members of the group that got SIGTERM but no longer hold the pipes still get their
      // grace period, then SIGKILL, without holding up the result (the timer is unref'd).
      if (killTimer !== undefined && groupAlive()) killTimer.unref();
      else if (killTimer !== undefined) clearTimeout(killTimer);
      resolve(run);
    };

    /** SIGTERM to the group now, SIGKILL after the grace, and stop waiting for the pipes after that. */
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => killGroup("SIGKILL"), graceMs);
      timers.push(
        setTimeout(() => {
          // Something outside the group (it called setsid) still holds the pipes.
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        }, graceMs + DRAIN_MS),
      );
    };

    const onAbort = (): void => {
      // After the command exited, its leftovers are already being stopped: nothing to cancel.
      if (done || exited) return;
      run.cancelled = true;
      stop();
    };

    for (const stream of ["stdout", "stderr"] as const) {
      const decoder = new StringDecoder("utf8");
      const pipe = child[stream];
      pipe?.on("data", (buf: Buffer) => {
        const text = decoder.write(buf);
        if (text) emit(text, stream);
      });
      pipe?.on("end", () => {
        const text = decoder.end();
        if (text) emit(text, stream);
      });
      pipe?.on("error", () => {
        // a destroyed pipe; the run ends through finish()
      });
    }

    child.on("error", (e: NodeJS.ErrnoException) => {
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

    timers.push(
      setTimeout(
        () => {
          if (done || stopping) return;
          run.timedOut = true;
          stop();
        },
        Math.min(timeoutMs, MAX_TIMER_MS),
      ),
    );
    if (abort !== undefined) abort.addEventListener("abort", onAbort, { once: true });
  });
}

/** The last OUTPUT_TAIL_CHARS characters of the output, kept without holding all of it. */
class Tail {
  private buf = "";
  add(chunk: string): void {
    this.buf += chunk;
    if (this.buf.length > 2 * OUTPUT_TAIL_CHARS) this.buf = this.buf.slice(-OUTPUT_TAIL_CHARS);
  }
  value(): string {
    let s = this.buf.replace(ANSI, "");
    if (s.length > OUTPUT_TAIL_CHARS) {
      s = s.slice(-OUTPUT_TAIL_CHARS);
      const first = s.charCodeAt(0);
      if (first >= 0xdc00 && first <= 0xdfff) s = s.slice(1); // half of a surrogate pair
    }
    return s;
  }
}

// CSI (colours, cursor moves), OSC (titles, links) and two-character escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

// --- the reports ----------------------------------------------------------------------------------

type Fingerprint = string;

function fingerprint(st: BigIntStats): Fingerprint {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

/**
 * The report files present before the run, by inode, size and modification/change times (to the
 * nanosecond). A file counts as written by the run when it is new or any of these changed.
 * This does not compare file times with the clock: file timestamps come from a coarser kernel
 * clock than the process's, and a report written in the first milliseconds could look older
 * than the start.
 */
async function snapshot(cwd: string, pattern: string): Promise<Map<string, Fingerprint>> {
  const out = new Map<string, Fingerprint>();
  const { files } = await findFiles(cwd, pattern);
  for (const f of files) {
    try {
      out.set(f, fingerprint(await lstat(join(cwd, f), { bigint: true })));
    } catch {
      // gone already
    }
  }
  return out;
}

async function readReports(
  cwd: string,
  pattern: string,
  before: Map<string, Fingerprint>,
): Promise<{ files: string[]; reports: JUnitReport[]; errors: string[] }> {
  const files: string[] = [];
  const reports: JUnitReport[] = [];
  const errors: string[] = [];
  const found = await findFiles(cwd, pattern);
  let stale = 0;
  for (const f of found.files) {
    let st: BigIntStats;
    try {
      st = await lstat(join(cwd, f), { bigint: true });
    } catch {
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
      const text = decodeReportBytes(await readFile(join(cwd, f)));
      reports.push(parseJUnit(text, f));
    } catch (e) {
      errors.push(
        e instanceof Error && "code" in e && e.code === "E_JUNIT" ? e.message : `${f}: ${String(e)}`,
      );
    }
  }
  if (found.truncated) errors.push(`stopped looking for ${pattern} after too many files`);
  if (files.length === 0) {
    const old = stale === 0 ? "" : ` (${stale} older file${stale === 1 ? "" : "s"} ignored)`;
    errors.push(`no report matching ${pattern} was written by this run${old}`);
  }
  return { files, reports, errors };
}

// --- the one line for people ---------------------------------------------------------------------

function describe(
  command: string[],
  timeoutMs: number,
  run: Run,
  reportsConfigured: boolean,
  reportFiles: string[],
  report: JUnitReport | undefined,
  reportErrors: string[],
): string {
  const program = command[0]!;
  if (run.spawnError !== undefined) {
    const code = run.spawnError.code;
    if (code === "ENOENT") return `command not found: ${program}`;
    if (code === "EACCES") return `command not executable: ${program}`;
    return `could not start ${program}: ${run.spawnError.message}`;
  }
  if (run.cancelled) return "cancelled";
  if (run.timedOut) return `timed out after ${formatDuration(timeoutMs)}`;

  const exit = run.signal !== null ? `killed by ${run.signal}` : `exited ${run.exitCode}`;
  const unreadable = report === undefined ? 0 : reportErrors.length;
  const note = unreadable === 0 ? "" : `; ${unreadable} report problem${unreadable === 1 ? "" : "s"}`;
  if (report === undefined) {
    if (!reportsConfigured) return exit;
    return `${exit}; ${reportFiles.length === 0 ? "no report" : "no readable report"}`;
  }
  const summary = summarizeReport(report);
  if (report.failures + report.errors > 0) {
    return `${summary}${run.exitCode === 0 ? " (though it exited 0)" : ""}${note}`;
  }
  if (run.exitCode !== 0 || run.signal !== null) return `${exit} (${summary})${note}`;
  return `${summary}${note}`;
}

/** "12 tests, 2 failed, 1 errored, 3 skipped", or "12 tests passed" / "12 tests passed, 3 skipped". */
export function summarizeReport(report: JUnitReport): string {
  const tests = `${report.tests} test${report.tests === 1 ? "" : "s"}`;
  const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : "";
  if (report.failures + report.errors === 0) return `${tests} passed${skipped}`;
  const failed = report.failures > 0 ? `, ${report.failures} failed` : "";
  const errored = report.errors > 0 ? `, ${report.errors} errored` : "";
  return `${tests}${failed}${errored}${skipped}`;
}

/** 300000 → "5m", 90000 → "1m 30s", 1500 → "1.5s", 250 → "250ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Math.round(ms / 100) / 10}s`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean).join(" ");
}
