// Every endpoint once more, with jira.js in its schema-audit mode (AUDIT_SCHEMAS=true, read when its
// schemas are built): objects are strict and documented enums closed, so a key or an enum value that
// Atlassian's OpenAPI description (which jira.js's schemas are generated from) does not document is
// recorded as drift instead of passing silently. The double must send none. Field values inside an
// issue's `fields` (typed `any` by the spec) are parsed with the schema of their own model.
//
// jira.js must be loaded after the variable is set, hence the dynamic imports; this file runs in its
// own worker, apart from jira-double.test.ts, which uses jira.js's default (loose) schemas.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adf, type JiraDouble, startJiraDouble } from "./jira-double.ts";

process.env.AUDIT_SCHEMAS = "true";
const cloud = await import("jira.js/cloud");
const core = await import("jira.js/core");
const serviceDesk = await import("jira.js/serviceDesk");

const DRIFT = Symbol.for("apis-code-gen.schemaAudit");
const drift = () => ((globalThis as Record<symbol, unknown>)[DRIFT] as unknown[] | undefined) ?? [];

const ADA = { accountId: "5b10a2844c20165700ede21g", email: "ada@example.com", displayName: "Ada Lovelace" };
const GRACE = {
  accountId: "5b10ac8d82e05b22cc7d4ef5",
  email: "grace@example.com",
  displayName: "Grace Hopper",
};

let double: JiraDouble;
let jira: ReturnType<typeof core.createClient>;

beforeAll(async () => {
  double = await startJiraDouble({
    users: [ADA, GRACE],
    credentials: {
      basic: [{ email: ADA.email, token: "t" }],
      bearer: [{ token: "pat", accountId: GRACE.accountId }],
    },
  });
  double.addProject("OPS", { customFields: { customfield_10010: "Change risk" } });
  double.addIssue({
    key: "OPS-1",
    summary: "Deploy failed",
    labels: ["deploy-failure"],
    assignee: ADA.accountId,
    reporter: GRACE.accountId,
    description: adf("Healthcheck failed."),
    fields: { customfield_10010: { value: "High" } },
  });
  double.addIssue({
    key: "OPS-2",
    summary: "Change request",
    approvals: [
      { name: "Manager", approvers: [{ accountId: ADA.accountId, decision: "approved" }] },
      { name: "Security", approvers: [{ accountId: GRACE.accountId }] },
      { name: "CAB", approvers: [{ accountId: GRACE.accountId, decision: "declined" }] },
    ],
  });
  jira = core.createClient({
    host: double.url,
    auth: { type: "basic", email: ADA.email, apiToken: "t" },
    onSchemaMismatch: "throw",
  });
});

afterAll(async () => {
  await double.close();
  delete process.env.AUDIT_SCHEMAS;
});

/** Parses `value` with a (strict, in this mode) jira.js schema, failing with zod's report. */
function documented(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
): void {
  const result = schema.safeParse(value);
  expect(result.error, JSON.stringify(value)).toBeUndefined();
}

describe("jira.js schema audit (strict objects, closed enums)", () => {
  it("is on: an undocumented key fails to parse", () => {
    expect(cloud.IssueSchema.safeParse({ undocumented: true }).success).toBe(false);
  });

  it("every success response uses only documented keys and enum values", async () => {
    await cloud.addComment(jira, {
      issueIdOrKey: "OPS-1",
      body: adf("Rolled back."),
      visibility: { type: "role", value: "Developers" },
      expand: "renderedBody",
    });
    await cloud.doTransition(jira, { issueIdOrKey: "OPS-1", transition: { id: "21" } });
    await cloud.getComments(jira, { issueIdOrKey: "OPS-1" });
    await cloud.getTransitions(jira, {
      issueIdOrKey: "OPS-1",
      expand: "transitions.fields",
      includeUnavailableTransitions: true,
    });
    await cloud.findUsers(jira, { query: "grace" });
    const created = await cloud.createIssue(jira, {
      fields: {
        project: { key: "OPS" },
        issuetype: { name: "Bug" },
        summary: "Another failure",
        assignee: { accountId: GRACE.accountId },
        labels: ["deploy-failure"],
      },
    });
    await cloud.searchAndReconsileIssuesUsingJql(jira, {
      jql: 'project = OPS AND labels = "deploy-failure" AND statusCategory != Done',
      fields: ["*all"],
      expand: "names,transitions,changelog",
      maxResults: 1,
    });
    await cloud.searchAndReconsileIssuesUsingJqlPost(jira, { jql: `key in (OPS-1, ${created.key})` });
    const asGrace = core.createClient({
      host: double.url,
      auth: { type: "bearer", token: "pat" },
      onSchemaMismatch: "throw",
    });
    await serviceDesk.getApprovals(asGrace, { issueIdOrKey: "OPS-2", start: 1, limit: 1 });
    await serviceDesk.getApprovals(asGrace, { issueIdOrKey: "OPS-2" });
    await serviceDesk.getApprovalById(asGrace, { issueIdOrKey: "OPS-2", approvalId: 2 });
    const issue = await cloud.getIssue(jira, {
      issueIdOrKey: "OPS-1",
      expand: "names,transitions,changelog",
    });

    expect(drift()).toEqual([]);

    // Inside `fields` (typed `any` by the spec), each value is checked against its own model.
    const f = issue.fields!;
    documented(cloud.StatusDetailsSchema, f.status);
    documented(cloud.IssueTypeDetailsSchema, f.issuetype);
    documented(cloud.ProjectDetailsSchema, f.project);
    documented(cloud.PrioritySchema, f.priority);
    for (const user of [f.assignee, f.reporter, f.creator]) documented(cloud.UserDetailsSchema, user);
    documented(cloud.DocumentSchema, f.description);
    const { self: commentsSelf, ...commentPage } = f.comment as { self: string };
    expect(commentsSelf).toBe(`${double.url}/rest/api/3/issue/${issue.id}/comment`);
    documented(cloud.PageOfCommentsSchema, commentPage);
    expect(f.resolution).toBeNull();
    expect(Object.keys(issue.names ?? {})).toEqual(Object.keys(f));
  });

  it("error bodies are Jira's ErrorCollection and JSM's ErrorResponse", async () => {
    const bodies = async (call: () => Promise<unknown>) => {
      try {
        await call();
      } catch (error) {
        if (core.isApiError(error)) return error.body;
        throw error;
      }
      throw new Error("expected the call to fail");
    };
    for (const body of [
      await bodies(() => cloud.getIssue(jira, { issueIdOrKey: "OPS-404" })),
      await bodies(() => cloud.createIssue(jira, { fields: {} })),
      await bodies(() => cloud.doTransition(jira, { issueIdOrKey: "OPS-1", transition: { id: "999" } })),
      await bodies(() => cloud.searchAndReconsileIssuesUsingJql(jira, { jql: "project = NOPE" })),
    ]) {
      documented(cloud.ErrorCollectionSchema, body);
    }
    documented(
      serviceDesk.ErrorResponseSchema,
      await bodies(() => serviceDesk.getApprovals(jira, { issueIdOrKey: "OPS-1" })),
    );
  });
});
