// gate-check, run from its committed bundle the way the runner runs it, on a real deploy
// repo with real pushes, asking a local GitHub API double about teams.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO, type Fixture } from "../../../packages/git/test/git-fixture.ts";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const fixtures: Fixture[] = [];
let github: GitHubDouble;
let jira: JiraDouble;
const GATE_USER = {
  accountId: "5b10a2844c20165700ede21a",
  email: "gate@acme.example",
  displayName: "Deploy gate",
};
beforeAll(async () => {
  github = await startGitHubDouble({ repos: ["acme/deploy"] });
  github.addTeamMember("acme", "payments", "dave");
  jira = await startJiraDouble({
    users: [GATE_USER],
    credentials: { basic: [{ email: GATE_USER.email, token: "jira-secret-token" }] },
  });
  jira.addProject("PAY", {
    statuses: [
      { name: "To Do", category: "new" },
      { name: "In Progress", category: "indeterminate" },
      { name: "Done", category: "done" },
    ],
  });
  jira.addIssue({ key: "PAY-12", summary: "Bump ledger", status: "In Progress" });
  jira.addIssue({ key: "PAY-13", summary: "Not started", status: "To Do" });
  jira.addProject("OPS", { statuses: [{ name: "Approved for Prod", category: "indeterminate" }] });
  const approvers = [{ accountId: GATE_USER.accountId, decision: "approved" as const }];
  jira.addIssue({
    key: "OPS-7",
    summary: "Release ledger",
    status: "Approved for Prod",
    approvals: [
      { name: "Change manager", approvers },
      { name: "CAB", approvers },
    ],
  });
});
afterAll(async () => {
  await github.close();
  await jira.close();
});
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
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the attack is this literal text
        'PAY-12 $(touch /tmp/gitops-pwned) `id` ${{ secrets.GITHUB_TOKEN }} "; exit 0; [skip deploy'; // no full marker
      const run = await gate(pushed(hostile), "mallory");
      expect(run.outputs.decision).toBe("deny");
      const { existsSync } = await import("node:fs");
      expect(existsSync("/tmp/gitops-pwned")).toBe(false);
    });
  });

  describe("with JIRA", () => {
    const jiraInputs = () => ({
      "jira-url": jira.url,
      "jira-email": GATE_USER.email,
      "jira-api-token": "jira-secret-token",
    });

    it("allows a push whose ticket is in a status the environment accepts, and reports the tickets", async () => {
      const run = await gate(pushed("PAY-12 bump ledger", example("gitops.yaml")), "carol-dev", jiraInputs());
      expect(run.outputs.decision).toBe("allow");
      expect(JSON.parse(run.outputs.tickets!)).toEqual([
        { key: "PAY-12", status: "In Progress", approvals: { approved: 0, declined: 0, pending: 0 } },
      ]);
      expect(run.secretsMasked).toContain("jira-secret-token");
      expect(run.logLines.join("\n")).not.toContain("jira-secret-token");
    });

    it("denies a ticket in the wrong status, a foreign project's key, and a ticket that does not exist", async () => {
      for (const message of ["PAY-13 not started", "HR-12 foreign project", "PAY-999 no such ticket"]) {
        const run = await gate(pushed(message, example("gitops.yaml")), "carol-dev", jiraInputs());
        expect(decisions(run.outputs.reasons!)["jira-tickets"], message).toBe("deny");
      }
    });

    it("denies when JIRA answers 500 every time, or 429 with a wait too long to honour", async () => {
      jira.failNext(4, { status: 500 });
      const broken = await gate(pushed("PAY-12 bump", example("gitops.yaml")), "carol-dev", jiraInputs());
      expect(broken.outputs.decision).toBe("deny");
      expect(broken.stdout).toContain("could not check: JIRA answered 500 for PAY-12");
      jira.failNext(1, { status: 429, retryAfter: 3600 });
      const limited = await gate(pushed("PAY-12 bump", example("gitops.yaml")), "carol-dev", jiraInputs());
      expect(limited.stdout).toContain("asked to wait 3600 s (status 429); not waiting that long");
    });

    it("quotes a hostile commit message as inert, escaped text", async () => {
      const run = await gate(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the attack is this literal text
        pushed("<img src=x onerror=alert(1)> $(id) ${{ github.token }}", example("gitops.yaml")),
        "carol-dev",
        jiraInputs(),
      );
      expect(run.outputs.decision).toBe("deny");
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the attack is this literal text
      expect(run.summary).toContain("&lt;img src=x onerror=alert(1)&gt; $(id) ${{ github.token }}");
      expect(run.summary).not.toContain("<img");
    });
  });

  it("skips a push the branch has already moved past (a newer run deploys)", async () => {
    const push = pushed("PAY-12 bump ledger");
    const origin = `${push.repo.dir}-origin.git`;
    push.repo.git("init", "-q", "--bare", origin);
    push.repo.git("remote", "add", "origin", origin);
    push.repo.git("push", "-q", "origin", "qa");
    const onTime = await gate(push, "carol-dev");
    expect(onTime.outputs.decision).toBe("allow");
    expect(onTime.logLines).toContain("allow stale-push: the push is the branch's head");

    const newer = push.repo.commit("PAY-12 a newer push", { "notes.txt": "newer" });
    push.repo.git("push", "-q", "origin", "qa");
    const stale = await gate(push, "carol-dev");
    expect(stale.outputs.decision).toBe("skip");
    expect(stale.logLines).toContain(
      `skip  stale-push: qa has moved on to ${newer.slice(0, 12)}; the run for that push deploys`,
    );
    const { rmSync } = await import("node:fs");
    rmSync(origin, { recursive: true, force: true });
  });

  it("denies a destructive plan", async () => {
    const repo = createFixture({ example: true });
    fixtures.push(repo);
    const before = repo.commit("policy", { "gitops.yaml": withoutJiraGate() });
    const after = repo.commit("PAY-12 drop ledger", { "services/ledger.yaml": null });
    const run = await gate({ repo, before, after }, "carol-dev");
    expect(run.outputs.verdict).toBe("deny");
    expect(decisions(run.outputs.reasons!)["plan-verdict"]).toBe("deny");
    expect(run.exitCode).toBe(1);
  });

  it("prod: needs signed commits verified by GitHub, and approved tickets", async () => {
    const push = pushed("OPS-7 release ledger", example("gitops.yaml"));
    const prodPush = (sender: string) =>
      runAction(actionDir, {
        workspace: push.repo.dir,
        event: pushEvent({
          ref: "refs/heads/prod",
          before: push.before,
          after: push.after,
          sender,
          repository: "acme/deploy",
        }),
        inputs: {
          "github-token": github.token,
          "jira-url": jira.url,
          "jira-email": GATE_USER.email,
          "jira-api-token": "jira-secret-token",
        },
        env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "acme/deploy" },
      });
    const unsigned = await prodPush("alice-release");
    expect(decisions(unsigned.outputs.reasons!)).toMatchObject({
      "signed-commits": "deny",
      "jira-tickets": "allow",
    });
    github.addCommit("acme", "deploy", { sha: push.after, message: "OPS-7 release ledger", verified: true });
    const signed = await prodPush("alice-release");
    expect(signed.outputs.decision).toBe("allow");
    expect(JSON.parse(signed.outputs.tickets!)).toEqual([
      { key: "OPS-7", status: "Approved for Prod", approvals: { approved: 2, declined: 0, pending: 0 } },
    ]);
  });
});
