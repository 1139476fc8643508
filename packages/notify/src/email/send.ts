// One message to its recipients over SMTP with nodemailer (loaded on first use): one outcome per
// recipient, so a refused address is reported without hiding the ones that took it. Transient
// trouble (4xx replies, dropped connections) is retried with @gitops/retry; 5xx refusals are final.
import { setTimeout as delay } from "node:timers/promises";
import { type RetryOptions, withRetry } from "@gitops/retry";
import type { Mail, NodemailerError, SMTPSentMessageInfo, SMTPTransportOptions } from "nodemailer";
import { Deferred, smtpFailure, smtpReply, transient } from "./failure.ts";
import type { EmailMessage } from "./message.ts";

export interface SmtpSettings {
  host: string;
  /** Default: 465 for "tls", 587 for "starttls", 25 for "none". */
  port?: number;
  /** "starttls": upgrade or fail; "tls": TLS from the first byte; "none": plain text, never upgrade. */
  security: "starttls" | "tls" | "none";
  username?: string;
  password?: string;
  /** Extra CA certificates (PEM) to trust, e.g. a company CA. */
  ca?: string | string[];
  /** Tests only: accept a certificate nobody vouches for. */
  tlsRejectUnauthorized?: boolean;
  /** Connect, greeting and socket inactivity timeouts. Default 15 s. */
  timeoutMs?: number;
}

export type Transport = Mail<SMTPSentMessageInfo, SMTPTransportOptions>;

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 } as const;

/**
 * The transport, made on the first call: nodemailer is imported then, so a release that mails
 * nobody never pays for it. A failed import is tried again on the next call.
 */
export function lazyTransport(settings: SmtpSettings): () => Promise<Transport> {
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let transport: Promise<Transport> | undefined;
  return () => {
    transport ??= import("nodemailer")
      .then(({ createTransport }) =>
        createTransport({
          host: settings.host,
          port: settings.port ?? DEFAULT_PORT[settings.security],
          secure: settings.security === "tls",
          requireTLS: settings.security === "starttls",
          ignoreTLS: settings.security === "none",
          auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
          tls: { rejectUnauthorized: settings.tlsRejectUnauthorized ?? true, ca: settings.ca },
          connectionTimeout: timeoutMs,
          greetingTimeout: timeoutMs,
          socketTimeout: timeoutMs,
          logger: false,
        }),
      )
      .catch((error: unknown) => {
        transport = undefined;
        throw error;
      });
    return transport;
  };
}

export interface SendOptions {
  /** The envelope sender. */
  from: string;
  retry?: RetryOptions | undefined;
  signal?: AbortSignal | undefined;
}

export interface RecipientOutcome {
  address: string;
  ok: boolean;
  attempts: number;
  /** One line; may still quote a secret, so the caller scrubs it. */
  detail: string;
}

/** Sends `message` to `recipients` (valid, each once); one outcome per recipient, in their order. */
export async function sendToRecipients(
  transport: () => Promise<Transport>,
  message: EmailMessage,
  recipients: readonly string[],
  options: SendOptions,
): Promise<RecipientOutcome[]> {
  const { signal } = options;
  const key = (address: string) => address.toLowerCase();
  const results = new Map<string, RecipientOutcome>();
  const settle = (address: string, ok: boolean, attempts: number, detail: string) =>
    results.set(key(address), { address, ok, attempts, detail });

  let pending = [...recipients];
  let attempts = 0;
  let deferred = new Map<string, string>();
  const sleep = async (ms: number) => {
    await (options.retry?.sleep ? options.retry.sleep(ms) : delay(ms, undefined, { signal }));
    signal?.throwIfAborted();
  };
  try {
    const smtp = await transport();
    await withRetry(
      "e-mail",
      async () => {
        attempts++;
        deferred = new Map();
        let accepted: string[];
        let refusals: NodemailerError[];
        try {
          const info = await smtp.sendMail({
            ...message,
            to: [...recipients],
            // Retries go only to the addresses still waiting; the To header stays whole.
            envelope: { from: options.from, to: pending },
            signal,
          });
          accepted = (info.accepted ?? []).map(String);
          refusals = info.rejectedErrors ?? [];
        } catch (error) {
          const e = error as NodemailerError;
          // Every recipient refused: still an answer per recipient, not a failed connection.
          if (e?.code !== "EENVELOPE" || !e.rejectedErrors?.length) throw error;
          accepted = [];
          refusals = e.rejectedErrors;
        }
        const acceptedKeys = new Set(accepted.map(key));
        const refusedBy = new Map(refusals.map((r) => [key(String(r.recipient ?? "")), r]));
        for (const address of pending) {
          const refusal = refusedBy.get(key(address));
          if (!refusal || acceptedKeys.has(key(address))) settle(address, true, attempts, "delivered");
          else if (refusal.permanent === false) deferred.set(address, smtpReply(refusal));
          else settle(address, false, attempts, `recipient refused: ${smtpReply(refusal)}`);
        }
        pending = [...deferred.keys()];
        if (pending.length) throw new Deferred();
      },
      (error) => transient(error, signal),
      { ...options.retry, sleep },
    );
  } catch (error) {
    const after = attempts > 1 ? ` after ${attempts} attempts` : "";
    for (const address of pending) {
      const reply = deferred.get(address);
      const detail =
        error instanceof Deferred && reply !== undefined
          ? `recipient deferred: ${reply}${after}`
          : `${smtpFailure(error, signal)}${after}`;
      settle(address, false, attempts, detail);
    }
  }
  return recipients.flatMap((address) => results.get(key(address)) ?? []);
}
