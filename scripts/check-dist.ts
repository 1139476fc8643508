// Fails when committed build output is stale: the runner executes actions/*/dist as
// committed, so sources changed without a rebuilt, committed dist/ would ship old code.
// Rebuilds everything, then asks git whether any built file differs or is new.
import { execFileSync, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// `:(glob)` so `*` stays within one directory and `**` reaches the files: a plain
// `actions/*/dist` pathspec matches no file below dist/.
export const BUILT_PATHS = [
  ":(glob)actions/*/dist/**",
  "packages/cli/dist",
  "packages/model/src/generated",
  "release/action.yml",
];

/** Built files that differ from HEAD or are untracked, as `git status --porcelain` lines. */
export function staleBuildOutput(root: string): string[] {
  const status = execFileSync(
    "git",
    ["status", "--porcelain", "--untracked-files=all", "--no-renames", "--", ...BUILT_PATHS],
    { cwd: root, encoding: "utf8" },
  );
  return status.split("\n").filter((line) => line !== "");
}

function main(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("check-dist: npm run build failed");
    process.exit(1);
  }
  const stale = staleBuildOutput(root);
  if (stale.length > 0) {
    console.error(
      `check-dist: the build changed committed output; run npm run build and commit:\n${stale.map((l) => `  ${l}`).join("\n")}`,
    );
    process.exit(1);
  }
  console.log("check-dist: dist/ and generated/ match the sources");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
