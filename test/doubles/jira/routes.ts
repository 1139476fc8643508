// The route table: method + path pattern -> handler, for the Jira Cloud REST API v3 and Jira Service
// Management endpoints the suite calls. Handlers validate what Jira validates, in Jira's words, and
// answer with the shapes in shapes.ts.
import { isAdfDoc } from "./adf.ts";
import { checkValues, type JqlCatalogue, JqlError, matches, parseJql, sortIssues } from "./jql.ts";
import {
  DEFAULT_PRIORITY,
  errorCollection,
  fieldName,
  ISSUE_EXPAND,
  ISSUE_NOT_FOUND,
  type IssueRecord,
  type IssueWire,
  issueSelf,
  jsmError,
  PRIORITIES,
  type ProjectRecord,
  renderAllFields,
  renderApproval,
  renderApprovalPage,
  renderChangelog,
  renderComment,
  renderComments,
  renderCreated,
  renderFoundUser,
  renderTransition,
  renderTransitions,
  type SearchResultsWire,
  type UserRecord,
  type Visibility,
} from "./shapes.ts";
import type { JiraState } from "./state.ts";

export interface Reply {
  status: number;
  /** Sent as JSON; undefined sends no body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, an object (routes with `body: true` only). */
  body: Record<string, unknown>;
  caller: UserRecord;
  state: JiraState;
  /** The double's base URL, for `self` links. */
  url: string;
}

export interface Route {
  method: string;
  /** `:name` matches one path segment. */
  pattern: string;
  /** Whether the route takes a JSON object body. */
  body?: boolean;
  handle(ctx: RouteContext): Reply;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const bad = (messages: string[], errors: Record<string, string> = {}): Reply => ({
  status: 400,
  body: errorCollection(messages, errors),
});
const issueNotFound = (): Reply => ({ status: 404, body: errorCollection([ISSUE_NOT_FOUND]) });
const cannotSet = (field: string) =>
  `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
const UNBOUNDED =
  "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
const SEARCH_REMOVED =
  "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. " +
  "A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";

export const routes: Route[] = [
  // --- issues ---------------------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/api/3/issue/:issueIdOrKey",
    handle: (ctx) => {
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
      if (!issue) return issueNotFound();
      return ok(
        renderIssue(ctx, issue, list(ctx.query, "fields"), expandSet(ctx.query.getAll("expand")), "all"),
      );
    },
  },
  {
    method: "POST",
    pattern: "/rest/api/3/issue",
    body: true,
    handle: createIssue,
  },
  // --- comments -------------------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/api/3/issue/:issueIdOrKey/comment",
    handle: (ctx) => {
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
      if (!issue) return issueNotFound();
      const orderBy = ctx.query.get("orderBy");
      if (orderBy !== null && !["created", "+created", "-created"].includes(orderBy)) {
        return bad([`Invalid orderBy value: ${orderBy}`]);
      }
      const sorted = orderBy === "-created" ? [...issue.comments].reverse() : issue.comments;
      const startAt = nonNegative(ctx.query.get("startAt"), 0);
      const maxResults = nonNegative(ctx.query.get("maxResults"), 5000);
      return ok(
        renderComments(ctx.url, issue, sorted.slice(startAt, startAt + maxResults), { startAt, maxResults }),
      );
    },
  },
  {
    method: "POST",
    pattern: "/rest/api/3/issue/:issueIdOrKey/comment",
    body: true,
    handle: (ctx) => {
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
      if (!issue) return issueNotFound();
      if (!ctx.state.can(ctx.caller, issue.project, "ADD_COMMENTS")) {
        return bad([`${ctx.caller.displayName}, you do not have the permission to comment on this issue.`]);
      }
      const body = ctx.body.body;
      if (!isAdfDoc(body)) return bad([], { comment: "Comment body is not valid!" });
      const visibility = parseVisibility(ctx.body.visibility);
      if (visibility === "invalid")
        return bad([], { visibility: "The visibility type must be 'group' or 'role'." });
      const comment = ctx.state.addComment(issue, ctx.caller, body, visibility);
      return {
        status: 201,
        body: renderComment(ctx.url, issue, comment, expandSet(ctx.query.getAll("expand"))),
      };
    },
  },
  {
    method: "GET",
    pattern: "/rest/api/3/issue/:issueIdOrKey/comment/:id",
    handle: (ctx) => {
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
      if (!issue) return issueNotFound();
      const comment = issue.comments.find((c) => c.id === ctx.params.id);
      if (!comment)
        return {
          status: 404,
          body: errorCollection([`Can not find a comment for the id: ${ctx.params.id}.`]),
        };
      return ok(renderComment(ctx.url, issue, comment, expandSet(ctx.query.getAll("expand"))));
    },
  },
  // --- transitions ----------------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/api/3/issue/:issueIdOrKey/transitions",
    handle: (ctx) => {
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
      if (!issue) return issueNotFound();
      // Without the Transition issues permission Jira lists no transitions (documented).
      if (!ctx.state.can(ctx.caller, issue.project, "TRANSITION_ISSUES")) return ok(renderTransitions([]));
      const available = new Set(ctx.state.availableTransitions(issue));
      const withUnavailable = ctx.query.get("includeUnavailableTransitions") === "true";
      const wanted = ctx.query.get("transitionId");
      const withFields = expandSet(ctx.query.getAll("expand")).has("transitions.fields");
      const listed = issue.project.transitions
        .filter((t) => withUnavailable || available.has(t))
        .filter((t) => wanted === null || t.id === wanted)
        .map((t) => renderTransition(ctx.url, t, { available: available.has(t), withFields }));
      return ok(renderTransitions(listed));
    },
  },
  {
    method: "POST",
    pattern: "/rest/api/3/issue/:issueIdOrKey/transitions",
    body: true,
    handle: doTransition,
  },
  // --- users ----------------------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/api/3/user/search",
    handle: (ctx) => {
      const query = ctx.query.get("query");
      const accountId = ctx.query.get("accountId");
      if (ctx.query.get("property") !== null)
        return bad(["The Jira double does not support 'property' in user search."]);
      if (query === null && accountId === null) {
        return bad(["The query parameter or the accountId parameter must be provided."]);
      }
      const q = (query ?? "").trim().toLowerCase();
      const found = ctx.state.users().filter((u) => {
        if (!u.active) return false;
        if (accountId !== null && u.accountId !== accountId) return false;
        if (query === null) return true;
        if (q === "") return false;
        // "The string can match the prefix of the attribute's value" (displayName or emailAddress);
        // a display name also matches on the prefix of any of its words.
        const names = [u.displayName.toLowerCase(), ...u.displayName.toLowerCase().split(/\s+/)];
        return u.email.toLowerCase().startsWith(q) || names.some((n) => n.startsWith(q));
      });
      const startAt = nonNegative(ctx.query.get("startAt"), 0);
      const maxResults = Math.min(nonNegative(ctx.query.get("maxResults"), 50), 1000);
      return ok(found.slice(startAt, startAt + maxResults).map((u) => renderFoundUser(ctx.url, u)));
    },
  },
  // --- search ---------------------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/api/3/search/jql",
    handle: (ctx) =>
      search(ctx, {
        jql: ctx.query.get("jql") ?? undefined,
        nextPageToken: ctx.query.get("nextPageToken") ?? undefined,
        maxResults: ctx.query.get("maxResults") ?? undefined,
        fields: list(ctx.query, "fields"),
        expand: ctx.query.getAll("expand"),
      }),
  },
  {
    method: "POST",
    pattern: "/rest/api/3/search/jql",
    body: true,
    handle: (ctx) => {
      const b = ctx.body;
      const problems: Record<string, string> = {};
      if (b.jql !== undefined && typeof b.jql !== "string") problems.jql = "jql must be a string";
      if (
        b.fields !== undefined &&
        !(Array.isArray(b.fields) && b.fields.every((f) => typeof f === "string"))
      ) {
        problems.fields = "fields must be an array of strings";
      }
      if (b.maxResults !== undefined && typeof b.maxResults !== "number")
        problems.maxResults = "maxResults must be a number";
      if (b.nextPageToken !== undefined && typeof b.nextPageToken !== "string")
        problems.nextPageToken = "nextPageToken must be a string";
      if (b.expand !== undefined && typeof b.expand !== "string") problems.expand = "expand must be a string";
      if (Object.keys(problems).length > 0) return bad([], problems);
      return search(ctx, {
        jql: b.jql as string | undefined,
        nextPageToken: b.nextPageToken as string | undefined,
        maxResults: b.maxResults === undefined ? undefined : String(b.maxResults),
        fields: ((b.fields as string[] | undefined) ?? []).flatMap(splitList),
        expand: b.expand === undefined ? [] : [b.expand as string],
      });
    },
  },
  // The classic search endpoints were removed from Jira Cloud (CHANGE-2046): they answer 410.
  ...["GET", "POST"].flatMap((method) =>
    ["/rest/api/3/search", "/rest/api/2/search"].map(
      (pattern): Route => ({
        method,
        pattern,
        handle: () => ({ status: 410, body: errorCollection([SEARCH_REMOVED]) }),
      }),
    ),
  ),
  // --- Jira Service Management ------------------------------------------------------------------
  {
    method: "GET",
    pattern: "/rest/servicedeskapi/request/:issueIdOrKey/approval",
    handle: (ctx) => {
      const found = jsmRequest(ctx, ctx.params.issueIdOrKey!);
      if ("reply" in found) return found.reply;
      const start = nonNegative(ctx.query.get("start"), 0);
      const limit = Math.max(1, Math.min(nonNegative(ctx.query.get("limit"), 50), 100));
      return ok(renderApprovalPage(ctx.url, found.issue, found.approvals, ctx.caller, { start, limit }));
    },
  },
  {
    method: "GET",
    pattern: "/rest/servicedeskapi/request/:issueIdOrKey/approval/:approvalId",
    handle: (ctx) => {
      const found = jsmRequest(ctx, ctx.params.issueIdOrKey!);
      if ("reply" in found) return found.reply;
      const approval = found.approvals.find((a) => a.id === ctx.params.approvalId);
      if (!approval) {
        return {
          status: 404,
          body: jsmError(
            `The approval with ID ${ctx.params.approvalId} does not exist.`,
            "sd.approval.error.not.found",
          ),
        };
      }
      return ok(renderApproval(ctx.url, found.issue, approval, ctx.caller));
    },
  },
];

// --- handlers -----------------------------------------------------------------------------------

function createIssue(ctx: RouteContext): Reply {
  const { state, caller } = ctx;
  const update = ctx.body.update;
  if (update !== undefined && !(isObject(update) && Object.keys(update).length === 0)) {
    return bad([
      "The Jira double does not support 'update' when creating an issue; set the values in 'fields'.",
    ]);
  }
  const fields = isObject(ctx.body.fields) ? ctx.body.fields : {};
  const errors: Record<string, string> = {};

  const projectRef = ref(fields.project, ["key", "id"]);
  const project = projectRef === undefined ? undefined : state.project(projectRef);
  if (!project || !state.can(caller, project, "BROWSE_PROJECTS")) {
    errors.project = "Specify a valid project ID or key";
  } else if (!state.can(caller, project, "CREATE_ISSUES")) {
    return {
      status: 403,
      body: errorCollection(["You do not have permission to create issues in this project."]),
    };
  }

  const summary = fields.summary;
  if (typeof summary !== "string" || summary.trim() === "")
    errors.summary = "You must specify a summary of the issue.";
  else if (summary.length > 255) errors.summary = "Summary must be less than 255 characters.";
  else if (/[\r\n]/.test(summary))
    errors.summary = "The summary is invalid because it contains newline characters.";

  let issueType: ProjectRecord["issueTypes"][number] | undefined;
  if (fields.issuetype === undefined || fields.issuetype === null) errors.issuetype = "Specify an issue type";
  else if (project) {
    const byId = ref(fields.issuetype, ["id"]);
    const byName = ref(fields.issuetype, ["name"]);
    issueType = project.issueTypes.find(
      (t) =>
        (byId !== undefined && t.id === byId) ||
        (byId === undefined && byName !== undefined && t.name.toLowerCase() === byName.toLowerCase()),
    );
    if (!issueType) errors.issuetype = "The issue type selected is invalid.";
  }

  const description = fields.description ?? null;
  if (description !== null && !isAdfDoc(description)) {
    errors.description = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";
  }

  let assignee: UserRecord | null = null;
  if (fields.assignee !== undefined && fields.assignee !== null) {
    const id = ref(fields.assignee, ["accountId", "id"]);
    const user = id === undefined ? undefined : state.user(id);
    if (id === "-1") assignee = null;
    else if (!user?.active || !project || !state.can(user, project, "ASSIGNABLE_USER")) {
      errors.assignee = `User '${id ?? ref(fields.assignee, ["name"]) ?? ""}' cannot be assigned issues.`;
    } else assignee = user;
  }

  let reporter: UserRecord | null = caller;
  if (fields.reporter === null) errors.reporter = "Reporter is required.";
  else if (fields.reporter !== undefined) {
    const id = ref(fields.reporter, ["accountId", "id"]);
    const user = id === undefined ? undefined : state.user(id);
    if (!user) errors.reporter = "The reporter specified is not a user.";
    else reporter = user;
  }

  let priority = DEFAULT_PRIORITY;
  if (fields.priority !== undefined && fields.priority !== null) {
    const id = ref(fields.priority, ["id"]);
    const name = ref(fields.priority, ["name"]);
    const found = PRIORITIES.find((p) =>
      id !== undefined ? p.id === id : p.name.toLowerCase() === name?.toLowerCase(),
    );
    if (found) priority = found;
    else
      errors.priority =
        id !== undefined
          ? `The priority selected is invalid.`
          : `Priority name '${name ?? ""}' is not valid.`;
  }

  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || !labels.every((l) => typeof l === "string"))
    errors.labels = "data was not an array";
  else {
    const spaced = labels.find((l) => /\s/.test(l));
    if (spaced !== undefined) errors.labels = `The label '${spaced}' contains spaces which is invalid.`;
  }

  const known = new Set([
    "project",
    "summary",
    "issuetype",
    "description",
    "assignee",
    "reporter",
    "priority",
    "labels",
  ]);
  const customFields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (known.has(key)) continue;
    if (project?.customFields.has(key)) customFields[key] = structuredClone(value);
    else errors[key] = cannotSet(key);
  }

  if (Object.keys(errors).length > 0 || !project || !issueType) return bad([], errors);
  const issue = state.createIssue(
    project,
    {
      summary: summary as string,
      description: description as IssueRecord["description"],
      issueType,
      priority,
      assignee,
      reporter,
      labels: [...(labels as string[])],
      customFields,
    },
    caller,
  );
  return { status: 201, body: renderCreated(ctx.url, issue) };
}

function doTransition(ctx: RouteContext): Reply {
  const { state, caller } = ctx;
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey!);
  if (!issue) return issueNotFound();
  const id = ref(ctx.body.transition, ["id"]);
  if (id === undefined) return bad(["Missing 'transition' identifier"]);
  if (!state.can(caller, issue.project, "TRANSITION_ISSUES")) {
    return bad(["You do not have permission to transition this issue."]);
  }
  const transition = state.availableTransitions(issue).find((t) => t.id === id);
  if (!transition) return bad([`Transition id '${id}' is not valid for this issue.`]);

  const errors: Record<string, string> = {};
  const fields = isObject(ctx.body.fields) ? ctx.body.fields : {};
  for (const key of Object.keys(fields)) {
    if (key !== "resolution" || transition.to.category !== "done") errors[key] = cannotSet(key);
  }
  const comments: IssueRecord["comments"][number]["body"][] = [];
  const update = isObject(ctx.body.update) ? ctx.body.update : {};
  for (const [key, operations] of Object.entries(update)) {
    if (key !== "comment") {
      errors[key] = cannotSet(key);
      continue;
    }
    for (const op of Array.isArray(operations) ? operations : [operations]) {
      const body = isObject(op) && isObject(op.add) ? op.add.body : undefined;
      if (isAdfDoc(body)) comments.push(body);
      else errors.comment = "Comment body is not valid!";
    }
  }
  if (Object.keys(errors).length > 0) return bad([], errors);
  state.transition(issue, transition, caller);
  const resolution = ref(fields.resolution, ["name"]);
  if (resolution !== undefined && issue.resolution)
    issue.resolution = { ...issue.resolution, name: resolution };
  for (const body of comments) state.addComment(issue, caller, body);
  return { status: 204 };
}

interface SearchInput {
  jql: string | undefined;
  nextPageToken: string | undefined;
  maxResults: string | undefined;
  fields: string[];
  expand: string[];
}

function search(ctx: RouteContext, input: SearchInput): Reply {
  const { state, caller } = ctx;
  if (input.jql === undefined || input.jql.trim() === "") return bad([UNBOUNDED]);
  let query: ReturnType<typeof parseJql>;
  try {
    query = parseJql(input.jql);
    if (query.clauses.length === 0) return bad([UNBOUNDED]);
    const browsable = state.allProjects().filter((p) => state.can(caller, p, "BROWSE_PROJECTS"));
    const catalogue: JqlCatalogue = {
      projectExists: (v) => {
        const p = state.project(v);
        return p !== undefined && browsable.includes(p);
      },
      statusExists: (v) =>
        browsable.some((p) => p.statuses.some((s) => s.id === v || s.name.toLowerCase() === v.toLowerCase())),
      issueTypeExists: (v) =>
        browsable.some((p) =>
          p.issueTypes.some((t) => t.id === v || t.name.toLowerCase() === v.toLowerCase()),
        ),
      issueExists: (key) => visibleIssue(ctx, key) !== undefined,
      userExists: (id) => state.user(id) !== undefined,
      currentUser: caller.accountId,
    };
    checkValues(query, catalogue);
  } catch (error) {
    if (error instanceof JqlError) return bad([error.message]);
    throw error;
  }
  const visible = state.allIssues().filter((i) => state.can(caller, i.project, "BROWSE_PROJECTS"));
  const views = new Map(visible.map((i) => [state.jqlView(i), i]));
  const hits = sortIssues(
    [...views.keys()].filter((v) => matches(query, v, caller.accountId)),
    query.orderBy,
  ).map((v) => views.get(v)!);

  const requested = Number.parseInt(input.maxResults ?? "", 10);
  const maxResults = Number.isNaN(requested) || requested < 1 ? 50 : Math.min(requested, 5000);
  let offset = 0;
  if (input.nextPageToken !== undefined) {
    const decoded = decodePageToken(input.nextPageToken, input.jql);
    if (decoded === undefined) return bad(["The provided next page token is invalid or expired."]);
    offset = decoded;
  }
  const page = hits.slice(offset, offset + maxResults);
  const isLast = offset + page.length >= hits.length;
  const expand = expandSet(input.expand);
  const body: SearchResultsWire = {
    issues: page.map((issue) => renderIssue(ctx, issue, input.fields, expand, "none")),
    isLast,
    ...(isLast ? {} : { nextPageToken: encodePageToken(offset + page.length, input.jql) }),
  };
  return ok(body);
}

// --- helpers ------------------------------------------------------------------------------------

function visibleIssue(ctx: RouteContext, idOrKey: string): IssueRecord | undefined {
  const issue = ctx.state.issue(idOrKey);
  return issue && ctx.state.can(ctx.caller, issue.project, "BROWSE_PROJECTS") ? issue : undefined;
}

function jsmRequest(
  ctx: RouteContext,
  idOrKey: string,
): { issue: IssueRecord; approvals: NonNullable<IssueRecord["approvals"]> } | { reply: Reply } {
  const issue = ctx.state.issue(idOrKey);
  if (!issue || issue.approvals === null) {
    return {
      reply: {
        status: 404,
        body: jsmError(
          "The request does not exist or you do not have permission to see it.",
          "sd.request.error.not.found",
        ),
      },
    };
  }
  if (!ctx.state.can(ctx.caller, issue.project, "BROWSE_PROJECTS")) {
    return {
      reply: {
        status: 403,
        body: jsmError(
          "You do not have permission to view this request.",
          "sd.request.error.permission.denied",
        ),
      },
    };
  }
  return { issue, approvals: issue.approvals };
}

/**
 * An issue as GET issue and search answer it. `fields` tokens follow Jira: `*all`, `*navigable`,
 * field ids, `-id` to exclude. GET issue defaults to all fields; search defaults to the id only.
 */
function renderIssue(
  ctx: RouteContext,
  issue: IssueRecord,
  tokens: string[],
  expand: Set<string>,
  defaultSelection: "all" | "none",
): IssueWire {
  const all = renderAllFields(ctx.url, issue);
  const available = Object.keys(all);
  const positives = tokens.filter((t) => !t.startsWith("-"));
  const negatives = new Set(tokens.filter((t) => t.startsWith("-")).map((t) => t.slice(1)));
  let selected: string[];
  if (tokens.length === 0) selected = defaultSelection === "all" ? available : [];
  else if (positives.length === 0 || positives.some((t) => t === "*all" || t === "*navigable")) {
    selected = available.filter((f) => !negatives.has(f));
  } else {
    selected = available.filter((f) => positives.includes(f) && !negatives.has(f));
  }
  // Search without `fields` (or with `fields=id`) answers issue ids only, as documented.
  if (defaultSelection === "none" && tokens.every((t) => t === "id")) return { id: issue.id };

  const wire: IssueWire = {
    expand: ISSUE_EXPAND,
    id: issue.id,
    self: issueSelf(ctx.url, issue),
    key: issue.key,
    fields: Object.fromEntries(selected.map((f) => [f, all[f]])),
  };
  if (expand.has("names")) wire.names = Object.fromEntries(selected.map((f) => [f, fieldName(issue, f)]));
  if (expand.has("transitions")) {
    wire.transitions = ctx.state.can(ctx.caller, issue.project, "TRANSITION_ISSUES")
      ? ctx.state
          .availableTransitions(issue)
          .map((t) => renderTransition(ctx.url, t, { available: true, withFields: false }))
      : [];
  }
  if (expand.has("changelog")) wire.changelog = renderChangelog(ctx.url, issue);
  return wire;
}

function parseVisibility(value: unknown): Visibility | undefined | "invalid" {
  if (value === undefined || value === null) return undefined;
  if (
    !isObject(value) ||
    (value.type !== "group" && value.type !== "role") ||
    typeof value.value !== "string"
  ) {
    return "invalid";
  }
  return {
    type: value.type,
    value: value.value,
    ...(typeof value.identifier === "string" ? { identifier: value.identifier } : {}),
  };
}

/** A reference object's first present property, as a string: `{key: "OPS"}`, `{id: 10000}`. */
function ref(value: unknown, props: string[]): string | undefined {
  if (!isObject(value)) return undefined;
  for (const p of props) {
    const v = value[p];
    if (typeof v === "string" || typeof v === "number") return String(v);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const splitList = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A multi-valued query parameter: repeated and/or comma-separated (`fields=a,b&fields=c`). */
function list(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap(splitList);
}

function expandSet(values: string[]): Set<string> {
  return new Set(values.flatMap(splitList));
}

function nonNegative(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isNaN(n) || n < 0 ? fallback : n;
}

/** Opaque to clients; bound to the query it pages through, as Jira's tokens are. */
function encodePageToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: jql })).toString("base64url");
}

function decodePageToken(token: string, jql: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      o?: unknown;
      q?: unknown;
    };
    return typeof parsed.o === "number" && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.q === jql
      ? parsed.o
      : undefined;
  } catch {
    return undefined;
  }
}

// --- route matching -----------------------------------------------------------------------------

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

const compiled: CompiledRoute[] = routes.map((route) => {
  const names: string[] = [];
  const source = route.pattern
    .split("/")
    .map((segment) => {
      const param = /^:(\w+)$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { ...route, regex: new RegExp(`^${source}/?$`), names };
});

export type Match =
  | { kind: "route"; route: Route; params: Record<string, string> }
  | { kind: "method-not-allowed" }
  | { kind: "none" };

export function matchRoute(method: string, path: string): Match {
  let pathKnown = false;
  for (const route of compiled) {
    const match = route.regex.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    try {
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]),
      );
      return { kind: "route", route, params };
    } catch {
      return { kind: "none" };
    }
  }
  return pathKnown ? { kind: "method-not-allowed" } : { kind: "none" };
}
