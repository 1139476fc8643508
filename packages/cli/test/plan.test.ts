// `gitops plan`, run as a user runs it: the bundled executable on a real deploy repo.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO, type Fixture } from "../../git/test/git-fixture.ts";

const cli = new URL("../dist/index.js", import.meta.url).pathname;
const fixtures: Fixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.remove();
});

function gitops(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A deploy repo with branches qa (one commit ahead) and stage (the example as is). */
function promotion(edit: [string, string, string]): Fixture {
  const repo = createFixture({ example: true });
  fixtures.push(repo);
  repo.git("branch", "stage");
  const [file, from, to] = edit;
  repo.commit("qa change", { [file]: readFileSync(join(EXAMPLE_REPO, file), "utf8").replace(from, to) });
  return repo;
}

describe("gitops plan", () => {
  it("plans a promotion from branch names, for the environment of --base, and exits 0 on allow", () => {
    const repo = promotion(["services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"']);
    const run = gitops(["plan", "--base", "stage", "--head", "qa"], repo.dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("gitops plan for stage:");
    expect(run.stdout).toContain("~ ledger 1.8.0 → 1.9.0\n    ~ version: 1.8.0 → 1.9.0\n");
    expect(run.stdout).toContain("Plan: 0 to add, 1 to change, 0 to remove\nVerdict: allow\n");
  });

  it("exits 3 when the plan needs approval and 1 when it is denied", () => {
    const downgrade = promotion(["services/ledger.yaml", 'version: "1.8.0"', 'version: "1.7.0"']);
    expect(gitops(["plan", "--base", "stage", "--head", "qa"], downgrade.dir).code).toBe(3);
    const prod = gitops(["plan", "--base", "stage", "--head", "qa", "--env", "prod"], downgrade.dir);
    expect(prod.code).toBe(1); // prod makes downgrades destructive
    expect(prod.stdout).toContain("! destructive: downgrades from 1.8.0 to 1.7.0 [version-downgrade]");
  });

  it("prints JSON and Markdown, and works from another directory with --repo", () => {
    const repo = promotion(["services/ledger.yaml", "ports: [8000]", "ports: [8000, 22]"]);
    const json = gitops(
      ["plan", "--repo", repo.dir, "--base", "stage", "--head", "qa", "--format", "json"],
      "/",
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ schema: 1, environment: "stage", verdict: "deny" });
    const md = gitops(
      ["plan", "--repo", repo.dir, "--base", "stage", "--head", "qa", "--format", "markdown"],
      "/",
    );
    expect(md.stdout).toContain("| ⛔ destructive | `port-opened` | ledger |");
  });

  it("plans a first deployment when there is no --base", () => {
    const repo = promotion(["services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"']);
    const run = gitops(["plan", "--head", "qa", "--env", "qa", "--format", "json"], repo.dir);
    expect(JSON.parse(run.stdout)).toMatchObject({ firstPush: true, summary: { add: 4 } });
  });

  it("explains what is wrong with the refs or the environment", () => {
    const repo = promotion(["services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"']);
    const missing = gitops(["plan", "--base", "nope", "--head", "qa", "--env", "qa"], repo.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("gitops plan: the base commit nope is not in the repository");
    const env = gitops(["plan", "--base", "stage", "--head", "qa", "--env", "dev"], repo.dir);
    expect(env.stderr).toContain('gitops.yaml has no environment "dev"; it has qa (branch qa)');
    expect(gitops(["plan", "--base", "stage"], repo.dir).code).toBe(2);
    const hostile = gitops(["plan", "--base=--output=/tmp/x", "--head", "qa", "--env", "qa"], repo.dir);
    expect([hostile.code, hostile.stderr.startsWith("gitops plan:")]).toEqual([1, true]);
    expect(gitops(["plan", "--head", "qa", "--format", "xml"], repo.dir).code).toBe(2);
  });
});
