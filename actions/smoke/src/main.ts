// Adapter: reads the inputs, runs the service's smoke checks, reports through the runner.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { CheckError, checkSmoke, smokeMarkdown, smokeText } from "@gitops/checks";
import { directoryReader, parseDuration } from "@gitops/model";

async function main(): Promise<void> {
  const repoDir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const host = core.getInput("host");
  const port = core.getInput("port");
  if (port && !/^\d+$/.test(port)) throw new Error(`port must be a whole number; got "${port}"`);
  const timeout = core.getInput("timeout") ? parseDuration(core.getInput("timeout")) : undefined;
  if (timeout && !timeout.ok) throw new Error(`timeout: ${timeout.message}`);
  const run = await checkSmoke({
    reader: directoryReader(repoDir),
    service: core.getInput("service", { required: true }),
    environment: core.getInput("environment", { required: true }),
    ...(host ? { host } : {}),
    ...(port ? { port: Number(port) } : {}),
    ...(timeout?.ok ? { timeoutMs: timeout.value } : {}),
  });
  core.info(smokeText(run.report));
  core.setOutput("passed", String(run.report.ok));
  core.setOutput("report", JSON.stringify(run.report));
  await core.summary
    .addRaw(smokeMarkdown(`smoke checks of ${run.service} ${run.version} in ${run.environment}`, run.report))
    .write();
  if (!run.report.ok) core.setFailed(`smoke checks of ${run.service} failed in ${run.environment}`);
}

main().catch((error: unknown) => {
  if (error instanceof CheckError)
    for (const d of error.diagnostics)
      core.error(d.message, { file: d.file, startLine: d.start.line, startColumn: d.start.column });
  core.setFailed(error instanceof Error ? error.message : String(error));
});
