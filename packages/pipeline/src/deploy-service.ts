// One service deployed (or restored) on its own, as the deploy action does it in the reusable
// workflows: the descriptor at a commit, the environment's driver, and for a rollback the
// healthcheck too, since no later step proves the restored version.
import { createDriver, type Driver } from "@gitops/deploy";
import { type Git, isZeroSha, treeReader } from "@gitops/git";
import { type DriverConfig, findEnvironment, forEnvironment, loadRepo } from "@gitops/model";
import type { StageReport } from "@gitops/notify";
import type { RecordStore } from "@gitops/record";
import type { ReleaseProgress } from "./result.ts";
import { runStages } from "./service-release.ts";
import { builtinStages, ROLLBACK_STAGES, type StageRegistry } from "./stages.ts";

export interface DeployServiceOptions {
  git: Git;
  /** The deploy repo checkout: commands run here. */
  workdir: string;
  /** The commit whose descriptor to deploy; for a rollback, the one to restore. */
  ref: string;
  service: string;
  environment: string;
  reason: "deploy" | "rollback";
  /**
   * The deployment record: a rollback restores the version it shows ran healthy last, never
   * the commit `ref` names (which may be a failed one).
   */
  record?: RecordStore;
  driverFor?: (config: DriverConfig) => Driver;
  stages?: StageRegistry;
  onProgress?: (event: ReleaseProgress) => void;
  signal?: AbortSignal;
}

export interface ServiceDeployment {
  service: string;
  environment: string;
  reason: "deploy" | "rollback";
  /** The version deployed or restored; absent when there was nothing to restore. */
  version?: string;
  ok: boolean;
  /** One line: what happened, or where it failed and why. */
  detail: string;
  durationMs?: number;
  stages: StageReport[];
  failure?: { stage: string; reason: string; log?: string };
}

export async function deployService(options: DeployServiceOptions): Promise<ServiceDeployment> {
  const { service, reason } = options;
  const base = { service, environment: options.environment, reason };
  const nothing = (detail: string): ServiceDeployment => ({ ...base, ok: true, detail, stages: [] });
  if (reason === "rollback" && isZeroSha(options.ref))
    return nothing("nothing to restore: the push created the branch");

  // A rollback with a record restores what the record says ran healthy: its tree is a commit too.
  const recorded =
    reason === "rollback" && options.record ? await options.record.read(options.environment) : undefined;
  if (reason === "rollback" && options.record && !recorded?.state.services[service]?.running)
    return nothing(`nothing to restore: no version of ${service} ran healthy in ${options.environment}`);
  const from = recorded ? recorded.commit : options.ref;
  const repo = await loadRepo(treeReader(options.git, from));
  if (!repo.config) throw new Error(`gitops.yaml at ${from} is missing or not valid`);
  const environment = findEnvironment(repo.config, options.environment);
  const found = repo.descriptors.find((d) => d.service === service);
  if (!found) {
    if (reason === "rollback") return nothing(`nothing to restore: ${service} did not exist at ${from}`);
    throw new Error(`no valid descriptor for ${service} at ${options.ref}`);
  }
  const descriptor = forEnvironment(found, environment.name);
  const stages: StageReport[] = [];
  const started = performance.now();
  const failure = await runStages(
    {
      environment,
      workdir: options.workdir,
      driver: (options.driverFor ?? createDriver)(environment.driver),
      stages: options.stages ?? builtinStages,
      progress: options.onProgress ?? (() => {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
    descriptor,
    reason === "rollback" ? ROLLBACK_STAGES : ["deploy"],
    reason,
    stages,
  );
  return {
    ...base,
    version: descriptor.version,
    ok: !failure,
    detail: failure
      ? `${failure.stage}: ${failure.reason}`
      : `${service} ${descriptor.version} ${reason === "rollback" ? "restored" : "deployed"}`,
    durationMs: Math.round(performance.now() - started),
    stages,
    ...(failure ? { failure } : {}),
  };
}
