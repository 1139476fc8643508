// What a push is judged by and planned from, taken from the deployment record and never from the
// push itself: the gitops.yaml of the environment's last allowed release; before anything was
// allowed, the default branch's (when it is not the environment's own branch), or that of the
// commit the record began from. A denied push's config never becomes trusted, and deleting and
// re-creating the branch changes nothing the record says.
import { type Git, isZeroSha } from "@gitops/git";
import { type Config, type Environment, environmentForBranch, loadConfig } from "@gitops/model";
import { configAt, PlanError, type PolicySource } from "@gitops/plan";
import type { RecordStore, Snapshot } from "@gitops/record";

export interface TrustOptions {
  git: Git;
  record: RecordStore;
  /** The environment by name, or by the branch pushed to. */
  environment?: string;
  branch?: string;
  /** The branch head before the push; undefined or zeros when the push created the branch. */
  before?: string;
  /** The repository's default branch as git can resolve it (`origin/main`, `main`). */
  defaultBranch?: string;
}

export interface Trusted {
  config: Config;
  environment: Environment;
  /** Where the policy came from, and the commit it was read at. */
  policy: { from: PolicySource; commit: string };
  /** What runs, to plan from: the record's commit, the commit the record began from, or nothing. */
  base?: string;
  /** The pushes after this commit are the release's to judge: the last allowed release's. */
  since?: string;
  /** The record before this release; undefined when nothing was ever recorded. */
  recorded?: Snapshot;
}

export async function trusted(options: TrustOptions): Promise<Trusted> {
  const { git } = options;
  const before = isZeroSha(options.before) ? undefined : options.before;
  const defaultCommit = options.defaultBranch ? await git.resolve(options.defaultBranch) : undefined;
  const name =
    options.environment ?? (await routedEnvironment(git, options.branch ?? "", defaultCommit, before));

  const recorded = await options.record.read(name);
  const allowed = recorded?.state.allowed;
  const baseline = recorded ? recorded.state.baseline : before;
  const policy = allowed
    ? { from: "record" as const, commit: recorded!.commit }
    : ((await fromDefaultBranch(git, defaultCommit, options.defaultBranch, name)) ??
      (baseline ? { from: "baseline" as const, commit: baseline } : undefined));
  if (!policy)
    throw new PlanError(
      "E_PLAN_CONFIG",
      `nothing trusted to judge this push to ${name} by: no release was ever allowed there, there is no default branch to take gitops.yaml from, and the push created the branch (a push never judges itself)`,
    );
  // The record hands over its gitops.yaml when it has read it: one git read less per release.
  const config =
    policy.from === "record" && recorded?.config
      ? await configFrom(recorded.config, policy.commit)
      : await configAt(git, policy.commit);
  const environment = config.environments.find((e) => e.name === name);
  if (!environment)
    throw new PlanError(
      "E_PLAN_ENVIRONMENT",
      `the trusted gitops.yaml (${policy.from}) has no environment "${name}"`,
    );
  if (options.branch && environment.branch !== options.branch)
    throw new PlanError(
      "E_PLAN_ENVIRONMENT",
      `branch "${options.branch}" does not deploy to ${name}: the trusted gitops.yaml (${policy.from}) says ${name} deploys from "${environment.branch}"`,
    );
  const base = allowed ? recorded!.commit : baseline;
  const since = allowed?.commit ?? baseline;
  return {
    config,
    environment,
    policy,
    ...(base ? { base } : {}),
    ...(since ? { since } : {}),
    ...(recorded ? { recorded } : {}),
  };
}

async function configFrom(bytes: Uint8Array, commit: string): Promise<Config> {
  const loaded = await loadConfig(bytes);
  if (!loaded.ok)
    throw new PlanError(
      "E_PLAN_CONFIG",
      `gitops.yaml of the record at ${commit.slice(0, 12)} is not valid`,
      loaded.diagnostics,
    );
  return loaded.value;
}

/** The default branch's gitops.yaml, unless that branch is the environment's own (it would judge itself). */
async function fromDefaultBranch(
  git: Git,
  commit: string | undefined,
  ref: string | undefined,
  environment: string,
): Promise<{ from: "default-branch"; commit: string } | undefined> {
  if (!commit || !ref) return undefined;
  const config = await configAt(git, commit);
  const branch = config.environments.find((e) => e.name === environment)?.branch;
  const name = ref.replace(/^refs\/(heads|remotes\/origin)\//, "").replace(/^origin\//, "");
  return branch === undefined || branch === name ? undefined : { from: "default-branch", commit };
}

/** Which environment a branch deploys to, asked of a config the push did not write. */
async function routedEnvironment(
  git: Git,
  branch: string,
  defaultCommit: string | undefined,
  before: string | undefined,
): Promise<string> {
  const source = defaultCommit ?? before;
  const environment = source ? environmentForBranch(await configAt(git, source), branch) : undefined;
  if (!environment)
    throw new PlanError(
      "E_PLAN_ENVIRONMENT",
      `cannot tell which environment branch "${branch}" deploys to from a gitops.yaml this push did not write; name the environment`,
    );
  return environment.name;
}
