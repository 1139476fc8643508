// Adapter: plans the push or pull request, then reports through outputs, the job summary
// and (on pull requests) one sticky comment.

import { relative, resolve } from "node:path";
import * as core from "@actions/core";
import { openGit } from "@gitops/git";
import { buildPlan, matrixOf, PlanError, renderMarkdown, renderText } from "@gitops/plan";
import { upsertPlanComment } from "./comment.ts";
import { readSettings } from "./inputs.ts";

const RANK = { allow: 0, "needs-approval": 1, deny: 2, never: 3 } as const;

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

  // Annotations need paths from the workspace root to land on the right file.
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  for (const d of plan.diagnostics) {
    const file = relative(workspace, resolve(settings.repoDir, d.file));
    core.error(d.message, {
      title: `${d.code} ${d.field}`,
      file,
      startLine: d.start.line,
      startColumn: d.start.column,
    });
  }
  if (settings.comment) {
    try {
      core.info(
        `plan comment: ${await upsertPlanComment(settings.comment, renderMarkdown(plan, { marker: true }))}`,
      );
    } catch (error) {
      // The plan stands without its comment; say so and carry on.
      core.warning(
        `could not comment on the pull request: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (RANK[plan.verdict] >= RANK[settings.failOn]) core.setFailed(`plan verdict: ${plan.verdict}`);
}

main().catch((error: unknown) => {
  if (error instanceof PlanError) {
    for (const d of error.diagnostics) {
      core.error(d.message, {
        title: d.code,
        file: d.file,
        startLine: d.start.line,
        startColumn: d.start.column,
      });
    }
  }
  core.setFailed(error instanceof Error ? error.message : String(error));
});
