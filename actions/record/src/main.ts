// Adapter: writes how one service's release ended to the deployment record. A record that
// cannot be written fails the step: the next release would plan from the wrong place.
import * as core from "@actions/core";
import { recordStore } from "@gitops/action-shared";
import { gitAuthEnv, openGit } from "@gitops/git";
import { recordServiceOutcome } from "@gitops/pipeline";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  const { push } = settings;
  const git = openGit(settings.workdir, { env: gitAuthEnv(push.repository.serverUrl, settings.githubToken) });
  if (!settings.environment) throw new Error("environment is required");
  const recorded = await recordServiceOutcome({
    git,
    record: recordStore(git, {
      kind: settings.record,
      mustReachOrigin: true,
      token: settings.githubToken,
      repository: push.repository,
    }),
    environment: settings.environment,
    service: settings.service,
    after: push.after,
    reported: settings.reported,
    removed: settings.removed,
    cancelled: settings.cancelled,
  });
  core.setOutput("outcome", recorded.outcome);
  core.info(
    `recorded ${settings.service}${recorded.version ? ` ${recorded.version}` : ""} in ${settings.environment}: ${recorded.outcome}`,
  );
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
