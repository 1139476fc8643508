// Smoke checks against a real server on 127.0.0.1: each once, in order, with a reason people can read.
import type { Expectation, SmokeCheck } from "@gitops/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSmoke } from "../src/smoke.ts";
import { closedPort, HOST, type Running, serveHttp } from "./servers.ts";

const expectation = (e: Partial<Expectation> = {}): Expectation => ({
  status: [],
  headers: {},
  json: {},
  ...e,
});
const check = (name: string, path: string, more: Partial<SmokeCheck> = {}): SmokeCheck => ({
  name,
  request: { method: "GET", path, headers: {} },
  expect: expectation(),
  ...more,
});

describe("runSmoke", () => {
  let server: Running;
  let service: { domain: string; port: number };
  beforeAll(async () => {
    server = await serveHttp((req, res, served) => {
      switch (req.url) {
        case "/payments":
          if (served.method !== "POST") return res.writeHead(405).end();
          res.writeHead(201, { "Content-Type": "application/json" });
          return res.end(JSON.stringify({ id: "p-1", received: JSON.parse(served.body) }));
        case "/payments/p-1":
          res.writeHead(200, { "Content-Type": "application/json" });
          return res.end(JSON.stringify({ id: "p-1", state: "SETTLED" }));
        case "/broken":
          return res.writeHead(503).end("down");
        case "/slow":
          return; // never answers
        default:
          return res.writeHead(404).end();
      }
    });
    service = { domain: HOST, port: server.port };
  });
  afterAll(() => server.close());

  it("runs each check once, in order, and says 200 OK", async () => {
    server.requests.splice(0);
    const report = await runSmoke(
      [
        check("create", "/payments", {
          request: {
            method: "POST",
            path: "/payments",
            headers: { "Content-Type": "application/json" },
            body: '{"amount":5}',
          },
          expect: expectation({ status: [{ from: 201, to: 201 }], json: { "$.received.amount": 5 } }),
        }),
        check("read", "/payments/p-1", { expect: expectation({ json: { "$.state": "SETTLED" } }) }),
      ],
      service,
      { timeoutMs: 5_000 },
    );
    expect(report).toEqual({
      ok: true,
      checks: [
        { name: "create", ok: true, reason: "201 Created", status: 201, latencyMs: expect.any(Number) },
        { name: "read", ok: true, reason: "200 OK", status: 200, latencyMs: expect.any(Number) },
      ],
    });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
      'POST /payments {"amount":5}',
      "GET /payments/p-1 ",
    ]);
  });

  it("fails the run when one check fails, gives the probe's message, and still runs the rest", async () => {
    server.requests.splice(0);
    const report = await runSmoke(
      [
        check("broken", "/broken"),
        check("wrong state", "/payments/p-1", { expect: expectation({ json: { "$.state": "PENDING" } }) }),
        check("read", "/payments/p-1"),
      ],
      service,
      { timeoutMs: 5_000 },
    );
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => [c.name, c.ok, c.status, c.reason])).toEqual([
      ["broken", false, 503, "expected status 2xx, got 503"],
      ["wrong state", false, 200, 'expected $.state to be "PENDING", got "SETTLED"'],
      ["read", true, 200, "200 OK"],
    ]);
    expect(server.requests.map((r) => r.path)).toEqual(["/broken", "/payments/p-1", "/payments/p-1"]);
  });

  it("uses a check's own timeout over the default", async () => {
    const report = await runSmoke([check("slow", "/slow", { timeoutMs: 100 })], service, {
      timeoutMs: 60_000,
    });
    expect(report.ok).toBe(false);
    expect(report.checks[0]).toMatchObject({
      ok: false,
      reason: `timed out after 100 ms waiting for ${HOST}:${server.port}`,
    });
    expect(report.checks[0]?.status).toBeUndefined();
  });

  it("says connection refused when nothing listens", async () => {
    const port = await closedPort();
    const report = await runSmoke([check("up", "/")], { domain: HOST, port }, { timeoutMs: 5_000 });
    expect(report.checks[0]).toMatchObject({ ok: false, reason: `connection refused at ${HOST}:${port}` });
  });

  it("stops when cancelled and reports the checks it did not run", async () => {
    server.requests.splice(0);
    const controller = new AbortController();
    controller.abort();
    const report = await runSmoke([check("a", "/payments/p-1"), check("b", "/payments/p-1")], service, {
      timeoutMs: 5_000,
      signal: controller.signal,
    });
    expect(report).toEqual({
      ok: false,
      checks: [
        { name: "a", ok: false, reason: "not run: cancelled", latencyMs: 0 },
        { name: "b", ok: false, reason: "not run: cancelled", latencyMs: 0 },
      ],
    });
    expect(server.requests).toHaveLength(0);
  });

  it("passes with no checks", async () => {
    expect(await runSmoke([], service, { timeoutMs: 1_000 })).toEqual({ ok: true, checks: [] });
  });
});
