// The healthcheck runner: after a startup grace, probe every endpoint until it passes, retrying with a
// growing, jittered delay, within one deadline for the whole run and a bound on probes in flight.
import { setMaxListeners } from "node:events";
import type { Healthcheck } from "@gitops/model";
import {
  describeTarget,
  type ProbeError,
  type ProbeResult,
  type ProbeTarget,
  probe,
  targetFor,
} from "./probe.ts";

export interface Backoff {
  /** Each retry waits `intervalMs × factor^n` (n = 0 for the first retry)… */
  factor: number;
  /** …at most this long… */
  maxMs: number;
  /** …give or take this share of it (0.2: ±20 %). */
  jitter: number;
}

export interface HealthcheckOptions {
  startupGraceMs: number;
  intervalMs: number;
  timeoutMs: number;
  /** Attempts per endpoint are `retries + 1`. */
  retries: number;
  /** The whole run, grace included; default startupGrace + (retries+1) × (interval+timeout) × 2. */
  deadlineMs?: number;
  /** Probes in flight at once, across endpoints; default 16. */
  concurrency?: number;
  /** Default factor 1.5, max 30 s, jitter 0.2. */
  backoff?: Partial<Backoff>;
  /** Waits; must return early (resolve or reject) when the signal aborts. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1); default Math.random. */
  random?: () => number;
  /** Monotonic milliseconds; default performance.now. */
  now?: () => number;
  /** Aborts probes in flight and pending waits; the report then says `cancelled`. */
  signal?: AbortSignal;
  onAttempt?: (event: { name: string; attempt: number; result: ProbeResult }) => void;
}

export interface EndpointReport {
  name: string;
  /** The URL, or tcp://host:port. */
  target: string;
  ok: boolean;
  attempts: number;
  /** From the last attempt, when it got a response. */
  lastStatus?: number;
  /** Of the last attempt. */
  latencyMs?: number;
  /** Of the last attempt, when it failed. */
  lastError?: ProbeError;
}

export interface HealthReport {
  ok: boolean;
  durationMs: number;
  endpoints: EndpointReport[];
  /** Retries were cut short because the next attempt would have come after the deadline. */
  deadlineExceeded: boolean;
  cancelled: boolean;
}

export const DEFAULT_BACKOFF: Backoff = { factor: 1.5, maxMs: 30_000, jitter: 0.2 };
export const DEFAULT_CONCURRENCY = 16;

/** The options a descriptor's `healthcheck` asks for, with `overrides` on top. */
export function healthcheckOptions(
  h: Healthcheck,
  overrides: Partial<HealthcheckOptions> = {},
): HealthcheckOptions {
  return {
    startupGraceMs: h.startupGraceMs,
    intervalMs: h.intervalMs,
    timeoutMs: h.timeoutMs,
    retries: h.retries,
    ...overrides,
  };
}

/** The descriptor's endpoints as probe targets, for the service's domain and port in one environment. */
export function healthcheckTargets(
  h: Healthcheck,
  service: { domain: string; port: number },
  readCa?: (path: string) => string,
): { name: string; target: ProbeTarget }[] {
  return h.endpoints.map((endpoint) => ({
    name: endpoint.name,
    target: targetFor(endpoint, service, readCa),
  }));
}

export function defaultDeadlineMs(
  o: Pick<HealthcheckOptions, "startupGraceMs" | "intervalMs" | "timeoutMs" | "retries">,
  backoff: Backoff = DEFAULT_BACKOFF,
) {
  // Room for every attempt and every backed-off wait at its longest jitter, and as much again
  // for a busy runner: the deadline should stop a stuck check, never cut the last retry short.
  let waits = 0;
  for (let n = 0; n < o.retries; n++)
    waits += Math.min(backoff.maxMs, o.intervalMs * backoff.factor ** n) * (1 + backoff.jitter);
  return o.startupGraceMs + 2 * ((o.retries + 1) * o.timeoutMs + waits);
}

/**
 * The wait before retry `n` (0-based): interval × factor^n capped at maxMs, then jittered by ± jitter, never
 * above maxMs (so at the cap the jitter still spreads retries out, downwards).
 */
export function backoffDelay(n: number, intervalMs: number, backoff: Backoff, random: () => number): number {
  const capped = Math.min(backoff.maxMs, intervalMs * backoff.factor ** n);
  const jittered = capped * (1 + backoff.jitter * (2 * random() - 1));
  return Math.round(Math.min(backoff.maxMs, Math.max(0, jittered)));
}

/** Resolves after `ms`, or as soon as `signal` aborts; leaves no timer behind either way. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener("abort", done, { once: true });
  });
}

export async function runHealthcheck(
  targets: { name: string; target: ProbeTarget }[],
  options: HealthcheckOptions,
): Promise<HealthReport> {
  const now = options.now ?? (() => performance.now());
  const wait = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const started = now();
  const deadlineAt = started + (options.deadlineMs ?? defaultDeadlineMs(options, backoff));

  // One signal of our own for everything in flight (probes, waits, queued endpoints), so a run with many
  // endpoints adds one listener to the caller's signal, not one per endpoint.
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  const cancel = () => run.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  else options.signal?.addEventListener("abort", cancel, { once: true });

  const reports: EndpointReport[] = targets.map(({ name, target }) => ({
    name,
    target: describeTarget(target),
    ok: false,
    attempts: 0,
  }));
  let deadlineExceeded = false;

  const pause = async (ms: number) => {
    try {
      await wait(ms, run.signal);
    } catch (err) {
      if (!run.signal.aborted) throw err;
    }
  };

  const slots = semaphore(options.concurrency ?? DEFAULT_CONCURRENCY, run.signal);

  const runEndpoint = async (target: ProbeTarget, report: EndpointReport, name: string) => {
    for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
      const release = await slots.acquire();
      if (!release) return;
      let result: ProbeResult;
      let clipped: boolean;
      try {
        const remaining = deadlineAt - now();
        if (remaining <= 0) {
          deadlineExceeded = true;
          return;
        }
        clipped = remaining < options.timeoutMs;
        result = await probe(target, {
          timeoutMs: Math.min(options.timeoutMs, remaining),
          signal: run.signal,
          now,
        });
      } finally {
        release();
      }
      if (run.signal.aborted && !result.ok) return;
      record(report, attempt, result);
      options.onAttempt?.({ name, attempt, result });
      if (result.ok) return;
      if (clipped && result.error?.kind === "timeout") {
        deadlineExceeded = true;
        return;
      }
      if (attempt > options.retries) return;
      const delay = backoffDelay(attempt - 1, options.intervalMs, backoff, random);
      if (now() + delay >= deadlineAt) {
        deadlineExceeded = true;
        return;
      }
      await pause(delay);
      if (run.signal.aborted) return;
    }
  };

  try {
    if (targets.length > 0 && !run.signal.aborted) {
      const grace = Math.min(options.startupGraceMs, deadlineAt - now());
      if (grace > 0) await pause(grace);
      if (grace < options.startupGraceMs) deadlineExceeded = true;
      else if (!run.signal.aborted) {
        await Promise.all(targets.map(({ name, target }, i) => runEndpoint(target, reports[i]!, name)));
      }
    }
  } finally {
    options.signal?.removeEventListener("abort", cancel);
  }
  const cancelled = run.signal.aborted;
  return {
    ok: !cancelled && reports.every((r) => r.ok),
    durationMs: Math.max(0, Math.round(now() - started)),
    endpoints: reports,
    deadlineExceeded,
    cancelled,
  };
}

function record(report: EndpointReport, attempt: number, result: ProbeResult): void {
  report.attempts = attempt;
  report.ok = result.ok;
  report.latencyMs = result.latencyMs;
  if (result.status === undefined) delete report.lastStatus;
  else report.lastStatus = result.status;
  if (result.error === undefined) delete report.lastError;
  else report.lastError = result.error;
}

/**
 * At most `limit` holders at once, first come first served. `acquire` resolves to the release function, or to
 * undefined once `signal` aborts (waiters are let go at once).
 */
function semaphore(limit: number, signal: AbortSignal) {
  let free = Math.max(1, Math.floor(limit));
  const waiting: ((release: (() => void) | undefined) => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(once(release));
    else free++;
  };
  signal.addEventListener(
    "abort",
    () => {
      for (const waiter of waiting.splice(0)) waiter(undefined);
    },
    { once: true },
  );
  return {
    acquire(): Promise<(() => void) | undefined> {
      if (signal.aborted) return Promise.resolve(undefined);
      if (free > 0) {
        free--;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
