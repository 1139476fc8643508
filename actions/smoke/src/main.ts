// Adapter: reads the inputs, runs the service's smoke checks, reports through the runner.
import * as core from "@actions/core";
import { annotate } from "@gitops/action-shared";
import { CheckError, checkSmoke, smokeMarkdown, smokeText } from "@gitops/checks";
import { directoryReader } from "@gitops/model";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const { repoDir, ...settings } = readSettings();
  try {
    const run = await checkSmoke({ ...settings, reader: directoryReader(repoDir) });
    core.info(smokeText(run.report));
    core.setOutput("passed", String(run.report.ok));
    core.setOutput("report", JSON.stringify(run.report));
    await core.summary
      .addRaw(
        smokeMarkdown(`smoke checks of ${run.service} ${run.version} in ${run.environment}`, run.report),
      )
      .write();
    if (!run.report.ok) core.setFailed(`smoke checks of ${run.service} failed in ${run.environment}`);
  } catch (error) {
    if (error instanceof CheckError) annotate(error.diagnostics, repoDir);
    throw error;
  }
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
