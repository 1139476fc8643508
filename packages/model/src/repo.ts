// A deploy repo as a whole: gitops.yaml plus every descriptor, checked against each other.
// Files come through a RepoReader so the same checks run on a working tree or on git objects.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { CONFIG_FILE, type Config, loadConfig, unknownEnvironment } from "./config.ts";
import { type Descriptor, loadDescriptor } from "./descriptor.ts";
import { type Diagnostic, formatFieldPath } from "./diagnostics.ts";

export interface RepoReader {
  /** File names (not paths) directly inside `dir`, relative to the repo root; [] when it does not exist. */
  list(dir: string): Promise<string[]>;
  /** The bytes of a file, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
}

export interface Repo {
  config?: Config;
  descriptors: Descriptor[];
  diagnostics: Diagnostic[];
  /** Files read: gitops.yaml and the descriptors. */
  files: string[];
}

export function directoryReader(root: string): RepoReader {
  return {
    async list(dir) {
      try {
        const entries = await readdir(join(root, dir), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
    },
    async read(path) {
      try {
        return await readFile(join(root, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}

export const isDescriptorFile = (name: string): boolean => /\.ya?ml$/.test(name) && !name.startsWith(".");

/** Loads and cross-checks the whole repo; every problem found is in `diagnostics`. */
export async function loadRepo(reader: RepoReader): Promise<Repo> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [CONFIG_FILE];
  const configBytes = await reader.read(CONFIG_FILE);
  let config: Config | undefined;
  if (configBytes === undefined) {
    diagnostics.push(
      fileProblem(CONFIG_FILE, "E_NO_CONFIG", "no gitops.yaml at the repo root; it lists the environments"),
    );
  } else {
    const loaded = await loadConfig(configBytes);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.ok) config = loaded.value;
  }

  const dir = config?.servicesDir ?? "services";
  const names = (await reader.list(dir)).filter(isDescriptorFile).sort();
  const descriptors: Descriptor[] = [];
  const contents = await Promise.all(names.map((name) => reader.read(`${dir}/${name}`)));
  for (const [i, name] of names.entries()) {
    const file = `${dir}/${name}`;
    files.push(file);
    const loaded = await loadDescriptor(file, contents[i] ?? new Uint8Array());
    diagnostics.push(...loaded.diagnostics);
    if (loaded.ok) descriptors.push(loaded.value);
  }

  const repo: Repo = { descriptors, diagnostics, files };
  if (config) {
    repo.config = config;
    diagnostics.push(...(await crossCheck(config, descriptors, names, contents, dir)));
  }
  return repo;
}

/** What neither file shows alone: duplicate services, unknown environments, unmapped Slack channels. */
async function crossCheck(
  config: Config,
  descriptors: Descriptor[],
  names: string[],
  contents: (Uint8Array | undefined)[],
  dir: string,
): Promise<Diagnostic[]> {
  const problems: { d: Descriptor; path: (string | number)[]; message: string; code: Diagnostic["code"] }[] =
    [];
  const locate = (d: Descriptor, path: (string | number)[], message: string, code: Diagnostic["code"]) => {
    problems.push({ d, path, message, code });
  };
  const seen = new Map<string, string>();
  for (const d of descriptors) {
    const other = seen.get(d.service);
    if (other) locate(d, ["service"], `"${d.service}" is also described by ${other}`, "E_DUPLICATE_SERVICE");
    else seen.set(d.service, d.file);
    for (const env of Object.keys(d.overrides)) {
      if (!config.environments.some((e) => e.name === env)) {
        locate(d, ["overrides", env], unknownEnvironment(env, config.environments), "E_UNKNOWN_ENVIRONMENT");
      }
    }
    d.notifications.slack.forEach((channel, i) => {
      if (!config.notifications.slack.channels[channel]) {
        locate(
          d,
          ["notifications", "slack", i],
          `${channel} has no webhook in gitops.yaml (notifications.slack.channels)`,
          "E_UNKNOWN_SLACK_CHANNEL",
        );
      }
    });
  }
  if (problems.length === 0) return [];
  const { parseYaml } = await import("./yaml-source.ts");
  return problems.map(({ d, path, message, code }) => {
    const bytes = contents[names.indexOf(d.file.slice(dir.length + 1))];
    const parsed = bytes ? parseYaml(d.file, bytes) : undefined;
    const at = parsed?.ok ? parsed.source.locate(path, "key") : { start: { line: 1, column: 1 } };
    return { code, severity: "error", file: d.file, ...at, field: formatFieldPath(path), message };
  });
}

function fileProblem(file: string, code: Diagnostic["code"], message: string): Diagnostic {
  return { code, severity: "error", file, start: { line: 1, column: 1 }, field: "", message };
}

/** A validation's outcome, as `gitops validate --format json` and the validate action report it. */
export interface ValidationReport {
  valid: boolean;
  files: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

/** The report of a loaded repo; `displayPath` rewrites each file for where the reader stands. */
export function validationReport(
  repo: Repo,
  displayPath: (file: string) => string = (f) => f,
): ValidationReport {
  const errors = repo.diagnostics.filter((d) => d.severity === "error").length;
  return {
    valid: errors === 0,
    files: repo.files.length,
    errors,
    warnings: repo.diagnostics.length - errors,
    diagnostics: repo.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })),
  };
}
