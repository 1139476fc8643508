// JIRA's messages: the ADF comments and failure-issue description, and the issue summary. ADF is
// JSON, so untrusted text needs no escaping here, only to be kept to one line where it is a line.
import { formatDuration, oneLine } from "@gitops/text";
import type { ReleaseNotice, StageReport } from "../notice.ts";
import {
  type AdfDocument,
  type Block,
  bulletList,
  code,
  codeBlock,
  doc,
  heading,
  type Inline,
  link,
  paragraph,
  strong,
  text,
} from "./adf.ts";

const LOG_LINES = 60;
const LOG_CHARS = 4000;

export function failureSummary(notice: ReleaseNotice): string {
  const stage = notice.failure?.stage ?? "an unknown stage";
  const version = notice.version.to ? ` ${notice.version.to}` : "";
  return oneLine(
    `Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`,
    255,
  );
}

const versionOf = (notice: ReleaseNotice) => (notice.version.to ? ` ${notice.version.to}` : "");

function headline(notice: ReleaseNotice): string {
  switch (notice.event) {
    case "started":
      return `🚀 ${notice.service}${versionOf(notice)} deployment to ${notice.environment} started`;
    case "succeeded":
      return `✅ ${notice.service}${versionOf(notice)} deployed to ${notice.environment}`;
    case "failed":
      return `❌ ${notice.service}${versionOf(notice)} FAILED at ${notice.failure?.stage ?? "an unknown stage"} in ${notice.environment}`;
    case "rolled-back":
      return `↩️ ${notice.service} rolled back to ${notice.rollback?.version ?? notice.version.from ?? "the previous version"} in ${notice.environment}`;
  }
}

/** The end of a log, where the failure is: the last lines, within a size JIRA renders well. */
export function logExcerpt(log: string): string {
  const lines = log.replace(/\s+$/, "").split("\n");
  let kept = lines.slice(-LOG_LINES).join("\n");
  if (kept.length > LOG_CHARS) kept = kept.slice(-LOG_CHARS).replace(/^[^\n]*\n/, "");
  const cut = lines.length - kept.split("\n").length;
  return cut > 0 ? `… ${cut} earlier line${cut === 1 ? "" : "s"} cut\n${kept}` : kept;
}

function stageItems(stages: StageReport[]): Inline[][][] {
  const icon = { passed: "✔", failed: "✘", skipped: "–" } as const;
  return stages.map((s) => [
    text(`${icon[s.outcome]} `),
    strong(s.stage),
    text(` ${s.outcome} in ${formatDuration(s.durationMs)}${s.reason ? ` (${oneLine(s.reason, 200)})` : ""}`),
  ]);
}

function links(notice: ReleaseNotice): Inline[][] {
  const sha = notice.commit.sha.slice(0, 12);
  const parts: Inline[][] = [text("Commit "), notice.commit.url ? link(sha, notice.commit.url) : code(sha)];
  if (notice.runUrl) parts.push(text(" · "), link("workflow run", notice.runUrl));
  return parts;
}

function body(notice: ReleaseNotice, title: string): Block[] {
  const from = notice.version.from ?? "(new service)";
  const to = notice.version.to ?? "(removed)";
  const committer = notice.committer?.name ?? notice.committer?.email;
  const blocks: (Block | undefined)[] = [
    heading(3, title),
    paragraph(strong("Version: "), text(`${from} → ${to}`)),
    paragraph(
      strong("Pushed by: "),
      text(notice.pusher),
      ...(committer ? [text(" · "), strong("Committed by: "), text(committer)] : []),
    ),
    notice.plan ? paragraph(strong("Plan: "), text(oneLine(notice.plan))) : undefined,
  ];
  if (notice.event === "failed" && notice.failure) {
    blocks.push(paragraph(strong("Reason: "), text(oneLine(notice.failure.reason, 1000))));
    if (notice.failure.log?.trim()) blocks.push(codeBlock(logExcerpt(notice.failure.log)));
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    blocks.push(
      paragraph(
        strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "),
        text(oneLine(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no")),
      ),
    );
  }
  if (notice.stages.length > 0)
    blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
  blocks.push(paragraph(...links(notice)));
  return blocks.filter((b): b is Block => b !== undefined);
}

/** The comment on a cited ticket (and a rollback's on the failure issue). */
export function releaseComment(notice: ReleaseNotice): AdfDocument {
  return doc(...body(notice, headline(notice)));
}

/** The comment on the open failure issue when the service fails there again. */
export function failedAgainComment(notice: ReleaseNotice): AdfDocument {
  const stage = notice.failure?.stage ?? "an unknown stage";
  return doc(
    ...body(
      notice,
      `❌ failed again: ${notice.service}${versionOf(notice)} at ${stage} in ${notice.environment}`,
    ),
  );
}

export function failureDescription(notice: ReleaseNotice, browse: (key: string) => string): AdfDocument {
  const tickets = [...new Set(notice.tickets)];
  const ticketLinks = tickets.flatMap((key, i) => [...(i > 0 ? text(", ") : []), ...link(key, browse(key))]);
  const committer = notice.committer
    ? [notice.committer.name, notice.committer.email ? `<${notice.committer.email}>` : undefined]
        .filter(Boolean)
        .join(" ")
    : "";
  return doc(
    ...body(notice, headline(notice)),
    tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined,
    committer ? paragraph(strong("Committer: "), text(committer)) : undefined,
    paragraph(
      text(
        `Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`,
      ),
    ),
  );
}
