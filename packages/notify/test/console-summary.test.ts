import { describe, expect, it } from "vitest";
import { consoleLine } from "../src/console/message.ts";
import { consoleNotifier } from "../src/console/notifier.ts";
import { summaryMarkdown } from "../src/summary/message.ts";
import { summaryNotifier } from "../src/summary/notifier.ts";
import { failedNotice, notice, SHA } from "./notices.ts";

describe("the console line", () => {
  it("says the release in one line, with who pushed, the tickets and the run", async () => {
    const lines: string[] = [];
    const deliveries = await consoleNotifier((line) => lines.push(line)).notify(notice());
    expect(lines).toEqual([
      "✅ payments-api 2.14.3 → 2.15.0 deployed to qa · pushed by ada · PAY-142, PAY-150 · run https://github.com/acme/deploy/actions/runs/42",
    ]);
    expect(deliveries).toEqual([
      { channel: "console", target: "console", ok: true, attempts: 1, detail: "delivered" },
    ]);
  });

  it("names the failed stage and the rollback", () => {
    expect(consoleLine(failedNotice({ runUrl: undefined, tickets: [] }))).toBe(
      "❌ payments-api 2.14.3 → 2.15.0 failed in qa · pushed by ada · failed at smoke: 12 tests, 2 failed",
    );
    expect(
      consoleLine(
        notice({
          event: "rolled-back",
          tickets: [],
          runUrl: undefined,
          rollback: { version: "2.14.3", ok: false, reason: "1/2 endpoints healthy" },
        }),
      ),
    ).toBe(
      "↩️ payments-api 2.15.0 rolled back to 2.14.3 in qa · pushed by ada · restored 2.14.3, NOT healthy: 1/2 endpoints healthy",
    );
  });

  it("stays one line whatever the notice holds, so nothing can become a workflow command", () => {
    const line = consoleLine(
      failedNotice({
        service: "api\n::set-env name=X::1\r\n",
        failure: { stage: "smoke\n::error::forged", reason: "\u001b[2Jcleared\u2028next" },
      }),
    );
    for (const c of ["\n", "\r", "\u001b", "\u2028"]) expect(line).not.toContain(c);
    expect(line).toContain("api ::set-env name=X::1 ");
    expect(line.startsWith("::")).toBe(false);
  });

  it("reports a writer that throws as a failed delivery", async () => {
    const [delivery] = await consoleNotifier(() => {
      throw new Error("EPIPE: stdout closed");
    }).notify(notice());
    expect(delivery).toEqual({
      channel: "console",
      target: "console",
      ok: false,
      attempts: 1,
      detail: "write failed: EPIPE: stdout closed",
    });
  });
});

describe("the job summary", () => {
  it("appends a short Markdown block with the facts, stages and links", async () => {
    const appended: string[] = [];
    const deliveries = await summaryNotifier((m) => void appended.push(m), {
      jiraUrl: "https://acme.atlassian.net",
    }).notify(notice());
    expect(deliveries).toEqual([
      { channel: "summary", target: "job summary", ok: true, attempts: 1, detail: "delivered" },
    ]);
    const [md] = appended;
    expect(md).toContain("### ✅ payments-api 2.14.3 → 2.15.0 deployed to qa\n");
    expect(md).toContain("| qa | payments-api | 2.14.3 → 2.15.0 | ada |");
    expect(md).toContain(
      "**Tickets:** [PAY-142](https://acme.atlassian.net/browse/PAY-142), [PAY-150](https://acme.atlassian.net/browse/PAY-150)",
    );
    expect(md).toContain("| ✓ deploy | passed | 12.3s | exited 0 |");
    expect(md).toContain(
      `[Commit](https://github.com/acme/deploy/commit/${SHA}) · [Workflow run](https://github.com/acme/deploy/actions/runs/42)`,
    );
  });

  it("waits for an asynchronous append, and reports one that fails", async () => {
    let written = "";
    const ok = await summaryNotifier(async (m) => {
      await new Promise((resolve) => setImmediate(resolve));
      written = m;
    }).notify(notice());
    expect(ok[0]?.ok).toBe(true);
    expect(written).toContain("deployed to qa");
    const failed = await summaryNotifier(async () => {
      throw new Error("GITHUB_STEP_SUMMARY is not set");
    }).notify(notice());
    expect(failed[0]).toMatchObject({ ok: false, detail: "append failed: GITHUB_STEP_SUMMARY is not set" });
  });

  it("shows a failure's log tail inside <pre>, escaped", () => {
    const md = summaryMarkdown(
      failedNotice({ failure: { stage: "smoke", reason: "boom", log: "ok\n\n<script>alert(1)</script>\n" } }),
    );
    expect(md).toContain("**Failed at** smoke: boom");
    expect(md).toContain("<pre>ok\n\n&lt;script&gt;alert(1)&lt;/script&gt;</pre>");
  });

  it("lets no untrusted HTML or Markdown through", () => {
    const md = summaryMarkdown(
      failedNotice({
        service: "<img src=x onerror=alert(1)>",
        pusher: "[click](https://evil.test) | x",
        plan: "**bold** `code` <b>",
        tickets: ["<b>PAY-1</b>"],
        commit: { sha: SHA, url: "javascript:alert(1)" },
        runUrl: "https://ok.test/run?a=1&b=(2)",
        failure: {
          stage: "<i>smoke</i>",
          reason: "</details><script>x</script>",
          log: "</pre><script>y</script>",
        },
      }),
    );
    expect(md).not.toMatch(/<(?!br>|details>|\/details>|summary>|\/summary>|pre>|\/pre>)[a-z/!]/i);
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("\\[click\\](https://evil.test) \\| x");
    expect(md).toContain("\\*\\*bold\\*\\* \\`code\\` &lt;b&gt;");
    expect(md).not.toContain("javascript:");
    expect(md).toContain("[Workflow run](https://ok.test/run?a=1&amp;b=%282%29)");
  });
});
