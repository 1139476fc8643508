// gate-check, run from its committed bundle the way the runner runs it, on a real deploy
// repo with real pushes, asking a local GitHub API double about teams.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO, type Fixture } from "../../../packages/plan/test/git-fixture.ts";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const fixtures: Fixture[] = [];
let github: GitHubDouble;
beforeAll(async () => {
  github = await startGitHubDouble({ repos: ["acme/deploy"] });
  github.addTeamMember("acme", "payments", "dave");
});
afterAll(() => github.close());
afterEach(() => {
  for (const f of fixtures.splice(0)) f.remove();
});

const example = (file: string) => readFileSync(join(EXAMPLE_REPO, file), "utf8");
const withoutJiraGate = () =>
  example("gitops.yaml").replace(
    / {2}jira:\n {4}projects: \[PAY, OPS\]\n {4}commits: all\n {4}mergeCommits: skip\n/,
    "",
  );

/** A deploy repo whose deployed commit carries `config`, and a push of one descriptor change on top. */
function pushed(message: string, config = withoutJiraGate(), files: Record<string, string> = {}) {
  const repo = createFixture({ example: true });
  fixtures.push(repo);
  const before = repo.commit("policy", { "gitops.yaml": config });
  const after = repo.commit(message, {
    "services/ledger.yaml": example("services/ledger.yaml").replace('version: "1.8.0"', 'version: "1.9.0"'),
    ...files,
  });
  return { repo, before, after };
}

function gate(push: ReturnType<typeof pushed>, sender: string, inputs: Record<string, string> = {}) {
  return runAction(actionDir, {
    workspace: push.repo.dir,
    event: pushEvent({
      ref: "refs/heads/qa",
      before: push.before,
      after: push.after,
      sender,
      repository: "acme/deploy",
    }),
    inputs: { "github-token": github.token, ...inputs },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "acme/deploy" },
  });
}

const decisions = (results: string) =>
  Object.fromEntries(
    (JSON.parse(results) as { rule: string; decision: string }[]).map((r) => [r.rule, r.decision]),
  );

describe("gate-check action", () => {
  it("allows an allow-listed pusher's safe push", async () => {
    const run = await gate(pushed("PAY-12 bump ledger"), "carol-dev");
    expect(run.exitCode).toBe(0);
    expect(run.outputs.decision).toBe("allow");
    expect(run.outputs.verdict).toBe("allow");
    expect(decisions(run.outputs.reasons!)).toMatchObject({
      "pusher-allowed": "allow",
      "plan-verdict": "allow",
    });
    expect(run.summary).toContain("gate: allow (carol-dev → qa)");
  });

  it("denies a pusher who is on no list, whatever the commit's author says", async () => {
    const run = await gate(pushed("PAY-12 bump ledger"), "mallory");
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe("deny");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: "the gate denies this push to qa" }),
    );
    expect(run.logLines).toContain("deny  pusher-allowed: mallory may not deploy to qa: not in gate.allow");
  });

  it("allows a member of an allowed team, asking GitHub", async () => {
    const run = await gate(pushed("PAY-12 bump ledger"), "dave");
    expect(run.outputs.decision).toBe("allow");
    expect(github.requests.some((r) => r.path === "/orgs/acme/teams/payments/memberships/dave")).toBe(true);
  });

  it("skips on a skip marker and does not fail the step", async () => {
    const run = await gate(pushed("docs only [skip deploy]"), "carol-dev");
    expect(run.exitCode).toBe(0);
    expect(run.outputs.decision).toBe("skip");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "notice", message: expect.stringContaining("[skip deploy]") }),
    );
  });

  it("denies when GitHub cannot answer (fails closed)", async () => {
    github.failNext(8, { status: 503, match: { path: "/orgs/acme/teams/payments/memberships/erin" } });
    const run = await gate(pushed("PAY-12 bump ledger"), "erin");
    expect(run.outputs.decision).toBe("deny");
    expect(run.stdout).toContain(
      "could not check: GitHub: team membership of erin in acme/payments failed (503",
    );
  });

  it("denies when gitops.yaml requires JIRA tickets and no JIRA credentials were given", async () => {
    const run = await gate(pushed("PAY-12 bump ledger", example("gitops.yaml")), "carol-dev");
    expect(run.outputs.decision).toBe("deny");
    expect(decisions(run.outputs.reasons!)["jira-tickets"]).toBe("deny");
  });

  it("denies a change to gitops.yaml by someone who is not an admin", async () => {
    const push = pushed("tweak policy", withoutJiraGate(), {
      "gitops.yaml": withoutJiraGate().replace("resourceCutThreshold: 50%", "resourceCutThreshold: 60%"),
    });
    const run = await gate(push, "carol-dev");
    expect(decisions(run.outputs.reasons!)["config-change"]).toBe("deny");
    expect(run.logLines).toContain(
      "deny  config-change: the push changes gitops.yaml, which only gate.admins may do; carol-dev is not one",
    );
  });

  describe("attacks", () => {
    it("denies a forged git author who is allow-listed while the pusher is not", async () => {
      const push = pushed("PAY-12 bump ledger");
      // Rewrite the pushed commit as if alice-release (allow-listed) had written it.
      push.repo.git(
        "-c",
        "user.name=alice-release",
        "-c",
        "user.email=alice@acme.example",
        "commit",
        "-q",
        "--amend",
        "--no-edit",
        "--reset-author",
      );
      const forged = { ...push, after: push.repo.head() };
      const run = await gate(forged, "mallory");
      expect(run.outputs.decision).toBe("deny");
      expect(run.logLines).toContain("deny  pusher-allowed: mallory may not deploy to qa: not in gate.allow");
    });

    it("denies a push that adds its own pusher to the allow-list", async () => {
      const config = withoutJiraGate();
      const push = pushed("let me in", config, {
        "gitops.yaml": config.replace(
          "users: [alice-release, bob-sre, carol-dev]",
          "users: [alice-release, bob-sre, carol-dev, mallory]",
        ),
      });
      const run = await gate(push, "mallory");
      expect(run.outputs.decision).toBe("deny");
      expect(decisions(run.outputs.reasons!)).toMatchObject({
        "pusher-allowed": "deny",
        "config-change": "deny",
      });
    });

    it("treats a commit message full of shell and workflow syntax as inert text", async () => {
      const hostile =
        'PAY-12 $(touch /tmp/gitops-pwned) `id` ${{ secrets.GITHUB_TOKEN }} "; exit 0; [skip deploy'; // no full marker
      const run = await gate(pushed(hostile), "mallory");
      expect(run.outputs.decision).toBe("deny");
      const { existsSync } = await import("node:fs");
      expect(existsSync("/tmp/gitops-pwned")).toBe(false);
    });
  });
});
