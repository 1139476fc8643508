// What a release tells people about one service, built one way whether the release runs as
// one step (the pipeline) or as separate actions (the notify action reads what earlier steps
// reported: the release action's result, or `toJSON(steps)` of a job).
import type { Descriptor } from "@gitops/model";
import type { ReleaseEvent, ReleaseNotice, StageReport } from "@gitops/notify";
import type { ReleaseResult } from "./result.ts";

/** The parts of a notice every service of one release shares. */
export type NoticeBase = Pick<
  ReleaseNotice,
  "environment" | "pusher" | "committer" | "tickets" | "plan" | "commit" | "runUrl"
>;

/** What one service's release has come to when the notice goes. */
export interface ServiceNoticeParts {
  version: ReleaseNotice["version"];
  stages: StageReport[];
  failure?: ReleaseNotice["failure"];
  rollback?: ReleaseNotice["rollback"];
}

/** The notice for one service: recipients from its descriptor as the environment sees it. */
export function buildNotice(
  base: NoticeBase,
  descriptor: Descriptor,
  event: ReleaseEvent,
  parts: ServiceNoticeParts,
): ReleaseNotice {
  return {
    ...base,
    event,
    service: descriptor.service,
    version: parts.version,
    recipients: {
      emails: descriptor.notifications.emails,
      slack: descriptor.notifications.slack,
      maintainer: descriptor.maintainer,
    },
    stages: [...parts.stages],
    ...(parts.failure ? { failure: parts.failure } : {}),
    ...(parts.rollback ? { rollback: parts.rollback } : {}),
  };
}

/** The plan line channels print after their own "Plan:" label. */
export const planForNotice = (summary: string): string => summary.replace(/^Plan: /, "");

const EVENTS: readonly ReleaseEvent[] = ["started", "succeeded", "failed", "rolled-back"];

export function parseReleaseEvent(value: string): ReleaseEvent {
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

/** What earlier steps reported about one service. */
export interface ReportedParts {
  stages: StageReport[];
  version?: ReleaseNotice["version"];
  failure?: ReleaseNotice["failure"];
  rollback?: ReleaseNotice["rollback"];
  plan?: string;
  tickets?: string[];
  /** Why the report could not be read: the notice still goes, without stages. */
  problem?: string;
}

/** One step as `toJSON(steps)` shows it. */
interface StepState {
  outcome?: string;
  outputs?: Record<string, string>;
}

const STAGE_STEPS = ["deploy", "healthcheck", "regression", "smoke"];

/** Stages, failure and rollback from a release result or `toJSON(steps)`; empty when it says nothing. */
export function reportedParts(text: string, service: string): ReportedParts {
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
  if (parsed && typeof parsed === "object" && (parsed as { schema?: unknown }).schema === 1)
    return partsFromResult(parsed as ReleaseResult, service);
  return partsFromSteps(parsed as Record<string, StepState>);
}

function partsFromResult(result: ReleaseResult, service: string): ReportedParts {
  const common = { plan: planForNotice(result.plan.summary), tickets: result.gate.tickets };
  const s = result.services.find((x) => x.service === service);
  if (!s) return { ...common, stages: [] };
  return {
    ...common,
    stages: s.stages,
    version: s.version,
    ...(s.failure ? { failure: s.failure } : {}),
    ...(s.rollback
      ? { rollback: { version: s.rollback.version, ok: s.rollback.ok, reason: s.rollback.reason } }
      : {}),
  };
}

function partsFromSteps(steps: Record<string, StepState>): ReportedParts {
  const stages: StageReport[] = [];
  let failure: ReportedParts["failure"];
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
  const parts: ReportedParts = { stages, ...(failure ? { failure } : {}) };
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
