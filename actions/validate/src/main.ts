// Adapter: validates the deploy repo, annotates each bad line, reports through the runner.
import { relative, resolve } from "node:path";
import * as core from "@actions/core";
import { annotate, workspaceRoot } from "@gitops/action-shared";
import { directoryReader, loadRepo, validationReport } from "@gitops/model";
import { readSettings } from "./inputs.ts";
import { validationMarkdown } from "./summary.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  const repo = await loadRepo(directoryReader(settings.root));
  annotate(repo.diagnostics, settings.root);
  // Paths from the workspace root, as the annotations and the pull request's files show them.
  const report = validationReport(repo, (file) => relative(workspaceRoot(), resolve(settings.root, file)));
  core.setOutput("valid", String(report.valid));
  core.setOutput("error-count", String(report.errors));
  core.setOutput("report", JSON.stringify(report));
  await core.summary.addRaw(validationMarkdown(report, repo.descriptors.length)).write();
  if (!report.valid && settings.failOnError)
    core.setFailed(`${report.errors} problem(s) in the deploy repo; see the annotations`);
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
