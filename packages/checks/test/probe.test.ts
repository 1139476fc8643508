// One probe against real servers on 127.0.0.1: what it sends, how it judges, how it names failures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Expectation, HttpEndpoint, SmokeCheck } from "@gitops/model";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type HttpTarget,
  jsonPath,
  MAX_BODY_BYTES,
  type ProbeTarget,
  probe,
  probeErrorFor,
  smokeTarget,
  targetFor,
} from "../src/probe.ts";
import {
  closedPort,
  eventually,
  HOST,
  leftBehind,
  quietBaseline,
  type Running,
  serveHttp,
  serveSilence,
  watchResources,
} from "./servers.ts";
import { type Certificates, makeCertificates } from "./tls.ts";

const TIMEOUT = { timeoutMs: 5_000 };

const expectation = (e: Partial<Expectation> = {}): Expectation => ({
  status: [],
  headers: {},
  json: {},
  ...e,
});
const get = (url: string, more: Partial<HttpTarget> = {}): HttpTarget => ({
  kind: "http",
  url,
  method: "GET",
  headers: {},
  expect: expectation(),
  ...more,
});

const servers: Running[] = [];
async function start(server: Promise<Running>): Promise<Running> {
  const s = await server;
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("probe: status", () => {
  it("passes a 200 under the default expectation (2xx)", async () => {
    const server = await start(serveHttp((_req, res) => res.end("fine")));
    const result = await probe(get(server.url("/health")), TIMEOUT);
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(result.error).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("fails a 503 with unexpected-status and says what it wanted", async () => {
    const server = await start(serveHttp((_req, res) => res.writeHead(503).end()));
    const result = await probe(get(server.url()), TIMEOUT);
    expect(result).toMatchObject({
      ok: false,
      status: 503,
      error: { kind: "unexpected-status", message: "expected status 2xx, got 503" },
    });
  });

  it("accepts any of several ranges and names them all when none matches", async () => {
    const codes = [204, 503];
    const server = await start(serveHttp((_req, res) => res.writeHead(codes.shift()!).end()));
    const status = [
      { from: 200, to: 200 },
      { from: 204, to: 204 },
      { from: 300, to: 399 },
      { from: 401, to: 403 },
    ];
    const target = get(server.url(), { expect: expectation({ status }) });
    expect(await probe(target, TIMEOUT)).toMatchObject({ ok: true, status: 204 });
    expect((await probe(target, TIMEOUT)).error).toEqual({
      kind: "unexpected-status",
      message: "expected status 200 or 204 or 3xx or 401-403, got 503",
    });
  });
});

describe("probe: the request", () => {
  it("sends the method, headers and body, and a user agent unless one is given", async () => {
    const server = await start(serveHttp((_req, res) => res.writeHead(201).end()));
    const body = JSON.stringify({ amount: 12 });
    const result = await probe(
      get(server.url("/payments?dry=1"), {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Trace": "abc" },
        body,
      }),
      TIMEOUT,
    );
    expect(result).toMatchObject({ ok: true, status: 201 });
    await probe(get(server.url("/ua"), { headers: { "User-Agent": "mine/1.0" } }), TIMEOUT);
    const [post, ua] = server.requests;
    expect(post).toMatchObject({ method: "POST", path: "/payments?dry=1", body });
    expect(post?.headers).toMatchObject({
      "content-type": "application/json",
      "x-trace": "abc",
      "content-length": String(body.length),
      "user-agent": "gitops-checks",
    });
    expect(ua?.headers["user-agent"]).toBe("mine/1.0");
  });

  it("opens a fresh connection per attempt and keeps none alive", async () => {
    const server = await start(serveHttp((_req, res) => res.end("ok")));
    for (let i = 0; i < 3; i++) expect((await probe(get(server.url()), TIMEOUT)).ok).toBe(true);
    expect(server.accepted).toBe(3);
    expect(server.requests.every((r) => r.headers.connection === "close")).toBe(true);
  });
});

describe("probe: headers, body and JSON", () => {
  const json = {
    status: "UP",
    count: 3,
    ready: true,
    nothing: null,
    meta: { version: "1.8.0", "build id": "b-7" },
    items: [{ id: "first" }, { id: 2 }],
  };
  let server: Running;
  beforeAll(async () => {
    server = await serveHttp((req, res) => {
      if (req.url === "/json") {
        res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "X-Version": "1.8.0" });
        res.end(JSON.stringify(json));
      } else if (req.url === "/big") {
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.write("start:");
        res.write("a".repeat(2 * MAX_BODY_BYTES));
        res.end(":end");
      } else {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.end("<html><body>payments-api ready</body></html>");
      }
    });
  });
  afterAll(() => server.close());

  it("matches header names in any case and values as substrings", async () => {
    const target = get(server.url("/json"), {
      expect: expectation({ headers: { "content-type": "application/json", "x-VERSION": "1.8" } }),
    });
    expect(await probe(target, TIMEOUT)).toMatchObject({ ok: true, status: 200 });
  });

  it("fails on a header with the wrong value, or none", async () => {
    const wrong = get(server.url("/json"), { expect: expectation({ headers: { "X-Version": "1.9" } }) });
    expect((await probe(wrong, TIMEOUT)).error).toEqual({
      kind: "header-mismatch",
      message: 'expected header X-Version to contain "1.9", got "1.8.0"',
    });
    const missing = get(server.url("/json"), { expect: expectation({ headers: { "X-Region": "eu" } }) });
    const result = await probe(missing, TIMEOUT);
    expect(result).toMatchObject({ ok: false, status: 200, error: { kind: "header-mismatch" } });
    expect(result.error?.message).toBe('expected header X-Region containing "eu", got none');
  });

  it("checks that the body contains a string", async () => {
    const ok = get(server.url("/page"), { expect: expectation({ bodyContains: "payments-api ready" }) });
    expect((await probe(ok, TIMEOUT)).ok).toBe(true);
    const bad = get(server.url("/page"), { expect: expectation({ bodyContains: "ledger ready" }) });
    const result = await probe(bad, TIMEOUT);
    expect(result).toMatchObject({ ok: false, status: 200, error: { kind: "body-mismatch" } });
    expect(result.error?.message).toContain('expected the body to contain "ledger ready"');
    expect(result.error?.message).toContain("payments-api ready");
  });

  it("reads JSON paths and compares with ===", async () => {
    const target = get(server.url("/json"), {
      expect: expectation({
        json: {
          "$.status": "UP",
          "$.count": 3,
          "$.ready": true,
          "$.nothing": null,
          "$.meta.version": "1.8.0",
          '$.meta["build id"]': "b-7",
          "$.items[0].id": "first",
          "$.items[1].id": 2,
          status: "UP",
        },
      }),
    });
    expect(await probe(target, TIMEOUT)).toMatchObject({ ok: true, status: 200 });
  });

  it.each([
    [{ "$.count": "3" }, 'expected $.count to be "3", got 3'],
    [{ "$.status": "DOWN" }, 'expected $.status to be "DOWN", got "UP"'],
    [{ "$.items[0]": "first" }, 'expected $.items[0] to be "first", got {"id":"first"}'],
    [{ "$.items[5].id": 1 }, "expected $.items[5].id to be 1, got nothing"],
    [{ "$.meta.missing": null }, "expected $.meta.missing to be null, got nothing"],
    [{ "$.items[x]": 1 }, "$.items[x] is not a JSON path like $.a.b or $.items[0].id"],
  ])("fails JSON %j: %s", async (json, message) => {
    const result = await probe(get(server.url("/json"), { expect: expectation({ json }) }), TIMEOUT);
    expect(result).toMatchObject({ ok: false, status: 200 });
    expect(result.error).toEqual({ kind: "json-mismatch", message });
  });

  it("fails JSON expectations on a body that is not JSON", async () => {
    const result = await probe(
      get(server.url("/page"), { expect: expectation({ json: { "$.status": "UP" } }) }),
      TIMEOUT,
    );
    expect(result.error?.kind).toBe("json-mismatch");
    expect(result.error?.message).toMatch(/^expected a JSON body, got "<html>/);
  });

  it("reads at most 1 MiB of body", async () => {
    const head = await probe(
      get(server.url("/big"), { expect: expectation({ bodyContains: "start:aaaa" }) }),
      TIMEOUT,
    );
    expect(head).toMatchObject({ ok: true, status: 200 });
    const tail = await probe(
      get(server.url("/big"), { expect: expectation({ bodyContains: ":end" }) }),
      TIMEOUT,
    );
    expect(tail).toMatchObject({ ok: false, status: 200, error: { kind: "body-mismatch" } });
    expect(tail.error?.message).toContain(`(read the first ${MAX_BODY_BYTES} bytes)`);
  });
});

describe("probe: redirects", () => {
  let other: Running;
  let server: Running;
  beforeAll(async () => {
    other = await serveHttp((_req, res) => res.end("elsewhere"));
    server = await serveHttp((req, res, served) => {
      const to = (status: number, location: string) => res.writeHead(status, { Location: location }).end();
      switch (req.url) {
        case "/app/relative":
          return to(302, "final");
        case "/absolute":
          return to(301, `${server.origin}/app/final`);
        case "/cross":
          return to(302, other.url("/landing"));
        case "/loop":
          return to(302, "/loop");
        case "/see-other":
          return to(303, "/app/final");
        case "/temporary":
          return to(307, "/app/final");
        case "/app/final":
          return res.end(`final ${served.method} ${served.body}`);
        default:
          return res.writeHead(404).end();
      }
    });
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });
  const paths = () => server.requests.splice(0).map((r) => `${r.method} ${r.path}`);

  it("follows a relative Location and judges the final response", async () => {
    paths();
    const result = await probe(
      get(server.url("/app/relative"), { expect: expectation({ bodyContains: "final GET" }) }),
      TIMEOUT,
    );
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(paths()).toEqual(["GET /app/relative", "GET /app/final"]);
  });

  it("follows an absolute Location", async () => {
    paths();
    expect(await probe(get(server.url("/absolute")), TIMEOUT)).toMatchObject({ ok: true, status: 200 });
    expect(paths()).toEqual(["GET /absolute", "GET /app/final"]);
  });

  it("follows to another origin without the Authorization header", async () => {
    const result = await probe(
      get(server.url("/cross"), { headers: { Authorization: "Bearer s3cret", "X-Keep": "1" } }),
      TIMEOUT,
    );
    expect(result).toMatchObject({ ok: true, status: 200 });
    const landed = other.requests.at(-1);
    expect(landed?.path).toBe("/landing");
    expect(landed?.headers.authorization).toBeUndefined();
    expect(landed?.headers["x-keep"]).toBe("1");
  });

  it("gives up on a loop after the limit, with unexpected-status", async () => {
    paths();
    const result = await probe(get(server.url("/loop")), TIMEOUT);
    expect(result).toMatchObject({ ok: false, status: 302, error: { kind: "unexpected-status" } });
    expect(result.error?.message).toMatch(/^too many redirects: followed 5, then 302 to \/loop/);
    expect(paths()).toHaveLength(6);
    const fewer = await probe(get(server.url("/loop"), { followRedirects: 2 }), TIMEOUT);
    expect(fewer.error?.message).toMatch(/^too many redirects: followed 2/);
    expect(paths()).toHaveLength(3);
  });

  it("with followRedirects 0 judges the redirect itself", async () => {
    const result = await probe(get(server.url("/absolute"), { followRedirects: 0 }), TIMEOUT);
    expect(result).toMatchObject({
      ok: false,
      status: 301,
      error: { kind: "unexpected-status", message: "expected status 2xx, got 301" },
    });
  });

  it("does not follow a redirect the expectation accepts", async () => {
    paths();
    const target = get(server.url("/absolute"), {
      expect: expectation({ status: [{ from: 301, to: 301 }] }),
    });
    expect(await probe(target, TIMEOUT)).toMatchObject({ ok: true, status: 301 });
    expect(paths()).toEqual(["GET /absolute"]);
  });

  it("turns a POST into a GET on 303 and keeps it on 307", async () => {
    paths();
    const post = (path: string) => get(server.url(path), { method: "POST", body: "x=1" });
    expect(await probe(post("/see-other"), TIMEOUT)).toMatchObject({ ok: true });
    expect(
      await probe(
        { ...post("/temporary"), expect: expectation({ bodyContains: "final POST x=1" }) },
        TIMEOUT,
      ),
    ).toMatchObject({
      ok: true,
    });
    expect(paths()).toEqual(["POST /see-other", "GET /app/final", "POST /temporary", "POST /app/final"]);
  });
});

describe("probe: network failures", () => {
  it("names a closed port connection-refused", async () => {
    const port = await closedPort();
    const result = await probe(get(`http://${HOST}:${port}/health`), TIMEOUT);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "connection-refused", message: `connection refused at ${HOST}:${port}` },
    });
    expect(result.status).toBeUndefined();
  });

  it("times out on a server that accepts and never answers, and closes the connection", async () => {
    const server = await start(serveSilence());
    const result = await probe(get(server.url("/health")), { timeoutMs: 100 });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "timeout", message: `timed out after 100 ms waiting for ${HOST}:${server.port}` },
    });
    expect(server.accepted).toBe(1);
    expect(await eventually(() => server.openConnections() === 0)).toBe(true);
  });

  it("names a connection dropped before the response connection-reset", async () => {
    const server = await start(serveHttp((req) => req.socket.destroy()));
    const result = await probe(get(server.url()), TIMEOUT);
    expect(result).toMatchObject({ ok: false, error: { kind: "connection-reset" } });
    expect(result.error?.message).toContain(`${HOST}:${server.port}`);
  });

  it("names a response cut off mid-body connection-reset", async () => {
    const server = await start(
      serveHttp((_req, res) => {
        res.writeHead(200, { "Content-Length": "1000" });
        res.write("only part of it", () => res.socket?.destroy());
      }),
    );
    const result = await probe(get(server.url(), { expect: expectation({ bodyContains: "x" }) }), TIMEOUT);
    expect(result).toMatchObject({ ok: false, error: { kind: "connection-reset" } });
  });

  it("stops at once when cancelled, before or during the attempt", async () => {
    const before = new AbortController();
    before.abort();
    const port = await closedPort();
    expect(
      await probe(get(`http://${HOST}:${port}/`), { timeoutMs: 5_000, signal: before.signal }),
    ).toMatchObject({
      ok: false,
      error: { kind: "other", message: "cancelled" },
    });
    const server = await start(serveSilence());
    const during = new AbortController();
    const pending = probe(get(server.url()), { timeoutMs: 60_000, signal: during.signal });
    expect(await eventually(() => server.accepted === 1)).toBe(true);
    during.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: "other", message: "cancelled" } });
    expect(await eventually(() => server.openConnections() === 0)).toBe(true);
  });

  it("leaves no socket or timer behind, whatever the outcome", async () => {
    const ok = await start(serveHttp((_req, res) => res.end("ok")));
    const silent = await start(serveSilence());
    const port = await closedPort();
    const before = await quietBaseline();
    const created = watchResources();
    const results = await Promise.all([
      probe(get(ok.url()), TIMEOUT),
      probe(get(ok.url(), { expect: expectation({ bodyContains: "nope" }) }), TIMEOUT),
      probe(get(silent.url()), { timeoutMs: 50 }),
      probe(get(`http://${HOST}:${port}/`), TIMEOUT),
      probe({ kind: "tcp", host: HOST, port: ok.port }, TIMEOUT),
    ]);
    expect(results.map((r) => r.error?.kind)).toEqual([
      undefined,
      "body-mismatch",
      "timeout",
      "connection-refused",
      undefined,
    ]);
    expect(await eventually(() => ok.openConnections() === 0 && silent.openConnections() === 0)).toBe(true);
    expect(await leftBehind(before)).toEqual({});
    expect(await created.alive()).toEqual({});
  });

  it.each([
    ["ENOTFOUND", "dns", "DNS: cannot resolve payments.internal"],
    ["EAI_AGAIN", "dns", "DNS: cannot resolve payments.internal (temporary failure)"],
    ["ECONNRESET", "connection-reset", "connection reset by payments.internal:443: boom"],
    ["ECONNREFUSED", "connection-refused", "connection refused at payments.internal:443"],
    ["CERT_HAS_EXPIRED", "tls", "TLS: boom"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "tls", "TLS: boom"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "tls", "TLS: boom"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "tls", "TLS: boom"],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "tls", "TLS: boom"],
    ["EHOSTUNREACH", "other", "boom (EHOSTUNREACH) at payments.internal:443"],
  ])("names Node's %s %s", (code, kind, message) => {
    const err = Object.assign(new Error("boom"), { code });
    expect(probeErrorFor(err, "payments.internal:443")).toEqual({ kind, message });
  });
});

describe("probe: TLS", () => {
  let dir: string;
  let certs: Certificates;
  let server: Running;
  let plain: Running;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gitops-tls-"));
    certs = await makeCertificates(dir);
    server = await serveHttp((_req, res) => res.end("secure"), { tls: { key: certs.key, cert: certs.cert } });
    plain = await serveHttp((_req, res) => res.end("plain"));
  });
  afterAll(async () => {
    await server?.close();
    await plain?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("trusts the server when given its CA", async () => {
    const result = await probe(
      get(server.url("/"), { ca: certs.ca, expect: expectation({ bodyContains: "secure" }) }),
      TIMEOUT,
    );
    expect(result).toMatchObject({ ok: true, status: 200 });
  });

  it("fails with tls without the CA", async () => {
    const result = await probe(get(server.url("/")), TIMEOUT);
    expect(result).toMatchObject({ ok: false, error: { kind: "tls" } });
    expect(result.error?.message).toBe("TLS: unable to verify the first certificate");
    expect(result.status).toBeUndefined();
  });

  it("names the self-signed CA when the server sends its whole chain", async () => {
    const chained = await start(
      serveHttp((_req, res) => res.end("secure"), { tls: { key: certs.key, cert: certs.cert + certs.ca } }),
    );
    expect((await probe(get(chained.url("/")), TIMEOUT)).error).toEqual({
      kind: "tls",
      message: "TLS: self-signed certificate in certificate chain",
    });
    expect(await probe(get(chained.url("/"), { ca: certs.ca }), TIMEOUT)).toMatchObject({ ok: true });
  });

  it("passes without the CA when told to skip verification", async () => {
    expect(await probe(get(server.url("/"), { insecureSkipVerify: true }), TIMEOUT)).toMatchObject({
      ok: true,
      status: 200,
    });
  });

  it("fails with tls when the server does not speak TLS", async () => {
    const result = await probe(
      get(plain.url("/").replace("http:", "https:"), { insecureSkipVerify: true }),
      TIMEOUT,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: "tls" } });
  });

  it("reads the CA an endpoint names through readCa", async () => {
    const endpoint: HttpEndpoint = {
      kind: "http",
      name: "secure",
      target: "/",
      method: "GET",
      headers: {},
      expect: expectation(),
      tls: { caFile: "certs/ca.pem", insecureSkipVerify: false },
    };
    const asked: string[] = [];
    const target = targetFor(endpoint, { domain: HOST, port: server.port }, (path) => {
      asked.push(path);
      return certs.ca;
    });
    expect(asked).toEqual(["certs/ca.pem"]);
    expect(target).toMatchObject({ kind: "http", url: `https://${HOST}:${server.port}/` });
    expect(await probe(target, TIMEOUT)).toMatchObject({ ok: true, status: 200 });
  });
});

describe("probe: TCP", () => {
  it("passes when the port accepts and fails connection-refused when it does not", async () => {
    const server = await start(serveSilence());
    const open: ProbeTarget = { kind: "tcp", host: HOST, port: server.port };
    const result = await probe(open, TIMEOUT);
    expect(result.ok).toBe(true);
    expect(result.status).toBeUndefined();
    const port = await closedPort();
    expect(await probe({ kind: "tcp", host: HOST, port }, TIMEOUT)).toMatchObject({
      ok: false,
      error: { kind: "connection-refused", message: `connection refused at ${HOST}:${port}` },
    });
  });
});

describe("targets from the descriptor", () => {
  const endpoint = (more: Partial<HttpEndpoint> = {}): HttpEndpoint => ({
    kind: "http",
    name: "health",
    target: "/actuator/health",
    method: "GET",
    headers: { Accept: "application/json" },
    expect: expectation({ json: { "$.status": "UP" } }),
    ...more,
  });
  const service = { domain: "payments.qa.internal", port: 8080 };

  it("resolves a path against the service's domain and port", () => {
    expect(targetFor(endpoint(), service)).toEqual({
      kind: "http",
      url: "http://payments.qa.internal:8080/actuator/health",
      method: "GET",
      headers: { Accept: "application/json" },
      expect: expectation({ json: { "$.status": "UP" } }),
    });
    expect(targetFor(endpoint({ target: "ready?full=1" }), service)).toMatchObject({
      url: "http://payments.qa.internal:8080/ready?full=1",
    });
  });

  it("uses https when the endpoint has tls, and keeps full URLs as they are", () => {
    expect(targetFor(endpoint({ tls: { insecureSkipVerify: true } }), service)).toMatchObject({
      url: "https://payments.qa.internal:8080/actuator/health",
      insecureSkipVerify: true,
    });
    expect(targetFor(endpoint({ target: "https://status.example.test/x" }), service)).toMatchObject({
      url: "https://status.example.test/x",
    });
  });

  it("connects TCP endpoints to the service's domain", () => {
    expect(targetFor({ kind: "tcp", name: "db", port: 5432 }, service)).toEqual({
      kind: "tcp",
      host: "payments.qa.internal",
      port: 5432,
    });
  });

  it("refuses a caFile it has no way to read", () => {
    expect(() =>
      targetFor(endpoint({ tls: { caFile: "ca.pem", insecureSkipVerify: false } }), service),
    ).toThrow(/trusts the CA in ca.pem, but no readCa was given/);
  });

  it("builds a smoke check's request", () => {
    const check: SmokeCheck = {
      name: "create payment",
      request: {
        method: "POST",
        path: "/payments",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      },
      expect: expectation({ status: [{ from: 201, to: 201 }] }),
    };
    expect(smokeTarget(check, service)).toEqual({
      kind: "http",
      url: "http://payments.qa.internal:8080/payments",
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
      expect: check.expect,
    });
  });
});

describe("jsonPath", () => {
  const doc = { a: { "b.c": [10, { d: false }] }, "it's": 1 };
  it.each([
    ["$", doc],
    ["$.a['b.c'][0]", 10],
    ['$.a["b.c"][1].d', false],
    ["a.b\\.c", undefined],
    ["$['it\\'s']", undefined],
  ])("%s", (path, value) => {
    const found = jsonPath(doc, path);
    if (value === undefined) expect(found === "invalid" || !found.found).toBe(true);
    else expect(found).toEqual({ found: true, value });
  });
});
