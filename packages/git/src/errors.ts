// git's failures, as one error type with a stable code, and the checks that keep a ref from
// ever being read by git as an option.

export type GitErrorCode = "E_GIT" | "E_GIT_REF_NOT_FOUND";

export class GitError extends Error {
  constructor(
    readonly code: GitErrorCode,
    message: string,
    /** The arguments given to git (after `git` and the global options); [] when nothing ran. */
    readonly command: readonly string[] = [],
    /** What git wrote on stderr. */
    readonly stderr = "",
    /** git's exit status, when it ran and exited. */
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = "GitError";
  }
}

export interface RunResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

const NOT_FOUND =
  /bad object|bad revision|unknown revision|not a valid (commit|object) name|not a tree object/i;

/** Rejects what git could read as an option or what a line-based protocol would split. */
export function checkRef(ref: string): string {
  if (typeof ref !== "string" || ref === "") throw new GitError("E_GIT", "a git ref must not be empty");
  if (ref.startsWith("-")) {
    throw new GitError("E_GIT", `invalid git ref ${JSON.stringify(ref)}: a ref cannot start with "-"`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (/[\x00-\x20\x7f]/.test(ref)) {
    throw new GitError(
      "E_GIT",
      `invalid git ref ${JSON.stringify(ref)}: a ref cannot contain spaces or control characters`,
    );
  }
  return ref;
}

export function failure(args: readonly string[], result: RunResult): GitError {
  const stderr = result.stderr.trim();
  const code = NOT_FOUND.test(stderr) ? "E_GIT_REF_NOT_FOUND" : "E_GIT";
  const detail = stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${result.exitCode}`;
  return new GitError(code, `git ${args.join(" ")} failed: ${detail}`, args, result.stderr, result.exitCode);
}

export function protocolError(args: readonly string[], detail: string): GitError {
  return new GitError("E_GIT", `git ${args.join(" ")}: ${detail}`, args);
}

export function spawnFailure(binary: string, args: readonly string[], error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === "ENOENT"
      ? `cannot run ${binary}: not found on PATH; install git`
      : `cannot run ${binary}: ${error}`;
  return new GitError("E_GIT", message, args);
}
