// Tell everyone at once, and never let telling change the release: a notifier that throws
// becomes a failed delivery, and deliverAll itself never throws.
import { errorDetail, safeDetail, scrubSecrets } from "./detail.ts";
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
            detail: safeDetail(`notifier failed: ${errorDetail(error)}`, secrets),
          }),
        ];
      }
    }),
  );
  return perNotifier.flat();
}
