import { describe, expect, it } from "vitest";
import {
  clean,
  durationText,
  headline,
  httpUrl,
  logTail,
  subjectLine,
  ticketRefs,
  truncate,
  versionText,
} from "../src/messages.ts";
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

  it("writes durations people read", () => {
    expect([0, 850, 12_300, 60_000, 125_000, -1].map(durationText)).toEqual([
      "0 ms",
      "850 ms",
      "12.3 s",
      "1 min",
      "2 min 5 s",
      "?",
    ]);
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

  it("makes untrusted text one line, without terminal escapes or bidi overrides", () => {
    expect(clean("a\nb\r\n\tc\u001b[31m d\u202ee\u2066f")).toBe("a b c [31m d e f");
  });

  it("cuts without splitting a character", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("ab😀😀", 4)).toBe("ab…");
  });

  it("keeps the end of a log, without colour codes", () => {
    const log = Array.from({ length: 30 }, (_, i) => `\u001b[32mline ${i + 1}\u001b[0m`).join("\r\n");
    const tail = logTail(log, 3);
    expect(tail).toBe("…\nline 28\nline 29\nline 30");
    expect(logTail("x".repeat(50), 10, 10)).toBe(`…\n${"x".repeat(10)}`);
    expect(logTail("short\n")).toBe("short");
  });
});
