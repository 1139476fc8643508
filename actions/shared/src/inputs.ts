// What the actions share as adapters: the push event, secret inputs masked the moment they are
// read, the channel secrets, the release action's settings, and command output logged as text.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import type { JiraConnection } from "@gitops/gate";
import { type ChannelSecrets, parseWebhookLines, webhookFromEnv } from "@gitops/pipeline";

export interface PushEvent {
  before?: string;
  after?: string;
  ref?: string;
  sender?: { login?: string };
  pusher?: { name?: string; email?: string };
  repository?: { html_url?: string };
}

export interface ReleaseSettings {
  workdir: string;
  environment?: string;
  branch: string;
  before?: string;
  after: string;
  pusher: string;
  pusherEmail?: string;
  dryRun: boolean;
  githubToken: string;
  repository: { owner: string; repo: string; serverUrl: string };
  jira?: { url?: string; auth: JiraConnection["auth"] };
  channels: ChannelSecrets;
  links: { commit?: string; run?: string };
}

export function secretInput(name: string): string {
  const value = core.getInput(name);
  if (value) core.setSecret(value);
  return value;
}

export function readEvent(): PushEvent {
  const path = process.env.GITHUB_EVENT_PATH;
  return path ? (JSON.parse(readFileSync(path, "utf8")) as PushEvent) : {};
}

/** JIRA credentials from jira-token (Data Center) or jira-email + jira-api-token (Cloud); jira-url optional. */
export function jiraInputs(): ReleaseSettings["jira"] {
  const jiraToken = secretInput("jira-token");
  const apiToken = secretInput("jira-api-token");
  const email = core.getInput("jira-email");
  const url = core.getInput("jira-url");
  const auth = jiraToken ? { token: jiraToken } : email && apiToken ? { email, apiToken } : undefined;
  return auth ? { ...(url ? { url } : {}), auth } : undefined;
}

/** JIRA, Slack and SMTP secrets from the inputs, each masked; webhooks may also come as environment variables. */
export function channelInputs(): { jira?: ReleaseSettings["jira"]; channels: ChannelSecrets } {
  const jira = jiraInputs();

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
  const host = core.getInput("smtp-host");
  if (host) {
    const security = core.getInput("smtp-security") || "starttls";
    if (security !== "starttls" && security !== "tls" && security !== "none")
      throw new Error(`smtp-security must be starttls, tls or none, not "${security}"`);
    const port = core.getInput("smtp-port");
    if (port && !/^\d+$/.test(port)) throw new Error(`smtp-port must be a number, not "${port}"`);
    const username = core.getInput("smtp-username");
    const password = secretInput("smtp-password");
    channels.smtp = {
      host,
      security,
      ...(port ? { port: Number(port) } : {}),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
    };
  }
  if (jira) channels.jira = jira;
  return { ...(jira ? { jira } : {}), channels };
}

export function readSettings(): ReleaseSettings {
  const event = readEvent();
  const after = event.after ?? process.env.GITHUB_SHA;
  if (!after) throw new Error("no pushed commit: the release runs on push events");
  // The GitHub-verified identity that pushed; a commit's author is whatever anyone typed.
  const pusher = event.sender?.login ?? process.env.GITHUB_ACTOR;
  if (!pusher) throw new Error("the event names no pusher");
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const serverUrl = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const repoUrl = event.repository?.html_url ?? `${serverUrl}/${owner}/${repo}`;
  const runId = process.env.GITHUB_RUN_ID;
  const environment = core.getInput("environment");
  const { jira, channels } = channelInputs();
  return {
    workdir: resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || "."),
    ...(environment ? { environment } : {}),
    branch: (event.ref ?? process.env.GITHUB_REF ?? "").replace(/^refs\/heads\//, ""),
    ...(event.before ? { before: event.before } : {}),
    after,
    pusher,
    ...(event.pusher?.email ? { pusherEmail: event.pusher.email } : {}),
    dryRun: core.getBooleanInput("dry-run"),
    githubToken: secretInput("github-token"),
    repository: { owner, repo, serverUrl },
    ...(jira ? { jira } : {}),
    channels,
    links: {
      commit: `${repoUrl}/commit/${after}`,
      ...(runId ? { run: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
    },
  };
}

// A token no output can guess: between `::stop-commands::TOKEN` and `::TOKEN::` the runner
// treats every line as text, so a deploy or test command cannot issue workflow commands
// (`::add-mask::`, `::error::`, `::set-output::`) through what it prints.
const STOP_TOKEN = `gitops-${randomUUID()}`;

/** Logs what a command printed, as text only. */
export function logCommandOutput(lines: string[]): void {
  if (lines.length === 0) return;
  core.info(`::stop-commands::${STOP_TOKEN}`);
  for (const line of lines) core.info(line);
  core.info(`::${STOP_TOKEN}::`);
}
