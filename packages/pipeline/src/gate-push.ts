// The gate of one push: the trusted policy and what runs (from the deployment record), the plan
// from what runs to what was pushed, every commit since the last allowed release, then every
// gate rule. The actions and the CLI call this with their own clients.
import {
  evaluateGate,
  type GateResult,
  type GitHubFacts,
  type JiraConnection,
  jiraTicketSource,
} from "@gitops/gate";
import { type CommitInfo, type Git, isZeroSha } from "@gitops/git";
import type { Config, Environment } from "@gitops/model";
import { buildPlan, type Plan, summaryLine } from "@gitops/plan";
import { type RecordStore, ranHealthy } from "@gitops/record";
import { type Trusted, trusted } from "./trust.ts";

export interface GatePushOptions {
  git: Git;
  /** The branch head before the push; undefined or zeros for a first push. */
  before?: string;
  after: string;
  /** The environment by name, or by the branch pushed to. */
  environment?: string;
  branch?: string;
  /** The GitHub-verified login that pushed. */
  pusher: string;
  github: GitHubFacts;
  /** JIRA credentials; the URL defaults to gitops.yaml's jira.url. */
  jira?: { url?: string; auth: JiraConnection["auth"] };
  /** The deployment record: what runs, and the policy of the last allowed release. */
  record: RecordStore;
  /** The repository's default branch as git can resolve it: the policy before any release is allowed. */
  defaultBranch?: string;
}

export interface GatedPush extends GateResult {
  /** The trusted gitops.yaml the push was judged by. */
  config: Config;
  environment: Environment;
  plan: Plan;
  /** The commits the release brings, since the last allowed release, oldest first. */
  commits: CommitInfo[];
  /** Where the policy and the plan's base came from, and the record as it was. */
  trust: Trusted;
}

export async function gatePush(options: GatePushOptions): Promise<GatedPush> {
  const { git, after } = options;
  const before = isZeroSha(options.before) ? undefined : options.before;
  const trust = await trusted({
    git,
    record: options.record,
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.branch ? { branch: options.branch } : {}),
    ...(before ? { before } : {}),
    ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
  });
  const { config, environment } = trust;
  const state = trust.recorded?.state;
  const plan = await buildPlan({
    git,
    ...(trust.base ? { base: trust.base } : {}),
    head: after,
    environment: environment.name,
    config,
    policyFrom: trust.policy.from,
    ...(before ? { pushedOver: before } : {}),
    ranHealthy: (service, version) => ranHealthy(state, service, version),
  });
  const [commits, branchHead] = await Promise.all([
    git.commits(trust.since, after),
    git.remoteHead(environment.branch),
  ]);
  const jiraUrl = options.jira?.url ?? config.jira?.url;
  const gate = await evaluateGate(
    {
      config,
      environment,
      pusher: options.pusher,
      commits,
      ...(branchHead ? { branchHead } : {}),
      plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: summaryLine(plan) },
    },
    {
      github: options.github,
      ...(options.jira && jiraUrl
        ? {
            tickets: jiraTicketSource(
              { url: jiraUrl, auth: options.jira.auth },
              environment.gate.jira.approvals,
            ),
          }
        : {}),
    },
  );
  return { ...gate, config, environment, plan, commits, trust };
}
