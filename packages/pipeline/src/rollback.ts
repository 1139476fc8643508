// `gitops rollback`: a commit on the environment's branch that puts a service's descriptor back
// to a version the deployment record shows ran healthy there, so the branch and what runs agree
// again. The commit cites the tickets of the release that failed (change tickets, which the gate
// accepted before) and names the failure issue; its release plans the return as safe.
import type { Git } from "@gitops/git";
import { loadDescriptor } from "@gitops/model";
import { configAt } from "@gitops/plan";
import { type DescriptorRef, healthyRef, type RecordStore } from "@gitops/record";

export interface RollbackOptions {
  git: Git;
  record: RecordStore;
  environment: string;
  service: string;
  /** The version to go back to; default: the one the record says runs. */
  to?: string;
  /** The environment's branch as git resolves it (`refs/remotes/origin/qa`). */
  branch: string;
  /** More tickets to cite. */
  tickets?: string[];
  identity?: { name: string; email: string };
}

export interface Rollback {
  /** The new commit, on top of `parent`: push it to the branch. */
  commit: string;
  parent: string;
  file: string;
  /** The version the branch names now, and the one it will name. */
  from?: string;
  to: DescriptorRef;
  message: string;
}

export class RollbackError extends Error {
  readonly code = "E_ROLLBACK";
}

export async function rollbackCommit(options: RollbackOptions): Promise<Rollback> {
  const { git, environment, service } = options;
  const recorded = await options.record.read(environment);
  const state = recorded?.state.services[service];
  if (!recorded?.state.allowed || !state)
    throw new RollbackError(
      `the deployment record of ${environment} has no ${service}${recorded ? ` (it has ${Object.keys(recorded.state.services).join(", ") || "nothing"})` : ": nothing was released there yet"}`,
    );
  const target = options.to ? healthyRef(recorded.state, service, options.to) : state.running;
  if (!target) {
    const healthy = state.healthy.map((h) => h.version).join(", ") || "none";
    throw new RollbackError(
      options.to
        ? `${service} ${options.to} never ran healthy in ${environment}; these did: ${healthy}`
        : `nothing runs healthy for ${service} in ${environment} to go back to`,
    );
  }
  const parent = await git.resolve(options.branch);
  if (!parent) throw new RollbackError(`${options.branch} is not in the repository; fetch it first`);
  const current = (await git.fileIds(parent, dirname(state.file))).get(state.file);
  if (current === target.blob)
    throw new RollbackError(`${options.branch} already names ${service} ${target.version} as it ran healthy`);
  const from = current ? await versionIn(git, current, state.file) : undefined;

  const last = state.last;
  const tickets = [...new Set([...(last?.tickets ?? []), ...(options.tickets ?? [])])];
  const failed = last && last.outcome !== "deployed" && last.outcome !== "unchanged" ? last : undefined;
  const message = [
    `${tickets.length ? `${tickets.join(" ")} ` : ""}Roll back ${service} to ${target.version} in ${environment}`,
    "",
    failed
      ? `${service} ${failed.version} ${failed.outcome} in ${environment}${failed.reason ? ` (${failed.reason})` : ""}.`
      : `Requested by hand.`,
    `The deployment record shows ${target.version} ran healthy there (from ${target.commit.slice(0, 12)}).`,
    ...(failed?.issue ? ["", `Failure issue: ${failed.issue}`] : []),
  ].join("\n");
  const tree = await git.editTree(parent, new Map([[state.file, target.blob]]));
  const commit = await git.commitTree({
    tree,
    parents: [parent],
    message,
    ...(options.identity ? { identity: options.identity } : {}),
  });
  return {
    commit,
    parent,
    file: state.file,
    ...(from ? { from } : {}),
    to: target,
    message,
  };
}

/** The version a descriptor blob names, when it is a valid descriptor. */
async function versionIn(git: Git, blob: string, file: string): Promise<string | undefined> {
  const bytes = (await git.readBlobs([blob])).get(blob);
  const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
  return loaded?.ok ? loaded.value.version : undefined;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

export interface RollbackToHealthyOptions extends Omit<RollbackOptions, "branch"> {
  /** Push the commit to origin (or, with no origin, move the local branch). Default true. */
  push?: boolean;
}

export interface RollbackDone extends Rollback {
  /** The environment's branch, as gitops.yaml of the record names it. */
  branch: string;
  pushed: boolean;
}

/**
 * The whole of `gitops rollback`: the environment's branch as the record's trusted gitops.yaml
 * names it, fresh from origin; the rollback commit on it; and the push, only over the branch as
 * it was read (a branch that moved meanwhile is left alone, and the caller asked to run again).
 */
export async function rollbackToHealthy(options: RollbackToHealthyOptions): Promise<RollbackDone> {
  const { git, environment } = options;
  const origin = await git.hasOrigin();
  if (origin) await git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
  const recorded = await options.record.read(environment);
  if (!recorded?.state.allowed) throw new RollbackError(`nothing was released to ${environment} yet`);
  const config = await configAt(git, recorded.commit);
  const branch = config.environments.find((e) => e.name === environment)?.branch;
  if (!branch) throw new RollbackError(`the recorded gitops.yaml has no environment "${environment}"`);
  const local = origin ? `refs/remotes/origin/${branch}` : `refs/heads/${branch}`;
  if (!(await git.resolve(local))) throw new RollbackError(`there is no branch ${branch} to commit to`);
  const done = await rollbackCommit({ ...options, branch: local });
  if (options.push === false) return { ...done, branch, pushed: false };
  const target = `refs/heads/${branch}`;
  if (origin) {
    if ((await git.push(done.commit, target, done.parent)) === "rejected")
      throw new RollbackError(`origin's ${branch} moved while rolling back; run it again`);
    await git.updateRef(local, done.commit, done.parent);
  } else if (!(await git.updateRef(target, done.commit, done.parent))) {
    throw new RollbackError(`${branch} moved while rolling back; run it again`);
  }
  return { ...done, branch, pushed: true };
}
