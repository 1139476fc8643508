// The public API: the notice contract, deliverAll, one notifier per channel, and each channel's
// message without sending it (previews, dry runs).
export { consoleLine } from "./console/message.ts";
export { consoleNotifier } from "./console/notifier.ts";
export { type DeliverOptions, deliverAll } from "./deliver.ts";
export { safeDetail, scrubSecrets } from "./detail.ts";
export {
  type EmailMessage,
  type EmailMessageOptions,
  emailHtml,
  emailMessage,
  emailText,
} from "./email/message.ts";
export { type EmailOptions, emailNotifier } from "./email/notifier.ts";
export { recipientsOf } from "./email/recipients.ts";
export { FAILURE_LABEL, failureJql, failureLabels, labelSafe, TRIAGE_LABEL } from "./jira/labels.ts";
export {
  failureDescription,
  failureSummary,
  logExcerpt,
  releaseComment,
} from "./jira/message.ts";
export { type JiraNotifierOptions, jiraNotifier } from "./jira/notifier.ts";
export {
  committerText,
  EVENT_EMOJI,
  headline,
  httpUrl,
  type Link,
  logTail,
  OUTCOME_MARK,
  releasedVersion,
  releaseLinks,
  rollbackText,
  shortSha,
  subjectLine,
  type TicketRef,
  ticketRefs,
  versionText,
} from "./messages.ts";
export type { Delivery, Notifier, ReleaseEvent, ReleaseNotice, StageReport } from "./notice.ts";
export {
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
  type SlackMessageOptions,
  slackMessage,
} from "./slack/message.ts";
export { escapeMrkdwn } from "./slack/mrkdwn.ts";
export { type SlackOptions, slackNotifier } from "./slack/notifier.ts";
export { type SummaryOptions, summaryMarkdown } from "./summary/message.ts";
export { summaryNotifier } from "./summary/notifier.ts";
