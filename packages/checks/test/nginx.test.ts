// The checks against a real nginx on 127.0.0.1. nginx must be installed (Debian package "nginx"): when it is
// not, these tests fail and say so; they do not skip.
import type { Healthcheck } from "@gitops/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthcheckOptions, healthcheckTargets, runHealthcheck } from "../src/healthcheck.ts";
import { probe } from "../src/probe.ts";
import { runSmoke } from "../src/smoke.ts";
import { findNginx, HEALTH_LOCATION, type Nginx, startNginx } from "./nginx.ts";
import { HOST } from "./servers.ts";

const expectation = { status: [{ from: 200, to: 299 }], headers: {}, json: {} };

describe("against a real nginx", () => {
  let nginx: Nginx | undefined;
  // A missing or broken nginx fails every test below with its reason (a failing beforeAll would only mark them
  // skipped).
  let failedToStart: unknown;
  beforeAll(async () => {
    nginx = await startNginx({
      locations: [
        HEALTH_LOCATION,
        "location = /old-health { return 301 /health; }",
        "location = /down { return 503; }",
      ],
    }).catch((err: unknown) => {
      failedToStart = err;
      return undefined;
    });
  });
  afterAll(async () => {
    await nginx?.stop();
  });
  const running = () => {
    if (!nginx) throw failedToStart;
    return nginx;
  };
  const healthcheck = (endpoints: Healthcheck["endpoints"]): Healthcheck => ({
    startupGraceMs: 0,
    intervalMs: 10,
    timeoutMs: 2_000,
    retries: 1,
    endpoints,
  });

  it("is installed and starts", () => {
    expect(findNginx()).toMatch(/nginx$/);
    expect(running().pid).toBeGreaterThan(0);
  });

  it("passes the healthcheck on /health: status, Content-Type and $.status", async () => {
    const { port } = running();
    const h = healthcheck([
      {
        kind: "http",
        name: "health",
        target: "/health",
        method: "GET",
        headers: {},
        expect: {
          ...expectation,
          headers: { "Content-Type": "application/json" },
          json: { "$.status": "UP" },
        },
      },
      { kind: "tcp", name: "port", port },
    ]);
    const report = await runHealthcheck(healthcheckTargets(h, { domain: HOST, port }), healthcheckOptions(h));
    expect(report).toMatchObject({ ok: true, deadlineExceeded: false, cancelled: false });
    expect(report.endpoints).toMatchObject([
      { name: "health", ok: true, attempts: 1, lastStatus: 200, target: `http://${HOST}:${port}/health` },
      { name: "port", ok: true, attempts: 1, target: `tcp://${HOST}:${port}` },
    ]);
  });

  it("fails a path nginx does not serve, after every retry", async () => {
    const { port } = running();
    const h = healthcheck([
      { kind: "http", name: "ready", target: "/ready", method: "GET", headers: {}, expect: expectation },
    ]);
    const report = await runHealthcheck(healthcheckTargets(h, { domain: HOST, port }), healthcheckOptions(h));
    expect(report.ok).toBe(false);
    expect(report.endpoints[0]).toMatchObject({
      attempts: 2,
      lastStatus: 404,
      lastError: { kind: "unexpected-status", message: "expected status 2xx, got 404" },
    });
  });

  it("follows nginx's absolute redirect to /health", async () => {
    const { origin } = running();
    const result = await probe(
      {
        kind: "http",
        url: `${origin}/old-health`,
        method: "GET",
        headers: {},
        expect: { ...expectation, json: { "$.status": "UP" } },
      },
      { timeoutMs: 2_000 },
    );
    expect(result).toMatchObject({ ok: true, status: 200 });
  });

  it("runs smoke checks", async () => {
    const { port } = running();
    const report = await runSmoke(
      [
        { name: "health", request: { method: "GET", path: "/health", headers: {} }, expect: expectation },
        { name: "down", request: { method: "GET", path: "/down", headers: {} }, expect: expectation },
      ],
      { domain: HOST, port },
      { timeoutMs: 2_000 },
    );
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => [c.name, c.reason])).toEqual([
      ["health", "200 OK"],
      ["down", "expected status 2xx, got 503"],
    ]);
  });

  it("refuses connections once stopped", async () => {
    const other = await startNginx();
    const target = { kind: "tcp" as const, host: HOST, port: other.port };
    expect((await probe(target, { timeoutMs: 2_000 })).ok).toBe(true);
    await other.stop();
    expect(await probe(target, { timeoutMs: 2_000 })).toMatchObject({
      ok: false,
      error: { kind: "connection-refused" },
    });
  });
});
