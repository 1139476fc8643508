// A local stand-in for the few GitHub REST endpoints the suite uses, served over real HTTP on
// 127.0.0.1 so Octokit (what @actions/github's getOctokit returns) talks to it unchanged when
// `baseUrl` or GITHUB_API_URL points at `double.url`. See README.md for what it models.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { matchRoute } from "./routes.ts";
import { type Limits, parseBody, type Reply } from "./routing.ts";
import {
  apiError,
  type Commit,
  type CommitRecord,
  type Deployment,
  type DeploymentPayload,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatus,
  DOCS_ROOT,
  type IssueComment,
  RATE_LIMIT_DOCS,
  type RepoRecord,
  renderComment,
  renderCommit,
  renderDeployment,
  renderDeploymentStatus,
  SECONDARY_RATE_LIMIT_DOCS,
  type UserRecord,
} from "./shapes.ts";
import { ACTIONS_BOT, GitHubState, type MembershipState, type NewCommit, type TeamRole } from "./state.ts";

export type {
  Commit,
  Deployment,
  DeploymentPayload,
  DeploymentState,
  DeploymentStatus,
  IssueComment,
  SimpleUser,
  TeamMembership,
  Verification,
} from "./shapes.ts";
export type { MembershipState, NewCommit, TeamRole } from "./state.ts";

export interface GitHubDoubleOptions {
  /** Accepted tokens, or token -> login of the account each acts as. Default: one token acting
   * as `github-actions[bot]`, as a workflow's GITHUB_TOKEN does. */
  tokens?: string[] | Record<string, string>;
  /** Repositories that exist, as "owner/name". Seeding a comment or commit also creates its repo. */
  repos?: string[];
  /** Requests per token per hour (x-ratelimit-limit). Default 5000. */
  rateLimit?: number;
  /** The clock for timestamps and rate-limit windows. Default: the system clock. */
  now?: () => Date;
  /** Largest accepted comment body in UTF-8 bytes. Default 262,144, what GitHub accepts. */
  maxCommentBytes?: number;
  /** Largest accepted deployment payload, in UTF-8 bytes of its JSON text. Default 65,535 (see
   * README: not documented by GitHub). */
  maxDeploymentPayloadBytes?: number;
}

/** A deployment as the API renders it, with its statuses as the API lists them: newest first. */
export interface DeploymentWithStatuses extends Deployment {
  statuses: DeploymentStatus[];
}

/** A deployment seeded without going through the API; defaults as the API's. */
export interface NewDeployment {
  /** A branch, tag or SHA of a commit the double knows (see `addCommit`). */
  ref: string;
  /** Default `deploy`. */
  task?: string;
  /** Default `{}`. */
  payload?: DeploymentPayload;
  /** Default `production`. */
  environment?: string;
  /** Default `""`. */
  description?: string | null;
  /** Default false. */
  transientEnvironment?: boolean;
  /** Default: whether `environment` is `production`. */
  productionEnvironment?: boolean;
  /** Default `github-actions[bot]`. */
  creatorLogin?: string;
  /** Added in order, oldest first, as `addDeploymentStatus` adds them. */
  statuses?: NewDeploymentStatus[];
}

export interface NewDeploymentStatus {
  state: DeploymentState;
  description?: string;
  /** Default: the environment of the deployment's latest status, else the deployment's. */
  environment?: string;
  /** Also the status's `target_url`. */
  logUrl?: string;
  environmentUrl?: string;
  /** Default `github-actions[bot]`. */
  creatorLogin?: string;
  /** As the API's `auto_inactive`; default true. */
  autoInactive?: boolean;
}

/** What a deployment with `auto_merge` of a commit behind the default branch gets. */
export type BehindDefaultBranchMerge = "clean" | "conflict";

export interface RecordedRequest {
  method: string;
  /** Path without the query string, percent-escapes as sent. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the raw text; absent when empty. */
  body?: unknown;
  /** The status the double answered. */
  status: number;
}

export interface Fault {
  status: 500 | 502 | 503 | 429 | 403;
  /** Seconds, sent as `retry-after`. A secondary rate limit (403/429 without `rateLimited`)
   * sends 60 unless told otherwise. */
  retryAfter?: number;
  /** Replaces the JSON body. */
  body?: object;
  /** 403/429 only: the primary rate limit (x-ratelimit-remaining: 0) instead of a secondary one. */
  rateLimited?: boolean;
  /** Only requests that match count towards the n; default every request. */
  match?: { method?: string; path?: string | RegExp };
}

export interface RateLimitStatus {
  limit: number;
  remaining: number;
  used: number;
  /** UTC epoch seconds. */
  reset: number;
}

export interface GitHubDouble {
  /** e.g. http://127.0.0.1:PORT; pass as `baseUrl` or GITHUB_API_URL. */
  url: string;
  /** The first accepted token. */
  token: string;
  /** Accepted tokens; add or delete to change who is let in. */
  tokens: Set<string>;
  /** Token -> login for tokens that act as someone other than github-actions[bot]. */
  tokenLogins: Map<string, string>;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  addRepo(owner: string, repo: string): void;
  addComment(owner: string, repo: string, issue: number, body: string, login?: string): IssueComment;
  /** The comments on an issue as the API would list them: ascending id. */
  comments(owner: string, repo: string, issue: number): IssueComment[];
  addTeamMember(org: string, team: string, login: string, role?: TeamRole, state?: MembershipState): void;
  removeTeamMember(org: string, team: string, login: string): void;
  addCommit(owner: string, repo: string, commit: NewCommit): Commit;
  /** The repository's deployments as the API lists them (newest first), each with its statuses
   * (newest first); [] for an unknown repository. */
  deployments(owner: string, repo: string): DeploymentWithStatuses[];
  addDeployment(owner: string, repo: string, deployment: NewDeployment): DeploymentWithStatuses;
  addDeploymentStatus(
    owner: string,
    repo: string,
    deploymentId: number,
    status: NewDeploymentStatus,
  ): DeploymentStatus;
  /** Sets the latest state (`success`, `pending`, `failure`, `in_progress`, …) of a commit status
   * context or check on the commit `ref` names: what `required_contexts` is checked against. */
  setCommitStatus(owner: string, repo: string, ref: string, context: string, state: string): void;
  /** Puts the commit `ref` names behind the default branch, or back (`false`): a deployment of it
   * with `auto_merge` then gets 202 and a merge commit on its branch (`clean`, when the ref names a
   * branch) or 409 (`conflict`, or a SHA or tag). */
  setBehindDefaultBranch(
    owner: string,
    repo: string,
    ref: string,
    merge: BehindDefaultBranchMerge | false,
    defaultBranch?: string,
  ): void;
  /** The next `n` matching requests get this fault instead of an answer. */
  failNext(n: number, fault: Fault): void;
  rateLimit(token?: string): RateLimitStatus;
  close(): Promise<void>;
}

interface Bucket {
  limit: number;
  used: number;
  reset: number;
}

type Caller = { kind: "anonymous" } | { kind: "bad" } | { kind: "user"; token: string; user: UserRecord };

const UNAUTHENTICATED_LIMIT = 60;

export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  const now = options.now ?? (() => new Date());
  const state = new GitHubState(now);
  const tokenEntries = Array.isArray(options.tokens)
    ? options.tokens.map((t) => [t, ACTIONS_BOT.login] as const)
    : Object.entries(options.tokens ?? { ghs_double_token: ACTIONS_BOT.login });
  const tokens = new Set(tokenEntries.map(([token]) => token));
  const tokenLogins = new Map(tokenEntries.filter(([, login]) => login !== ACTIONS_BOT.login));
  for (const full of options.repos ?? []) {
    const [owner, name, extra] = full.split("/");
    if (!owner || !name || extra !== undefined)
      throw new Error(`repos: expected "owner/name", got "${full}"`);
    state.addRepo(owner, name);
  }
  const limits: Limits = {
    maxCommentBytes: options.maxCommentBytes ?? 262_144,
    maxDeploymentPayloadBytes: options.maxDeploymentPayloadBytes ?? 65_535,
  };
  const requests: RecordedRequest[] = [];
  const faults: { remaining: number; fault: Fault }[] = [];
  const buckets = new Map<string, Bucket>();
  let url = "";

  function bucket(caller: Caller): Bucket {
    const id = caller.kind === "user" ? caller.token : "anonymous";
    const limit = caller.kind === "user" ? (options.rateLimit ?? 5000) : UNAUTHENTICATED_LIMIT;
    const nowSec = Math.floor(now().getTime() / 1000);
    let b = buckets.get(id);
    if (!b || nowSec >= b.reset) {
      b = { limit, used: 0, reset: nowSec + 3600 };
      buckets.set(id, b);
    }
    return b;
  }

  function authenticate(header: string | undefined): Caller {
    if (header === undefined || header.trim() === "") return { kind: "anonymous" };
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
    const token = match?.[1];
    if (!token || !tokens.has(token)) return { kind: "bad" };
    return { kind: "user", token, user: state.user(tokenLogins.get(token) ?? ACTIONS_BOT.login) };
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const index = faults.findIndex(({ fault: { match } }) => {
      if (match?.method && match.method.toUpperCase() !== method) return false;
      if (match?.path === undefined) return true;
      return typeof match.path === "string" ? match.path === path : match.path.test(path);
    });
    const entry = faults[index];
    if (!entry) return undefined;
    if (--entry.remaining === 0) faults.splice(index, 1);
    return entry.fault;
  }

  function answer(
    method: string,
    path: string,
    query: URLSearchParams,
    raw: string,
    caller: Caller,
    b: Bucket,
    requestId: string,
  ): Reply {
    const fault = takeFault(method, path);
    if (fault) return faultReply(fault, caller, b, requestId);
    const found = matchRoute(method, path);
    if (caller.kind === "anonymous") {
      b.used++;
      return { status: 401, body: apiError(401, "Requires authentication", found?.route.docs ?? DOCS_ROOT) };
    }
    if (caller.kind === "bad") {
      b.used++;
      return { status: 401, body: apiError(401, "Bad credentials") };
    }
    if (b.used >= b.limit) return primaryRateLimit(403, caller, b, requestId);
    b.used++;
    if (!found) return { status: 404, body: apiError(404, "Not Found") };
    const { route, params } = found;
    let body: Record<string, unknown> = {};
    if (route.body) {
      const parsed = parseBody(raw, route.body, route.docs);
      if ("reply" in parsed) return parsed.reply;
      body = parsed.body;
    }
    return route.handle({
      params,
      query,
      body,
      actor: caller.user,
      state,
      apiUrl: url,
      docs: route.docs,
      limits,
    });
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = new URL(req.url ?? "/", "http://double.invalid");
    const raw = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    const caller = authenticate(req.headers.authorization);
    const b = bucket(caller);
    const requestId = newRequestId();
    let reply: Reply;
    try {
      reply = answer(method, target.pathname, target.searchParams, raw, caller, b, requestId);
    } catch (error) {
      reply = { status: 500, body: apiError(500, `GitHub double failed: ${String(error)}`) };
    }
    const record: RecordedRequest = {
      method,
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers,
      status: reply.status,
    };
    if (raw !== "") record.body = parseLoosely(raw);
    requests.push(record);
    send(res, reply, b, requestId);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const repoFor = (owner: string, repo: string) => state.addRepo(owner, repo);

  const commitFor = (helper: string, repo: RepoRecord, ref: string): CommitRecord => {
    const commit = state.resolveCommit(repo, ref);
    if (!commit)
      throw new Error(
        `${helper}: no commit for "${ref}" in ${repo.owner}/${repo.name}; add it with addCommit`,
      );
    return commit;
  };

  const withStatuses = (deployment: DeploymentRecord): DeploymentWithStatuses => ({
    ...renderDeployment(url, deployment),
    statuses: [...deployment.statuses].reverse().map((s) => renderDeploymentStatus(url, s)),
  });

  const seedStatus = (deployment: DeploymentRecord, status: NewDeploymentStatus) =>
    state.addDeploymentStatus(
      deployment,
      {
        state: status.state,
        creator: state.user(status.creatorLogin ?? ACTIONS_BOT.login),
        ...(status.description === undefined ? {} : { description: status.description }),
        ...(status.environment === undefined ? {} : { environment: status.environment }),
        ...(status.logUrl === undefined ? {} : { logUrl: status.logUrl }),
        ...(status.environmentUrl === undefined ? {} : { environmentUrl: status.environmentUrl }),
      },
      status.autoInactive ?? true,
    );

  return {
    url,
    token: [...tokens][0] ?? "",
    tokens,
    tokenLogins,
    requests,
    addRepo: (owner, repo) => void state.addRepo(owner, repo),
    addComment: (owner, repo, issue, body, login = ACTIONS_BOT.login) =>
      renderComment(url, state.addComment(repoFor(owner, repo), issue, body, login)),
    comments: (owner, repo, issue) => {
      const record = state.repo(owner, repo);
      return record ? state.commentsOn(record, issue).map((c) => renderComment(url, c)) : [];
    },
    addTeamMember: (org, team, login, role = "member", membershipState = "active") =>
      state.addTeamMember(org, team, login, role, membershipState),
    removeTeamMember: (org, team, login) => state.removeTeamMember(org, team, login),
    addCommit: (owner, repo, commit) => renderCommit(url, state.addCommit(repoFor(owner, repo), commit)),
    deployments: (owner, repo) => {
      const record = state.repo(owner, repo);
      return record ? state.deploymentsIn(record).map(withStatuses) : [];
    },
    addDeployment: (owner, repo, input) => {
      const record = repoFor(owner, repo);
      const environment = input.environment ?? "production";
      const deployment = state.createDeployment(record, {
        ref: input.ref,
        sha: commitFor("addDeployment", record, input.ref).sha,
        task: input.task ?? "deploy",
        payload: input.payload ?? {},
        environment,
        description: input.description === undefined ? "" : input.description,
        transientEnvironment: input.transientEnvironment ?? false,
        productionEnvironment: input.productionEnvironment ?? environment === "production",
        creator: state.user(input.creatorLogin ?? ACTIONS_BOT.login),
      });
      for (const status of input.statuses ?? []) seedStatus(deployment, status);
      return withStatuses(deployment);
    },
    addDeploymentStatus: (owner, repo, deploymentId, status) => {
      const record = state.repo(owner, repo);
      const deployment = record && state.deployment(record, deploymentId);
      if (!deployment)
        throw new Error(`addDeploymentStatus: no deployment ${deploymentId} in ${owner}/${repo}`);
      return renderDeploymentStatus(url, seedStatus(deployment, status));
    },
    setCommitStatus: (owner, repo, ref, context, commitState) => {
      const record = repoFor(owner, repo);
      state.setCommitStatus(record, commitFor("setCommitStatus", record, ref).sha, context, commitState);
    },
    setBehindDefaultBranch: (owner, repo, ref, merge, defaultBranch = "main") => {
      const record = repoFor(owner, repo);
      const { sha } = commitFor("setBehindDefaultBranch", record, ref);
      state.setBehindDefaultBranch(record, sha, merge === false ? undefined : { merge, defaultBranch });
    },
    failNext: (n, fault) => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`failNext: n must be a positive integer, got ${n}`);
      faults.push({ remaining: n, fault });
    },
    rateLimit: (token) => {
      const b = bucket(
        token === undefined ? { kind: "anonymous" } : { kind: "user", token, user: ACTIONS_BOT },
      );
      return { limit: b.limit, remaining: Math.max(0, b.limit - b.used), used: b.used, reset: b.reset };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// --- faults and rate limits -------------------------------------------------------------------

function faultReply(fault: Fault, caller: Caller, b: Bucket, requestId: string): Reply {
  const retryAfter: Record<string, string> =
    fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
  const withBody = (reply: Reply): Reply =>
    fault.body === undefined ? reply : { ...reply, body: fault.body };
  if (fault.status === 403 || fault.status === 429) {
    if (fault.rateLimited) {
      const reply = primaryRateLimit(fault.status, caller, b, requestId);
      return withBody({ ...reply, headers: { ...reply.headers, ...retryAfter } });
    }
    return withBody({
      status: fault.status,
      body: apiError(
        fault.status,
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
          `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        SECONDARY_RATE_LIMIT_DOCS,
      ),
      headers: { "retry-after": String(fault.retryAfter ?? 60) },
    });
  }
  const message = fault.status === 503 ? "Service Unavailable" : "Server Error";
  return withBody({ status: fault.status, body: apiError(fault.status, message), headers: retryAfter });
}

/** The primary limit: 403 (or 429) with x-ratelimit-remaining 0 until x-ratelimit-reset. */
function primaryRateLimit(status: 403 | 429, caller: Caller, b: Bucket, requestId: string): Reply {
  const who = caller.kind === "user" ? `user ID ${caller.user.id}` : "127.0.0.1";
  return {
    status,
    body: apiError(
      status,
      `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
      RATE_LIMIT_DOCS,
    ),
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-used": String(Math.max(b.used, b.limit)) },
  };
}

// --- HTTP plumbing ----------------------------------------------------------------------------

function send(res: ServerResponse, reply: Reply, b: Bucket, requestId: string): void {
  const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(reply.body === undefined
      ? {}
      : {
          "content-type": "application/json; charset=utf-8",
          "content-length": String(Buffer.byteLength(payload)),
        }),
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": requestId,
    "x-ratelimit-limit": String(b.limit),
    "x-ratelimit-remaining": String(Math.max(0, b.limit - b.used)),
    "x-ratelimit-reset": String(b.reset),
    "x-ratelimit-used": String(b.used),
    "x-ratelimit-resource": "core",
    ...reply.headers,
  });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseLoosely(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Shaped like GitHub's: five colon-separated upper-case hex fields. */
function newRequestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString("hex").toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(4)}:${hex(4)}:${hex(4)}`;
}
