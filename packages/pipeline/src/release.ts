// The release of one push: the gate (policy from the trusted ref, the plan, every rule), then
// each changed service through the environment's stages, a few at a time, with notices before
// and after, and the previous version restored when a stage fails.

import { createDriver, type Driver } from "@gitops/deploy";
import type { GitHubFacts, JiraConnection } from "@gitops/gate";
import { type Git, isZeroSha } from "@gitops/git";
import {
  type Config,
  type Descriptor,
  type DriverConfig,
  forEnvironment,
  loadDescriptor,
} from "@gitops/model";
import type { Notifier } from "@gitops/notify";
import { summaryLine } from "@gitops/plan";
import type { RecordStore } from "@gitops/record";
import { type GatedPush, gatePush } from "./gate-push.ts";
import { mapLimit } from "./limit.ts";
import { planForNotice } from "./notice.ts";
import { recorder } from "./recording.ts";
import { overallOutcome, type ReleaseProgress, type ReleaseResult } from "./result.ts";
import { type ReleaseContext, releaseService } from "./service-release.ts";
import { builtinStages, type StageRegistry } from "./stages.ts";
import { statusOf } from "./status.ts";

export interface ReleaseOptions {
  git: Git;
  /** The deploy repo checkout at the pushed commit: commands run here. */
  workdir: string;
  /** The branch head before the push; undefined or zeros for a first push. */
  before?: string;
  after: string;
  /** The environment by name, or by the branch pushed to. */
  environment?: string;
  branch?: string;
  /** The GitHub-verified login that pushed. */
  pusher: string;
  /** The pusher's email, when the platform tells it (GitHub's push event does): whom a failure is assigned to. */
  pusherEmail?: string;
  github: GitHubFacts;
  jira?: { url?: string; auth: JiraConnection["auth"] };
  /** Plan and gate, and say what would run; deploy nothing and tell nobody. */
  dryRun?: boolean;
  /** The channels to tell, built from the trusted config once it is known. */
  notifiers?: (config: Config) => Notifier[];
  /** How to deploy in this environment (default: the driver gitops.yaml names). */
  driverFor?: (config: DriverConfig) => Driver;
  stages?: StageRegistry;
  links?: { commit?: string; run?: string };
  onProgress?: (event: ReleaseProgress) => void;
  signal?: AbortSignal;
  now?: () => number;
  /** The deployment record: what runs (the plan's base), the trusted policy, the rollback target; each release is written to it. */
  record: RecordStore;
  /** The repository's default branch as git resolves it (`origin/main`): the policy before any release was allowed. */
  defaultBranch?: string;
}

export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const progress = safe(options.onProgress);
  const before = isZeroSha(options.before) ? undefined : options.before;
  const gated = await gatePush({
    git: options.git,
    ...(before ? { before } : {}),
    after: options.after,
    ...(options.environment ? { environment: options.environment } : { branch: options.branch ?? "" }),
    pusher: options.pusher,
    github: options.github,
    ...(options.jira ? { jira: options.jira } : {}),
    record: options.record,
    ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
  });
  const planLine = summaryLine(gated.plan);
  progress({
    type: "gate",
    environment: gated.environment.name,
    decision: gated.decision,
    reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons),
    plan: planLine,
    services: gated.decision === "allow" ? gated.plan.services.map((s) => s.service) : [],
  });

  const result: ReleaseResult = {
    schema: 1,
    environment: gated.environment.name,
    ...(before ? { before } : {}),
    after: gated.plan.head,
    pusher: options.pusher,
    dryRun: options.dryRun ?? false,
    outcome: gated.decision === "deny" ? "denied" : "skipped",
    gate: { decision: gated.decision, results: gated.results, tickets: gated.tickets.map((t) => t.key) },
    plan: { verdict: gated.plan.verdict, summary: planLine },
    services: [],
    links: options.links ?? {},
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    record: { store: options.record.name, policy: gated.trust.policy.from, ok: true, detail: "" },
  };
  // A dry run tells nobody, the record included.
  const record = result.dryRun
    ? undefined
    : recorder({
        git: options.git,
        store: options.record,
        gated,
        pusher: options.pusher,
        startedAt: result.startedAt,
        ...(options.links?.run ? { run: options.links.run } : {}),
        now,
      });
  // Where each changed service answers: what GitHub's environment page links to.
  const urls = new Map<string, string>();
  const recorded = async (step: "start" | "finish"): Promise<boolean> => {
    if (!record) return true;
    try {
      if (step === "start") await record.start(urls);
      else {
        const state = await record.finish(result, urls);
        // What runs now, as the record says, beside what the branch names: the summary's last row.
        const branch = new Map(
          result.services.flatMap((s) => (s.version.to ? [[s.service, s.version.to]] : [])),
        );
        const row = statusOf(result.environment, gated.environment.branch, result.after, state, branch);
        result.status = { ...row, services: row.services.filter((s) => branch.has(s.service)) };
      }
      result.record!.detail = `recorded in the ${options.record.name} record of ${result.environment}`;
      return true;
    } catch (error) {
      result.record!.ok = false;
      result.record!.detail = `could not write the ${options.record.name} record of ${result.environment}: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    }
  };

  if (gated.decision !== "allow") {
    await recorded("start");
    return finish(result, started, now);
  }
  const context = await releaseContext(options, gated, planLine, progress);
  for (const d of context.pushed.values()) urls.set(d.service, `http://${d.domain}:${d.port}`);
  // Fail closed: a release the record cannot hold deploys nothing.
  if (!(await recorded("start"))) {
    result.outcome = "failed";
    result.note = `nothing was deployed: ${result.record!.detail}`;
    return finish(result, started, now);
  }

  result.services = await mapLimit(gated.plan.services, gated.environment.concurrency, (planned) =>
    releaseService(context, planned),
  );
  result.outcome = overallOutcome(result.services, result.dryRun);
  if (options.signal?.aborted) result.cancelled = true;
  // What was deployed but not recorded would be planned against the wrong base: say so, and fail.
  if (!(await recorded("finish"))) {
    result.outcome = "failed";
    result.note = `the release ran, but ${result.record!.detail}`;
  }
  return finish(result, started, now);
}

async function releaseContext(
  options: ReleaseOptions,
  gated: GatedPush,
  planLine: string,
  progress: (event: ReleaseProgress) => void,
): Promise<ReleaseContext> {
  const environment = gated.environment;
  // Only the changed services' files: the plan has judged the whole repo already.
  const services = gated.plan.services;
  const [pushed, deployed] = await Promise.all([
    descriptorsAt(
      options.git,
      gated.plan.head,
      services.filter((s) => s.change !== "removed").map((s) => s.file),
      environment.name,
    ),
    // What last ran healthy, to restore on failure: the record's (or, before the first allowed
    // release, what the record begins from).
    gated.trust.base
      ? descriptorsAt(
          options.git,
          gated.trust.base,
          services.map((s) => s.oldFile ?? s.file),
          environment.name,
        )
      : new Map<string, Descriptor>(),
  ]);
  const head = gated.commits.at(-1);
  return {
    environment,
    workdir: options.workdir,
    pushed,
    deployed,
    driver: (options.driverFor ?? createDriver)(environment.driver),
    stages: options.stages ?? builtinStages,
    notifiers: options.dryRun ? [] : (options.notifiers?.(gated.config) ?? []),
    dryRun: options.dryRun ?? false,
    notice: {
      environment: environment.name,
      pusher: options.pusher,
      ...(options.pusherEmail || head
        ? {
            committer: options.pusherEmail
              ? { email: options.pusherEmail }
              : { name: head!.committer.name, email: head!.committer.email },
          }
        : {}),
      tickets: gated.tickets.map((t) => t.key),
      plan: planForNotice(planLine),
      commit: {
        sha: gated.plan.head,
        ...(options.links?.commit ? { url: options.links.commit } : {}),
      },
      ...(options.links?.run ? { runUrl: options.links.run } : {}),
    },
    progress,
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** The valid descriptors among `files` at a commit, as the environment sees them, by file. */
async function descriptorsAt(
  git: Git,
  ref: string,
  files: string[],
  environment: string,
): Promise<Map<string, Descriptor>> {
  const contents = await git.readFiles(ref, files);
  const loaded = await Promise.all([...contents].map(([file, content]) => loadDescriptor(file, content)));
  return new Map(
    loaded.flatMap((r) => (r.ok ? [[r.value.file, forEnvironment(r.value, environment)] as const] : [])),
  );
}

function finish(result: ReleaseResult, started: number, now: () => number): ReleaseResult {
  result.durationMs = Math.max(0, Math.round(now() - started));
  return result;
}

/** A progress listener that throws must not stop a release half-way. */
function safe(listener: ((event: ReleaseProgress) => void) | undefined): (event: ReleaseProgress) => void {
  return (event) => {
    try {
      listener?.(event);
    } catch {
      // the release goes on
    }
  };
}
