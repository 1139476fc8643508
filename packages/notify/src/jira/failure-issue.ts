// The failure issue: one open issue per service and environment in the failure project. A failure
// opens it (assigned, labelled) or comments on the open one; a rollback is recorded on it.
import { isJiraError } from "@gitops/jira";
import type { Delivery, ReleaseNotice } from "../notice.ts";
import { findAssignee } from "./assignee.ts";
import { failureJql, failureLabels, TRIAGE_LABEL } from "./labels.ts";
import { failedAgainComment, failureDescription, failureSummary, releaseComment } from "./message.ts";
import { attemptTally, type JiraSite, jiraProblem } from "./site.ts";

export interface FailureIssueOptions {
  /** Issue type of new failure issues. */
  issueType: string;
  /** Labels every failure issue gets, besides the gitops ones. */
  labels: string[];
}

/** The newest open failure issue of this service in this environment, if any. */
async function openFailureIssue(
  site: JiraSite,
  notice: ReleaseNotice,
  project: string,
  seen: (attempt: number) => void,
): Promise<string | undefined> {
  const found = await site.jira.call(
    `search ${project} for an open failure issue`,
    (api) =>
      api.searchIssues(api.client, { jql: failureJql(project, notice), fields: ["status"], maxResults: 1 }),
    seen,
  );
  return found.issues?.[0]?.key;
}

/** A failure: comments on the open failure issue, or opens one. */
export async function reportFailure(
  site: JiraSite,
  notice: ReleaseNotice,
  project: string,
  options: FailureIssueOptions,
): Promise<Delivery> {
  const { jira, browse } = site;
  const { seen, attempts } = attemptTally();
  const delivery = (d: Omit<Delivery, "channel" | "attempts">): Delivery => ({
    channel: "jira",
    attempts: attempts(),
    ...d,
  });
  let subject = project;
  try {
    const open = await openFailureIssue(site, notice, project, seen);
    if (open) {
      subject = open;
      await jira.call(
        `comment on ${open}`,
        (api) => api.addComment(api.client, { issueIdOrKey: open, body: failedAgainComment(notice) }),
        seen,
      );
      return delivery({
        target: `${open} (open failure issue, commented)`,
        ok: true,
        detail: `failed again: commented on ${open}`,
        url: browse(open),
      });
    }
    const assignee = await findAssignee(site, notice, seen);
    const labels = failureLabels(notice, options.labels);
    const fields = {
      project: { key: project },
      issuetype: { name: options.issueType },
      summary: failureSummary(notice),
      description: failureDescription(notice, browse),
      labels: assignee.accountId ? labels : [...labels, TRIAGE_LABEL],
      ...(assignee.accountId ? { assignee: { accountId: assignee.accountId } } : {}),
    };
    let detail = assignee.detail;
    let created: { key?: string };
    try {
      created = await jira.call(
        `create a failure issue in ${project}`,
        (api) => api.createIssue(api.client, { fields }),
        seen,
      );
    } catch (error) {
      // JIRA refused the assignee (not assignable in this project): create it unassigned instead.
      if (
        !(isJiraError(error) && error.kind === "rejected" && error.fieldErrors.assignee && assignee.accountId)
      )
        throw error;
      const { assignee: _refused, ...unassigned } = fields;
      created = await jira.call(
        `create a failure issue in ${project}`,
        (api) =>
          api.createIssue(api.client, {
            fields: { ...unassigned, labels: [...labels, TRIAGE_LABEL] },
          }),
        seen,
      );
      detail = `unassigned (${TRIAGE_LABEL}): JIRA refused ${assignee.name} as assignee (${error.fieldErrors.assignee})`;
    }
    const key = created.key ?? "?";
    return delivery({ target: `${key} (new failure issue)`, ok: true, detail, url: browse(key) });
  } catch (error) {
    return delivery({ target: `${project} (failure issue)`, ok: false, detail: jiraProblem(error, subject) });
  }
}

/** A rollback is recorded on the open failure issue, when there is one. */
export async function recordRollback(
  site: JiraSite,
  notice: ReleaseNotice,
  project: string,
): Promise<Delivery | undefined> {
  const { seen, attempts } = attemptTally();
  let subject = project;
  try {
    const open = await openFailureIssue(site, notice, project, seen);
    if (!open) return undefined;
    subject = open;
    await site.jira.call(
      `comment on ${open}`,
      (api) => api.addComment(api.client, { issueIdOrKey: open, body: releaseComment(notice) }),
      seen,
    );
    return {
      channel: "jira",
      target: `${open} (open failure issue, commented)`,
      ok: true,
      attempts: attempts(),
      detail: `rollback recorded on ${open}`,
      url: site.browse(open),
    };
  } catch (error) {
    return {
      channel: "jira",
      target: `${project} (failure issue)`,
      ok: false,
      attempts: attempts(),
      detail: jiraProblem(error, subject),
    };
  }
}
