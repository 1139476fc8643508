// The deploy repo a command works on: git, the deployment record (the repo's refs/gitops/*,
// shared with origin when there is one) and the default branch whose gitops.yaml is the policy
// before any release was allowed.
import { resolve } from "node:path";
import { type Git, openGit } from "@gitops/git";
import { gitRecordStore, type RecordStore } from "@gitops/record";
import type { CliIo } from "./io.ts";

export interface DeployRepo {
  workdir: string;
  git: Git;
  record: RecordStore;
  /** A ref git resolves (`refs/remotes/origin/main`), when the repository has a default branch. */
  defaultBranch?: string;
}

export async function openDeployRepo(io: CliIo, repo: string, defaultBranch?: string): Promise<DeployRepo> {
  const workdir = resolve(io.cwd, repo);
  const git = openGit(workdir);
  // A clone knows origin's default branch as refs/remotes/origin/HEAD.
  const branch = defaultBranch ?? (await git.symbolicRef("refs/remotes/origin/HEAD"));
  return { workdir, git, record: gitRecordStore(git), ...(branch ? { defaultBranch: branch } : {}) };
}

/** Where git has an environment's branch: origin's copy in a clone (fetched), else the local branch. */
export async function branchRef(repo: DeployRepo, branch: string): Promise<string | undefined> {
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`])
    if (await repo.git.resolve(ref)) return ref;
  return undefined;
}

/** The config that lists the environments: the default branch's, else the checkout's HEAD. */
export async function listingConfig(repo: DeployRepo) {
  const { configAt } = await import("@gitops/plan");
  return configAt(repo.git, repo.defaultBranch ?? "HEAD");
}
