// The JIRA notifier through the real jira.js client against the local JIRA double: comments on the
// cited tickets, the configured transition on success, one open failure issue per service and
// environment, assigned to the committer (or the maintainer, or nobody and "needs-triage").
import { doTransition } from "jira.js/cloud";
import { createClient } from "jira.js/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adfText, type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { failureJql, failureLabels, labelSafe } from "../src/jira/labels.ts";
import { failureSummary, logExcerpt } from "../src/jira/message.ts";
import { type JiraNotifierOptions, jiraNotifier } from "../src/jira/notifier.ts";
import type { Delivery, ReleaseNotice } from "../src/notice.ts";

const BOT = { accountId: "5b10a2844c20165700ede40a", email: "gitops@acme.example", displayName: "gitops" };
const ADA = { accountId: "5b10a2844c20165700ede40b", email: "ada@acme.example", displayName: "Ada Lovelace" };
const MAINT = {
  accountId: "5b10a2844c20165700ede40c",
  email: "pay-team@acme.example",
  displayName: "Pay Team",
};
const GHOST = { accountId: "5b10a2844c20165700ede40d", email: "ghost@acme.example", displayName: "Ghost" };
const TOKEN = "notify-test-api-token-93be1";

let jira: JiraDouble;
const slept: number[] = [];
const retry = { sleep: async (ms: number) => void slept.push(ms) };

beforeEach(async () => {
  slept.length = 0;
  jira = await startJiraDouble({
    users: [BOT, ADA, MAINT, GHOST],
    credentials: { basic: [{ email: BOT.email, token: TOKEN }] },
  });
  jira.addProject("PAY", {
    statuses: [
      { name: "In Review", category: "indeterminate" },
      { name: "In QA", category: "indeterminate" },
      { name: "Done", category: "done" },
    ],
    transitions: [
      { id: "41", name: "Deployed to QA", to: "In QA", from: ["In Review"] },
      { id: "51", name: "Released", to: "Done", from: ["In QA"] },
      { id: "61", name: "Reopen", to: "In Review" },
    ],
  });
  // Ghost may see OPS but not be assigned issues there.
  jira.addProject("OPS", {
    permissions: {
      users: { [GHOST.accountId]: ["BROWSE_PROJECTS"] },
    },
  });
  jira.addIssue({ key: "PAY-142", summary: "Ledger rounding", status: "In Review" });
  jira.addIssue({ key: "PAY-143", summary: "Ledger export", status: "In Review" });
  jira.addIssue({ key: "PAY-150", summary: "Old work", status: "Done" });
  jira.addIssue({ key: "PAY-160", summary: "Tested already", status: "In QA" });
});
afterEach(() => jira.close());

function notifier(extra: Partial<JiraNotifierOptions> = {}) {
  return jiraNotifier({
    connection: { url: jira.url, auth: { email: BOT.email, apiToken: TOKEN } },
    transitions: { qa: "deployed to qa", prod: "Released" },
    failureProject: "OPS",
    labels: ["deploys", "team payments"],
    retry,
    ...extra,
  });
}

function notice(extra: Partial<ReleaseNotice> = {}): ReleaseNotice {
  return {
    event: "succeeded",
    environment: "qa",
    service: "payments-api",
    version: { from: "2.14.3", to: "2.15.0" },
    pusher: "octocat",
    committer: { name: "Ada Lovelace", email: ADA.email },
    tickets: ["PAY-142"],
    plan: "1 to change; risk: 0 destructive, 1 risky",
    commit: {
      sha: "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345",
      url: "https://github.com/acme/deploy/commit/3f9c2a1",
    },
    runUrl: "https://github.com/acme/deploy/actions/runs/42",
    recipients: { emails: [], slack: [], maintainer: { name: "Pay Team", email: MAINT.email } },
    stages: [
      { stage: "deploy", outcome: "passed", durationMs: 12_300, reason: "exited 0" },
      { stage: "healthcheck", outcome: "passed", durationMs: 850, reason: "2/2 endpoints healthy" },
    ],
    ...extra,
  };
}

const failed = (extra: Partial<ReleaseNotice> = {}) =>
  notice({
    event: "failed",
    stages: [
      { stage: "deploy", outcome: "passed", durationMs: 12_300, reason: "exited 0" },
      { stage: "healthcheck", outcome: "failed", durationMs: 30_000, reason: "0/2 endpoints healthy" },
    ],
    failure: {
      stage: "healthcheck",
      reason: "GET /healthz answered 503 three times",
      log: "starting checks\nGET http://payments-api.qa/healthz -> 503\nGET http://payments-api.qa/healthz -> 503",
    },
    ...extra,
  });

/** Every node type and every link in an ADF document. */
function walk(doc: unknown): { types: Set<string>; hrefs: string[] } {
  const types = new Set<string>();
  const hrefs: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const n = node as {
      type?: string;
      content?: unknown[];
      marks?: { type: string; attrs?: { href?: string } }[];
    };
    if (n.type) types.add(n.type);
    for (const mark of n.marks ?? [])
      if (mark.type === "link" && mark.attrs?.href) hrefs.push(mark.attrs.href);
    for (const child of n.content ?? []) visit(child);
  };
  visit(doc);
  return { types, hrefs };
}

const issues = (project: string) => {
  const found = [];
  for (let n = 1; ; n++) {
    const issue = jira.issue(`${project}-${n}`);
    if (!issue) return found;
    found.push(issue);
  }
};

describe("jiraNotifier: cited tickets", () => {
  it("writes nothing for 'started'", async () => {
    expect(await notifier().notify(notice({ event: "started", stages: [] }))).toEqual([]);
    expect(jira.requests).toEqual([]);
  });

  it("comments on each cited ticket in ADF and runs the environment's transition on success", async () => {
    const deliveries = await notifier().notify(notice({ tickets: ["PAY-142", "PAY-143", "PAY-142"] }));
    expect(deliveries).toEqual([
      {
        channel: "jira",
        target: "PAY-142",
        ok: true,
        attempts: 1,
        detail: "commented; moved to In QA",
        url: `${jira.url}/browse/PAY-142`,
      },
      expect.objectContaining({ target: "PAY-143", ok: true, detail: "commented; moved to In QA" }),
    ]);
    const ticket = jira.issue("PAY-142")!;
    expect(ticket.status.name).toBe("In QA");
    expect(ticket.comments).toHaveLength(1);
    const body = ticket.comments[0]!.body;
    const text = adfText(body);
    expect(text).toContain("✅ payments-api 2.15.0 deployed to qa");
    expect(text).toContain("2.14.3 → 2.15.0");
    expect(text).toContain("octocat");
    expect(text).toContain("Ada Lovelace");
    expect(text).toContain("deploy passed in 12.3s (exited 0)");
    expect(text).toContain("healthcheck passed in 850ms (2/2 endpoints healthy)");
    const { types, hrefs } = walk(body);
    expect(types).toEqual(new Set(["doc", "heading", "paragraph", "text", "bulletList", "listItem"]));
    expect(hrefs).toEqual([
      "https://github.com/acme/deploy/commit/3f9c2a1",
      "https://github.com/acme/deploy/actions/runs/42",
    ]);
  });

  it("says 'already in' when the ticket already is in the status the transition is named after", async () => {
    const deliveries = await notifier({ transitions: { staging: "In QA" } }).notify(
      notice({ environment: "staging", tickets: ["PAY-160"] }),
    );
    expect(deliveries).toEqual([
      expect.objectContaining({ ok: true, detail: "commented; already in In QA" }),
    ]);
    expect(jira.requests.filter((r) => r.method === "POST" && r.path.endsWith("/transitions"))).toEqual([]);
  });

  it("warns on a redeploy once the transition has moved the ticket on (JIRA lists no way back)", async () => {
    await notifier().notify(notice());
    const again = await notifier().notify(notice());
    expect(again).toEqual([
      expect.objectContaining({
        ok: false,
        detail: 'commented; no transition named "deployed to qa" from status "In QA"',
      }),
    ]);
    expect(jira.issue("PAY-142")?.status.name).toBe("In QA");
    expect(jira.issue("PAY-142")?.comments).toHaveLength(2);
  });

  it("warns (ok: false) when the transition is not available from the ticket's status", async () => {
    const deliveries = await notifier().notify(notice({ tickets: ["PAY-150"] }));
    expect(deliveries).toEqual([
      expect.objectContaining({
        target: "PAY-150",
        ok: false,
        detail: 'commented; no transition named "deployed to qa" from status "Done"',
      }),
    ]);
    expect(jira.issue("PAY-150")?.status.name).toBe("Done");
    expect(jira.issue("PAY-150")?.comments).toHaveLength(1);
  });

  it("runs no transition in an environment without one, nor on failure", async () => {
    const dev = await notifier({ failureProject: undefined }).notify(notice({ environment: "dev" }));
    expect(dev).toEqual([expect.objectContaining({ ok: true, detail: "commented" })]);
    const fail = await notifier({ failureProject: undefined }).notify(failed());
    expect(fail).toEqual([expect.objectContaining({ target: "PAY-142", ok: true, detail: "commented" })]);
    expect(jira.issue("PAY-142")?.status.name).toBe("In Review");
  });

  it("puts the failure's reason and the end of its log in a code block", async () => {
    await notifier({ failureProject: undefined }).notify(failed());
    const body = jira.issue("PAY-142")!.comments[0]!.body;
    expect(adfText(body)).toContain("❌ payments-api 2.15.0 FAILED at healthcheck in qa");
    expect(adfText(body)).toContain("GET /healthz answered 503 three times");
    const code = body.content.find((n) => n.type === "codeBlock");
    expect(code?.content?.[0]?.text).toContain("GET http://payments-api.qa/healthz -> 503");
    expect(walk(body).types).toContain("codeBlock");
  });

  it("reports a ticket that does not exist and still delivers to the others", async () => {
    const deliveries = await notifier().notify(notice({ tickets: ["PAY-999", "PAY-142"] }));
    expect(deliveries).toEqual([
      expect.objectContaining({
        target: "PAY-999",
        ok: false,
        attempts: 1,
        detail: "JIRA 404: PAY-999 does not exist or this JIRA account may not see it",
      }),
      expect.objectContaining({ target: "PAY-142", ok: true }),
    ]);
  });
});

describe("jiraNotifier: the failure issue", () => {
  it("opens an issue in the failure project, assigned to the committer", async () => {
    const deliveries = await notifier().notify(failed());
    expect(deliveries).toEqual([
      expect.objectContaining({ target: "PAY-142", ok: true }),
      {
        channel: "jira",
        target: "OPS-1 (new failure issue)",
        ok: true,
        attempts: 1,
        detail: "assigned to Ada Lovelace (committer)",
        url: `${jira.url}/browse/OPS-1`,
      },
    ]);
    const issue = jira.issue("OPS-1")!;
    expect(issue).toMatchObject({
      project: "OPS",
      issuetype: "Bug",
      summary: "Deployment of payments-api 2.15.0 to qa failed at healthcheck",
      assignee: ADA.accountId,
      labels: ["deploys", "team-payments", "gitops-failure", "service:payments-api", "env:qa"],
    });
    const text = adfText(issue.description!);
    expect(text).toContain("GET /healthz answered 503 three times");
    expect(text).toContain("Tickets: PAY-142");
    expect(text).toContain("Ada Lovelace <ada@acme.example>");
    const { types, hrefs } = walk(issue.description);
    expect(types).toContain("codeBlock");
    expect(hrefs).toContain(`${jira.url}/browse/PAY-142`);
    expect(hrefs).toContain("https://github.com/acme/deploy/actions/runs/42");
    // The search that found nothing used the labels and the open-status clause.
    const search = jira.requests.find((r) => r.path === "/rest/api/3/search/jql");
    expect(search?.query.jql).toBe(
      'project = "OPS" AND labels = "gitops-failure" AND labels = "service:payments-api" AND labels = "env:qa" AND statusCategory != Done ORDER BY created DESC',
    );
  });

  it("uses the given issue type and JIRA URL for links", async () => {
    const deliveries = await notifier({ issueType: "Task", jiraUrl: "https://acme.atlassian.net/" }).notify(
      failed({ tickets: [] }),
    );
    expect(deliveries).toEqual([
      expect.objectContaining({
        target: "OPS-1 (new failure issue)",
        url: "https://acme.atlassian.net/browse/OPS-1",
      }),
    ]);
    expect(jira.issue("OPS-1")?.issuetype).toBe("Task");
  });

  it("comments on the open failure issue instead of opening another, until it is done", async () => {
    await notifier().notify(failed());
    const again = await notifier().notify(
      failed({
        version: { from: "2.14.3", to: "2.15.1" },
        failure: { stage: "smoke", reason: "2 of 12 failed" },
      }),
    );
    expect(again.at(-1)).toEqual({
      channel: "jira",
      target: "OPS-1 (open failure issue, commented)",
      ok: true,
      attempts: 1,
      detail: "failed again: commented on OPS-1",
      url: `${jira.url}/browse/OPS-1`,
    });
    expect(issues("OPS")).toHaveLength(1);
    const comments = jira.issue("OPS-1")!.comments;
    expect(comments).toHaveLength(1);
    expect(adfText(comments[0]!.body)).toContain("failed again: payments-api 2.15.1 at smoke in qa");

    // Another environment or another service is another issue.
    await notifier().notify(failed({ environment: "prod" }));
    await notifier().notify(failed({ service: "ledger-api" }));
    expect(issues("OPS").map((i) => i.labels.slice(-2))).toEqual([
      ["service:payments-api", "env:qa"],
      ["service:payments-api", "env:prod"],
      ["service:ledger-api", "env:qa"],
    ]);

    // Once the issue is done, the next failure opens a new one.
    const ops = createClient({
      host: jira.url,
      auth: { type: "basic", email: BOT.email, apiToken: TOKEN },
      onSchemaMismatch: "throw",
    });
    await doTransition(ops, { issueIdOrKey: "OPS-1", transition: { id: "31" } }); // Done
    const next = await notifier().notify(failed());
    expect(next.at(-1)).toMatchObject({ target: "OPS-4 (new failure issue)", ok: true });
  });

  it("records a rollback on the cited tickets and on the open failure issue", async () => {
    await notifier().notify(failed());
    const deliveries = await notifier().notify(
      notice({
        event: "rolled-back",
        rollback: { version: "2.14.3", ok: true, reason: "2/2 endpoints healthy" },
      }),
    );
    expect(deliveries).toEqual([
      expect.objectContaining({ target: "PAY-142", ok: true, detail: "commented" }),
      expect.objectContaining({
        target: "OPS-1 (open failure issue, commented)",
        ok: true,
        detail: "rollback recorded on OPS-1",
      }),
    ]);
    const text = adfText(jira.issue("OPS-1")!.comments[0]!.body);
    expect(text).toContain("↩️ payments-api rolled back to 2.14.3 in qa");
    expect(text).toContain("Healthy again: 2/2 endpoints healthy");
    expect(jira.issue("PAY-142")?.status.name).toBe("In Review");
  });

  it("a rollback with no open failure issue only comments on the tickets", async () => {
    const deliveries = await notifier().notify(
      notice({ event: "rolled-back", rollback: { version: "2.14.3", ok: true, reason: "healthy" } }),
    );
    expect(deliveries.map((d) => d.target)).toEqual(["PAY-142"]);
    expect(issues("OPS")).toEqual([]);
  });

  it("falls back to the maintainer when JIRA does not know the committer's email", async () => {
    const deliveries = await notifier().notify(
      failed({ committer: { name: "Someone", email: "someone@elsewhere.example" } }),
    );
    expect(deliveries.at(-1)?.detail).toBe("assigned to Pay Team (maintainer)");
    expect(jira.issue("OPS-1")?.assignee).toBe(MAINT.accountId);
  });

  it("takes the exact email, not another user whose email starts with it", async () => {
    const deliveries = await notifier().notify(
      failed({
        committer: { email: "ada@acme" },
        recipients: { emails: [], slack: [], maintainer: { email: "x@y.z" } },
      }),
    );
    expect(deliveries.at(-1)?.detail).toMatch(/^unassigned \(needs-triage\)/);
  });

  it("leaves it unassigned with 'needs-triage' when nobody is found", async () => {
    const deliveries = await notifier().notify(
      failed({
        committer: { name: "Someone" },
        recipients: { emails: [], slack: [], maintainer: { email: "nobody@acme.example" } },
      }),
    );
    expect(deliveries.at(-1)).toMatchObject({
      target: "OPS-1 (new failure issue)",
      ok: true,
      detail: "unassigned (needs-triage): no JIRA user for the maintainer nobody@acme.example",
    });
    const issue = jira.issue("OPS-1")!;
    expect(issue.assignee).toBeNull();
    expect(issue.labels).toContain("needs-triage");
  });

  it("creates it unassigned when JIRA refuses the assignee", async () => {
    const deliveries = await notifier().notify(failed({ committer: { email: GHOST.email } }));
    expect(deliveries.at(-1)).toMatchObject({
      target: "OPS-1 (new failure issue)",
      ok: true,
      detail:
        "unassigned (needs-triage): JIRA refused Ghost as assignee (User '5b10a2844c20165700ede40d' cannot be assigned issues.)",
    });
    expect(jira.issue("OPS-1")).toMatchObject({
      assignee: null,
      labels: expect.arrayContaining(["needs-triage"]),
    });
  });

  it("makes label-safe names, and a one-line summary of at most 255 characters", async () => {
    const odd = failed({ service: "Payments API (EU)", environment: "Pre Prod", tickets: [] });
    await notifier().notify(odd);
    expect(jira.issue("OPS-1")?.labels).toEqual(
      expect.arrayContaining(["service:payments-api-eu", "env:pre-prod"]),
    );
    // And the search finds it again.
    const again = await notifier().notify(odd);
    expect(again.at(-1)?.target).toBe("OPS-1 (open failure issue, commented)");

    const long = failureSummary(failed({ service: `svc\n${"x".repeat(400)}` }));
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).not.toMatch(/\n/);
    expect(labelSafe("  --Web  Front_end.v2--  ")).toBe("web-front_end.v2");
    expect(failureLabels(odd, ["a b", "gitops-failure"])).toEqual([
      "a-b",
      "gitops-failure",
      "service:payments-api-eu",
      "env:pre-prod",
    ]);
    expect(failureJql("OPS", odd)).toContain('labels = "service:payments-api-eu"');
  });

  it("keeps the end of a long log", () => {
    const log = Array.from({ length: 500 }, (_, i) => `line ${i + 1}`).join("\n");
    const excerpt = logExcerpt(log);
    expect(excerpt.split("\n")[0]).toBe("… 440 earlier lines cut");
    expect(excerpt.endsWith("line 500")).toBe(true);
  });
});

describe("jiraNotifier: when JIRA misbehaves", () => {
  it("waits out a 429 and delivers", async () => {
    jira.failNext(1, { status: 429, retryAfter: 1 });
    const deliveries = await notifier().notify(notice());
    expect(deliveries).toEqual([expect.objectContaining({ target: "PAY-142", ok: true, attempts: 2 })]);
    expect(slept).toEqual([1000]);
    expect(jira.issue("PAY-142")?.comments).toHaveLength(1);
  });

  it("reports JIRA still failing after its retries", async () => {
    jira.failNext(4, { status: 500 });
    const deliveries = await notifier().notify(notice());
    expect(deliveries).toEqual([
      expect.objectContaining({
        ok: false,
        attempts: 4,
        detail: "JIRA 500 after 4 attempts: Internal server error",
      }),
    ]);
  });

  it("reports refused credentials on every delivery, and never the token", async () => {
    const secret = "definitely-not-the-token-5521";
    const deliveries = await notifier({
      connection: { url: jira.url, auth: { email: BOT.email, apiToken: secret } },
    }).notify(failed({ tickets: ["PAY-142", "PAY-143"] }));
    expect(deliveries.map((d: Delivery) => [d.target, d.ok, d.detail])).toEqual([
      [
        "PAY-142",
        false,
        "JIRA 401: the credentials were refused (check the JIRA account email and API token)",
      ],
      [
        "PAY-143",
        false,
        "JIRA 401: the credentials were refused (check the JIRA account email and API token)",
      ],
      [
        "OPS (failure issue)",
        false,
        "JIRA 401: the credentials were refused (check the JIRA account email and API token)",
      ],
    ]);
    const said = JSON.stringify(deliveries);
    expect(said).not.toContain(secret);
    expect(said).not.toContain(Buffer.from(`${BOT.email}:${secret}`).toString("base64"));
  });

  it("reports a JIRA that does not answer in time", async () => {
    const { createServer } = await import("node:net");
    const sockets: import("node:net").Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    const { port } = silent.address() as import("node:net").AddressInfo;
    try {
      const deliveries = await notifier({
        connection: { url: `http://127.0.0.1:${port}`, auth: { token: "pat-0000" } },
        failureProject: undefined,
        timeoutMs: 200,
      }).notify(notice());
      expect(deliveries).toEqual([
        expect.objectContaining({ ok: false, detail: "JIRA did not answer comment on PAY-142 within 0.2 s" }),
      ]);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((done) => silent.close(done));
    }
  });

  it("sends nothing once the run is cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const deliveries = await notifier().notify(failed(), controller.signal);
    expect(deliveries.map((d) => [d.target, d.ok, d.detail])).toEqual([
      ["PAY-142", false, "cancelled before it was sent"],
      ["OPS (failure issue)", false, "cancelled before it was sent"],
    ]);
    expect(jira.requests).toEqual([]);
  });
});
