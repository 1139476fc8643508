// The gate of one push: the trusted policy, the plan and the pushed commits gathered from
// git, then every gate rule. The actions and the CLI call this with their own clients.
import {
  evaluateGate,
  type GateResult,
  type GitHubFacts,
  type JiraConnection,
  jiraTicketSource,
} from "@gitops/gate";
import { type CommitInfo, type Git, isZeroSha } from "@gitops/git";
import { type Config, type Environment, environmentForBranch } from "@gitops/model";
import { buildPlan, type Plan, summaryLine, trustedConfig } from "@gitops/plan";

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
}

export interface GatedPush extends GateResult {
  /** The trusted gitops.yaml the push was judged by. */
  config: Config;
  environment: Environment;
  plan: Plan;
  /** The pushed commits, oldest first. */
  commits: CommitInfo[];
}

export async function gatePush(options: GatePushOptions): Promise<GatedPush> {
  const { git, after } = options;
  const before = isZeroSha(options.before) ? undefined : options.before;
  const config = await trustedConfig(git, before, after);
  const environment = options.environment
    ? config.environments.find((e) => e.name === options.environment)
    : environmentForBranch(config, options.branch ?? "");
  if (!environment) {
    const wanted = options.environment ? `"${options.environment}"` : `for branch "${options.branch}"`;
    throw new Error(`gitops.yaml has no environment ${wanted}`);
  }
  const plan = await buildPlan({
    git,
    ...(before ? { base: before } : {}),
    head: after,
    environment: environment.name,
  });
  const [commits, branchHead] = await Promise.all([
    git.commits(before, after),
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
  return { ...gate, config, environment, plan, commits };
}
