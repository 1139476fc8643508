// A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps what it receives,
// parsed by mailparser, so tests send through nodemailer unchanged and assert on the result.
// TLS (implicit or STARTTLS) uses a throwaway CA and certificate made with openssl per sink.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HeaderValue, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerError } from "smtp-server";
import { makeCertificates } from "../../../packages/checks/test/tls.ts";

export interface SmtpSinkOptions {
  /** Implicit TLS from the first byte (what port 465 does). */
  tls?: boolean;
  /** Offer STARTTLS on a plain connection. */
  starttls?: boolean;
  /** Require AUTH PLAIN/LOGIN with these credentials; without it, AUTH is not offered. */
  auth?: { username: string; password: string };
  /** Refuse RCPT TO for an address: `true` gives 550, or give the code and text (450 defers). */
  rejectRecipients?: (address: string) => boolean | { code: number; message: string };
  /** Key and certificate to serve instead of generated ones. */
  certificates?: { key: string; cert: string; ca?: string };
}

export interface ReceivedMessage {
  envelope: { from: string; to: string[] };
  /** Parsed headers keyed by lower-case name (mailparser's Map). */
  headers: Map<string, HeaderValue>;
  subject?: string;
  text?: string;
  html?: string;
  /** The message as it came over the wire. */
  raw: string;
  /** Whether the session was encrypted, and who logged in. */
  secure: boolean;
  user?: string;
}

export interface SmtpSink {
  host: "127.0.0.1";
  port: number;
  /** The CA (PEM) that signed the sink's certificate, when it has one: trust it instead of turning checks off. */
  ca?: string;
  messages: ReceivedMessage[];
  /** Failed AUTH attempts. */
  authFailures: number;
  /** Connection errors the server saw (a client refusing the certificate, say). */
  errors: Error[];
  close(): Promise<void>;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const wantsTls = Boolean(options.tls || options.starttls);
  let dir: string | undefined;
  let certificates = options.certificates;
  if (wantsTls && !certificates) {
    dir = await mkdtemp(join(tmpdir(), "smtp-sink-"));
    certificates = await makeCertificates(dir);
  }
  const messages: ReceivedMessage[] = [];
  const errors: Error[] = [];
  const sink = { authFailures: 0 };
  const disabled = [...(options.starttls ? [] : ["STARTTLS"]), ...(options.auth ? [] : ["AUTH"])];

  const server = new SMTPServer({
    name: "smtp-sink.test",
    secure: Boolean(options.tls),
    ...(certificates ? { key: certificates.key, cert: certificates.cert } : {}),
    disabledCommands: disabled,
    authOptional: !options.auth,
    // Lets tests log in over a plain connection too; the client's security setting is under test.
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const expected = options.auth;
      if (expected && auth.username === expected.username && auth.password === expected.password) {
        callback(null, { user: auth.username });
        return;
      }
      sink.authFailures++;
      callback(smtpError(535, "5.7.8 Authentication credentials invalid"));
    },
    onRcptTo(address, _session, callback) {
      const verdict = options.rejectRecipients?.(address.address) ?? false;
      if (verdict === false) return callback();
      if (verdict === true)
        return callback(smtpError(550, `5.1.1 <${address.address}>: Recipient address rejected`));
      callback(smtpError(verdict.code, verdict.message));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            const message: ReceivedMessage = {
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              headers: parsed.headers,
              raw,
              secure: session.secure,
            };
            if (parsed.subject !== undefined) message.subject = parsed.subject;
            if (parsed.text !== undefined) message.text = parsed.text;
            if (typeof parsed.html === "string") message.html = parsed.html;
            if (typeof session.user === "string") message.user = session.user;
            messages.push(message);
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });

  // A client that hangs up mid-handshake (one refusing the certificate) is an event, not a crash.
  server.on("error", (error: Error) => errors.push(error));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  const result: SmtpSink = {
    host: "127.0.0.1",
    port,
    messages,
    errors,
    get authFailures() {
      return sink.authFailures;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
  if (certificates?.ca !== undefined) result.ca = certificates.ca;
  return result;
}

function smtpError(code: number, message: string): SMTPServerError {
  const error: SMTPServerError = new Error(message);
  error.responseCode = code;
  return error;
}
