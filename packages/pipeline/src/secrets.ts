// The secrets the notification channels need, from environment variables (the CLI, the demo) or
// from an action's inputs. Parsing only: nothing here loads a client.
import type { JiraConnection } from "@gitops/jira";

export interface ChannelSecrets {
  /**
   * The webhook URL held under a secret name gitops.yaml gives a channel
   * (notifications.slack.channels.*.webhook). Asked only for the names the config uses, so an
   * adapter can mask exactly those.
   */
  slackWebhook: (name: string) => string | undefined;
  smtp?: {
    host: string;
    port?: number;
    security: "starttls" | "tls" | "none";
    username?: string;
    password?: string;
  };
  /** The URL defaults to gitops.yaml's jira.url. */
  jira?: { url?: string; auth: JiraConnection["auth"] };
}

const SECRET_NAME = /^[A-Z][A-Z0-9_]*$/;

/** A webhook URL from the variable gitops.yaml names, when it holds one. */
export function webhookFromEnv(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name];
  return value && SECRET_NAME.test(name) && /^https?:\/\//.test(value) ? value : undefined;
}

/**
 * Secrets from environment variables, as the CLI and the demo get them: Slack webhooks under the
 * names gitops.yaml gives them, SMTP_* for email, JIRA_* for JIRA.
 */
export function channelSecretsFromEnv(env: Record<string, string | undefined>): ChannelSecrets {
  const secrets: ChannelSecrets = { slackWebhook: (name) => webhookFromEnv(env, name) };
  if (env.SMTP_HOST) {
    const security = env.SMTP_SECURITY ?? "starttls";
    if (security !== "starttls" && security !== "tls" && security !== "none")
      throw new Error(`SMTP_SECURITY must be starttls, tls or none, not "${security}"`);
    secrets.smtp = {
      host: env.SMTP_HOST,
      security,
      ...(env.SMTP_PORT ? { port: Number(env.SMTP_PORT) } : {}),
      ...(env.SMTP_USERNAME ? { username: env.SMTP_USERNAME } : {}),
      ...(env.SMTP_PASSWORD ? { password: env.SMTP_PASSWORD } : {}),
    };
  }
  const jira = jiraFromEnv(env);
  if (jira) secrets.jira = jira;
  return secrets;
}

/** JIRA_URL (optional: gitops.yaml's jira.url), JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center). */
export function jiraFromEnv(env: Record<string, string | undefined>): ChannelSecrets["jira"] {
  const auth = env.JIRA_TOKEN
    ? { token: env.JIRA_TOKEN }
    : env.JIRA_EMAIL && env.JIRA_API_TOKEN
      ? { email: env.JIRA_EMAIL, apiToken: env.JIRA_API_TOKEN }
      : undefined;
  return auth ? { ...(env.JIRA_URL ? { url: env.JIRA_URL } : {}), auth } : undefined;
}

/** The slack-webhooks input: one `NAME=https://hooks.slack.com/…` per line; blank lines and `#` comments skipped. */
export function parseWebhookLines(text: string): Record<string, string> {
  const webhooks: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    const name = line.slice(0, eq).trim();
    const url = line.slice(eq + 1).trim();
    // The message names the line, never its value: the value is a secret.
    if (eq < 1 || !SECRET_NAME.test(name) || !/^https?:\/\/\S+$/.test(url))
      throw new Error(`slack-webhooks line ${i + 1}: expected NAME=https://…, with NAME in capitals`);
    webhooks[name] = url;
  });
  return webhooks;
}
