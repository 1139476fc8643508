// Which channels a release tells, from the trusted gitops.yaml and the secrets the run was
// given. A channel without its secret is left out here (email, JIRA) or reported as not
// delivered by its notifier (a Slack channel a descriptor names but no webhook reaches).
import type { Config } from "@gitops/model";
import { emailNotifier, jiraNotifier, type Notifier, slackNotifier } from "@gitops/notify";
import type { ChannelSecrets } from "./secrets.ts";

export function notifiersFor(config: Config, secrets: ChannelSecrets, extra: Notifier[] = []): Notifier[] {
  const notifiers = [...extra];
  const jiraUrl = secrets.jira?.url ?? config.jira?.url;
  const channels: Record<string, string> = {};
  for (const [channel, { webhook }] of Object.entries(config.notifications.slack.channels)) {
    const url = secrets.slackWebhook(webhook);
    if (url) channels[channel] = url;
  }
  notifiers.push(slackNotifier({ channels, ...(jiraUrl ? { jiraUrl } : {}) }));
  if (secrets.smtp) {
    const { email } = config.notifications;
    notifiers.push(
      emailNotifier({
        ...secrets.smtp,
        from: email.from ?? "gitops@localhost",
        always: email.always,
      }),
    );
  }
  if (secrets.jira && jiraUrl) {
    const { jira } = config.notifications;
    notifiers.push(
      jiraNotifier({
        connection: { url: jiraUrl, auth: secrets.jira.auth },
        transitions: jira.transitions,
        issueType: jira.issueType,
        labels: jira.labels,
        ...(jira.failureProject ? { failureProject: jira.failureProject } : {}),
      }),
    );
  }
  return notifiers;
}
