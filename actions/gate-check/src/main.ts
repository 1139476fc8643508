// Adapter: reads the push event and the inputs, asks GitHub (lazily) and JIRA through the
// gate's clients, and reports the decision. Anything that goes wrong denies.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { jiraInputs, readEvent, secretInput } from "@gitops/action-shared";
import { lazyGitHubFacts, type RuleResult } from "@gitops/gate";
import { escapeHtml } from "@gitops/model";
import { gatePush } from "@gitops/pipeline";
import { openGit } from "@gitops/git";

async function main(): Promise<void> {
  const event = readEvent();
  const after = event.after ?? process.env.GITHUB_SHA;
  if (!after) throw new Error("no pushed commit: gate-check runs on push events");
  // The GitHub-verified identity that pushed; the git author of a commit is whatever anyone typed.
  const pusher = event.sender?.login ?? process.env.GITHUB_ACTOR;
  if (!pusher) throw new Error("the event names no pusher");

  const jira = jiraInputs();
  const environment = core.getInput("environment");
  const token = secretInput("github-token");
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");

  const gate = await gatePush({
    git: openGit(resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".")),
    ...(event.before ? { before: event.before } : {}),
    after,
    ...(environment ? { environment } : { branch: event.ref?.replace(/^refs\/heads\//, "") ?? "" }),
    pusher,
    github: lazyGitHubFacts(
      async () => {
        const { getOctokit } = await import("@actions/github");
        return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com" }).request;
      },
      { owner, repo },
    ),
    ...(jira ? { jira } : {}),
  });

  core.setOutput("tickets", JSON.stringify(gate.tickets));
  report(gate.decision, gate.results, gate.plan.verdict, `${pusher} → ${gate.environment.name}`);
  if (gate.decision === "deny") core.setFailed(`the gate denies this push to ${gate.environment.name}`);
  else if (gate.decision === "skip") {
    core.notice(
      `nothing deploys: ${gate.results
        .filter((r) => r.decision === "skip")
        .flatMap((r) => r.reasons)
        .join("; ")}`,
    );
  }
}

function report(decision: string, results: RuleResult[], verdict: string, title: string): void {
  core.setOutput("decision", decision);
  core.setOutput("reasons", JSON.stringify(results));
  core.setOutput("verdict", verdict);
  const icon = { allow: "✅", skip: "⏭️", deny: "⛔" }[decision] ?? "";
  for (const r of results) core.info(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}`);
  core.summary.addHeading(`${icon} gate: ${decision} (${escapeHtml(title)})`, 3);
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
    // The gate has decided. A JIRA request it stopped waiting for must not hold the step open.
    process.exit();
  });
