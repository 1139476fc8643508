// The gate's JIRA questions, asked through jira.js (what the gate ships) of a local double
// that answers as Jira Cloud and Service Management do, errors and rate limits included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { jiraTicketSource } from "../src/jira.ts";

const GATE = {
  accountId: "5b10a2844c20165700ede21a",
  email: "gate@acme.example",
  displayName: "Deploy gate",
};
const APPROVER = { accountId: "5b10a2844c20165700ede21b", email: "boss@acme.example", displayName: "Boss" };
let jira: JiraDouble;
const slept: number[] = [];
const retry = { sleep: async (ms: number) => void slept.push(ms) };
const cloud = () => ({ url: jira.url, auth: { email: GATE.email, apiToken: "gate-token" } });

beforeAll(async () => {
  jira = await startJiraDouble({
    users: [GATE, APPROVER],
    credentials: {
      basic: [{ email: GATE.email, token: "gate-token" }],
      bearer: [{ token: "dc-pat", accountId: GATE.accountId }],
    },
  });
  jira.addProject("PAY", {
    statuses: [
      { name: "In Progress", category: "indeterminate" },
      { name: "Approved for Prod", category: "indeterminate" },
      { name: "Done", category: "done" },
    ],
    customFields: { customfield_10050: "Approvers" },
  });
  jira.addIssue({ key: "PAY-1", summary: "Bump ledger", status: "In Progress" });
  jira.addIssue({
    key: "PAY-2",
    summary: "Release",
    status: "Approved for Prod",
    approvals: [
      { name: "Change manager", approvers: [{ accountId: APPROVER.accountId, decision: "approved" }] },
      { name: "Security", approvers: [{ accountId: APPROVER.accountId, decision: "pending" }] },
      { name: "CAB", approvers: [{ accountId: APPROVER.accountId, decision: "declined" }] },
    ],
  });
  jira.addIssue({
    key: "PAY-3",
    summary: "Field approvals",
    status: "Done",
    fields: { customfield_10050: [{ accountId: APPROVER.accountId }, { accountId: GATE.accountId }] },
  });
  jira.addIssue({
    key: "PAY-4",
    summary: "Deployment of api failed",
    status: "In Progress",
    labels: ["gitops-failure", "env:qa"],
  });
});
afterAll(() => jira.close());

describe("jiraTicketSource", () => {
  it("tells a failure issue gitops opened by its label", async () => {
    expect(await jiraTicketSource(cloud()).ticket("PAY-4")).toEqual({
      key: "PAY-4",
      status: "In Progress",
      approvals: { approved: 0, declined: 0, pending: 0 },
      failureIssue: true,
    });
  });

  it("reads a ticket's status", async () => {
    expect(await jiraTicketSource(cloud()).ticket("PAY-1")).toEqual({
      key: "PAY-1",
      status: "In Progress",
      approvals: { approved: 0, declined: 0, pending: 0 },
    });
  });

  it("counts Service Management approvals by their final decision", async () => {
    const ticket = await jiraTicketSource(cloud(), { source: "service-management" }).ticket("PAY-2");
    expect(ticket?.approvals).toEqual({ approved: 1, declined: 1, pending: 1 });
  });

  it("counts approvers in a configured field", async () => {
    const ticket = await jiraTicketSource(cloud(), { source: "field", field: "customfield_10050" }).ticket(
      "PAY-3",
    );
    expect(ticket?.approvals.approved).toBe(2);
  });

  it("works with a Data Center personal access token", async () => {
    const ticket = await jiraTicketSource({ url: jira.url, auth: { token: "dc-pat" } }).ticket("PAY-1");
    expect(ticket?.status).toBe("In Progress");
    expect(jira.requests.at(-1)?.headers.authorization).toBe("Bearer dc-pat");
  });

  it("answers undefined for a ticket that does not exist", async () => {
    expect(await jiraTicketSource(cloud()).ticket("PAY-404")).toBeUndefined();
  });

  it("throws on bad credentials, without retrying (the gate then denies)", async () => {
    const before = jira.requests.length;
    const source = jiraTicketSource(
      { url: jira.url, auth: { email: GATE.email, apiToken: "wrong" } },
      undefined,
      retry,
    );
    await expect(source.ticket("PAY-1")).rejects.toThrow(/^JIRA answered 401 for PAY-1/);
    expect(jira.requests.length - before).toBe(1);
  });

  it("waits what a 429's Retry-After asks, and retries a 5xx", async () => {
    slept.length = 0;
    jira.failNext(1, { status: 429, retryAfter: 2 });
    jira.failNext(1, { status: 503 });
    expect((await jiraTicketSource(cloud(), undefined, retry).ticket("PAY-1"))?.status).toBe("In Progress");
    expect(slept).toEqual([2000, 1000]);
  });

  it("gives up after its attempts on a JIRA that keeps failing", async () => {
    jira.failNext(4, { status: 500 });
    await expect(jiraTicketSource(cloud(), undefined, retry).ticket("PAY-1")).rejects.toThrow(
      /^JIRA answered 500 for PAY-1/,
    );
  });
});

describe("a JIRA that never answers", () => {
  it("stops waiting after the timeout, so the gate can deny", async () => {
    const { createServer } = await import("node:net");
    const sockets: import("node:net").Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    const { port } = silent.address() as import("node:net").AddressInfo;
    try {
      const source = jiraTicketSource({ url: `http://127.0.0.1:${port}`, auth: { token: "t" } }, undefined, {
        timeoutMs: 200,
      });
      await expect(source.ticket("PAY-1")).rejects.toThrow("JIRA did not answer get PAY-1 within 0.2 s");
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((done) => silent.close(done));
    }
  });
});
