// The route table: method + path pattern -> documentation URL, body schema and a small handler.
// Error bodies name the endpoint's documentation page, as GitHub's do.
import {
  apiError,
  type RepoRecord,
  renderComment,
  renderCommit,
  renderMembership,
  type UserRecord,
} from "./shapes.ts";
import type { GitHubState } from "./state.ts";

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  actor: UserRecord;
  state: GitHubState;
  /** The double's base URL, used for API URLs in bodies and Link headers. */
  apiUrl: string;
  docs: string;
  limits: { maxCommentBytes: number };
}

/** The subset of JSON Schema GitHub's request validation reports on, for string properties. */
interface BodySchema {
  required: string[];
  properties: Record<string, "string">;
}

export interface Route {
  method: string;
  /** `:name` matches one path segment, `:name+` the rest of the path. */
  pattern: string;
  docs: string;
  body?: BodySchema;
  handle(ctx: RouteContext): Reply;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

const COMMENTS_DOCS = "https://docs.github.com/rest/issues/comments";
const commentBody: BodySchema = { required: ["body"], properties: { body: "string" } };

export const routes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/issues/:issue_number/comments",
    docs: `${COMMENTS_DOCS}#list-issue-comments`,
    handle: (ctx) => listComments(ctx, ctx.state.repo(ctx.params.owner!, ctx.params.repo!)),
  },
  {
    // Where GitHub's Link headers for this list point: by repository id, not by name.
    method: "GET",
    pattern: "/repositories/:repository_id/issues/:issue_number/comments",
    docs: `${COMMENTS_DOCS}#list-issue-comments`,
    handle: (ctx) => listComments(ctx, ctx.state.repoById(Number(ctx.params.repository_id))),
  },
  {
    method: "POST",
    pattern: "/repos/:owner/:repo/issues/:issue_number/comments",
    docs: `${COMMENTS_DOCS}#create-an-issue-comment`,
    body: commentBody,
    handle: (ctx) => {
      const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
      const issue = positiveInt(ctx.params.issue_number);
      if (!repo || issue === undefined) return notFound(ctx);
      const body = ctx.body.body as string;
      const invalid = validateCommentBody(ctx, body);
      if (invalid) return invalid;
      const comment = renderComment(ctx.apiUrl, ctx.state.addComment(repo, issue, body, ctx.actor.login));
      return { status: 201, body: comment, headers: { location: comment.url } };
    },
  },
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/issues/comments/:comment_id",
    docs: `${COMMENTS_DOCS}#get-an-issue-comment`,
    handle: (ctx) => {
      const comment = findComment(ctx);
      return comment ? ok(renderComment(ctx.apiUrl, comment)) : notFound(ctx);
    },
  },
  {
    method: "PATCH",
    pattern: "/repos/:owner/:repo/issues/comments/:comment_id",
    docs: `${COMMENTS_DOCS}#update-an-issue-comment`,
    body: commentBody,
    handle: (ctx) => {
      const comment = findComment(ctx);
      if (!comment) return notFound(ctx);
      const body = ctx.body.body as string;
      const invalid = validateCommentBody(ctx, body);
      if (invalid) return invalid;
      return ok(renderComment(ctx.apiUrl, ctx.state.updateComment(comment, body)));
    },
  },
  {
    method: "GET",
    pattern: "/orgs/:org/teams/:team_slug/memberships/:username",
    docs: "https://docs.github.com/rest/teams/members#get-team-membership-for-a-user",
    handle: (ctx) => {
      // GitHub answers 404 alike for an unknown team and for a user who is not on it.
      const m = ctx.state.membership(ctx.params.org!, ctx.params.team_slug!, ctx.params.username!);
      if (!m) return notFound(ctx);
      return ok(
        renderMembership(ctx.apiUrl, { org: m.org.id, team: m.team.id }, m.user.login, m.role, m.state),
      );
    },
  },
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/commits/:ref+",
    docs: "https://docs.github.com/rest/commits/commits#get-a-commit",
    handle: (ctx) => {
      const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
      if (!repo) return notFound(ctx);
      const commit = ctx.state.resolveCommit(repo, ctx.params.ref!);
      if (!commit) return error(ctx, 422, `No commit found for SHA: ${ctx.params.ref}`);
      return ok(renderCommit(ctx.apiUrl, commit));
    },
  },
];

// --- route matching ---------------------------------------------------------------------------

const compiled: CompiledRoute[] = routes.map((route) => {
  const names: string[] = [];
  const source = route.pattern
    .split("/")
    .map((segment) => {
      const param = /^:(\w+)(\+?)$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]!);
      return param[2] ? "(.+)" : "([^/]+)";
    })
    .join("/");
  return { ...route, regex: new RegExp(`^${source}$`), names };
});

export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of compiled) {
    if (route.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    try {
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]),
      );
      return { route, params };
    } catch {
      return undefined; // a malformed %-escape is a path GitHub does not have
    }
  }
  return undefined;
}

// --- request bodies ---------------------------------------------------------------------------

/**
 * Parses and checks a JSON body the way GitHub reports problems: 400 "Problems parsing JSON",
 * 400 "Body should be a JSON object", then 422 "Invalid request." listing unknown keys, missing
 * keys and wrong types.
 */
export function parseBody(
  raw: string,
  schema: BodySchema,
  docs: string,
): { body: Record<string, unknown> } | { reply: Reply } {
  let parsed: unknown = {};
  if (raw.trim() !== "") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { reply: { status: 400, body: apiError(400, "Problems parsing JSON", docs) } };
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { reply: { status: 400, body: apiError(400, "Body should be a JSON object", docs) } };
  }
  const body = parsed as Record<string, unknown>;
  const problems = [
    ...Object.keys(body)
      .filter((k) => !(k in schema.properties))
      .map((k) => `"${k}" is not a permitted key.`),
    ...schema.required.filter((k) => !(k in body)).map((k) => `"${k}" wasn't supplied.`),
    ...Object.entries(schema.properties)
      .filter(([k]) => k in body && typeof body[k] !== "string")
      .map(([k]) => `For 'properties/${k}', ${rubyInspect(body[k])} is not a string.`),
  ];
  if (problems.length > 0) {
    return {
      reply: { status: 422, body: apiError(422, `Invalid request.\n\n${problems.join("\n")}`, docs) },
    };
  }
  return { body };
}

/** How GitHub's validator prints an offending value (it is written in Ruby). */
function rubyInspect(value: unknown): string {
  if (value === null) return "nil";
  if (typeof value === "object") return JSON.stringify(value).replace(/":/g, '"=>');
  return String(value);
}

/**
 * GitHub refuses a blank body, and one over 262,144 UTF-8 bytes, while the message it sends
 * says "65536 characters" (65,536 four-byte characters fit; see README).
 */
function validateCommentBody(ctx: RouteContext, body: string): Reply | undefined {
  const refuse = (message: string) =>
    error(ctx, 422, "Validation Failed", [
      { resource: "IssueComment", code: "unprocessable", field: "data", message },
    ]);
  if (body.trim() === "") return refuse("Body cannot be blank");
  if (Buffer.byteLength(body, "utf8") > ctx.limits.maxCommentBytes) {
    return refuse("Body is too long (maximum is 65536 characters)");
  }
  return undefined;
}

// --- handlers' helpers ------------------------------------------------------------------------

function listComments(ctx: RouteContext, repo: RepoRecord | undefined): Reply {
  const issue = positiveInt(ctx.params.issue_number);
  if (!repo || issue === undefined) return notFound(ctx);
  const since = ctx.query.get("since");
  const sinceMs = since === null ? Number.NaN : Date.parse(since);
  const all = ctx.state
    .commentsOn(repo, issue)
    .filter((c) => Number.isNaN(sinceMs) || c.updatedAt.getTime() >= sinceMs);
  const { items, link } = paginate(
    all,
    ctx.query,
    `${ctx.apiUrl}/repositories/${repo.id}/issues/${issue}/comments`,
  );
  return {
    status: 200,
    body: items.map((c) => renderComment(ctx.apiUrl, c)),
    headers: link ? { link } : {},
  };
}

/**
 * `per_page` (default 30, at most 100) and `page` (from 1), and the Link header GitHub sends:
 * prev, next, last, first, each present only where it applies, none when one page holds all.
 * The query the client sent is kept, with `page` moved to the end.
 */
export function paginate<T>(all: T[], query: URLSearchParams, base: string): { items: T[]; link?: string } {
  const requested = Number.parseInt(query.get("per_page") ?? "", 10);
  const perPage = Number.isNaN(requested) || requested < 1 ? 30 : Math.min(requested, 100);
  const askedPage = Number.parseInt(query.get("page") ?? "", 10);
  const page = Number.isNaN(askedPage) || askedPage < 1 ? 1 : askedPage;
  const items = all.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  if (last === 1 && page === 1) return { items };

  const url = (n: number) => {
    const params = new URLSearchParams(query);
    params.delete("page");
    params.append("page", String(n));
    return `<${base}?${params}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) rels.push(`${url(1)}; rel="first"`);
  return { items, link: rels.join(", ") };
}

function findComment(ctx: RouteContext) {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  const id = positiveInt(ctx.params.comment_id);
  return repo && id !== undefined ? ctx.state.comment(repo, id) : undefined;
}

function positiveInt(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

function error(
  ctx: RouteContext,
  status: number,
  message: string,
  errors?: Parameters<typeof apiError>[3],
): Reply {
  return { status, body: apiError(status, message, ctx.docs, errors) };
}

const notFound = (ctx: RouteContext): Reply => error(ctx, 404, "Not Found");
