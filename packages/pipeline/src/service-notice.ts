// The notify action's question: what to tell about one service, from the checkout, the push
// and what earlier steps reported.
import { type Git, isZeroSha, treeReader } from "@gitops/git";
import { type Config, directoryReader, loadRepo, loadService } from "@gitops/model";
import type { ReleaseEvent, ReleaseNotice } from "@gitops/notify";
import { buildNotice, reportedParts } from "./notice.ts";

export interface ServiceNoticeOptions {
  /** The deploy repo checkout at the pushed commit. */
  workdir: string;
  /** Reads the commit before the push, for the version it replaced. */
  git: Git;
  service: string;
  environment: string;
  event: ReleaseEvent;
  push: {
    before?: string;
    after: string;
    pusher: string;
    pusherEmail?: string;
    links: { commit?: string; run?: string };
  };
  /** The release action's result output, or `toJSON(steps)` of the job; "" when none. */
  reported: string;
  /** Tickets given outright; otherwise those the report names. */
  tickets?: string[];
}

export interface ServiceNotice {
  notice: ReleaseNotice;
  /** The config whose channels the notice goes to. */
  config: Config;
  /** Why the report was not used, when it could not be read. */
  problem?: string;
}

export async function serviceNotice(options: ServiceNoticeOptions): Promise<ServiceNotice> {
  const { config, environment, descriptor } = await loadService(
    directoryReader(options.workdir),
    options.service,
    options.environment,
  );
  const parts = reportedParts(options.reported, options.service);
  const from = parts.version?.from ?? (await versionAt(options.git, options.push.before, options.service));
  const { push } = options;
  const notice = buildNotice(
    {
      environment: environment.name,
      pusher: push.pusher,
      ...(push.pusherEmail ? { committer: { email: push.pusherEmail } } : {}),
      tickets: options.tickets ?? parts.tickets ?? [],
      plan: parts.plan ?? "",
      commit: { sha: push.after, ...(push.links.commit ? { url: push.links.commit } : {}) },
      ...(push.links.run ? { runUrl: push.links.run } : {}),
    },
    descriptor,
    options.event,
    {
      version: parts.version ?? { ...(from ? { from } : {}), to: descriptor.version },
      stages: parts.stages,
      ...(parts.failure ? { failure: parts.failure } : {}),
      ...(parts.rollback ? { rollback: parts.rollback } : {}),
    },
  );
  return { notice, config, ...(parts.problem ? { problem: parts.problem } : {}) };
}

/** The service's version at a commit, when the checkout has it (a shallow one may not). */
async function versionAt(git: Git, ref: string | undefined, service: string): Promise<string | undefined> {
  if (!ref || isZeroSha(ref)) return undefined;
  try {
    const repo = await loadRepo(treeReader(git, ref));
    return repo.descriptors.find((d) => d.service === service)?.version;
  } catch {
    return undefined;
  }
}
