// A Delivery's detail is one line and never carries a secret: every failure detail passes
// through safeDetail, which scrubs before it cuts.
import { clean, errorLine, truncate } from "@gitops/text";

// Incoming-webhook and workflow-trigger URLs carry their credential in the path.
const SLACK_HOOK_URL = /\bhttps?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>`)\]]*/gi;
const SLACK_HOOK_PATH = /\/(?:services|triggers|workflows)\/T[A-Z0-9]+\/[A-Za-z0-9_/-]+/g;

/**
 * `text` with every secret value (and its URL-encoded form) and anything that looks like a
 * Slack webhook URL or path replaced by "***". Longest secrets first, so a secret that contains
 * another is removed whole.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret === "") continue;
    values.add(secret);
    values.add(encodeURIComponent(secret));
  }
  let result = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    result = result.split(value).join("***");
  }
  return result.replace(SLACK_HOOK_URL, "***").replace(SLACK_HOOK_PATH, "/***");
}

/**
 * A Delivery detail: one line, secrets scrubbed, then cut to `max` characters. Scrubbing comes
 * first so a cut can never leave the front half of a secret behind.
 */
export function safeDetail(text: string, secrets: readonly string[], max = 300): string {
  return truncate(scrubSecrets(clean(text), secrets), max);
}

/** An error's message on one line, not cut yet: safeDetail cuts it once secrets are scrubbed. */
export function errorDetail(error: unknown): string {
  return errorLine(error, Number.POSITIVE_INFINITY);
}
