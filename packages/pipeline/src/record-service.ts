// One service's outcome written to the deployment record by itself, as the reusable workflows
// do: the gate job recorded the release's start; each service's job records how it ended, from
// what its steps reported (`toJSON(steps)`). Writes go through updateRecord, so jobs finishing
// at the same moment do not lose each other's outcome.
import type { Git } from "@gitops/git";
import { forEnvironment, loadDescriptor } from "@gitops/model";
import { configAt } from "@gitops/plan";
import {
  applyRelease,
  CONFIG_PATH,
  RecordError,
  type RecordedOutcome,
  type RecordStore,
  type ServiceFacts,
  type ServiceOutcome,
  updateRecord,
} from "@gitops/record";
import { reportedParts } from "./notice.ts";

export interface RecordServiceOptions {
  git: Git;
  record: RecordStore;
  environment: string;
  service: string;
  /** The pushed commit the job released. */
  after: string;
  /** What the job's steps reported: `toJSON(steps)` (or the release action's result). */
  reported: string;
  /** The service was removed from the branch: it leaves the record. */
  removed?: boolean;
  /** The job was cancelled. */
  cancelled?: boolean;
}

export interface RecordedService {
  outcome: ServiceOutcome;
  version?: string;
}

export async function recordServiceOutcome(options: RecordServiceOptions): Promise<RecordedService> {
  const { git, environment, service, after } = options;
  const parts = reportedParts(options.reported, service);
  const outcome: ServiceOutcome = options.removed
    ? "removed"
    : options.cancelled
      ? "cancelled"
      : !parts.failure
        ? "deployed"
        : parts.rollback?.ok
          ? "rolled-back"
          : "failed";
  let recordedVersion: string | undefined;
  await updateRecord(options.record, environment, async (current) => {
    const release = current?.state.release;
    // Only a release the gate allowed: a denied or skipped push has nothing to add to.
    if (!current || !release || release.after !== after || current.state.allowed?.commit !== after)
      throw new RecordError(
        `the record of ${environment} has no release of ${after.slice(0, 12)} to add ${service} to: the gate job records it first`,
      );
    const file = current.state.services[service]?.file ?? (await fileOf(git, after, service));
    const fact: ServiceFacts = { service, file, outcome };
    if (outcome !== "removed") {
      const blob = (await git.fileIds(after, dirname(file))).get(file);
      if (!blob) throw new RecordError(`${file} is not in ${after.slice(0, 12)}`);
      const version = await versionOf(git, blob, file, environment);
      fact.pushed = { version, commit: after, blob };
      recordedVersion = version;
      if (parts.failure) fact.reason = `${parts.failure.stage}: ${parts.failure.reason}`;
    }
    const services = [
      ...release.services.filter((s) => s.service !== service),
      { service, outcome, ...(recordedVersion ? { version: recordedVersion } : {}) },
    ];
    const configBlob = current.files.get(CONFIG_PATH);
    return applyRelease(current, {
      release: { ...release, outcome: overall(services), finishedAt: new Date().toISOString(), services },
      allowed: true,
      ...(configBlob ? { configBlob } : {}),
      services: [fact],
    });
  });
  return { outcome, ...(recordedVersion ? { version: recordedVersion } : {}) };
}

/** The release's outcome so far, from its services' (a service still "planned" has not ended). */
function overall(services: { outcome: ServiceOutcome | "planned" }[]): RecordedOutcome {
  const outcomes = services.map((s) => s.outcome);
  if (outcomes.includes("planned")) return "started";
  if (outcomes.includes("failed")) return "failed";
  if (outcomes.includes("cancelled")) return "cancelled";
  if (outcomes.includes("rolled-back")) return "rolled-back";
  return outcomes.some((o) => o === "deployed") ? "succeeded" : "nothing-to-deploy";
}

/** Where a new service's descriptor is at the commit: `<servicesDir>/<service>.yaml`. */
async function fileOf(git: Git, commit: string, service: string): Promise<string> {
  const dir = (await configAt(git, commit)).servicesDir;
  const ids = await git.fileIds(commit, dir);
  const file = [`${dir}/${service}.yaml`, `${dir}/${service}.yml`].find((f) => ids.has(f));
  if (!file) throw new RecordError(`no descriptor of ${service} in ${dir}/ at ${commit.slice(0, 12)}`);
  return file;
}

async function versionOf(git: Git, blob: string, file: string, environment: string): Promise<string> {
  const bytes = (await git.readBlobs([blob])).get(blob);
  const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
  if (!loaded?.ok) throw new RecordError(`${file} is not a valid descriptor`);
  return forEnvironment(loaded.value, environment).version;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
