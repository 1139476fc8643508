// Adapter: deploys one service through the environment's driver, as one visible step of the
// reusable workflows. With reason rollback it restores the version an earlier commit held and
// health-checks it, since no later step will.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { logCommandOutput } from "@gitops/action-shared";
import { createDriver } from "@gitops/deploy";
import { escapeHtml, forEnvironment, loadRepo } from "@gitops/model";
import type { StageReport } from "@gitops/notify";
import { builtinStages, ROLLBACK_STAGES, runStages } from "@gitops/pipeline";
import { isZeroSha, openGit, treeReader } from "@gitops/git";

async function main(): Promise<void> {
  const workdir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const service = core.getInput("service", { required: true });
  const environmentName = core.getInput("environment", { required: true });
  const reason = core.getInput("reason") || "deploy";
  if (reason !== "deploy" && reason !== "rollback")
    throw new Error(`reason must be deploy or rollback, not "${reason}"`);
  const ref = core.getInput("ref") || "HEAD";
  const output = (result: object) =>
    core.setOutput("result", JSON.stringify({ service, environment: environmentName, reason, ...result }));

  if (reason === "rollback" && isZeroSha(ref)) {
    core.notice(`${service}: nothing to restore - the push created the branch`);
    core.setOutput("ok", "true");
    output({ ok: true, detail: "nothing to restore: first push", stages: [] });
    return;
  }
  const repo = await loadRepo(treeReader(openGit(workdir), ref));
  const environment = repo.config?.environments.find((e) => e.name === environmentName);
  if (!repo.config || !environment)
    throw new Error(`gitops.yaml at ${ref} has no environment "${environmentName}" (or is not valid)`);
  const found = repo.descriptors.find((d) => d.service === service);
  if (!found) {
    if (reason === "rollback") {
      core.notice(`${service}: nothing to restore - it did not exist at ${ref}`);
      core.setOutput("ok", "true");
      output({ ok: true, detail: `nothing to restore: ${service} did not exist at ${ref}`, stages: [] });
      return;
    }
    throw new Error(`no valid descriptor for ${service} at ${ref}`);
  }
  const descriptor = forEnvironment(found, environment.name);
  const stages: StageReport[] = [];
  const started = performance.now();
  const failure = await runStages(
    {
      environment,
      workdir,
      driver: createDriver(environment.driver),
      stages: builtinStages,
      progress: (event) => {
        if (event.type === "output") logCommandOutput(event.chunk.split("\n").filter(Boolean));
        if (event.type === "stage-end") core.info(`${event.stage}: ${event.outcome} - ${event.reason}`);
      },
    },
    descriptor,
    reason === "rollback" ? ROLLBACK_STAGES : ["deploy"],
    reason,
    stages,
  );
  const ok = !failure;
  core.setOutput("ok", String(ok));
  core.setOutput("version", descriptor.version);
  output({
    version: descriptor.version,
    ok,
    durationMs: Math.round(performance.now() - started),
    detail: failure
      ? `${failure.stage}: ${failure.reason}`
      : `${service} ${descriptor.version} ${reason === "rollback" ? "restored" : "deployed"}`,
    stages,
  });
  await core.summary
    .addHeading(
      `${ok ? "✅" : "❌"} ${reason} ${escapeHtml(service)} ${escapeHtml(descriptor.version)} to ${escapeHtml(environment.name)}`,
      3,
    )
    .addTable([
      [
        { data: "Stage", header: true },
        { data: "Outcome", header: true },
        { data: "Time", header: true },
        { data: "Why", header: true },
      ],
      ...stages.map((s) => [
        s.stage,
        s.outcome,
        `${(s.durationMs / 1000).toFixed(1)} s`,
        escapeHtml(s.reason),
      ]),
    ])
    .write();
  if (failure) {
    if (failure.log) logCommandOutput(failure.log.split("\n"));
    core.setFailed(
      `${reason} of ${service} ${descriptor.version} to ${environment.name} failed at ${failure.stage}: ${failure.reason}`,
    );
  }
}

main().catch((error: unknown) => {
  core.setOutput("ok", "false");
  core.setFailed(error instanceof Error ? error.message : String(error));
});
