// One message to one incoming webhook: a POST through @slack/webhook, retried by our policy
// (@gitops/retry: 429 waiting at least Retry-After, 5xx with backoff, bounded). @slack/webhook 8
// keeps an error's status and body but drops its headers, so the webhook is given a fetch that
// keeps the last answer's Retry-After.
import { setTimeout as delay } from "node:timers/promises";
import { type RetryOptions, withRetry } from "@gitops/retry";
import type { FetchFunction } from "@slack/webhook";
import { failureDetail, retryable } from "./failure.ts";
import type { SlackMessage } from "./message.ts";

export interface SendOptions {
  /** Per request. */
  timeoutMs: number;
  retry?: RetryOptions | undefined;
  /** The release's signal: cancels the request in flight and any wait before the next. */
  signal?: AbortSignal | undefined;
}

export interface SendResult {
  ok: boolean;
  attempts: number;
  /** One line; may still quote a secret, so the caller scrubs it. */
  detail: string;
}

export async function sendToWebhook(
  url: string,
  message: SlackMessage,
  options: SendOptions,
): Promise<SendResult> {
  const { signal, timeoutMs } = options;
  let attempts = 0;
  let retryAfter: string | undefined;

  const recordingFetch: FetchFunction = async (input, init) => {
    // init.signal is the webhook's own timeout; the release's signal cancels as well.
    const signals = [init?.signal, signal].filter((s): s is AbortSignal => s !== undefined);
    const response = await fetch(input, {
      ...init,
      signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    });
    retryAfter = response.headers.get("retry-after") ?? undefined;
    return response;
  };
  const sleep = async (ms: number) => {
    await (options.retry?.sleep ? options.retry.sleep(ms) : delay(ms, undefined, { signal }));
    signal?.throwIfAborted();
  };

  try {
    // Loaded on the first post, so a release that tells nobody on Slack never pays for it.
    const { IncomingWebhook } = await import("@slack/webhook");
    const hook = new IncomingWebhook(url, { timeout: timeoutMs, fetch: recordingFetch });
    await withRetry(
      "Slack webhook",
      () => {
        attempts++;
        retryAfter = undefined;
        return hook.send(message);
      },
      (error) => retryable(error, retryAfter, signal),
      { ...options.retry, sleep },
    );
    return { ok: true, attempts, detail: "delivered" };
  } catch (error) {
    return { ok: false, attempts, detail: failureDetail(error, { attempts, retryAfter, timeoutMs, signal }) };
  }
}
