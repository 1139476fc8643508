// Slack through incoming webhooks: one Block Kit message per channel the descriptor lists,
// posted with @slack/webhook, retried on 429 (honouring Retry-After) and 5xx, never on other 4xx.
// The webhook URL is the credential, so no detail ever quotes it (or a raw error that might).
import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { type HttpFailure, RetryGaveUp, type RetryOptions, retryAfterMs, withRetry } from "@gitops/retry";
import type { FetchFunction, IncomingWebhook, IncomingWebhookSendArguments } from "@slack/webhook";
import { oneLineMessage, safeDetail } from "./deliver.ts";
import {
  clean,
  committerText,
  durationText,
  EVENT_EMOJI,
  headline,
  httpUrl,
  logTail,
  OUTCOME_MARK,
  releaseLinks,
  rollbackText,
  shortSha,
  ticketRefs,
  truncate,
  versionText,
} from "./messages.ts";
import type { Delivery, Notifier, ReleaseNotice } from "./notice.ts";

export interface SlackOptions {
  /** Channel as the descriptor names it ("#payments-deploys") → its incoming-webhook URL. */
  channels: Record<string, string>;
  /** JIRA base URL: cited tickets become links to `${jiraUrl}/browse/KEY`. */
  jiraUrl?: string;
  retry?: RetryOptions;
  /** Per request. Default 10 s. */
  timeoutMs?: number;
}

export type SlackBlock = NonNullable<IncomingWebhookSendArguments["blocks"]>[number];

export interface SlackMessage {
  /** The notification and accessibility fallback. */
  text: string;
  blocks: SlackBlock[];
}

/** Block Kit limits (docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonUrl: 3000,
} as const;

const DEFAULT_TIMEOUT_MS = 10_000;

// Connection failures where the request never reached Slack: safe to send again.
const RETRYABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "EPIPE", "UND_ERR_SOCKET"]);

interface Attempt {
  signal?: AbortSignal;
  retryAfter?: string;
}

// IncomingWebhook's errors keep the status and body but drop the headers; the fetch we hand
// it records Retry-After into the context of the attempt that is running.
const attemptContext = new AsyncLocalStorage<Attempt>();

const contextFetch: FetchFunction = async (url, init) => {
  const attempt = attemptContext.getStore();
  const signals = [init?.signal, attempt?.signal].filter((s): s is AbortSignal => s !== undefined);
  const response = await fetch(url, {
    ...init,
    signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
  });
  if (attempt) attempt.retryAfter = response.headers.get("retry-after") ?? undefined;
  return response;
};

type WebhookModule = typeof import("@slack/webhook");

export function slackNotifier(options: SlackOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = Object.values(options.channels).flatMap(webhookSecrets);
  const hooks = new Map<string, Promise<IncomingWebhook>>();
  let load: Promise<WebhookModule> | undefined;

  // Loaded on first use, so a release that notifies nobody on Slack never pays for it.
  function webhook(url: string): Promise<IncomingWebhook> {
    let hook = hooks.get(url);
    if (!hook) {
      load ??= import("@slack/webhook");
      hook = load
        .then(({ IncomingWebhook }) => new IncomingWebhook(url, { timeout: timeoutMs, fetch: contextFetch }))
        .catch((error: unknown) => {
          hooks.delete(url);
          load = undefined;
          throw error;
        });
      hooks.set(url, hook);
    }
    return hook;
  }

  function webhookUrl(channel: string): string | undefined {
    const bare = channel.replace(/^#/, "");
    const exact = options.channels[channel] ?? options.channels[`#${bare}`] ?? options.channels[bare];
    if (exact) return exact;
    const lower = bare.toLowerCase();
    const key = Object.keys(options.channels).find((k) => k.replace(/^#/, "").toLowerCase() === lower);
    return key === undefined ? undefined : options.channels[key];
  }

  async function post(channel: string, message: SlackMessage, signal?: AbortSignal): Promise<Delivery> {
    const done = (ok: boolean, attempts: number, detail: string): Delivery => ({
      channel: "slack",
      target: channel,
      ok,
      attempts,
      detail: ok ? detail : safeDetail(detail, secrets),
    });
    const url = webhookUrl(channel);
    if (!url) return done(false, 0, `no webhook configured for ${channel}`);
    if (!httpUrl(url)) return done(false, 0, `the webhook configured for ${channel} is not an http(s) URL`);
    if (signal?.aborted) return done(false, 0, "aborted before sending");

    let attempts = 0;
    let last: Attempt = {};
    const sleep = async (ms: number) => {
      await (options.retry?.sleep ? options.retry.sleep(ms) : delay(ms, undefined, { signal }));
      signal?.throwIfAborted();
    };
    try {
      const hook = await webhook(url);
      await withRetry(
        `Slack ${channel}`,
        () => {
          attempts++;
          last = { signal };
          return attemptContext.run(last, () => hook.send(message));
        },
        (error) => retryable(error, last, signal),
        { ...options.retry, sleep },
      );
      return done(true, attempts, "delivered");
    } catch (error) {
      return done(false, attempts, failureDetail(error, attempts, last, timeoutMs, signal));
    }
  }

  return {
    channel: "slack",
    async notify(notice: ReleaseNotice, signal?: AbortSignal): Promise<Delivery[]> {
      const channels = unique(notice.recipients.slack);
      if (channels.length === 0) return [];
      const message = slackMessage(notice, { jiraUrl: options.jiraUrl });
      return Promise.all(channels.map((channel) => post(channel, message, signal)));
    },
  };
}

// --- failures -------------------------------------------------------------------------------

/** The URL is the credential; a path quoted without its host (by a proxy, say) is one too. */
function webhookSecrets(url: string): string[] {
  try {
    const { pathname } = new URL(url);
    return pathname.length > 8 ? [url, pathname] : [url];
  } catch {
    return [url];
  }
}

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

function retryable(error: unknown, attempt: Attempt, signal?: AbortSignal): HttpFailure | undefined {
  if (isHttpError(error)) return { status: error.statusCode, retryAfter: attempt.retryAfter };
  if (isRequestError(error) && !signal?.aborted) {
    const code = networkCode(error.original);
    // A synthetic 503: withRetry retries by status, and a refused connection is as transient.
    if (code && RETRYABLE_NETWORK.has(code)) return { status: 503 };
  }
  return undefined;
}

function failureDetail(
  error: unknown,
  attempts: number,
  attempt: Attempt,
  timeoutMs: number,
  signal?: AbortSignal,
): string {
  const after = attempts > 1 ? ` after ${attempts} attempts` : "";
  if (error instanceof RetryGaveUp && isHttpError(error.cause)) {
    const wait = retryAfterMs(attempt.retryAfter);
    const seconds = wait === undefined ? "?" : String(Math.round(wait / 1000));
    return `${httpText(error.cause)}: Retry-After ${seconds} s is longer than the retry limit${after}`;
  }
  if (isHttpError(error)) return `${httpText(error)}${after}`;
  if (signal?.aborted || isAbort(error)) return "aborted";
  if (isRequestError(error)) {
    if (isTimeout(error.original)) return `timed out after ${timeoutMs} ms${after}`;
    return `network error: ${networkText(error.original)}${after}`;
  }
  return `failed: ${oneLineMessage(error)}`;
}

/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error: HttpError): string {
  const body = truncate(clean(error.body ?? ""), 120) || clean(error.statusMessage ?? "");
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
  return message ?? networkCode(original) ?? oneLineMessage(original);
}

const isTimeout = (e: unknown) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e: unknown): boolean =>
  e instanceof Error && (e.name === "AbortError" || isAbort((e as { original?: unknown }).original));

function unique(channels: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of channels) {
    const channel = clean(raw);
    const key = channel.replace(/^#/, "").toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(channel);
  }
  return out;
}

// --- the message ----------------------------------------------------------------------------

export interface SlackMessageOptions {
  jiraUrl?: string;
}

/** The Block Kit message for a notice: every untrusted value escaped and cut to Slack's limits. */
export function slackMessage(notice: ReleaseNotice, options: SlackMessageOptions = {}): SlackMessage {
  const title = `${EVENT_EMOJI[notice.event]} ${headline(notice)}`;
  const blocks: SlackBlock[] = [
    // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
    {
      type: "header",
      text: { type: "plain_text", text: truncate(title, SLACK_LIMITS.headerText), emoji: true },
    },
  ];

  const fields = [
    field("Environment", esc(clean(notice.environment))),
    field("Service", esc(clean(notice.service))),
    field("Version", esc(versionText(notice.version))),
    field("Pushed by", esc(clean(notice.pusher))),
  ];
  const committer = committerText(notice.committer);
  if (committer) fields.push(field("Committer", esc(committer)));
  const sha = shortSha(notice.commit.sha);
  if (sha) {
    const commitUrl = httpUrl(notice.commit.url);
    fields.push(field("Commit", commitUrl ? mrkdwnLink(commitUrl, sha) : `\`${esc(sha)}\``));
  }
  const tickets = ticketRefs(notice.tickets, options.jiraUrl);
  if (tickets.length) {
    const parts = tickets.map((t) => (t.url ? mrkdwnLink(t.url, t.key) : esc(t.key)));
    fields.push(field("Tickets", joinWithin(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
  }
  blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });

  const plan = clean(notice.plan);
  if (plan) blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));

  if (notice.event === "failed" && notice.failure) {
    const stage = esc(truncate(clean(notice.failure.stage), 100));
    const reason = clean(notice.failure.reason);
    blocks.push(section(`*Failed at ${stage}*${reason ? `: ${fitEscaped(reason, 2500)}` : ""}`));
    if (notice.failure.log) {
      const tail = codeBlockTail(notice.failure.log, SLACK_LIMITS.sectionText - 8);
      if (tail) blocks.push(section(`\`\`\`\n${tail}\n\`\`\``));
    }
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    const mark = notice.rollback.ok ? "✅" : "⚠️";
    blocks.push(section(`${mark} *Rolled back:* ${fitEscaped(rollbackText(notice.rollback), 2900)}`));
  }

  if (notice.stages.length) {
    const lines = notice.stages.map((s) => {
      const reason = clean(s.reason);
      return `${OUTCOME_MARK[s.outcome] ?? "?"} *${esc(truncate(clean(s.stage), 80))}* ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` — ${fitEscaped(reason, 300)}` : ""}`;
    });
    blocks.push(section(`*Stages*\n${linesWithin(lines, SLACK_LIMITS.sectionText - "*Stages*\n".length)}`));
  }

  const buttons = releaseLinks(notice)
    .filter((l) => l.url.length <= SLACK_LIMITS.buttonUrl)
    .map((l) => ({
      type: "button" as const,
      text: { type: "plain_text" as const, text: l.label },
      url: l.url,
      action_id: l.label === "Commit" ? "gitops-commit" : "gitops-run",
    }));
  if (buttons.length) blocks.push({ type: "actions", elements: buttons });

  let text = `${EVENT_EMOJI[notice.event]} ${fitEscaped(headline(notice), 2000)}`;
  if (notice.event === "failed" && notice.failure) {
    text += ` — failed at ${fitEscaped(clean(notice.failure.stage), 200)}`;
  }
  return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** Slack's three control characters, as its formatting docs ask: & < > and nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const esc = escapeMrkdwn;

// verbatim: Slack leaves bare URLs, #channels and @mentions in untrusted text alone.
function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function field(label: string, escapedValue: string) {
  const prefix = `*${label}*\n`;
  return {
    type: "mrkdwn" as const,
    text: prefix + (cutEscaped(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "—"),
    verbatim: true,
  };
}

/** `<url|label>`: the URL is an http(s) href; `|` and `>` would end it early, `&` is escaped. */
function mrkdwnLink(url: string, label: string): string {
  const target = url.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
  return `<${target}|${esc(label)}>`;
}

/** Escape, then cut to `max` without splitting an entity: cut the raw text, not the escaped. */
function fitEscaped(raw: string, max: number): string {
  if (esc(raw).length <= max) return esc(raw);
  let out = "";
  for (const char of raw) {
    const e = esc(char);
    if (out.length + e.length > max - 1) break;
    out += e;
  }
  return `${out}…`;
}

/** An already-escaped string cut to `max`, backing off an entity the cut would split. */
function cutEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = truncate(escaped, max).slice(0, -1);
  cut = cut.replace(/&[a-z]*$/, "").replace(/<[^>]*$/, "");
  return `${cut}…`;
}

/** The end of the log as the body of a ``` block: escaped, fenced text disarmed, within `max`. */
function codeBlockTail(log: string, max: number): string {
  const disarm = (raw: string) => esc(raw).replace(/```/g, "`\u200b`\u200b`");
  let lines = logTail(log, 25, max).split("\n");
  let body = disarm(lines.join("\n"));
  // Escaping lengthens the text: drop lines from the front until it fits again.
  while (body.length > max && lines.length > 1) {
    lines = lines.slice(1);
    body = disarm(["…", ...lines].join("\n"));
  }
  // One huge line: keep its end, minus an entity the cut split.
  return body.length > max ? body.slice(-max).replace(/^[a-z]{0,3};/, "") : body;
}

function joinWithin(parts: string[], separator: string, max: number): string {
  let out = "";
  for (const [i, part] of parts.entries()) {
    const more = `${separator}and ${parts.length - i} more`;
    const next = out ? `${out}${separator}${part}` : part;
    if (next.length + (i < parts.length - 1 ? more.length : 0) > max) return `${out}${more}`;
    out = next;
  }
  return out;
}

function linesWithin(lines: string[], max: number): string {
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const candidate = [...kept, line].join("\n");
    const suffix = rest > 1 ? `\n… and ${rest - 1} more` : "";
    if (candidate.length + suffix.length > max) {
      kept.push(`… and ${rest} more`);
      break;
    }
    kept.push(line);
  }
  return kept.join("\n");
}
