// The record in GitHub Deployments, for repositories whose workflows may not push refs: each
// release creates one deployment per service and environment (task `deploy:<service>`, the
// pushed commit as ref, the service's entry as payload), so GitHub's environment page shows the
// history, with statuses in_progress → success / failure / error and the service's earlier
// deployment marked inactive; and one deployment with task `gitops:record` whose payload is the
// environment's whole state. Reading takes the newest of those, made by the release's identity
// only, and rebuilds the record's tree locally from blobs the clone has.
import type { Git } from "@gitops/git";
import { STATE_PATH } from "./git-store.ts";
import { parseState, RecordError, type ReleaseRecord } from "./state.ts";
import type { RecordStore, Snapshot } from "./store.ts";
import type { Recorded, RecordFiles } from "./transition.ts";

/** The shape of Octokit's `octokit.request`. */
export type GitHubRequest = (
  route: string,
  parameters: Record<string, unknown>,
) => Promise<{ status: number; data: unknown; headers?: Record<string, unknown> }>;

export interface DeploymentsStoreOptions {
  request: GitHubRequest;
  repository: { owner: string; repo: string };
  /** Where the record's tree is rebuilt for planning. */
  git: Git;
  /** Logins whose record deployments are trusted (default: the workflow token's, github-actions[bot]). */
  writers?: string[];
}

export const RECORD_TASK = "gitops:record";

interface Deployment {
  id: number;
  sha: string;
  task: string;
  environment: string;
  payload: unknown;
  creator: { login: string } | null;
}

interface RecordPayload {
  schema: 1;
  state: unknown;
  files: Record<string, string>;
}

export function deploymentsRecordStore(options: DeploymentsStoreOptions): RecordStore {
  const { request, git } = options;
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const writers = options.writers ?? ["github-actions[bot]"];
  // Deployments this process created at a release's start, to finish with their final status.
  const started = new Map<string, number>();

  const newest = async (environment: string, task: string): Promise<Deployment | undefined> => {
    const { data } = await request("GET /repos/{owner}/{repo}/deployments", {
      ...repo,
      environment,
      task,
      per_page: 1,
    });
    return (data as Deployment[])[0];
  };

  const status = (id: number, state: string, extra: Record<string, unknown> = {}) =>
    request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
      ...repo,
      deployment_id: id,
      state,
      // Only this deployment: another service's in the same environment stays as it is.
      auto_inactive: false,
      ...extra,
    });

  return {
    name: "deployments",

    async read(environment) {
      const deployment = await newest(environment, RECORD_TASK);
      if (!deployment) return undefined;
      const creator = deployment.creator?.login ?? "";
      if (!writers.includes(creator))
        throw new RecordError(
          `the newest record of ${environment} in GitHub Deployments was created by ${creator || "nobody known"}, not by ${writers.join(" or ")}: refusing to trust it`,
        );
      const payload = (
        typeof deployment.payload === "string" ? JSON.parse(deployment.payload) : deployment.payload
      ) as RecordPayload;
      if (payload?.schema !== 1 || typeof payload.files !== "object")
        throw new RecordError(
          `the record of ${environment} in deployment ${deployment.id} is not a gitops record`,
        );
      const state = parseState(JSON.stringify(payload.state), environment);
      const files: RecordFiles = new Map(Object.entries(payload.files));
      const commit = await localCommit(git, state, files, environment);
      return { state, files, commit, version: String(deployment.id) } satisfies Snapshot;
    },

    async write(environment, next, expected) {
      const current = await newest(environment, RECORD_TASK);
      if ((current ? String(current.id) : undefined) !== expected) return false;
      const release = next.state.release;
      if (!release) throw new RecordError(`nothing to record for ${environment}: no release`);
      const payload = recordPayload(next, environment);
      await serviceDeployments(release, environment);
      const { data } = await request("POST /repos/{owner}/{repo}/deployments", {
        ...repo,
        ref: release.after,
        task: RECORD_TASK,
        environment,
        auto_merge: false,
        required_contexts: [],
        production_environment: false,
        description: `gitops record: ${release.outcome}`.slice(0, 140),
        payload,
      });
      await status((data as Deployment).id, "success", { description: "recorded" });
      return true;
    },

    async history(environment, limit = 100) {
      const { data } = await request("GET /repos/{owner}/{repo}/deployments", {
        ...repo,
        environment,
        task: RECORD_TASK,
        per_page: Math.min(100, limit),
      });
      return (data as Deployment[]).flatMap((d) => {
        const state = (d.payload as RecordPayload | undefined)?.state as
          | { release?: ReleaseRecord }
          | undefined;
        return state?.release && writers.includes(d.creator?.login ?? "") ? [state.release] : [];
      });
    },
  };

  /** One deployment a service: created in progress at the start, given its final status at the end. */
  async function serviceDeployments(release: ReleaseRecord, environment: string): Promise<void> {
    for (const s of release.services) {
      const key = `${environment}/${s.service}/${release.id}`;
      const task = `deploy:${s.service}`;
      if (release.outcome === "started") {
        const previous = await newest(environment, task);
        const { data } = await request("POST /repos/{owner}/{repo}/deployments", {
          ...repo,
          ref: release.after,
          task,
          environment,
          auto_merge: false,
          required_contexts: [],
          production_environment: false,
          description: `${s.service} ${s.version ?? ""}`.trim().slice(0, 140),
          payload: { schema: 1, service: s.service, version: s.version, release: release.id },
        });
        const id = (data as Deployment).id;
        started.set(key, id);
        await status(id, "in_progress", {
          ...(release.run ? { log_url: release.run } : {}),
          ...(s.url ? { environment_url: s.url } : {}),
        });
        if (previous) await status(previous.id, "inactive");
        continue;
      }
      const id = started.get(key);
      if (id === undefined) continue;
      const final = {
        deployed: "success",
        unchanged: "success",
        failed: "failure",
        "rolled-back": "failure",
        cancelled: "error",
        removed: "inactive",
        planned: "error",
      }[s.outcome];
      await status(id, final, {
        description: `${s.outcome}${s.reason ? `: ${s.reason}` : ""}`.slice(0, 140),
        ...(release.run ? { log_url: release.run } : {}),
        ...(s.url ? { environment_url: s.url } : {}),
      });
    }
  }
}

/** GitHub keeps a deployment's payload in a text column: about 64 KiB of JSON. */
export const MAX_PAYLOAD_BYTES = 65_535;
/** Healthy versions kept per service in the payload, where room is short. */
const HEALTHY_IN_PAYLOAD = 5;

/** The state and files as one payload, trimmed to fit; too large a record says to use the git store. */
function recordPayload(next: Recorded, environment: string): RecordPayload {
  const services = Object.fromEntries(
    Object.entries(next.state.services).map(([name, s]) => [
      name,
      { ...s, healthy: s.healthy.slice(-HEALTHY_IN_PAYLOAD) },
    ]),
  );
  const payload: RecordPayload = {
    schema: 1,
    state: { ...next.state, services },
    files: Object.fromEntries(next.files),
  };
  const size = Buffer.byteLength(JSON.stringify(payload));
  if (size > MAX_PAYLOAD_BYTES)
    throw new RecordError(
      `the record of ${environment} is ${size} bytes, more than a GitHub deployment's payload holds (${MAX_PAYLOAD_BYTES}): keep it in git (record: git)`,
    );
  return payload;
}

/** The record's tree, rebuilt in the clone from the blobs it names: the base a plan diffs. */
async function localCommit(
  git: Git,
  state: Recorded["state"],
  files: RecordFiles,
  environment: string,
): Promise<string> {
  const stateBlob = await git.writeBlob(`${JSON.stringify(state, null, 2)}\n`);
  try {
    const tree = await git.writeTree(new Map([...files, [STATE_PATH, stateBlob]]));
    return await git.commitTree({
      tree,
      parents: [],
      message: `${environment}: record from GitHub Deployments`,
    });
  } catch (error) {
    throw new RecordError(
      `the record of ${environment} names descriptors this clone does not have (fetch the environment branch's whole history): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
