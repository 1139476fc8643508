// The regression runner: runs a service's end-to-end test command (any test tool) against the
// deployed service, streams its output, stops it (and everything it started) at a timeout or
// on cancellation, and reads the JUnit XML reports it wrote.
//
// The command is an argv run without a shell, in its own process group, with a small inherited
// environment plus what the caller passes. Pass/fail is the exit code AND the reports: a
// report with a failed case fails a run that exited 0, and a non-zero exit fails a run whose
// reports all pass. Only report files this run wrote count, so a stale report left by an
// earlier run can neither pass nor fail this one.
import type { BigIntStats } from "node:fs";
import { lstat, mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  CommandError,
  type CommandRun,
  DEFAULT_KILL_GRACE_MS,
  describeRun,
  inheritedEnv,
  runCommand,
  validateCommand,
} from "@gitops/process";
import { findFiles, GlobError, hasWildcard, parseGlob } from "./glob.ts";
import { type JUnitReport, MAX_JUNIT_BYTES, mergeReports, parseJUnit } from "./junit.ts";
import { decodeReportBytes } from "./junit-bytes.ts";

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
// Part of this package's API since before the runner moved to @gitops/process.
export { OUTPUT_TAIL_CHARS } from "@gitops/process";

export async function runRegression(options: RegressionOptions): Promise<RegressionResult> {
  const { command, cwd, timeoutMs, signal, onOutput } = options;
  const now = options.now ?? (() => performance.now());
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  validate(options, graceMs);
  const env = buildEnv(options);
  let reportDir: string[] = [];
  if (options.reports !== undefined) {
    try {
      // The directories before the first wildcard: made ready, since many test tools (node --test,
      // pytest --junitxml) write a report file but not the directory it goes in.
      const segments = parseGlob(options.reports);
      const wild = segments.findIndex(hasWildcard);
      reportDir = segments.slice(0, wild === -1 ? segments.length - 1 : wild);
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
  if (reportDir.length > 0) await mkdir(join(cwd, ...reportDir), { recursive: true });

  const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
  if (signal?.aborted) return notStarted;
  let run: CommandRun;
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
  } catch (e) {
    if (e instanceof CommandError) throw asRegressionError(e);
    throw e;
  }
  // Aborted while the runner checked cwd: nothing ran, as above.
  if (run.cancelled && run.pid === undefined) return notStarted;
  const durationMs = run.durationMs;

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
    outputTail: run.outputTail,
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
  try {
    validateCommand({ ...options, killGraceMs: graceMs });
  } catch (e) {
    if (e instanceof CommandError) throw asRegressionError(e);
    throw e;
  }
}

/** The runner's message, named as the descriptor's regression section names the field. */
function asRegressionError(e: CommandError): RegressionError {
  const prefix =
    e.field === "killGraceMs" || e.field === "cwd"
      ? ""
      : e.field === "timeoutMs"
        ? "regression "
        : "regression.";
  return new RegressionError(`${prefix}${e.message}`, { cause: e });
}

function buildEnv(options: RegressionOptions): Record<string, string> {
  return { ...inheritedEnv(INHERITED_ENV, options.parentEnv ?? process.env), ...options.env };
}

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
      reports.push(await parseJUnit(text, f));
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
  run: CommandRun,
  reportsConfigured: boolean,
  reportFiles: string[],
  report: JUnitReport | undefined,
  reportErrors: string[],
): string {
  const exit = describeRun(command, timeoutMs, run);
  // It did not run to its end: the reports do not tell more.
  if (run.spawnError !== undefined || run.cancelled || run.timedOut) return exit;

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

/** A regression run in short, for an action's output: the counts and each failed test. */
export function regressionSummary(result: RegressionResult) {
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
