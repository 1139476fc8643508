// The reusable workflows' way of keeping the deployment record, from the committed bundles the
// way the runner runs them: gate-check with keep-record writes the release's start (or its
// denial), and the record action writes each service's end from `toJSON(steps)`; the record
// lives in refs/gitops/qa of the deploy repo's origin.
import { openGit } from "@gitops/git";
import { gitRecordStore } from "@gitops/record";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import {
  createDeployRepo,
  type DeployRepo,
  JIRA_USERS,
  PEOPLE,
  seedJira,
} from "../../../test/harness/deploy-repo-fixture.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const recordAction = new URL("..", import.meta.url).pathname;
const gateAction = new URL("../../gate-check", import.meta.url).pathname;
const JIRA_TOKEN = "record-test-jira-token";

let jira: JiraDouble;
let github: GitHubDouble;
const cleanups: (() => unknown)[] = [];
beforeEach(async () => {
  // The allow-list names teams: the gate asks GitHub (this double) whether a pusher is in one.
  github = await startGitHubDouble({ tokens: ["ghs_token"], repos: ["acme/payments-deploy"] });
  cleanups.push(() => github.close());
  jira = await startJiraDouble({
    users: JIRA_USERS,
    credentials: { basic: [{ email: PEOPLE.bot.email, token: JIRA_TOKEN }] },
  });
  seedJira(jira);
  cleanups.push(() => jira.close());
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function deployRepo(): Promise<DeployRepo> {
  const repo = await createDeployRepo({ releases: [] });
  cleanups.push(() => repo.remove());
  return repo;
}

const event = (before: string, after: string, login = PEOPLE.carol.login) =>
  pushEvent({
    ref: "refs/heads/qa",
    before,
    after,
    sender: login,
    pusher: { name: login, email: PEOPLE.carol.email },
    repository: "acme/payments-deploy",
  });

function gate(repo: DeployRepo, before: string, after: string, login?: string) {
  return runAction(gateAction, {
    workspace: repo.dir,
    event: event(before, after, login),
    inputs: {
      environment: "qa",
      "keep-record": "true",
      "github-token": "ghs_token",
      "record-token": "ghs_token",
      "jira-url": jira.url,
      "jira-email": PEOPLE.bot.email,
      "jira-api-token": JIRA_TOKEN,
    },
    env: { GITHUB_API_URL: github.url },
  });
}

function record(
  repo: DeployRepo,
  before: string,
  after: string,
  steps: object,
  inputs: Record<string, string> = {},
) {
  return runAction(recordAction, {
    workspace: repo.dir,
    event: event(before, after),
    inputs: {
      environment: "qa",
      service: "hello",
      result: JSON.stringify(steps),
      "github-token": "ghs_token",
      ...inputs,
    },
  });
}

const step = (outcome: string, outputs: Record<string, string> = {}) => ({
  outcome,
  conclusion: outcome,
  outputs,
});
const read = (repo: DeployRepo) => gitRecordStore(openGit(repo.dir)).read("qa");

describe("keeping the record from the reusable workflows' jobs", () => {
  it("gate-check records the release's start with its plan, and the record action its end", async () => {
    const repo = await deployRepo();
    const after = repo.bump("1.1.0", "PAY-101 hello 1.1.0");
    const gated = await gate(repo, repo.initial, after);
    expect(gated.exitCode, gated.stdout).toBe(0);
    expect(gated.outputs.decision).toBe("allow");
    expect(JSON.parse(gated.outputs.services!)).toEqual({
      include: [{ service: "hello", change: "changed", file: "services/hello.yaml" }],
    });
    expect(gated.outputs.changed).toBe("1");
    expect(gated.summary).toContain("gitops plan for `qa`");
    const started = (await read(repo))!.state;
    expect(started.release).toMatchObject({
      outcome: "started",
      after,
      services: [{ service: "hello", outcome: "planned", version: "1.1.0" }],
    });
    expect(started.allowed?.commit).toBe(after);

    const done = await record(repo, repo.initial, after, {
      deploy: step("success", {
        result: JSON.stringify({ detail: "hello 1.1.0 deployed", durationMs: 200 }),
      }),
      healthcheck: step("success"),
    });
    expect(done.exitCode, done.stdout).toBe(0);
    expect(done.outputs.outcome).toBe("deployed");
    const state = (await read(repo))!.state;
    expect(state.release).toMatchObject({
      outcome: "succeeded",
      services: [{ service: "hello", outcome: "deployed", version: "1.1.0" }],
    });
    expect(state.services.hello).toMatchObject({
      running: { version: "1.1.0", commit: after },
      healthy: [{ version: "1.1.0" }],
    });
  });

  it("records a failure the rollback recovered as rolled-back, and what runs stays the last healthy version", async () => {
    const repo = await deployRepo();
    const after = repo.bump("1.2.0", "PAY-102 hello 1.2.0");
    expect((await gate(repo, repo.initial, after)).outputs.decision).toBe("allow");
    const done = await record(repo, repo.initial, after, {
      deploy: step("success"),
      healthcheck: step("failure", {
        report: JSON.stringify({ ok: false, endpoints: [{ name: "healthz", ok: false }] }),
      }),
      rollback: step("success", {
        result: JSON.stringify({ version: "1.0.0", detail: "hello 1.0.0 restored" }),
      }),
    });
    expect(done.outputs.outcome).toBe("rolled-back");
    const hello = (await read(repo))!.state.services.hello!;
    expect(hello.running?.version).toBe("1.0.0");
    expect(hello.last).toMatchObject({
      version: "1.2.0",
      outcome: "rolled-back",
      reason: "healthcheck: 0/1 endpoints healthy",
    });
  });

  it("gate-check records a denial, and the record action refuses a release the gate never started", async () => {
    const repo = await deployRepo();
    const after = repo.bump("1.1.0", "PAY-101 hello 1.1.0");
    const denied = await gate(repo, repo.initial, after, "mallory");
    expect(denied.outputs.decision).toBe("deny");
    expect(denied.outputs.changed).toBe("0");
    expect((await read(repo))!.state.release).toMatchObject({ outcome: "denied", pusher: "mallory" });

    const refused = await record(repo, repo.initial, after, { deploy: step("success") });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.find((a) => a.level === "error")?.message).toMatch(
      /^the record of qa has no release of [0-9a-f]{12} to add hello to: the gate job records it first$/,
    );
  });
});
