// What the double knows: users, projects (workflow, issue types, permissions), issues with their
// comments, change history and JSM approvals. Plain data and lookups, no HTTP. Keys and project keys
// match case-insensitively, as Jira's lookups do, and are echoed as registered.
import type { AdfDoc } from "./adf.ts";
import type { JqlIssue } from "./jql.ts";
import {
  type ApprovalRecord,
  type ChangeItem,
  type CommentRecord,
  DEFAULT_PRIORITY,
  type Decision,
  finalDecision,
  type HistoryRecord,
  type IssueRecord,
  type IssueTypeRecord,
  PRIORITIES,
  type ProjectPermission,
  type ProjectRecord,
  RESOLUTION_DONE,
  type StatusCategoryKey,
  type StatusRecord,
  type TransitionRecord,
  type UserRecord,
  type Visibility,
} from "./shapes.ts";

export const ALL_PERMISSIONS: ProjectPermission[] = [
  "BROWSE_PROJECTS",
  "CREATE_ISSUES",
  "ADD_COMMENTS",
  "TRANSITION_ISSUES",
  "ASSIGNABLE_USER",
];

export interface NewUser {
  accountId: string;
  email: string;
  displayName: string;
  /** Inactive users are not found by user search. Default true. */
  active?: boolean;
  timeZone?: string;
  locale?: string;
}

export interface NewProject {
  name?: string;
  /** The workflow's statuses; the first is where new issues start. Default: To Do, In Progress, Done. */
  statuses?: { name: string; category: StatusCategoryKey; id?: string; description?: string }[];
  /**
   * Transitions by target status name; `from` lists the statuses it leaves from (omit for a global
   * transition, available from every status). Default: one global transition to each status, ids
   * 11, 21, 31, … named after the status, as Jira's simplified workflow has.
   */
  transitions?: { id: string; name: string; to: string; from?: string[] }[];
  /** Default: Task, Bug, Story. */
  issueTypes?: (string | { name: string; id?: string; description?: string })[];
  /** Custom fields on the create screen, id (customfield_NNNNN) -> display name. */
  customFields?: Record<string, string>;
  /**
   * Project permissions: `default` applies to every user not listed in `users`. Default: everyone
   * has all of BROWSE_PROJECTS, CREATE_ISSUES, ADD_COMMENTS, TRANSITION_ISSUES, ASSIGNABLE_USER.
   */
  permissions?: { default?: ProjectPermission[]; users?: Record<string, ProjectPermission[]> };
}

export interface NewApproval {
  id?: string;
  name: string;
  approvers: { accountId: string; decision?: Decision }[];
  /** Approvals needed to approve ("all" or a count). Default 1. Any decline declines. */
  required?: number | "all";
  /** Fix the outcome instead of deriving it from the approvers' decisions. */
  finalDecision?: Decision;
  created?: Date;
  /** When it was decided; default `created`. Sent only once the approval is no longer pending. */
  completed?: Date;
}

export interface NewIssue {
  /** "OPS-12": the project is the part before the dash (created with defaults if not added). */
  key: string;
  summary: string;
  /** Status name; default the project's first status. */
  status?: string;
  labels?: string[];
  /** Custom field values by id (customfield_NNNNN), sent as given; also put on the create screen. */
  fields?: Record<string, unknown>;
  issuetype?: string;
  priority?: string;
  /** accountIds */
  assignee?: string | null;
  reporter?: string | null;
  description?: AdfDoc | null;
  created?: Date;
  /** Makes the issue a Jira Service Management request with these approvals. */
  approvals?: NewApproval[];
}

/** The test-facing view of an issue (`double.issue(key)`): plain data, a copy. */
export interface IssueSnapshot {
  id: string;
  key: string;
  project: string;
  summary: string;
  description: AdfDoc | null;
  status: { id: string; name: string; category: StatusCategoryKey };
  issuetype: string;
  priority: string;
  assignee: string | null;
  reporter: string | null;
  labels: string[];
  fields: Record<string, unknown>;
  resolution: string | null;
  created: Date;
  updated: Date;
  comments: { id: string; author: string; body: AdfDoc; created: Date; visibility?: Visibility }[];
  history: { id: string; author: string | null; created: Date; items: ChangeItem[] }[];
  approvals:
    | {
        id: string;
        name: string;
        finalDecision: Decision;
        approvers: { accountId: string; decision: Decision }[];
      }[]
    | null;
}

/** The settable part of an issue. */
export interface IssueFields {
  summary: string;
  description: AdfDoc | null;
  status: StatusRecord;
  issueType: IssueTypeRecord;
  priority: IssueRecord["priority"];
  assignee: UserRecord | null;
  reporter: UserRecord | null;
  labels: string[];
  customFields: Record<string, unknown>;
  created: Date;
}

const k = (s: string) => s.toLowerCase();

export class JiraState {
  private readonly usersById = new Map<string, UserRecord>();
  private readonly projects = new Map<string, ProjectRecord>();
  private readonly issuesByKey = new Map<string, IssueRecord>();
  private readonly issuesById = new Map<string, IssueRecord>();
  private readonly nextNumber = new Map<string, number>();
  private nextProjectId = 10000;
  private nextIssueId = 10000;
  private nextStatusId = 10000;
  private nextIssueTypeId = 10001;
  private nextCommentId = 10000;
  private nextHistoryId = 10100;
  private nextApprovalId = 1;

  constructor(private readonly now: () => Date) {}

  // --- users ----------------------------------------------------------------------------------

  addUser(input: NewUser): UserRecord {
    if (!input.accountId || input.accountId.length > 128) {
      throw new Error(`addUser: accountId must be 1-128 characters, got "${input.accountId}"`);
    }
    const user: UserRecord = {
      accountId: input.accountId,
      email: input.email,
      displayName: input.displayName,
      active: input.active ?? true,
      timeZone: input.timeZone ?? "Etc/UTC",
      locale: input.locale ?? "en_US",
    };
    this.usersById.set(user.accountId, user);
    return user;
  }

  user(accountId: string): UserRecord | undefined {
    return this.usersById.get(accountId);
  }

  userByEmail(email: string): UserRecord | undefined {
    for (const user of this.usersById.values()) if (k(user.email) === k(email)) return user;
    return undefined;
  }

  users(): UserRecord[] {
    return [...this.usersById.values()];
  }

  private requireUser(accountId: string, what: string): UserRecord {
    const user = this.usersById.get(accountId);
    if (!user) throw new Error(`${what}: no user with accountId "${accountId}" (add it to users first)`);
    return user;
  }

  // --- projects -------------------------------------------------------------------------------

  addProject(key: string, input: NewProject = {}): ProjectRecord {
    if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(key)) {
      throw new Error(`addProject: "${key}" is not a Jira project key (2-10 upper-case letters, digits, _)`);
    }
    if (this.projects.has(k(key))) throw new Error(`addProject: project ${key} already exists`);
    const statuses: StatusRecord[] = (
      input.statuses ?? [
        { name: "To Do", category: "new" as const },
        { name: "In Progress", category: "indeterminate" as const },
        { name: "Done", category: "done" as const },
      ]
    ).map((s) => ({
      id: s.id ?? String(this.nextStatusId++),
      name: s.name,
      category: s.category,
      description: s.description ?? "",
    }));
    if (statuses.length === 0) throw new Error(`addProject ${key}: a workflow needs at least one status`);
    const status = (name: string) => {
      const found = statuses.find((s) => k(s.name) === k(name));
      if (!found) throw new Error(`addProject ${key}: transition names unknown status "${name}"`);
      return found;
    };
    const specs: NonNullable<NewProject["transitions"]> =
      input.transitions ?? statuses.map((s, i) => ({ id: String(11 + i * 10), name: s.name, to: s.name }));
    const transitions: TransitionRecord[] = specs.map((t) => ({
      id: t.id,
      name: t.name,
      to: status(t.to),
      from: t.from === undefined ? null : t.from.map(status),
    }));
    const issueTypes: IssueTypeRecord[] = (input.issueTypes ?? ["Task", "Bug", "Story"]).map((t) => {
      const spec = typeof t === "string" ? { name: t } : t;
      return {
        id: spec.id ?? String(this.nextIssueTypeId++),
        name: spec.name,
        description: spec.description ?? `A ${spec.name.toLowerCase()}.`,
      };
    });
    const project: ProjectRecord = {
      id: String(this.nextProjectId++),
      key,
      name: input.name ?? key,
      statuses,
      transitions,
      issueTypes,
      customFields: new Map(Object.entries(input.customFields ?? {})),
      permissions: {
        default: new Set(input.permissions?.default ?? ALL_PERMISSIONS),
        users: new Map(Object.entries(input.permissions?.users ?? {}).map(([id, p]) => [id, new Set(p)])),
      },
    };
    this.projects.set(k(key), project);
    return project;
  }

  /** By key (case-insensitive), id or name. */
  project(value: string): ProjectRecord | undefined {
    const byKey = this.projects.get(k(value));
    if (byKey) return byKey;
    for (const p of this.projects.values()) if (p.id === value || k(p.name) === k(value)) return p;
    return undefined;
  }

  allProjects(): ProjectRecord[] {
    return [...this.projects.values()];
  }

  can(user: UserRecord | null, project: ProjectRecord, permission: ProjectPermission): boolean {
    if (!user) return false;
    const granted = project.permissions.users.get(user.accountId) ?? project.permissions.default;
    return granted.has(permission);
  }

  // --- issues ---------------------------------------------------------------------------------

  /** By id, or by key case-insensitively (Jira answers the key as stored). */
  issue(idOrKey: string): IssueRecord | undefined {
    return this.issuesById.get(idOrKey) ?? this.issuesByKey.get(k(idOrKey));
  }

  allIssues(): IssueRecord[] {
    return [...this.issuesById.values()];
  }

  /** Seeds an issue as a test describes it. */
  seedIssue(input: NewIssue): IssueRecord {
    const match = /^([A-Z][A-Z0-9_]{1,9})-([1-9]\d*)$/.exec(input.key);
    if (!match) throw new Error(`addIssue: "${input.key}" is not an issue key like OPS-12`);
    if (this.issuesByKey.has(k(input.key))) throw new Error(`addIssue: ${input.key} already exists`);
    const project = this.project(match[1]!) ?? this.addProject(match[1]!);
    const number = Number(match[2]);
    const status =
      input.status === undefined
        ? project.statuses[0]!
        : project.statuses.find((s) => k(s.name) === k(input.status!));
    if (!status) {
      throw new Error(
        `addIssue ${input.key}: status "${input.status}" is not in ${project.key}'s workflow (${project.statuses.map((s) => s.name).join(", ")})`,
      );
    }
    const issueType =
      input.issuetype === undefined
        ? project.issueTypes[0]!
        : project.issueTypes.find((t) => k(t.name) === k(input.issuetype!));
    if (!issueType)
      throw new Error(`addIssue ${input.key}: issue type "${input.issuetype}" is not in ${project.key}`);
    const priority =
      input.priority === undefined
        ? DEFAULT_PRIORITY
        : PRIORITIES.find((p) => k(p.name) === k(input.priority!));
    if (!priority) throw new Error(`addIssue ${input.key}: unknown priority "${input.priority}"`);
    const user = (id: string | null | undefined, what: string) =>
      id === undefined || id === null ? null : this.requireUser(id, `addIssue ${input.key} ${what}`);
    for (const id of Object.keys(input.fields ?? {})) {
      if (!/^customfield_\d+$/.test(id))
        throw new Error(
          `addIssue ${input.key}: fields takes custom fields only (customfield_NNNNN), got "${id}"`,
        );
      if (!project.customFields.has(id)) project.customFields.set(id, id);
    }
    const created = input.created ?? this.now();
    const issue = this.insert(project, number, {
      summary: input.summary,
      description: input.description ?? null,
      status,
      issueType,
      priority,
      assignee: user(input.assignee, "assignee"),
      reporter: user(input.reporter, "reporter"),
      labels: [...(input.labels ?? [])],
      customFields: structuredClone(input.fields ?? {}),
      created,
    });
    if (input.approvals) {
      issue.approvals = input.approvals.map((a) => ({
        id: a.id ?? String(this.nextApprovalId++),
        name: a.name,
        approvers: a.approvers.map((x) => ({
          user: this.requireUser(x.accountId, `addIssue ${input.key} approver`),
          decision: x.decision ?? "pending",
        })),
        required: a.required ?? 1,
        ...(a.finalDecision ? { finalOverride: a.finalDecision } : {}),
        created: a.created ?? created,
        completed: a.completed ?? a.created ?? created,
      }));
    }
    return issue;
  }

  /** Creates an issue as `POST /rest/api/3/issue` does (fields already validated). */
  createIssue(
    project: ProjectRecord,
    fields: Omit<IssueFields, "status" | "created">,
    creator: UserRecord,
  ): IssueRecord {
    const issue = this.insert(project, undefined, {
      ...fields,
      status: project.statuses[0]!,
      created: this.now(),
    });
    issue.creator = creator;
    return issue;
  }

  private insert(project: ProjectRecord, number: number | undefined, fields: IssueFields): IssueRecord {
    const last = this.nextNumber.get(project.key) ?? 0;
    const n = number ?? last + 1;
    this.nextNumber.set(project.key, Math.max(last, n));
    const done = fields.status.category === "done";
    const issue: IssueRecord = {
      id: String(this.nextIssueId++),
      key: `${project.key}-${n}`,
      project,
      ...fields,
      statusCategoryChanged: fields.created,
      creator: fields.reporter,
      updated: fields.created,
      resolution: done ? RESOLUTION_DONE : null,
      resolutionDate: done ? fields.created : null,
      comments: [],
      history: [],
      approvals: null,
    };
    this.issuesById.set(issue.id, issue);
    this.issuesByKey.set(k(issue.key), issue);
    return issue;
  }

  addComment(issue: IssueRecord, author: UserRecord, body: AdfDoc, visibility?: Visibility): CommentRecord {
    const at = this.now();
    const comment: CommentRecord = {
      id: String(this.nextCommentId++),
      author,
      body: structuredClone(body),
      created: at,
      updated: at,
      ...(visibility ? { visibility } : {}),
    };
    issue.comments.push(comment);
    issue.updated = at;
    return comment;
  }

  /** Transitions the issue that is known to allow `transition`; records the history Jira would. */
  transition(issue: IssueRecord, transition: TransitionRecord, actor: UserRecord): void {
    const at = this.now();
    const from = issue.status;
    const to = transition.to;
    const items: ChangeItem[] = [];
    if (from.id !== to.id) {
      items.push({
        field: "status",
        fieldtype: "jira",
        fieldId: "status",
        from: from.id,
        fromString: from.name,
        to: to.id,
        toString: to.name,
      });
    }
    if (to.category === "done" && !issue.resolution) {
      issue.resolution = RESOLUTION_DONE;
      issue.resolutionDate = at;
      items.push(resolutionItem(null, RESOLUTION_DONE));
    } else if (to.category !== "done" && issue.resolution) {
      items.push(resolutionItem(issue.resolution, null));
      issue.resolution = null;
      issue.resolutionDate = null;
    }
    if (from.category !== to.category) issue.statusCategoryChanged = at;
    issue.status = to;
    issue.updated = at;
    if (items.length > 0) this.record(issue, actor, items, at);
  }

  private record(
    issue: IssueRecord,
    author: UserRecord | null,
    items: ChangeItem[],
    at: Date,
  ): HistoryRecord {
    const history: HistoryRecord = { id: String(this.nextHistoryId++), author, created: at, items };
    issue.history.push(history);
    return history;
  }

  /** Transitions leaving the issue's current status. */
  availableTransitions(issue: IssueRecord): TransitionRecord[] {
    return issue.project.transitions.filter(
      (t) => t.from === null || t.from.some((s) => s.id === issue.status.id),
    );
  }

  // --- approvals ------------------------------------------------------------------------------

  decide(issue: IssueRecord, approvalId: string, accountId: string, decision: Decision): ApprovalRecord {
    const approval = issue.approvals?.find((a) => a.id === approvalId);
    if (!approval) throw new Error(`decideApproval: ${issue.key} has no approval ${approvalId}`);
    const approver = approval.approvers.find((a) => a.user.accountId === accountId);
    if (!approver)
      throw new Error(`decideApproval: ${accountId} is not an approver of ${issue.key}/${approvalId}`);
    const before = finalDecision(approval);
    approver.decision = decision;
    if (before === "pending" && finalDecision(approval) !== "pending") approval.completed = this.now();
    return approval;
  }

  // --- views ----------------------------------------------------------------------------------

  jqlView(issue: IssueRecord): JqlIssue {
    return {
      key: issue.key,
      projectKey: issue.project.key,
      projectId: issue.project.id,
      projectName: issue.project.name,
      labels: issue.labels,
      statusId: issue.status.id,
      statusName: issue.status.name,
      statusCategory: issue.status.category,
      issueTypeId: issue.issueType.id,
      issueTypeName: issue.issueType.name,
      assignee: issue.assignee?.accountId ?? null,
      reporter: issue.reporter?.accountId ?? null,
      created: issue.created,
      updated: issue.updated,
    };
  }

  snapshot(issue: IssueRecord): IssueSnapshot {
    return structuredClone({
      id: issue.id,
      key: issue.key,
      project: issue.project.key,
      summary: issue.summary,
      description: issue.description,
      status: { id: issue.status.id, name: issue.status.name, category: issue.status.category },
      issuetype: issue.issueType.name,
      priority: issue.priority.name,
      assignee: issue.assignee?.accountId ?? null,
      reporter: issue.reporter?.accountId ?? null,
      labels: issue.labels,
      fields: issue.customFields,
      resolution: issue.resolution?.name ?? null,
      created: issue.created,
      updated: issue.updated,
      comments: issue.comments.map((c) => ({
        id: c.id,
        author: c.author.accountId,
        body: c.body,
        created: c.created,
        ...(c.visibility ? { visibility: c.visibility } : {}),
      })),
      history: issue.history.map((h) => ({
        id: h.id,
        author: h.author?.accountId ?? null,
        created: h.created,
        items: h.items,
      })),
      approvals:
        issue.approvals?.map((a) => ({
          id: a.id,
          name: a.name,
          finalDecision: finalDecision(a),
          approvers: a.approvers.map((x) => ({ accountId: x.user.accountId, decision: x.decision })),
        })) ?? null,
    });
  }
}

function resolutionItem(
  from: { id: string; name: string } | null,
  to: { id: string; name: string } | null,
): ChangeItem {
  return {
    field: "resolution",
    fieldtype: "jira",
    fieldId: "resolution",
    from: from?.id ?? null,
    fromString: from?.name ?? null,
    to: to?.id ?? null,
    toString: to?.name ?? null,
  };
}
