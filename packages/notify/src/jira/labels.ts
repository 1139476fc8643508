// The labels a failure issue carries, and the JQL that finds the open one again.
import { FAILURE_LABEL } from "@gitops/jira";
import type { ReleaseNotice } from "../notice.ts";

/** The label every failure issue carries; with `service:<svc>` and `env:<env>` it finds the open one. */
export { FAILURE_LABEL };
/** Added when nobody could be assigned. */
export const TRIAGE_LABEL = "needs-triage";

/** A JIRA label: no spaces (JIRA refuses them), lower case, only [a-z0-9._:-], at most 255 characters. */
export function labelSafe(value: string): string {
  const label = value
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return (label || "unnamed").slice(0, 255);
}

export function failureLabels(notice: ReleaseNotice, configured: string[]): string[] {
  return [
    ...new Set([
      ...configured.map((l) => l.trim().replace(/\s+/g, "-")).filter(Boolean),
      FAILURE_LABEL,
      `service:${labelSafe(notice.service)}`,
      `env:${labelSafe(notice.environment)}`,
    ]),
  ];
}

const jqlString = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** The open failure issue of this service in this environment, newest first. */
export function failureJql(project: string, notice: ReleaseNotice): string {
  return [
    `project = ${jqlString(project)}`,
    `labels = ${jqlString(FAILURE_LABEL)}`,
    `labels = ${jqlString(`service:${labelSafe(notice.service)}`)}`,
    `labels = ${jqlString(`env:${labelSafe(notice.environment)}`)}`,
    "statusCategory != Done ORDER BY created DESC",
  ].join(" AND ");
}
