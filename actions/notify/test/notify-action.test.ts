// The notify action, run from its committed bundle the way the runner runs it: a real deploy
// repo checkout (the example's) and the local Slack, SMTP and JIRA doubles behind its inputs.
// Whatever goes wrong in telling people, the step succeeds and warns.
import type { ReleaseResult } from "@gitops/pipeline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adfText, type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { type SlackDouble, startSlackDouble } from "../../../test/doubles/slack/slack-double.ts";
import { type SmtpSink, startSmtpSink } from "../../../test/doubles/smtp/smtp-sink.ts";
import {
  createDeployRepo,
  type DeployRepo,
  failureIssues,
  JIRA_USERS,
  PEOPLE,
  seedJira,
} from "../../../test/harness/deploy-repo-fixture.ts";
import { pushEvent, runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const REPOSITORY = "acme/payments-deploy";
const JIRA_TOKEN = "notify-test-jira-token";

let jira: JiraDouble;
let slack: SlackDouble;
let smtp: SmtpSink;
let repo: DeployRepo;
/** The push being released: hello 1.0.0 → 1.1.0 on qa. */
let push: { before: string; after: string };
const cleanups: (() => unknown)[] = [];

beforeEach(async () => {
  jira = await startJiraDouble({
    users: JIRA_USERS,
    credentials: { basic: [{ email: PEOPLE.bot.email, token: JIRA_TOKEN }] },
  });
  seedJira(jira);
  slack = await startSlackDouble();
  smtp = await startSmtpSink();
  repo = await createDeployRepo({ releases: [] });
  push = { before: repo.initial, after: repo.bump("1.1.0", "PAY-101 hello 1.1.0") };
  cleanups.push(
    () => jira.close(),
    () => slack.close(),
    () => smtp.close(),
    () => repo.remove(),
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

function notify(event: string, inputs: Record<string, string> = {}, webhooks = slack) {
  return runAction(actionDir, {
    workspace: repo.dir,
    event: pushEvent({
      ref: "refs/heads/qa",
      before: push.before,
      after: push.after,
      sender: PEOPLE.carol.login,
      pusher: { name: PEOPLE.carol.login, email: PEOPLE.carol.email },
      repository: REPOSITORY,
    }),
    inputs: {
      event,
      service: "hello",
      environment: "qa",
      tickets: "PAY-101",
      "slack-webhooks": `SLACK_WEBHOOK_RELEASES=${webhooks.hook("#releases")}`,
      "smtp-host": smtp.host,
      "smtp-port": String(smtp.port),
      "smtp-security": "none",
      "jira-url": jira.url,
      "jira-email": PEOPLE.bot.email,
      "jira-api-token": JIRA_TOKEN,
      ...inputs,
    },
  });
}

// --- `result` as toJSON(steps) of a job that ran the deploy and healthcheck actions ------------

type Step = { outcome: string; conclusion: string; outputs: Record<string, string> };
const step = (ok: boolean, outputs: Record<string, string>): Step => ({
  outcome: ok ? "success" : "failure",
  conclusion: ok ? "success" : "failure",
  outputs,
});
const deployStep = (version: string, reason: "deploy" | "rollback", ok = true): Step =>
  step(ok, {
    ok: String(ok),
    version,
    result: JSON.stringify({
      service: "hello",
      environment: "qa",
      reason,
      version,
      ok,
      durationMs: 840,
      detail: ok
        ? `hello ${version} ${reason === "rollback" ? "restored" : "deployed"}`
        : "deploy: command: exited 1",
      stages: [
        { stage: "deploy", outcome: ok ? "passed" : "failed", durationMs: 840, reason: "command: exited 0" },
      ],
    }),
  });
const healthcheckStep = (healthy: boolean): Step =>
  step(healthy, {
    healthy: String(healthy),
    report: JSON.stringify({
      ok: healthy,
      endpoints: [
        { name: "healthz", ok: healthy, attempts: healthy ? 1 : 7, lastStatus: healthy ? 200 : 503 },
      ],
    }),
  });
const steps = (entries: Record<string, Step>) => JSON.stringify({ checkout: step(true, {}), ...entries });

// --- `result` as the release action's output ---------------------------------------------------

const releaseResult = {
  schema: 1,
  environment: "qa",
  before: "1".repeat(40),
  after: "2".repeat(40),
  pusher: "carol-dev",
  dryRun: false,
  outcome: "rolled-back",
  gate: { decision: "allow", results: [], tickets: ["PAY-102"] },
  plan: { verdict: "allow", summary: "Plan: 0 to add, 1 to change, 0 to remove" },
  services: [
    {
      service: "hello",
      change: "changed",
      file: "services/hello.yaml",
      version: { from: "1.0.0", to: "1.2.0" },
      outcome: "rolled-back",
      stages: [
        { stage: "deploy", outcome: "passed", durationMs: 310, reason: "command: exited 0" },
        {
          stage: "healthcheck",
          outcome: "failed",
          durationMs: 4100,
          reason: "healthz: expected status 200, got 503",
        },
      ],
      failure: { stage: "healthcheck", reason: "healthz: expected status 200, got 503" },
      rollback: {
        version: "1.0.0",
        ok: true,
        reason: "1.0.0 restored and healthy",
        stages: [
          { stage: "deploy", outcome: "passed", durationMs: 290, reason: "command: exited 0" },
          { stage: "healthcheck", outcome: "passed", durationMs: 120, reason: "1/1 endpoints healthy" },
        ],
      },
      deliveries: [],
    },
  ],
  links: {},
  startedAt: "2026-03-02T09:30:00.000Z",
  durationMs: 5200,
} satisfies ReleaseResult;

interface Delivery {
  channel: string;
  target: string;
  ok: boolean;
  attempts: number;
  detail: string;
}
const deliveries = (outputs: Record<string, string>) => JSON.parse(outputs.deliveries!) as Delivery[];
const delivered = (outputs: Record<string, string>) =>
  deliveries(outputs).map((d) => [d.channel, d.target, d.ok]);
type Block = { type: string; text?: { text: string }; fields?: { text: string }[] };
const blocks = (channel = "#releases", webhooks = slack) =>
  webhooks.postsTo(channel).map((p) => p.body.blocks as Block[]);
const header = (b: Block[] | undefined) => b?.[0]?.text?.text;
const sectionTexts = (b: Block[] | undefined) => (b ?? []).flatMap((x) => (x.text ? [x.text.text] : []));
const comments = (key: string) => (jira.issue(key)?.comments ?? []).map((c) => adfText(c.body));

describe("notify action", () => {
  it("started: Slack and email, not JIRA", async () => {
    const run = await notify("started");
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.delivered).toBe("true");
    expect(delivered(run.outputs)).toEqual([
      ["console", "console", true],
      ["summary", "job summary", true],
      ["slack", "#releases", true],
      ["email", "hello-team@acme.example", true],
      ["email", "release-log@acme.example", true],
    ]);
    expect(blocks().map(header)).toEqual(["🚀 hello 1.0.0 → 1.1.0 deploying to qa"]);
    const [post] = slack.postsTo("#releases");
    expect(post!.body.text).toBe("🚀 hello 1.0.0 → 1.1.0 deploying to qa");
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({ subject: "[qa] hello 1.1.0 deploying" });
    expect(smtp.messages[0]!.envelope.to.sort()).toEqual([
      "hello-team@acme.example",
      "release-log@acme.example",
    ]);
    expect(smtp.messages[0]!.text).toContain("Pushed by:");
    expect(comments("PAY-101")).toEqual([]);
    expect(run.logLines).toContain("✓ slack #releases: delivered");
    expect(run.summary).toContain("### 🚀 hello 1.0.0 → 1.1.0 deploying to qa");
  });

  it("succeeded with toJSON(steps): the stages in every message, a JIRA comment and the qa transition", async () => {
    const run = await notify("succeeded", {
      result: steps({ deploy: deployStep("1.1.0", "deploy"), healthcheck: healthcheckStep(true) }),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.delivered).toBe("true");
    expect(delivered(run.outputs)).toContainEqual(["jira", "PAY-101", true]);
    expect(deliveries(run.outputs).find((d) => d.channel === "jira")?.detail).toBe(
      "commented; moved to In QA",
    );

    const [message] = blocks();
    expect(header(message)).toBe("✅ hello 1.0.0 → 1.1.0 deployed to qa");
    const stages = sectionTexts(message).find((t) => t.startsWith("*Stages*"));
    // The deploy step's result carries its duration; the healthcheck's report does not.
    expect(stages).toMatch(/✓ \*deploy\* passed in \d+(\.\d)?m?s — hello 1\.1\.0 deployed/);
    expect(stages).not.toContain("*deploy* passed in 0 ms");
    expect(stages).toContain("✓ *healthcheck* passed in 0ms — 1/1 endpoints healthy");
    const fields = message!.find((b) => b.fields)!.fields!.map((f) => f.text);
    expect(fields).toContain("*Pushed by*\ncarol-dev");
    expect(fields).toContainEqual(
      expect.stringMatching(/^\*Tickets\*\n<http:\/\/127\.0\.0\.1:\d+\/browse\/PAY-101\|PAY-101>$/),
    );

    expect(smtp.messages.map((m) => m.subject)).toEqual(["[qa] hello 1.1.0 deployed"]);
    expect(smtp.messages[0]!.text).toContain("deploy: passed");

    expect(comments("PAY-101")).toEqual([expect.stringContaining("✅ hello 1.1.0 deployed to qa")]);
    expect(comments("PAY-101")[0]).toContain("Version: 1.0.0 → 1.1.0");
    expect(jira.issue("PAY-101")?.status.name).toBe("In QA");
    expect(failureIssues(jira)).toEqual([]);
  });

  it("failed, then rolled-back: a JIRA failure issue assigned to the pusher, which then hears of the rollback", async () => {
    const failedSteps = { deploy: deployStep("1.1.0", "deploy"), healthcheck: healthcheckStep(false) };
    const failed = await notify("failed", { result: steps(failedSteps) });
    expect(failed.exitCode, failed.stdout).toBe(0);
    expect(failed.outputs.delivered).toBe("true");
    const [issue, ...more] = failureIssues(jira);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({
      summary: "Deployment of hello 1.1.0 to qa failed at healthcheck",
      assignee: PEOPLE.carol.accountId,
    });
    expect(issue!.labels).toEqual(expect.arrayContaining(["gitops-failure", "service:hello", "env:qa"]));
    expect(delivered(failed.outputs)).toContainEqual(["jira", `${issue!.key} (new failure issue)`, true]);
    const [failedMessage] = blocks();
    expect(header(failedMessage)).toBe("❌ hello 1.0.0 → 1.1.0 failed in qa");
    expect(sectionTexts(failedMessage)).toContain("*Failed at healthcheck*: 0/1 endpoints healthy");
    expect(slack.postsTo("#releases")[0]!.body.text).toBe(
      "❌ hello 1.0.0 → 1.1.0 failed in qa — failed at healthcheck",
    );
    expect(comments("PAY-101")).toEqual([expect.stringContaining("FAILED at healthcheck in qa")]);

    const rolledBack = await notify("rolled-back", {
      result: steps({ ...failedSteps, rollback: deployStep("1.0.0", "rollback") }),
    });
    expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
    expect(rolledBack.outputs.delivered).toBe("true");
    const [, rollbackMessage] = blocks();
    expect(header(rollbackMessage)).toBe("↩️ hello 1.1.0 rolled back to 1.0.0 in qa");
    expect(sectionTexts(rollbackMessage)).toContain(
      "✅ *Rolled back:* restored 1.0.0, healthy: hello 1.0.0 restored",
    );
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      "[qa] FAILED: hello 1.1.0",
      "[qa] Rolled back: hello 1.1.0 → 1.0.0",
    ]);
    expect(comments(issue!.key)).toEqual([expect.stringContaining("rolled back to 1.0.0 in qa")]);
    expect(delivered(rolledBack.outputs)).toContainEqual([
      "jira",
      `${issue!.key} (open failure issue, commented)`,
      true,
    ]);
    expect(failureIssues(jira)).toHaveLength(1);
  });

  it("takes the release action's result: versions, plan, failure and rollback from it", async () => {
    const run = await notify("rolled-back", {
      result: JSON.stringify(releaseResult),
      tickets: JSON.stringify([{ key: "PAY-102", status: "Ready for QA" }]),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.delivered).toBe("true");
    const [message] = blocks();
    expect(header(message)).toBe("↩️ hello 1.2.0 rolled back to 1.0.0 in qa");
    const texts = sectionTexts(message);
    expect(texts).toContain("*Plan:* 0 to add, 1 to change, 0 to remove");
    expect(texts).toContain("✅ *Rolled back:* restored 1.0.0, healthy: 1.0.0 restored and healthy");
    expect(texts.find((t) => t.startsWith("*Stages*"))).toContain(
      "✗ *healthcheck* failed in 4.1s — healthz: expected status 200, got 503",
    );
    expect(smtp.messages.map((m) => m.subject)).toEqual(["[qa] Rolled back: hello 1.2.0 → 1.0.0"]);
    expect(comments("PAY-102")).toEqual([expect.stringContaining("hello rolled back to 1.0.0 in qa")]);
    expect(comments("PAY-101")).toEqual([]);

    // The same result told as "failed" opens the failure issue, with the release's failure.
    const failed = await notify("failed", { result: JSON.stringify(releaseResult), tickets: "PAY-102" });
    expect(failed.exitCode).toBe(0);
    expect(failureIssues(jira)).toMatchObject([
      { summary: "Deployment of hello 1.2.0 to qa failed at healthcheck" },
    ]);
  });

  it("warns, and still succeeds, when Slack answers 500 every time", async () => {
    const broken = await startSlackDouble();
    cleanups.push(() => broken.close());
    broken.failNext(1000, { status: 500 });
    const run = await notify("succeeded", {}, broken);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.delivered).toBe("false");
    const slackDelivery = deliveries(run.outputs).find((d) => d.channel === "slack");
    expect(slackDelivery).toMatchObject({ target: "#releases", ok: false, attempts: 4 });
    expect(slackDelivery!.detail).toBe("HTTP 500 rollup_error after 4 attempts");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: "not delivered: slack #releases: HTTP 500 rollup_error after 4 attempts",
      }),
    );
    expect(broken.posts).toEqual([]);
    expect(broken.requests.filter((r) => r.status === 500)).toHaveLength(4);
    // The other channels are told all the same.
    expect(delivered(run.outputs)).toContainEqual(["email", "hello-team@acme.example", true]);
    expect(delivered(run.outputs)).toContainEqual(["jira", "PAY-101", true]);
    expect(run.annotations.filter((a) => a.level === "error")).toEqual([]);
  });

  it("warns, and still succeeds, when its inputs make no sense", async () => {
    const run = await notify("exploded", {});
    const why = 'event must be one of started, succeeded, failed, rolled-back, not "exploded"';
    expect(run.exitCode, why).toBe(0);
    expect(run.outputs.delivered).toBe("false");
    expect(run.outputs.deliveries).toBe("[]");
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: "warning", message: `notify could not run: ${why}` }),
    ]);
    expect(slack.posts).toEqual([]);
    expect(smtp.messages).toEqual([]);
  });

  it("still tells people when the result it was given cannot be read, without the stages", async () => {
    const run = await notify("failed", { result: "{not json" });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: "result is not JSON: pass the release action's result output or toJSON(steps)",
      }),
    );
    expect(run.outputs.delivered).toBe("true");
    expect(blocks().map(header)[0]).toContain("failed in qa");
  });
});
