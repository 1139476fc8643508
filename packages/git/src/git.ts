// A small wrapper over the `git` executable that reads straight from git objects: no checkout,
// no working tree, no shell. Every ref is checked before it reaches an argument list and is
// placed after `--end-of-options`, so a ref such as `--output=/tmp/x` can never become an option.
import { spawn } from "node:child_process";

export const ZERO_SHA = "0000000000000000000000000000000000000000";

/**
 * Whether `sha` names no commit at all: the all-zeros SHA GitHub sends as `before` when a branch
 * is created (SHA-1 or SHA-256 length), or no SHA (undefined or "", an unset action input).
 */
export function isZeroSha(sha: string | undefined): boolean {
  return sha === undefined || sha === "" || ((sha.length === 40 || sha.length === 64) && /^0+$/.test(sha));
}

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

export interface FileChange {
  status: "added" | "modified" | "deleted" | "renamed";
  /** The path at the head commit (the new path of a rename, the old path of a deletion). */
  path: string;
  /** The path at the base commit, for a rename. */
  oldPath?: string;
}

export interface Git {
  /** Full SHA of the commit a ref/sha names, or undefined when it does not exist (e.g. the `before` of a force push not fetched). */
  resolve(ref: string): Promise<string | undefined>;
  /** Files that differ between two commits' trees (base undefined = empty tree, for a first push), limited to `paths` (dirs or files, [] for all); rename detection on (-M). */
  changedFiles(base: string | undefined, head: string, paths: string[]): Promise<FileChange[]>;
  /** Names of the regular files directly in `dir` at `ref` (no subdirectories, symlinks or submodules). [] when the dir does not exist. */
  listFiles(ref: string, dir: string): Promise<string[]>;
  /**
   * Contents of many files at one ref (paths relative to the repo root): one `git ls-tree` for
   * the blob ids of their directories, then one `git cat-file --batch` process for the contents.
   * Missing paths, and paths that are not regular files (dirs, symlinks, submodules), are absent.
   */
  readFiles(ref: string, paths: string[]): Promise<Map<string, Uint8Array>>;
  /** Whether `ancestor` is an ancestor of `descendant` (a commit is its own ancestor). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The commits in head and not in base, oldest first (base undefined: head alone). */
  commits(base: string | undefined, head: string): Promise<CommitInfo[]>;
  /** Where `origin`'s branch points now (asking the remote), or undefined when that cannot be told. */
  remoteHead(branch: string): Promise<string | undefined>;
}

export interface CommitInfo {
  sha: string;
  /** The full message. */
  message: string;
  /** How many parents: 2 or more is a merge. */
  parents: number;
  /** As git recorded them: typed by whoever made the commit, so good for "who to ask", never for trust. */
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export interface GitOptions {
  /** The git executable; "git" from PATH by default. */
  binary?: string;
  /** Added to git's environment: e.g. GIT_CONFIG_* carrying a credential for talking to origin. */
  env?: Record<string, string>;
}

/** Rejects what git could read as an option or what a line-based protocol would split. */
function checkRef(ref: string): string {
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

interface RunResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

const NOT_FOUND =
  /bad object|bad revision|unknown revision|not a valid (commit|object) name|not a tree object/i;

export function openGit(repoDir: string, options: GitOptions = {}): Git {
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

  const spawnGit = (gitDir: string | undefined, args: readonly string[]) => {
    const argv = gitDir === undefined ? ["-C", repoDir, ...args] : [`--git-dir=${gitDir}`, ...args];
    return spawn(binary, argv, { cwd: gitDir ?? repoDir, env, stdio: ["pipe", "pipe", "pipe"] });
  };

  const exec = (gitDir: string | undefined, args: readonly string[], input?: string): Promise<RunResult> =>
    new Promise((resolve, reject) => {
      const child = spawnGit(gitDir, args);
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
      child.stdin.end(input ?? "");
    });

  // All commands run against the git directory with the repo root as the current directory, so
  // paths are relative to the root even when `repoDir` is a subdirectory of the working tree.
  let gitDirPromise: Promise<string> | undefined;
  const gitDir = (): Promise<string> => {
    gitDirPromise ??= exec(undefined, ["rev-parse", "--absolute-git-dir"]).then((r) => {
      if (r.exitCode !== 0) throw failure(["rev-parse", "--absolute-git-dir"], r);
      return r.stdout.toString("utf8").replace(/\n$/, "");
    });
    return gitDirPromise;
  };

  const git = async (args: string[], input?: string, okCodes: number[] = [0]): Promise<RunResult> => {
    const result = await exec(await gitDir(), args, input);
    if (!okCodes.includes(result.exitCode)) throw failure(args, result);
    return result;
  };

  /** `ref^{type}` as a full SHA, or undefined. */
  const peel = async (ref: string, type: "commit" | "tree"): Promise<string | undefined> => {
    const r = await git(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${checkRef(ref)}^{${type}}`],
      undefined,
      [0, 1],
    );
    return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
  };

  const mustPeel = async (ref: string, type: "commit" | "tree"): Promise<string> => {
    const sha = await peel(ref, type);
    if (sha === undefined) {
      throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
    }
    return sha;
  };

  let emptyTree: Promise<string> | undefined;
  const getEmptyTree = (): Promise<string> => {
    // Computed rather than hard-coded: the empty tree's id differs in SHA-256 repositories.
    emptyTree ??= git(["hash-object", "-t", "tree", "--stdin"], "").then((r) => r.stdout.toString().trim());
    return emptyTree;
  };

  return {
    resolve: (ref) => peel(ref, "commit"),

    async changedFiles(base, head, paths) {
      const from = isZeroSha(base) ? await getEmptyTree() : checkRef(base!);
      const args = ["diff-tree", "-r", "-z", "--name-status", "-M", "--end-of-options", from, checkRef(head)];
      const r = await git([...args, "--", ...paths]);
      return parseNameStatus(r.stdout);
    },

    async listFiles(ref, dir) {
      const prefix = normaliseDir(dir);
      const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", checkRef(ref)];
      const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
      const names: string[] = [];
      for (const entry of parseLsTree(r.stdout)) {
        if (!isRegularFile(entry.mode)) continue; // trees, symlinks, submodules
        const slash = entry.path.lastIndexOf("/");
        if ((slash === -1 ? "" : entry.path.slice(0, slash)) !== prefix) continue;
        names.push(entry.path.slice(slash + 1));
      }
      return names;
    },

    async readFiles(ref, paths) {
      const tree = await mustPeel(ref, "tree");
      const files = new Map<string, Uint8Array>();
      // Only canonical repo paths can name a tree entry (and an odd one would upset the pathspec).
      const wanted = new Set(
        paths.filter((p) => p.split("/").every((part) => part !== "" && part !== "." && part !== "..")),
      );
      if (wanted.size === 0) return files;
      // Asking cat-file for `<tree>:<path>` makes git walk the trees from the root for every
      // path (5 s for 20,000 files); listing the blob ids of the few directories involved and
      // asking for the ids takes a few milliseconds. It also carries paths with line breaks,
      // which the line-based `--batch` input could not.
      const specs = new Set<string>();
      for (const path of wanted) {
        const slash = path.lastIndexOf("/");
        specs.add(slash === -1 ? path : `${path.slice(0, slash)}/`);
      }
      const size = [...specs].reduce((n, spec) => n + spec.length + 1, 0);
      const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", tree];
      const listing = await git(
        // Too many pathspecs make ls-tree match slowly (and the command line long): list it all.
        specs.size > 256 || size > 65_536
          ? [...args.slice(0, 1), "-r", ...args.slice(1)]
          : [...args, "--", ...specs],
      );
      const blobs = new Map<string, string>(); // path -> blob id
      for (const entry of parseLsTree(listing.stdout)) {
        if (isRegularFile(entry.mode) && wanted.has(entry.path)) blobs.set(entry.path, entry.oid);
      }
      const oids = [...new Set(blobs.values())];
      if (oids.length === 0) return files;
      const batch = ["cat-file", "--batch", "--buffer"];
      const contents = await catFileBatch(spawnGit(await gitDir(), batch), binary, batch, oids);
      const byOid = new Map<string, Uint8Array>();
      oids.forEach((oid, i) => {
        const object = contents[i];
        if (object?.type === "blob") byOid.set(oid, object.bytes);
      });
      for (const [path, oid] of blobs) {
        const bytes = byOid.get(oid);
        if (bytes) files.set(path, bytes);
      }
      return files;
    },

    async isAncestor(ancestor, descendant) {
      const args = [
        "merge-base",
        "--is-ancestor",
        "--end-of-options",
        checkRef(ancestor),
        checkRef(descendant),
      ];
      const r = await git(args, undefined, [0, 1]);
      return r.exitCode === 0;
    },

    async commits(base, head) {
      // NUL between fields and records: messages may hold any other character.
      const limit = base === undefined ? ["--max-count=1"] : [];
      const range = base === undefined ? [checkRef(head)] : [`^${checkRef(base)}`, checkRef(head)];
      const format = ["--topo-order", "--reverse", "-z", "--format=%H %P%x00%an%x00%ae%x00%cn%x00%ce%x00%B"];
      const r = await git(["log", ...limit, ...format, "--end-of-options", ...range]);
      const fields = r.stdout.toString("utf8").split("\0");
      const out: CommitInfo[] = [];
      for (let i = 0; i + 5 < fields.length; i += 6) {
        const [sha = "", ...parents] = fields[i]!.replace(/^\n/, "").split(" ").filter(Boolean);
        const [an = "", ae = "", cn = "", ce = "", body = ""] = fields.slice(i + 1, i + 6);
        out.push({
          sha,
          message: body.replace(/\n+$/, ""),
          parents: parents.length,
          author: { name: an, email: ae },
          committer: { name: cn, email: ce },
        });
      }
      return out;
    },

    async remoteHead(branch) {
      const r = await git(
        ["ls-remote", "--end-of-options", "origin", `refs/heads/${checkRef(branch)}`],
        undefined,
        [0, 1, 2, 128],
      );
      if (r.exitCode !== 0) return undefined; // no origin, or it cannot be reached: unknown
      return /^[0-9a-f]{40,64}/.exec(r.stdout.toString("utf8"))?.[0];
    },
  };
}

/** Files as one commit holds them; the shape of `@gitops/model`'s RepoReader. */
export interface TreeReader {
  /** File names directly inside `dir` at the commit; [] when it does not exist. */
  list(dir: string): Promise<string[]>;
  /** The bytes of a file at the commit, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
}

/** Files at one commit: `loadRepo(treeReader(git, sha))` loads the deploy repo as it was then. */
export function treeReader(git: Git, ref: string): TreeReader {
  // Pin the ref once so a branch that moves while loading cannot mix two commits.
  let pinned: Promise<string> | undefined;
  const commit = (): Promise<string> => {
    pinned ??= git.resolve(ref).then((sha) => {
      if (sha === undefined) {
        throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
      }
      return sha;
    });
    return pinned;
  };
  const listed = new Map<string, Promise<string[]>>();
  const read = new Map<string, Promise<Uint8Array | undefined>>();
  // Reads asked for in the same turn (loadRepo reads every descriptor with one Promise.all) are
  // sent to git together: one `cat-file --batch` process per batch, not one per file.
  let queue: {
    path: string;
    resolve: (bytes: Uint8Array | undefined) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const files = await git.readFiles(await commit(), [...new Set(batch.map((q) => q.path))]);
      for (const q of batch) q.resolve(files.get(q.path));
    } catch (error) {
      for (const q of batch) q.reject(error);
    }
  };
  return {
    list(dir) {
      const key = normaliseDir(dir);
      let names = listed.get(key);
      if (!names) {
        names = commit().then((sha) => git.listFiles(sha, key));
        listed.set(key, names);
      }
      return names.then((n) => [...n]);
    },
    read(path) {
      const key = path.replace(/^(\.\/)+/, "");
      let bytes = read.get(key);
      if (!bytes) {
        bytes = new Promise((resolve, reject) => {
          if (queue.length === 0) queueMicrotask(() => void flush());
          queue.push({ path: key, resolve, reject });
        });
        read.set(key, bytes);
      }
      return bytes;
    },
  };
}

/** `services/`, `./services` and `services` are the same directory; "" and "." are the root. */
function normaliseDir(dir: string): string {
  return dir
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "")
    .replace(/^\.$/, "");
}

function splitZ(bytes: Buffer): string[] {
  const text = bytes.toString("utf8");
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

/** `git ls-tree -z`: `<mode> SP <type> SP <object> TAB <path> NUL`. */
function parseLsTree(bytes: Buffer): TreeEntry[] {
  return splitZ(bytes).map((entry) => {
    const tab = entry.indexOf("\t");
    const [mode = "", type = "", oid = ""] = entry.slice(0, tab).split(" ");
    return { mode, type, oid, path: entry.slice(tab + 1) };
  });
}

/** Regular files, executable or not; not symlinks (120000), trees or submodules (160000). */
const isRegularFile = (mode: string): boolean => mode === "100644" || mode === "100755";

/** `git diff-tree -z --name-status`: `<status> NUL <path> NUL`, or `R<score> NUL <old> NUL <new> NUL`. */
function parseNameStatus(bytes: Buffer): FileChange[] {
  const parts = splitZ(bytes);
  const changes: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? "";
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = parts[i++] ?? "";
      const path = parts[i++] ?? "";
      // A copy (only with -C, which is not asked for) leaves the source in place: an addition.
      changes.push(letter === "R" ? { status: "renamed", path, oldPath } : { status: "added", path });
      continue;
    }
    const path = parts[i++] ?? "";
    if (letter === "A") changes.push({ status: "added", path });
    else if (letter === "D") changes.push({ status: "deleted", path });
    // M: content or mode; T: type (file <-> symlink); U, X: not produced between two trees.
    else changes.push({ status: "modified", path });
  }
  return changes;
}

interface BatchObject {
  type: string;
  bytes: Uint8Array;
}

/**
 * Feeds object names to a running `git cat-file --batch` and parses its replies, in order:
 * `<oid> SP <type> SP <size> LF <contents> LF`, or `<name> SP missing LF` (also `ambiguous`).
 * Contents are copied once, straight into a buffer of the announced size.
 */
function catFileBatch(
  child: ReturnType<typeof spawn>,
  binary: string,
  args: readonly string[],
  names: readonly string[],
): Promise<(BatchObject | undefined)[]> {
  return new Promise((resolve, reject) => {
    const results: (BatchObject | undefined)[] = [];
    const err: Buffer[] = [];
    let header: Buffer[] = [];
    let body: { type: string; bytes: Uint8Array; filled: number } | undefined;
    let needNewline = false;
    let failed: Error | undefined;

    const fail = (error: Error) => {
      if (failed) return;
      failed = error;
      child.kill();
      reject(error);
    };

    const onData = (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length && !failed) {
        if (body) {
          const take = Math.min(body.bytes.length - body.filled, chunk.length - at);
          body.bytes.set(chunk.subarray(at, at + take), body.filled);
          body.filled += take;
          at += take;
          if (body.filled === body.bytes.length) {
            results.push({ type: body.type, bytes: body.bytes });
            body = undefined;
            needNewline = true;
          }
          continue;
        }
        if (needNewline) {
          if (chunk[at] !== 0x0a) return fail(protocolError(args, "no line feed after an object"));
          needNewline = false;
          at += 1;
          continue;
        }
        const lf = chunk.indexOf(0x0a, at);
        if (lf === -1) {
          header.push(chunk.subarray(at));
          return;
        }
        header.push(chunk.subarray(at, lf));
        at = lf + 1;
        const line = Buffer.concat(header).toString("utf8");
        header = [];
        const match = /^[0-9a-f]+ (\S+) (\d+)$/.exec(line);
        if (match) {
          const size = Number(match[2]);
          body = { type: match[1]!, bytes: new Uint8Array(size), filled: 0 };
          if (size === 0) {
            results.push({ type: body.type, bytes: body.bytes });
            body = undefined;
            needNewline = true;
          }
        } else if (/ (missing|ambiguous)$/.test(line)) {
          results.push(undefined);
        } else {
          return fail(protocolError(args, `unexpected reply ${JSON.stringify(line.slice(0, 200))}`));
        }
      }
    };

    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => fail(spawnFailure(binary, args, error)));
    child.on("close", (code) => {
      if (failed) return;
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0) {
        return fail(failure(args, { exitCode: code ?? -1, stdout: Buffer.alloc(0), stderr }));
      }
      if (results.length !== names.length || body || header.length > 0) {
        return fail(protocolError(args, `${results.length} replies to ${names.length} requests`));
      }
      resolve(results);
    });
    child.stdin?.on("error", () => {}); // EPIPE if git dies; reported by "close".
    child.stdin?.end(names.length === 0 ? "" : `${names.join("\n")}\n`);
  });
}

function failure(args: readonly string[], result: RunResult): GitError {
  const stderr = result.stderr.trim();
  const code = NOT_FOUND.test(stderr) ? "E_GIT_REF_NOT_FOUND" : "E_GIT";
  const detail = stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${result.exitCode}`;
  return new GitError(code, `git ${args.join(" ")} failed: ${detail}`, args, result.stderr, result.exitCode);
}

function protocolError(args: readonly string[], detail: string): GitError {
  return new GitError("E_GIT", `git ${args.join(" ")}: ${detail}`, args);
}

function spawnFailure(binary: string, args: readonly string[], error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === "ENOENT"
      ? `cannot run ${binary}: not found on PATH; install git`
      : `cannot run ${binary}: ${error}`;
  return new GitError("E_GIT", message, args);
}
