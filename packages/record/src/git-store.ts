// The record as a git ref in the deploy repo: refs/gitops/<environment> is a chain of commits,
// one a release, each tree holding what runs (the trusted gitops.yaml and every running
// descriptor, the same blobs as on the branches) and .gitops/state.json. So the record is a tree
// the plan diffs like any commit, readable by anyone who clones, and its commits keep the
// released commits reachable (the second parent) even after a force push.
import type { Git } from "@gitops/git";
import { parseState, RecordError, type ReleaseRecord } from "./state.ts";
import { type RecordStore, recordRef, type Snapshot } from "./store.ts";
import { CONFIG_PATH, type Recorded, type RecordFiles } from "./transition.ts";

export const STATE_PATH = ".gitops/state.json";

export interface GitStoreOptions {
  /** Talk to origin: fetch the record before reading, push it when writing (default: when origin exists). */
  remote?: boolean;
  /** Who the record's commits are by. */
  identity?: { name: string; email: string };
  now?: () => Date;
}

const DEFAULT_IDENTITY = { name: "gitops", email: "gitops@users.noreply.github.com" };

export function gitRecordStore(git: Git, options: GitStoreOptions = {}): RecordStore {
  let remote: Promise<boolean> | undefined;
  const useRemote = () =>
    (remote ??= options.remote !== undefined ? Promise.resolve(options.remote) : git.hasOrigin());

  const read = async (environment: string, attempt = 1): Promise<Snapshot | undefined> => {
    const ref = recordRef(environment);
    if (await useRemote()) await git.fetch([`+${ref}:${ref}`]).catch(ignoreMissing(ref));
    // Two git processes whatever the history: the commit, its state and its policy in one
    // cat-file, then the tree's listing.
    const [head, stateObject, configObject] = await git.readObjects([
      ref,
      `${ref}:${STATE_PATH}`,
      `${ref}:${CONFIG_PATH}`,
    ]);
    if (head?.type !== "commit") return undefined;
    const commit = head.oid;
    if (stateObject?.type !== "blob")
      throw new RecordError(`${ref} at ${commit.slice(0, 12)} has no ${STATE_PATH}`);
    const state = parseState(Buffer.from(stateObject.bytes).toString("utf8"), environment);
    // The three names were resolved one after another: a write in between would mix two
    // records, which the commit's release (in its message) and the state's tell apart.
    const release = releaseFromMessage(Buffer.from(head.bytes).toString("utf8"));
    if (release && release.id !== state.release?.id) {
      if (attempt >= 3) throw new RecordError(`${ref} kept changing while it was read`);
      return read(environment, attempt + 1);
    }
    const files: RecordFiles = await git.treeIds(commit);
    files.delete(STATE_PATH);
    return {
      state,
      files,
      commit,
      version: commit,
      ...(configObject?.type === "blob" ? { config: configObject.bytes } : {}),
    };
  };

  return {
    name: "git",
    read: (environment) => read(environment),

    async write(environment, next, expected) {
      const ref = recordRef(environment);
      const commit = await recordCommit(git, next, expected, options);
      if (await useRemote()) {
        if ((await git.push(commit, ref, expected)) === "rejected") return false;
        // Ours now; the local ref follows origin's.
        await git.updateRef(ref, commit, (await git.resolve(ref)) ?? undefined);
        return true;
      }
      return git.updateRef(ref, commit, expected);
    },

    async history(environment, limit = 100) {
      const ref = recordRef(environment);
      if (!(await git.resolve(ref))) return [];
      const commits = await git.log(ref, { firstParent: true, max: limit });
      return commits.flatMap((c) => {
        const release = releaseFromMessage(c.message);
        return release ? [release] : [];
      });
    },
  };
}

/** Writes the objects of one record commit and returns its id. */
async function recordCommit(
  git: Git,
  next: Recorded,
  parent: string | undefined,
  options: GitStoreOptions,
): Promise<string> {
  // Compact: the record is read at every release, and its size is most of the read.
  const stateBlob = await git.writeBlob(`${JSON.stringify(next.state)}\n`);
  const tree = await git.writeTree(new Map([...next.files, [STATE_PATH, stateBlob]]));
  const release = next.state.release;
  // The first parent is the record before; the second the released commit, kept reachable.
  const parents = [...(parent ? [parent] : []), ...(release ? [release.after] : [])];
  return git.commitTree({
    tree,
    parents,
    message: messageFor(next.state.environment, release),
    identity: options.identity ?? DEFAULT_IDENTITY,
    ...(options.now ? { date: options.now() } : {}),
  });
}

const MARKER = "gitops-release: ";

/** "qa: succeeded, hello 1.1.0" and the release as one JSON line, for `git log` and history. */
export function messageFor(environment: string, release: ReleaseRecord | undefined): string {
  if (!release) return `${environment}: record`;
  const services = release.services.map(
    (s) => `${s.service}${s.version ? ` ${s.version}` : ""} ${s.outcome}`,
  );
  const subject = `${environment}: ${release.outcome}${services.length ? `, ${services.join(", ")}` : ""}`;
  return `${subject.slice(0, 200)}\n\n${MARKER}${JSON.stringify(release)}\n`;
}

function releaseFromMessage(message: string): ReleaseRecord | undefined {
  const line = message.split("\n").find((l) => l.startsWith(MARKER));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(MARKER.length)) as ReleaseRecord;
  } catch {
    return undefined;
  }
}

/** Fetching a record origin does not have yet is not a failure; anything else is. */
function ignoreMissing(ref: string): (error: unknown) => void {
  return (error) => {
    if (error instanceof Error && /couldn't find remote ref/i.test(error.message)) return;
    throw new RecordError(
      `cannot fetch ${ref} from origin: ${error instanceof Error ? error.message : String(error)}`,
    );
  };
}
