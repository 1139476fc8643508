// Tell everyone at once, and never let telling change the release: a notifier that throws
// becomes a failed delivery, and deliverAll itself never throws.
import { clean, truncate } from "./messages.ts";
import type { Delivery, Notifier, ReleaseNotice } from "./notice.ts";

export interface DeliverOptions {
  signal?: AbortSignal;
  /** Called as each delivery is known (for a live log); an exception in it is ignored. */
  onDelivery?: (delivery: Delivery) => void;
  /** Extra secret values to keep out of every detail, on top of what each notifier scrubs. */
  secrets?: string[];
}

export async function deliverAll(
  notifiers: readonly Notifier[],
  notice: ReleaseNotice,
  options: DeliverOptions = {},
): Promise<Delivery[]> {
  const secrets = options.secrets ?? [];
  const report = (delivery: Delivery): Delivery => {
    const scrubbed = { ...delivery, detail: scrubSecrets(delivery.detail, secrets) };
    try {
      options.onDelivery?.(scrubbed);
    } catch {
      // A broken progress callback must not lose the delivery or fail the release.
    }
    return scrubbed;
  };
  const perNotifier = await Promise.all(
    notifiers.map(async (notifier): Promise<Delivery[]> => {
      try {
        const deliveries = await notifier.notify(notice, options.signal);
        return Array.isArray(deliveries) ? deliveries.map(report) : [];
      } catch (error) {
        const channel = typeof notifier.channel === "string" ? notifier.channel : "unknown";
        return [
          report({
            channel,
            target: channel,
            ok: false,
            attempts: 0,
            detail: safeDetail(`notifier failed: ${oneLineMessage(error)}`, secrets),
          }),
        ];
      }
    }),
  );
  return perNotifier.flat();
}

// Incoming-webhook and workflow-trigger URLs carry their credential in the path.
const SLACK_HOOK_URL = /\bhttps?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>`)\]]*/gi;
const SLACK_HOOK_PATH = /\/(?:services|triggers|workflows)\/T[A-Z0-9]+\/[A-Za-z0-9_/-]+/g;

/**
 * `text` with every secret value (and its URL-encoded form) and anything that looks like a
 * Slack webhook URL or path replaced by "***". Longest secrets first, so a secret that contains
 * another is removed whole.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret === "") continue;
    values.add(secret);
    values.add(encodeURIComponent(secret));
  }
  let result = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    result = result.split(value).join("***");
  }
  return result.replace(SLACK_HOOK_URL, "***").replace(SLACK_HOOK_PATH, "/***");
}

/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
export function oneLineMessage(error: unknown): string {
  const message =
    error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
  return clean(message) || "unknown error";
}

/**
 * A Delivery detail: one line, secrets scrubbed, then cut to `max` characters. Scrubbing comes
 * first so a cut can never leave the front half of a secret behind.
 */
export function safeDetail(text: string, secrets: readonly string[], max = 300): string {
  return truncate(scrubSecrets(clean(text), secrets), max);
}
