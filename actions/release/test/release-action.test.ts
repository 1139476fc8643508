// The one-step release, run from its committed bundle the way the runner runs it on a push: a
// real deploy repo (the example's, hello deployed as real processes on loopback), and local
// JIRA, GitHub, Slack and SMTP doubles that the action reaches through its inputs.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gitEnv } from "../../../packages/git/test/git-fixture.ts";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { adfText, type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { type SlackDouble, startSlackDouble } from "../../../test/doubles/slack/slack-double.ts";
import { type SmtpSink, startSmtpSink } from "../../../test/doubles/smtp/smtp-sink.ts";
import {
  createDeployRepo,
  type DeployRepo,
  failureIssues,
  type GitHttpServer,
  healthz,
  JIRA_USERS,
  PEOPLE,
  runningVersion,
  seedJira,
  startGitHttpServer,
} from "../../../test/harness/deploy-repo-fixture.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const execAsync = promisify(execFile);
const REPOSITORY = "acme/payments-deploy";
const GITHUB_TOKEN = "ghs_release_test_token";
const JIRA_TOKEN = "release-test-jira-token";

let jira: JiraDouble;
let github: GitHubDouble;
let slack: SlackDouble;
let smtp: SmtpSink;
const cleanups: (() => unknown)[] = [];

beforeEach(async () => {
  jira = await startJiraDouble({
    users: JIRA_USERS,
    credentials: { basic: [{ email: PEOPLE.bot.email, token: JIRA_TOKEN }] },
  });
  seedJira(jira);
  github = await startGitHubDouble({ tokens: [GITHUB_TOKEN], repos: [REPOSITORY] });
  slack = await startSlackDouble();
  smtp = await startSmtpSink();
  cleanups.push(
    () => jira.close(),
    () => github.close(),
    () => slack.close(),
    () => smtp.close(),
  );
});
afterEach(async () => {
  // Every clean-up runs, even after one fails; the first failure is reported.
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
});

async function deployRepo(): Promise<DeployRepo> {
  const repo = await createDeployRepo();
  cleanups.push(
    () => repo.remove(),
    () => expect(repo.stop(), "processes still running after stop-local").toEqual([]),
  );
  return repo;
}

/** The "GitHub" a runner fetches from: the deploy repo as a bare repository served over git's smart HTTP. */
async function gitHost(repo: DeployRepo): Promise<GitHttpServer> {
  const root = mkdtempSync(join(tmpdir(), "gitops-git-host-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const bare = join(root, `${REPOSITORY}.git`);
  mkdirSync(join(bare, ".."), { recursive: true });
  execFileSync("git", ["init", "-q", "--bare", "-b", "qa", bare], { env: gitEnv });
  repo.git("push", "-q", bare, "qa", "refs/remotes/origin/main:refs/heads/main");
  const host = await startGitHttpServer(root);
  cleanups.push(() => host.close());
  return host;
}

interface Push {
  before: string;
  after: string;
  message: string;
  sender?: { login: string; email: string };
}

/** The inputs a team's workflow gives the action: every channel's secret, pointing at the doubles. */
function channelInputs(): Record<string, string> {
  return {
    "github-token": GITHUB_TOKEN,
    "jira-url": jira.url,
    "jira-email": PEOPLE.bot.email,
    "jira-api-token": JIRA_TOKEN,
    "slack-webhooks": [
      `SLACK_WEBHOOK_RELEASES=${slack.hook("#releases")}`,
      `SLACK_WEBHOOK_PAYMENTS_DEPLOYS=${slack.hook("#payments-deploys")}`,
    ].join("\n"),
    "smtp-host": smtp.host,
    "smtp-port": String(smtp.port),
    "smtp-security": "none",
  };
}

function release(
  workspace: string,
  push: Push,
  options: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
) {
  const sender = push.sender ?? { login: PEOPLE.carol.login, email: PEOPLE.carol.email };
  return runAction(actionDir, {
    workspace,
    event: pushEvent({
      ref: "refs/heads/qa",
      before: push.before,
      after: push.after,
      sender: sender.login,
      pusher: { name: sender.login, email: sender.email },
      repository: REPOSITORY,
      commits: [{ id: push.after, message: push.message }],
    }),
    inputs: { ...channelInputs(), ...options.inputs },
    env: { GITHUB_API_URL: github.url, ...options.env },
    timeoutMs: 90_000,
  });
}

/** hello bumped to `version` in one commit on top of the example (hello 1.0.0). */
function bump(repo: DeployRepo, version: string, message: string): Push {
  return { before: repo.initial, after: repo.bump(version, message), message };
}

interface Stage {
  stage: string;
  outcome: string;
  reason: string;
}
interface ServiceResult {
  service: string;
  version: { from?: string; to?: string };
  outcome: string;
  stages: Stage[];
  failure?: { stage: string; reason: string };
  rollback?: { version: string; ok: boolean; reason: string; stages: Stage[] };
  deliveries: { channel: string; target: string; ok: boolean; event: string; detail: string }[];
}
const resultOf = (outputs: Record<string, string>) =>
  JSON.parse(outputs.result!) as {
    schema: number;
    environment: string;
    before?: string;
    after: string;
    pusher: string;
    dryRun: boolean;
    outcome: string;
    gate: { decision: string; results: { rule: string; decision: string }[]; tickets: string[] };
    plan: { verdict: string; summary: string };
    services: ServiceResult[];
    links: { commit?: string; run?: string };
  };
const outcomes = (stages: Stage[]) => stages.map((s) => [s.stage, s.outcome]);
const headers = (channel: string) =>
  slack
    .postsTo(channel)
    .map((p) => (p.body.blocks as { type: string; text?: { text: string } }[])[0]?.text?.text);
const comments = (key: string) => (jira.issue(key)?.comments ?? []).map((c) => adfText(c.body));

describe("release action", () => {
  it("releases a push: gate, deploy, healthcheck, notices, and a summary with the versions", async () => {
    const repo = await deployRepo();
    const push = bump(repo, "1.1.0", "PAY-101 hello 1.1.0: quotes include the fee");
    const run = await release(repo.dir, push, { env: repo.env });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe("succeeded");
    expect(run.outputs.decision).toBe("allow");
    const result = resultOf(run.outputs);
    expect(result).toMatchObject({
      schema: 1,
      environment: "qa",
      before: push.before,
      after: push.after,
      pusher: "carol-dev",
      dryRun: false,
      outcome: "succeeded",
      gate: { decision: "allow", tickets: ["PAY-101"] },
      plan: { verdict: "allow" },
      links: {
        commit: `https://github.com/${REPOSITORY}/commit/${push.after}`,
        run: `https://github.com/${REPOSITORY}/actions/runs/1000001`,
      },
    });
    expect(result.services).toHaveLength(1);
    const [hello] = result.services;
    expect(hello).toMatchObject({
      service: "hello",
      version: { from: "1.0.0", to: "1.1.0" },
      outcome: "deployed",
    });
    expect(outcomes(hello!.stages)).toEqual([
      ["deploy", "passed"],
      ["healthcheck", "passed"],
    ]);
    // Every notice of both events, each delivered.
    expect(hello!.deliveries.map((d) => [d.event, d.channel, d.target, d.ok])).toEqual(
      expect.arrayContaining([
        ["started", "slack", "#releases", true],
        ["started", "email", "hello-team@acme.example", true],
        ["started", "email", "release-log@acme.example", true],
        ["succeeded", "slack", "#releases", true],
        ["succeeded", "email", "hello-team@acme.example", true],
        ["succeeded", "email", "release-log@acme.example", true],
        ["succeeded", "jira", "PAY-101", true],
      ]),
    );
    expect(hello!.deliveries).toHaveLength(7);

    // What actually runs on the port.
    expect(await runningVersion(repo.ports.qa)).toBe("1.1.0");

    // The job summary: the Markdown table with the versions from → to.
    expect(run.summary).toContain("## ✅ Release to qa: succeeded");
    expect(run.summary).toContain("| Service | Version | Stages | Outcome |");
    expect(run.summary).toMatch(
      /\| hello \| 1\.0\.0 → 1\.1\.0 \| ✅ deploy [\d.]+m?s<br>✅ healthcheck [\d.]+m?s \| ✅ deployed \|/,
    );
    expect(run.summary).toContain("**Gate:** allow · tickets PAY-101");
    expect(run.summary).toContain("### Notifications");

    // The live log: one line per stage as it ends, the deploy command's output, every notice.
    expect(run.logLines[0]).toMatch(/^gate qa: allow · /);
    expect(run.logLines).toContain("▶ hello 1.0.0 → 1.1.0");
    expect(run.logLines).toContainEqual(
      expect.stringMatching(/^ {2}hello {2}│ hello 1\.1\.0 started on 127\.0\.0\.1:\d+ \(pid \d+\)$/),
    );
    // The same lines as the CLI prints: the service column as wide as the longest name.
    expect(run.logLines).toContainEqual(
      expect.stringMatching(/^ {2}hello {2}deploy {15}✓ +\d+(\.\d)?m?s {2}command: /),
    );
    expect(run.logLines).toContainEqual(
      expect.stringMatching(/^ {2}hello {2}healthcheck {10}✓ +\d+(\.\d)?m?s {2}1\/1 endpoints healthy$/),
    );
    expect(run.logLines).toContain("  hello  notify succeeded     ✓ slack #releases: delivered");
    expect(run.logLines).toContain("✅ hello 1.0.0 → 1.1.0: deployed");
    const order = ["▶ hello", "  hello  deploy ", "  hello  healthcheck ", "✅ release to qa: succeeded"].map(
      (prefix) => run.logLines.findIndex((l) => l.startsWith(prefix)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(run.annotations.filter((a) => a.level !== "notice")).toEqual([]);

    // Slack: the channel the descriptor lists, once per event.
    expect(headers("#releases")).toEqual([
      "🚀 hello 1.0.0 → 1.1.0 deploying to qa",
      "✅ hello 1.0.0 → 1.1.0 deployed to qa",
    ]);
    expect(slack.postsTo("#payments-deploys")).toEqual([]);
    // Email: the descriptor's list and gitops.yaml's `always`, once per event.
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      "[qa] hello 1.1.0 deploying",
      "[qa] hello 1.1.0 deployed",
    ]);
    expect(smtp.messages[1]!.envelope.to.sort()).toEqual([
      "hello-team@acme.example",
      "release-log@acme.example",
    ]);
    // JIRA: the cited ticket gets the outcome and moves on as gitops.yaml says for qa.
    expect(comments("PAY-101")).toEqual([expect.stringContaining("hello 1.1.0 deployed to qa")]);
    expect(jira.issue("PAY-101")?.status.name).toBe("In QA");
    expect(failureIssues(jira)).toEqual([]);
  });

  it("rolls a broken version back, fails the step and opens a JIRA failure issue", async () => {
    const repo = await deployRepo();
    const push = bump(repo, "1.2.0", "PAY-102 hello 1.2.0: read the currency from settings");
    const run = await release(repo.dir, push, { env: repo.env });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe("rolled-back");
    const result = resultOf(run.outputs);
    expect(result.outcome).toBe("rolled-back");
    const [hello] = result.services;
    expect(hello).toMatchObject({
      service: "hello",
      version: { from: "1.0.0", to: "1.2.0" },
      outcome: "rolled-back",
      failure: { stage: "healthcheck", reason: expect.stringContaining("healthz") },
      rollback: { version: "1.0.0", ok: true, reason: "1.0.0 restored and healthy" },
    });
    expect(outcomes(hello!.stages)).toEqual([
      ["deploy", "passed"],
      ["healthcheck", "failed"],
    ]);
    expect(outcomes(hello!.rollback!.stages)).toEqual([
      ["deploy", "passed"],
      ["healthcheck", "passed"],
    ]);
    expect(await healthz(repo.ports.qa)).toEqual({ status: 200, version: "1.0.0" });

    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: "release to qa: rolled-back" }),
    );
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: expect.stringMatching(/^hello +healthcheck +✗ /) }),
    );
    expect(run.logLines).toContainEqual(expect.stringMatching(/^ {2}hello {2}rollback deploy +✓ /));
    expect(run.logLines).toContainEqual(expect.stringMatching(/^ {2}hello {2}rollback healthcheck ✓ /));
    expect(run.summary).toContain("## ↩️ Release to qa: rolled-back");
    expect(run.summary).toContain("| hello | 1.0.0 → 1.2.0 |");
    expect(run.summary).toContain("↩️ rolled-back to 1.0.0 |");
    expect(run.summary).toContain("Failed at **healthcheck**");
    expect(run.summary).toContain("Rollback: 1.0.0 restored and healthy");

    expect(headers("#releases")).toEqual([
      "🚀 hello 1.0.0 → 1.2.0 deploying to qa",
      "❌ hello 1.0.0 → 1.2.0 failed in qa",
      "↩️ hello 1.2.0 rolled back to 1.0.0 in qa",
    ]);
    const [issue, ...more] = failureIssues(jira);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({
      summary: "Deployment of hello 1.2.0 to qa failed at healthcheck",
      assignee: PEOPLE.carol.accountId,
      issuetype: "Bug",
    });
    expect(issue!.labels).toEqual(
      expect.arrayContaining(["deployment-failure", "gitops-failure", "service:hello", "env:qa"]),
    );
    // The failure issue also hears of the rollback; the cited ticket hears of both.
    expect(comments(issue!.key)).toEqual([expect.stringContaining("rolled back to 1.0.0")]);
    expect(comments("PAY-102")).toEqual([
      expect.stringContaining("FAILED at healthcheck in qa"),
      expect.stringContaining("rolled back to 1.0.0 in qa"),
    ]);
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      "[qa] hello 1.2.0 deploying",
      "[qa] FAILED: hello 1.2.0",
      "[qa] Rolled back: hello 1.2.0 → 1.0.0",
    ]);
  });

  it("denies a push by someone on no allow-list: the step fails and nothing is deployed", async () => {
    const repo = await deployRepo();
    const push = {
      ...bump(repo, "1.1.0", "PAY-101 hello 1.1.0"),
      sender: { login: "mallory", email: "mallory@evil.example" },
    };
    const run = await release(repo.dir, push, { env: repo.env });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe("denied");
    expect(run.outputs.decision).toBe("deny");
    const result = resultOf(run.outputs);
    expect(result.services).toEqual([]);
    expect(result.gate.results).toContainEqual(
      expect.objectContaining({ rule: "pusher-allowed", decision: "deny" }),
    );
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: "release to qa: denied" }),
    );
    expect(run.summary).toContain("## ⛔ Release to qa: denied");
    expect(run.summary).toMatch(/\| pusher-allowed \| deny \| mallory may not deploy to qa/);
    // The gate asked GitHub whether mallory is in an allowed team, with the token it was given.
    const asked = github.requests.find((r) => r.path === "/orgs/acme/teams/payments/memberships/mallory");
    expect(asked?.headers.authorization).toMatch(new RegExp(`^(token|bearer) ${GITHUB_TOKEN}$`, "i"));

    expect(repo.instances()).toEqual([]);
    expect(await healthz(repo.ports.qa)).toBeUndefined();
    expect(slack.posts).toEqual([]);
    expect(smtp.messages).toEqual([]);
    expect(comments("PAY-101")).toEqual([]);
  });

  it("dry-run: plans and gates, deploys nothing and tells nobody", async () => {
    const repo = await deployRepo();
    const push = bump(repo, "1.1.0", "PAY-101 hello 1.1.0");
    const run = await release(repo.dir, push, { env: repo.env, inputs: { "dry-run": "true" } });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe("dry-run");
    const result = resultOf(run.outputs);
    expect(result).toMatchObject({ dryRun: true, outcome: "dry-run", gate: { decision: "allow" } });
    expect(result.services).toMatchObject([
      { service: "hello", version: { from: "1.0.0", to: "1.1.0" }, outcome: "planned", deliveries: [] },
    ]);
    expect(outcomes(result.services[0]!.stages)).toEqual([
      ["deploy", "skipped"],
      ["healthcheck", "skipped"],
    ]);
    expect(run.summary).toContain("## 🔎 Release to qa: dry-run");
    expect(run.summary).toContain("| hello | 1.0.0 → 1.1.0 |");

    expect(repo.instances()).toEqual([]);
    expect(await healthz(repo.ports.qa)).toBeUndefined();
    expect(slack.posts).toEqual([]);
    expect(smtp.messages).toEqual([]);
    expect(comments("PAY-101")).toEqual([]);
  });

  describe("fetching the deploy repo itself", () => {
    it("fetches the pushed commits over HTTP with the token as a header, and writes it nowhere", async () => {
      const repo = await deployRepo();
      const push = bump(repo, "1.1.0", "PAY-101 hello 1.1.0");
      const host = await gitHost(repo);

      const workspace = mkdtempSync(join(tmpdir(), "gitops-empty-workspace-"));
      cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
      const run = await release(workspace, push, { env: { ...repo.env, GITHUB_SERVER_URL: host.url } });

      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.outcome).toBe("succeeded");
      expect(run.logLines[0]).toBe(`fetching the history of acme/payments-deploy qa into ${workspace}`);
      expect(await runningVersion(repo.ports.qa)).toBe("1.1.0");

      // Every request to the git host carried the token as actions/checkout sends it.
      const basic = `basic ${Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString("base64")}`;
      expect(host.requests.length).toBeGreaterThan(0);
      expect(host.requests.map((r) => r.path)).toContain("/acme/payments-deploy.git/info/refs");
      expect(new Set(host.requests.map((r) => r.authorization))).toEqual(new Set([basic]));
      // The checkout is at the pushed commit, and the token is gone from its git config.
      const git = (...args: string[]) =>
        execFileSync("git", args, { cwd: workspace, env: gitEnv, encoding: "utf8" }).trim();
      expect(git("rev-parse", "HEAD")).toBe(push.after);
      const config = readFileSync(join(workspace, ".git/config"), "utf8");
      expect(config).not.toContain(GITHUB_TOKEN);
      expect(config).not.toContain(basic.split(" ")[1]);
      expect(config).not.toMatch(/extraheader/i);
      expect(config).toContain(`url = ${host.url}/acme/payments-deploy.git`);
      expect(run.stdout).not.toContain(basic.split(" ")[1]);
    });

    it("deepens a shallow checkout to the commit before the push, and leaves its credentials alone", async () => {
      const repo = await deployRepo();
      const push = bump(repo, "1.1.0", "PAY-101 hello 1.1.0");
      const host = await gitHost(repo);

      // What actions/checkout leaves by default: one commit deep, its token persisted in the config.
      const workspace = mkdtempSync(join(tmpdir(), "gitops-shallow-workspace-"));
      cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
      const git = (...args: string[]) =>
        execFileSync("git", args, { cwd: workspace, env: gitEnv, encoding: "utf8", stdio: "pipe" }).trim();
      const persisted = `AUTHORIZATION: basic ${Buffer.from("x-access-token:checkout-token").toString("base64")}`;
      git("init", "-q");
      git("remote", "add", "origin", `${host.url}/${REPOSITORY}.git`);
      git("config", "--local", `http.${host.url}/.extraheader`, persisted);
      // Async: the git host answers from this process, which must not be blocked meanwhile.
      await execAsync(
        "git",
        ["fetch", "-q", "--depth=1", "origin", "+refs/heads/qa:refs/remotes/origin/qa"],
        {
          cwd: workspace,
          env: gitEnv,
        },
      );
      git("checkout", "-q", "--detach", push.after);
      expect(() => git("cat-file", "-e", `${push.before}^{commit}`)).toThrow();

      const action = await release(workspace, push, { env: { ...repo.env, GITHUB_SERVER_URL: host.url } });
      expect(action.exitCode, action.stdout + action.stderr).toBe(0);
      expect(action.outputs.outcome).toBe("succeeded");
      expect(resultOf(action.outputs).services[0]?.version).toEqual({ from: "1.0.0", to: "1.1.0" });
      expect(git("config", "--local", "--get-all", `http.${host.url}/.extraheader`)).toBe(persisted);
    });

    it("fails the step, saying so, when the git host cannot be reached", async () => {
      const repo = await deployRepo();
      const push = bump(repo, "1.1.0", "PAY-101 hello 1.1.0");
      const workspace = mkdtempSync(join(tmpdir(), "gitops-empty-workspace-"));
      cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
      const run = await release(workspace, push, {
        env: { ...repo.env, GITHUB_SERVER_URL: "http://127.0.0.1:9" },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.outcome).toBe("failed");
      expect(run.annotations[0]?.message).toMatch(/git fetch/);
      const config = readFileSync(join(workspace, ".git/config"), "utf8");
      expect(config).not.toContain(Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString("base64"));
      expect(repo.instances()).toEqual([]);
    });
  });
});
