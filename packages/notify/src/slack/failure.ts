// What a failed post means: whether to try again (for @gitops/retry) and the one-line detail.
// Built from @slack/webhook's error codes and fields, never from its messages, which may quote
// the webhook URL.
import { type HttpFailure, RetryGaveUp, retryAfterMs } from "@gitops/retry";
import { clean, oneLine } from "@gitops/text";
import { errorDetail } from "../detail.ts";

// Connection failures where the request never reached Slack: safe to send again.
const RETRYABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "EPIPE", "UND_ERR_SOCKET"]);

interface HttpError {
  code: "slack_webhook_http_error";
  statusCode: number;
  statusMessage?: string;
  body?: string;
}

interface RequestError {
  code: "slack_webhook_request_error";
  original?: unknown;
}

const isHttpError = (e: unknown): e is HttpError =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "slack_webhook_http_error";

const isRequestError = (e: unknown): e is RequestError =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "slack_webhook_request_error";

/** 429 and 5xx by their status (with the attempt's Retry-After), and connections refused or reset. */
export function retryable(
  error: unknown,
  retryAfter: string | undefined,
  signal?: AbortSignal,
): HttpFailure | undefined {
  if (isHttpError(error)) return { status: error.statusCode, retryAfter };
  if (isRequestError(error) && !signal?.aborted) {
    const code = networkCode(error.original);
    // A synthetic 503: withRetry retries by status, and a refused connection is as transient.
    if (code && RETRYABLE_NETWORK.has(code)) return { status: 503 };
  }
  return undefined;
}

export interface LastAttempt {
  attempts: number;
  /** The last answer's Retry-After header. */
  retryAfter: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** "HTTP 500 rollup_error after 4 attempts", "timed out after 10000 ms", "network error: …". */
export function failureDetail(error: unknown, last: LastAttempt): string {
  const after = last.attempts > 1 ? ` after ${last.attempts} attempts` : "";
  if (error instanceof RetryGaveUp && isHttpError(error.cause)) {
    const wait = retryAfterMs(last.retryAfter);
    const seconds = wait === undefined ? "?" : String(Math.round(wait / 1000));
    return `${httpText(error.cause)}: Retry-After ${seconds} s is longer than the retry limit${after}`;
  }
  if (isHttpError(error)) return `${httpText(error)}${after}`;
  if (last.signal?.aborted || isAbort(error)) return "aborted";
  if (isRequestError(error)) {
    if (isTimeout(error.original)) return `timed out after ${last.timeoutMs} ms${after}`;
    return `network error: ${networkText(error.original)}${after}`;
  }
  return `failed: ${errorDetail(error)}`;
}

/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error: HttpError): string {
  const body = oneLine(error.body ?? "", 120) || clean(error.statusMessage ?? "");
  return `HTTP ${error.statusCode}${body ? ` ${body}` : ""}`;
}

function networkCode(original: unknown): string | undefined {
  const cause = (original as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined)
    ?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === "string" ? code : undefined;
}

/** The cause's message (e.g. "connect ECONNREFUSED 127.0.0.1:9"), never the fetch error itself. */
function networkText(original: unknown): string {
  const cause = (original as { cause?: unknown } | undefined)?.cause;
  const message = cause instanceof Error && cause.message ? cause.message : undefined;
  return message ?? networkCode(original) ?? errorDetail(original);
}

const isTimeout = (e: unknown) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e: unknown): boolean =>
  e instanceof Error && (e.name === "AbortError" || isAbort((e as { original?: unknown }).original));
