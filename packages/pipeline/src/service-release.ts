// One service's release: tell people it starts, run the environment's stages in order, and on
// the first failure report it, restore the version the branch held before the push, prove that
// version healthy, and report the rollback. Notices never change the outcome.
import type { Driver } from "@gitops/deploy";
import type { Descriptor, Environment, StageName } from "@gitops/model";
import {
  type Delivery,
  deliverAll,
  type Notifier,
  type ReleaseEvent,
  type StageReport,
} from "@gitops/notify";
import type { ServicePlan } from "@gitops/plan";
import { buildNotice, type NoticeBase, type ServiceNoticeParts } from "./notice.ts";
import type { ReleaseProgress, ServiceRelease } from "./result.ts";
import { ROLLBACK_STAGES, type StageRegistry } from "./stages.ts";

/** What every service of one release shares. */
export interface ReleaseContext {
  environment: Environment;
  workdir: string;
  /** The changed services' descriptors at the pushed commit and as they last ran healthy (the record), as the environment sees them, by file. */
  pushed: Map<string, Descriptor>;
  deployed: Map<string, Descriptor>;
  driver: Driver;
  stages: StageRegistry;
  notifiers: Notifier[];
  dryRun: boolean;
  /** The parts of every notice that do not depend on the service. */
  notice: NoticeBase;
  progress: (event: ReleaseProgress) => void;
  signal?: AbortSignal;
}

export async function releaseService(ctx: ReleaseContext, planned: ServicePlan): Promise<ServiceRelease> {
  const release: ServiceRelease = {
    service: planned.service,
    change: planned.change === "unchanged-here" ? "changed" : planned.change,
    file: planned.file,
    ...(planned.oldFile ? { oldFile: planned.oldFile } : {}),
    version: planned.version,
    outcome: "deployed",
    stages: [],
    deliveries: [],
  };
  const descriptor = planned.change === "removed" ? undefined : ctx.pushed.get(planned.file);
  if (planned.change === "unchanged-here") {
    return { ...release, outcome: "not-deployed", note: `nothing ${ctx.environment.name} runs changed` };
  }
  if (planned.change === "removed" || !descriptor) {
    return {
      ...release,
      outcome: "not-deployed",
      note: "removed from the branch: gitops does not tear services down; remove it with your platform's tools",
    };
  }
  if (descriptor.image) release.image = descriptor.image;
  ctx.progress({ type: "service", service: release.service, ...planned.version });
  if (ctx.dryRun) {
    const stages = ctx.environment.stages.map(
      (stage): StageReport => ({ stage, outcome: "skipped", durationMs: 0, reason: "dry run" }),
    );
    return { ...release, outcome: "planned", stages };
  }

  // What last ran healthy here, as the record says (a renamed file's old self): what to restore.
  const previous = ctx.deployed.get(planned.oldFile ?? planned.file);
  const nothingToRestore = `nothing to restore: no version of ${release.service} ran healthy in ${ctx.environment.name} before`;
  const tell = async (event: ReleaseEvent, extra: Pick<ServiceNoticeParts, "failure" | "rollback"> = {}) => {
    const notice = buildNotice(ctx.notice, descriptor, event, {
      version: release.version,
      stages: release.stages,
      ...extra,
    });
    const deliveries = await deliverAll(ctx.notifiers, notice, {
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onDelivery: (delivery: Delivery) =>
        ctx.progress({ type: "delivery", service: release.service, event, delivery }),
    });
    release.deliveries.push(...deliveries.map((d) => ({ ...d, event })));
  };

  await tell("started");
  const failure = await runStages(ctx, descriptor, ctx.environment.stages, "deploy", release.stages);
  if (!failure) {
    await tell("succeeded");
    return finishService(ctx, release);
  }

  release.failure = failure;
  // Every channel hears in the same breath when there is no healthy version to go back to.
  await tell("failed", {
    failure:
      previous || ctx.signal?.aborted
        ? failure
        : { ...failure, reason: `${failure.reason}; ${nothingToRestore}` },
  });
  if (ctx.signal?.aborted) {
    release.outcome = "failed";
    release.note = "the release was cancelled: nothing was rolled back, so check what runs";
    return finishService(ctx, release);
  }
  if (!previous) {
    release.outcome = "failed";
    release.note = nothingToRestore;
    return finishService(ctx, release);
  }
  const rollbackStages: StageReport[] = [];
  const rollbackFailure = await runStages(ctx, previous, ROLLBACK_STAGES, "rollback", rollbackStages);
  release.rollback = {
    version: previous.version,
    ok: !rollbackFailure,
    reason: rollbackFailure
      ? `the restored ${previous.version} failed at ${rollbackFailure.stage}: ${rollbackFailure.reason}`
      : `${previous.version} restored and healthy`,
    stages: rollbackStages,
  };
  release.outcome = rollbackFailure ? "failed" : "rolled-back";
  await tell("rolled-back", {
    failure,
    rollback: { version: previous.version, ok: release.rollback.ok, reason: release.rollback.reason },
  });
  return finishService(ctx, release);
}

function finishService(ctx: ReleaseContext, release: ServiceRelease): ServiceRelease {
  ctx.progress({ type: "done", service: release.service, outcome: release.outcome });
  return release;
}

/** What running stages needs; the deploy action runs them without a whole release around them. */
export type StageRunContext = Pick<
  ReleaseContext,
  "environment" | "workdir" | "driver" | "stages" | "progress" | "signal"
>;

/** Runs stages in order into `reports`; returns the first failure, or undefined when all passed. */
export async function runStages(
  ctx: StageRunContext,
  descriptor: Descriptor,
  names: readonly StageName[],
  reason: "deploy" | "rollback",
  reports: StageReport[],
): Promise<{ stage: string; reason: string; log?: string } | undefined> {
  const service = descriptor.service;
  const rollback = reason === "rollback";
  for (const name of names) {
    ctx.progress({ type: "stage-start", service, stage: name, rollback });
    const started = performance.now();
    let outcome: "passed" | "failed" | "skipped";
    let why: string;
    let log: string | undefined;
    try {
      const stage = ctx.stages[name];
      if (!stage) throw new Error(`no stage is registered as "${name}"`);
      const result = await stage({
        descriptor,
        environment: ctx.environment,
        workdir: ctx.workdir,
        driver: ctx.driver,
        reason,
        onOutput: (chunk, stream) => ctx.progress({ type: "output", service, stage: name, chunk, stream }),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      ({ outcome, reason: why, log } = result);
    } catch (error) {
      // A stage that cannot run (a broken regression glob, a driver that cannot start) has failed.
      outcome = "failed";
      why = error instanceof Error ? error.message : String(error);
    }
    const durationMs = Math.round(performance.now() - started);
    reports.push({ stage: name, outcome, durationMs, reason: why });
    ctx.progress({ type: "stage-end", service, stage: name, rollback, outcome, reason: why, durationMs });
    if (outcome === "failed") return { stage: name, reason: why, ...(log ? { log } : {}) };
  }
  return undefined;
}
