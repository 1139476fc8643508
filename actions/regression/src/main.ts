// Adapter: reads the inputs, runs the service's regression suite with its output streamed
// to the log, annotates failed tests, reports through the runner.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { CheckError, checkRegression, failureAnnotations, regressionMarkdown } from "@gitops/checks";
import { directoryReader, parseDuration } from "@gitops/model";

async function main(): Promise<void> {
  const repoDir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const host = core.getInput("host");
  const port = core.getInput("port");
  if (port && !/^\d+$/.test(port)) throw new Error(`port must be a whole number; got "${port}"`);
  const timeout = core.getInput("timeout") ? parseDuration(core.getInput("timeout")) : undefined;
  if (timeout && !timeout.ok) throw new Error(`timeout: ${timeout.message}`);
  const run = await checkRegression({
    reader: directoryReader(repoDir),
    cwd: repoDir,
    service: core.getInput("service", { required: true }),
    environment: core.getInput("environment", { required: true }),
    ...(host ? { host } : {}),
    ...(port ? { port: Number(port) } : {}),
    ...(timeout?.ok ? { timeoutMs: timeout.value } : {}),
    // The suite's own output goes to the log as it comes; it is not ours to interpret.
    onOutput: (chunk, stream) => (stream === "stdout" ? process.stdout : process.stderr).write(chunk),
  });
  const { result } = run;
  const report = result.report;
  for (const a of report ? failureAnnotations(report) : []) {
    core.error(a.message, {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.line ? { startLine: a.line } : {}),
    });
  }
  const failed = (report?.cases ?? [])
    .filter((c) => c.status === "failed" || c.status === "error")
    .map((c) => ({ name: c.name, message: c.message, file: c.file, line: c.line }));
  core.setOutput("passed", String(result.ok));
  core.setOutput(
    "report",
    JSON.stringify({
      ok: result.ok,
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      reason: result.reason,
      tests: report?.tests ?? 0,
      failures: report?.failures ?? 0,
      errors: report?.errors ?? 0,
      skipped: report?.skipped ?? 0,
      failed,
    }),
  );
  await core.summary
    .addRaw(regressionMarkdown(`regression of ${run.service} ${run.version} in ${run.environment}`, result))
    .write();
  if (!result.ok) core.setFailed(`regression of ${run.service} failed: ${result.reason}`);
}

main().catch((error: unknown) => {
  if (error instanceof CheckError)
    for (const d of error.diagnostics)
      core.error(d.message, { file: d.file, startLine: d.start.line, startColumn: d.start.column });
  core.setFailed(error instanceof Error ? error.message : String(error));
});
