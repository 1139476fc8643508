// The descriptor-diff action, run from its committed bundle the way the runner runs it, on a
// real deploy repo with real pushes, and commenting through a local GitHub API double.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO, type Fixture } from "../../../packages/git/test/git-fixture.ts";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const fixtures: Fixture[] = [];
let github: GitHubDouble;

beforeAll(async () => {
  github = await startGitHubDouble({ repos: ["acme/deploy"] });
});
afterAll(() => github.close());
afterEach(() => {
  for (const f of fixtures.splice(0)) f.remove();
});

function deployRepo(): Fixture {
  const f = createFixture({ example: true });
  fixtures.push(f);
  return f;
}

const edit = (file: string, from: string, to: string) =>
  readFileSync(join(EXAMPLE_REPO, file), "utf8").replace(from, to);

function pullRequestEvent(
  number: number,
  base: { sha: string; ref: string },
  head: { sha: string; ref: string },
) {
  return {
    action: "synchronize",
    number,
    pull_request: { number, base, head },
    repository: { name: "deploy", full_name: "acme/deploy", owner: { login: "acme" } },
    sender: { login: "carol-dev" },
  };
}

describe("descriptor-diff action", () => {
  it("plans a push to qa from the event alone, with matrix-ready outputs", async () => {
    const repo = deployRepo();
    const before = repo.head();
    const after = repo.commit("bump ledger and add audit", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"'),
      "services/audit.yaml": edit("services/ledger.yaml", "service: ledger", "service: audit"),
    });
    const run = await runAction(actionDir, {
      workspace: repo.dir,
      event: pushEvent({ ref: "refs/heads/qa", before, after }),
      inputs: { "github-token": "unused" },
    });

    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.services!)).toEqual({
      include: [
        { service: "audit", change: "added", file: "services/audit.yaml" },
        { service: "ledger", change: "changed", file: "services/ledger.yaml" },
      ],
    });
    expect(run.outputs.changed).toBe("2");
    expect(run.outputs.verdict).toBe("allow");
    expect(JSON.parse(run.outputs.findings!)).toEqual([]);
    expect(JSON.parse(run.outputs["plan-json"]!)).toMatchObject({
      environment: "qa",
      base: before,
      head: after,
    });
    expect(run.outputs.plan).toContain("**Plan: 1 to add, 1 to change, 0 to remove**");
    expect(run.summary).toContain("gitops plan for `qa`: allow");
    expect(run.logLines).toContain("~ ledger 1.8.0 → 1.9.0");
    expect(github.requests).toEqual([]); // a push does not comment
  });

  it("reports a destructive plan without failing the step unless asked to", async () => {
    const repo = deployRepo();
    const before = repo.head();
    const after = repo.commit("remove ledger", { "services/ledger.yaml": null });
    const event = pushEvent({ ref: "refs/heads/prod", before, after });
    const run = await runAction(actionDir, { workspace: repo.dir, event });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("deny");
    expect(JSON.parse(run.outputs.findings!)).toEqual([
      {
        rule: "service-removed",
        severity: "destructive",
        service: "ledger",
        message: "is removed from prod",
      },
    ]);

    const strict = await runAction(actionDir, { workspace: repo.dir, event, inputs: { "fail-on": "deny" } });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: "plan verdict: deny" }),
    );
  });

  it("annotates invalid descriptors at their line", async () => {
    const repo = deployRepo();
    const before = repo.head();
    const after = repo.commit("typo", {
      "services/ledger.yaml": edit("services/ledger.yaml", "  timeout: 1s", "  timeout: soon"),
    });
    const run = await runAction(actionDir, {
      workspace: repo.dir,
      event: pushEvent({ ref: "refs/heads/qa", before, after }),
    });
    expect(run.outputs.verdict).toBe("deny");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", file: "services/ledger.yaml", line: 17, col: 12 }),
    );
  });

  it("comments the plan on a promotion pull request and updates the same comment on the next push", async () => {
    const repo = deployRepo();
    const stage = repo.head();
    repo.git("branch", "stage", stage);
    const first = repo.commit("qa: bump ledger", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"'),
    });
    github.addComment("acme", "deploy", 7, "LGTM", "carol-dev");
    const env = { GITHUB_API_URL: github.url };
    const inputs = { "github-token": github.token };

    const run1 = await runAction(actionDir, {
      workspace: repo.dir,
      eventName: "pull_request",
      event: pullRequestEvent(7, { sha: stage, ref: "stage" }, { sha: first, ref: "qa" }),
      inputs,
      env,
    });
    expect(run1.exitCode).toBe(0);
    expect(run1.outputs.verdict).toBe("allow");
    let comments = github.comments("acme", "deploy", 7);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toMatch(/^<!-- gitops-plan -->\n### ✅ gitops plan for `stage`: allow/);
    expect(comments[1]!.body).toContain("! ledger 1.8.0 → 1.9.0");

    const second = repo.commit("qa: downgrade ledger", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.7.0"'),
    });
    const run2 = await runAction(actionDir, {
      workspace: repo.dir,
      eventName: "pull_request",
      event: pullRequestEvent(7, { sha: stage, ref: "stage" }, { sha: second, ref: "qa" }),
      inputs,
      env,
    });
    expect(run2.outputs.verdict).toBe("needs-approval");
    comments = github.comments("acme", "deploy", 7);
    expect(comments).toHaveLength(2); // updated, not duplicated
    expect(comments[1]!.body).toContain("downgrades from 1.8.0 to 1.7.0");
    expect(run2.secretsMasked).toContain(github.token);
    expect(run2.logLines.join("\n")).not.toContain(github.token);
  });

  it("keeps the plan when the comment cannot be posted, with a warning", async () => {
    const repo = deployRepo();
    const base = repo.head();
    const head = repo.commit("bump", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.8.1"'),
    });
    const run = await runAction(actionDir, {
      workspace: repo.dir,
      eventName: "pull_request",
      event: pullRequestEvent(8, { sha: base, ref: "stage" }, { sha: head, ref: "qa" }),
      inputs: { "github-token": "not-a-valid-token" },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("allow");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringContaining("could not comment on the pull request: Bad credentials"),
      }),
    );
  });

  it("fails clearly when the deployed commit is not in the checkout", async () => {
    const repo = deployRepo();
    const run = await runAction(actionDir, {
      workspace: repo.dir,
      event: pushEvent({ ref: "refs/heads/qa", before: "1".repeat(40), after: repo.head() }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/fetch-depth: 0/);
  });
});
