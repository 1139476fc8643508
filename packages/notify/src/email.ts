// E-mail over SMTP with nodemailer: one message per notice to everyone who should know, one
// Delivery per recipient, so a refused address is reported without hiding the ones that took it.
// Transient trouble (4xx replies, dropped connections) is retried; 5xx refusals are final.

import { createHash, randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { escapeHtml as h } from "@gitops/model";
import { type HttpFailure, type RetryOptions, withRetry } from "@gitops/retry";
import type {
  Mail,
  NodemailerError,
  SendMailOptions,
  SMTPSentMessageInfo,
  SMTPTransportOptions,
} from "nodemailer";
import { oneLineMessage, safeDetail } from "./deliver.ts";
import {
  clean,
  committerText,
  durationText,
  EVENT_EMOJI,
  headline,
  logTail,
  OUTCOME_MARK,
  releasedVersion,
  releaseLinks,
  rollbackText,
  shortSha,
  subjectLine,
  ticketRefs,
  truncate,
  versionText,
} from "./messages.ts";
import type { Delivery, Notifier, ReleaseNotice } from "./notice.ts";

export interface EmailOptions {
  host: string;
  /** Default: 465 for "tls", 587 for "starttls", 25 for "none". */
  port?: number;
  /** "starttls": upgrade or fail; "tls": TLS from the first byte; "none": plain text, never upgrade. */
  security: "starttls" | "tls" | "none";
  username?: string;
  password?: string;
  /** The From header, e.g. "gitops <deploys@acme.example>". */
  from: string;
  /** Addresses told about every release, on top of the descriptor's. */
  always?: string[];
  /** JIRA base URL: cited tickets become links to `${jiraUrl}/browse/KEY`. */
  jiraUrl?: string;
  /** Extra CA certificates (PEM) to trust, e.g. a company CA. */
  ca?: string | string[];
  /** Tests only: accept a certificate nobody vouches for. */
  tlsRejectUnauthorized?: boolean;
  retry?: RetryOptions;
  /** Connect, greeting and socket inactivity timeouts. Default 15 s. */
  timeoutMs?: number;
}

type Transport = Mail<SMTPSentMessageInfo, SMTPTransportOptions>;

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 } as const;
const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT"]);

export function emailNotifier(options: EmailOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = smtpSecrets(options.username, options.password);
  let transport: Promise<Transport> | undefined;

  // nodemailer is loaded on the first notice, so a release that mails nobody never pays for it.
  function mailer(): Promise<Transport> {
    transport ??= import("nodemailer")
      .then(({ createTransport }) =>
        createTransport({
          host: options.host,
          port: options.port ?? DEFAULT_PORT[options.security],
          secure: options.security === "tls",
          requireTLS: options.security === "starttls",
          ignoreTLS: options.security === "none",
          auth: options.username ? { user: options.username, pass: options.password ?? "" } : undefined,
          tls: { rejectUnauthorized: options.tlsRejectUnauthorized ?? true, ca: options.ca },
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
  }

  return {
    channel: "email",
    async notify(notice: ReleaseNotice, signal?: AbortSignal): Promise<Delivery[]> {
      const { valid, invalid } = recipientsOf(notice, options.always ?? []);
      const results = new Map<string, Delivery>();
      const key = (address: string) => address.toLowerCase();
      const settle = (address: string, ok: boolean, attempts: number, detail: string) =>
        results.set(key(address), {
          channel: "email",
          target: address,
          ok,
          attempts,
          detail: ok ? detail : safeDetail(detail, secrets),
        });
      const refused = invalid.map(
        (raw): Delivery => ({
          channel: "email",
          target: truncate(clean(raw), 100),
          ok: false,
          attempts: 0,
          detail: "not an e-mail address",
        }),
      );
      const inOrder = () => [...valid.flatMap((v) => results.get(key(v)) ?? []), ...refused];
      if (valid.length === 0) return refused;
      if (signal?.aborted) {
        for (const address of valid) settle(address, false, 0, "aborted before sending");
        return inOrder();
      }

      const message = emailMessage(notice, { from: options.from, jiraUrl: options.jiraUrl });
      let pending = valid;
      let attempts = 0;
      let deferred = new Map<string, string>();
      const sleep = async (ms: number) => {
        await (options.retry?.sleep ? options.retry.sleep(ms) : delay(ms, undefined, { signal }));
        signal?.throwIfAborted();
      };
      try {
        const smtp = await mailer();
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
                to: valid,
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
      return inOrder();
    },
  };
}

/** Some recipients got a 4xx: worth another attempt for them alone. */
class Deferred extends Error {
  constructor() {
    super("some recipients were deferred");
    this.name = "Deferred";
  }
}

function transient(error: unknown, signal?: AbortSignal): HttpFailure | undefined {
  if (signal?.aborted) return undefined;
  // Synthetic 503s: withRetry retries by status, and these are the SMTP equivalents.
  if (error instanceof Deferred) return { status: 503 };
  const e = error as NodemailerError;
  if (typeof e?.responseCode === "number") return e.permanent === false ? { status: 503 } : undefined;
  // A socket that went quiet mid-session may have delivered already: a second copy is worse.
  if (e?.code === "ETIMEDOUT" && e.timeoutType === "SOCKET_TIMEOUT") return undefined;
  if (typeof e?.code === "string" && NETWORK_CODES.has(e.code) && !isTlsFailure(e)) return { status: 503 };
  return undefined;
}

// Certificate and handshake failures come back as ESOCKET; they do not fix themselves.
const isTlsFailure = (e: NodemailerError | undefined) =>
  e?.code === "ETLS" || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_(?:TLS|SSL)_/.test(e?.originalCode ?? "");

/** "550 Mailbox unavailable": the server's reply, one line. */
function smtpReply(error: NodemailerError): string {
  return clean(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}

/** One line about a failed send; built from the code and the server's reply, never the raw error. */
function smtpFailure(error: unknown, signal?: AbortSignal): string {
  const e = error as NodemailerError;
  const message = oneLineMessage(error);
  const reply = e?.response ? clean(e.response) : "";
  if (signal?.aborted || e?.code === "EABORT" || e?.name === "AbortError") return "aborted";
  if (isTlsFailure(e)) return `TLS failed: ${message}`;
  switch (e?.code) {
    case "EAUTH":
      return `authentication failed: ${reply || message}`;
    case "ENOAUTH":
      return "authentication failed: the server wants credentials and none are configured";
    case "EENVELOPE":
      return `sender or recipients refused: ${reply || message}`;
    case "EMESSAGE":
      return `message refused: ${reply || message}`;
    case "ETIMEDOUT":
      return `timed out: ${message}`;
    case "ECONNECTION":
    case "ESOCKET":
    case "EDNS":
      return `connection failed: ${message}`;
    default:
      return `send failed: ${message}`;
  }
}

/** The password, and the base64 forms AUTH PLAIN and AUTH LOGIN put on the wire. */
function smtpSecrets(username?: string, password?: string): string[] {
  if (!password) return [];
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  return [password, b64(password), b64(`\u0000${username ?? ""}\u0000${password}`)];
}

// --- recipients -----------------------------------------------------------------------------

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;

/** The descriptor's addresses, the maintainer and `always`, once each whatever the case. */
export function recipientsOf(
  notice: ReleaseNotice,
  always: readonly string[],
): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of [...notice.recipients.emails, notice.recipients.maintainer?.email ?? "", ...always]) {
    const address = typeof raw === "string" ? raw.trim() : "";
    if (!address) continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (ADDRESS.test(address) ? valid : invalid).push(address);
  }
  return { valid, invalid };
}

// --- the message ----------------------------------------------------------------------------

export interface EmailMessageOptions {
  from: string;
  jiraUrl?: string;
}

/** Subject, headers, plain-text and HTML bodies for a notice (recipients are added by the notifier). */
export function emailMessage(
  notice: ReleaseNotice,
  options: EmailMessageOptions,
): Required<Pick<SendMailOptions, "from" | "subject" | "text" | "html" | "headers" | "messageId">> &
  Pick<SendMailOptions, "references" | "inReplyTo"> {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(options.from)?.[1] ?? "gitops.invalid";
  // Every notice of one release cites the same (never sent) root, so mail clients thread them.
  const release = createHash("sha256")
    .update(`${notice.environment}\u0000${notice.service}\u0000${notice.commit.sha}`)
    .digest("hex")
    .slice(0, 24);
  const random = randomBytes(8).toString("hex");
  const root = `<release.${release}@${domain}>`;
  return {
    from: options.from,
    subject: truncate(subjectLine(notice), 200),
    text: emailText(notice, options.jiraUrl),
    html: emailHtml(notice, options.jiraUrl),
    messageId: `<${notice.event}.${release}.${random}@${domain}>`,
    references: root,
    inReplyTo: root,
    headers: {
      "Auto-Submitted": "auto-generated",
      "X-Auto-Response-Suppress": "All",
      "X-Gitops-Event": notice.event,
      "X-Gitops-Service": truncate(clean(notice.service), 200),
      "X-Gitops-Environment": truncate(clean(notice.environment), 200),
      "X-Gitops-Version": truncate(releasedVersion(notice.version), 200),
    },
  };
}

function facts(notice: ReleaseNotice, jiraUrl?: string) {
  const rows: { label: string; value: string; url?: string }[] = [
    { label: "Environment", value: clean(notice.environment) },
    { label: "Service", value: clean(notice.service) },
    { label: "Version", value: versionText(notice.version) },
    { label: "Pushed by", value: clean(notice.pusher) },
  ];
  const committer = committerText(notice.committer);
  if (committer) rows.push({ label: "Committer", value: committer });
  const commit = releaseLinks(notice).find((l) => l.label === "Commit");
  const sha = shortSha(notice.commit.sha);
  if (sha) rows.push({ label: "Commit", value: sha, url: commit?.url });
  const plan = clean(notice.plan);
  if (plan) rows.push({ label: "Plan", value: truncate(plan, 1000) });
  return { rows, tickets: ticketRefs(notice.tickets, jiraUrl) };
}

export function emailText(notice: ReleaseNotice, jiraUrl?: string): string {
  const { rows, tickets } = facts(notice, jiraUrl);
  const out = [`${EVENT_EMOJI[notice.event]} ${headline(notice)}`, ""];
  const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
  for (const row of rows) out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
  if (tickets.length) {
    out.push(
      `${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`,
    );
  }
  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    out.push("", `Failed at ${clean(notice.failure.stage)}${reason ? `: ${truncate(reason, 1000)}` : ""}`);
    const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
    if (tail) out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
  }
  if (notice.event === "rolled-back" && notice.rollback)
    out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
  if (notice.stages.length) {
    out.push("", "Stages:");
    for (const s of notice.stages) {
      const reason = truncate(clean(s.reason), 300);
      out.push(
        `  ${OUTCOME_MARK[s.outcome] ?? "?"} ${clean(s.stage)}: ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` (${reason})` : ""}`,
      );
    }
  }
  const links = releaseLinks(notice);
  if (links.length) {
    out.push("");
    for (const link of links) out.push(`${link.label}: ${link.url}`);
  }
  out.push("", "-- ", `Sent by gitops for ${clean(notice.service)} in ${clean(notice.environment)}.`);
  return `${out.join("\n")}\n`;
}

export function emailHtml(notice: ReleaseNotice, jiraUrl?: string): string {
  const { rows, tickets } = facts(notice, jiraUrl);
  const a = (url: string, label: string) => `<a href="${h(url)}">${h(label)}</a>`;
  const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
  const out = [
    "<!doctype html>",
    "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
    `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${h(headline(notice))}</h2>`,
    '<table style="border-collapse:collapse">',
  ];
  for (const row of rows) {
    out.push(
      `<tr><th ${th}>${h(row.label)}</th><td>${row.url ? a(row.url, row.value) : h(row.value)}</td></tr>`,
    );
  }
  if (tickets.length) {
    const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : h(t.key))).join(", ");
    out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
  }
  out.push("</table>");
  if (notice.event === "failed" && notice.failure) {
    const reason = clean(notice.failure.reason);
    out.push(
      `<p><strong>Failed at ${h(clean(notice.failure.stage))}</strong>${reason ? `: ${h(truncate(reason, 1000))}` : ""}</p>`,
    );
    const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
    if (tail) {
      out.push(
        `<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${h(tail)}</pre>`,
      );
    }
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    out.push(`<p><strong>Rolled back:</strong> ${h(rollbackText(notice.rollback))}</p>`);
  }
  if (notice.stages.length) {
    out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
    for (const s of notice.stages) {
      out.push(
        `<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${h(clean(s.stage))}</td><td>${h(s.outcome)}</td><td style="padding:2px 8px">${durationText(s.durationMs)}</td><td>${h(truncate(clean(s.reason), 300))}</td></tr>`,
      );
    }
    out.push("</table>");
  }
  const links = releaseLinks(notice);
  if (links.length) out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" · ")}</p>`);
  out.push(
    `<p style="color:#59636e;font-size:12px">Sent by gitops for ${h(clean(notice.service))} in ${h(clean(notice.environment))}.</p>`,
    "</body></html>",
  );
  return `${out.join("\n")}\n`;
}
