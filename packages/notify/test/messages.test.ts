import { describe, expect, it } from "vitest";
import { emailHtml, emailText } from "../src/email/message.ts";
import { releaseComment } from "../src/jira/message.ts";
import { headline, httpUrl, logTail, subjectLine, ticketRefs, versionText } from "../src/messages.ts";
import { slackMessage } from "../src/slack/message.ts";
import { summaryMarkdown } from "../src/summary/message.ts";
import { notice } from "./notices.ts";

describe("shared wording", () => {
  it("writes versions as from → to, and says when a service is new or removed", () => {
    expect(versionText({ from: "1.2.0", to: "1.3.0" })).toBe("1.2.0 → 1.3.0");
    expect(versionText({ to: "1.3.0" })).toBe("1.3.0 (new)");
    expect(versionText({ from: "1.2.0" })).toBe("1.2.0 → removed");
    expect(versionText({ from: "1.3.0", to: "1.3.0" })).toBe("1.3.0");
    expect(versionText({})).toBe("unversioned");
  });

  it("titles each event, and subjects each mail", () => {
    const rollback = { version: "2.14.3", ok: true, reason: "healthy" };
    expect(
      (["started", "succeeded", "failed", "rolled-back"] as const).map((event) =>
        headline(notice({ event, rollback })),
      ),
    ).toEqual([
      "payments-api 2.14.3 → 2.15.0 deploying to qa",
      "payments-api 2.14.3 → 2.15.0 deployed to qa",
      "payments-api 2.14.3 → 2.15.0 failed in qa",
      "payments-api 2.15.0 rolled back to 2.14.3 in qa",
    ]);
    expect(
      (["started", "succeeded", "failed", "rolled-back"] as const).map((event) =>
        subjectLine(notice({ event, rollback })),
      ),
    ).toEqual([
      "[qa] payments-api 2.15.0 deploying",
      "[qa] payments-api 2.15.0 deployed",
      "[qa] FAILED: payments-api 2.15.0",
      "[qa] Rolled back: payments-api 2.15.0 → 2.14.3",
    ]);
  });

  it("writes a stage's duration the same way in every channel (@gitops/text's formatDuration)", () => {
    const n = notice({
      stages: [{ stage: "regression", outcome: "passed", durationMs: 125_000, reason: "ok" }],
    });
    const messages = [
      JSON.stringify(slackMessage(n)),
      emailText(n),
      emailHtml(n),
      summaryMarkdown(n),
      JSON.stringify(releaseComment(n)),
    ];
    for (const message of messages) {
      expect(message).toContain("2m 5s");
      expect(message).not.toContain("2 min");
    }
  });

  it("links tickets under the JIRA URL, once each", () => {
    expect(ticketRefs(["PAY-1", "pay-1", " PAY-2 "], "https://acme.atlassian.net/")).toEqual([
      { key: "PAY-1", url: "https://acme.atlassian.net/browse/PAY-1" },
      { key: "PAY-2", url: "https://acme.atlassian.net/browse/PAY-2" },
    ]);
    expect(ticketRefs(["PAY-1"], "javascript:alert(1)")).toEqual([{ key: "PAY-1" }]);
  });

  it("accepts only http(s) URLs", () => {
    expect(httpUrl("https://github.com/acme/deploy")).toBe("https://github.com/acme/deploy");
    expect(httpUrl("javascript:alert(1)")).toBeUndefined();
    expect(httpUrl("mailto:x@y.z")).toBeUndefined();
    expect(httpUrl("not a url")).toBeUndefined();
    expect(httpUrl(undefined)).toBeUndefined();
  });

  it("puts untrusted values on one line, without terminal escapes or bidi overrides", () => {
    const n = notice({
      service: "api\n::error::x",
      environment: "q\u202ea\u001b[31m",
      version: { to: "1.0\r\n" },
    });
    expect(headline(n)).toBe("api ::error::x 1.0 (new) deployed to q a [31m");
    expect(subjectLine(n)).toBe("[q a [31m] api ::error::x 1.0 deployed");
  });

  it("keeps the end of a log, without colour codes", () => {
    const log = Array.from({ length: 30 }, (_, i) => `\u001b[32mline ${i + 1}\u001b[0m`).join("\r\n");
    const tail = logTail(log, 3);
    expect(tail).toBe("…\nline 28\nline 29\nline 30");
    expect(logTail("x".repeat(50), 10, 10)).toBe(`…\n${"x".repeat(10)}`);
    expect(logTail("short\n")).toBe("short");
  });
});
