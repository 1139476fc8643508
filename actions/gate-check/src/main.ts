// Adapter: the gate's decision on the push, asking GitHub (lazily) and JIRA through the gate's
// clients. Anything that goes wrong denies.
import * as core from "@actions/core";
import { githubFacts, recordStore } from "@gitops/action-shared";
import type { RuleResult } from "@gitops/gate";
import { gitAuthEnv, openGit } from "@gitops/git";
import { gatePush, recorder } from "@gitops/pipeline";
import { matrixOf, renderMarkdown } from "@gitops/plan";
import { markdownCell } from "@gitops/text";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  const { push } = settings;
  // The token rides in git's environment: the record is fetched from origin, and so is where the branch is now.
  const git = openGit(settings.workdir, { env: gitAuthEnv(push.repository.serverUrl, settings.recordToken) });
  const record = recordStore(git, {
    kind: settings.record,
    mustReachOrigin: settings.keepRecord,
    token: settings.recordToken,
    repository: push.repository,
  });
  const gate = await gatePush({
    git,
    record,
    ...(push.defaultBranch ? { defaultBranch: `refs/remotes/origin/${push.defaultBranch}` } : {}),
    ...(push.before ? { before: push.before } : {}),
    after: push.after,
    ...(settings.environment ? { environment: settings.environment } : { branch: push.branch }),
    pusher: push.pusher,
    github: githubFacts(settings.githubToken, push.repository),
    ...(settings.jira ? { jira: settings.jira } : {}),
  });

  if (settings.keepRecord) {
    // Fail closed: a release the record cannot hold deploys nothing.
    const written = await recorder({
      git,
      store: record,
      gated: gate,
      pusher: push.pusher,
      startedAt: new Date().toISOString(),
      ...(push.links.run ? { run: push.links.run } : {}),
      now: Date.now,
    })
      .start()
      .then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    if (written !== undefined && gate.decision !== "deny") {
      gate.decision = "deny";
      gate.results.push({
        rule: "plan-verdict",
        decision: "deny",
        reasons: [`the deployment record cannot be written: ${written}`],
      });
    }
  }
  const matrix = matrixOf(gate.plan);
  core.setOutput("tickets", JSON.stringify(gate.tickets));
  core.setOutput("services", JSON.stringify(gate.decision === "allow" ? matrix : { include: [] }));
  core.setOutput("changed", String(gate.decision === "allow" ? matrix.include.length : 0));
  core.summary.addRaw(renderMarkdown(gate.plan));
  report(gate.decision, gate.results, gate.plan.verdict, `${push.pusher} → ${gate.environment.name}`);
  if (gate.decision === "deny") core.setFailed(`the gate denies this push to ${gate.environment.name}`);
  else if (gate.decision === "skip") {
    const why = gate.results.filter((r) => r.decision === "skip").flatMap((r) => r.reasons);
    core.notice(`nothing deploys: ${why.join("; ")}`);
  }
}

function report(decision: string, results: RuleResult[], verdict: string, title: string): void {
  core.setOutput("decision", decision);
  core.setOutput("reasons", JSON.stringify(results));
  core.setOutput("verdict", verdict);
  const icon = { allow: "✅", skip: "⏭️", deny: "⛔" }[decision] ?? "";
  for (const r of results) core.info(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}`);
  // Reasons quote commit messages: untrusted text, escaped before it becomes Markdown or HTML.
  core.summary.addRaw(
    [
      `### ${icon} gate: ${decision} (${markdownCell(title)})`,
      "",
      "| Rule | Decision | Why |",
      "|---|---|---|",
      ...results.map((r) => `| ${r.rule} | ${r.decision} | ${r.reasons.map(markdownCell).join("<br>")} |`),
      "",
    ].join("\n"),
  );
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
