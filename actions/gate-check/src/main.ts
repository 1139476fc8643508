// Adapter: gathers the facts of the push (event, git, plan), asks GitHub and JIRA through
// the gate's clients, and reports the decision. Anything that goes wrong denies.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { evaluateGate, type GitHubFacts, githubFacts, jiraTicketSource, type RuleResult } from "@gitops/gate";
import { environmentForBranch } from "@gitops/model";
import { buildPlan, isZeroSha, openGit, summaryLine, trustedConfig } from "@gitops/plan";

interface PushEvent {
  before?: string;
  after?: string;
  ref?: string;
  sender?: { login?: string };
  repository?: { name?: string; owner?: { login?: string } };
}

function secret(name: string): string {
  const value = core.getInput(name);
  if (value) core.setSecret(value);
  return value;
}

async function main(): Promise<void> {
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8")) as PushEvent;
  const head = event.after ?? process.env.GITHUB_SHA;
  if (!head) throw new Error("no pushed commit: gate-check runs on push events");
  const base = isZeroSha(event.before) ? undefined : event.before;
  // The GitHub-verified identity that pushed; the git author of a commit is whatever anyone typed.
  const pusher = event.sender?.login ?? process.env.GITHUB_ACTOR;
  if (!pusher) throw new Error("the event names no pusher");
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");

  const repoDir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const git = openGit(repoDir);
  const config = await trustedConfig(git, base, head);
  const branch = event.ref?.replace(/^refs\/heads\//, "") ?? "";
  const wanted = core.getInput("environment");
  const environment = wanted
    ? config.environments.find((e) => e.name === wanted)
    : environmentForBranch(config, branch);
  if (!environment)
    throw new Error(`gitops.yaml has no environment ${wanted ? `"${wanted}"` : `for branch "${branch}"`}`);

  const plan = await buildPlan({ git, ...(base ? { base } : {}), head, environment: environment.name });
  const commits = await git.commits(base, head);

  const token = secret("github-token");
  // Octokit loads only if a rule asks GitHub something (teams, signatures).
  let github: Promise<GitHubFacts> | undefined;
  const ask = () =>
    (github ??= import("@actions/github").then(({ getOctokit }) => {
      const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com" });
      return githubFacts(octokit.request, { owner, repo });
    }));
  const jiraToken = secret("jira-token");
  const apiToken = secret("jira-api-token");
  const email = core.getInput("jira-email");
  const jiraAuth = jiraToken ? { token: jiraToken } : email && apiToken ? { email, apiToken } : undefined;

  const gate = await evaluateGate(
    {
      config,
      environment,
      pusher,
      commits,
      plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: summaryLine(plan) },
    },
    {
      github: {
        isTeamMember: async (o, t, l) => (await ask()).isTeamMember(o, t, l),
        isCommitVerified: async (sha) => (await ask()).isCommitVerified(sha),
      },
      ...(config.jira && jiraAuth
        ? {
            tickets: jiraTicketSource(
              { url: config.jira.url, auth: jiraAuth },
              environment.gate.jira.approvals,
            ),
          }
        : {}),
    },
  );

  report(gate.decision, gate.results, plan.verdict, `${pusher} → ${environment.name}`);
  if (gate.decision === "deny") core.setFailed(`the gate denies this push to ${environment.name}`);
  else if (gate.decision === "skip")
    core.notice(
      `nothing deploys: ${gate.results
        .filter((r) => r.decision === "skip")
        .flatMap((r) => r.reasons)
        .join("; ")}`,
    );
}

function report(decision: string, results: RuleResult[], verdict: string, title: string): void {
  core.setOutput("decision", decision);
  core.setOutput("results", JSON.stringify(results));
  core.setOutput("verdict", verdict);
  const icon = { allow: "✅", skip: "⏭️", deny: "⛔" }[decision] ?? "";
  for (const r of results) core.info(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}`);
  core.summary.addHeading(`${icon} gate: ${decision} (${title})`, 3);
  core.summary.addTable([
    [
      { data: "Rule", header: true },
      { data: "Decision", header: true },
      { data: "Why", header: true },
    ],
    // Reasons quote commit messages: untrusted text, escaped before it becomes HTML.
    ...results.map((r) => [r.rule, r.decision, r.reasons.map(escapeHtml).join("<br>")]),
  ]);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

main()
  .catch((error: unknown) => {
    // Fail closed: a gate that cannot decide denies.
    const message = error instanceof Error ? error.message : String(error);
    report(
      "deny",
      [{ rule: "plan-verdict", decision: "deny", reasons: [`the gate could not decide: ${message}`] }],
      "deny",
      "error",
    );
    core.setFailed(`the gate could not decide, so it denies: ${message}`);
  })
  .finally(async () => {
    await core.summary.write();
  });
