// Adapter: commits the service's healthy descriptor to the environment's branch and pushes it.
import * as core from "@actions/core";
import { recordStore } from "@gitops/action-shared";
import { gitAuthEnv, openGit } from "@gitops/git";
import { rollbackToHealthy } from "@gitops/pipeline";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  const git = openGit(settings.workdir, {
    env: gitAuthEnv(settings.repository.serverUrl, settings.githubToken),
  });
  const done = await rollbackToHealthy({
    git,
    record: recordStore(git, {
      kind: settings.record,
      mustReachOrigin: true,
      token: settings.githubToken,
      repository: settings.repository,
    }),
    environment: settings.environment,
    service: settings.service,
    ...(settings.to ? { to: settings.to } : {}),
    ...(settings.ticket ? { tickets: [settings.ticket] } : {}),
    identity: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
  });
  core.setOutput("commit", done.commit);
  core.setOutput("version", done.to.version);
  core.info(
    `${settings.service}: ${done.from ?? "?"} → ${done.to.version} on ${done.branch} (${done.commit.slice(0, 12)})`,
  );
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
