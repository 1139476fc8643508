import { createTransport, type SMTPTransportOptions } from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from "./smtp-sink.ts";

const sinks: SmtpSink[] = [];

afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function sink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const started = await startSmtpSink(options);
  sinks.push(started);
  return started;
}

const transport = (at: SmtpSink, options: Partial<SMTPTransportOptions> = {}) =>
  createTransport({ host: at.host, port: at.port, ignoreTLS: true, logger: false, ...options });

const mail = {
  from: "gitops <deploys@acme.example>",
  to: ["ops@acme.example", "Grace <grace@acme.example>"],
  subject: "[qa] payments-api 2.15.0 deployed",
  text: "Deployed.",
  html: "<p>Deployed.</p>",
  headers: { "X-Gitops-Event": "succeeded" },
};

describe("the SMTP sink", () => {
  it("keeps each message with its envelope, parsed headers, subject, text, HTML and raw form", async () => {
    const smtp = await sink();
    await transport(smtp).sendMail(mail);
    expect(smtp.messages).toHaveLength(1);
    const [received] = smtp.messages;
    expect(received?.envelope).toEqual({
      from: "deploys@acme.example",
      to: ["ops@acme.example", "grace@acme.example"],
    });
    expect(received?.subject).toBe(mail.subject);
    expect(received?.text?.trim()).toBe("Deployed.");
    expect(received?.html).toBe("<p>Deployed.</p>");
    expect(received?.headers.get("x-gitops-event")).toBe("succeeded");
    expect(received?.raw).toMatch(/^X-Gitops-Event: succeeded\r$/m);
    expect(received?.secure).toBe(false);
  });

  it("refuses recipients with 550 or the code it is given, and keeps the message for the rest", async () => {
    const smtp = await sink({
      rejectRecipients: (address) =>
        address === "ops@acme.example"
          ? true
          : address === "late@acme.example" && { code: 450, message: "4.2.1 busy" },
    });
    const info = await transport(smtp).sendMail({ ...mail, to: [...mail.to, "late@acme.example"] });
    expect(info.accepted).toEqual(["grace@acme.example"]);
    expect(info.rejected).toEqual(["ops@acme.example", "late@acme.example"]);
    const errors =
      (info as { rejectedErrors?: { responseCode?: number; response?: string }[] }).rejectedErrors ?? [];
    expect(errors.map((e) => e.response)).toEqual([
      "550 5.1.1 <ops@acme.example>: Recipient address rejected",
      "450 4.2.1 busy",
    ]);
    expect(smtp.messages[0]?.envelope.to).toEqual(["grace@acme.example"]);
  });

  it("requires its credentials when it has some, and counts the failures", async () => {
    const smtp = await sink({ auth: { username: "deploys", password: "right" } });
    await expect(transport(smtp).sendMail(mail)).rejects.toMatchObject({ responseCode: 530 });
    await expect(
      transport(smtp, { auth: { user: "deploys", pass: "wrong" } }).sendMail(mail),
    ).rejects.toMatchObject({ code: "EAUTH", responseCode: 535 });
    expect(smtp.authFailures).toBe(1);
    await transport(smtp, { auth: { user: "deploys", pass: "right" } }).sendMail(mail);
    expect(smtp.messages.map((m) => m.user)).toEqual(["deploys"]);
  });

  it("offers STARTTLS with a certificate its own CA signed", async () => {
    const smtp = await sink({ starttls: true });
    expect(smtp.ca).toMatch(/BEGIN CERTIFICATE/);
    await transport(smtp, { ignoreTLS: false, requireTLS: true, tls: { ca: smtp.ca } }).sendMail(mail);
    expect(smtp.messages[0]?.secure).toBe(true);
  });

  it("speaks TLS from the first byte when asked, and notes a client that refuses its certificate", async () => {
    const smtp = await sink({ tls: true });
    await transport(smtp, { secure: true, tls: { ca: smtp.ca } }).sendMail(mail);
    expect(smtp.messages[0]?.secure).toBe(true);
    await expect(transport(smtp, { secure: true }).sendMail(mail)).rejects.toMatchObject({ code: "ESOCKET" });
    await expect.poll(() => smtp.errors.length).toBeGreaterThan(0);
  });

  it("does not offer STARTTLS unless asked", async () => {
    const smtp = await sink();
    await expect(
      transport(smtp, { ignoreTLS: false, requireTLS: true }).sendMail(mail),
    ).rejects.toMatchObject({
      code: "ETLS",
    });
  });
});
