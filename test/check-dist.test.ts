import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staleBuildOutput } from "../scripts/check-dist.ts";

const repo = mkdtempSync(join(tmpdir(), "gitops-check-dist-"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function git(...args: string[]): void {
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: repo });
}

describe("staleBuildOutput", () => {
  it("lists changed and untracked build output, and nothing else", () => {
    git("init", "--quiet");
    for (const path of [
      "actions/validate/dist/index.js",
      "actions/validate/src/main.ts",
      "packages/cli/dist/index.js",
      "packages/model/src/generated/validators.js",
    ]) {
      write(path, "v1\n");
    }
    git("add", ".");
    git("commit", "--quiet", "--no-gpg-sign", "-m", "initial");
    expect(staleBuildOutput(repo)).toEqual([]);

    write("actions/validate/dist/index.js", "v2\n");
    write("actions/plan/dist/index.js", "new\n");
    write("packages/cli/dist/index.js", "v2\n");
    write("packages/model/src/generated/new-schema.js", "new\n");
    write("actions/validate/src/main.ts", "v2\n");
    write("packages/model/src/index.ts", "new\n");
    expect(staleBuildOutput(repo)).toEqual([
      " M actions/validate/dist/index.js",
      " M packages/cli/dist/index.js",
      "?? actions/plan/dist/index.js",
      "?? packages/model/src/generated/new-schema.js",
    ]);
  });
});
