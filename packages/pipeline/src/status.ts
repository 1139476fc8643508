// `gitops status`: per environment and service, what the branch names, what the deployment record
// says runs (since when, pushed by whom, how its last release ended), and drift between the two.
// A live column (what the driver sees) joins when drivers can tell.
import type { Git } from "@gitops/git";
import { type Config, forEnvironment, loadDescriptor } from "@gitops/model";
import type { EnvironmentState, RecordStore, ServiceState } from "@gitops/record";
import { escapeMarkdown, markdownCell } from "@gitops/text";

export interface ServiceStatus {
  service: string;
  /** What the environment's branch names; absent when the branch has no such service. */
  branch?: { version: string };
  /** What the record says runs; absent when nothing was recorded for it. */
  running?: { version: string; since: string; pusher: string; assumed?: boolean };
  /** How the service's last release ended, when it did not leave it running. */
  last?: { version: string; outcome: string; at: string; reason?: string; issue?: string };
  /** Where the branch and the record disagree, in words; absent when they agree. */
  drift?: string;
}

export interface EnvironmentStatus {
  environment: string;
  branch: string;
  /** The commit the branch points at, when git has it. */
  head?: string;
  /** The last release the gate allowed, when one was. */
  allowed?: { commit: string; at: string; pusher: string };
  /** How the last release ended. */
  lastRelease?: { outcome: string; at: string; pusher: string };
  services: ServiceStatus[];
}

export interface StatusReport {
  /** Version of this JSON shape. */
  schema: 1;
  environments: EnvironmentStatus[];
}

export interface StatusOptions {
  git: Git;
  record: RecordStore;
  /** The config that lists the environments and their branches. */
  config: Config;
  /** Only these environments (default: all). */
  environments?: string[];
  /** How git names an environment's branch: `refs/remotes/origin/qa` in a clone. */
  branchRef: (branch: string) => Promise<string | undefined>;
}

export async function environmentStatus(options: StatusOptions): Promise<StatusReport> {
  const wanted = options.environments ?? options.config.environments.map((e) => e.name);
  const environments = await Promise.all(
    wanted.map(async (name) => {
      const environment = options.config.environments.find((e) => e.name === name);
      if (!environment) {
        const known = options.config.environments.map((e) => e.name).join(", ");
        throw new Error(`gitops.yaml has no environment "${name}"; it has ${known}`);
      }
      const [recorded, ref] = await Promise.all([
        options.record.read(name),
        options.branchRef(environment.branch),
      ]);
      const head = ref ? await options.git.resolve(ref) : undefined;
      const branch = head
        ? await branchVersions(options.git, head, options.config.servicesDir, name)
        : new Map();
      return statusOf(name, environment.branch, head, recorded?.state, branch);
    }),
  );
  return { schema: 1, environments };
}

/** The environment's row from what is known: the record's state and the branch's versions. */
export function statusOf(
  environment: string,
  branchName: string,
  head: string | undefined,
  state: EnvironmentState | undefined,
  branch: ReadonlyMap<string, string>,
): EnvironmentStatus {
  const names = [...new Set([...branch.keys(), ...Object.keys(state?.services ?? {})])].sort();
  const release = state?.release;
  return {
    environment,
    branch: branchName,
    ...(head ? { head } : {}),
    ...(state?.allowed ? { allowed: state.allowed } : {}),
    ...(release
      ? {
          lastRelease: {
            outcome: release.outcome,
            at: release.finishedAt ?? release.startedAt,
            pusher: release.pusher,
          },
        }
      : {}),
    services: names.map((service) => serviceStatus(service, branch.get(service), state?.services[service])),
  };
}

function serviceStatus(
  service: string,
  branchVersion: string | undefined,
  state: ServiceState | undefined,
): ServiceStatus {
  const running = state?.running;
  const last = state?.last;
  const out: ServiceStatus = { service };
  if (branchVersion !== undefined) out.branch = { version: branchVersion };
  if (running)
    out.running = {
      version: running.version,
      since: running.since,
      pusher: running.pusher,
      ...(running.assumed ? { assumed: true } : {}),
    };
  if (last && last.outcome !== "deployed" && last.outcome !== "unchanged")
    out.last = {
      version: last.version,
      outcome: last.outcome,
      at: last.at,
      ...(last.reason ? { reason: last.reason } : {}),
      ...(last.issue ? { issue: last.issue } : {}),
    };
  const drift =
    branchVersion === undefined
      ? running
        ? `the branch no longer names it; ${running.version} runs`
        : undefined
      : !running
        ? `the branch names ${branchVersion}; the record shows nothing running`
        : branchVersion !== running.version
          ? `the branch names ${branchVersion}; ${running.version} runs`
          : undefined;
  if (drift) out.drift = drift;
  return out;
}

/** Every service's version at a commit, as the environment sees it. */
async function branchVersions(git: Git, commit: string, servicesDir: string, environment: string) {
  const ids = await git.fileIds(commit, servicesDir);
  const blobs = await git.readBlobs([...ids.values()]);
  const versions = new Map<string, string>();
  for (const [file, blob] of ids) {
    const bytes = blobs.get(blob);
    const loaded = bytes ? await loadDescriptor(file, bytes) : undefined;
    if (loaded?.ok) versions.set(loaded.value.service, forEnvironment(loaded.value, environment).version);
  }
  return versions;
}

const cellText = (s: ServiceStatus): string => {
  const branch = s.branch?.version ?? "—";
  if (!s.running) return s.branch ? `${branch} (not recorded)` : "—";
  const runs = s.running.version === branch ? "" : ` (runs ${s.running.version})`;
  const failed = s.last ? ` ${s.last.version} ${s.last.outcome}` : "";
  return `${branch}${runs}${s.drift ? " ⚠" : " ✓"}${failed ? ` ·${failed}` : ""}`;
};

/** The service × environment matrix for a terminal. */
export function statusText(report: StatusReport): string {
  const services = [...new Set(report.environments.flatMap((e) => e.services.map((s) => s.service)))].sort();
  const cells = services.map((service) =>
    report.environments.map((e) => {
      const s = e.services.find((x) => x.service === service);
      return s ? cellText(s) : "—";
    }),
  );
  const first = Math.max("service".length, ...services.map((s) => s.length));
  const widths = report.environments.map((e, i) =>
    Math.max(e.environment.length, ...cells.map((row) => row[i]!.length)),
  );
  const line = (name: string, columns: string[]) =>
    `${name.padEnd(first)}  ${columns.map((c, i) => c.padEnd(widths[i]!)).join("  ")}`.trimEnd();
  const lines = [
    line(
      "service",
      report.environments.map((e) => e.environment),
    ),
    ...services.map((service, i) => line(service, cells[i]!)),
    "",
    ...report.environments.flatMap((e) => {
      const drifting = e.services.filter((s) => s.drift);
      const recorded = e.allowed
        ? `last allowed release ${e.allowed.commit.slice(0, 12)} by ${e.allowed.pusher} at ${e.allowed.at}`
        : "no release recorded yet";
      return [
        `${e.environment} (branch ${e.branch}): ${recorded}${drifting.length ? `; ${drifting.length} drifting` : "; no drift"}`,
        ...drifting.map((s) => `  ⚠ ${s.service}: ${s.drift}${s.last?.issue ? ` (${s.last.issue})` : ""}`),
      ];
    }),
  ];
  return `${lines.join("\n")}\n`;
}

/** The matrix for a job summary or a pull request. */
export function statusMarkdown(report: StatusReport): string {
  const services = [...new Set(report.environments.flatMap((e) => e.services.map((s) => s.service)))].sort();
  const out = [
    `| Service | ${report.environments.map((e) => markdownCell(e.environment)).join(" | ")} |`,
    `|---|${report.environments.map(() => "---|").join("")}`,
    ...services.map(
      (service) =>
        `| ${markdownCell(service)} | ${report.environments
          .map((e) => {
            const s = e.services.find((x) => x.service === service);
            return s ? markdownCell(cellText(s)) : "—";
          })
          .join(" | ")} |`,
    ),
    "",
  ];
  for (const e of report.environments)
    for (const s of e.services.filter((x) => x.drift))
      out.push(
        `- ⚠ **${escapeMarkdown(e.environment)}** ${escapeMarkdown(s.service)}: ${escapeMarkdown(s.drift!)}`,
      );
  return `${out.join("\n")}\n`;
}
