// gitops.yaml: the environments, their release pipelines, and the policy for every push.
import { loadChecked, type Problems } from "./checked-file.ts";
import { type Resources, parseResources as resources } from "./descriptor.ts";
import type { LoadResult } from "./diagnostics.ts";
import { type PortRange, parseDuration, parsePortRange } from "./quantities.ts";

export const CONFIG_FILE = "gitops.yaml";

export type StageName = "deploy" | "healthcheck" | "smoke" | "regression";
export type Severity = "safe" | "risky" | "destructive" | "off";
export type RiskRuleId =
  | "capacity-per-service"
  | "capacity-total"
  | "port-opened"
  | "port-closed"
  | "exposure-changed"
  | "domain-changed"
  | "version-downgrade"
  | "service-removed"
  | "healthcheck-weakened"
  | "healthcheck-removed"
  | "resource-cut"
  | "notifications-emptied";

export interface Identities {
  users: string[];
  /** `org/team-slug` */
  teams: string[];
}

export interface CommandDriver {
  type: "command";
  command: string[];
  timeoutMs: number;
  env: Record<string, string>;
}
export type DriverConfig = CommandDriver;

export interface DiffPolicy {
  /** Overrides of each rule's default severity. */
  rules: Partial<Record<RiskRuleId, Severity>>;
  /** A cut larger than this fraction (0..1) counts as resource-cut. */
  resourceCutThreshold: number;
}

export interface Environment {
  name: string;
  branch: string;
  promotesFrom?: string;
  stages: StageName[];
  driver: DriverConfig;
  concurrency: number;
  capacity?: Resources;
  limits?: Resources;
  ports: { allowed?: PortRange[]; public?: PortRange[] };
  gate: {
    /** The environment's own allow-list, or the top-level one. */
    allow: Identities;
    requireSignedCommits: boolean;
    jira: {
      statuses?: string[];
      approvals?: { required: number; source: "service-management" | "field"; field?: string };
    };
  };
  /** The top-level diff policy with this environment's settings laid over it. */
  diff: DiffPolicy;
}

export interface Config {
  version: 1;
  servicesDir: string;
  /** In the order the file lists them. */
  environments: Environment[];
  gate: {
    skipMarkers: string[];
    allow: Identities;
    admins: Identities;
    jira?: { projects: string[]; commits: "all" | "head"; mergeCommits: "skip" | "check" };
  };
  jira?: { url: string; deployment: "cloud" | "datacenter" };
  notifications: {
    slack: { channels: Record<string, { webhook: string }> };
    email: { from?: string; always: string[] };
    jira: {
      failureProject?: string;
      issueType: string;
      labels: string[];
      transitions: Record<string, string>;
    };
  };
}

export const DEFAULT_SKIP_MARKERS = ["[skip deploy]", "[deploy skip]", "skip deployment"];
const DEFAULT_RESOURCE_CUT = 0.5;

type RawResources = { cpu: string | number; memory: string | number };
type RawIdentities = { users?: string[]; teams?: string[] };
type RawDiff = { rules?: Partial<Record<RiskRuleId, Severity>>; resourceCutThreshold?: string };
interface RawEnvironment {
  branch?: string;
  promotesFrom?: string;
  stages?: StageName[];
  driver: { type: "command"; command: string[]; timeout?: string; env?: Record<string, string> };
  concurrency?: number;
  capacity?: RawResources;
  limits?: RawResources;
  ports?: { allowed?: (number | string)[]; public?: (number | string)[] };
  gate?: {
    allow?: RawIdentities;
    requireSignedCommits?: boolean;
    jira?: Environment["gate"]["jira"] & { approvals?: { source?: "service-management" | "field" } };
  };
  diff?: RawDiff;
}
interface RawConfig {
  version: 1;
  servicesDir?: string;
  environments: Record<string, RawEnvironment>;
  gate?: {
    skipMarkers?: string[];
    allow?: RawIdentities;
    admins?: RawIdentities;
    jira?: { projects: string[]; commits?: "all" | "head"; mergeCommits?: "skip" | "check" };
  };
  diff?: RawDiff;
  jira?: { url: string; deployment?: "cloud" | "datacenter" };
  notifications?: {
    slack?: { channels?: Record<string, { webhook: string }> };
    email?: { from?: string; always?: string[] };
    jira?: {
      failureProject?: string;
      issueType?: string;
      labels?: string[];
      transitions?: Record<string, string>;
    };
  };
}

export function loadConfig(content: Uint8Array | string, file = CONFIG_FILE): Promise<LoadResult<Config>> {
  return loadChecked<RawConfig, Config>(file, content, "validateConfig", normaliseConfig);
}

function normaliseConfig(raw: RawConfig, problems: Problems): Config {
  const allow = identities(raw.gate?.allow);
  const topDiff = diffPolicy(raw.diff, { rules: {}, resourceCutThreshold: DEFAULT_RESOURCE_CUT });
  const environments = Object.entries(raw.environments).map(([name, env]) =>
    environment(name, env, { allow, diff: topDiff }, problems),
  );
  checkPromotion(environments, problems);
  checkBranches(environments, problems);

  const config: Config = {
    version: 1,
    servicesDir: (raw.servicesDir ?? "services").replace(/\/+$/, ""),
    environments,
    gate: {
      skipMarkers: raw.gate?.skipMarkers ?? DEFAULT_SKIP_MARKERS,
      allow,
      admins: identities(raw.gate?.admins),
    },
    notifications: {
      slack: { channels: raw.notifications?.slack?.channels ?? {} },
      email: { always: raw.notifications?.email?.always ?? [] },
      jira: {
        issueType: raw.notifications?.jira?.issueType ?? "Bug",
        labels: raw.notifications?.jira?.labels ?? [],
        transitions: raw.notifications?.jira?.transitions ?? {},
      },
    },
  };
  const rawJiraGate = raw.gate?.jira;
  if (rawJiraGate) {
    config.gate.jira = {
      projects: rawJiraGate.projects,
      commits: rawJiraGate.commits ?? "all",
      mergeCommits: rawJiraGate.mergeCommits ?? "skip",
    };
  }
  if (raw.jira)
    config.jira = { url: raw.jira.url.replace(/\/+$/, ""), deployment: raw.jira.deployment ?? "cloud" };
  if (raw.notifications?.email?.from) config.notifications.email.from = raw.notifications.email.from;
  const failureProject = raw.notifications?.jira?.failureProject;
  if (failureProject) config.notifications.jira.failureProject = failureProject;
  for (const env of Object.keys(config.notifications.jira.transitions)) {
    if (!environments.some((e) => e.name === env)) {
      problems.add(
        ["notifications", "jira", "transitions", env],
        unknownEnvironment(env, environments),
        "E_UNKNOWN_ENVIRONMENT",
        "key",
      );
    }
  }
  if ((failureProject || rawJiraGate) && !raw.jira) {
    problems.add([], 'uses JIRA but has no "jira: { url: … }" saying where it is', "E_MISSING_FIELD");
  }
  return config;
}

function environment(
  name: string,
  raw: RawEnvironment,
  defaults: { allow: Identities; diff: DiffPolicy },
  problems: Problems,
): Environment {
  const at = ["environments", name];
  const stages = raw.stages ?? ["deploy", "healthcheck"];
  checkStageOrder(stages, [...at, "stages"], problems);
  const timeout = parseDuration(raw.driver.timeout ?? "10m");
  if (!timeout.ok) problems.add([...at, "driver", "timeout"], timeout.message);

  const env: Environment = {
    name,
    branch: raw.branch ?? name,
    stages,
    driver: {
      type: raw.driver.type,
      command: raw.driver.command,
      timeoutMs: timeout.ok ? timeout.value : 0,
      env: raw.driver.env ?? {},
    },
    concurrency: raw.concurrency ?? 4,
    ports: {},
    gate: {
      allow: raw.gate?.allow ? identities(raw.gate.allow) : defaults.allow,
      requireSignedCommits: raw.gate?.requireSignedCommits ?? false,
      jira: {},
    },
    diff: diffPolicy(raw.diff, defaults.diff),
  };
  if (raw.promotesFrom !== undefined) env.promotesFrom = raw.promotesFrom;
  if (raw.capacity) env.capacity = resources(raw.capacity, [...at, "capacity"], problems);
  if (raw.limits) env.limits = resources(raw.limits, [...at, "limits"], problems);
  for (const kind of ["allowed", "public"] as const) {
    const list = raw.ports?.[kind];
    if (!list) continue;
    env.ports[kind] = list.map((entry, i) => {
      const range = parsePortRange(entry);
      if (!range.ok) problems.add([...at, "ports", kind, i], range.message);
      return range.ok ? range.value : { from: 0, to: -1 };
    });
  }
  const jira = raw.gate?.jira;
  if (jira?.statuses) env.gate.jira.statuses = jira.statuses;
  if (jira?.approvals) {
    env.gate.jira.approvals = {
      required: jira.approvals.required,
      source: jira.approvals.source ?? "service-management",
    };
    if (jira.approvals.field) env.gate.jira.approvals.field = jira.approvals.field;
  }
  return env;
}

/** deploy comes first; checks of a deployment come after a healthcheck that proves it is up. */
function checkStageOrder(stages: StageName[], at: (string | number)[], problems: Problems): void {
  const index = (s: StageName) => stages.indexOf(s);
  if (index("deploy") > 0)
    problems.add([...at, index("deploy")], "deploy must be the first stage", "E_STAGE_ORDER");
  for (const test of ["smoke", "regression"] as const) {
    if (index(test) >= 0 && !(index("healthcheck") >= 0 && index("healthcheck") < index(test))) {
      problems.add([...at, index(test)], `${test} must come after a healthcheck stage`, "E_STAGE_ORDER");
    }
  }
}

function checkPromotion(environments: Environment[], problems: Problems): void {
  const byName = new Map(environments.map((e) => [e.name, e]));
  for (const env of environments) {
    if (env.promotesFrom === undefined) continue;
    const at = ["environments", env.name, "promotesFrom"];
    if (env.promotesFrom === env.name) {
      problems.add(at, "an environment cannot promote from itself", "E_INVALID_PROMOTION");
    } else if (!byName.has(env.promotesFrom)) {
      problems.add(at, unknownEnvironment(env.promotesFrom, environments), "E_UNKNOWN_ENVIRONMENT");
    } else {
      const chain = [env.name];
      let current: Environment | undefined = byName.get(env.promotesFrom);
      while (current && !chain.includes(current.name)) {
        chain.push(current.name);
        current = current.promotesFrom ? byName.get(current.promotesFrom) : undefined;
      }
      if (current?.name === env.name) {
        problems.add(
          at,
          `promotion goes round in a circle: ${[...chain, env.name].join(" → ")}`,
          "E_INVALID_PROMOTION",
        );
      }
    }
  }
}

function checkBranches(environments: Environment[], problems: Problems): void {
  environments.forEach((env, i) => {
    const first = environments.findIndex((e) => e.branch === env.branch);
    if (first !== i) {
      problems.add(
        ["environments", env.name, "branch"],
        `branch "${env.branch}" already deploys to ${environments[first]!.name}; one branch per environment`,
        "E_DUPLICATE_BRANCH",
      );
    }
  });
}

export function unknownEnvironment(name: string, environments: readonly { name: string }[]): string {
  return `"${name}" is not an environment of gitops.yaml (${environments.map((e) => e.name).join(", ")})`;
}

function identities(raw: RawIdentities | undefined): Identities {
  return { users: raw?.users ?? [], teams: raw?.teams ?? [] };
}

function diffPolicy(raw: RawDiff | undefined, base: DiffPolicy): DiffPolicy {
  return {
    rules: { ...base.rules, ...raw?.rules },
    resourceCutThreshold: raw?.resourceCutThreshold
      ? Number(raw.resourceCutThreshold.slice(0, -1)) / 100
      : base.resourceCutThreshold,
  };
}

export function environmentForBranch(config: Config, branch: string): Environment | undefined {
  return config.environments.find((e) => e.branch === branch);
}
