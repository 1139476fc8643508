// The Slack channel: one post per channel the notice lists, through that channel's incoming
// webhook. The webhook URL is the credential, so no detail ever quotes it.
import type { RetryOptions } from "@gitops/retry";
import { clean } from "@gitops/text";
import { safeDetail } from "../detail.ts";
import { httpUrl } from "../messages.ts";
import type { Delivery, Notifier, ReleaseNotice } from "../notice.ts";
import { type SlackMessage, slackMessage } from "./message.ts";
import { sendToWebhook } from "./send.ts";

export interface SlackOptions {
  /** Channel as the descriptor names it ("#payments-deploys") → its incoming-webhook URL. */
  channels: Record<string, string>;
  /** JIRA base URL: cited tickets become links to `${jiraUrl}/browse/KEY`. */
  jiraUrl?: string;
  retry?: RetryOptions;
  /** Per request. Default 10 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function slackNotifier(options: SlackOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = Object.values(options.channels).flatMap(webhookSecrets);

  async function post(channel: string, message: SlackMessage, signal?: AbortSignal): Promise<Delivery> {
    const done = (ok: boolean, attempts: number, detail: string): Delivery => ({
      channel: "slack",
      target: channel,
      ok,
      attempts,
      detail: ok ? detail : safeDetail(detail, secrets),
    });
    const url = webhookFor(options.channels, channel);
    if (!url) return done(false, 0, `no webhook configured for ${channel}`);
    if (!httpUrl(url)) return done(false, 0, `the webhook configured for ${channel} is not an http(s) URL`);
    if (signal?.aborted) return done(false, 0, "aborted before sending");
    const sent = await sendToWebhook(url, message, { timeoutMs, retry: options.retry, signal });
    return done(sent.ok, sent.attempts, sent.detail);
  }

  return {
    channel: "slack",
    async notify(notice: ReleaseNotice, signal?: AbortSignal): Promise<Delivery[]> {
      const channels = uniqueChannels(notice.recipients.slack);
      if (channels.length === 0) return [];
      const message = slackMessage(notice, { jiraUrl: options.jiraUrl });
      return Promise.all(channels.map((channel) => post(channel, message, signal)));
    },
  };
}

/** The channel's webhook: `#` optional, then case-insensitive. */
function webhookFor(channels: Record<string, string>, channel: string): string | undefined {
  const bare = channel.replace(/^#/, "");
  const exact = channels[channel] ?? channels[`#${bare}`] ?? channels[bare];
  if (exact) return exact;
  const lower = bare.toLowerCase();
  const key = Object.keys(channels).find((k) => k.replace(/^#/, "").toLowerCase() === lower);
  return key === undefined ? undefined : channels[key];
}

/** Each channel once, however the descriptor writes it. */
function uniqueChannels(channels: readonly string[]): string[] {
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

/** The URL is the credential; a path quoted without its host (by a proxy, say) is one too. */
function webhookSecrets(url: string): string[] {
  try {
    const { pathname } = new URL(url);
    return pathname.length > 8 ? [url, pathname] : [url];
  } catch {
    return [url];
  }
}
