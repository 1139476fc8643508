// One attempt against one target: an HTTP(S) request judged against an expectation, or a TCP connect.
// Built on node:http/https/net rather than fetch so that the TLS trust (a CA, or no verification) and the
// socket's life are ours: every attempt has its own socket (`agent: false`) and destroys it when done.
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import type { Endpoint, Expectation, HttpMethod, SmokeCheck, StatusRange } from "@gitops/model";
import { oneLine } from "@gitops/text";

export type ProbeErrorKind =
  | "connection-refused"
  | "timeout"
  | "dns"
  | "tls"
  | "unexpected-status"
  | "body-mismatch"
  | "header-mismatch"
  | "json-mismatch"
  | "connection-reset"
  | "other";

/** `message` is for people: "expected status 200, got 503", "connection refused at 127.0.0.1:8080". */
export interface ProbeError {
  kind: ProbeErrorKind;
  message: string;
}

export interface ProbeResult {
  ok: boolean;
  latencyMs: number;
  status?: number;
  error?: ProbeError;
}

export interface HttpTarget {
  kind: "http";
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  expect: Expectation;
  /** PEM: the CA (or bundle) to trust instead of the system's. */
  ca?: string;
  insecureSkipVerify?: boolean;
  /** The most redirects followed; default 5, 0 judges the first response. */
  followRedirects?: number;
}

export interface TcpTarget {
  kind: "tcp";
  host: string;
  port: number;
}

export type ProbeTarget = HttpTarget | TcpTarget;

export interface ProbeOptions {
  /** Covers everything: connect, TLS, each redirect, the response and its body. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Monotonic milliseconds for `latencyMs`; `performance.now` unless given. */
  now?: () => number;
}

/** The most body read per response; the rest is not downloaded. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_FOLLOW_REDIRECTS = 5;
const USER_AGENT = "gitops-checks";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One attempt. Never rejects: every failure is a result with an `error`. */
export async function probe(target: ProbeTarget, options: ProbeOptions): Promise<ProbeResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const guard = new Guard(options.timeoutMs, options.signal);
  let outcome: Outcome;
  try {
    outcome = target.kind === "tcp" ? await connectTcp(target, guard) : await requestHttp(target, guard);
  } catch (err) {
    // Only a bug gets here (everything expected is turned into an outcome); still, a probe never throws.
    outcome = { ok: false, error: { kind: "other", message: messageOf(err) } };
  } finally {
    guard.dispose();
  }
  return { ...outcome, latencyMs: Math.max(0, Math.round((now() - started) * 10) / 10) };
}

/** A readable name for the target: the URL, or tcp://host:port. */
export function describeTarget(target: ProbeTarget): string {
  return target.kind === "tcp" ? `tcp://${hostPort(target.host, target.port)}` : target.url;
}

/**
 * The probe target of a healthcheck endpoint. Relative paths resolve against the service's domain and port
 * for the environment; scheme https when the endpoint has `tls`. TCP endpoints connect to the domain.
 * `readCa` reads `tls.caFile` (a path as the descriptor gives it); required when an endpoint names one.
 */
export function targetFor(
  endpoint: Endpoint,
  service: { domain: string; port: number },
  readCa?: (path: string) => string,
): ProbeTarget {
  if (endpoint.kind === "tcp")
    return { kind: "tcp", host: stripBrackets(service.domain), port: endpoint.port };
  const target: HttpTarget = {
    kind: "http",
    url: resolveUrl(endpoint.target, service, endpoint.tls ? "https" : "http"),
    method: endpoint.method,
    headers: { ...endpoint.headers },
    expect: endpoint.expect,
  };
  if (endpoint.tls) {
    if (endpoint.tls.insecureSkipVerify) target.insecureSkipVerify = true;
    if (endpoint.tls.caFile !== undefined) {
      if (!readCa) {
        throw new Error(
          `endpoint "${endpoint.name}" trusts the CA in ${endpoint.tls.caFile}, but no readCa was given to read it`,
        );
      }
      target.ca = readCa(endpoint.tls.caFile);
    }
  }
  return target;
}

/** The probe target of a smoke check: its request against the service's domain and port, over http. */
export function smokeTarget(check: SmokeCheck, service: { domain: string; port: number }): ProbeTarget {
  const target: HttpTarget = {
    kind: "http",
    url: resolveUrl(check.request.path, service, "http"),
    method: check.request.method,
    headers: { ...check.request.headers },
    expect: check.expect,
  };
  if (check.request.body !== undefined) target.body = check.request.body;
  return target;
}

function resolveUrl(pathOrUrl: string, service: { domain: string; port: number }, scheme: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
  return new URL(path, `${scheme}://${hostPort(service.domain, service.port)}`).toString();
}

function hostPort(host: string, port: number): string {
  const bare = stripBrackets(host);
  return `${bare.includes(":") ? `[${bare}]` : bare}:${port}`;
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

// ---------------------------------------------------------------------------------------------------------
// The attempt's time limit and cancellation, in one place: whatever is in flight registers how to stop.

type Outcome = Omit<ProbeResult, "latencyMs">;

class Guard {
  reason: "timeout" | "cancelled" | undefined;
  private readonly timer: NodeJS.Timeout | undefined;
  private stop: (() => void) | undefined;
  private readonly onAbort = () => this.fire("cancelled");

  constructor(
    readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (signal?.aborted) {
      this.reason = "cancelled";
      return;
    }
    signal?.addEventListener("abort", this.onAbort, { once: true });
    this.timer = setTimeout(() => this.fire("timeout"), Math.max(0, timeoutMs));
  }

  /** Registers how to stop the work in flight; runs it at once when the attempt is already over. */
  onStop(stop: () => void): void {
    this.stop = stop;
    if (this.reason) stop();
  }

  /** The error to report when the guard stopped the attempt. */
  error(where: string): ProbeError | undefined {
    if (this.reason === "timeout")
      return { kind: "timeout", message: `timed out after ${this.timeoutMs} ms waiting for ${where}` };
    if (this.reason === "cancelled") return { kind: "other", message: "cancelled" };
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this.onAbort);
    this.stop = undefined;
  }

  private fire(reason: "timeout" | "cancelled"): void {
    if (this.reason) return;
    this.reason = reason;
    clearTimeout(this.timer);
    this.stop?.();
  }
}

// ---------------------------------------------------------------------------------------------------------
// TCP

function connectTcp(target: TcpTarget, guard: Guard): Promise<Outcome> {
  const where = hostPort(target.host, target.port);
  return new Promise((resolve) => {
    const early = guard.error(where);
    if (early) return resolve({ ok: false, error: early });
    let settled = false;
    const socket = net.connect({ host: target.host, port: target.port });
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(outcome);
    };
    socket.on("connect", () => settle({ ok: true }));
    socket.on("error", (err) =>
      settle({ ok: false, error: guard.error(where) ?? probeErrorFor(err, where) }),
    );
    socket.on("close", () => settle({ ok: false, error: guard.error(where) ?? closedEarly(where) }));
    guard.onStop(() => settle({ ok: false, error: guard.error(where)! }));
  });
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  truncated: boolean;
}

async function requestHttp(target: HttpTarget, guard: Guard): Promise<Outcome> {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return { ok: false, error: { kind: "other", message: `not a URL: ${target.url}` } };
  }
  let method: string = target.method;
  let body = target.body;
  let headers = withUserAgent(target.headers);
  const limit = Math.max(0, target.followRedirects ?? DEFAULT_FOLLOW_REDIRECTS);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return { ok: false, error: { kind: "other", message: `cannot probe ${url.protocol} URLs: ${url}` } };
    }
    const res = await send(url, method, headers, body, target, guard);
    if ("error" in res) return { ok: false, error: res.error };
    const location = firstHeader(res.headers.location);
    const follow =
      REDIRECTS.has(res.status) && location !== undefined && !accepts(target.expect.status, res.status);
    if (!follow || limit === 0) return judge(res, target.expect);
    if (hop >= limit) {
      return {
        ok: false,
        status: res.status,
        error: {
          kind: "unexpected-status",
          message: `too many redirects: followed ${limit}, then ${res.status} to ${location} at ${url}`,
        },
      };
    }
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return {
        ok: false,
        status: res.status,
        error: { kind: "other", message: `redirect ${res.status} to an invalid Location: ${location}` },
      };
    }
    if (next.origin !== url.origin)
      headers = without(headers, ["authorization", "cookie", "proxy-authorization"]);
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      if (method !== "HEAD") method = "GET";
      body = undefined;
      headers = without(headers, ["content-type", "content-length", "transfer-encoding"]);
    }
    url = next;
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  target: HttpTarget,
  guard: Guard,
): Promise<Response | { error: ProbeError }> {
  const where = hostPort(url.hostname, Number(url.port) || (url.protocol === "https:" ? 443 : 80));
  return new Promise((resolve) => {
    const early = guard.error(where);
    if (early) return resolve({ error: early });
    let settled = false;
    let req: http.ClientRequest | undefined;
    const settle = (result: Response | { error: ProbeError }) => {
      if (settled) return;
      settled = true;
      req?.destroy();
      resolve(result);
    };
    const fail = (err: unknown) => settle({ error: guard.error(where) ?? probeErrorFor(err, where) });
    const options: https.RequestOptions = { method, headers, agent: false };
    if (url.protocol === "https:") {
      if (target.ca !== undefined) options.ca = target.ca;
      options.rejectUnauthorized = !target.insecureSkipVerify;
    }
    try {
      req = (url.protocol === "https:" ? https : http).request(url, options, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const done = () =>
          settle({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            truncated,
          });
        res.on("data", (chunk: Buffer) => {
          if (settled) return;
          const room = MAX_BODY_BYTES - size;
          if (chunk.length <= room) {
            chunks.push(chunk);
            size += chunk.length;
            return;
          }
          // More than we read: judge the first MiB and drop the connection instead of downloading the rest.
          chunks.push(chunk.subarray(0, room));
          truncated = true;
          done();
          res.destroy();
        });
        res.on("end", done);
        res.on("error", fail);
        res.on("close", () => {
          if (!res.complete)
            fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" }));
        });
      });
    } catch (err) {
      // Invalid header names or values are thrown synchronously.
      return fail(err);
    }
    req.on("error", fail);
    guard.onStop(() => settle({ error: guard.error(where)! }));
    req.end(body);
  });
}

function withUserAgent(headers: Record<string, string>): Record<string, string> {
  return Object.keys(headers).some((name) => name.toLowerCase() === "user-agent")
    ? { ...headers }
    : { "user-agent": USER_AGENT, ...headers };
}

function without(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// ---------------------------------------------------------------------------------------------------------
// Judging a response

const DEFAULT_STATUS: StatusRange[] = [{ from: 200, to: 299 }];

function accepts(ranges: StatusRange[], status: number): boolean {
  return (ranges.length > 0 ? ranges : DEFAULT_STATUS).some((r) => status >= r.from && status <= r.to);
}

/** "200", "2xx", "200-204", joined with "or". */
export function describeStatuses(ranges: StatusRange[]): string {
  return (ranges.length > 0 ? ranges : DEFAULT_STATUS)
    .map((r) =>
      r.from === r.to
        ? `${r.from}`
        : r.from % 100 === 0 && r.to === r.from + 99
          ? `${r.from / 100}xx`
          : `${r.from}-${r.to}`,
    )
    .join(" or ");
}

function judge(res: Response, expect: Expectation): Outcome {
  const fail = (kind: ProbeErrorKind, message: string): Outcome => ({
    ok: false,
    status: res.status,
    error: { kind, message },
  });
  if (!accepts(expect.status, res.status)) {
    return fail("unexpected-status", `expected status ${describeStatuses(expect.status)}, got ${res.status}`);
  }
  for (const [name, want] of Object.entries(expect.headers)) {
    const value = res.headers[name.toLowerCase()];
    const got = Array.isArray(value) ? value.join(", ") : value;
    if (got === undefined)
      return fail("header-mismatch", `expected header ${name} containing "${want}", got none`);
    if (!got.includes(want)) {
      return fail("header-mismatch", `expected header ${name} to contain "${want}", got "${excerpt(got)}"`);
    }
  }
  const cut = res.truncated ? ` (read the first ${MAX_BODY_BYTES} bytes)` : "";
  if (expect.bodyContains !== undefined && !res.body.includes(expect.bodyContains)) {
    return fail(
      "body-mismatch",
      `expected the body to contain "${expect.bodyContains}", got "${excerpt(res.body)}"${cut}`,
    );
  }
  const paths = Object.entries(expect.json);
  if (paths.length > 0) {
    let doc: unknown;
    try {
      doc = JSON.parse(res.body);
    } catch {
      return fail("json-mismatch", `expected a JSON body, got "${excerpt(res.body)}"${cut}`);
    }
    for (const [path, want] of paths) {
      const found = jsonPath(doc, path);
      if (found === "invalid")
        return fail("json-mismatch", `${path} is not a JSON path like $.a.b or $.items[0].id`);
      if (!found.found)
        return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got nothing`);
      if (found.value !== want) {
        return fail(
          "json-mismatch",
          `expected ${path} to be ${JSON.stringify(want)}, got ${excerpt(JSON.stringify(found.value))}`,
        );
      }
    }
  }
  return { ok: true, status: res.status };
}

/** What a service answered, quoted in a message: one line, the first 120 characters and "…". */
const excerpt = (text: string): string => oneLine(text, 121);

/**
 * Reads `$.a.b`, `$.items[0].id`, `$["a key"]` (the `$.` may be left off). "invalid" when the path
 * does not parse.
 */
export function jsonPath(
  doc: unknown,
  path: string,
): { found: true; value: unknown } | { found: false } | "invalid" {
  let rest = path.trim();
  if (rest.startsWith("$")) rest = rest.slice(1);
  else if (rest !== "" && !rest.startsWith("[")) rest = `.${rest}`;
  let value: unknown = doc;
  while (rest !== "") {
    const step =
      /^\.([^.[\]]+)/.exec(rest) ??
      /^\[(\d+)\]/.exec(rest) ??
      /^\[(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest);
    if (!step) return "invalid";
    rest = rest.slice(step[0].length);
    if (step[0].startsWith("[") && /^\d+$/.test(step[1] ?? "")) {
      if (!Array.isArray(value)) return { found: false };
      const index = Number(step[1]);
      if (index >= value.length) return { found: false };
      value = value[index];
      continue;
    }
    const key = step[0].startsWith('["')
      ? (JSON.parse(`"${step[1]}"`) as string)
      : (step[1] ?? step[2] ?? "");
    if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) {
      return { found: false };
    }
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

// ---------------------------------------------------------------------------------------------------------
// Naming network errors

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "INVALID_CA",
  "PATH_LENGTH_EXCEEDED",
  "INVALID_PURPOSE",
  "HOSTNAME_MISMATCH",
  "EPROTO",
]);

/** The category and a sentence for a Node network error met while talking to `where` (host:port). */
export function probeErrorFor(err: unknown, where: string): ProbeError {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  const message = messageOf(err);
  switch (code) {
    case "ECONNREFUSED":
      return { kind: "connection-refused", message: `connection refused at ${where}` };
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
    case "EAI_FAIL":
      return {
        kind: "dns",
        message: `DNS: cannot resolve ${where.replace(/:\d+$/, "")}${code === "EAI_AGAIN" ? " (temporary failure)" : ""}`,
      };
    case "ECONNRESET":
    case "EPIPE":
      return { kind: "connection-reset", message: `connection reset by ${where}: ${message}` };
    case "ETIMEDOUT":
      return { kind: "timeout", message: `timed out connecting to ${where}` };
  }
  if (TLS_CODES.has(code) || /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_OSSL_)/.test(code)) {
    // Node 24 suggests --use-system-ca for an unknown CA; here the fix is the endpoint's tls.caFile.
    return {
      kind: "tls",
      message: `TLS: ${message.replace(/; if the root CA is installed locally.*$/s, "")}`,
    };
  }
  return { kind: "other", message: code ? `${message} (${code}) at ${where}` : `${message} at ${where}` };
}

function closedEarly(where: string): ProbeError {
  return { kind: "connection-reset", message: `connection closed by ${where}` };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
