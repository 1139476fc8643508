// The release's record: what the gate decided, and per service what ran, how long it took,
// what failed and what was restored. Written as JSON (schema 1) and rendered for people.
import type { GateDecision, RuleResult } from "@gitops/gate";
import type { Delivery, ReleaseEvent, StageReport } from "@gitops/notify";
import type { ServiceChangeKind, Verdict } from "@gitops/plan";
import type { EnvironmentStatus } from "./status.ts";

export type ServiceOutcome =
  /** Every stage passed. */
  | "deployed"
  /** A stage failed and the previous version is back and healthy. */
  | "rolled-back"
  /** A stage failed and nothing healthy could be restored: someone must look now. */
  | "failed"
  /** Dry run: what would run. */
  | "planned"
  /** Removed from the branch: reported, not torn down (drivers deploy; removal is the team's call). */
  | "not-deployed";

export type ReleaseOutcome =
  | "succeeded"
  | "rolled-back"
  | "failed"
  | "denied"
  | "skipped"
  | "nothing-to-deploy"
  | "dry-run";

export interface ServiceRelease {
  service: string;
  change: ServiceChangeKind;
  file: string;
  /** Where the descriptor was before, when it moved. */
  oldFile?: string;
  /** The pushed image, when the descriptor names one. */
  image?: string;
  version: { from?: string; to?: string };
  outcome: ServiceOutcome;
  stages: StageReport[];
  failure?: { stage: string; reason: string; log?: string };
  rollback?: { version: string; ok: boolean; reason: string; stages: StageReport[] };
  deliveries: (Delivery & { event: ReleaseEvent })[];
  note?: string;
}

export interface ReleaseResult {
  /** Version of this JSON shape. */
  schema: 1;
  environment: string;
  before?: string;
  after: string;
  pusher: string;
  dryRun: boolean;
  outcome: ReleaseOutcome;
  gate: { decision: GateDecision; results: RuleResult[]; tickets: string[] };
  plan: { verdict: Verdict; summary: string };
  services: ServiceRelease[];
  links: { commit?: string; run?: string };
  startedAt: string;
  durationMs: number;
  /** The deployment record: where the policy and the plan's base came from, and whether this release was recorded. */
  record?: {
    store: string;
    /** record: the last allowed release's; default-branch or baseline: nothing was allowed here yet. */
    policy: string;
    ok: boolean;
    detail: string;
  };
  /** The release was cancelled half-way: what runs may be neither version. */
  cancelled?: boolean;
  /** What runs now for the released services, as the record says, beside what the branch names. */
  status?: EnvironmentStatus;
  /** Why the release ended as it did, when no service says it: the record could not be written. */
  note?: string;
}

/** The release's outcome from its services': any unrecovered failure fails it. */
export function overallOutcome(services: ServiceRelease[], dryRun: boolean): ReleaseOutcome {
  if (dryRun) return "dry-run";
  const ran = services.filter((s) => s.outcome !== "not-deployed");
  if (ran.length === 0) return "nothing-to-deploy";
  if (ran.some((s) => s.outcome === "failed")) return "failed";
  if (ran.some((s) => s.outcome === "rolled-back")) return "rolled-back";
  return "succeeded";
}

/** Whether the environment is as the push asked: a skip asked for nothing, a dry run deploys nothing. */
export function releaseSucceeded(result: ReleaseResult): boolean {
  return ["succeeded", "nothing-to-deploy", "dry-run", "skipped"].includes(result.outcome);
}

/** A line for each notice that did not reach its channel. */
export function undeliveredNotices(result: ReleaseResult): string[] {
  return result.services.flatMap((s) =>
    s.deliveries
      .filter((d) => !d.ok)
      .map((d) => `${s.service}: ${d.event} notice to ${d.channel} ${d.target} not delivered: ${d.detail}`),
  );
}

/** What a release reports as it goes, for live progress in a terminal or a runner's log. */
export type ReleaseProgress =
  | {
      type: "gate";
      environment: string;
      decision: string;
      reasons: string[];
      plan: string;
      /** The services the release goes on to, when the gate allows. */
      services: string[];
    }
  | { type: "service"; service: string; from?: string; to?: string }
  | { type: "stage-start"; service: string; stage: string; rollback: boolean }
  | {
      type: "stage-end";
      service: string;
      stage: string;
      rollback: boolean;
      outcome: "passed" | "failed" | "skipped";
      reason: string;
      durationMs: number;
    }
  | { type: "output"; service: string; stage: string; chunk: string; stream: "stdout" | "stderr" }
  | { type: "delivery"; service: string; event: ReleaseEvent; delivery: Delivery }
  | { type: "done"; service: string; outcome: ServiceRelease["outcome"] };
