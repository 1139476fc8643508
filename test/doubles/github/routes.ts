// The route table: method + path pattern -> documentation URL, body schema and a small handler.
// Error bodies name the endpoint's documentation page, as GitHub's do. The deployments routes
// live in deployments.ts; the shared machinery in routing.ts.
import { deploymentRoutes } from "./deployments.ts";
import {
  type BodySchema,
  error,
  listReply,
  notFound,
  ok,
  positiveInt,
  type Reply,
  type Route,
  type RouteContext,
} from "./routing.ts";
import { type RepoRecord, renderComment, renderCommit, renderMembership } from "./shapes.ts";

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
  ...deploymentRoutes,
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

// --- issue comments -------------------------------------------------------------------------

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
  return listReply(ctx, all, `${ctx.apiUrl}/repositories/${repo.id}/issues/${issue}/comments`, (c) =>
    renderComment(ctx.apiUrl, c),
  );
}

function findComment(ctx: RouteContext) {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  const id = positiveInt(ctx.params.comment_id);
  return repo && id !== undefined ? ctx.state.comment(repo, id) : undefined;
}
