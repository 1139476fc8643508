// The JIRA channel: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.
import { type JiraConnection, openJira } from "@gitops/jira";
import type { RetryOptions } from "@gitops/retry";
import type { Delivery, Notifier } from "../notice.ts";
import { recordRollback, reportFailure } from "./failure-issue.ts";
import type { JiraSite } from "./site.ts";
import { commentOnTicket } from "./ticket.ts";

export interface JiraNotifierOptions {
  connection: JiraConnection;
  /** Where people open issues (links in comments and deliveries). Default `connection.url`. */
  jiraUrl?: string;
  /** Environment -> transition name run on each cited ticket when a release there succeeds. */
  transitions?: Record<string, string>;
  /** Project key for failure issues (e.g. "OPS"); without it a failure only comments on tickets. */
  failureProject?: string;
  /** Issue type of failure issues. Default "Bug". */
  issueType?: string;
  /** Labels every failure issue gets, besides the gitops ones. */
  labels?: string[];
  timeoutMs?: number;
  retry?: RetryOptions;
}

export function jiraNotifier(options: JiraNotifierOptions): Notifier {
  const jira = openJira(options.connection, {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  });
  const base = (options.jiraUrl ?? options.connection.url).replace(/\/+$/, "");
  const site: JiraSite = { jira, browse: (key) => `${base}/browse/${key}` };
  const failureIssue = { issueType: options.issueType ?? "Bug", labels: options.labels ?? [] };

  return {
    channel: "jira",
    async notify(notice, signal) {
      // "started" is not written to JIRA (see the top of this file).
      if (notice.event === "started") return [];
      const deliveries: Delivery[] = [];
      const cancelled = (target: string): Delivery => ({
        channel: "jira",
        target,
        ok: false,
        attempts: 0,
        detail: "cancelled before it was sent",
      });
      const transition = notice.event === "succeeded" ? options.transitions?.[notice.environment] : undefined;
      for (const key of [...new Set(notice.tickets.map((t) => t.trim()).filter(Boolean))]) {
        deliveries.push(
          signal?.aborted ? cancelled(key) : await commentOnTicket(site, notice, key, transition),
        );
      }
      const project = options.failureProject;
      if (!project) return deliveries;
      if (signal?.aborted) return [...deliveries, cancelled(`${project} (failure issue)`)];
      if (notice.event === "failed")
        deliveries.push(await reportFailure(site, notice, project, failureIssue));
      if (notice.event === "rolled-back") {
        const restored = await recordRollback(site, notice, project);
        if (restored) deliveries.push(restored);
      }
      return deliveries;
    },
  };
}
