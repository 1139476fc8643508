// A local stand-in for the Jira Cloud REST API v3 and Jira Service Management endpoints the suite
// uses, served over real HTTP on 127.0.0.1 so jira.js 6 (or any client) talks to it unchanged when
// its `host` is `double.url`. See README.md for what it models and where it knowingly differs.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { matchRoute, type Reply } from "./routes.ts";
import { type Decision, errorCollection, restMessage, type UserRecord } from "./shapes.ts";
import { type IssueSnapshot, JiraState, type NewIssue, type NewProject, type NewUser } from "./state.ts";

export { type AdfDoc, type AdfNode, adf, adfText } from "./adf.ts";
export type { ChangeItem, Decision, ProjectPermission, StatusCategoryKey } from "./shapes.ts";
export type { IssueSnapshot, NewApproval, NewIssue, NewProject, NewUser } from "./state.ts";

export interface JiraDoubleOptions {
  /** Atlassian accounts. Basic credentials name their user by email. */
  users?: NewUser[];
  credentials?: {
    /** Jira Cloud: `Authorization: Basic base64(email:api-token)`. */
    basic?: { email: string; token: string }[];
    /**
     * `Authorization: Bearer <token>` (a Data Center personal access token, or an OAuth access
     * token). A bare string acts as the first user; `{ token, accountId }` names the user.
     */
    bearer?: (string | { token: string; accountId: string })[];
  };
  /** The clock for timestamps. Default: the system clock. */
  now?: () => Date;
  /** Wait this long before answering each request, like a JIRA across the internet. Default 0. */
  latencyMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, percent-escapes as sent. */
  path: string;
  /** Query parameters; a repeated parameter's values are joined with ",". */
  query: Record<string, string>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the raw text; absent when empty. */
  body?: unknown;
  /** accountId of the authenticated caller; null when authentication failed or was not attempted. */
  user: string | null;
  /** The status the double answered. */
  status: number;
}

export type Fault =
  | {
      /** Jira's rate limit: Retry-After (seconds, default 10), X-RateLimit-* and RateLimit-Reason. */
      status: 429;
      retryAfter?: number;
      match?: FaultMatch;
    }
  | {
      status: 500 | 502 | 503 | 504;
      /** Seconds, sent as Retry-After (Jira sends it with some transient 5xx). */
      retryAfter?: number;
      match?: FaultMatch;
    };

/** Only requests that match count towards the n; default every request. */
export interface FaultMatch {
  method?: string;
  path?: string | RegExp;
}

export interface JiraDouble {
  /** e.g. http://127.0.0.1:PORT; pass as jira.js's `host`. */
  url: string;
  addUser(user: NewUser): void;
  /** A project with its workflow; see NewProject for the defaults. */
  addProject(key: string, project?: NewProject): void;
  /** Seeds an issue (its project is created with defaults if it was not added). */
  addIssue(issue: NewIssue): IssueSnapshot;
  /** The issue's current state, comments (ADF) and history included; undefined when unknown. */
  issue(key: string): IssueSnapshot | undefined;
  /** Records an approver's decision on a JSM approval (as if they answered it in the portal). */
  decideApproval(key: string, approvalId: string, accountId: string, decision: Decision): void;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** The next `n` matching requests get this fault instead of an answer, before authentication. */
  failNext(n: number, fault: Fault): void;
  close(): Promise<void>;
}

type Caller = { kind: "anonymous" } | { kind: "bad" } | { kind: "user"; user: UserRecord };

const UNAUTHENTICATED = "Client must be authenticated to access this resource.";

export async function startJiraDouble(options: JiraDoubleOptions = {}): Promise<JiraDouble> {
  const now = options.now ?? (() => new Date());
  const state = new JiraState(now);
  for (const user of options.users ?? []) state.addUser(user);

  const basic = (options.credentials?.basic ?? []).map(({ email, token }) => {
    const user = state.userByEmail(email);
    if (!user) throw new Error(`credentials.basic: no user has the email "${email}" (add it to users)`);
    return { email, token, accountId: user.accountId };
  });
  const bearer = (options.credentials?.bearer ?? []).map((entry) => {
    const spec = typeof entry === "string" ? { token: entry, accountId: state.users()[0]?.accountId } : entry;
    if (spec.accountId === undefined || !state.user(spec.accountId)) {
      throw new Error(
        `credentials.bearer: token "${spec.token.slice(0, 4)}…" acts as no known user (add users)`,
      );
    }
    return { token: spec.token, accountId: spec.accountId };
  });

  const requests: RecordedRequest[] = [];
  const faults: { remaining: number; fault: Fault }[] = [];
  let url = "";

  function authenticate(header: string | undefined): Caller {
    if (header === undefined || header.trim() === "") return { kind: "anonymous" };
    const [scheme, value = ""] = header.trim().split(/\s+/, 2);
    let accountId: string | undefined;
    if (scheme?.toLowerCase() === "basic") {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const email = decoded.slice(0, colon);
      const token = decoded.slice(colon + 1);
      accountId =
        colon < 0
          ? undefined
          : basic.find((c) => c.email.toLowerCase() === email.toLowerCase() && c.token === token)?.accountId;
    } else if (scheme?.toLowerCase() === "bearer") {
      accountId = bearer.find((c) => c.token === value)?.accountId;
    }
    const user = accountId === undefined ? undefined : state.user(accountId);
    return user?.active ? { kind: "user", user } : { kind: "bad" };
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

  function answer(method: string, target: URL, raw: string, contentType: string, caller: Caller): Reply {
    const fault = takeFault(method, target.pathname);
    if (fault) return faultReply(fault, now());
    if (caller.kind !== "user") return { status: 401, body: restMessage(401, UNAUTHENTICATED) };
    const found = matchRoute(method, target.pathname);
    if (found.kind === "method-not-allowed")
      return { status: 405, body: restMessage(405, "Method Not Allowed") };
    if (found.kind === "none") return notFound(target);
    let body: Record<string, unknown> = {};
    if (found.route.body) {
      if (!/^application\/json\b/i.test(contentType)) {
        return { status: 415, body: restMessage(415, "Unsupported Media Type") };
      }
      const parsed = parseJsonObject(raw);
      if ("reply" in parsed) return parsed.reply;
      body = parsed.body;
    }
    return found.route.handle({
      params: found.params,
      query: target.searchParams,
      body,
      caller: caller.user,
      state,
      url,
    });
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = new URL(req.url ?? "/", "http://double.invalid");
    const raw = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name.toLowerCase(),
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    const caller = authenticate(headers.authorization);
    let reply: Reply;
    try {
      reply = answer(method, target, raw, headers["content-type"] ?? "", caller);
    } catch (error) {
      // A bug in the double: answer like Jira's 500 and keep the message for the test's diagnosis.
      reply = {
        status: 500,
        body: errorCollection([`Internal server error (Jira double: ${String(error)})`]),
      };
    }
    const query: Record<string, string> = {};
    for (const name of new Set(target.searchParams.keys()))
      query[name] = target.searchParams.getAll(name).join(",");
    requests.push({
      method,
      path: target.pathname,
      query,
      headers,
      ...(raw === "" ? {} : { body: parseLoosely(raw) }),
      user: caller.kind === "user" ? caller.user.accountId : null,
      status: reply.status,
    });
    send(res, reply);
  }

  const latency = options.latencyMs ?? 0;
  const server = createServer((req, res) => {
    const delayed = latency > 0 ? new Promise((done) => setTimeout(done, latency)) : Promise.resolve();
    delayed
      .then(() => onRequest(req, res))
      .catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const issueOrThrow = (key: string, what: string) => {
    const issue = state.issue(key);
    if (!issue) throw new Error(`${what}: no issue ${key}`);
    return issue;
  };

  return {
    url,
    addUser: (user) => void state.addUser(user),
    addProject: (key, project) => void state.addProject(key, project),
    addIssue: (issue) => state.snapshot(state.seedIssue(issue)),
    issue: (key) => {
      const issue = state.issue(key);
      return issue ? state.snapshot(issue) : undefined;
    },
    decideApproval: (key, approvalId, accountId, decision) =>
      void state.decide(issueOrThrow(key, "decideApproval"), approvalId, accountId, decision),
    requests,
    failNext: (n, fault) => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`failNext: n must be a positive integer, got ${n}`);
      faults.push({ remaining: n, fault });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// --- faults -------------------------------------------------------------------------------------

/**
 * Jira's documented rate-limit response: 429 with Retry-After (seconds) and X-RateLimit-Reset (the
 * request time plus Retry-After, as yyyy-MM-ddTHH:mmZ), X-RateLimit-Limit/-Remaining and
 * RateLimit-Reason. API-token traffic is governed by the burst limits.
 */
function faultReply(fault: Fault, at: Date): Reply {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 10;
    const reset = new Date(at.getTime() + retryAfter * 1000).toISOString().slice(0, 16);
    return {
      status: 429,
      body: errorCollection(["Rate limit exceeded."]),
      headers: {
        "retry-after": String(retryAfter),
        "x-ratelimit-reset": `${reset}Z`,
        "x-ratelimit-limit": "350",
        "x-ratelimit-remaining": "0",
        "ratelimit-reason": "jira-burst-based",
      },
    };
  }
  const message = {
    500: "Internal server error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
  }[fault.status];
  return {
    status: fault.status,
    body: errorCollection([message]),
    headers: fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) },
  };
}

// --- HTTP plumbing ----------------------------------------------------------------------------

function notFound(target: URL): Reply {
  const uri = `${target.pathname}${target.search}`;
  const hint = target.pathname.startsWith("/rest/api/2/")
    ? " (the Jira double serves REST API v3 only; jira.js sends wiki-markup strings to v2 — pass an ADF document)"
    : "";
  return { status: 404, body: restMessage(404, `null for uri: ${uri}${hint}`) };
}

/** Jira's JSON reader (Jackson) refuses malformed JSON and anything but an object for these bodies. */
function parseJsonObject(raw: string): { body: Record<string, unknown> } | { reply: Reply } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return {
      reply: { status: 400, body: errorCollection([`Unexpected character in the request body: ${detail}`]) },
    };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return {
      reply: {
        status: 400,
        body: errorCollection([
          `Cannot deserialize the request body: expected a JSON object, got ${JSON.stringify(parsed)}`,
        ]),
      },
    };
  }
  return { body: parsed as Record<string, unknown> };
}

function send(res: ServerResponse, reply: Reply): void {
  const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(reply.body === undefined ? {} : { "content-type": "application/json;charset=UTF-8" }),
    "content-length": String(Buffer.byteLength(payload)),
    "x-arequestid": randomUUID().slice(0, 8),
    "atl-traceid": randomUUID().replace(/-/g, ""),
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
