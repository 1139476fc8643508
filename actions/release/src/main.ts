// Adapter: the whole release of one push in one step. Reads the event and inputs, fetches the
// deploy repo if the workflow did not, runs the pipeline with live logs, and reports through
// outputs and the job summary. A release that fails, rolls back or is denied fails the step.
import * as core from "@actions/core";
import { logCommandOutput, readSettings } from "@gitops/action-shared";
import type { ReleaseProgress } from "@gitops/pipeline";
import { ensureCheckout, gitAuthEnv } from "@gitops/git";

async function main(): Promise<void> {
  const settings = readSettings();
  // The pipeline loads once there is a push to release: a misconfigured step fails at once.
  const [
    { lazyGitHubFacts },
    { notifiersFor, release, releaseMarkdown, releaseText },
    { isZeroSha, openGit },
  ] = await Promise.all([import("@gitops/gate"), import("@gitops/pipeline"), import("@gitops/git")]);
  const before = isZeroSha(settings.before) ? undefined : settings.before;
  const { owner, repo, serverUrl } = settings.repository;
  await ensureCheckout(
    {
      dir: settings.workdir,
      serverUrl,
      owner,
      repo,
      branch: settings.branch,
      ...(before ? { before } : {}),
      after: settings.after,
      token: settings.githubToken,
    },
    core.info,
  );
  // A cancelled run: stop the running commands (and everything they started) before the runner
  // kills this process, so no deploy goes on unseen.
  const cancel = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => cancel.abort());
  const result = await release({
    // The token rides in git's environment, for the gate's look at where origin's branch is now.
    git: openGit(settings.workdir, { env: gitAuthEnv(serverUrl, settings.githubToken) }),
    workdir: settings.workdir,
    ...(before ? { before } : {}),
    after: settings.after,
    ...(settings.environment ? { environment: settings.environment } : { branch: settings.branch }),
    pusher: settings.pusher,
    ...(settings.pusherEmail ? { pusherEmail: settings.pusherEmail } : {}),
    github: lazyGitHubFacts(
      async () => {
        const { getOctokit } = await import("@actions/github");
        return getOctokit(settings.githubToken, {
          baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
        }).request;
      },
      { owner, repo },
    ),
    ...(settings.jira ? { jira: settings.jira } : {}),
    dryRun: settings.dryRun,
    notifiers: (config) => notifiersFor(config, settings.channels),
    links: settings.links,
    onProgress: log,
    signal: cancel.signal,
  });
  core.setOutput("outcome", result.outcome);
  core.setOutput("decision", result.gate.decision);
  core.setOutput("result", JSON.stringify(result));
  core.info(releaseText(result));
  await core.summary.addRaw(releaseMarkdown(result)).write();
  for (const s of result.services)
    for (const d of s.deliveries.filter((d) => !d.ok))
      core.warning(`${s.service}: ${d.event} notice to ${d.channel} ${d.target} not delivered: ${d.detail}`);
  if (!["succeeded", "nothing-to-deploy", "dry-run", "skipped"].includes(result.outcome))
    core.setFailed(`release to ${result.environment}: ${result.outcome}`);
}

/** Live progress in the runner's log: one line per stage, the commands' output folded per stage. */
function log(event: ReleaseProgress): void {
  switch (event.type) {
    case "gate":
      core.info(`gate ${event.environment}: ${event.decision} · ${event.plan}`);
      for (const reason of event.reasons) core.info(`  ${reason}`);
      return;
    case "service":
      core.info(
        `▶ ${event.service} ${event.from && event.from !== event.to ? `${event.from} → ` : ""}${event.to ?? ""}`,
      );
      return;
    case "output":
      logCommandOutput(
        event.chunk
          .split("\n")
          .filter(Boolean)
          .map((line) => `  ${event.service} │ ${line}`),
      );
      return;
    case "stage-end": {
      const mark = { passed: "✓", failed: "✗", skipped: "–" }[event.outcome];
      const line = `  ${event.service} ${event.rollback ? "rollback " : ""}${event.stage} ${mark} ${(event.durationMs / 1000).toFixed(1)}s ${event.reason}`;
      if (event.outcome === "failed") core.error(line.trim());
      else core.info(line);
      return;
    }
    case "delivery":
      core.info(
        `  ${event.service} notify ${event.event} ${event.delivery.ok ? "✓" : "✗"} ${event.delivery.channel} ${event.delivery.target}: ${event.delivery.detail}`,
      );
      return;
    default:
      return;
  }
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
