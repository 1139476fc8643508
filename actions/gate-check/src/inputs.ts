// The gate-check action's inputs and the push event as one typed settings object.
import {
  booleanInput,
  type JiraSettings,
  jiraInputs,
  type PushTarget,
  pushTargetInputs,
  secretInput,
} from "@gitops/action-shared";

export interface Settings extends PushTarget {
  jira?: JiraSettings;
  /** Write the decision to the deployment record, as the reusable workflows' gate job does. */
  keepRecord: boolean;
  /** Reads and writes the record; github-token may be a token that reads teams only. */
  recordToken: string;
}

export function readSettings(): Settings {
  const jira = jiraInputs();
  return {
    ...pushTargetInputs(),
    ...(jira ? { jira } : {}),
    keepRecord: booleanInput("keep-record"),
    recordToken: secretInput("record-token"),
  };
}
