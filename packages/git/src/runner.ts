// Running the git executable: no shell, a clean environment (no GIT_DIR inherited from a hook,
// literal pathspecs, no prompts, English messages), and every command against the repository's
// git directory with its root as the working directory.
import { spawn } from "node:child_process";
import { failure, GitError, type RunResult, spawnFailure } from "./errors.ts";

export interface GitOptions {
  /** The git executable; "git" from PATH by default. */
  binary?: string;
  /** Added to git's environment: e.g. GIT_CONFIG_* carrying a credential for talking to origin. */
  env?: Record<string, string>;
}

export interface RunOptions {
  input?: string | Uint8Array;
  /** Exit codes that are answers, not failures (default: 0 only). */
  okCodes?: number[];
  /** Added to git's environment for this command only. */
  env?: Record<string, string>;
}

export interface GitRunner {
  readonly binary: string;
  /** Runs git to the end; throws a GitError on an exit code not in okCodes. */
  run(args: string[], options?: RunOptions): Promise<RunResult>;
  /** Starts git with pipes, for a conversation (`cat-file --batch`). */
  start(args: string[]): Promise<ReturnType<typeof spawn>>;
}

export function openRunner(repoDir: string, options: GitOptions = {}): GitRunner {
  const binary = options.binary ?? "git";
  const { GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    // Without GIT_DIR & co. (set when running inside a git hook): the repository is `repoDir`.
    ...inherited,
    // Paths are file names, never globs: `services/[a].yaml` means that file.
    GIT_LITERAL_PATHSPECS: "1",
    GIT_TERMINAL_PROMPT: "0",
    // Messages in English, so not-found errors can be told from the rest.
    LC_ALL: "C",
    ...options.env,
  };

  const spawnGit = (gitDir: string | undefined, args: readonly string[], extra?: Record<string, string>) => {
    const argv = gitDir === undefined ? ["-C", repoDir, ...args] : [`--git-dir=${gitDir}`, ...args];
    return spawn(binary, argv, {
      cwd: gitDir ?? repoDir,
      env: extra ? { ...env, ...extra } : env,
      stdio: ["pipe", "pipe", "pipe"],
    });
  };

  const exec = (gitDir: string | undefined, args: readonly string[], options: RunOptions = {}) =>
    new Promise<RunResult>((resolve, reject) => {
      const child = spawnGit(gitDir, args, options.env);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
      child.on("error", (error) => reject(spawnFailure(binary, args, error)));
      child.on("close", (code, signal) => {
        const stderr = Buffer.concat(err).toString("utf8");
        if (code === null) {
          reject(new GitError("E_GIT", `git ${args[0]} was killed by ${signal}`, args, stderr));
        } else resolve({ exitCode: code, stdout: Buffer.concat(out), stderr });
      });
      child.stdin.on("error", () => {}); // EPIPE when git exits early; the exit code tells why.
      child.stdin.end(options.input ?? "");
    });

  // Paths are relative to the root even when `repoDir` is a subdirectory of the working tree.
  let gitDirPromise: Promise<string> | undefined;
  const gitDir = (): Promise<string> => {
    gitDirPromise ??= exec(undefined, ["rev-parse", "--absolute-git-dir"]).then((r) => {
      if (r.exitCode !== 0) throw failure(["rev-parse", "--absolute-git-dir"], r);
      return r.stdout.toString("utf8").replace(/\n$/, "");
    });
    return gitDirPromise;
  };

  return {
    binary,
    async run(args, options = {}) {
      const result = await exec(await gitDir(), args, options);
      if (!(options.okCodes ?? [0]).includes(result.exitCode)) throw failure(args, result);
      return result;
    },
    async start(args) {
      return spawnGit(await gitDir(), args);
    },
  };
}
