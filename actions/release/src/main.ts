// Adapter: the whole release of one push in one step. Reads the inputs and the push, fetches
// the deploy repo if the workflow did not, runs the pipeline with live logs, and reports through
// outputs and the job summary. A release that fails, rolls back or is denied fails the step.
import * as core from "@actions/core";
import { githubFacts, progressLogger, recordStore } from "@gitops/action-shared";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  // The pipeline loads once there is a push to release: a misconfigured step fails at once.
  const [{ ensureCheckout, gitAuthEnv, isZeroSha, openGit }, pipeline] = await Promise.all([
    import("@gitops/git"),
    import("@gitops/pipeline"),
  ]);
  const { push } = settings;
  const before = isZeroSha(push.before) ? undefined : push.before;
  const { serverUrl } = push.repository;
  await ensureCheckout(
    {
      dir: settings.workdir,
      ...push.repository,
      branch: push.branch,
      ...(before ? { before } : {}),
      after: push.after,
      ...(push.defaultBranch ? { defaultBranch: push.defaultBranch } : {}),
      token: settings.githubToken,
    },
    core.info,
  );
  // A cancelled run: stop the running commands (and everything they started) before the runner
  // kills this process, so no deploy goes on unseen.
  const cancel = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => cancel.abort());
  // The token rides in git's environment: the record is fetched from and pushed to origin, and
  // the gate looks at where origin's branch is now.
  const git = openGit(settings.workdir, { env: gitAuthEnv(serverUrl, settings.githubToken) });
  const result = await pipeline.release({
    git,
    record: recordStore(git, {
      kind: settings.record,
      mustReachOrigin: true,
      token: settings.githubToken,
      repository: push.repository,
    }),
    ...(push.defaultBranch ? { defaultBranch: `refs/remotes/origin/${push.defaultBranch}` } : {}),
    workdir: settings.workdir,
    ...(before ? { before } : {}),
    after: push.after,
    ...(settings.environment ? { environment: settings.environment } : { branch: push.branch }),
    pusher: push.pusher,
    ...(push.pusherEmail ? { pusherEmail: push.pusherEmail } : {}),
    github: githubFacts(settings.githubToken, push.repository),
    ...(settings.channels.jira ? { jira: settings.channels.jira } : {}),
    dryRun: settings.dryRun,
    notifiers: (config) => pipeline.notifiersFor(config, settings.channels),
    links: push.links,
    onProgress: progressLogger(),
    signal: cancel.signal,
  });
  core.setOutput("outcome", result.outcome);
  core.setOutput("decision", result.gate.decision);
  core.setOutput("result", JSON.stringify(result));
  core.info(pipeline.releaseText(result));
  await core.summary.addRaw(pipeline.releaseMarkdown(result)).write();
  for (const warning of pipeline.undeliveredNotices(result)) core.warning(warning);
  if (!pipeline.releaseSucceeded(result))
    core.setFailed(`release to ${result.environment}: ${result.outcome}`);
}

main()
  .catch((error: unknown) => {
    core.setOutput("outcome", "failed");
    core.setFailed(error instanceof Error ? error.message : String(error));
  })
  .finally(() => {
    // The release is over. A JIRA request it stopped waiting for must not hold the step open.
    process.exit();
  });
