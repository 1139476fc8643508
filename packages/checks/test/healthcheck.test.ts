// The healthcheck runner against real servers on 127.0.0.1: retries, backoff, deadline, concurrency, cancellation.
import type { Expectation, Healthcheck } from "@gitops/model";
import { afterEach, describe, expect, it } from "vitest";
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  defaultDeadlineMs,
  type HealthcheckOptions,
  healthcheckOptions,
  healthcheckTargets,
  runHealthcheck,
} from "../src/healthcheck.ts";
import type { HttpTarget, ProbeResult, ProbeTarget } from "../src/probe.ts";
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

const expectation = (e: Partial<Expectation> = {}): Expectation => ({
  status: [],
  headers: {},
  json: {},
  ...e,
});
const http = (url: string): HttpTarget => ({
  kind: "http",
  url,
  method: "GET",
  headers: {},
  expect: expectation(),
});
const one = (target: ProbeTarget, name = "health") => [{ name, target }];

/** An injected sleep that returns at once and remembers what it was asked to wait; a clock it moves. */
function virtualTime() {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
  };
}

const fast = (more: Partial<HealthcheckOptions> = {}): HealthcheckOptions => {
  const time = virtualTime();
  return {
    startupGraceMs: 0,
    intervalMs: 100,
    timeoutMs: 5_000,
    retries: 3,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...more,
  };
};

const servers: Running[] = [];
async function start(server: Promise<Running>): Promise<Running> {
  const s = await server;
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Answers with these statuses in turn, then the last one forever. */
const sequence = (...statuses: number[]) =>
  serveHttp((_req, res, _served, server) => {
    const status = statuses[Math.min(server.requests.length - 1, statuses.length - 1)]!;
    res.writeHead(status).end(String(status));
  });

describe("runHealthcheck: retries", () => {
  it("passes 500, 500, 200 after exactly 3 attempts, waiting interval × 1.5^n between", async () => {
    const server = await start(sequence(500, 500, 200));
    const time = virtualTime();
    const attempts: { attempt: number; result: ProbeResult }[] = [];
    const report = await runHealthcheck(one(http(server.url("/health"))), {
      ...fast({ retries: 3, intervalMs: 1_000 }),
      sleep: time.sleep,
      now: time.now,
      onAttempt: ({ name, attempt, result }) => {
        expect(name).toBe("health");
        attempts.push({ attempt, result });
      },
    });
    expect(report).toMatchObject({ ok: true, deadlineExceeded: false, cancelled: false });
    expect(report.endpoints).toEqual([
      {
        name: "health",
        target: server.url("/health"),
        ok: true,
        attempts: 3,
        lastStatus: 200,
        latencyMs: expect.any(Number),
      },
    ]);
    expect(attempts.map((a) => [a.attempt, a.result.status, a.result.error?.kind])).toEqual([
      [1, 500, "unexpected-status"],
      [2, 500, "unexpected-status"],
      [3, 200, undefined],
    ]);
    expect(time.slept).toEqual([1_000, 1_500]);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up on a closed port after retries + 1 attempts, connection-refused", async () => {
    const port = await closedPort();
    const report = await runHealthcheck(one({ kind: "tcp", host: HOST, port }, "db"), fast({ retries: 2 }));
    expect(report).toMatchObject({ ok: false, deadlineExceeded: false, cancelled: false });
    expect(report.endpoints[0]).toMatchObject({
      name: "db",
      target: `tcp://${HOST}:${port}`,
      ok: false,
      attempts: 3,
      lastError: { kind: "connection-refused", message: `connection refused at ${HOST}:${port}` },
    });
    expect(report.endpoints[0]?.lastStatus).toBeUndefined();
  });

  it("reports the last status of an endpoint that keeps failing", async () => {
    const server = await start(sequence(500, 502, 503));
    const report = await runHealthcheck(one(http(server.url())), fast({ retries: 2 }));
    expect(report.endpoints[0]).toMatchObject({
      ok: false,
      attempts: 3,
      lastStatus: 503,
      lastError: { kind: "unexpected-status", message: "expected status 2xx, got 503" },
    });
  });

  it("passes a flapping server on its next good answer", async () => {
    const server = await start(
      serveHttp((_req, res, _served, s) => res.writeHead(s.requests.length % 2 === 1 ? 503 : 200).end()),
    );
    const statuses: (number | undefined)[] = [];
    const report = await runHealthcheck(one(http(server.url())), {
      ...fast({ retries: 5 }),
      onAttempt: ({ result }) => statuses.push(result.status),
    });
    expect(report.ok).toBe(true);
    expect(report.endpoints[0]).toMatchObject({ attempts: 2, lastStatus: 200 });
    expect(statuses).toEqual([503, 200]);
    // And a probe that lands on the bad phase of the flap fails on its own.
    const again = await runHealthcheck(one(http(server.url())), fast({ retries: 0 }));
    expect(again.endpoints[0]).toMatchObject({ ok: false, attempts: 1, lastStatus: 503 });
  });

  it("waits for a slow starter: refused until it listens, then passes", async () => {
    const port = await closedPort();
    const errors: (string | undefined)[] = [];
    let starting: Promise<Running> | undefined;
    const report = await runHealthcheck(one(http(`http://${HOST}:${port}/health`)), {
      startupGraceMs: 0,
      intervalMs: 20,
      timeoutMs: 2_000,
      retries: 100,
      backoff: { factor: 1, maxMs: 20, jitter: 0 },
      onAttempt: ({ attempt, result }) => {
        errors.push(result.error?.kind);
        // The service starts listening only some time after the first attempt.
        if (attempt === 1) {
          starting = new Promise((resolve) => setTimeout(resolve, 150)).then(() =>
            start(serveHttp((_req, res) => res.end("UP"), { port })),
          );
        }
      },
    });
    await starting;
    expect(report.ok).toBe(true);
    expect(report.endpoints[0]?.attempts).toBeGreaterThan(1);
    expect(errors[0]).toBe("connection-refused");
    expect(errors.at(-1)).toBeUndefined();
    expect(new Set(errors.slice(0, -1))).toEqual(new Set(["connection-refused"]));
  });

  it("retries a server that never answers, each attempt a timeout", async () => {
    const server = await start(serveSilence());
    const report = await runHealthcheck(one(http(server.url())), fast({ retries: 1, timeoutMs: 100 }));
    expect(report.endpoints[0]).toMatchObject({ ok: false, attempts: 2, lastError: { kind: "timeout" } });
    expect(server.accepted).toBe(2);
  });

  it("judges each endpoint on its own", async () => {
    const good = await start(sequence(200));
    const bad = await start(sequence(404));
    const report = await runHealthcheck(
      [
        { name: "good", target: http(good.url("/health")) },
        { name: "bad", target: http(bad.url("/health")) },
        { name: "port", target: { kind: "tcp", host: HOST, port: good.port } },
      ],
      fast({ retries: 2 }),
    );
    expect(report.ok).toBe(false);
    expect(report.endpoints.map((e) => [e.name, e.ok, e.attempts, e.lastStatus])).toEqual([
      ["good", true, 1, 200],
      ["bad", false, 3, 404],
      ["port", true, 1, undefined],
    ]);
  });

  it("passes at once with no endpoints", async () => {
    const time = virtualTime();
    const report = await runHealthcheck([], {
      ...fast({ startupGraceMs: 5_000 }),
      sleep: time.sleep,
      now: time.now,
    });
    expect(report).toEqual({
      ok: true,
      durationMs: 0,
      endpoints: [],
      deadlineExceeded: false,
      cancelled: false,
    });
    expect(time.slept).toEqual([]);
  });
});

describe("runHealthcheck: grace, backoff and deadline", () => {
  it("waits the startup grace once, before any endpoint", async () => {
    const server = await start(sequence(200));
    const time = virtualTime();
    let sleptBeforeFirstRequest: number[] | undefined;
    const report = await runHealthcheck(
      [
        { name: "a", target: http(server.url("/a")) },
        { name: "b", target: http(server.url("/b")) },
      ],
      {
        ...fast({ startupGraceMs: 30_000 }),
        sleep: time.sleep,
        now: time.now,
        onAttempt: () => {
          sleptBeforeFirstRequest ??= [...time.slept];
        },
      },
    );
    expect(report.ok).toBe(true);
    expect(sleptBeforeFirstRequest).toEqual([30_000]);
    expect(time.slept).toEqual([30_000]);
    expect(report.durationMs).toBe(30_000);
  });

  it("grows the delays by the factor up to the cap, with jitter from the injected random", async () => {
    const delays = async (random: number) => {
      const server = await start(sequence(503));
      const time = virtualTime();
      await runHealthcheck(one(http(server.url())), {
        ...fast({ retries: 6, intervalMs: 100, deadlineMs: 1e9 }),
        backoff: { factor: 2, maxMs: 1_000, jitter: 0.2 },
        random: () => random,
        sleep: time.sleep,
        now: time.now,
      });
      return time.slept;
    };
    expect(await delays(0.5)).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    // ± 20 % of the capped delay, and never above the cap.
    expect(await delays(0)).toEqual([80, 160, 320, 640, 800, 800]);
    expect(await delays(0.999999)).toEqual([120, 240, 480, 960, 1_000, 1_000]);
  });

  it("defaults the backoff to × 1.5, at most 30 s, ± 20 %", () => {
    expect(DEFAULT_BACKOFF).toEqual({ factor: 1.5, maxMs: 30_000, jitter: 0.2 });
    const mid = [0, 1, 2, 3, 10].map((n) => backoffDelay(n, 5_000, DEFAULT_BACKOFF, () => 0.5));
    expect(mid).toEqual([5_000, 7_500, 11_250, 16_875, 30_000]);
    expect(backoffDelay(0, 5_000, DEFAULT_BACKOFF, () => 0)).toBe(4_000);
  });

  it("stops retrying when the next attempt would fall after the deadline", async () => {
    const server = await start(sequence(503));
    const time = virtualTime();
    const report = await runHealthcheck(one(http(server.url())), {
      ...fast({ retries: 10, intervalMs: 1_000, deadlineMs: 5_000 }),
      sleep: time.sleep,
      now: time.now,
    });
    // Waits 1000, 1500, 2250 (t = 4750); the next, 3375, would end past 5000.
    expect(time.slept).toEqual([1_000, 1_500, 2_250]);
    expect(report).toMatchObject({ ok: false, deadlineExceeded: true, cancelled: false, durationMs: 4_750 });
    expect(report.endpoints[0]).toMatchObject({ ok: false, attempts: 4, lastStatus: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it("cuts an attempt's timeout to what is left of the deadline", async () => {
    const server = await start(serveSilence());
    const report = await runHealthcheck(one(http(server.url())), {
      startupGraceMs: 0,
      intervalMs: 10,
      timeoutMs: 60_000,
      retries: 5,
      deadlineMs: 150,
    });
    expect(report).toMatchObject({ ok: false, deadlineExceeded: true });
    expect(report.endpoints[0]).toMatchObject({ attempts: 1, lastError: { kind: "timeout" } });
  });

  it("spends no more than the deadline on the grace", async () => {
    const server = await start(sequence(200));
    const time = virtualTime();
    const report = await runHealthcheck(one(http(server.url())), {
      ...fast({ startupGraceMs: 60_000, deadlineMs: 10_000 }),
      sleep: time.sleep,
      now: time.now,
    });
    expect(time.slept).toEqual([10_000]);
    expect(report).toMatchObject({ ok: false, deadlineExceeded: true });
    expect(report.endpoints[0]?.attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it("defaults the deadline to twice the slowest schedule, so it never cuts the last retry", () => {
    // grace + 2 × (4 attempts × 2 s + waits 5 s, 7.5 s, 11.25 s at +20 % jitter)
    expect(
      defaultDeadlineMs({ startupGraceMs: 10_000, intervalMs: 5_000, timeoutMs: 2_000, retries: 3 }),
    ).toBe(10_000 + 2 * (4 * 2_000 + (5_000 + 7_500 + 11_250) * 1.2));
    for (let retries = 0; retries <= 20; retries++) {
      const o = { startupGraceMs: 0, intervalMs: 1_000, timeoutMs: 100, retries };
      let slowest = (retries + 1) * o.timeoutMs;
      for (let n = 0; n < retries; n++) slowest += backoffDelay(n, o.intervalMs, DEFAULT_BACKOFF, () => 1);
      expect(defaultDeadlineMs(o), `retries ${retries}`).toBeGreaterThan(slowest);
    }
  });
});

describe("runHealthcheck: concurrency", () => {
  /** Holds every request a moment, so overlapping probes overlap in the server. */
  const slow = () =>
    serveHttp((_req, res) => {
      setTimeout(() => res.end("ok"), 40);
    });

  it.each([1, 3])("never has more than %i probes in flight", async (concurrency) => {
    const server = await start(slow());
    const targets = Array.from({ length: 10 }, (_, i) => ({
      name: `e${i}`,
      target: http(server.url(`/e${i}`)),
    }));
    const report = await runHealthcheck(targets, fast({ concurrency }));
    expect(report.ok).toBe(true);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(concurrency);
  });

  it("defaults to 16 at once", async () => {
    const server = await start(slow());
    const targets = Array.from({ length: 24 }, (_, i) => ({
      name: `e${i}`,
      target: http(server.url(`/e${i}`)),
    }));
    const report = await runHealthcheck(targets, fast());
    expect(report.ok).toBe(true);
    expect(server.maxInFlight).toBe(16);
  });

  it("frees the slot while an endpoint waits to retry", async () => {
    // One slot: the failing endpoint's retry waits must not hold up the other endpoint.
    const server = await start(serveHttp((req, res) => res.writeHead(req.url === "/bad" ? 503 : 200).end()));
    const order: string[] = [];
    await runHealthcheck(
      [
        { name: "bad", target: http(server.url("/bad")) },
        { name: "good", target: http(server.url("/good")) },
      ],
      {
        ...fast({ concurrency: 1, retries: 2 }),
        onAttempt: ({ name, attempt }) => order.push(`${name}#${attempt}`),
      },
    );
    expect(order.slice(0, 2)).toEqual(["bad#1", "good#1"]);
  });
});

describe("runHealthcheck: cancellation", () => {
  /** The server saw the client hang up. */
  const settle = async (server?: Running) => {
    if (server) expect(await eventually(() => server.openConnections() === 0)).toBe(true);
  };

  it("aborts a probe in flight and leaves no socket or timer behind", async () => {
    const server = await start(serveSilence());
    const before = await quietBaseline();
    const created = watchResources();
    const controller = new AbortController();
    const pending = runHealthcheck(one(http(server.url())), {
      startupGraceMs: 0,
      intervalMs: 1_000,
      timeoutMs: 60_000,
      retries: 3,
      signal: controller.signal,
    });
    expect(await eventually(() => server.accepted === 1)).toBe(true);
    controller.abort();
    const report = await pending;
    expect(report).toMatchObject({ ok: false, cancelled: true, deadlineExceeded: false });
    expect(report.endpoints[0]).toMatchObject({ ok: false, attempts: 0 });
    await settle(server);
    expect(await leftBehind(before)).toEqual({});
    expect(await created.alive()).toEqual({});
  });

  it("aborts a pending retry wait and leaves no timer behind", async () => {
    const port = await closedPort();
    const before = await quietBaseline();
    const created = watchResources();
    const controller = new AbortController();
    const report = await runHealthcheck(one({ kind: "tcp", host: HOST, port }), {
      startupGraceMs: 0,
      intervalMs: 60_000,
      timeoutMs: 5_000,
      retries: 3,
      signal: controller.signal,
      // Cancel once the first attempt failed and the runner is about to wait a minute.
      onAttempt: () => setImmediate(() => controller.abort()),
    });
    expect(report).toMatchObject({ ok: false, cancelled: true });
    expect(report.endpoints[0]).toMatchObject({ attempts: 1, lastError: { kind: "connection-refused" } });
    await settle();
    expect(await leftBehind(before)).toEqual({});
    expect(await created.alive()).toEqual({});
  });

  it("aborts the startup grace", async () => {
    const server = await start(sequence(200));
    const before = await quietBaseline();
    const created = watchResources();
    const controller = new AbortController();
    const pending = runHealthcheck(one(http(server.url())), {
      startupGraceMs: 60_000,
      intervalMs: 1_000,
      timeoutMs: 5_000,
      retries: 3,
      signal: controller.signal,
    });
    setImmediate(() => controller.abort());
    expect(await pending).toMatchObject({ ok: false, cancelled: true });
    expect(server.requests).toHaveLength(0);
    await settle();
    expect(await leftBehind(before)).toEqual({});
    expect(await created.alive()).toEqual({});
  });

  it("lets endpoints queued for a slot go, and does nothing when cancelled before it starts", async () => {
    const server = await start(serveSilence());
    const before = await quietBaseline();
    const created = watchResources();
    const controller = new AbortController();
    const targets = Array.from({ length: 5 }, (_, i) => ({
      name: `e${i}`,
      target: http(server.url(`/e${i}`)),
    }));
    const pending = runHealthcheck(targets, {
      ...fast({ concurrency: 2, timeoutMs: 60_000 }),
      signal: controller.signal,
    });
    expect(await eventually(() => server.accepted === 2)).toBe(true);
    controller.abort();
    const report = await pending;
    expect(report.cancelled).toBe(true);
    expect(report.endpoints.map((e) => e.attempts)).toEqual([0, 0, 0, 0, 0]);
    expect(server.accepted).toBe(2);
    await settle(server);
    expect(await leftBehind(before)).toEqual({});
    expect(await created.alive()).toEqual({});

    const aborted = new AbortController();
    aborted.abort();
    const never = await runHealthcheck(targets, { ...fast(), signal: aborted.signal });
    expect(never).toMatchObject({ ok: false, cancelled: true });
    expect(server.accepted).toBe(2);
  });

  it("accepts an injected sleep that rejects when aborted", async () => {
    const port = await closedPort();
    const controller = new AbortController();
    const report = await runHealthcheck(one({ kind: "tcp", host: HOST, port }), {
      ...fast({ retries: 3 }),
      signal: controller.signal,
      sleep: (_ms, signal) => {
        controller.abort();
        return Promise.reject(signal?.reason ?? new Error("aborted"));
      },
    });
    expect(report).toMatchObject({ cancelled: true, ok: false });
    expect(report.endpoints[0]?.attempts).toBe(1);
  });
});

describe("from the descriptor", () => {
  const healthcheck: Healthcheck = {
    startupGraceMs: 10_000,
    intervalMs: 5_000,
    timeoutMs: 2_000,
    retries: 3,
    endpoints: [
      {
        kind: "http",
        name: "health",
        target: "/health",
        method: "GET",
        headers: {},
        expect: expectation(),
      },
      { kind: "tcp", name: "tcp:9090", port: 9090 },
    ],
  };

  it("takes the timings from the descriptor, with overrides on top", () => {
    expect(healthcheckOptions(healthcheck)).toEqual({
      startupGraceMs: 10_000,
      intervalMs: 5_000,
      timeoutMs: 2_000,
      retries: 3,
    });
    expect(healthcheckOptions(healthcheck, { retries: 0, concurrency: 4 })).toEqual({
      startupGraceMs: 10_000,
      intervalMs: 5_000,
      timeoutMs: 2_000,
      retries: 0,
      concurrency: 4,
    });
  });

  it("turns the endpoints into targets for one environment's address", () => {
    expect(healthcheckTargets(healthcheck, { domain: "ledger.qa", port: 8080 })).toEqual([
      {
        name: "health",
        target: {
          kind: "http",
          url: "http://ledger.qa:8080/health",
          method: "GET",
          headers: {},
          expect: expectation(),
        },
      },
      { name: "tcp:9090", target: { kind: "tcp", host: "ledger.qa", port: 9090 } },
    ]);
  });

  it("runs against a real server", async () => {
    const server = await start(sequence(200));
    const only = { ...healthcheck, endpoints: [healthcheck.endpoints[0]!] };
    const report = await runHealthcheck(
      healthcheckTargets(only, { domain: HOST, port: server.port }),
      healthcheckOptions(only, { startupGraceMs: 0 }),
    );
    expect(report).toMatchObject({ ok: true, endpoints: [{ name: "health", attempts: 1, lastStatus: 200 }] });
  });
});
