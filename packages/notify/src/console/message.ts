// The console's message: one human line per notice, for the CLI's terminal and the runner's log.
import { clean, truncate } from "@gitops/text";
import { EVENT_EMOJI, headline, releaseLinks, rollbackText, ticketRefs } from "../messages.ts";
import type { ReleaseNotice } from "../notice.ts";

/**
 * "✅ payments-api 2.14.3 → 2.15.0 deployed to qa · pushed by ada · PAY-142 · run https://…".
 * Every piece goes through clean(), so the line stays one line: untrusted text cannot start a
 * line of its own in the runner's log (where `::` would make it a workflow command).
 */
export function consoleLine(notice: ReleaseNotice): string {
  const parts = [`${EVENT_EMOJI[notice.event]} ${headline(notice)}`, `pushed by ${clean(notice.pusher)}`];
  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    parts.push(`failed at ${clean(notice.failure.stage)}${reason ? `: ${truncate(reason, 200)}` : ""}`);
  }
  if (notice.event === "rolled-back" && notice.rollback) parts.push(rollbackText(notice.rollback));
  const tickets = ticketRefs(notice.tickets).map((t) => t.key);
  if (tickets.length) parts.push(truncate(tickets.join(", "), 200));
  const run = releaseLinks(notice).find((l) => l.label === "Workflow run");
  if (run) parts.push(`run ${run.url}`);
  return parts.join(" · ");
}
