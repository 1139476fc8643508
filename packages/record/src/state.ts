// What truly ran in one environment: per service the descriptor that last ran healthy, how its
// last release ended, and the versions that ever ran healthy there; per environment the commit
// of the last release the gate allowed, whose gitops.yaml is the trusted policy. Plain data,
// schema-versioned JSON, and pure functions that move it from one release to the next.

/** How one service's release ended. */
export type ServiceOutcome =
  /** Every stage passed: the pushed version runs. */
  | "deployed"
  /** A stage failed and the last healthy version is back and healthy. */
  | "rolled-back"
  /** A stage failed and nothing healthy could be restored: what runs is unknown. */
  | "failed"
  /** The release stopped half-way: what runs is unknown. */
  | "cancelled"
  /** The file changed but nothing this environment runs did (another environment's override). */
  | "unchanged"
  /** Removed from the branch: no longer recorded (gitops does not tear services down). */
  | "removed";

/** How a whole release ended, as the record keeps it. */
export type RecordedOutcome =
  | "started"
  | "succeeded"
  | "rolled-back"
  | "failed"
  | "cancelled"
  | "skipped"
  | "denied"
  | "nothing-to-deploy";

/** One descriptor at one commit: what to restore, and what to plan from. */
export interface DescriptorRef {
  version: string;
  image?: string;
  /** The pushed commit it came from. */
  commit: string;
  /** Its blob id: the same bytes wherever they are found. */
  blob: string;
}

export interface ServiceState {
  /** Where the descriptor lives in the deploy repo: `services/api.yaml`. */
  file: string;
  /** What runs: the descriptor last deployed (or restored) healthy. */
  running?: DescriptorRef & {
    /** When it started running. */
    since: string;
    pusher: string;
    /** In place when the record began, never deployed through gitops. */
    assumed?: boolean;
  };
  /** The last release of this service, however it ended. */
  last?: DescriptorRef & {
    outcome: ServiceOutcome;
    at: string;
    pusher: string;
    /** The tickets the release cited. */
    tickets?: string[];
    reason?: string;
    /** The JIRA issue a failure opened. */
    issue?: string;
  };
  /** The descriptors that ran healthy here, one a version, oldest first, at most HEALTHY_KEPT: what a rollback may go back to. */
  healthy: DescriptorRef[];
}

/** One release of one push to the environment, as the record keeps it. */
export interface ReleaseRecord {
  /** Unique in the environment: the pushed commit and when the release started. */
  id: string;
  outcome: RecordedOutcome;
  /** The pushed commit. */
  after: string;
  before?: string;
  pusher: string;
  tickets: string[];
  startedAt: string;
  finishedAt?: string;
  run?: string;
  /** Why the gate denied or skipped, in short. */
  reasons?: string[];
  services: {
    service: string;
    outcome: ServiceOutcome | "planned";
    version?: string;
    reason?: string;
    /** Where the service answers in this environment. */
    url?: string;
  }[];
}

export interface EnvironmentState {
  schema: 1;
  environment: string;
  /** The last release the gate allowed: its gitops.yaml is the one in the record's tree. */
  allowed?: { commit: string; at: string; pusher: string };
  /**
   * The branch's commit when the record began (the first recorded release's `before`): what is
   * assumed to run, and the policy, until a release is allowed. Absent: nothing ran.
   */
  baseline?: string;
  services: Record<string, ServiceState>;
  /** The release this state is the result of. */
  release?: ReleaseRecord;
}

export const HEALTHY_KEPT = 10;

export function emptyState(environment: string): EnvironmentState {
  return { schema: 1, environment, services: {} };
}

/** Reads a state written by any version of gitops, or says why it cannot. */
export function parseState(text: string, environment: string): EnvironmentState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RecordError(`the record of ${environment} is not JSON: ${(error as Error).message}`);
  }
  const state = value as Partial<EnvironmentState> | null;
  if (!state || typeof state !== "object" || state.schema !== 1)
    throw new RecordError(
      `the record of ${environment} has schema ${JSON.stringify(state?.schema)}; this gitops reads schema 1`,
    );
  if (state.environment !== environment)
    throw new RecordError(`the record of ${environment} says it is ${JSON.stringify(state.environment)}'s`);
  if (!state.services || typeof state.services !== "object")
    throw new RecordError(`the record of ${environment} has no services`);
  return state as EnvironmentState;
}

export class RecordError extends Error {
  readonly code = "E_RECORD";
  constructor(message: string) {
    super(message);
    this.name = "RecordError";
  }
}

/** The descriptors that ran healthy, with `ref` last (replacing its version's earlier one), the newest HEALTHY_KEPT. */
export function withHealthy(healthy: readonly DescriptorRef[], ref: DescriptorRef): DescriptorRef[] {
  return [...healthy.filter((h) => h.version !== ref.version), ref].slice(-HEALTHY_KEPT);
}

/** The descriptor of `version` of `service` that last ran healthy in this environment, if one did. */
export function healthyRef(
  state: EnvironmentState | undefined,
  service: string,
  version: string,
): DescriptorRef | undefined {
  return state?.services[service]?.healthy.find((h) => h.version === version);
}

/** Whether `version` of `service` ever ran healthy in this environment. */
export function ranHealthy(state: EnvironmentState | undefined, service: string, version: string): boolean {
  return healthyRef(state, service, version) !== undefined;
}
