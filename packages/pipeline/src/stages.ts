// The stages a release runs for one service, registered by name. gitops.yaml lists each
// environment's stages in order, so a team reorders or drops them without code; a new kind of
// stage is one more entry here.
import {
  healthcheckOptions,
  healthcheckTargets,
  healthText,
  runHealthcheck,
  runRegression,
  runSmoke,
  smokeText,
} from "@gitops/checks";
import type { Driver } from "@gitops/deploy";
import type { Descriptor, Environment, StageName } from "@gitops/model";

export interface StageContext {
  /** The descriptor as this environment sees it. */
  descriptor: Descriptor;
  environment: Environment;
  /** The deploy repo checkout at the pushed commit: where commands run. */
  workdir: string;
  driver: Driver;
  reason: "deploy" | "rollback";
  /** Output of commands as it comes, for live logs. */
  onOutput: (chunk: string, stream: "stdout" | "stderr") => void;
  signal?: AbortSignal;
}

export interface StageResult {
  /** skipped: the stage does not apply (no smoke checks in the descriptor); it does not fail the release. */
  outcome: "passed" | "failed" | "skipped";
  /** One line for people. */
  reason: string;
  /** What a failure report quotes: the end of the output, or each failing check. */
  log?: string;
}

export type Stage = (context: StageContext) => Promise<StageResult>;
export type StageRegistry = Record<StageName, Stage>;

const address = (d: Descriptor) => ({ domain: d.domain, port: d.port });

export const deployStage: Stage = async (ctx) => {
  const result = await ctx.driver.deploy({
    descriptor: ctx.descriptor,
    environment: ctx.environment.name,
    workdir: ctx.workdir,
    reason: ctx.reason,
    onOutput: ctx.onOutput,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  return {
    outcome: result.ok ? "passed" : "failed",
    reason: `${ctx.driver.type}: ${result.reason}`,
    ...(result.ok ? {} : { log: result.outputTail }),
  };
};

export const healthcheckStage: Stage = async (ctx) => {
  const { healthcheck } = ctx.descriptor;
  const options = healthcheckOptions(healthcheck);
  if (ctx.signal) options.signal = ctx.signal;
  const report = await runHealthcheck(healthcheckTargets(healthcheck, address(ctx.descriptor)), options);
  const healthy = report.endpoints.filter((e) => e.ok).length;
  const failing = report.endpoints.filter((e) => !e.ok);
  return {
    outcome: report.ok ? "passed" : "failed",
    reason: report.ok
      ? `${healthy}/${report.endpoints.length} endpoints healthy`
      : failing.map((e) => `${e.name}: ${e.lastError?.message ?? "failed"}`).join("; "),
    ...(report.ok ? {} : { log: healthText(report) }),
  };
};

export const smokeStage: Stage = async (ctx) => {
  const { smoke, healthcheck } = ctx.descriptor;
  if (!smoke || smoke.checks.length === 0)
    return { outcome: "skipped", reason: "the descriptor has no smoke checks" };
  const report = await runSmoke(smoke.checks, address(ctx.descriptor), {
    timeoutMs: healthcheck.timeoutMs,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const failed = report.checks.filter((c) => !c.ok);
  return {
    outcome: report.ok ? "passed" : "failed",
    reason: report.ok
      ? `${report.checks.length}/${report.checks.length} smoke checks passed`
      : failed.map((c) => `${c.name}: ${c.reason}`).join("; "),
    ...(report.ok ? {} : { log: smokeText(report) }),
  };
};

export const regressionStage: Stage = async (ctx) => {
  const { regression, service, version } = ctx.descriptor;
  if (!regression) return { outcome: "skipped", reason: "the descriptor has no regression command" };
  const result = await runRegression({
    command: regression.command,
    cwd: ctx.workdir,
    env: {
      ...regression.env,
      GITOPS_SERVICE: service,
      GITOPS_VERSION: version,
      GITOPS_ENVIRONMENT: ctx.environment.name,
      GITOPS_SERVICE_URL: `http://${ctx.descriptor.domain}:${ctx.descriptor.port}`,
    },
    timeoutMs: regression.timeoutMs,
    ...(regression.reports ? { reports: regression.reports } : {}),
    onOutput: ctx.onOutput,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  return {
    outcome: result.ok ? "passed" : "failed",
    reason: result.reason,
    ...(result.ok ? {} : { log: result.outputTail }),
  };
};

export const builtinStages: StageRegistry = {
  deploy: deployStage,
  healthcheck: healthcheckStage,
  smoke: smokeStage,
  regression: regressionStage,
};

/** A rollback redeploys and proves the restored version healthy; further tests are for new versions. */
export const ROLLBACK_STAGES: StageName[] = ["deploy", "healthcheck"];
