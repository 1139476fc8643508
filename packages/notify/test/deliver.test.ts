import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type SlackDouble, startSlackDouble } from "../../../test/doubles/slack/slack-double.ts";
import { type SmtpSink, startSmtpSink } from "../../../test/doubles/smtp/smtp-sink.ts";
import { consoleNotifier } from "../src/console/notifier.ts";
import { deliverAll } from "../src/deliver.ts";
import { scrubSecrets } from "../src/detail.ts";
import { emailNotifier } from "../src/email/notifier.ts";
import type { Delivery, Notifier } from "../src/notice.ts";
import { slackNotifier } from "../src/slack/notifier.ts";
import { summaryNotifier } from "../src/summary/notifier.ts";
import { notice, recordingSleep } from "./notices.ts";

const fixed = (channel: string, deliveries: Delivery[]): Notifier => ({
  channel,
  notify: async () => deliveries,
});

describe("deliverAll", () => {
  it("asks every notifier and returns their deliveries in the order of the notifiers", async () => {
    const lines: string[] = [];
    const markdown: string[] = [];
    const deliveries = await deliverAll(
      [consoleNotifier((l) => lines.push(l)), summaryNotifier((m) => void markdown.push(m))],
      notice(),
    );
    expect(deliveries.map((d) => [d.channel, d.ok])).toEqual([
      ["console", true],
      ["summary", true],
    ]);
    expect(lines).toHaveLength(1);
    expect(markdown).toHaveLength(1);
  });

  it("runs the notifiers at the same time", async () => {
    let inFlight = 0;
    let most = 0;
    const slow = (channel: string): Notifier => ({
      channel,
      notify: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return [{ channel, target: channel, ok: true, attempts: 1, detail: "delivered" }];
      },
    });
    await deliverAll([slow("a"), slow("b"), slow("c")], notice());
    expect(most).toBe(3);
  });

  it("turns a notifier that throws into a failed delivery, scrubbed, and never throws itself", async () => {
    const hook = "https://hooks.slack.com/services/T0001/B0001/abcdefabcdefabcdef";
    const throwing: Notifier = {
      channel: "jira",
      notify: async () => {
        throw new Error(`request to ${hook} failed\nwith token tok-123 and\u001b[31m colour`);
      },
    };
    const rejectsWithNothing: Notifier = {
      channel: "odd",
      notify: () => Promise.reject(undefined),
    };
    const deliveries = await deliverAll([throwing, rejectsWithNothing, fixed("ok", [])], notice(), {
      secrets: ["tok-123"],
    });
    expect(deliveries).toEqual([
      {
        channel: "jira",
        target: "jira",
        ok: false,
        attempts: 0,
        detail: "notifier failed: request to *** failed with token *** and [31m colour",
      },
      { channel: "odd", target: "odd", ok: false, attempts: 0, detail: "notifier failed: unknown error" },
    ]);
  });

  it("scrubs a long error message before cutting it, so no half of a secret is left", async () => {
    const secret = "tok-0123456789abcdef0123456789";
    const throwing: Notifier = {
      channel: "jira",
      notify: async () => {
        throw new Error(`${"x".repeat(270)}${secret} and more`);
      },
    };
    const [delivery] = await deliverAll([throwing], notice(), { secrets: [secret] });
    expect(delivery?.detail).toBe(`notifier failed: ${"x".repeat(270)}*** and more`);
    expect(delivery?.detail).not.toContain("tok-");
  });

  it("reports each delivery as it is known, and shrugs off a callback that throws", async () => {
    const seen: string[] = [];
    const deliveries = await deliverAll(
      [
        fixed("a", [{ channel: "a", target: "1", ok: true, attempts: 1, detail: "delivered" }]),
        fixed("b", [{ channel: "b", target: "2", ok: false, attempts: 1, detail: "secret-value leaked" }]),
      ],
      notice(),
      {
        secrets: ["secret-value"],
        onDelivery: (d) => {
          seen.push(`${d.channel}:${d.detail}`);
          throw new Error("progress display broke");
        },
      },
    );
    expect(seen.sort()).toEqual(["a:delivered", "b:*** leaked"]);
    expect(deliveries[1]?.detail).toBe("*** leaked");
  });
});

describe("scrubSecrets", () => {
  it("replaces every secret value, and its URL-encoded form, longest first", () => {
    expect(scrubSecrets("pass=p@ss w0rd; enc=p%40ss%20w0rd; short=p@ss", ["p@ss", "p@ss w0rd"])).toBe(
      "pass=***; enc=***; short=***",
    );
  });

  it("replaces Slack webhook URLs and paths even when nobody said they were secret", () => {
    const text =
      "POST https://hooks.slack.com/services/T0AB12CD3/B0EF45GH6/abcdefABCDEF0123456789xy failed; " +
      "proxy saw /services/T0AB12CD3/B0EF45GH6/abcdefABCDEF0123456789xy; trigger https://hooks.slack.com/triggers/T1/2/3";
    expect(scrubSecrets(text, [])).toBe("POST *** failed; proxy saw /***; trigger ***");
  });

  it("ignores empty secrets and leaves other text alone", () => {
    expect(scrubSecrets("nothing to hide", ["", "absent"])).toBe("nothing to hide");
  });
});

describe("secrets never reach a delivery", () => {
  const sinks: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => s.close()));
  });

  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it("not the webhook URLs nor the SMTP password, whatever goes wrong", async () => {
    const slack: SlackDouble = await startSlackDouble();
    const smtp: SmtpSink = await startSmtpSink({ auth: { username: "deploys", password: "smtp-right" } });
    sinks.push(slack, smtp);
    const port = await closedPort();
    const channels = {
      "#ok": slack.hook("#ok"),
      "#down": slack.hook("#down"),
      "#gone": slack.hook("#gone"),
      "#bad": slack.hook("#bad"),
      "#closed": `http://127.0.0.1:${port}/services/T0CLOSED0/B0CLOSED0/closedclosedclosed123456`,
    };
    slack.failNext(100, { status: 500 }, "#down");
    slack.deleteChannel("#gone");
    slack.failNext(1, { status: 400, error: "invalid_payload" }, "#bad");
    const { sleep } = recordingSleep();
    const wrongPassword = "smtp-wrong-Pa55";
    const unreachablePassword = "smtp-unreachable-Pa55";
    const n = notice({
      recipients: {
        emails: ["payments@acme.example"],
        slack: Object.keys(channels),
        maintainer: { email: "g@acme.example" },
      },
    });
    const deliveries = await deliverAll(
      [
        slackNotifier({ channels, retry: { sleep } }),
        emailNotifier({
          host: smtp.host,
          port: smtp.port,
          security: "none",
          from: "deploys@acme.example",
          username: "deploys",
          password: wrongPassword,
          retry: { sleep },
        }),
        emailNotifier({
          host: "127.0.0.1",
          port,
          security: "none",
          from: "deploys@acme.example",
          username: "deploys",
          password: unreachablePassword,
          retry: { sleep },
        }),
      ],
      n,
    );
    expect(deliveries.map((d) => [d.channel, d.target, d.ok])).toEqual([
      ["slack", "#ok", true],
      ["slack", "#down", false],
      ["slack", "#gone", false],
      ["slack", "#bad", false],
      ["slack", "#closed", false],
      ["email", "payments@acme.example", false],
      ["email", "g@acme.example", false],
      ["email", "payments@acme.example", false],
      ["email", "g@acme.example", false],
    ]);
    const json = JSON.stringify(deliveries);
    for (const url of Object.values(channels)) {
      expect(json).not.toContain(url);
      expect(json).not.toContain(new URL(url).pathname);
      expect(json).not.toContain(new URL(url).pathname.split("/").at(-1));
    }
    for (const password of [wrongPassword, unreachablePassword]) {
      expect(json).not.toContain(password);
      expect(json).not.toContain(Buffer.from(password).toString("base64"));
    }
    expect(deliveries.find((d) => d.target === "#closed")?.detail).toMatch(
      /^network error: connect ECONNREFUSED/,
    );
    expect(deliveries[5]?.detail).toMatch(/^authentication failed/);
  });
});
