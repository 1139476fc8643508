import { createServer } from "node:net";
import type { AddressObject } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from "../../../test/doubles/smtp/smtp-sink.ts";
import { type EmailOptions, emailNotifier } from "../src/email/notifier.ts";
import { recipientsOf } from "../src/email/recipients.ts";
import { failedNotice, notice, recordingSleep, SHA } from "./notices.ts";

const sinks: SmtpSink[] = [];

afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function sink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const started = await startSmtpSink(options);
  sinks.push(started);
  return started;
}

function mailer(at: SmtpSink, options: Partial<EmailOptions> = {}) {
  return emailNotifier({
    host: at.host,
    port: at.port,
    security: "none",
    from: "gitops <deploys@acme.example>",
    ...options,
  });
}

const addresses = (value: unknown) =>
  ((Array.isArray(value) ? value : [value]) as AddressObject[]).flatMap((a) => a.value.map((v) => v.address));

describe("a release told by e-mail", () => {
  it("sends one message to the descriptor's addresses, the maintainer and `always`, once each", async () => {
    const smtp = await sink();
    const notifier = mailer(smtp, { always: ["Ops@Acme.example", "grace@ACME.example"] });
    const n = notice({
      recipients: { ...notice().recipients, emails: ["payments@acme.example", "ops@acme.example"] },
    });
    const deliveries = await notifier.notify(n);
    expect(deliveries).toEqual(
      ["payments@acme.example", "ops@acme.example", "grace@acme.example"].map((target) => ({
        channel: "email",
        target,
        ok: true,
        attempts: 1,
        detail: "delivered",
      })),
    );
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.envelope).toEqual({
      from: "deploys@acme.example",
      to: ["payments@acme.example", "ops@acme.example", "grace@acme.example"],
    });
    expect(addresses(mail?.headers.get("to"))).toEqual([
      "payments@acme.example",
      "ops@acme.example",
      "grace@acme.example",
    ]);
    expect(mail?.subject).toBe("[qa] payments-api 2.15.0 deployed");
    expect(mail?.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail?.headers.get("x-gitops-event")).toBe("succeeded");
    expect(mail?.headers.get("x-gitops-service")).toBe("payments-api");
    expect(mail?.headers.get("x-gitops-environment")).toBe("qa");
    expect(mail?.headers.get("x-gitops-version")).toBe("2.15.0");
  });

  it("writes the same facts in the text and the HTML part, with links to the commit, run and tickets", async () => {
    const smtp = await sink();
    await mailer(smtp, { jiraUrl: "https://acme.atlassian.net" }).notify(notice());
    const [mail] = smtp.messages;
    const text = mail?.text ?? "";
    expect(text).toContain("✅ payments-api 2.14.3 → 2.15.0 deployed to qa");
    expect(text).toMatch(/Environment: +qa/);
    expect(text).toMatch(/Version: +2\.14\.3 → 2\.15\.0/);
    expect(text).toMatch(/Pushed by: +ada/);
    expect(text).toContain("PAY-142 <https://acme.atlassian.net/browse/PAY-142>");
    expect(text).toContain("✓ deploy: passed in 12.3s (exited 0)");
    expect(text).toContain(`Commit: https://github.com/acme/deploy/commit/${SHA}`);
    expect(text).toContain("Workflow run: https://github.com/acme/deploy/actions/runs/42");
    const html = mail?.html ?? "";
    expect(html).toContain("✅ payments-api 2.14.3 → 2.15.0 deployed to qa</h2>");
    expect(html).toContain('<a href="https://acme.atlassian.net/browse/PAY-142">PAY-142</a>');
    expect(html).toContain(`<a href="https://github.com/acme/deploy/commit/${SHA}">Commit</a>`);
    expect(html).toContain('<a href="https://github.com/acme/deploy/actions/runs/42">Workflow run</a>');
    expect(html).toContain("<td>2/2 endpoints healthy</td>");
  });

  it("threads the notices of one release: the same References, a new Message-ID each", async () => {
    const smtp = await sink();
    const notifier = mailer(smtp);
    await notifier.notify(notice({ event: "started", stages: [] }));
    await notifier.notify(notice());
    await notifier.notify(notice({ commit: { sha: "f".repeat(40) } }));
    const [started, succeeded, other] = smtp.messages;
    expect(started?.subject).toBe("[qa] payments-api 2.15.0 deploying");
    expect(started?.headers.get("references")).toMatch(/^<release\.[0-9a-f]{24}@acme\.example>$/);
    expect(succeeded?.headers.get("references")).toBe(started?.headers.get("references"));
    expect(succeeded?.headers.get("in-reply-to")).toBe(started?.headers.get("references"));
    expect(other?.headers.get("references")).not.toBe(started?.headers.get("references"));
    expect(succeeded?.headers.get("message-id")).not.toBe(started?.headers.get("message-id"));
  });

  it("says FAILED in the subject and escapes hostile text in the HTML part", async () => {
    const smtp = await sink();
    const hostile = failedNotice({
      service: 'pay"<img src=x onerror=alert(1)>',
      failure: {
        stage: "smoke",
        reason: "<script>alert('reason')</script>",
        log: "line 1\n<script>alert('log')</script>\n",
      },
    });
    await mailer(smtp).notify(hostile);
    const [mail] = smtp.messages;
    expect(mail?.subject).toBe('[qa] FAILED: pay"<img src=x onerror=alert(1)> 2.15.0');
    const html = mail?.html ?? "";
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("Failed at smoke</strong>: &lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;");
    expect(html).toMatch(/<pre[^>]*>line 1\n&lt;script&gt;alert\(&#39;log&#39;\)&lt;\/script&gt;<\/pre>/);
    expect(mail?.text).toContain("Failed at smoke: <script>alert('reason')</script>");
    expect(mail?.text).toContain("    <script>alert('log')</script>");
  });

  it("says what a rollback restored", async () => {
    const smtp = await sink();
    await mailer(smtp).notify(
      notice({
        event: "rolled-back",
        rollback: { version: "2.14.3", ok: true, reason: "2/2 endpoints healthy" },
      }),
    );
    const [mail] = smtp.messages;
    expect(mail?.subject).toBe("[qa] Rolled back: payments-api 2.15.0 → 2.14.3");
    expect(mail?.text).toContain("Rolled back: restored 2.14.3, healthy: 2/2 endpoints healthy");
  });

  it("keeps a newline in a service name out of the headers", async () => {
    const smtp = await sink();
    await mailer(smtp).notify(notice({ service: "api\r\nBcc: attacker@evil.example" }));
    const [mail] = smtp.messages;
    expect(mail?.headers.has("bcc")).toBe(false);
    expect(mail?.envelope.to).not.toContain("attacker@evil.example");
    expect(mail?.headers.get("x-gitops-service")).toBe("api Bcc: attacker@evil.example");
  });

  it("reports an address that is not one, and mails the rest", async () => {
    const smtp = await sink();
    const deliveries = await mailer(smtp).notify(
      notice({ recipients: { ...notice().recipients, emails: ["payments@acme.example", "not an address"] } }),
    );
    expect(deliveries.map((d) => [d.target, d.ok, d.detail])).toEqual([
      ["payments@acme.example", true, "delivered"],
      ["grace@acme.example", true, "delivered"],
      ["not an address", false, "not an e-mail address"],
    ]);
    expect(smtp.messages[0]?.envelope.to).toEqual(["payments@acme.example", "grace@acme.example"]);
  });

  it("lists recipients once whatever their case, in the order they were given", () => {
    const n = notice({
      recipients: {
        emails: ["A@x.example", "b@x.example", " a@X.example "],
        slack: [],
        maintainer: { email: "B@X.EXAMPLE" },
      },
    });
    expect(recipientsOf(n, ["c@x.example", "A@x.example", ""])).toEqual({
      valid: ["A@x.example", "b@x.example", "c@x.example"],
      invalid: [],
    });
  });
});

describe("TLS and authentication", () => {
  it("upgrades with STARTTLS, trusts the sink's CA and logs in", async () => {
    const smtp = await sink({ starttls: true, auth: { username: "deploys", password: "s3cret-pass" } });
    const deliveries = await mailer(smtp, {
      security: "starttls",
      ca: smtp.ca,
      username: "deploys",
      password: "s3cret-pass",
    }).notify(notice());
    expect(deliveries.every((d) => d.ok)).toBe(true);
    expect(smtp.messages[0]).toMatchObject({ secure: true, user: "deploys" });
  });

  it("speaks TLS from the first byte with security tls", async () => {
    const smtp = await sink({ tls: true });
    const deliveries = await mailer(smtp, { security: "tls", ca: smtp.ca }).notify(notice());
    expect(deliveries.every((d) => d.ok)).toBe(true);
    expect(smtp.messages[0]?.secure).toBe(true);
  });

  it("refuses to send in the clear when STARTTLS was asked for and the server does not offer it", async () => {
    const smtp = await sink();
    const deliveries = await mailer(smtp, { security: "starttls", retry: recordingSleep() }).notify(notice());
    expect(deliveries.every((d) => !d.ok)).toBe(true);
    expect(deliveries[0]?.detail).toMatch(/STARTTLS/i);
    expect(smtp.messages).toHaveLength(0);
  });

  it("refuses a certificate nobody vouches for, unless told to accept it (tests only)", async () => {
    const smtp = await sink({ tls: true });
    const strict = await mailer(smtp, { security: "tls", retry: recordingSleep() }).notify(notice());
    expect(strict[0]).toMatchObject({ ok: false, attempts: 1 });
    expect(strict[0]?.detail).toMatch(/^TLS failed: .*certificate/i);
    const lax = await mailer(smtp, { security: "tls", tlsRejectUnauthorized: false }).notify(notice());
    expect(lax.every((d) => d.ok)).toBe(true);
  });

  it("reports a wrong password as an authentication failure, once, without the password", async () => {
    const smtp = await sink({ starttls: true, auth: { username: "deploys", password: "right-password" } });
    const { sleep, waits } = recordingSleep();
    const deliveries = await mailer(smtp, {
      security: "starttls",
      ca: smtp.ca,
      username: "deploys",
      password: "wrong-hunter2",
      retry: { sleep },
    }).notify(notice());
    expect(deliveries).toHaveLength(2);
    for (const d of deliveries) {
      expect(d).toMatchObject({ ok: false, attempts: 1 });
      expect(d.detail).toBe("authentication failed: 535 5.7.8 Authentication credentials invalid");
    }
    const json = JSON.stringify(deliveries);
    expect(json).not.toContain("wrong-hunter2");
    expect(json).not.toContain(Buffer.from("wrong-hunter2").toString("base64"));
    expect(json).not.toContain(Buffer.from("\u0000deploys\u0000wrong-hunter2").toString("base64"));
    expect(smtp.authFailures).toBe(1);
    expect(waits).toEqual([]);
    expect(smtp.messages).toHaveLength(0);
  });
});

describe("when recipients are refused", () => {
  it("reports the refused recipient with the server's 550 and delivers to the others", async () => {
    const smtp = await sink({ rejectRecipients: (address) => address === "payments@acme.example" });
    const deliveries = await mailer(smtp, { always: ["ops@acme.example"] }).notify(notice());
    expect(deliveries).toEqual([
      {
        channel: "email",
        target: "payments@acme.example",
        ok: false,
        attempts: 1,
        detail: "recipient refused: 550 5.1.1 <payments@acme.example>: Recipient address rejected",
      },
      { channel: "email", target: "grace@acme.example", ok: true, attempts: 1, detail: "delivered" },
      { channel: "email", target: "ops@acme.example", ok: true, attempts: 1, detail: "delivered" },
    ]);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.envelope.to).toEqual(["grace@acme.example", "ops@acme.example"]);
  });

  it("reports every recipient when all are refused, without retrying", async () => {
    const smtp = await sink({ rejectRecipients: () => ({ code: 553, message: "5.7.1 Relaying denied" }) });
    const { sleep, waits } = recordingSleep();
    const deliveries = await mailer(smtp, { retry: { sleep } }).notify(notice());
    expect(deliveries.map((d) => [d.target, d.ok, d.attempts, d.detail])).toEqual([
      ["payments@acme.example", false, 1, "recipient refused: 553 5.7.1 Relaying denied"],
      ["grace@acme.example", false, 1, "recipient refused: 553 5.7.1 Relaying denied"],
    ]);
    expect(waits).toEqual([]);
    expect(smtp.messages).toHaveLength(0);
  });

  it("tries a deferred (4xx) recipient again, alone, and delivers", async () => {
    let deferrals = 1;
    const smtp = await sink({
      rejectRecipients: (address) =>
        address === "payments@acme.example" && deferrals-- > 0
          ? { code: 450, message: "4.2.1 Mailbox busy, try later" }
          : false,
    });
    const { sleep, waits } = recordingSleep();
    const deliveries = await mailer(smtp, { retry: { sleep, baseMs: 50 } }).notify(notice());
    expect(deliveries).toEqual([
      { channel: "email", target: "payments@acme.example", ok: true, attempts: 2, detail: "delivered" },
      { channel: "email", target: "grace@acme.example", ok: true, attempts: 1, detail: "delivered" },
    ]);
    expect(waits).toEqual([50]);
    expect(smtp.messages.map((m) => m.envelope.to)).toEqual([
      ["grace@acme.example"],
      ["payments@acme.example"],
    ]);
    // The retry's To header still names everyone the notice went to.
    expect(addresses(smtp.messages[1]?.headers.get("to"))).toEqual([
      "payments@acme.example",
      "grace@acme.example",
    ]);
  });

  it("gives up on a recipient that stays deferred, saying so", async () => {
    const smtp = await sink({
      rejectRecipients: (address) =>
        address === "payments@acme.example" ? { code: 451, message: "4.3.0 Try again later" } : false,
    });
    const deliveries = await mailer(smtp, { retry: { ...recordingSleep(), attempts: 3 } }).notify(notice());
    expect(deliveries[0]).toEqual({
      channel: "email",
      target: "payments@acme.example",
      ok: false,
      attempts: 3,
      detail: "recipient deferred: 451 4.3.0 Try again later after 3 attempts",
    });
    expect(deliveries[1]).toMatchObject({ target: "grace@acme.example", ok: true, attempts: 1 });
  });
});

describe("when the server cannot be reached", () => {
  it("retries the connection, then reports it for every recipient", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const { sleep, waits } = recordingSleep();
    const deliveries = await emailNotifier({
      host: "127.0.0.1",
      port,
      security: "starttls",
      from: "deploys@acme.example",
      username: "deploys",
      password: "p4ss-never-shown",
      retry: { sleep, attempts: 3, baseMs: 10 },
    }).notify(notice());
    expect(deliveries).toHaveLength(2);
    for (const d of deliveries) {
      expect(d).toMatchObject({ ok: false, attempts: 3 });
      expect(d.detail).toMatch(/^connection failed: connect ECONNREFUSED 127\.0\.0\.1:\d+ after 3 attempts$/);
    }
    expect(waits).toEqual([10, 20]);
    expect(JSON.stringify(deliveries)).not.toContain("p4ss-never-shown");
  });

  it("mails nobody, and loads nothing, when there is nobody to tell", async () => {
    const deliveries = await emailNotifier({
      host: "127.0.0.1",
      port: 9,
      security: "none",
      from: "x@y.example",
    }).notify(notice({ recipients: { emails: [], slack: [], maintainer: { email: "" } } }));
    expect(deliveries).toEqual([]);
  });

  it("sends nothing once the release's signal is aborted", async () => {
    const smtp = await sink();
    const deliveries = await mailer(smtp).notify(notice(), AbortSignal.abort());
    expect(deliveries.map((d) => d.detail)).toEqual(["aborted before sending", "aborted before sending"]);
    expect(smtp.messages).toHaveLength(0);
  });
});
