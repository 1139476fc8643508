// JIRA as the gate asks it: a ticket's status and approvals, through jira.js. The client is
// loaded on first use, so runs that need no JIRA never pay for it.
import type { Client } from "jira.js/core";
import type { Ticket, TicketSource } from "./facts.ts";
import { type RetryOptions, withRetry } from "./retry.ts";

export interface JiraConnection {
  url: string;
  /** Cloud: an account's email and API token (Basic). Data Center: a personal access token (Bearer). */
  auth: { email: string; apiToken: string } | { token: string };
}

export interface ApprovalSource {
  source: "service-management" | "field";
  /** For `field`: the custom field holding approvers (a list) or a count. */
  field?: string;
}

type Loaded = {
  client: Client;
  getIssue: typeof import("jira.js/cloud")["getIssue"];
  getApprovals: typeof import("jira.js/serviceDesk")["getApprovals"];
  isNotFoundError: typeof import("jira.js/core")["isNotFoundError"];
  isApiError: typeof import("jira.js/core")["isApiError"];
  isRateLimitError: typeof import("jira.js/core")["isRateLimitError"];
};

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
  let loaded: Promise<Loaded> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const [core, cloud, serviceDesk] = await Promise.all([
        import("jira.js/core"),
        import("jira.js/cloud"),
        import("jira.js/serviceDesk"),
      ]);
      const auth =
        "token" in connection.auth
          ? { type: "bearer" as const, token: connection.auth.token }
          : { type: "basic" as const, email: connection.auth.email, apiToken: connection.auth.apiToken };
      // jira.js does not retry here: our policy (Retry-After honoured, bounded) does.
      const client = core.createClient({
        host: connection.url,
        auth,
        retry: { maxAttempts: 1 },
        onSchemaMismatch: "throw",
      });
      return {
        client,
        getIssue: cloud.getIssue,
        getApprovals: serviceDesk.getApprovals,
        isNotFoundError: core.isNotFoundError,
        isApiError: core.isApiError,
        isRateLimitError: core.isRateLimitError,
      };
    })());

  return {
    async ticket(key) {
      const jira = await load();
      const call = <T>(what: string, run: () => Promise<T>) =>
        withRetry(
          `JIRA ${what}`,
          () => withTimeout(run(), timeoutMs, `JIRA did not answer ${what} within ${timeoutMs / 1000} s`),
          (error) => {
            if (!jira.isApiError(error)) return undefined;
            const wait = jira.isRateLimitError(error) ? error.retryAfterMs : undefined;
            return wait === undefined
              ? { status: error.status }
              : { status: error.status, retryAfter: String(Math.ceil(wait / 1000)) };
          },
          retry,
        );
      try {
        const fields = [
          "status",
          ...(approvals?.source === "field" && approvals.field ? [approvals.field] : []),
        ];
        const { client } = jira;
        const issue = await call(`get ${key}`, () => jira.getIssue(client, { issueIdOrKey: key, fields }));
        const status = (issue.fields as { status?: { name?: string } } | undefined)?.status?.name ?? "";
        const ticket: Ticket = { key, status, approvals: { approved: 0, declined: 0, pending: 0 } };
        if (approvals?.source === "field" && approvals.field) {
          ticket.approvals.approved = countApprovers(
            (issue.fields as Record<string, unknown> | undefined)?.[approvals.field],
          );
        } else if (approvals) {
          const page = await call(`approvals of ${key}`, () =>
            jira.getApprovals(client, { issueIdOrKey: key }),
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
        if (jira.isNotFoundError(error)) return undefined;
        if (jira.isApiError(error))
          throw new Error(`JIRA answered ${error.status} for ${key}: ${error.message}`);
        throw error;
      }
    },
  };
}

/** Stops waiting after `ms`; the request itself cannot be aborted through jira.js, so it is left to end. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A field of approvers (users) counts its entries; a number field counts itself. */
function countApprovers(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === "number") return value;
  return 0;
}
