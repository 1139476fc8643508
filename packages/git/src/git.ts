// A small wrapper over the `git` executable that reads straight from git objects (no checkout,
// no working tree, no shell) and writes the few objects and refs the deployment record needs.
// Every ref is checked before it reaches an argument list and is placed after
// `--end-of-options`, so a ref such as `--output=/tmp/x` can never become an option.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRef, GitError } from "./errors.ts";
import { normaliseDir } from "./paths.ts";
import { catFileBatch, isRegularFile, parseLsTree, parseNameStatus } from "./protocol.ts";
import { type GitOptions, openRunner } from "./runner.ts";

export { GitError, type GitErrorCode } from "./errors.ts";
export type { GitOptions } from "./runner.ts";

export const ZERO_SHA = "0000000000000000000000000000000000000000";

/**
 * Whether `sha` names no commit at all: the all-zeros SHA GitHub sends as `before` when a branch
 * is created (SHA-1 or SHA-256 length), or no SHA (undefined or "", an unset action input).
 */
export function isZeroSha(sha: string | undefined): boolean {
  return sha === undefined || sha === "" || ((sha.length === 40 || sha.length === 64) && /^0+$/.test(sha));
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
  /** The history of `ref`, newest first: `firstParent` follows only the first parents. */
  log(ref: string, options?: { firstParent?: boolean; max?: number }): Promise<CommitInfo[]>;
  /** Where `origin`'s branch points now (asking the remote), or undefined when that cannot be told. */
  remoteHead(branch: string): Promise<string | undefined>;

  /** The blob ids of the regular files directly in `dir` at `ref`, by path. */
  fileIds(ref: string, dir: string): Promise<Map<string, string>>;
  /** The blob ids of every regular file in `ref`'s tree, by path (one `ls-tree -r`). */
  treeIds(ref: string): Promise<Map<string, string>>;
  /** Blobs by id; ids git does not have are absent. */
  readBlobs(oids: string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Objects by name (`<ref>`, `<ref>:<path>`), in one `cat-file --batch`: each its id, type and
   * bytes, or undefined when it does not exist. Names are refs as checkRef allows, with a path.
   */
  readObjects(names: string[]): Promise<({ oid: string; type: string; bytes: Uint8Array } | undefined)[]>;
  /** Stores bytes as a blob; returns its id. */
  writeBlob(content: Uint8Array | string): Promise<string>;
  /** Stores a tree of files (repo path → blob id), directories made as needed; returns its id. */
  writeTree(files: ReadonlyMap<string, string>): Promise<string>;
  /** A tree like `ref`'s with some files replaced (a blob id) or removed (null), every other entry kept as is. */
  editTree(ref: string, edits: ReadonlyMap<string, string | null>): Promise<string>;
  /** Stores a commit of `tree` on `parents`; returns its id. */
  commitTree(commit: NewCommit): Promise<string>;
  /** Points `ref` at `sha` if it still points at `expected` (undefined: if it does not exist yet). */
  updateRef(ref: string, sha: string, expected: string | undefined): Promise<boolean>;
  /** Whether the repository has a remote named origin. */
  hasOrigin(): Promise<boolean>;
  /** The ref a symbolic ref points to (`refs/remotes/origin/HEAD` → `refs/remotes/origin/main`), if it is one. */
  symbolicRef(ref: string): Promise<string | undefined>;
  /** Fetches refs from origin (`+refs/gitops/*:refs/gitops/*`); a pattern matching nothing is fine. */
  fetch(refspecs: string[]): Promise<void>;
  /**
   * Makes origin's `ref` point at `sha`, only if it points at `expected` there now (undefined: if
   * it does not exist): "pushed", or "rejected" when someone else moved it first.
   */
  push(sha: string, ref: string, expected: string | undefined): Promise<"pushed" | "rejected">;
}

export interface NewCommit {
  tree: string;
  parents: string[];
  message: string;
  /** Author and committer; git's configured identity when absent. */
  identity?: { name: string; email: string };
  /** The commit's date (default: now). */
  date?: Date;
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

export function openGit(repoDir: string, options: GitOptions = {}): Git {
  const runner = openRunner(repoDir, options);
  const git = (args: string[], input?: string, okCodes: number[] = [0]) =>
    runner.run(args, { ...(input !== undefined ? { input } : {}), okCodes });

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

  const readBlobs = async (oids: string[]): Promise<Map<string, Uint8Array>> => {
    const wanted = [...new Set(oids)];
    const out = new Map<string, Uint8Array>();
    if (wanted.length === 0) return out;
    for (const oid of wanted) checkObjectId(oid);
    const batch = ["cat-file", "--batch", "--buffer"];
    const contents = await catFileBatch(await runner.start(batch), runner.binary, batch, wanted);
    wanted.forEach((oid, i) => {
      const object = contents[i];
      if (object?.type === "blob") out.set(oid, object.bytes);
    });
    return out;
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
      const byOid = await readBlobs(oids);
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
      const limit = base === undefined ? ["--max-count=1"] : [];
      const range = base === undefined ? [checkRef(head)] : [`^${checkRef(base)}`, checkRef(head)];
      const r = await git([
        "log",
        ...limit,
        "--topo-order",
        "--reverse",
        ...LOG_FORMAT,
        "--end-of-options",
        ...range,
      ]);
      return parseLog(r.stdout);
    },

    async log(ref, options = {}) {
      const args = ["log", ...(options.firstParent ? ["--first-parent"] : [])];
      if (options.max !== undefined) args.push(`--max-count=${Math.max(0, Math.floor(options.max))}`);
      const r = await git([...args, ...LOG_FORMAT, "--end-of-options", checkRef(ref)]);
      return parseLog(r.stdout);
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

    async fileIds(ref, dir) {
      const prefix = normaliseDir(dir);
      const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", checkRef(ref)];
      const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
      const ids = new Map<string, string>();
      for (const entry of parseLsTree(r.stdout)) {
        const slash = entry.path.lastIndexOf("/");
        if (isRegularFile(entry.mode) && (slash === -1 ? "" : entry.path.slice(0, slash)) === prefix)
          ids.set(entry.path, entry.oid);
      }
      return ids;
    },

    async treeIds(ref) {
      const r = await git(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", checkRef(ref)]);
      const ids = new Map<string, string>();
      for (const entry of parseLsTree(r.stdout))
        if (isRegularFile(entry.mode)) ids.set(entry.path, entry.oid);
      return ids;
    },

    readBlobs,

    async readObjects(names) {
      for (const name of names) {
        const colon = name.indexOf(":");
        checkRef(colon === -1 ? name : name.slice(0, colon));
        if (colon !== -1) checkPath(name.slice(colon + 1));
      }
      if (names.length === 0) return [];
      const batch = ["cat-file", "--batch", "--buffer"];
      return catFileBatch(await runner.start(batch), runner.binary, batch, names);
    },

    async writeBlob(content) {
      const r = await runner.run(["hash-object", "-w", "--stdin"], { input: content });
      return r.stdout.toString("utf8").trim();
    },

    async writeTree(files) {
      // A throwaway index: update-index places each blob at its path, write-tree makes the trees.
      const scratch = mkdtempSync(join(tmpdir(), "gitops-index-"));
      try {
        const env = { GIT_INDEX_FILE: join(scratch, "index") };
        const entries = [...files].map(([path, oid]) => `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`);
        await runner.run(["update-index", "--add", "-z", "--index-info"], { input: entries.join(""), env });
        const r = await runner.run(["write-tree"], { env });
        return r.stdout.toString("utf8").trim();
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },

    async editTree(ref, edits) {
      const scratch = mkdtempSync(join(tmpdir(), "gitops-index-"));
      try {
        const env = { GIT_INDEX_FILE: join(scratch, "index") };
        await runner.run(["read-tree", "--end-of-options", `${checkRef(ref)}^{tree}`], { env });
        // Mode 0 removes the path; a replaced file keeps a plain file's mode.
        const entries = [...edits].map(([path, oid]) =>
          oid === null
            ? `0 ${"0".repeat(40)}\t${checkPath(path)}\0`
            : `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`,
        );
        await runner.run(["update-index", "--add", "--remove", "-z", "--index-info"], {
          input: entries.join(""),
          env,
        });
        const r = await runner.run(["write-tree"], { env });
        return r.stdout.toString("utf8").trim();
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },

    async commitTree({ tree, parents, message, identity, date }) {
      const when = date ? `${Math.floor(date.getTime() / 1000)} +0000` : undefined;
      const env: Record<string, string> = {
        ...(identity
          ? {
              GIT_AUTHOR_NAME: identity.name,
              GIT_AUTHOR_EMAIL: identity.email,
              GIT_COMMITTER_NAME: identity.name,
              GIT_COMMITTER_EMAIL: identity.email,
            }
          : {}),
        ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
      };
      const args = ["commit-tree", ...parents.flatMap((p) => ["-p", checkObjectId(p)]), "-F", "-"];
      const r = await runner.run([...args, checkObjectId(tree)], { input: message, env });
      return r.stdout.toString("utf8").trim();
    },

    async updateRef(ref, sha, expected) {
      const old = expected ?? "0".repeat(sha.length);
      const args = ["update-ref", "-m", "gitops", checkRef(ref), checkObjectId(sha), checkObjectId(old)];
      const r = await git(args, undefined, [0, 1, 128]);
      return r.exitCode === 0;
    },

    async hasOrigin() {
      const r = await git(["remote"]);
      return r.stdout.toString("utf8").split("\n").includes("origin");
    },

    async symbolicRef(ref) {
      const r = await git(
        ["symbolic-ref", "--quiet", "--end-of-options", checkRef(ref)],
        undefined,
        [0, 1, 128],
      );
      return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
    },

    async fetch(refspecs) {
      await git(["fetch", "--no-tags", "--quiet", "origin", ...refspecs.map(checkRefspec)]);
    },

    async push(sha, ref, expected) {
      // The lease makes the push conditional on what origin holds, like updateRef's expected value.
      const lease = `--force-with-lease=${checkRef(ref)}:${expected ? checkObjectId(expected) : ""}`;
      const args = ["push", "--porcelain", lease, "origin", `${checkObjectId(sha)}:${ref}`];
      const r = await git(args, undefined, [0, 1, 128]);
      if (r.exitCode === 0) return "pushed";
      const report = r.stdout.toString("utf8");
      // --porcelain marks a refused ref with "!"; a lease or fast-forward refusal is someone else's write.
      if (/^!\t.*\((stale info|fetch first|non-fast-forward)\)/m.test(report)) return "rejected";
      const detail =
        r.stderr
          .trim()
          .split("\n")
          .find((l) => l.trim() !== "") ?? report.trim();
      throw new GitError("E_GIT", `git push to origin ${ref} failed: ${detail}`, args, r.stderr, r.exitCode);
    },
  };
}

// NUL between fields and records: messages may hold any other character.
const LOG_FORMAT = ["-z", "--format=%H %P%x00%an%x00%ae%x00%cn%x00%ce%x00%B"];

function parseLog(stdout: Buffer): CommitInfo[] {
  const fields = stdout.toString("utf8").split("\0");
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
}

/** An object id as git prints it: 40 (SHA-1) or 64 (SHA-256) hex digits. */
function checkObjectId(oid: string): string {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(oid))
    throw new GitError("E_GIT", `invalid object id ${JSON.stringify(oid)}`);
  return oid;
}

/** A repo path a tree can hold: no empty, "." or ".." part, no NUL or line break. */
function checkPath(path: string): string {
  if (/[\0\n]/.test(path) || path.split("/").some((part) => part === "" || part === "." || part === ".."))
    throw new GitError("E_GIT", `invalid path ${JSON.stringify(path)}`);
  return path;
}

/** `+refs/a/*:refs/a/*` or `refs/a:refs/b`: each side a ref that cannot be read as an option. */
function checkRefspec(spec: string): string {
  const [src = "", dst = ""] = spec.replace(/^\+/, "").split(":");
  checkRef(src);
  if (dst) checkRef(dst);
  return spec;
}
