// The credentials of the channels and of JIRA, from the inputs, each secret masked on arrival.
import * as core from "@actions/core";
import type { JiraConnection } from "@gitops/gate";
import { type ChannelSecrets, parseWebhookLines, webhookFromEnv } from "@gitops/pipeline";
import { oneOfInput, optionalInput, portInput, secretInput } from "./inputs.ts";

export type JiraSettings = { url?: string; auth: JiraConnection["auth"] };

/** JIRA credentials from jira-token (Data Center) or jira-email + jira-api-token (Cloud); jira-url optional. */
export function jiraInputs(): JiraSettings | undefined {
  const jiraToken = secretInput("jira-token");
  const apiToken = secretInput("jira-api-token");
  const email = core.getInput("jira-email");
  const url = optionalInput("jira-url");
  const auth = jiraToken ? { token: jiraToken } : email && apiToken ? { email, apiToken } : undefined;
  return auth ? { ...(url ? { url } : {}), auth } : undefined;
}

/** JIRA, Slack and SMTP secrets from the inputs; webhooks may also come as environment variables. */
export function channelInputs(): ChannelSecrets {
  const webhooks = parseWebhookLines(secretInput("slack-webhooks"));
  // Each URL alone (the runner masks a multi-line secret line by line, so "NAME=URL" is not the URL).
  for (const url of Object.values(webhooks)) core.setSecret(url);
  const channels: ChannelSecrets = {
    // Only the names gitops.yaml gives a channel are asked for, and masked when they are.
    slackWebhook: (name) => {
      const url = webhooks[name] ?? webhookFromEnv(process.env, name);
      if (url) core.setSecret(url);
      return url;
    },
  };
  const host = optionalInput("smtp-host");
  if (host) {
    const port = portInput("smtp-port");
    const username = optionalInput("smtp-username");
    const password = secretInput("smtp-password");
    channels.smtp = {
      host,
      security: oneOfInput("smtp-security", ["starttls", "tls", "none"] as const, "starttls"),
      ...(port ? { port } : {}),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
    };
  }
  const jira = jiraInputs();
  if (jira) channels.jira = jira;
  return channels;
}
