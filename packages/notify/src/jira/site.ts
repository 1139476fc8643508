// What the JIRA calls of one notifier share, and how one delivery counts its attempts.
import { isJiraError, type Jira } from "@gitops/jira";
import { oneLine } from "@gitops/text";

export interface JiraSite {
  jira: Jira;
  /** Where people open an issue: `${jiraUrl}/browse/KEY`. */
  browse(key: string): string;
}

/** A delivery may take several requests: it reports the most attempts any one of them took. */
export function attemptTally(): { seen: (attempt: number) => void; attempts: () => number } {
  let most = 0;
  return {
    seen: (attempt) => {
      most = Math.max(most, attempt);
    },
    attempts: () => Math.max(1, most),
  };
}

/** One line for a failed JIRA call, never a secret (the connection redacts them). */
export function jiraProblem(error: unknown, subject: string): string {
  if (!isJiraError(error)) return `JIRA: ${oneLine(error instanceof Error ? error.message : String(error))}`;
  const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : "";
  switch (error.kind) {
    case "auth":
      return `JIRA 401: the credentials were refused (check the JIRA account email and API token)`;
    case "not-found":
      return `JIRA 404: ${subject} does not exist or this JIRA account may not see it`;
    case "forbidden":
      return `JIRA 403${tries}: ${error.reason}`;
    case "timeout":
      return error.message;
    default:
      return error.status === undefined ? error.message : `JIRA ${error.status}${tries}: ${error.reason}`;
  }
}
