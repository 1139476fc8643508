// The gate-check action's inputs and the push event as one typed settings object.
import { type JiraSettings, jiraInputs, type PushTarget, pushTargetInputs } from "@gitops/action-shared";

export interface Settings extends PushTarget {
  jira?: JiraSettings;
}

export function readSettings(): Settings {
  const jira = jiraInputs();
  return { ...pushTargetInputs(), ...(jira ? { jira } : {}) };
}
