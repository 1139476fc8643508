// Runs one command the safe way: an argv with no shell, in its own process group, stopped (with
// everything it started that stayed in the group) at a timeout, on cancellation, and when it
// exits. Output is streamed as it comes and its tail kept for reports.
import { type ChildProcess, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { formatDuration } from "@gitops/text";
import { isValidEnvEntry } from "./env.ts";
import { Tail } from "./tail.ts";

export type OutputStream = "stdout" | "stderr";

export interface RunCommandOptions {
  /** argv: the program and its arguments, run without a shell. A relative program path is cwd's. */
  command: string[];
  /** The working directory; it must exist. */
  cwd: string;
  /** The command's whole environment: nothing is inherited that is not in here (see inheritedEnv). */
  env: Record<string, string>;
  /** Then SIGTERM to the process group, SIGKILL after the grace. */
  timeoutMs: number;
  /** After SIGTERM to the process group, how long before SIGKILL (default 5 s). */
  killGraceMs?: number;
  /** Aborting stops the process group the same way a timeout does; the run is `cancelled`. */
  signal?: AbortSignal;
  /**
   * Output as it comes, decoded as UTF-8 (a character split across reads is kept whole). A
   * listener that throws is ignored: it cannot stop the run or lose the tail.
   */
  onOutput?: (chunk: string, stream: OutputStream) => void;
  /** The clock for durationMs (default performance.now). */
  now?: () => number;
}

export interface CommandRun {
  /** The command's process id (the process group's id too); absent when it never started. */
  pid?: number;
  exitCode: number | null;
  /** The signal that ended the command, if one did. */
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Why the command could not be started (ENOENT, EACCES, …); then nothing ran. */
  spawnError?: NodeJS.ErrnoException;
  durationMs: number;
  /** The last ~64 KiB of stdout and stderr as they interleaved, terminal escapes removed. */
  outputTail: string;
}

/** Options that cannot be run as given: nothing was started. */
export class CommandError extends Error {
  readonly code = "E_COMMAND";
  /** The option at fault. */
  readonly field: "command" | "cwd" | "env" | "timeoutMs" | "killGraceMs";
  constructor(field: CommandError["field"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CommandError";
    this.field = field;
  }
}

export const DEFAULT_KILL_GRACE_MS = 5000;
/** After the command has been told to stop, how long to wait for its pipes beyond the grace. */
const DRAIN_MS = 2000;
/** setTimeout's limit: a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Throws a CommandError when the options cannot be run as given (checks no file system state). */
export function validateCommand(
  options: Pick<RunCommandOptions, "command" | "env" | "timeoutMs" | "killGraceMs">,
): void {
  const { command, timeoutMs } = options;
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  if (!Array.isArray(command) || command.length === 0 || command.some((a) => typeof a !== "string")) {
    throw new CommandError("command", "command must be a non-empty list of strings");
  }
  if (command[0] === "") throw new CommandError("command", "command: the program name is empty");
  if (command.some((a) => a.includes("\0"))) {
    throw new CommandError("command", "command: an argument contains a NUL character");
  }
  if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new CommandError("timeoutMs", `timeout must be a positive number of ms, not ${timeoutMs}`);
  }
  if (typeof graceMs !== "number" || !Number.isFinite(graceMs) || graceMs < 0) {
    throw new CommandError("killGraceMs", `killGraceMs must be a non-negative number of ms, not ${graceMs}`);
  }
  if (options.env === null || typeof options.env !== "object") {
    throw new CommandError("env", "env must be an object of strings");
  }
  for (const [k, v] of Object.entries(options.env)) {
    if (!isValidEnvEntry(k, v))
      throw new CommandError("env", `env: ${JSON.stringify(k)} is not a valid variable`);
  }
}

/**
 * Runs the command to the end and says how it ended. Never rejects for the command's sake (a
 * program that cannot be started is a run with `spawnError`); rejects with CommandError for
 * options that cannot be run.
 */
export async function runCommand(options: RunCommandOptions): Promise<CommandRun> {
  validateCommand(options);
  const { cwd, signal } = options;
  try {
    if (!(await stat(cwd)).isDirectory()) throw new Error("not a directory");
  } catch (e) {
    throw new CommandError("cwd", `the working directory ${cwd} cannot be used: ${(e as Error).message}`, {
      cause: e,
    });
  }
  const now = options.now ?? (() => performance.now());
  const notStarted = { exitCode: null, signal: null, timedOut: false, durationMs: 0, outputTail: "" };
  if (signal?.aborted) return { ...notStarted, cancelled: true };

  const tail = new Tail();
  const { onOutput } = options;
  const started = now();
  const run = await execute(options, (chunk, stream) => {
    tail.add(chunk);
    if (onOutput) {
      try {
        onOutput(chunk, stream);
      } catch {
        // A listener that throws must not stop the run or lose the output.
      }
    }
  });
  return { ...run, durationMs: Math.max(0, Math.round(now() - started)), outputTail: tail.value() };
}

/**
 * One line for people: "exited 0", "exited 3", "killed by SIGKILL", "timed out after 10m",
 * "cancelled", "cancelled before it started", "command not found: x", "command not executable: x".
 */
export function describeRun(command: readonly string[], timeoutMs: number, run: CommandRun): string {
  const program = command[0] ?? "";
  if (run.spawnError !== undefined) {
    const code = run.spawnError.code;
    if (code === "ENOENT") return `command not found: ${program}`;
    if (code === "EACCES") return `command not executable: ${program}`;
    return `could not start ${program}: ${run.spawnError.message}`;
  }
  if (run.cancelled) return run.pid === undefined ? "cancelled before it started" : "cancelled";
  if (run.timedOut) return `timed out after ${formatDuration(timeoutMs)}`;
  return run.signal !== null ? `killed by ${run.signal}` : `exited ${run.exitCode}`;
}

type Execution = Omit<CommandRun, "durationMs" | "outputTail">;

function execute(
  options: RunCommandOptions,
  emit: (chunk: string, stream: OutputStream) => void,
): Promise<Execution> {
  const { command, cwd, env, timeoutMs, signal: abort } = options;
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  return new Promise<Execution>((resolve) => {
    const run: Execution = { exitCode: null, signal: null, timedOut: false, cancelled: false };
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
    if (child.pid !== undefined) run.pid = child.pid;

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
