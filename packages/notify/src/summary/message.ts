// The job summary's message: a short Markdown block per notice. The summary renders HTML as well
// as Markdown, so every untrusted value is HTML-escaped and its Markdown punctuation neutralised.
import { clean, escapeHtml, escapeMarkdown, formatDuration, truncate } from "@gitops/text";
import {
  committerText,
  EVENT_EMOJI,
  headline,
  logTail,
  OUTCOME_MARK,
  releaseLinks,
  rollbackText,
  ticketRefs,
  versionText,
} from "../messages.ts";
import type { ReleaseNotice } from "../notice.ts";

export interface SummaryOptions {
  /** JIRA base URL: cited tickets become links to `${jiraUrl}/browse/KEY`. */
  jiraUrl?: string;
}

export function summaryMarkdown(notice: ReleaseNotice, options: SummaryOptions = {}): string {
  const out: string[] = [];
  out.push(`### ${EVENT_EMOJI[notice.event]} ${md(headline(notice))}`, "");
  const committer = committerText(notice.committer);
  out.push(
    "| Environment | Service | Version | Pushed by |",
    "| --- | --- | --- | --- |",
    `| ${[notice.environment, notice.service, versionText(notice.version), notice.pusher].map(cell).join(" | ")} |`,
    "",
  );
  const facts: string[] = [];
  const tickets = ticketRefs(notice.tickets, options.jiraUrl);
  if (tickets.length) {
    facts.push(`**Tickets:** ${tickets.map((t) => (t.url ? link(t.key, t.url) : md(t.key))).join(", ")}`);
  }
  if (clean(notice.plan)) facts.push(`**Plan:** ${md(truncate(clean(notice.plan), 500))}`);
  if (committer) facts.push(`**Committer:** ${md(committer)}`);
  if (facts.length) out.push(facts.join("<br>"), "");

  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    out.push(
      `**Failed at** ${md(notice.failure.stage)}${reason ? `: ${md(truncate(reason, 1000))}` : ""}`,
      "",
    );
    const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
    // <pre> ends only at </pre>, so blank lines in the log cannot end the HTML block early.
    if (tail)
      out.push(
        "<details><summary>Log tail</summary>",
        "",
        `<pre>${escapeHtml(tail)}</pre>`,
        "</details>",
        "",
      );
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    out.push(`**Rolled back:** ${md(rollbackText(notice.rollback))}`, "");
  }
  if (notice.stages.length) {
    out.push("| Stage | Outcome | Duration | Detail |", "| --- | --- | --- | --- |");
    for (const stage of notice.stages) {
      const mark = OUTCOME_MARK[stage.outcome] ?? "?";
      out.push(
        `| ${mark} ${cell(stage.stage)} | ${cell(stage.outcome)} | ${formatDuration(stage.durationMs)} | ${cell(truncate(clean(stage.reason), 300))} |`,
      );
    }
    out.push("");
  }
  const links = releaseLinks(notice);
  if (links.length) out.push(links.map((l) => link(l.label, l.url)).join(" · "), "");
  return `${out.join("\n")}\n`;
}

/** One line of untrusted text as inert Markdown: HTML-escaped, then links/emphasis/tables disarmed. */
/** Untrusted text on one line, as inert Markdown (it escapes `|` too, so it also fits a cell). */
const md = (text: string): string => escapeMarkdown(clean(text));

const cell = (text: string) => md(text) || " ";

function link(label: string, url: string): string {
  // releaseLinks/ticketRefs hand over http(s) URLs only; parentheses would end the link target.
  const target = url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
  return `[${md(label)}](${escapeHtml(target)})`;
}
