// Adapter: deploys one service through the environment's driver, as one visible step of the
// reusable workflows; with reason rollback it restores the version a commit held and
// health-checks it. The library decides what either means; this step reports it.
import * as core from "@actions/core";
import { logCommandOutput, recordStore } from "@gitops/action-shared";
import { gitAuthEnv, openGit } from "@gitops/git";
import { deploymentMarkdown, deployService } from "@gitops/pipeline";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  // The token rides in git's environment, to fetch the record a rollback restores from.
  const git = openGit(settings.workdir, {
    env: gitAuthEnv(settings.repository.serverUrl, settings.githubToken),
  });
  const { record, githubToken, repository, ...target } = settings;
  const deployment = await deployService({
    ...target,
    git,
    ...(settings.reason === "rollback" && record !== "none"
      ? { record: recordStore(git, { kind: record, mustReachOrigin: false, token: githubToken, repository }) }
      : {}),
    onProgress: (event) => {
      if (event.type === "output") logCommandOutput(event.chunk.split(/\r\n|[\n\r]/).filter(Boolean));
      if (event.type === "stage-end") core.info(`${event.stage}: ${event.outcome} - ${event.reason}`);
    },
  });
  const { failure, ...result } = deployment;
  core.setOutput("ok", String(deployment.ok));
  if (deployment.version) core.setOutput("version", deployment.version);
  core.setOutput(
    "result",
    JSON.stringify({
      ...result,
      ...(failure ? { failure: { stage: failure.stage, reason: failure.reason } } : {}),
    }),
  );
  await core.summary.addRaw(deploymentMarkdown(deployment)).write();
  if (deployment.stages.length === 0) core.notice(`${settings.service}: ${deployment.detail}`);
  if (failure) {
    if (failure.log) logCommandOutput(failure.log.split("\n"));
    core.setFailed(
      `${settings.reason} of ${settings.service} ${deployment.version} to ${settings.environment} failed at ${failure.stage}: ${failure.reason}`,
    );
  }
}

main().catch((error: unknown) => {
  core.setOutput("ok", "false");
  core.setFailed(error instanceof Error ? error.message : String(error));
});
