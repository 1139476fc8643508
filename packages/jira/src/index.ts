export {
  isJiraError,
  type Jira,
  type JiraApi,
  type JiraConnection,
  JiraError,
  type JiraErrorKind,
  type JiraOptions,
  openJira,
} from "./connection.ts";
export { FAILURE_LABEL } from "./labels.ts";
