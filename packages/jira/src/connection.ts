// One JIRA connection for whoever asks JIRA something (the gate, notify): jira.js loaded on the
// first call only, one client, our retry policy (429 and 5xx, Retry-After honoured) and a timeout
// per request. Everything a call throws is a JiraError that says what failed in one line and never
// carries the connection's secret.

import { RetryGaveUp, type RetryOptions, withRetry } from "@gitops/retry";
import { oneLine } from "@gitops/text";
import type { Client } from "jira.js/core";

export interface JiraConnection {
  /** The site, e.g. https://acme.atlassian.net (no API path). */
  url: string;
  /** Cloud: an account's email and API token (Basic). Data Center: a personal access token (Bearer). */
  auth: { email: string; apiToken: string } | { token: string };
}

export interface JiraOptions {
  /** How long one request may take before the caller stops waiting. Default 15 s. */
  timeoutMs?: number;
  /** Retries of 429 and 5xx answers (see @gitops/retry); inject `sleep` in tests. */
  retry?: RetryOptions;
}

type Core = typeof import("jira.js/core");
type Cloud = typeof import("jira.js/cloud");
type ServiceDesk = typeof import("jira.js/serviceDesk");

/** What a call's `run` gets: the client and the endpoint functions it may call with it. */
export interface JiraApi {
  client: Client;
  getIssue: Cloud["getIssue"];
  createIssue: Cloud["createIssue"];
  addComment: Cloud["addComment"];
  getTransitions: Cloud["getTransitions"];
  doTransition: Cloud["doTransition"];
  findUsers: Cloud["findUsers"];
  /** `GET /rest/api/3/search/jql` (jira.js spells it "Reconsile"). */
  searchIssues: Cloud["searchAndReconsileIssuesUsingJql"];
  getApprovals: ServiceDesk["getApprovals"];
  isApiError: Core["isApiError"];
  isAuthError: Core["isAuthError"];
  isForbiddenError: Core["isForbiddenError"];
  isNotFoundError: Core["isNotFoundError"];
  isRateLimitError: Core["isRateLimitError"];
  isServerError: Core["isServerError"];
}

export interface Jira {
  readonly url: string;
  /**
   * Runs one JIRA request: retried on 429/5xx per the retry options, each attempt bounded by the
   * timeout. `what` names it in messages ("get PAY-142"). `onAttempt` hears each attempt's number.
   * Rejects with a JiraError only.
   */
  call<T>(what: string, run: (api: JiraApi) => Promise<T>, onAttempt?: (attempt: number) => void): Promise<T>;
}

export type JiraErrorKind =
  | "auth" // 401
  | "forbidden" // 403
  | "not-found" // 404
  | "rate-limit" // 429 (after retries, or Retry-After too long to wait)
  | "server" // 5xx after retries
  | "rejected" // another 4xx, e.g. 400 with field errors
  | "timeout"
  | "network"
  | "schema" // an answer that does not match Atlassian's documented shape
  | "config" // the connection cannot work (bad URL)
  | "other";

export class JiraError extends Error {
  override readonly name = "JiraError";
  constructor(
    message: string,
    readonly kind: JiraErrorKind,
    /** The request, as the caller named it. */
    readonly what: string,
    readonly attempts: number,
    /** JIRA's own words, one line: its errorMessages and per-field errors. */
    readonly reason: string,
    /** The HTTP status, when JIRA answered. */
    readonly status?: number,
    /** Per-field errors of a 400 ("assignee" -> "User 'x' cannot be assigned issues."). */
    readonly fieldErrors: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isJiraError(value: unknown): value is JiraError {
  return value instanceof JiraError;
}

export function openJira(connection: JiraConnection, options: JiraOptions = {}): Jira {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const secrets = secretsOf(connection);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join("***"), text);
  let loaded: Promise<{ api: JiraApi; core: Core }> | undefined;

  const load = () => {
    loaded ??= (async () => {
      try {
        new URL(connection.url);
      } catch {
        throw new JiraConnectionError(`"${connection.url}" is not a URL`);
      }
      const [core, cloud, serviceDesk] = await Promise.all([
        import("jira.js/core"),
        import("jira.js/cloud"),
        import("jira.js/serviceDesk"),
      ]);
      const auth =
        "token" in connection.auth
          ? { type: "bearer" as const, token: connection.auth.token }
          : { type: "basic" as const, email: connection.auth.email, apiToken: connection.auth.apiToken };
      // jira.js does not retry: our policy (Retry-After honoured, bounded) does.
      const client = core.createClient({
        host: connection.url,
        auth,
        retry: { maxAttempts: 1 },
        onSchemaMismatch: "throw",
      });
      const api: JiraApi = {
        client,
        getIssue: cloud.getIssue,
        createIssue: cloud.createIssue,
        addComment: cloud.addComment,
        getTransitions: cloud.getTransitions,
        doTransition: cloud.doTransition,
        findUsers: cloud.findUsers,
        searchIssues: cloud.searchAndReconsileIssuesUsingJql,
        getApprovals: serviceDesk.getApprovals,
        isApiError: core.isApiError,
        isAuthError: core.isAuthError,
        isForbiddenError: core.isForbiddenError,
        isNotFoundError: core.isNotFoundError,
        isRateLimitError: core.isRateLimitError,
        isServerError: core.isServerError,
      };
      return { api, core };
    })();
    // A load that failed is tried again on the next call.
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  };

  return {
    url: connection.url,
    async call(what, run, onAttempt) {
      let attempts = 0;
      let jira: { api: JiraApi; core: Core };
      try {
        jira = await load();
      } catch (error) {
        const reason =
          error instanceof JiraConnectionError
            ? error.message
            : oneLine(`jira.js could not start: ${error instanceof Error ? error.message : String(error)}`);
        throw new JiraError(redact(`JIRA ${what}: ${reason}`), "config", what, 0, redact(reason));
      }
      const { api, core } = jira;
      try {
        return await withRetry(
          `JIRA ${what}`,
          () => {
            attempts++;
            onAttempt?.(attempts);
            return withTimeout(
              run(api),
              timeoutMs,
              `JIRA did not answer ${what} within ${timeoutMs / 1000} s`,
            );
          },
          (error) => {
            if (!core.isApiError(error)) return undefined;
            const wait = core.isRateLimitError(error) ? error.retryAfterMs : undefined;
            return wait === undefined
              ? { status: error.status }
              : { status: error.status, retryAfter: String(Math.ceil(wait / 1000)) };
          },
          options.retry,
        );
      } catch (error) {
        throw classify(error, what, attempts, core, redact);
      }
    },
  };
}

class JiraConnectionError extends Error {}
class TimeoutError extends Error {}

function classify(
  error: unknown,
  what: string,
  attempts: number,
  core: Core,
  redact: (text: string) => string,
): JiraError {
  const gaveUp = error instanceof RetryGaveUp;
  const cause = gaveUp ? error.cause : error;
  if (core.isApiError(cause)) {
    const status = cause.status;
    const { reason, fieldErrors } = jiraWords(cause.body, cause.statusText || `HTTP ${status}`);
    const kind: JiraErrorKind =
      status === 401
        ? "auth"
        : status === 403
          ? "forbidden"
          : status === 404
            ? "not-found"
            : status === 429
              ? "rate-limit"
              : status >= 500
                ? "server"
                : "rejected";
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    const prefix = `JIRA ${what}: `;
    const said = gaveUp ? (error as Error).message : "";
    const why = gaveUp ? (said.startsWith(prefix) ? said.slice(prefix.length) : said) : reason;
    return new JiraError(
      redact(`JIRA answered ${status} to ${what}${tries}: ${why}`),
      kind,
      what,
      attempts,
      redact(gaveUp ? why : reason),
      status,
      fieldErrors,
      { cause },
    );
  }
  const message = oneLine(error instanceof Error ? error.message : String(error));
  const kind: JiraErrorKind =
    error instanceof TimeoutError
      ? "timeout"
      : core.isNetworkError(error)
        ? "network"
        : core.isSchemaMismatchError(error)
          ? "schema"
          : core.isConfigError(error)
            ? "config"
            : "other";
  const text = kind === "timeout" ? message : `JIRA ${what}: ${message}`;
  return new JiraError(redact(text), kind, what, attempts, redact(message), undefined, {}, { cause: error });
}

/** JIRA's error bodies: `{errorMessages, errors}`, `{message}` (REST layer), `{errorMessage}` (JSM). */
function jiraWords(body: unknown, fallback: string): { reason: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const parts: string[] = [];
  if (typeof body === "object" && body !== null) {
    const b = body as Record<string, unknown>;
    if (Array.isArray(b.errorMessages)) parts.push(...b.errorMessages.filter((m) => typeof m === "string"));
    if (typeof b.errors === "object" && b.errors !== null) {
      for (const [field, message] of Object.entries(b.errors)) {
        if (typeof message !== "string") continue;
        fieldErrors[field] = message;
        parts.push(`${field}: ${message}`);
      }
    }
    if (typeof b.message === "string") parts.push(b.message);
    if (typeof b.errorMessage === "string") parts.push(b.errorMessage);
  } else if (typeof body === "string" && body.trim() !== "" && !body.trimStart().startsWith("<")) {
    parts.push(body);
  }
  return { reason: oneLine(parts.length > 0 ? parts.join("; ") : fallback), fieldErrors };
}

/** The strings that must never appear in a message: the token, and the Basic header made of it. */
function secretsOf(connection: JiraConnection): string[] {
  const auth = connection.auth;
  const secrets =
    "token" in auth
      ? [auth.token]
      : [auth.apiToken, Buffer.from(`${auth.email}:${auth.apiToken}`).toString("base64")];
  return secrets.filter((s) => s.length >= 4);
}

/** Stops waiting after `ms`; jira.js cannot abort a request, so the request itself is left to end. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
