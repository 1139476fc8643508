// Adapter: plans the push or pull request, then reports through outputs, the job summary
// and (on pull requests) one sticky comment.
import * as core from "@actions/core";
import { annotate, workspacePath } from "@gitops/action-shared";
import { openGit } from "@gitops/git";
import { buildPlan, matrixOf, PlanError, renderMarkdown, renderText, verdictFails } from "@gitops/plan";
import { upsertPlanComment } from "./comment.ts";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  const plan = await buildPlan({
    git: openGit(settings.repoDir),
    ...(settings.base ? { base: settings.base } : {}),
    head: settings.head,
    ...(settings.environment ? { environment: settings.environment } : {}),
    ...(settings.branch ? { branch: settings.branch } : {}),
  });

  core.info(renderText(plan));
  const markdown = renderMarkdown(plan);
  const matrix = matrixOf(plan);
  core.setOutput("services", JSON.stringify(matrix));
  core.setOutput("changed", String(matrix.include.length));
  core.setOutput("verdict", plan.verdict);
  core.setOutput("findings", JSON.stringify(plan.findings));
  core.setOutput("plan", markdown);
  core.setOutput("plan-json", JSON.stringify(plan));
  await core.summary.addRaw(markdown).write();
  annotate(plan.diagnostics, settings.repoDir);
  if (settings.comment) {
    try {
      const url = await upsertPlanComment(settings.comment, renderMarkdown(plan, { marker: true }));
      core.info(`plan comment: ${url}`);
    } catch (error) {
      // The plan stands without its comment; say so and carry on.
      core.warning(
        `could not comment on the pull request: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (verdictFails(plan.verdict, settings.failOn)) core.setFailed(`plan verdict: ${plan.verdict}`);
}

main().catch((error: unknown) => {
  if (error instanceof PlanError) annotate(error.diagnostics, workspacePath());
  core.setFailed(error instanceof Error ? error.message : String(error));
});
