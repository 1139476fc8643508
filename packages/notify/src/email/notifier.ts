// The e-mail channel: one message per notice to everyone who should know, one Delivery per
// recipient (addresses that are not addresses included), details scrubbed of the password.
import type { RetryOptions } from "@gitops/retry";
import { clean, truncate } from "@gitops/text";
import { safeDetail } from "../detail.ts";
import type { Delivery, Notifier, ReleaseNotice } from "../notice.ts";
import { smtpSecrets } from "./failure.ts";
import { emailMessage } from "./message.ts";
import { recipientsOf } from "./recipients.ts";
import { lazyTransport, type RecipientOutcome, type SmtpSettings, sendToRecipients } from "./send.ts";

export interface EmailOptions extends SmtpSettings {
  /** The From header, e.g. "gitops <deploys@acme.example>". */
  from: string;
  /** Addresses told about every release, on top of the descriptor's. */
  always?: string[];
  /** JIRA base URL: cited tickets become links to `${jiraUrl}/browse/KEY`. */
  jiraUrl?: string;
  retry?: RetryOptions;
}

export function emailNotifier(options: EmailOptions): Notifier {
  const secrets = smtpSecrets(options.username, options.password);
  const transport = lazyTransport(options);
  const delivery = ({ address, ok, attempts, detail }: RecipientOutcome): Delivery => ({
    channel: "email",
    target: address,
    ok,
    attempts,
    detail: ok ? detail : safeDetail(detail, secrets),
  });

  return {
    channel: "email",
    async notify(notice: ReleaseNotice, signal?: AbortSignal): Promise<Delivery[]> {
      const { valid, invalid } = recipientsOf(notice, options.always ?? []);
      const refused = invalid.map(
        (raw): Delivery => ({
          channel: "email",
          target: truncate(clean(raw), 100),
          ok: false,
          attempts: 0,
          detail: "not an e-mail address",
        }),
      );
      if (valid.length === 0) return refused;
      const outcomes = signal?.aborted
        ? valid.map((address) => ({ address, ok: false, attempts: 0, detail: "aborted before sending" }))
        : await sendToRecipients(
            transport,
            emailMessage(notice, { from: options.from, jiraUrl: options.jiraUrl }),
            valid,
            { from: options.from, retry: options.retry, signal },
          );
      return [...outcomes.map(delivery), ...refused];
    },
  };
}
