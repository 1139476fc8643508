import { IncomingWebhook, type IncomingWebhookSendArguments } from "@slack/webhook";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackDouble, type SlackFault, startSlackDouble } from "./slack-double.ts";

type Blocks = NonNullable<IncomingWebhookSendArguments["blocks"]>;

let slack: SlackDouble;

beforeEach(async () => {
  slack = await startSlackDouble();
});

afterEach(async () => {
  await slack.close();
});

/** Sends through the real client and returns what it threw (IncomingWebhook's HTTP error). */
async function refusal(url: string, message: IncomingWebhookSendArguments | string) {
  try {
    await new IncomingWebhook(url).send(message);
  } catch (error) {
    return error as { code: string; statusCode?: number; body?: string };
  }
  throw new Error("expected the webhook to refuse the message");
}

const plain = (text: string) => ({ type: "plain_text" as const, text });
const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

describe("posting to a webhook", () => {
  it("answers 200 ok as text/html and records the post under the hook's channel", async () => {
    const url = slack.hook("#payments-deploys");
    const result = await new IncomingWebhook(url).send({ text: "Deployed payments-api 2.15.0" });
    expect(result.text).toBe("ok");
    expect(slack.posts).toHaveLength(1);
    const [post] = slack.posts;
    expect(post?.channel).toBe("#payments-deploys");
    expect(post?.body).toEqual({ text: "Deployed payments-api 2.15.0" });
    expect(post?.headers["content-type"]).toBe("application/json");
    expect(post?.headers["user-agent"]).toMatch(/@slack:webhook/);
    expect(slack.requests[0]).toMatchObject({ method: "POST", status: 200, answer: "ok" });
  });

  it("gives hook URLs Slack's shape, stable per name, and postsTo finds a channel with or without #", async () => {
    const url = slack.hook("#ops");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[a-z0-9]{24}$/);
    expect(slack.url("#ops")).toBe(url);
    expect(slack.url("#other")).not.toBe(url);
    await new IncomingWebhook(url).send("hello");
    expect(slack.postsTo("ops")).toHaveLength(1);
    expect(slack.postsTo("#OPS")).toHaveLength(1);
    expect(slack.postsTo("#payments")).toHaveLength(0);
  });

  it("accepts a Block Kit message with header, section fields, context and url buttons", async () => {
    const url = slack.hook("#deploys");
    const blocks: Blocks = [
      { type: "header", text: { ...plain("✅ payments-api deployed to qa"), emoji: true } },
      { type: "section", fields: [mrkdwn("*Environment*\nqa"), mrkdwn("*Service*\npayments-api")] },
      { type: "section", text: { ...mrkdwn("*Plan:* 1 to change"), verbatim: true } },
      { type: "context", elements: [mrkdwn("pushed by ada")] },
      { type: "divider" },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: plain("Commit"),
            url: "https://github.com/acme/deploy/commit/abc",
            action_id: "c",
          },
          {
            type: "button",
            text: plain("Workflow run"),
            url: "https://github.com/acme/deploy/actions/runs/1",
          },
        ],
      },
    ];
    await new IncomingWebhook(url).send({ text: "fallback", blocks });
    expect(slack.posts[0]?.body.blocks).toEqual(blocks);
  });

  it("takes a form body with payload=<json>, as Slack does", async () => {
    const url = slack.hook("#deploys");
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ payload: JSON.stringify({ text: "from a form" }) }).toString(),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
    expect(slack.posts[0]?.body).toEqual({ text: "from a form" });
  });
});

describe("refusing like Slack", () => {
  it("answers 404 no_service for a path no hook has, and for a revoked hook", async () => {
    const unknown = await refusal(slack.url("#never-registered"), "hi");
    expect(unknown).toMatchObject({ code: "slack_webhook_http_error", statusCode: 404, body: "no_service" });
    const url = slack.hook("#ops");
    slack.revoke("#ops");
    expect(await refusal(url, "hi")).toMatchObject({ statusCode: 404, body: "no_service" });
    expect(slack.posts).toHaveLength(0);
  });

  it("answers 400 no_text when there is neither text nor blocks", async () => {
    const url = slack.hook("#ops");
    expect(await refusal(url, {})).toMatchObject({ statusCode: 400, body: "no_text" });
    expect(await refusal(url, { text: "   " })).toMatchObject({ statusCode: 400, body: "no_text" });
  });

  it("answers 400 invalid_payload for a body that is not a JSON object", async () => {
    const url = slack.hook("#ops");
    for (const [type, body] of [
      ["application/json", "{not json"],
      ["application/json", "[1,2]"],
      ["text/plain", JSON.stringify({ text: "hi" })],
      ["application/x-www-form-urlencoded", "text=hi"],
    ] as const) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": type }, body });
      expect(response.status, `${type} ${body}`).toBe(400);
      expect(await response.text()).toBe("invalid_payload");
    }
    expect(slack.posts).toHaveLength(0);
  });

  it("answers 405 to anything but POST", async () => {
    const response = await fetch(slack.hook("#ops"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  const long = (n: number) => "x".repeat(n);
  const button = (extra: object = {}) => ({ type: "button", text: plain("Open"), ...extra });
  const invalid: [string, unknown[]][] = [
    ["51 blocks", Array.from({ length: 51 }, () => ({ type: "divider" }))],
    ["an unknown block type", [{ type: "banner", text: plain("hi") }]],
    ["a header over 150 characters", [{ type: "header", text: plain(long(151)) }]],
    ["a header in mrkdwn", [{ type: "header", text: mrkdwn("*hi*") }]],
    ["a header without text", [{ type: "header" }]],
    ["section text over 3000 characters", [{ type: "section", text: mrkdwn(long(3001)) }]],
    ["a section with neither text nor fields", [{ type: "section" }]],
    ["11 section fields", [{ type: "section", fields: Array.from({ length: 11 }, () => mrkdwn("f")) }]],
    ["a field over 2000 characters", [{ type: "section", fields: [mrkdwn(long(2001))] }]],
    ["an empty text", [{ type: "section", text: mrkdwn("") }]],
    ["a text object of an unknown type", [{ type: "section", text: { type: "markdown", text: "hi" } }]],
    ["emoji on mrkdwn", [{ type: "section", text: { ...mrkdwn("hi"), emoji: true } }]],
    ["11 context elements", [{ type: "context", elements: Array.from({ length: 11 }, () => mrkdwn("c")) }]],
    ["an empty actions block", [{ type: "actions", elements: [] }]],
    [
      "a button url over 3000 characters",
      [{ type: "actions", elements: [button({ url: `https://x.test/${long(3000)}` })] }],
    ],
    [
      "a button that is not http(s)",
      [{ type: "actions", elements: [button({ url: "javascript:alert(1)" })] }],
    ],
    [
      "a button label over 75 characters",
      [{ type: "actions", elements: [{ type: "button", text: plain(long(76)) }] }],
    ],
    [
      "a duplicate action_id",
      [{ type: "actions", elements: [button({ action_id: "a" }), button({ action_id: "a" })] }],
    ],
    [
      "a duplicate block_id",
      [
        { type: "divider", block_id: "b" },
        { type: "divider", block_id: "b" },
      ],
    ],
  ];

  it.each(invalid)("answers 400 invalid_payload for %s", async (_what, blocks) => {
    const url = slack.hook("#ops");
    const error = await refusal(url, { text: "fallback", blocks: blocks as Blocks });
    expect(error).toMatchObject({ statusCode: 400, body: "invalid_payload" });
    expect(slack.requests.at(-1)?.reason).toBeTruthy();
    expect(slack.posts).toHaveLength(0);
  });

  it("accepts everything right at the limits", async () => {
    const url = slack.hook("#ops");
    const blocks = [
      { type: "header", text: plain(long(150)) },
      { type: "section", text: mrkdwn(long(3000)) },
      { type: "section", fields: Array.from({ length: 10 }, () => mrkdwn(long(2000))) },
      { type: "context", elements: Array.from({ length: 10 }, () => mrkdwn("c")) },
      { type: "actions", elements: [button({ url: `https://x.test/${long(3000 - 15)}` })] },
      ...Array.from({ length: 45 }, () => ({ type: "divider" })),
    ];
    expect(blocks).toHaveLength(50);
    await new IncomingWebhook(url).send({ text: "fallback", blocks: blocks as Blocks });
    expect(slack.posts).toHaveLength(1);
  });

  it("answers 410 channel_is_archived and 404 channel_not_found for archived and deleted channels", async () => {
    const archived = slack.hook("#old-deploys");
    const deleted = slack.hook("#gone");
    slack.archive("#old-deploys");
    slack.deleteChannel("gone");
    expect(await refusal(archived, "hi")).toMatchObject({ statusCode: 410, body: "channel_is_archived" });
    expect(await refusal(deleted, "hi")).toMatchObject({ statusCode: 404, body: "channel_not_found" });
  });
});

describe("injected faults", () => {
  const faults: [SlackFault, number, string][] = [
    [{ status: 429, retryAfter: 3 }, 429, "rate_limited"],
    [{ status: 500 }, 500, "rollup_error"],
    [{ status: 400, error: "invalid_payload" }, 400, "invalid_payload"],
    [{ status: 400, error: "no_text" }, 400, "no_text"],
    [{ status: 404, error: "channel_not_found" }, 404, "channel_not_found"],
    [{ status: 404, error: "no_service" }, 404, "no_service"],
    [{ status: 403, error: "action_prohibited" }, 403, "action_prohibited"],
    [{ status: 410, error: "channel_is_archived" }, 410, "channel_is_archived"],
  ];

  it.each(faults)("failNext(%j) answers %i %s, once, then posts again", async (fault, status, body) => {
    const url = slack.hook("#ops");
    slack.failNext(1, fault);
    expect(await refusal(url, "first")).toMatchObject({ statusCode: status, body });
    await new IncomingWebhook(url).send("second");
    expect(slack.posts.map((p) => p.body.text)).toEqual(["second"]);
    expect(slack.requests.map((r) => r.status)).toEqual([status, 200]);
  });

  it("sends Retry-After with a 429 (default 1 s)", async () => {
    const url = slack.hook("#ops");
    slack.failNext(1, { status: 429, retryAfter: 7 });
    slack.failNext(1, { status: 429 });
    const first = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const second = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect([first.status, first.headers.get("retry-after")]).toEqual([429, "7"]);
    expect([second.status, second.headers.get("retry-after")]).toEqual([429, "1"]);
  });

  it("counts only requests to the matching channel's hooks", async () => {
    const ops = slack.hook("#ops");
    const payments = slack.hook("#payments");
    slack.failNext(2, { status: 500 }, "#payments");
    await new IncomingWebhook(ops).send("ops is fine");
    expect(await refusal(payments, "1")).toMatchObject({ statusCode: 500 });
    expect(await refusal(payments, "2")).toMatchObject({ statusCode: 500 });
    await new IncomingWebhook(payments).send("3");
    expect(slack.postsTo("#ops")).toHaveLength(1);
    expect(slack.postsTo("#payments").map((p) => p.body.text)).toEqual(["3"]);
  });

  it("rejects a non-positive count", () => {
    expect(() => slack.failNext(0, { status: 500 })).toThrow(/positive integer/);
  });
});
