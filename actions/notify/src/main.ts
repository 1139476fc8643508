// Adapter: tells the channels about one service's release. Delivery problems are warnings:
// this step never fails a release because Slack or SMTP had a bad minute.
import * as core from "@actions/core";
import { readSettings } from "./inputs.ts";

async function main(): Promise<void> {
  const settings = readSettings();
  // The channels load once the inputs make sense.
  const [{ openGit }, { consoleNotifier, deliverAll, summaryNotifier }, { notifiersFor, serviceNotice }] =
    await Promise.all([import("@gitops/git"), import("@gitops/notify"), import("@gitops/pipeline")]);
  const { notice, config, problem } = await serviceNotice({ ...settings, git: openGit(settings.workdir) });
  if (problem) core.warning(problem);
  const deliveries = await deliverAll(
    notifiersFor(config, settings.channels, [
      consoleNotifier((line) => core.info(line)),
      summaryNotifier(
        (markdown) => {
          core.summary.addRaw(markdown);
        },
        config.jira ? { jiraUrl: config.jira.url } : {},
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

main()
  .catch((error: unknown) => {
    // Telling people is never why a release fails: a notify step that cannot run warns.
    core.warning(`notify could not run: ${error instanceof Error ? error.message : String(error)}`);
    core.setOutput("delivered", "false");
    core.setOutput("deliveries", "[]");
  })
  .finally(() => process.exit());
