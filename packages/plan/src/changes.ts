// Which services a push changes: the descriptors added, changed, removed or renamed between the
// branch before the push and after it, read from git objects.

import { type FileChange, type Git, GitError, isZeroSha } from "@gitops/git";
import { CONFIG_FILE, isDescriptorFile } from "@gitops/model";

export type ServiceChangeKind = "added" | "changed" | "removed" | "renamed";

export interface ServiceChange {
  /** The descriptor's file stem: `services/pay.yaml` is `pay`. */
  service: string;
  kind: ServiceChangeKind;
  /** The descriptor at head; for a removal, where it was at base. */
  file: string;
  /** For a rename: the descriptor at base. */
  oldFile?: string;
  oldService?: string;
}

export interface ChangeSet {
  /** Resolved SHA; undefined for a first push. */
  base?: string;
  /** Resolved SHA. */
  head: string;
  /** The base was absent or all zeros: everything at head is new. */
  firstPush: boolean;
  /** The base is not an ancestor of head: history was rewritten. */
  forcePush: boolean;
  /** gitops.yaml differs. */
  configChanged: boolean;
  /** Sorted by service name, then file. */
  services: ServiceChange[];
}

export interface DetectOptions {
  /** The commit before the push (`github.event.before`); undefined, "" or all zeros for a new branch. */
  base?: string;
  /** The commit after the push. */
  head: string;
  /** Where the descriptors live (`servicesDir` in gitops.yaml). */
  servicesDir: string;
  /** Ask whether base is an ancestor of head (default true); false when base is no commit of the branch (a record). */
  checkForcePush?: boolean;
}

export async function detectChanges(git: Git, options: DetectOptions): Promise<ChangeSet> {
  const head = await git.resolve(options.head);
  if (head === undefined) {
    throw new GitError(
      "E_GIT_REF_NOT_FOUND",
      `head ${JSON.stringify(options.head)} is not in the clone; fetch it before detecting changes`,
    );
  }
  const firstPush = isZeroSha(options.base);
  let base: string | undefined;
  if (!firstPush) {
    base = await git.resolve(options.base!);
    if (base === undefined) {
      throw new GitError(
        "E_GIT_REF_NOT_FOUND",
        `base ${JSON.stringify(options.base)} is not in the clone, so what the push changed cannot be told; ` +
          "fetch it (actions/checkout with fetch-depth: 0, or git fetch origin <sha>)",
      );
    }
  }
  const forcePush =
    base !== undefined && options.checkForcePush !== false && !(await git.isAncestor(base, head));

  const dir = normaliseDir(options.servicesDir);
  // Two-dot: the trees of the two commits, whatever history lies between them (several commits
  // pushed at once, or a rewritten history after a force push).
  const paths = dir === "" ? [] : [`${dir}/`, CONFIG_FILE];
  const files = await git.changedFiles(base, head, paths);

  const changeSet: ChangeSet = {
    head,
    firstPush,
    forcePush,
    configChanged: files.some((f) => f.path === CONFIG_FILE || f.oldPath === CONFIG_FILE),
    services: serviceChanges(files, dir).sort(byService),
  };
  if (base !== undefined) changeSet.base = base;
  return changeSet;
}

function serviceChanges(files: FileChange[], dir: string): ServiceChange[] {
  const services: ServiceChange[] = [];
  for (const f of files) {
    const now = descriptor(f.path, dir);
    if (f.status === "renamed") {
      const before = descriptor(f.oldPath ?? "", dir);
      if (before && now) {
        services.push({
          service: now.service,
          kind: "renamed",
          file: f.path,
          oldFile: f.oldPath!,
          oldService: before.service,
        });
      } else if (before) {
        // Moved out of the services dir (into a subdirectory, or to a name that is not YAML).
        services.push({ service: before.service, kind: "removed", file: f.oldPath! });
      } else if (now) {
        services.push({ service: now.service, kind: "added", file: f.path });
      }
      continue;
    }
    if (!now) continue;
    const kind = f.status === "added" ? "added" : f.status === "deleted" ? "removed" : "changed";
    services.push({ service: now.service, kind, file: f.path });
  }
  return services;
}

/** The service a path describes, when it is a descriptor directly inside `dir`. */
function descriptor(path: string, dir: string): { service: string } | undefined {
  const slash = path.lastIndexOf("/");
  const parent = slash === -1 ? "" : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (parent !== dir || !isDescriptorFile(name)) return undefined;
  if (dir === "" && name === CONFIG_FILE) return undefined;
  return { service: name.replace(/\.ya?ml$/, "") };
}

function normaliseDir(dir: string): string {
  return dir
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "")
    .replace(/^\.$/, "");
}

function byService(a: ServiceChange, b: ServiceChange): number {
  return compare(a.service, b.service) || compare(a.file, b.file);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
