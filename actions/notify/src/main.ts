// Adapter: tells the channels about one service's release. Delivery problems are warnings:
// this step never fails a release because Slack or SMTP had a bad minute.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { channelInputs, readEvent } from "@gitops/action-shared";
import type { ReleaseNotice } from "@gitops/notify";
import { parseEvent, parseTickets, partsFromResult, recipients } from "./notice.ts";

async function main(): Promise<void> {
  const event = parseEvent(core.getInput("event", { required: true }));
  const service = core.getInput("service", { required: true });
  const environmentName = core.getInput("environment", { required: true });
  const workdir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || ".");
  const { channels } = channelInputs();
  // The channels and the repo loader load once the inputs make sense.
  const [
    { directoryReader, forEnvironment, loadRepo },
    { consoleNotifier, deliverAll, summaryNotifier },
    { notifiersFor },
  ] = await Promise.all([import("@gitops/model"), import("@gitops/notify"), import("@gitops/pipeline")]);

  const repo = await loadRepo(directoryReader(workdir));
  const environment = repo.config?.environments.find((e) => e.name === environmentName);
  const found = repo.descriptors.find((d) => d.service === service);
  if (!repo.config || !environment)
    throw new Error(`gitops.yaml has no environment "${environmentName}" (or is not valid)`);
  if (!found) throw new Error(`no valid descriptor for ${service} in ${repo.config.servicesDir}/`);
  const descriptor = forEnvironment(found, environment.name);

  const push = readEvent();
  const sha = push.after ?? process.env.GITHUB_SHA ?? "";
  const serverUrl = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const repoUrl = push.repository?.html_url ?? `${serverUrl}/${process.env.GITHUB_REPOSITORY ?? ""}`;
  const parts = partsFromResult(core.getInput("result"), service);
  if (parts.problem) core.warning(parts.problem);
  const from = parts.version?.from ?? (await versionBefore(workdir, push.before, service));
  const notice: ReleaseNotice = {
    event,
    environment: environment.name,
    service,
    version: parts.version ?? { ...(from ? { from } : {}), to: descriptor.version },
    pusher: push.sender?.login ?? process.env.GITHUB_ACTOR ?? "unknown",
    ...(push.pusher?.email ? { committer: { email: push.pusher.email } } : {}),
    tickets: core.getInput("tickets") ? parseTickets(core.getInput("tickets")) : (parts.tickets ?? []),
    plan: parts.plan ?? "",
    commit: { sha, url: `${repoUrl}/commit/${sha}` },
    ...(process.env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` }
      : {}),
    recipients: recipients(descriptor),
    stages: parts.stages,
    ...(parts.failure ? { failure: parts.failure } : {}),
    ...(parts.rollback ? { rollback: parts.rollback } : {}),
  };

  const deliveries = await deliverAll(
    notifiersFor(repo.config, channels, [
      consoleNotifier((line) => core.info(line)),
      summaryNotifier(
        (markdown) => {
          core.summary.addRaw(markdown);
        },
        repo.config.jira ? { jiraUrl: repo.config.jira.url } : {},
      ),
    ]),
    notice,
  );
  for (const d of deliveries) {
    const line = `${d.channel} ${d.target}: ${d.detail}`;
    if (d.ok) core.info(`✓ ${line}`);
    else core.warning(`not delivered: ${line}`);
  }
  core.setOutput("deliveries", JSON.stringify(deliveries));
  core.setOutput("delivered", String(deliveries.every((d) => d.ok)));
  await core.summary.write();
}

/** The version the branch held before the push, when the checkout has that commit. */
async function versionBefore(
  workdir: string,
  before: string | undefined,
  service: string,
): Promise<string | undefined> {
  const [{ loadRepo }, { isZeroSha, openGit, treeReader }] = await Promise.all([
    import("@gitops/model"),
    import("@gitops/git"),
  ]);
  if (!before || isZeroSha(before)) return undefined;
  try {
    const repo = await loadRepo(treeReader(openGit(workdir), before));
    return repo.descriptors.find((d) => d.service === service)?.version;
  } catch {
    return undefined; // a shallow checkout: the notice goes without "from"
  }
}

main()
  .catch((error: unknown) => {
    // Telling people is never why a release fails: a notify step that cannot run warns.
    core.warning(`notify could not run: ${error instanceof Error ? error.message : String(error)}`);
    core.setOutput("delivered", "false");
    core.setOutput("deliveries", "[]");
  })
  .finally(() => process.exit());
