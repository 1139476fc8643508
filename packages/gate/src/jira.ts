// JIRA as the gate asks it: a ticket's status and approvals, through the shared connection
// (@gitops/jira: jira.js loaded on first use, retries, a timeout per request).
import { FAILURE_LABEL, isJiraError, type JiraConnection, openJira } from "@gitops/jira";
import type { RetryOptions } from "@gitops/retry";
import type { Ticket, TicketSource } from "./facts.ts";

export type { JiraConnection } from "@gitops/jira";

export interface ApprovalSource {
  source: "service-management" | "field";
  /** For `field`: the custom field holding approvers (a list) or a count. */
  field?: string;
}

export interface JiraOptions extends RetryOptions {
  /** How long one request may take before the gate stops waiting (and denies). Default 15 s. */
  timeoutMs?: number;
}

export function jiraTicketSource(
  connection: JiraConnection,
  approvals?: ApprovalSource,
  options: JiraOptions = {},
): TicketSource {
  const { timeoutMs = 15_000, ...retry } = options;
  const jira = openJira(connection, { timeoutMs, retry });

  return {
    async ticket(key) {
      try {
        const fields = [
          "status",
          "labels",
          ...(approvals?.source === "field" && approvals.field ? [approvals.field] : []),
        ];
        const issue = await jira.call(`get ${key}`, (api) =>
          api.getIssue(api.client, { issueIdOrKey: key, fields }),
        );
        const known = issue.fields as { status?: { name?: string }; labels?: unknown } | undefined;
        const status = known?.status?.name ?? "";
        const ticket: Ticket = { key, status, approvals: { approved: 0, declined: 0, pending: 0 } };
        if (Array.isArray(known?.labels) && known.labels.includes(FAILURE_LABEL)) ticket.failureIssue = true;
        if (approvals?.source === "field" && approvals.field) {
          ticket.approvals.approved = countApprovers(
            (issue.fields as Record<string, unknown> | undefined)?.[approvals.field],
          );
        } else if (approvals) {
          const page = await jira.call(`approvals of ${key}`, (api) =>
            api.getApprovals(api.client, { issueIdOrKey: key }),
          );
          for (const a of page.values ?? []) {
            const decision =
              a.finalDecision === "approved"
                ? "approved"
                : a.finalDecision === "declined"
                  ? "declined"
                  : "pending";
            ticket.approvals[decision]++;
          }
        }
        return ticket;
      } catch (error) {
        if (isJiraError(error) && error.kind === "not-found") return undefined;
        if (isJiraError(error) && error.status !== undefined)
          throw new Error(`JIRA answered ${error.status} for ${key}: ${error.reason}`, { cause: error });
        throw error;
      }
    },
  };
}

/** A field of approvers (users) counts its entries; a number field counts itself. */
function countApprovers(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === "number") return value;
  return 0;
}
