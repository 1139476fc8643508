// What a failed send means: whether to try again (for @gitops/retry) and the one-line detail,
// built from nodemailer's codes and the server's reply; and the secrets a detail must not show.
import type { HttpFailure } from "@gitops/retry";
import { clean } from "@gitops/text";
import type { NodemailerError } from "nodemailer";
import { errorDetail } from "../detail.ts";

const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT"]);

/** Some recipients got a 4xx: worth another attempt for them alone. */
export class Deferred extends Error {
  constructor() {
    super("some recipients were deferred");
    this.name = "Deferred";
  }
}

/** Deferred recipients, 4xx replies and connections that never got going; not 5xx, auth or TLS. */
export function transient(error: unknown, signal?: AbortSignal): HttpFailure | undefined {
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
export function smtpReply(error: NodemailerError): string {
  return clean(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}

/** One line about a failed send; built from the code and the server's reply, never the raw error. */
export function smtpFailure(error: unknown, signal?: AbortSignal): string {
  const e = error as NodemailerError;
  const message = errorDetail(error);
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
export function smtpSecrets(username?: string, password?: string): string[] {
  if (!password) return [];
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  return [password, b64(password), b64(`\u0000${username ?? ""}\u0000${password}`)];
}
