import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackDouble, startSlackDouble } from "../../../test/doubles/slack/slack-double.ts";
import { deliverAll } from "../src/deliver.ts";
import { slackMessage } from "../src/slack/message.ts";
import { slackNotifier } from "../src/slack/notifier.ts";
import { failedNotice, notice, recordingSleep, SHA } from "./notices.ts";

let slack: SlackDouble;

beforeEach(async () => {
  slack = await startSlackDouble();
});

afterEach(async () => {
  await slack.close();
});

type Block = { type: string; text?: { type: string; text: string }; fields?: { text: string }[] } & Record<
  string,
  unknown
>;

const blocksOf = (body: Record<string, unknown>) => body.blocks as Block[];
const sectionTexts = (blocks: Block[]) =>
  blocks.filter((b) => b.type === "section" && b.text).map((b) => b.text?.text ?? "");
const fieldTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.fields ?? []).map((f) => f.text));

describe("a release told on Slack", () => {
  it("posts a Block Kit message to each listed channel through its webhook", async () => {
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys"), "#ops": slack.hook("#ops") },
      jiraUrl: "https://acme.atlassian.net/",
    });
    const n = notice({ recipients: { ...notice().recipients, slack: ["#payments-deploys", "#ops"] } });
    const deliveries = await notifier.notify(n);
    expect(deliveries).toEqual([
      { channel: "slack", target: "#payments-deploys", ok: true, attempts: 1, detail: "delivered" },
      { channel: "slack", target: "#ops", ok: true, attempts: 1, detail: "delivered" },
    ]);
    expect(slack.postsTo("#ops")).toHaveLength(1);
    const body = slack.postsTo("#payments-deploys")[0]?.body ?? {};
    expect(body.text).toBe("✅ payments-api 2.14.3 → 2.15.0 deployed to qa");
    const blocks = blocksOf(body);
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "✅ payments-api 2.14.3 → 2.15.0 deployed to qa", emoji: true },
    });
    expect(fieldTexts(blocks)).toEqual([
      "*Environment*\nqa",
      "*Service*\npayments-api",
      "*Version*\n2.14.3 → 2.15.0",
      "*Pushed by*\nada",
      "*Committer*\nAda Lovelace &lt;ada@acme.example&gt;",
      `*Commit*\n<https://github.com/acme/deploy/commit/${SHA}|${SHA.slice(0, 12)}>`,
      "*Tickets*\n<https://acme.atlassian.net/browse/PAY-142|PAY-142>, <https://acme.atlassian.net/browse/PAY-150|PAY-150>",
    ]);
    expect(sectionTexts(blocks)).toContain("*Plan:* 1 to change; risk: 0 destructive, 1 risky");
    expect(sectionTexts(blocks)).toContain(
      "*Stages*\n✓ *deploy* passed in 12.3s — exited 0\n✓ *healthcheck* passed in 850ms — 2/2 endpoints healthy",
    );
    const actions = blocks.find((b) => b.type === "actions") as unknown as {
      elements: { text: { text: string }; url: string }[];
    };
    expect(actions.elements.map((e) => [e.text.text, e.url])).toEqual([
      ["Commit", `https://github.com/acme/deploy/commit/${SHA}`],
      ["Workflow run", "https://github.com/acme/deploy/actions/runs/42"],
    ]);
  });

  it("names tickets as plain keys without a JIRA URL, and leaves out buttons it has no URL for", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    await notifier.notify(notice({ event: "started", stages: [], runUrl: undefined, commit: { sha: SHA } }));
    const blocks = blocksOf(slack.posts[0]?.body ?? {});
    expect(blocks[0]?.text?.text).toBe("🚀 payments-api 2.14.3 → 2.15.0 deploying to qa");
    expect(fieldTexts(blocks)).toContain("*Tickets*\nPAY-142, PAY-150");
    expect(fieldTexts(blocks)).toContain(`*Commit*\n\`${SHA.slice(0, 12)}\``);
    expect(blocks.some((b) => b.type === "actions")).toBe(false);
    expect(sectionTexts(blocks).some((t) => t.startsWith("*Stages*"))).toBe(false);
  });

  it("tells where a release failed, why, and how its log ended", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    await notifier.notify(failedNotice());
    const body = slack.posts[0]?.body ?? {};
    expect(body.text).toBe("❌ payments-api 2.14.3 → 2.15.0 failed in qa — failed at smoke");
    const texts = sectionTexts(blocksOf(body));
    expect(texts).toContain("*Failed at smoke*: 12 tests, 2 failed");
    expect(texts).toContain("```\nGET /health 200\nPOST /pay 500\nexpected 201, got 500\n```");
    expect(texts.find((t) => t.startsWith("*Stages*"))).toContain(
      "✗ *smoke* failed in 4.1s — 12 tests, 2 failed",
    );
  });

  it("tells what a rollback restored and whether it is healthy", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    await notifier.notify(
      notice({
        event: "rolled-back",
        rollback: { version: "2.14.3", ok: true, reason: "2/2 endpoints healthy" },
      }),
    );
    await notifier.notify(
      notice({ event: "rolled-back", rollback: { version: "2.14.3", ok: false, reason: "503" } }),
    );
    const [healthy, sick] = slack.posts.map((p) => blocksOf(p.body));
    expect(healthy?.[0]?.text?.text).toBe("↩️ payments-api 2.15.0 rolled back to 2.14.3 in qa");
    expect(sectionTexts(healthy ?? [])).toContain(
      "✅ *Rolled back:* restored 2.14.3, healthy: 2/2 endpoints healthy",
    );
    expect(sectionTexts(sick ?? [])).toContain("⚠️ *Rolled back:* restored 2.14.3, NOT healthy: 503");
  });

  it("escapes Slack's control characters in every untrusted value", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    await notifier.notify(
      failedNotice({
        service: "<!channel> & <https://evil.test|click>",
        pusher: "<@U123>",
        tickets: ["<!here>"],
        failure: {
          stage: "smoke <b>",
          reason: "expected <div> & got </div>",
          log: "<script>alert(1)</script>\n```\nbreak out of the block\n```",
        },
      }),
    );
    expect(slack.posts).toHaveLength(1);
    const body = slack.posts[0]?.body ?? {};
    const blocks = blocksOf(body);
    const mrkdwn = [body.text as string, ...fieldTexts(blocks), ...sectionTexts(blocks)].join("\n");
    expect(mrkdwn).toContain("&lt;!channel&gt; &amp; &lt;https://evil.test|click&gt;");
    expect(mrkdwn).toContain("&lt;@U123&gt;");
    expect(mrkdwn).toContain("&lt;!here&gt;");
    expect(mrkdwn).toContain("*Failed at smoke &lt;b&gt;*: expected &lt;div&gt; &amp; got &lt;/div&gt;");
    expect(mrkdwn).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mrkdwn).not.toMatch(/<!|<@|<script|<https:\/\/evil/);
    // The log cannot close its code block early.
    const log = sectionTexts(blocks).find((t) => t.startsWith("```")) ?? "";
    expect(log.slice(3, -3)).not.toContain("```");
    // Untrusted text is sent verbatim: no auto-linked channels or mentions.
    for (const b of blocks.filter((b) => b.type === "section")) {
      for (const t of [b.text, ...(b.fields ?? [])].filter(Boolean))
        expect(t).toMatchObject({ verbatim: true });
    }
  });

  it("keeps huge values within Block Kit's limits, so Slack accepts the message", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    const huge = failedNotice({
      service: `svc-${"x".repeat(400)}`,
      plan: "p&".repeat(4000),
      tickets: Array.from({ length: 400 }, (_, i) => `PAY-${i}`),
      stages: Array.from({ length: 120 }, (_, i) => ({
        stage: `stage-${i}`,
        outcome: "passed" as const,
        durationMs: i,
        reason: "<".repeat(400),
      })),
      failure: { stage: "smoke", reason: "&".repeat(5000), log: `${"<>&".repeat(3000)}\n`.repeat(50) },
    });
    const [delivery] = await notifier.notify(huge);
    expect(delivery).toMatchObject({ ok: true, detail: "delivered" });
    const blocks = blocksOf(slack.posts[0]?.body ?? {});
    expect((blocks[0]?.text?.text ?? "").length).toBeLessThanOrEqual(150);
    for (const t of sectionTexts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    for (const t of fieldTexts(blocks)) expect(t.length).toBeLessThanOrEqual(2000);
    expect(fieldTexts(blocks).find((t) => t.startsWith("*Tickets*"))).toMatch(/and \d+ more$/);
    expect(sectionTexts(blocks).find((t) => t.startsWith("*Stages*"))).toMatch(/… and \d+ more$/);
    // Cutting never splits an entity.
    expect(sectionTexts(blocks).join("\n")).not.toMatch(/&(?:a|am|l|g|amp|lt|gt)?(?![a-z;])/);
  });

  it("builds the same message without sending it (for previews)", () => {
    const message = slackMessage(notice());
    expect(message.text).toBe("✅ payments-api 2.14.3 → 2.15.0 deployed to qa");
    expect(message.blocks[0]?.type).toBe("header");
  });
});

describe("channels and webhooks", () => {
  it("reports a listed channel with no webhook instead of dropping it, and still posts to the rest", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    const deliveries = await notifier.notify(
      notice({ recipients: { ...notice().recipients, slack: ["#payments-deploys", "#nowhere"] } }),
    );
    expect(deliveries).toEqual([
      { channel: "slack", target: "#payments-deploys", ok: true, attempts: 1, detail: "delivered" },
      {
        channel: "slack",
        target: "#nowhere",
        ok: false,
        attempts: 0,
        detail: "no webhook configured for #nowhere",
      },
    ]);
  });

  it("finds a webhook whether the channel is written with # or not, and posts once per channel", async () => {
    const notifier = slackNotifier({ channels: { "payments-deploys": slack.hook("#payments-deploys") } });
    const deliveries = await notifier.notify(
      notice({ recipients: { ...notice().recipients, slack: ["#payments-deploys", "Payments-Deploys"] } }),
    );
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ ok: true, target: "#payments-deploys" });
    expect(slack.posts).toHaveLength(1);
  });

  it("tells nobody, and sends nothing, when the notice lists no channel", async () => {
    const notifier = slackNotifier({ channels: { "#ops": slack.hook("#ops") } });
    expect(await notifier.notify(notice({ recipients: { ...notice().recipients, slack: [] } }))).toEqual([]);
    expect(slack.requests).toHaveLength(0);
  });

  it("refuses a webhook that is not an http(s) URL without sending anything", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": "not a url" } });
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toMatchObject({ ok: false, attempts: 0 });
    expect(delivery?.detail).toBe("the webhook configured for #payments-deploys is not an http(s) URL");
  });

  it("sends nothing once the release's signal is aborted", async () => {
    const notifier = slackNotifier({ channels: { "#payments-deploys": slack.hook("#payments-deploys") } });
    const [delivery] = await notifier.notify(notice(), AbortSignal.abort());
    expect(delivery).toMatchObject({ ok: false, attempts: 0, detail: "aborted before sending" });
    expect(slack.requests).toHaveLength(0);
  });
});

describe("when Slack says no", () => {
  it("waits what Retry-After asks after a 429, then delivers once", async () => {
    const { sleep, waits } = recordingSleep();
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys") },
      retry: { sleep },
    });
    slack.failNext(1, { status: 429, retryAfter: 1 });
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toEqual({
      channel: "slack",
      target: "#payments-deploys",
      ok: true,
      attempts: 2,
      detail: "delivered",
    });
    expect(slack.posts).toHaveLength(1);
    expect(slack.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
  });

  it("waits what each channel's own 429 asks when channels are posted to at the same time", async () => {
    const { sleep, waits } = recordingSleep();
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys"), "#ops": slack.hook("#ops") },
      retry: { sleep },
    });
    slack.failNext(1, { status: 429, retryAfter: 3 }, "#payments-deploys");
    slack.failNext(1, { status: 429, retryAfter: 2 }, "#ops");
    const deliveries = await notifier.notify(
      notice({ recipients: { ...notice().recipients, slack: ["#payments-deploys", "#ops"] } }),
    );
    expect(deliveries.map((d) => [d.target, d.ok, d.attempts])).toEqual([
      ["#payments-deploys", true, 2],
      ["#ops", true, 2],
    ]);
    expect([...waits].sort()).toEqual([2000, 3000]);
  });

  it("gives up on a 429 whose Retry-After is longer than the retry limit", async () => {
    const { sleep, waits } = recordingSleep();
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys") },
      retry: { sleep, maxMs: 5_000 },
    });
    slack.failNext(1, { status: 429, retryAfter: 600 });
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toMatchObject({ ok: false, attempts: 1 });
    expect(delivery?.detail).toBe("HTTP 429 rate_limited: Retry-After 600 s is longer than the retry limit");
    expect(waits).toEqual([]);
  });

  it("retries a 500 with backoff and reports it after the last attempt, without throwing", async () => {
    const { sleep, waits } = recordingSleep();
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys") },
      retry: { sleep, attempts: 4, baseMs: 100 },
    });
    slack.failNext(100, { status: 500 });
    const deliveries = await deliverAll([notifier], notice());
    expect(deliveries).toEqual([
      {
        channel: "slack",
        target: "#payments-deploys",
        ok: false,
        attempts: 4,
        detail: "HTTP 500 rollup_error after 4 attempts",
      },
    ]);
    expect(waits).toEqual([100, 200, 400]);
    expect(slack.requests).toHaveLength(4);
    expect(slack.posts).toHaveLength(0);
  });

  it.each([
    [{ status: 404, error: "channel_not_found" } as const, "HTTP 404 channel_not_found"],
    [{ status: 400, error: "invalid_payload" } as const, "HTTP 400 invalid_payload"],
    [{ status: 403, error: "action_prohibited" } as const, "HTTP 403 action_prohibited"],
    [{ status: 410, error: "channel_is_archived" } as const, "HTTP 410 channel_is_archived"],
  ])("does not retry %j", async (fault, detail) => {
    const { sleep, waits } = recordingSleep();
    const notifier = slackNotifier({
      channels: { "#payments-deploys": slack.hook("#payments-deploys") },
      retry: { sleep },
    });
    slack.failNext(1, fault);
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toMatchObject({ ok: false, attempts: 1, detail });
    expect(slack.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("reports an archived channel and a revoked hook as Slack words them", async () => {
    const notifier = slackNotifier({
      channels: { "#old": slack.hook("#old"), "#revoked": slack.hook("#revoked") },
    });
    slack.archive("#old");
    slack.revoke("#revoked");
    const deliveries = await notifier.notify(
      notice({ recipients: { ...notice().recipients, slack: ["#old", "#revoked"] } }),
    );
    expect(deliveries.map((d) => d.detail)).toEqual(["HTTP 410 channel_is_archived", "HTTP 404 no_service"]);
  });
});

describe("when Slack cannot be reached", () => {
  let silent: Server | undefined;

  afterEach(async () => {
    if (silent) {
      silent.closeAllConnections();
      await new Promise((resolve) => silent?.close(resolve));
      silent = undefined;
    }
  });

  it("retries a refused connection, then reports it without the webhook URL", async () => {
    const url = slack.hook("#payments-deploys");
    await slack.close();
    const { sleep } = recordingSleep();
    const notifier = slackNotifier({ channels: { "#payments-deploys": url }, retry: { sleep, attempts: 3 } });
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toMatchObject({ ok: false, attempts: 3 });
    expect(delivery?.detail).toMatch(
      /^network error: connect ECONNREFUSED 127\.0\.0\.1:\d+ after 3 attempts$/,
    );
    expect(JSON.stringify(delivery)).not.toContain(new URL(url).pathname);
    slack = await startSlackDouble(); // for afterEach
  });

  it("gives up on a webhook that never answers after the timeout, without retrying", async () => {
    silent = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => silent?.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/services/T0001/B0001/secretsecretsecret`;
    const notifier = slackNotifier({ channels: { "#payments-deploys": url }, timeoutMs: 200 });
    const [delivery] = await notifier.notify(notice());
    expect(delivery).toEqual({
      channel: "slack",
      target: "#payments-deploys",
      ok: false,
      attempts: 1,
      detail: "timed out after 200 ms",
    });
  });
});
