// The e-mail's message: subject, threading headers, and plain-text and HTML bodies with the same
// content. Recipients are added by the sender.
import { createHash, randomBytes } from "node:crypto";
import { clean, formatDuration, escapeHtml as h, truncate } from "@gitops/text";
import type { SendMailOptions } from "nodemailer";
import {
  committerText,
  EVENT_EMOJI,
  headline,
  logTail,
  OUTCOME_MARK,
  releasedVersion,
  releaseLinks,
  rollbackText,
  shortSha,
  subjectLine,
  ticketRefs,
  versionText,
} from "../messages.ts";
import type { ReleaseNotice } from "../notice.ts";

export interface EmailMessageOptions {
  from: string;
  jiraUrl?: string;
}

export type EmailMessage = Required<
  Pick<SendMailOptions, "from" | "subject" | "text" | "html" | "headers" | "messageId">
> &
  Pick<SendMailOptions, "references" | "inReplyTo">;

/** Subject, headers, plain-text and HTML bodies for a notice (recipients are added by the notifier). */
export function emailMessage(notice: ReleaseNotice, options: EmailMessageOptions): EmailMessage {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(options.from)?.[1] ?? "gitops.invalid";
  // Every notice of one release cites the same (never sent) root, so mail clients thread them.
  const release = createHash("sha256")
    .update(`${notice.environment}\u0000${notice.service}\u0000${notice.commit.sha}`)
    .digest("hex")
    .slice(0, 24);
  const random = randomBytes(8).toString("hex");
  const root = `<release.${release}@${domain}>`;
  return {
    from: options.from,
    subject: truncate(subjectLine(notice), 200),
    text: emailText(notice, options.jiraUrl),
    html: emailHtml(notice, options.jiraUrl),
    messageId: `<${notice.event}.${release}.${random}@${domain}>`,
    references: root,
    inReplyTo: root,
    headers: {
      "Auto-Submitted": "auto-generated",
      "X-Auto-Response-Suppress": "All",
      "X-Gitops-Event": notice.event,
      "X-Gitops-Service": truncate(clean(notice.service), 200),
      "X-Gitops-Environment": truncate(clean(notice.environment), 200),
      "X-Gitops-Version": truncate(releasedVersion(notice.version), 200),
    },
  };
}

function facts(notice: ReleaseNotice, jiraUrl?: string) {
  const rows: { label: string; value: string; url?: string }[] = [
    { label: "Environment", value: clean(notice.environment) },
    { label: "Service", value: clean(notice.service) },
    { label: "Version", value: versionText(notice.version) },
    { label: "Pushed by", value: clean(notice.pusher) },
  ];
  const committer = committerText(notice.committer);
  if (committer) rows.push({ label: "Committer", value: committer });
  const commit = releaseLinks(notice).find((l) => l.label === "Commit");
  const sha = shortSha(notice.commit.sha);
  if (sha) rows.push({ label: "Commit", value: sha, url: commit?.url });
  const plan = clean(notice.plan);
  if (plan) rows.push({ label: "Plan", value: truncate(plan, 1000) });
  return { rows, tickets: ticketRefs(notice.tickets, jiraUrl) };
}

export function emailText(notice: ReleaseNotice, jiraUrl?: string): string {
  const { rows, tickets } = facts(notice, jiraUrl);
  const out = [`${EVENT_EMOJI[notice.event]} ${headline(notice)}`, ""];
  const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
  for (const row of rows) out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
  if (tickets.length) {
    out.push(
      `${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`,
    );
  }
  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    out.push("", `Failed at ${clean(notice.failure.stage)}${reason ? `: ${truncate(reason, 1000)}` : ""}`);
    const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
    if (tail) out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
  }
  if (notice.event === "rolled-back" && notice.rollback)
    out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
  if (notice.stages.length) {
    out.push("", "Stages:");
    for (const s of notice.stages) {
      const reason = truncate(clean(s.reason), 300);
      out.push(
        `  ${OUTCOME_MARK[s.outcome] ?? "?"} ${clean(s.stage)}: ${s.outcome} in ${formatDuration(s.durationMs)}${reason ? ` (${reason})` : ""}`,
      );
    }
  }
  const links = releaseLinks(notice);
  if (links.length) {
    out.push("");
    for (const link of links) out.push(`${link.label}: ${link.url}`);
  }
  out.push("", "-- ", `Sent by gitops for ${clean(notice.service)} in ${clean(notice.environment)}.`);
  return `${out.join("\n")}\n`;
}

export function emailHtml(notice: ReleaseNotice, jiraUrl?: string): string {
  const { rows, tickets } = facts(notice, jiraUrl);
  const a = (url: string, label: string) => `<a href="${h(url)}">${h(label)}</a>`;
  const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
  const out = [
    "<!doctype html>",
    "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
    `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${h(headline(notice))}</h2>`,
    '<table style="border-collapse:collapse">',
  ];
  for (const row of rows) {
    out.push(
      `<tr><th ${th}>${h(row.label)}</th><td>${row.url ? a(row.url, row.value) : h(row.value)}</td></tr>`,
    );
  }
  if (tickets.length) {
    const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : h(t.key))).join(", ");
    out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
  }
  out.push("</table>");
  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    out.push(
      `<p><strong>Failed at ${h(clean(notice.failure.stage))}</strong>${reason ? `: ${h(truncate(reason, 1000))}` : ""}</p>`,
    );
    const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
    if (tail) {
      out.push(
        `<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${h(tail)}</pre>`,
      );
    }
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    out.push(`<p><strong>Rolled back:</strong> ${h(rollbackText(notice.rollback))}</p>`);
  }
  if (notice.stages.length) {
    out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
    for (const s of notice.stages) {
      out.push(
        `<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${h(clean(s.stage))}</td><td>${h(s.outcome)}</td><td style="padding:2px 8px">${formatDuration(s.durationMs)}</td><td>${h(truncate(clean(s.reason), 300))}</td></tr>`,
      );
    }
    out.push("</table>");
  }
  const links = releaseLinks(notice);
  if (links.length) out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" · ")}</p>`);
  out.push(
    `<p style="color:#59636e;font-size:12px">Sent by gitops for ${h(clean(notice.service))} in ${h(clean(notice.environment))}.</p>`,
    "</body></html>",
  );
  return `${out.join("\n")}\n`;
}
