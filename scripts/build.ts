// Builds everything the runner executes as committed files: the ahead-of-time schema
// validators of packages/model, and one ncc bundle per action and for the CLI.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileSchemas } from "../packages/model/scripts/compile-schemas.ts";

const root = new URL("..", import.meta.url).pathname;

// ncc takes no webpack config, so it can only drop an unused import when the package
// declares itself free of side effects. @actions/core does not, and its OIDC helper drags
// in @actions/http-client and undici (~900 kB) that every action would parse at start-up
// (~40 ms, most of a bare `node -e 0`). Its modules only declare functions, so the flag is
// true. Rather than edit the installed package, the build copies it under .build/ with the
// flag set and points the bundler at the copy through a tsconfig `paths` entry that only the
// bundler reads (ncc resolves with tsconfig-paths, which honours TS_NODE_PROJECT).
// `npm run bench` watches the start-up cost.
const SIDE_EFFECT_FREE = ["@actions/core"];
const BUILD_DIR = join(root, ".build");

/** Writes the side-effect-free copies and the bundler's tsconfig; returns its path. */
function bundlerTsconfig(): string {
  const paths: Record<string, string[]> = {};
  for (const pkg of SIDE_EFFECT_FREE) {
    const installed = join(root, "node_modules", pkg);
    const copy = join(BUILD_DIR, "side-effect-free", pkg);
    rmSync(copy, { recursive: true, force: true });
    // Whole, nested node_modules included, so the copy resolves its dependencies as the original does.
    cpSync(installed, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      main?: string;
      sideEffects?: unknown;
    };
    manifest.sideEffects = false;
    writeFileSync(join(copy, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    paths[pkg] = [relative(root, join(copy, manifest.main ?? "index.js"))];
  }
  mkdirSync(BUILD_DIR, { recursive: true });
  const tsconfig = join(BUILD_DIR, "tsconfig.bundle.json");
  const config = { extends: "../tsconfig.json", compilerOptions: { baseUrl: "..", paths } };
  writeFileSync(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  return tsconfig;
}

export function bundleTargets(): { name: string; dir: string; entry: string }[] {
  const targets = readdirSync(join(root, "actions"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, "actions", d.name, "src/main.ts")))
    .map((d) => ({ name: `actions/${d.name}`, dir: join(root, "actions", d.name), entry: "src/main.ts" }));
  targets.push({ name: "packages/cli", dir: join(root, "packages/cli"), entry: "src/main.ts" });
  return targets.filter((t) => existsSync(join(t.dir, t.entry)));
}

// Type errors are `npm run typecheck`'s job; ncc only transpiles, so one package's
// unfinished types never block another's bundle.
function bundle(target: { name: string; dir: string; entry: string }, tsconfig: string): void {
  const ncc = join(root, "node_modules/.bin/ncc");
  // A fresh dist/: ncc does not remove chunks an earlier build left, and a stale chunk would ship.
  rmSync(join(target.dir, "dist"), { recursive: true, force: true });
  execFileSync(
    ncc,
    ["build", target.entry, "-o", "dist", "--quiet", "--transpile-only", "--license", "licenses.txt"],
    { cwd: target.dir, stdio: "inherit", env: { ...process.env, TS_NODE_PROJECT: tsconfig } },
  );
  for (const file of readdirSync(join(target.dir, "dist")).filter((f) => f.endsWith(".js"))) {
    asciiOnly(join(target.dir, "dist", file));
  }
  process.stdout.write(`bundled ${target.name}/dist/index.js\n`);
}

// Node decodes and V8 compiles an all-ASCII source as a one-byte string, which saves a few
// milliseconds at every start; one arrow or emoji in a comment or string forces two-byte.
// A \uXXXX escape means the same in strings, templates, regular expressions and comments.
function asciiOnly(file: string): void {
  const code = readFileSync(file, "utf8");
  const escaped = code.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  if (escaped !== code && /String\.raw/.test(code))
    throw new Error(`${file}: String.raw would see escapes literally`);
  writeFileSync(file, escaped);
}

// `uses: org/gitops/release@v1` resolves to release/action.yml at the top of the repo: the
// release action's metadata, running the same bundle.
function publishRootRelease(): void {
  const metadata = readFileSync(join(root, "actions/release/action.yml"), "utf8");
  const header =
    "# Generated from actions/release/action.yml by npm run build: edit that file.\n" +
    "# `uses: org/gitops/release@v1` is the one step a team adds to its deploy repo's workflow.\n";
  const published = metadata.replace(
    /^ {2}main: dist\/index\.js$/m,
    "  main: ../actions/release/dist/index.js",
  );
  if (published === metadata) throw new Error("actions/release/action.yml: runs.main is not dist/index.js");
  writeFileSync(join(root, "release/action.yml"), header + published);
}

const only = process.argv.slice(2);
compileSchemas();
publishRootRelease();
const tsconfig = bundlerTsconfig();
for (const target of bundleTargets()) {
  if (only.length === 0 || only.includes(target.name)) bundle(target, tsconfig);
}
