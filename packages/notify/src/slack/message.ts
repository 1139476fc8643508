// Slack's message: a Block Kit payload from a notice, every untrusted value escaped and cut to
// Slack's limits.
import { clean, formatDuration, truncate } from "@gitops/text";
import type { IncomingWebhookSendArguments } from "@slack/webhook";
import {
  committerText,
  EVENT_EMOJI,
  headline,
  httpUrl,
  OUTCOME_MARK,
  releaseLinks,
  rollbackText,
  shortSha,
  ticketRefs,
  versionText,
} from "../messages.ts";
import type { ReleaseNotice } from "../notice.ts";
import {
  codeBlockTail,
  cutEscaped,
  escapeMrkdwn as esc,
  fitEscaped,
  joinWithin,
  linesWithin,
  mrkdwnLink,
} from "./mrkdwn.ts";

export type SlackBlock = NonNullable<IncomingWebhookSendArguments["blocks"]>[number];

export interface SlackMessage {
  /** The notification and accessibility fallback. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackMessageOptions {
  jiraUrl?: string;
}

/** Block Kit limits (docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonUrl: 3000,
} as const;

/** The Block Kit message for a notice: every untrusted value escaped and cut to Slack's limits. */
export function slackMessage(notice: ReleaseNotice, options: SlackMessageOptions = {}): SlackMessage {
  const title = `${EVENT_EMOJI[notice.event]} ${headline(notice)}`;
  const blocks: SlackBlock[] = [
    // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
    {
      type: "header",
      text: { type: "plain_text", text: truncate(title, SLACK_LIMITS.headerText), emoji: true },
    },
  ];

  const fields = [
    field("Environment", esc(clean(notice.environment))),
    field("Service", esc(clean(notice.service))),
    field("Version", esc(versionText(notice.version))),
    field("Pushed by", esc(clean(notice.pusher))),
  ];
  const committer = committerText(notice.committer);
  if (committer) fields.push(field("Committer", esc(committer)));
  const sha = shortSha(notice.commit.sha);
  if (sha) {
    const commitUrl = httpUrl(notice.commit.url);
    fields.push(field("Commit", commitUrl ? mrkdwnLink(commitUrl, sha) : `\`${esc(sha)}\``));
  }
  const tickets = ticketRefs(notice.tickets, options.jiraUrl);
  if (tickets.length) {
    const parts = tickets.map((t) => (t.url ? mrkdwnLink(t.url, t.key) : esc(t.key)));
    fields.push(field("Tickets", joinWithin(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
  }
  blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });

  const plan = clean(notice.plan);
  if (plan) blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));

  if (notice.event === "failed" && notice.failure) {
    const stage = esc(truncate(clean(notice.failure.stage), 100));
    const reason = clean(notice.failure.reason);
    blocks.push(section(`*Failed at ${stage}*${reason ? `: ${fitEscaped(reason, 2500)}` : ""}`));
    if (notice.failure.log) {
      const tail = codeBlockTail(notice.failure.log, SLACK_LIMITS.sectionText - 8);
      if (tail) blocks.push(section(`\`\`\`\n${tail}\n\`\`\``));
    }
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    const mark = notice.rollback.ok ? "✅" : "⚠️";
    blocks.push(section(`${mark} *Rolled back:* ${fitEscaped(rollbackText(notice.rollback), 2900)}`));
  }

  if (notice.stages.length) {
    const lines = notice.stages.map((s) => {
      const reason = clean(s.reason);
      return `${OUTCOME_MARK[s.outcome] ?? "?"} *${esc(truncate(clean(s.stage), 80))}* ${s.outcome} in ${formatDuration(s.durationMs)}${reason ? ` — ${fitEscaped(reason, 300)}` : ""}`;
    });
    blocks.push(section(`*Stages*\n${linesWithin(lines, SLACK_LIMITS.sectionText - "*Stages*\n".length)}`));
  }

  const buttons = releaseLinks(notice)
    .filter((l) => l.url.length <= SLACK_LIMITS.buttonUrl)
    .map((l) => ({
      type: "button" as const,
      text: { type: "plain_text" as const, text: l.label },
      url: l.url,
      action_id: l.label === "Commit" ? "gitops-commit" : "gitops-run",
    }));
  if (buttons.length) blocks.push({ type: "actions", elements: buttons });

  let text = `${EVENT_EMOJI[notice.event]} ${fitEscaped(headline(notice), 2000)}`;
  if (notice.event === "failed" && notice.failure) {
    text += ` — failed at ${fitEscaped(clean(notice.failure.stage), 200)}`;
  }
  return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

// verbatim: Slack leaves bare URLs, #channels and @mentions in untrusted text alone.
function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function field(label: string, escapedValue: string) {
  const prefix = `*${label}*\n`;
  return {
    type: "mrkdwn" as const,
    text: prefix + (cutEscaped(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "—"),
    verbatim: true,
  };
}
