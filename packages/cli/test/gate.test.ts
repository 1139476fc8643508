// `gitops gate`, the dry run of the gate, as a user runs it on a real deploy repo.
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

function push(message: string, jiraGate = false) {
  const repo = createFixture({ example: true });
  fixtures.push(repo);
  let config = readFileSync(join(EXAMPLE_REPO, "gitops.yaml"), "utf8");
  if (!jiraGate)
    config = config.replace(
      / {2}jira:\n {4}projects: \[PAY, OPS\]\n {4}commits: all\n {4}mergeCommits: skip\n/,
      "",
    );
  const before = repo.commit("policy", { "gitops.yaml": config });
  const after = repo.commit(message, {
    "services/ledger.yaml": readFileSync(join(EXAMPLE_REPO, "services/ledger.yaml"), "utf8").replace(
      "1.8.0",
      "1.9.0",
    ),
  });
  return { repo, before, after };
}

describe("gitops gate", () => {
  it("allows, skips and denies, with every rule's reasons and the exit status", () => {
    const ok = push("PAY-1 bump");
    const allow = gitops(
      ["gate", "--before", ok.before, "--after", ok.after, "--env", "qa", "--as", "carol-dev"],
      ok.repo.dir,
    );
    expect(allow.code).toBe(0);
    expect(allow.stdout).toContain("allow pusher-allowed: carol-dev is listed\n");
    expect(allow.stdout).toContain("Gate for carol-dev → qa: allow\n");

    const deny = gitops(
      [
        "gate",
        "--before",
        ok.before,
        "--after",
        ok.after,
        "--env",
        "qa",
        "--as",
        "mallory",
        "--format",
        "json",
      ],
      ok.repo.dir,
    );
    expect(deny.code).toBe(1);
    expect(JSON.parse(deny.stdout)).toMatchObject({ decision: "deny", environment: "qa" });

    const skip = push("typo [skip deploy]");
    expect(
      gitops(
        ["gate", "--before", skip.before, "--after", skip.after, "--env", "qa", "--as", "carol-dev"],
        skip.repo.dir,
      ).code,
    ).toBe(4); // skipped: its own status, not "needs approval"
  });

  it("denies, and says why, when JIRA is required but no credentials are in the environment", () => {
    const p = push("PAY-1 bump", true);
    const run = gitops(
      ["gate", "--before", p.before, "--after", p.after, "--env", "qa", "--as", "carol-dev"],
      p.repo.dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "deny  jira-tickets: could not check: gitops.yaml requires JIRA tickets but no JIRA credentials were given",
    );
  });

  it("needs --after and --as", () => {
    const p = push("PAY-1 bump");
    expect(gitops(["gate", "--after", p.after], p.repo.dir).code).toBe(2);
  });
});
