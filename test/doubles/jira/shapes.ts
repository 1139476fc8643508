// JSON shapes the double sends, checked at compile time against the input side of jira.js 6's own zod
// schemas (generated from Atlassian's OpenAPI descriptions), so a field that drifts from the documented
// model fails `tsc`; the tests then run every response through those schemas at run time, strictly.
import type {
  ChangelogSchema,
  CommentSchema,
  CreatedIssueSchema,
  DashboardUserSchema,
  IssueSchema,
  IssueTransitionSchema,
  IssueTypeDetailsSchema,
  PageOfChangelogsSchema,
  PageOfCommentsSchema,
  PrioritySchema,
  ProjectDetailsSchema,
  SearchAndReconcileResultsSchema,
  StatusDetailsSchema,
  TransitionsSchema,
  UserDetailsSchema,
} from "jira.js/cloud";
import type {
  ApprovalSchema,
  DateSchema,
  ErrorResponseSchema,
  PagedApprovalSchema,
  UserSchema,
} from "jira.js/serviceDesk";
import { type AdfDoc, adfToHtml } from "./adf.ts";

/** What a zod schema accepts (its input), which is what goes over the wire. */
type Wire<S extends { _zod: { input: unknown } }> = S["_zod"]["input"];

// --- records (the double's own state) ---------------------------------------------------------

export type StatusCategoryKey = "new" | "indeterminate" | "done";
export type ProjectPermission =
  | "BROWSE_PROJECTS"
  | "CREATE_ISSUES"
  | "ADD_COMMENTS"
  | "TRANSITION_ISSUES"
  | "ASSIGNABLE_USER";
export type Decision = "approved" | "declined" | "pending";

export interface UserRecord {
  accountId: string;
  email: string;
  displayName: string;
  active: boolean;
  timeZone: string;
  locale: string;
}

export interface StatusRecord {
  id: string;
  name: string;
  category: StatusCategoryKey;
  description: string;
}

export interface TransitionRecord {
  id: string;
  name: string;
  to: StatusRecord;
  /** The statuses it leaves from; null for a global transition (available from every status). */
  from: StatusRecord[] | null;
}

export interface IssueTypeRecord {
  id: string;
  name: string;
  description: string;
}

export interface PriorityRecord {
  id: string;
  name: string;
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  statuses: StatusRecord[];
  transitions: TransitionRecord[];
  issueTypes: IssueTypeRecord[];
  /** Custom field id (customfield_NNNNN) -> display name: the fields that are on the create screen. */
  customFields: Map<string, string>;
  permissions: { default: Set<ProjectPermission>; users: Map<string, Set<ProjectPermission>> };
}

export type Visibility = {
  type: "group" | "role";
  value: string;
  identifier?: string;
};

export interface CommentRecord {
  id: string;
  author: UserRecord;
  body: AdfDoc;
  created: Date;
  updated: Date;
  visibility?: Visibility;
}

export type ChangeItem = {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
};

export interface HistoryRecord {
  id: string;
  author: UserRecord | null;
  created: Date;
  items: ChangeItem[];
}

export interface ApprovalRecord {
  id: string;
  name: string;
  approvers: { user: UserRecord; decision: Decision }[];
  /** Approvals needed ("all" or a count); a decline by anyone declines. */
  required: number | "all";
  /** Set when the seed fixed the outcome instead of deriving it from the approvers. */
  finalOverride?: Decision;
  created: Date;
  completed?: Date;
}

export interface IssueRecord {
  id: string;
  key: string;
  project: ProjectRecord;
  summary: string;
  description: AdfDoc | null;
  status: StatusRecord;
  statusCategoryChanged: Date;
  issueType: IssueTypeRecord;
  priority: PriorityRecord;
  assignee: UserRecord | null;
  reporter: UserRecord | null;
  creator: UserRecord | null;
  labels: string[];
  customFields: Record<string, unknown>;
  created: Date;
  updated: Date;
  resolution: { id: string; name: string; description: string } | null;
  resolutionDate: Date | null;
  comments: CommentRecord[];
  history: HistoryRecord[];
  /** null: not a Jira Service Management request. */
  approvals: ApprovalRecord[] | null;
}

// --- fixed catalogue values ---------------------------------------------------------------------

/** Jira's three status categories (plus "No Category", id 1, which the double never uses). */
export const STATUS_CATEGORIES: Record<
  StatusCategoryKey,
  { id: number; key: StatusCategoryKey; colorName: string; name: string }
> = {
  new: { id: 2, key: "new", colorName: "blue-gray", name: "To Do" },
  indeterminate: { id: 4, key: "indeterminate", colorName: "yellow", name: "In Progress" },
  done: { id: 3, key: "done", colorName: "green", name: "Done" },
};

export const PRIORITIES: PriorityRecord[] = [
  { id: "1", name: "Highest" },
  { id: "2", name: "High" },
  { id: "3", name: "Medium" },
  { id: "4", name: "Low" },
  { id: "5", name: "Lowest" },
];
export const DEFAULT_PRIORITY = PRIORITIES[2]!;
export const RESOLUTION_DONE = {
  id: "10000",
  name: "Done",
  description: "Work has been completed on this issue.",
};

/** System fields the double serves, id -> display name (what `expand=names` answers). */
export const SYSTEM_FIELDS: Record<string, string> = {
  summary: "Summary",
  description: "Description",
  status: "Status",
  statuscategorychangedate: "Status Category Changed",
  issuetype: "Issue Type",
  project: "Project",
  priority: "Priority",
  assignee: "Assignee",
  reporter: "Reporter",
  creator: "Creator",
  labels: "Labels",
  created: "Created",
  updated: "Updated",
  resolution: "Resolution",
  resolutiondate: "Resolved",
  comment: "Comment",
};

/** What Jira lists as expandable on an issue. */
export const ISSUE_EXPAND =
  "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

// --- error bodies -------------------------------------------------------------------------------

/** Jira platform's ErrorCollection: `{"errorMessages":[...],"errors":{field: message}}`. */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

export function errorCollection(messages: string[], errors: Record<string, string> = {}): ErrorCollection {
  return { errorMessages: messages, errors };
}

export const ISSUE_NOT_FOUND = "Issue does not exist or you do not have permission to see it.";

/** The body Jira's REST layer (Jersey) sends for 401, an unknown resource (404) and 405. */
export function restMessage(status: number, message: string): { message: string; "status-code": number } {
  return { message, "status-code": status };
}

/** Jira Service Management's ErrorResponse. */
export function jsmError(message: string, i18nKey: string): Wire<typeof ErrorResponseSchema> {
  return { errorMessage: message, i18nErrorMessage: { i18nKey, parameters: [] } };
}

// --- dates --------------------------------------------------------------------------------------

/** Jira's timestamp: ISO 8601 with milliseconds and a colon-less offset, "2021-01-17T12:34:00.000+0000". */
export function jiraTime(date: Date): string {
  return date.toISOString().replace("Z", "+0000");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** JSM's DateDTO: the same instant four ways (UTC here). */
export function jsmDate(date: Date): Wire<typeof DateSchema> {
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = date.getUTCHours();
  const friendly =
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${pad(date.getUTCFullYear() % 100)} ` +
    `${hours % 12 === 0 ? 12 : hours % 12}:${pad(date.getUTCMinutes())} ${hours < 12 ? "AM" : "PM"}`;
  return {
    iso8601: date.toISOString().replace(/\.\d{3}Z$/, "+0000"),
    jira: jiraTime(date),
    friendly,
    epochMillis: date.getTime(),
  };
}

// --- renderers: Jira platform (REST API v3) -----------------------------------------------------

function avatarUrls(user: UserRecord): Record<"48x48" | "24x24" | "16x16" | "32x32", string> {
  const initials = user.displayName
    .split(/\s+/)
    .map((w) => w[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  const base = `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${encodeURIComponent(initials || "U")}-5.png`;
  return {
    "48x48": `${base}?size=48&s=48`,
    "24x24": `${base}?size=24&s=24`,
    "16x16": `${base}?size=16&s=16`,
    "32x32": `${base}?size=32&s=32`,
  };
}

export function userSelf(url: string, accountId: string): string {
  return `${url}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;
}

export function renderUserDetails(url: string, user: UserRecord): Wire<typeof UserDetailsSchema> {
  return {
    self: userSelf(url, user.accountId),
    accountId: user.accountId,
    emailAddress: user.email,
    avatarUrls: avatarUrls(user),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: "atlassian",
  };
}

/** A user as `GET /rest/api/3/user/search` lists them. */
export function renderFoundUser(url: string, user: UserRecord): Wire<typeof DashboardUserSchema> {
  return {
    self: userSelf(url, user.accountId),
    accountId: user.accountId,
    accountType: "atlassian",
    emailAddress: user.email,
    avatarUrls: avatarUrls(user),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}

export function renderStatus(url: string, status: StatusRecord): Wire<typeof StatusDetailsSchema> {
  const category = STATUS_CATEGORIES[status.category];
  return {
    self: `${url}/rest/api/3/status/${status.id}`,
    description: status.description,
    iconUrl: `${url}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${url}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

export function renderIssueType(url: string, type: IssueTypeRecord): Wire<typeof IssueTypeDetailsSchema> {
  return {
    self: `${url}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${url}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10318?size=medium`,
    name: type.name,
    subtask: false,
    avatarId: 10318,
    hierarchyLevel: 0,
  };
}

export function renderPriority(url: string, priority: PriorityRecord): Wire<typeof PrioritySchema> {
  return {
    self: `${url}/rest/api/3/priority/${priority.id}`,
    iconUrl: `${url}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
}

export function renderProject(url: string, project: ProjectRecord): Wire<typeof ProjectDetailsSchema> {
  const avatar = (size: string) =>
    `${url}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=${size}`;
  return {
    self: `${url}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: "software",
    simplified: false,
    avatarUrls: {
      "48x48": avatar("large"),
      "24x24": avatar("small"),
      "16x16": avatar("xsmall"),
      "32x32": avatar("medium"),
    },
  };
}

export function renderComment(
  url: string,
  issue: IssueRecord,
  comment: CommentRecord,
  expand: Set<string> = new Set(),
): Wire<typeof CommentSchema> {
  const author = renderUserDetails(url, comment.author);
  return {
    self: `${url}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: comment.body,
    ...(expand.has("renderedBody") ? { renderedBody: adfToHtml(comment.body) } : {}),
    updateAuthor: author,
    created: jiraTime(comment.created),
    updated: jiraTime(comment.updated),
    ...(comment.visibility ? { visibility: comment.visibility } : {}),
    jsdPublic: true,
  };
}

/** A page of comments as `GET …/comment` answers it (documented without `self`). */
export function renderComments(
  url: string,
  issue: IssueRecord,
  comments: CommentRecord[],
  page: { startAt: number; maxResults: number },
): Wire<typeof PageOfCommentsSchema> {
  return {
    comments: comments.map((c) => renderComment(url, issue, c)),
    maxResults: page.maxResults,
    total: issue.comments.length,
    startAt: page.startAt,
  };
}

export function renderTransition(
  url: string,
  transition: TransitionRecord,
  options: { available: boolean; withFields: boolean },
): Wire<typeof IssueTransitionSchema> {
  return {
    id: transition.id,
    name: transition.name,
    to: renderStatus(url, transition.to),
    hasScreen: false,
    isGlobal: transition.from === null,
    isInitial: false,
    isAvailable: options.available,
    isConditional: false,
    ...(options.withFields ? { fields: {} } : {}),
  };
}

export function renderTransitions(
  transitions: Wire<typeof IssueTransitionSchema>[],
): Wire<typeof TransitionsSchema> {
  return { expand: "transitions", transitions };
}

export function renderHistory(url: string, history: HistoryRecord): Wire<typeof ChangelogSchema> {
  return {
    id: history.id,
    ...(history.author ? { author: renderUserDetails(url, history.author) } : {}),
    created: jiraTime(history.created),
    items: history.items,
  };
}

export function renderChangelog(url: string, issue: IssueRecord): Wire<typeof PageOfChangelogsSchema> {
  const histories = [...issue.history].reverse().map((h) => renderHistory(url, h));
  return { startAt: 0, maxResults: histories.length, total: histories.length, histories };
}

/** Every field of an issue, id -> wire value. */
export function renderAllFields(url: string, issue: IssueRecord): Record<string, unknown> {
  const user = (u: UserRecord | null) => (u ? renderUserDetails(url, u) : null);
  return {
    summary: issue.summary,
    description: issue.description,
    status: renderStatus(url, issue.status),
    statuscategorychangedate: jiraTime(issue.statusCategoryChanged),
    issuetype: renderIssueType(url, issue.issueType),
    project: renderProject(url, issue.project),
    priority: renderPriority(url, issue.priority),
    assignee: user(issue.assignee),
    reporter: user(issue.reporter),
    creator: user(issue.creator),
    labels: [...issue.labels],
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
    resolution: issue.resolution
      ? { self: `${url}/rest/api/3/resolution/${issue.resolution.id}`, ...issue.resolution }
      : null,
    resolutiondate: issue.resolutionDate ? jiraTime(issue.resolutionDate) : null,
    // The issue's `comment` field is the same page plus a `self` link to the comments resource.
    comment: {
      ...renderComments(url, issue, issue.comments, { startAt: 0, maxResults: issue.comments.length }),
      self: `${url}/rest/api/3/issue/${issue.id}/comment`,
    },
    ...structuredClone(issue.customFields),
  };
}

export function fieldName(issue: IssueRecord, id: string): string {
  return SYSTEM_FIELDS[id] ?? issue.project.customFields.get(id) ?? id;
}

export type IssueWire = Wire<typeof IssueSchema>;

export function issueSelf(url: string, issue: IssueRecord): string {
  return `${url}/rest/api/3/issue/${issue.id}`;
}

export function renderCreated(url: string, issue: IssueRecord): Wire<typeof CreatedIssueSchema> {
  return { id: issue.id, key: issue.key, self: issueSelf(url, issue) };
}

export type SearchResultsWire = Wire<typeof SearchAndReconcileResultsSchema>;

// --- renderers: Jira Service Management -------------------------------------------------------------

export function renderJsmUser(url: string, user: UserRecord): Wire<typeof UserSchema> {
  const jiraRest = `${url}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`;
  return {
    accountId: user.accountId,
    emailAddress: user.email,
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: { jiraRest, avatarUrls: avatarUrls(user), self: jiraRest },
  };
}

export function finalDecision(approval: ApprovalRecord): Decision {
  if (approval.finalOverride) return approval.finalOverride;
  const decisions = approval.approvers.map((a) => a.decision);
  if (decisions.includes("declined")) return "declined";
  const approved = decisions.filter((d) => d === "approved").length;
  const needed = approval.required === "all" ? approval.approvers.length : approval.required;
  return approved >= needed && approved > 0 ? "approved" : "pending";
}

export function renderApproval(
  url: string,
  issue: IssueRecord,
  approval: ApprovalRecord,
  caller: UserRecord,
): Wire<typeof ApprovalSchema> {
  const decision = finalDecision(approval);
  const mine = approval.approvers.find((a) => a.user.accountId === caller.accountId);
  return {
    id: approval.id,
    name: approval.name,
    finalDecision: decision,
    canAnswerApproval: decision === "pending" && mine?.decision === "pending",
    approvers: approval.approvers.map((a) => ({
      approver: renderJsmUser(url, a.user),
      approverDecision: a.decision,
    })),
    createdDate: jsmDate(approval.created),
    ...(decision !== "pending" && approval.completed ? { completedDate: jsmDate(approval.completed) } : {}),
    _links: { self: `${url}/rest/servicedeskapi/request/${issue.id}/approval/${approval.id}` },
  };
}

export function renderApprovalPage(
  url: string,
  issue: IssueRecord,
  approvals: ApprovalRecord[],
  caller: UserRecord,
  page: { start: number; limit: number },
): Wire<typeof PagedApprovalSchema> {
  const values = approvals.slice(page.start, page.start + page.limit);
  const base = `${url}/rest/servicedeskapi`;
  const at = (start: number) => `${base}/request/${issue.key}/approval?start=${start}&limit=${page.limit}`;
  const isLastPage = page.start + values.length >= approvals.length;
  return {
    _expands: [],
    size: values.length,
    start: page.start,
    limit: page.limit,
    isLastPage,
    _links: {
      base,
      context: "",
      ...(isLastPage ? {} : { next: at(page.start + page.limit) }),
      ...(page.start > 0 ? { prev: at(Math.max(0, page.start - page.limit)) } : {}),
    },
    values: values.map((a) => renderApproval(url, issue, a, caller)),
  };
}
