// Adapter: reads the inputs, runs the service's regression suite with its output streamed
// to the log, annotates failed tests, reports through the runner.
import * as core from "@actions/core";
import { annotate } from "@gitops/action-shared";
import {
  CheckError,
  checkRegression,
  failureAnnotations,
  regressionMarkdown,
  regressionSummary,
} from "@gitops/checks";
import { directoryReader } from "@gitops/model";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const { repoDir, ...settings } = readSettings();
  try {
    const run = await checkRegression({
      ...settings,
      reader: directoryReader(repoDir),
      cwd: repoDir,
      // The suite's own output goes to the log as it comes; it is not ours to interpret.
      onOutput: (chunk, stream) => (stream === "stdout" ? process.stdout : process.stderr).write(chunk),
    });
    const { result } = run;
    for (const a of result.report ? failureAnnotations(result.report) : []) {
      core.error(a.message, {
        title: a.title,
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
      });
    }
    core.setOutput("passed", String(result.ok));
    core.setOutput("report", JSON.stringify(regressionSummary(result)));
    await core.summary
      .addRaw(regressionMarkdown(`regression of ${run.service} ${run.version} in ${run.environment}`, result))
      .write();
    if (!result.ok) core.setFailed(`regression of ${run.service} failed: ${result.reason}`);
  } catch (error) {
    if (error instanceof CheckError) annotate(error.diagnostics, repoDir);
    throw error;
  }
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
