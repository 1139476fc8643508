// The notice for one service, from what the workflow knows: the `result` input (the release
// action's result, or `toJSON(steps)` of a job that ran the separate actions), the push event
// and the descriptor in the checkout.
import type { Descriptor } from "@gitops/model";
import type { ReleaseEvent, ReleaseNotice, StageReport } from "@gitops/notify";
import type { ReleaseResult } from "@gitops/pipeline";

/** One step as `toJSON(steps)` shows it. */
interface StepState {
  outcome?: string;
  conclusion?: string;
  outputs?: Record<string, string>;
}

const STAGE_STEPS = ["deploy", "healthcheck", "regression", "smoke"];
const EVENTS: ReleaseEvent[] = ["started", "succeeded", "failed", "rolled-back"];

export function parseEvent(value: string): ReleaseEvent {
  if (!EVENTS.includes(value as ReleaseEvent))
    throw new Error(`event must be one of ${EVENTS.join(", ")}, not "${value}"`);
  return value as ReleaseEvent;
}

/** Keys from the gate-check action's tickets output ([{key}]), or a comma-separated list. */
export function parseTickets(value: string): string[] {
  const text = value.trim();
  if (!text) return [];
  if (text.startsWith("[")) {
    const parsed = JSON.parse(text) as unknown[];
    return parsed
      .map((t) => (typeof t === "string" ? t : (t as { key?: unknown })?.key))
      .filter((k): k is string => typeof k === "string");
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

type Parts = Pick<ReleaseNotice, "stages" | "failure" | "rollback"> & {
  version?: ReleaseNotice["version"];
  plan?: string;
  tickets?: string[];
  /** Why the result could not be read: the notice still goes, without stages. */
  problem?: string;
};

/** Stages, failure and rollback from the `result` input; empty when it says nothing. */
export function partsFromResult(text: string, service: string): Parts {
  if (!text.trim()) return { stages: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      stages: [],
      problem: "result is not JSON: pass the release action's result output or toJSON(steps)",
    };
  }
  if (parsed && typeof parsed === "object" && (parsed as { schema?: unknown }).schema === 1) {
    const result = parsed as ReleaseResult;
    const s = result.services.find((x) => x.service === service);
    const tickets = result.gate.tickets;
    if (!s) return { stages: [], plan: result.plan.summary.replace(/^Plan: /, ""), tickets };
    return {
      tickets,
      stages: s.stages,
      version: s.version,
      plan: result.plan.summary.replace(/^Plan: /, ""),
      ...(s.failure ? { failure: s.failure } : {}),
      ...(s.rollback
        ? { rollback: { version: s.rollback.version, ok: s.rollback.ok, reason: s.rollback.reason } }
        : {}),
    };
  }
  return partsFromSteps(parsed as Record<string, StepState>);
}

function partsFromSteps(steps: Record<string, StepState>): Parts {
  const stages: StageReport[] = [];
  let failure: Parts["failure"];
  for (const id of STAGE_STEPS) {
    const step = steps[id];
    if (!step?.outcome) continue;
    const outcome = step.outcome === "success" ? "passed" : step.outcome === "failure" ? "failed" : "skipped";
    const detail = stepDetail(step);
    const durationMs = (safeJson(step.outputs?.result) as { durationMs?: unknown } | undefined)?.durationMs;
    stages.push({
      stage: id,
      outcome,
      durationMs: typeof durationMs === "number" ? durationMs : 0,
      reason: detail ?? step.outcome,
    });
    if (outcome === "failed" && !failure) failure = { stage: id, reason: detail ?? `the ${id} step failed` };
  }
  const parts: Parts = { stages, ...(failure ? { failure } : {}) };
  const rollback = steps.rollback;
  if (rollback?.outcome && rollback.outcome !== "skipped") {
    const result = safeJson(rollback.outputs?.result) as { version?: string; detail?: string } | undefined;
    parts.rollback = {
      version: result?.version ?? rollback.outputs?.version ?? "the previous version",
      ok: rollback.outcome === "success",
      reason: result?.detail ?? rollback.outcome,
    };
  }
  return parts;
}

function stepDetail(step: StepState): string | undefined {
  const result = safeJson(step.outputs?.result) as { detail?: string } | undefined;
  if (result?.detail) return result.detail;
  const report = safeJson(step.outputs?.report) as
    | { ok?: boolean; endpoints?: { name: string; ok: boolean }[] }
    | undefined;
  if (report?.endpoints) {
    const healthy = report.endpoints.filter((e) => e.ok).length;
    return `${healthy}/${report.endpoints.length} endpoints healthy`;
  }
  return undefined;
}

function safeJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function recipients(descriptor: Descriptor): ReleaseNotice["recipients"] {
  return {
    emails: descriptor.notifications.emails,
    slack: descriptor.notifications.slack,
    maintainer: descriptor.maintainer,
  };
}
