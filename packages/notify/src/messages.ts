// The wording every channel shares, so Slack, email, the console and the job summary say the
// same thing about a release. Values come back unescaped: each channel escapes for its format.
import { clean } from "@gitops/text";
import type { ReleaseEvent, ReleaseNotice, StageReport } from "./notice.ts";

export const EVENT_EMOJI: Record<ReleaseEvent, string> = {
  started: "🚀",
  succeeded: "✅",
  failed: "❌",
  "rolled-back": "↩️",
};

export const OUTCOME_MARK: Record<StageReport["outcome"], string> = {
  passed: "✓",
  failed: "✗",
  skipped: "–",
};

/** "1.2.0 → 1.3.0", "1.3.0 (new)" for a first release, "1.2.0 → removed" when the push drops it. */
export function versionText(version: ReleaseNotice["version"]): string {
  const from = clean(version.from ?? "");
  const to = clean(version.to ?? "");
  if (from && to) return from === to ? to : `${from} → ${to}`;
  if (to) return `${to} (new)`;
  if (from) return `${from} → removed`;
  return "unversioned";
}

/** The version the release is about: what was pushed, else what was there. */
export function releasedVersion(version: ReleaseNotice["version"]): string {
  return clean(version.to ?? "") || clean(version.from ?? "") || "unversioned";
}

/** "payments-api 2.14.3 → 2.15.0 deployed to qa", without the emoji. */
export function headline(notice: ReleaseNotice): string {
  const service = clean(notice.service);
  const env = clean(notice.environment);
  const version = versionText(notice.version);
  switch (notice.event) {
    case "started":
      return `${service} ${version} deploying to ${env}`;
    case "succeeded":
      return `${service} ${version} deployed to ${env}`;
    case "failed":
      return `${service} ${version} failed in ${env}`;
    case "rolled-back": {
      const restored = notice.rollback ? clean(notice.rollback.version) : "";
      const failed = releasedVersion(notice.version);
      return restored
        ? `${service} ${failed} rolled back to ${restored} in ${env}`
        : `${service} ${failed} rolled back in ${env}`;
    }
  }
}

/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
export function subjectLine(notice: ReleaseNotice): string {
  const env = `[${clean(notice.environment)}]`;
  const what = `${clean(notice.service)} ${releasedVersion(notice.version)}`;
  switch (notice.event) {
    case "started":
      return `${env} ${what} deploying`;
    case "succeeded":
      return `${env} ${what} deployed`;
    case "failed":
      return `${env} FAILED: ${what}`;
    case "rolled-back":
      return notice.rollback
        ? `${env} Rolled back: ${what} → ${clean(notice.rollback.version)}`
        : `${env} Rolled back: ${what}`;
  }
}

/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: …". */
export function rollbackText(rollback: NonNullable<ReleaseNotice["rollback"]>): string {
  const reason = clean(rollback.reason);
  const state = rollback.ok ? "healthy" : "NOT healthy";
  return `restored ${clean(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}

export interface TicketRef {
  key: string;
  /** `${jiraUrl}/browse/KEY` when a JIRA base URL is known. */
  url?: string;
}

export function ticketRefs(tickets: readonly string[], jiraUrl?: string): TicketRef[] {
  const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
  const seen = new Set<string>();
  const refs: TicketRef[] = [];
  for (const raw of tickets) {
    const key = clean(raw);
    if (!key || seen.has(key.toUpperCase())) continue;
    seen.add(key.toUpperCase());
    refs.push(base ? { key, url: `${base}/browse/${encodeURIComponent(key)}` } : { key });
  }
  return refs;
}

export interface Link {
  label: "Commit" | "Workflow run";
  url: string;
}

/** The commit and workflow-run links, only those that are real http(s) URLs. */
export function releaseLinks(notice: ReleaseNotice): Link[] {
  const links: Link[] = [];
  const commit = httpUrl(notice.commit.url);
  if (commit) links.push({ label: "Commit", url: commit });
  const run = httpUrl(notice.runUrl);
  if (run) links.push({ label: "Workflow run", url: run });
  return links;
}

/**
 * The URL normalised, or undefined unless it is http(s): notices carry URLs built from repo
 * data, and a `javascript:` or `mailto:` link must never become a button or an href.
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function shortSha(sha: string): string {
  return clean(sha).slice(0, 12);
}

/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
export function committerText(committer: ReleaseNotice["committer"]): string | undefined {
  const name = clean(committer?.name ?? "");
  const email = clean(committer?.email ?? "");
  if (name && email) return `${name} <${email}>`;
  return name || email || undefined;
}

/**
 * The end of a log, at most `lines` lines and `chars` characters, with a "…" line when cut.
 * Keeps newlines and tabs (unlike `clean`: a log is shown as lines, in a code block or `<pre>`);
 * other control characters (colour codes) are dropped.
 */
export function logTail(log: string, lines = 20, chars = 2000): string {
  const text = log
    .replace(/\r\n?/g, "\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes is the point
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\n+$/, "");
  let kept = text.split("\n");
  let cut = false;
  if (kept.length > lines) {
    kept = kept.slice(-lines);
    cut = true;
  }
  let tail = kept.join("\n");
  if (tail.length > chars) {
    const codePoints = Array.from(tail);
    let keep = "";
    for (let i = codePoints.length - 1; i >= 0; i--) {
      const char = codePoints[i] ?? "";
      if (keep.length + char.length > chars) break;
      keep = char + keep;
    }
    tail = keep;
    cut = true;
  }
  return cut ? `…\n${tail}` : tail;
}
