// Adapter: reads the inputs, runs the service's healthcheck, reports through the runner.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { annotate } from "@gitops/action-shared";
import { CheckError, checkHealth, healthMarkdown, healthText } from "@gitops/checks";
import { directoryReader } from "@gitops/model";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const { repoDir, ...settings } = readSettings();
  try {
    const run = await checkHealth({
      ...settings,
      reader: directoryReader(repoDir),
      readCa: (path) => readFileSync(resolve(repoDir, path), "utf8"),
      onAttempt: ({ name, attempt, result }) =>
        core.info(
          `${name} attempt ${attempt}: ${result.ok ? `ok (${result.status ?? "connected"})` : result.error?.message}`,
        ),
    });
    core.info(healthText(run.report));
    core.setOutput("healthy", String(run.report.ok));
    core.setOutput("report", JSON.stringify(run.report));
    await core.summary
      .addRaw(
        healthMarkdown(`healthcheck of ${run.service} ${run.version} in ${run.environment}`, run.report),
      )
      .write();
    if (!run.report.ok) core.setFailed(`${run.service} is not healthy in ${run.environment}`);
  } catch (error) {
    if (error instanceof CheckError) annotate(error.diagnostics, repoDir);
    throw error;
  }
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
