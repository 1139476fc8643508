// The plan of one push (or promotion) for one environment: which services change, how, and
// what could go wrong, ending in a verdict. Like `terraform plan`, it changes nothing.

import { type Git, isZeroSha, treeReader } from "@gitops/git";
import {
  CONFIG_FILE,
  type Config,
  type Descriptor,
  type Diagnostic,
  type Environment,
  environmentForBranch,
  loadConfig,
  loadDescriptor,
  loadRepo,
} from "@gitops/model";
import { type ChangeSet, detectChanges, type ServiceChangeKind } from "./changes.ts";
import { diffService, type FieldChange } from "./diff.ts";
import { evaluateRules, type Finding, type ServiceDelta, type Verdict, verdictOf } from "./rules.ts";

export interface ServicePlan {
  service: string;
  /** `unchanged-here`: the file changed, but nothing this environment deploys (e.g. another environment's override). */
  change: ServiceChangeKind | "unchanged-here";
  file: string;
  oldFile?: string;
  version: { from?: string; to?: string };
  fields: FieldChange[];
}

export interface Plan {
  /** Version of this JSON shape. */
  schema: 1;
  environment: string;
  base?: string;
  head: string;
  firstPush: boolean;
  forcePush: boolean;
  configChanged: boolean;
  /**
   * Where the policy was read from: the deployment record, the default branch or the commit the
   * record began from (for a release), the base commit, or (a first push, planned alone) head.
   */
  policyFrom: PolicySource;
  summary: {
    add: number;
    change: number;
    remove: number;
    rename: number;
    destructive: number;
    risky: number;
  };
  verdict: Verdict;
  services: ServicePlan[];
  findings: Finding[];
  /** Problems in the pushed files; any error denies the push. */
  diagnostics: Diagnostic[];
}

export type PolicySource = "record" | "default-branch" | "baseline" | "base" | "head";

export class PlanError extends Error {
  constructor(
    readonly code: "E_PLAN_CONFIG" | "E_PLAN_ENVIRONMENT" | "E_PLAN_REF",
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = "PlanError";
  }
}

export interface PlanOptions {
  git: Git;
  /** The deployed commit; undefined or all zeros for a first push. */
  base?: string;
  head: string;
  /** The environment by name, or by the branch that deploys to it. */
  environment?: string;
  branch?: string;
  /** The trusted gitops.yaml when the caller has read it already (see trustedConfig). */
  config?: Config;
  /** Where `config` came from (default: base, or head for a first push). */
  policyFrom?: PolicySource;
  /** The branch head before the push, when `base` is not it (a record): what a force push is judged by. */
  pushedOver?: string;
  /** Whether a version ran healthy in this environment before: going back to it is safe. */
  ranHealthy?: (service: string, version: string) => boolean;
}

export async function buildPlan(options: PlanOptions): Promise<Plan> {
  const { git } = options;
  const firstPush = isZeroSha(options.base);
  const config = options.config ?? (await trustedConfig(git, options.base, options.head));
  const environment = pickEnvironment(config, options);

  const changes = await detectChanges(git, {
    base: options.base,
    head: options.head,
    servicesDir: config.servicesDir,
    // Against a record, a force push is told by the push's own before, below.
    checkForcePush: options.pushedOver === undefined,
  });
  const head = await loadRepo(treeReader(git, changes.head));
  const afterByService = new Map(head.descriptors.map((d) => [d.service, d]));
  const beforeByService = await changedDescriptorsAt(git, changes);

  const deltas: ServiceDelta[] = changes.services.map((c) => ({
    service: c.service,
    before: beforeByService.get(c.oldService ?? c.service),
    after: c.kind === "removed" ? undefined : afterByService.get(c.service),
  }));
  // Unchanged services are the same at both commits, so their pushed copy stands in for the deployed one.
  const changed = new Set(changes.services.flatMap((c) => [c.service, c.oldService ?? c.service]));
  const unchanged = head.descriptors.filter((d) => !changed.has(d.service));
  const requestedEnvironment =
    changes.configChanged && head.config
      ? head.config.environments.find((e) => e.name === environment.name)
      : undefined;

  // A pushed descriptor that does not validate is denied by its diagnostics; it is not "removed".
  const judged = deltas.filter((d, i) => d.after || changes.services[i]!.kind === "removed");
  const findings = evaluateRules({
    environment,
    ...(requestedEnvironment ? { requestedEnvironment } : {}),
    deltas: judged,
    allAfter: head.descriptors,
    allBefore: [...unchanged, ...[...beforeByService.values()]],
    ...(options.ranHealthy ? { ranHealthy: options.ranHealthy } : {}),
  });
  const services = changes.services.map((c, i) => servicePlan(c, deltas[i]!, environment.name));
  const diagnostics = head.diagnostics;
  const verdict = diagnostics.some((d) => d.severity === "error") ? "deny" : verdictOf(findings);

  const plan: Plan = {
    schema: 1,
    environment: environment.name,
    head: changes.head,
    firstPush,
    forcePush:
      options.pushedOver === undefined
        ? changes.forcePush
        : await rewrote(git, options.pushedOver, changes.head),
    configChanged: changes.configChanged,
    policyFrom: options.policyFrom ?? (firstPush ? "head" : "base"),
    summary: {
      add: services.filter((s) => s.change === "added").length,
      change: services.filter((s) => s.change === "changed").length,
      remove: services.filter((s) => s.change === "removed").length,
      rename: services.filter((s) => s.change === "renamed").length,
      destructive: findings.filter((f) => f.severity === "destructive").length,
      risky: findings.filter((f) => f.severity === "risky").length,
    },
    verdict,
    services,
    findings,
    diagnostics,
  };
  if (changes.base) plan.base = changes.base;
  return plan;
}

/** Whether a push replaced history: the branch before it is not an ancestor of what it pushed. */
async function rewrote(git: Git, before: string, head: string): Promise<boolean> {
  return !isZeroSha(before) && !(await git.isAncestor(before, head));
}

/**
 * The policy a push is judged by: gitops.yaml at the deployed commit, or at head on a first
 * push. The first read of the push's commits, so it is where a missing one is explained.
 */
export async function trustedConfig(git: Git, base: string | undefined, head: string): Promise<Config> {
  const firstPush = isZeroSha(base);
  if (!firstPush) await requireCommit(git, "base", base!);
  await requireCommit(git, "head", head);
  return configAt(git, firstPush ? head : base!);
}

async function requireCommit(git: Git, which: "base" | "head", ref: string): Promise<void> {
  if (await git.resolve(ref)) return;
  throw new PlanError(
    "E_PLAN_REF",
    `the ${which} commit ${ref} is not in the repository; fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`,
  );
}

/** gitops.yaml at a commit, valid, or a PlanError saying why not. */
export async function configAt(git: Git, ref: string): Promise<Config> {
  const bytes = (await git.readFiles(ref, [CONFIG_FILE])).get(CONFIG_FILE);
  if (!bytes) throw new PlanError("E_PLAN_CONFIG", `${CONFIG_FILE} does not exist at ${ref.slice(0, 12)}`);
  const loaded = await loadConfig(bytes);
  if (!loaded.ok) {
    throw new PlanError(
      "E_PLAN_CONFIG",
      `${CONFIG_FILE} at ${ref.slice(0, 12)} is not valid`,
      loaded.diagnostics,
    );
  }
  return loaded.value;
}

function pickEnvironment(config: Config, options: PlanOptions): Environment {
  const environment = options.environment
    ? config.environments.find((e) => e.name === options.environment)
    : options.branch
      ? environmentForBranch(config, options.branch)
      : undefined;
  if (!environment) {
    const wanted = options.environment
      ? `environment "${options.environment}"`
      : `environment for branch "${options.branch}"`;
    const known = config.environments.map((e) => `${e.name} (branch ${e.branch})`).join(", ");
    throw new PlanError("E_PLAN_ENVIRONMENT", `gitops.yaml has no ${wanted}; it has ${known}`);
  }
  return environment;
}

/** The deployed descriptors of the services the push touches, read from the base commit. */
async function changedDescriptorsAt(git: Git, changes: ChangeSet): Promise<Map<string, Descriptor>> {
  const out = new Map<string, Descriptor>();
  if (!changes.base) return out;
  const touched = changes.services.filter((c) => c.kind !== "added");
  const files = touched.map((c) => c.oldFile ?? c.file);
  const contents = await git.readFiles(changes.base, files);
  for (const file of files) {
    const bytes = contents.get(file);
    if (!bytes) continue;
    // A deployed descriptor that no longer validates has no "before" to compare with.
    const loaded = await loadDescriptor(file, bytes);
    if (loaded.ok) out.set(loaded.value.service, loaded.value);
  }
  return out;
}

function servicePlan(
  change: ChangeSet["services"][number],
  delta: ServiceDelta,
  environment: string,
): ServicePlan {
  // A removed service loses every field; listing them all would bury the one line that matters.
  const fields = change.kind === "removed" ? [] : diffService(delta.before, delta.after, environment);
  const plan: ServicePlan = {
    service: change.service,
    change: change.kind === "changed" && fields.length === 0 ? "unchanged-here" : change.kind,
    file: change.file,
    version: {},
    fields,
  };
  if (change.oldFile) plan.oldFile = change.oldFile;
  if (delta.before) plan.version.from = delta.before.version;
  if (delta.after) plan.version.to = delta.after.version;
  return plan;
}

/** The services a deployment touches, for a workflow `strategy.matrix`. */
export function matrixOf(plan: Plan): {
  include: { service: string; change: ServiceChangeKind; file: string }[];
} {
  const include = plan.services.flatMap((s) =>
    s.change === "unchanged-here" ? [] : [{ service: s.service, change: s.change, file: s.file }],
  );
  return { include };
}
