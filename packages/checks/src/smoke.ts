// Smoke checks: each of the descriptor's requests once, in order, against the deployed service.
import { STATUS_CODES } from "node:http";
import type { SmokeCheck } from "@gitops/model";
import { probe, smokeTarget } from "./probe.ts";

export interface SmokeCheckResult {
  name: string;
  ok: boolean;
  /** "200 OK", or why the check failed ("expected status 200, got 503"). */
  reason: string;
  status?: number;
  latencyMs: number;
}

export interface SmokeReport {
  ok: boolean;
  checks: SmokeCheckResult[];
}

export interface SmokeOptions {
  /** For checks without their own `timeoutMs`. */
  timeoutMs: number;
  /** Aborts the check in flight; the checks not yet run are reported as not run. */
  signal?: AbortSignal;
  now?: () => number;
}

export async function runSmoke(
  checks: SmokeCheck[],
  service: { domain: string; port: number },
  options: SmokeOptions,
): Promise<SmokeReport> {
  const results: SmokeCheckResult[] = [];
  for (const check of checks) {
    if (options.signal?.aborted) {
      results.push({ name: check.name, ok: false, reason: "not run: cancelled", latencyMs: 0 });
      continue;
    }
    const probeOptions: Parameters<typeof probe>[1] = { timeoutMs: check.timeoutMs ?? options.timeoutMs };
    if (options.signal) probeOptions.signal = options.signal;
    if (options.now) probeOptions.now = options.now;
    const result = await probe(smokeTarget(check, service), probeOptions);
    const entry: SmokeCheckResult = {
      name: check.name,
      ok: result.ok,
      reason: result.ok ? statusLine(result.status) : (result.error?.message ?? "failed"),
      latencyMs: result.latencyMs,
    };
    if (result.status !== undefined) entry.status = result.status;
    results.push(entry);
  }
  return { ok: results.every((r) => r.ok), checks: results };
}

function statusLine(status: number | undefined): string {
  if (status === undefined) return "ok";
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : `${status}`;
}
