// What a release writes to the deployment record: the gate's decision (a denial or a skip leaves a
// visible entry too), the start of an allowed release before anything deploys (so a release that
// cannot be recorded deploys nothing), and how each service ended.
import type { Git } from "@gitops/git";
import { forEnvironment, loadDescriptor } from "@gitops/model";
import {
  applyRelease,
  baseline,
  type DescriptorRef,
  type EnvironmentState,
  emptyState,
  type Recorded,
  type RecordedOutcome,
  type RecordStore,
  type ReleaseFacts,
  type ReleaseRecord,
  type ServiceFacts,
  type Snapshot,
  updateRecord,
} from "@gitops/record";
import type { GatedPush } from "./gate-push.ts";
import type { ReleaseResult, ServiceRelease } from "./result.ts";

export interface Recorder {
  /** Records a denial or a skip; an allowed release's start. Throws when the store cannot be written. */
  start(urls?: ReadonlyMap<string, string>): Promise<void>;
  /** Records how the release ended; returns the state it leaves. Throws when the store cannot be written. */
  finish(result: ReleaseResult, urls?: ReadonlyMap<string, string>): Promise<EnvironmentState>;
}

export interface RecorderOptions {
  git: Git;
  store: RecordStore;
  gated: GatedPush;
  pusher: string;
  startedAt: string;
  run?: string;
  now: () => number;
}

export function recorder(options: RecorderOptions): Recorder {
  const { git, store, gated } = options;
  const environment = gated.environment.name;
  const after = gated.plan.head;
  const before = gated.trust.base;
  const allowed = gated.decision === "allow";
  const id = `${after.slice(0, 12)}-${options.startedAt.replace(/[^0-9]/g, "").slice(0, 14)}`;
  let pushed: Promise<{ config?: string; blobs: Map<string, string> }> | undefined;
  // The pushed gitops.yaml and descriptors, by blob id: read once, for the start and the end.
  const pushedIds = () =>
    (pushed ??= Promise.all([git.fileIds(after, ""), git.fileIds(after, gated.config.servicesDir)]).then(
      ([root, services]) => ({
        ...(root.get("gitops.yaml") ? { config: root.get("gitops.yaml")! } : {}),
        blobs: services,
      }),
    ));

  const release = (outcome: RecordedOutcome, services: ReleaseRecord["services"]): ReleaseRecord => ({
    id,
    outcome,
    after,
    ...(gated.trust.recorded ? {} : before ? { before } : {}),
    pusher: options.pusher,
    tickets: gated.tickets.map((t) => t.key),
    startedAt: options.startedAt,
    ...(outcome === "started" ? {} : { finishedAt: new Date(options.now()).toISOString() }),
    ...(options.run ? { run: options.run } : {}),
    ...(allowed
      ? {}
      : { reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons) }),
    services,
  });

  const write = (facts: () => Promise<ReleaseFacts>) =>
    updateRecord(store, environment, async (current) =>
      applyRelease(await startFrom(current), await facts()),
    );

  /** The record to apply a release to: itself once a release was allowed; before, the baseline. */
  const startFrom = async (current: Snapshot | undefined): Promise<Recorded> => {
    if (current?.state.allowed) return current;
    const begin = allowed
      ? await baselineAt(git, before, gated.config.servicesDir, environment, options.startedAt)
      : { state: emptyState(environment), files: new Map<string, string>() };
    // The commit the record began from stays what it was: a later push cannot move it.
    const commit = current ? current.state.baseline : before;
    return { state: { ...begin.state, ...(commit ? { baseline: commit } : {}) }, files: begin.files };
  };

  return {
    async start(urls = new Map<string, string>()) {
      if (!allowed) {
        await write(async () => ({
          release: release(gated.decision === "skip" ? "skipped" : "denied", []),
          allowed: false,
          services: [],
        }));
        return;
      }
      const ids = await pushedIds();
      await write(async () => ({
        release: release(
          "started",
          gated.plan.services.map((s) => ({
            service: s.service,
            outcome: "planned" as const,
            ...(s.version.to ? { version: s.version.to } : {}),
            ...(urls.get(s.service) ? { url: urls.get(s.service)! } : {}),
          })),
        ),
        allowed: true,
        ...(ids.config ? { configBlob: ids.config } : {}),
        services: [],
      }));
    },

    async finish(result, urls = new Map<string, string>()) {
      const ids = await pushedIds();
      const services = result.services.flatMap((s) => serviceFacts(s, after, ids.blobs, result));
      const recorded = await write(async () => ({
        release: release(
          recordedOutcome(result),
          services.map((f) => ({
            service: f.service,
            outcome: f.outcome,
            ...(f.pushed ? { version: f.pushed.version } : {}),
            ...(f.reason ? { reason: f.reason } : {}),
            ...(urls.get(f.service) ? { url: urls.get(f.service)! } : {}),
          })),
        ),
        allowed: true,
        ...(ids.config ? { configBlob: ids.config } : {}),
        services,
      }));
      return recorded.state;
    },
  };
}

function recordedOutcome(result: ReleaseResult): RecordedOutcome {
  switch (result.outcome) {
    case "succeeded":
    case "rolled-back":
    case "failed":
    case "nothing-to-deploy":
      return result.outcome;
    case "denied":
      return "denied";
    case "skipped":
      return "skipped";
    default:
      return "failed";
  }
}

function serviceFacts(
  s: ServiceRelease,
  commit: string,
  blobs: Map<string, string>,
  result: ReleaseResult,
): ServiceFacts[] {
  const blob = blobs.get(s.file);
  const pushed: DescriptorRef | undefined =
    blob && s.version.to ? { version: s.version.to, commit, blob } : undefined;
  const base = { service: s.service, file: s.file, ...(s.oldFile ? { oldFile: s.oldFile } : {}) };
  if (s.change === "removed") return [{ ...base, outcome: "removed" }];
  if (!pushed) return [];
  if (s.outcome === "not-deployed") return [{ ...base, outcome: "unchanged", pushed }];
  if (s.outcome === "planned") return [];
  const cancelled = result.cancelled === true && s.outcome === "failed";
  const issue = s.deliveries.find((d) => d.channel === "jira" && / failure issue/.test(d.target));
  return [
    {
      ...base,
      outcome: cancelled ? "cancelled" : s.outcome,
      pushed: { ...pushed, ...(s.image ? { image: s.image } : {}) },
      ...(s.failure ? { reason: `${s.failure.stage}: ${s.failure.reason}` } : {}),
      ...(issue ? { issue: issue.target.split(" ")[0]! } : {}),
    },
  ];
}

/** What ran when the record began: the descriptors at that commit, assumed to run. */
async function baselineAt(
  git: Git,
  commit: string | undefined,
  servicesDir: string,
  environment: string,
  at: string,
): Promise<Recorded> {
  if (!commit) return baseline(environment, [], at);
  const ids = await git.fileIds(commit, servicesDir);
  const contents = await git.readBlobs([...ids.values()]);
  const descriptors: Parameters<typeof baseline>[1] = [];
  for (const [file, blob] of ids) {
    const bytes = contents.get(blob);
    const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
    if (!loaded?.ok) continue;
    const d = forEnvironment(loaded.value, environment);
    descriptors.push({
      service: d.service,
      file,
      ref: { version: d.version, ...(d.image ? { image: d.image } : {}), commit, blob },
    });
  }
  return baseline(environment, descriptors, at);
}
