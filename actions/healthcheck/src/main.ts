// Adapter: reads the inputs, runs the service's healthcheck, reports through the runner.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { CheckError, checkHealth, healthMarkdown, healthText } from "@gitops/checks";
import { directoryReader, parseDuration } from "@gitops/model";

function duration(name: string): number | undefined {
  const raw = core.getInput(name);
  if (!raw) return undefined;
  const parsed = parseDuration(raw);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.value;
}

function integer(name: string): number | undefined {
  const raw = core.getInput(name);
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number; got "${raw}"`);
  return Number(raw);
}

async function main(): Promise<void> {
  const repoDir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const overrides = {
    startupGraceMs: duration("startup-grace"),
    intervalMs: duration("interval"),
    timeoutMs: duration("timeout"),
    retries: integer("retries"),
    deadlineMs: duration("deadline"),
  };
  const host = core.getInput("host");
  const port = integer("port");
  const run = await checkHealth({
    reader: directoryReader(repoDir),
    service: core.getInput("service", { required: true }),
    environment: core.getInput("environment", { required: true }),
    ...(host ? { host } : {}),
    ...(port !== undefined ? { port } : {}),
    overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
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
    .addRaw(healthMarkdown(`healthcheck of ${run.service} ${run.version} in ${run.environment}`, run.report))
    .write();
  if (!run.report.ok) core.setFailed(`${run.service} is not healthy in ${run.environment}`);
}

main().catch((error: unknown) => {
  if (error instanceof CheckError)
    for (const d of error.diagnostics)
      core.error(d.message, { file: d.file, startLine: d.start.line, startColumn: d.start.column });
  core.setFailed(error instanceof Error ? error.message : String(error));
});
