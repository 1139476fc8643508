// From one recorded state to the next: what a release's outcome means for what runs. Pure: the
// stores write what this returns.
import {
  type DescriptorRef,
  type EnvironmentState,
  type ReleaseRecord,
  type ServiceOutcome,
  type ServiceState,
  withHealthy,
} from "./state.ts";

/** The record's files: gitops.yaml (the trusted policy) and each running descriptor, by path. */
export type RecordFiles = Map<string, string>;

export const CONFIG_PATH = "gitops.yaml";

export interface Recorded {
  state: EnvironmentState;
  files: RecordFiles;
}

export interface ServiceFacts {
  service: string;
  /** The descriptor's path at the pushed commit (for a removal, where it was). */
  file: string;
  /** The path it had before, when it moved. */
  oldFile?: string;
  outcome: ServiceOutcome;
  /** The pushed descriptor; absent for a removal. */
  pushed?: DescriptorRef;
  reason?: string;
  /** The JIRA issue a failure opened. */
  issue?: string;
}

export interface ReleaseFacts {
  release: ReleaseRecord;
  /** The gate allowed it: the pushed gitops.yaml becomes the trusted policy. */
  allowed: boolean;
  /** The pushed gitops.yaml's blob, when allowed. */
  configBlob?: string;
  services: ServiceFacts[];
}

/** The state and files after a release; `previous` is unchanged. */
export function applyRelease(previous: Recorded, facts: ReleaseFacts): Recorded {
  const at = facts.release.finishedAt ?? facts.release.startedAt;
  const pusher = facts.release.pusher;
  const state: EnvironmentState = {
    ...previous.state,
    services: { ...previous.state.services },
    release: facts.release,
  };
  const files = new Map(previous.files);
  if (facts.allowed && facts.configBlob) {
    files.set(CONFIG_PATH, facts.configBlob);
    state.allowed = { commit: facts.release.after, at: facts.release.startedAt, pusher };
  }
  for (const f of facts.services) {
    const before = state.services[f.service] ?? { file: f.file, healthy: [] };
    if (f.outcome === "removed") {
      delete state.services[f.service];
      files.delete(f.file);
      continue;
    }
    if (f.oldFile && f.oldFile !== f.file) files.delete(f.oldFile);
    state.services[f.service] = nextService(before, f, at, pusher, facts.release.tickets);
    if (f.pushed && (f.outcome === "deployed" || f.outcome === "unchanged")) files.set(f.file, f.pushed.blob);
  }
  return { state, files };
}

function nextService(
  before: ServiceState,
  f: ServiceFacts,
  at: string,
  pusher: string,
  tickets: string[],
): ServiceState {
  const next: ServiceState = { ...before, file: f.file };
  const last = f.pushed
    ? {
        ...f.pushed,
        outcome: f.outcome,
        at,
        pusher,
        ...(tickets.length ? { tickets } : {}),
        ...(f.reason ? { reason: f.reason } : {}),
        ...(f.issue ? { issue: f.issue } : {}),
      }
    : undefined;
  switch (f.outcome) {
    case "deployed":
      if (f.pushed) {
        next.running = { ...f.pushed, since: at, pusher };
        next.healthy = withHealthy(before.healthy, f.pushed);
      }
      if (last) next.last = last;
      return next;
    case "unchanged":
      // Nothing this environment runs changed: the new bytes stand for what runs.
      if (f.pushed && before.running)
        next.running = { ...before.running, commit: f.pushed.commit, blob: f.pushed.blob };
      return next;
    default:
      // rolled-back: the last healthy version runs again; failed or cancelled: what runs is
      // unknown, and the last healthy version stays what to plan from and restore.
      if (last) next.last = last;
      return next;
  }
}

/** The state a record begins from: the branch before the first recorded release, assumed to run. */
export function baseline(
  environment: string,
  descriptors: { service: string; file: string; ref: DescriptorRef }[],
  at: string,
): Recorded {
  const state: EnvironmentState = { schema: 1, environment, services: {} };
  const files: RecordFiles = new Map();
  for (const d of descriptors) {
    state.services[d.service] = {
      file: d.file,
      running: { ...d.ref, since: at, pusher: "", assumed: true },
      healthy: [],
    };
    files.set(d.file, d.ref.blob);
  }
  return { state, files };
}
