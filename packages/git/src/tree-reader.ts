// The deploy repo as one commit holds it, in the shape `@gitops/model`'s loadRepo reads.
import { GitError } from "./errors.ts";
import type { Git } from "./git.ts";
import { normaliseDir } from "./paths.ts";

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
