import {
  addComment,
  createIssue,
  doTransition,
  findUsers,
  getComments,
  getIssue,
  getTransitions,
  searchAndReconsileIssuesUsingJql,
  searchAndReconsileIssuesUsingJqlPost,
} from "jira.js/cloud";
import {
  type ApiError,
  type Client,
  type ClientConfig,
  createClient,
  isApiError,
  isAuthError,
  isForbiddenError,
  isNotFoundError,
  isRateLimitError,
  isSchemaMismatchError,
  isServerError,
} from "jira.js/core";
import { getApprovals } from "jira.js/serviceDesk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adf, adfText, type JiraDouble, startJiraDouble } from "./jira-double.ts";

const ADA = { accountId: "5b10a2844c20165700ede21g", email: "ada@example.com", displayName: "Ada Lovelace" };
const GRACE = {
  accountId: "5b10ac8d82e05b22cc7d4ef5",
  email: "grace@example.com",
  displayName: "Grace Hopper",
};
const LIN = {
  accountId: "712020:4a1c7e5b-9d0e-4f6a-8b2c-3d4e5f6a7b8c",
  email: "lin@example.com",
  displayName: "Lin Outsider",
};
const GONE = {
  accountId: "5b10a0effa615349cb016cd8",
  email: "gone@example.com",
  displayName: "Ada Gone",
  active: false,
};

let double: JiraDouble;
let clock: Date;
let jira: Client;

/** jira.js's client as the suite builds it, validating every response strictly. */
function client(auth?: ClientConfig["auth"], extra: Partial<ClientConfig> = {}): Client {
  return createClient({
    host: double.url,
    ...(auth ? { auth } : {}),
    onSchemaMismatch: "throw",
    ...extra,
  } as ClientConfig);
}

const asAda = () => client({ type: "basic", email: ADA.email, apiToken: "ada-api-token" });
const asGrace = () => client({ type: "bearer", token: "grace-pat" });
const asLin = () => client({ type: "basic", email: LIN.email, apiToken: "lin-api-token" });

beforeEach(async () => {
  clock = new Date("2026-03-02T09:30:00.000Z");
  double = await startJiraDouble({
    users: [ADA, GRACE, LIN, GONE],
    credentials: {
      basic: [
        { email: ADA.email, token: "ada-api-token" },
        { email: LIN.email, token: "lin-api-token" },
      ],
      bearer: [{ token: "grace-pat", accountId: GRACE.accountId }],
    },
    now: () => clock,
  });
  double.addProject("OPS", {
    name: "Operations",
    statuses: [
      { name: "To Do", category: "new" },
      { name: "In Progress", category: "indeterminate" },
      { name: "In Review", category: "indeterminate" },
      { name: "Done", category: "done" },
    ],
    transitions: [
      { id: "11", name: "Start", to: "In Progress", from: ["To Do"] },
      { id: "21", name: "Review", to: "In Review", from: ["In Progress"] },
      { id: "31", name: "Close", to: "Done" },
      { id: "41", name: "Reopen", to: "To Do", from: ["Done"] },
    ],
    customFields: { customfield_10010: "Change risk" },
    permissions: { users: { [LIN.accountId]: [] } },
  });
  jira = asAda();
});

afterEach(async () => {
  await double.close();
});

/** Runs `call`, expecting it to throw; returns what it threw. */
async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

async function apiError(call: () => Promise<unknown>): Promise<ApiError> {
  const error = await rejection(call);
  if (!isApiError(error)) throw error;
  expect(isSchemaMismatchError(error)).toBe(false);
  return error;
}

function seedOps7() {
  return double.addIssue({
    key: "OPS-7",
    summary: "Deploy api 1.4.2 to production",
    status: "In Progress",
    labels: ["deploy", "api"],
    assignee: ADA.accountId,
    reporter: GRACE.accountId,
    fields: { customfield_10010: { value: "High", id: "10021" } },
    description: adf("Rollout of api 1.4.2"),
  });
}

describe("GET /rest/api/3/issue/{issueIdOrKey}", () => {
  it("returns the issue with status and category, type, project, people, labels and custom fields", async () => {
    const seeded = seedOps7();
    const issue = await getIssue(jira, { issueIdOrKey: "OPS-7" });

    expect(issue).toMatchObject({
      id: seeded.id,
      key: "OPS-7",
      self: `${double.url}/rest/api/3/issue/${seeded.id}`,
    });
    const f = issue.fields!;
    expect(f.summary).toBe("Deploy api 1.4.2 to production");
    expect(f.status).toMatchObject({
      name: "In Progress",
      statusCategory: { key: "indeterminate", name: "In Progress", id: 4, colorName: "yellow" },
    });
    expect(f.issuetype).toMatchObject({ name: "Task", subtask: false });
    expect(f.project).toMatchObject({ key: "OPS", name: "Operations" });
    expect(f.assignee).toMatchObject({
      accountId: ADA.accountId,
      displayName: "Ada Lovelace",
      emailAddress: ADA.email,
    });
    expect(f.reporter).toMatchObject({ accountId: GRACE.accountId });
    expect(f.labels).toEqual(["deploy", "api"]);
    expect(f.customfield_10010).toEqual({ value: "High", id: "10021" });
    expect(adfText(f.description)).toBe("Rollout of api 1.4.2");
    expect(f.resolution).toBeNull();
    expect(f.created).toBe("2026-03-02T09:30:00.000+0000");
    expect(f.comment).toMatchObject({ comments: [], total: 0 });
  });

  it("selects fields with fields=, excludes with -field, and expands names, transitions and changelog", async () => {
    seedOps7();
    const some = await getIssue(jira, { issueIdOrKey: "OPS-7", fields: ["summary", "status"] });
    expect(Object.keys(some.fields!).sort()).toEqual(["status", "summary"]);
    expect(double.requests.at(-1)?.query).toEqual({ fields: "summary,status" });

    const most = await getIssue(jira, {
      issueIdOrKey: "OPS-7",
      fields: ["*all", "-comment", "-description"],
    });
    expect(most.fields).not.toHaveProperty("comment");
    expect(most.fields).not.toHaveProperty("description");
    expect(most.fields).toHaveProperty("customfield_10010");

    await doTransition(jira, { issueIdOrKey: "OPS-7", transition: { id: "21" } });
    const expanded = await getIssue(jira, {
      issueIdOrKey: "OPS-7",
      fields: ["summary", "customfield_10010"],
      expand: "names,transitions,changelog",
    });
    expect(expanded.names).toEqual({ summary: "Summary", customfield_10010: "Change risk" });
    expect(expanded.transitions?.map((t) => t.id)).toEqual(["31"]);
    expect(expanded.changelog?.histories?.[0]?.items).toEqual([
      expect.objectContaining({ field: "status", fromString: "In Progress", toString: "In Review" }),
    ]);
    expect(expanded.changelog?.histories?.[0]?.created).toEqual(clock);
  });

  it("finds an issue by id or by key in any case, and answers the key as stored", async () => {
    const seeded = seedOps7();
    expect((await getIssue(jira, { issueIdOrKey: seeded.id, fields: ["summary"] })).key).toBe("OPS-7");
    expect((await getIssue(jira, { issueIdOrKey: "ops-7", fields: ["summary"] })).key).toBe("OPS-7");
  });

  it("answers 404 NotFoundError with Jira's body for an unknown issue and for one the caller may not browse", async () => {
    seedOps7();
    const body = {
      errorMessages: ["Issue does not exist or you do not have permission to see it."],
      errors: {},
    };
    const unknown = await apiError(() => getIssue(jira, { issueIdOrKey: "OPS-999" }));
    expect(isNotFoundError(unknown)).toBe(true);
    expect(unknown.body).toEqual(body);

    const hidden = await apiError(() => getIssue(asLin(), { issueIdOrKey: "OPS-7" }));
    expect(isNotFoundError(hidden)).toBe(true);
    expect(hidden.body).toEqual(body);
  });
});

describe("POST /rest/api/3/issue", () => {
  it("creates an issue assigned to the committer found by email, then reads it back", async () => {
    const [committer] = await findUsers(jira, { query: "grace@example.com" });
    expect(committer?.accountId).toBe(GRACE.accountId);

    clock = new Date("2026-03-02T10:00:00.000Z");
    const created = await createIssue(jira, {
      fields: {
        project: { key: "OPS" },
        issuetype: { name: "Bug" },
        summary: "Deploy of api 1.4.3 failed",
        description: adf("Healthcheck failed on prod-eu-1.\nRolled back."),
        assignee: { accountId: committer!.accountId },
        labels: ["deploy-failure"],
        priority: { name: "High" },
        customfield_10010: { value: "High" },
      },
    });
    expect(created).toEqual({
      id: expect.any(String),
      key: "OPS-1",
      self: `${double.url}/rest/api/3/issue/${created.id}`,
    });
    expect(double.requests.at(-1)).toMatchObject({ method: "POST", path: "/rest/api/3/issue", status: 201 });

    const issue = await getIssue(jira, { issueIdOrKey: created.key });
    expect(issue.fields).toMatchObject({
      summary: "Deploy of api 1.4.3 failed",
      status: { name: "To Do", statusCategory: { key: "new" } },
      issuetype: { name: "Bug" },
      assignee: { accountId: GRACE.accountId },
      reporter: { accountId: ADA.accountId },
      creator: { accountId: ADA.accountId },
      labels: ["deploy-failure"],
      priority: { name: "High", id: "2" },
      customfield_10010: { value: "High" },
      created: "2026-03-02T10:00:00.000+0000",
    });
    expect(double.issue("OPS-1")).toMatchObject({
      assignee: GRACE.accountId,
      reporter: ADA.accountId,
      status: { name: "To Do", category: "new" },
    });
    expect(adfText(double.issue("OPS-1")!.description!)).toBe(
      "Healthcheck failed on prod-eu-1.\nRolled back.",
    );

    // Numbering continues after seeded issues.
    seedOps7();
    const next = await createIssue(jira, {
      fields: { project: { key: "OPS" }, issuetype: { name: "Task" }, summary: "x" },
    });
    expect(next.key).toBe("OPS-8");
  });

  it("answers 400 with an error per missing or invalid field, and creates nothing", async () => {
    const missing = await apiError(() => createIssue(jira, { fields: {} }));
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      errorMessages: [],
      errors: {
        project: "Specify a valid project ID or key",
        summary: "You must specify a summary of the issue.",
        issuetype: "Specify an issue type",
      },
    });

    const invalid = await apiError(() =>
      createIssue(jira, {
        fields: {
          project: { key: "OPS" },
          issuetype: { name: "Epic" },
          summary: "two\nlines",
          assignee: { accountId: "no-such-account" },
          labels: ["has space"],
          customfield_99999: "x",
        },
      }),
    );
    expect(invalid.body).toEqual({
      errorMessages: [],
      errors: {
        issuetype: "The issue type selected is invalid.",
        summary: "The summary is invalid because it contains newline characters.",
        assignee: "User 'no-such-account' cannot be assigned issues.",
        labels: "The label 'has space' contains spaces which is invalid.",
        customfield_99999:
          "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    });

    // v3 takes rich text as ADF only (jira.js would route a string to v2, so send it raw).
    const wiki = await apiError(() =>
      jira.sendRequest({
        url: "/rest/api/3/issue",
        method: "POST",
        body: {
          fields: {
            project: { key: "OPS" },
            issuetype: { name: "Task" },
            summary: "x",
            description: "*bold*",
          },
        },
      }),
    );
    expect(wiki.body).toEqual({
      errorMessages: [],
      errors: {
        description: "Operation value must be an Atlassian Document (see the Atlassian Document Format)",
      },
    });

    const inactive = await apiError(() =>
      createIssue(jira, {
        fields: {
          project: { key: "OPS" },
          issuetype: { name: "Task" },
          summary: "x",
          assignee: { accountId: GONE.accountId },
        },
      }),
    );
    expect(inactive.body).toMatchObject({
      errors: { assignee: `User '${GONE.accountId}' cannot be assigned issues.` },
    });
    expect(double.issue("OPS-1")).toBeUndefined();
  });

  it("answers 403 ForbiddenError when the caller may browse the project but not create issues in it", async () => {
    double.addProject("SEC", { permissions: { default: ["BROWSE_PROJECTS"] } });
    const error = await apiError(() =>
      createIssue(jira, { fields: { project: { key: "SEC" }, issuetype: { name: "Task" }, summary: "x" } }),
    );
    expect(isForbiddenError(error)).toBe(true);
    expect(error.body).toEqual({
      errorMessages: ["You do not have permission to create issues in this project."],
      errors: {},
    });

    // A project the caller cannot even see is, as in Jira, an invalid project.
    const hidden = await apiError(() =>
      createIssue(asLin(), {
        fields: { project: { key: "OPS" }, issuetype: { name: "Task" }, summary: "x" },
      }),
    );
    expect(hidden.status).toBe(400);
    expect(hidden.body).toMatchObject({ errors: { project: "Specify a valid project ID or key" } });
  });
});

describe("comments", () => {
  it("stores an ADF comment as the caller and answers 201 with Jira's Comment", async () => {
    seedOps7();
    clock = new Date("2026-03-02T11:15:00.000Z");
    const body = {
      version: 1 as const,
      type: "doc" as const,
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Deployed " },
            { type: "text", text: "api 1.4.2", marks: [{ type: "code" }] },
            { type: "text", text: " to production." },
          ],
        },
      ],
    };
    const comment = await addComment(jira, { issueIdOrKey: "OPS-7", body, expand: "renderedBody" });

    expect(comment.author?.accountId).toBe(ADA.accountId);
    expect(comment.body).toEqual(body);
    expect(comment.created).toEqual(clock); // jira.js turns Jira's timestamp into a Date
    expect(comment.renderedBody).toBe("<p>Deployed <tt>api 1.4.2</tt> to production.</p>");
    expect(double.issue("OPS-7")?.comments).toEqual([
      { id: comment.id, author: ADA.accountId, body, created: clock },
    ]);

    const page = await getComments(jira, { issueIdOrKey: "OPS-7" });
    expect(page.comments?.map((c) => adfText(c.body!))).toEqual(["Deployed api 1.4.2 to production."]);
    expect(page.total).toBe(1);
  });

  it("refuses a plain-string body on v3 with 400 and an ADF document that breaks the schema", async () => {
    seedOps7();
    const plain = await apiError(() =>
      jira.sendRequest({
        url: "/rest/api/3/issue/OPS-7/comment",
        method: "POST",
        body: { body: "Deployed." },
      }),
    );
    expect(plain.status).toBe(400);
    expect(plain.body).toEqual({ errorMessages: [], errors: { comment: "Comment body is not valid!" } });

    for (const broken of [
      { type: "doc", content: [] }, // no version
      { version: 1, type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] },
      { version: 1, type: "doc", content: [{ type: "marquee" }] },
    ]) {
      const error = await apiError(() =>
        jira.sendRequest({ url: "/rest/api/3/issue/OPS-7/comment", method: "POST", body: { body: broken } }),
      );
      expect(error.body).toEqual({ errorMessages: [], errors: { comment: "Comment body is not valid!" } });
    }
    expect(double.issue("OPS-7")?.comments).toEqual([]);
  });

  it("does not serve v2, where jira.js sends a wiki-markup string, and says so", async () => {
    seedOps7();
    const error = await apiError(() => addComment(jira, { issueIdOrKey: "OPS-7", body: "h2. Deployed" }));
    expect(isNotFoundError(error)).toBe(true);
    expect(double.requests.at(-1)?.path).toBe("/rest/api/2/issue/OPS-7/comment");
    expect((error.body as { message: string }).message).toContain("serves REST API v3 only");
    expect(double.issue("OPS-7")?.comments).toEqual([]);
  });

  it("answers 400 to a user without the Add comments permission, 404 on an unknown issue", async () => {
    double.addProject("SEC", { permissions: { default: ["BROWSE_PROJECTS"] } });
    double.addIssue({ key: "SEC-1", summary: "Rotate keys" });
    const denied = await apiError(() => addComment(jira, { issueIdOrKey: "SEC-1", body: adf("hi") }));
    expect(denied.status).toBe(400);
    expect(denied.body).toEqual({
      errorMessages: ["Ada Lovelace, you do not have the permission to comment on this issue."],
      errors: {},
    });
    const missing = await apiError(() => addComment(jira, { issueIdOrKey: "OPS-404", body: adf("hi") }));
    expect(isNotFoundError(missing)).toBe(true);
  });
});

describe("transitions", () => {
  it("lists the transitions available from the current status and applies one (204)", async () => {
    double.addIssue({ key: "OPS-3", summary: "Ship it" });
    const listed = await getTransitions(jira, { issueIdOrKey: "OPS-3" });
    expect(listed.transitions?.map((t) => [t.id, t.name, t.to?.name, t.isGlobal])).toEqual([
      ["11", "Start", "In Progress", false],
      ["31", "Close", "Done", true],
    ]);
    expect(listed.transitions?.[1]?.to?.statusCategory).toMatchObject({ key: "done", name: "Done" });

    clock = new Date("2026-03-02T12:00:00.000Z");
    expect(await doTransition(jira, { issueIdOrKey: "OPS-3", transition: { id: "11" } })).toBeUndefined();
    expect(double.requests.at(-1)).toMatchObject({
      method: "POST",
      status: 204,
      body: { transition: { id: "11" } },
    });
    expect(
      (await getIssue(jira, { issueIdOrKey: "OPS-3", fields: ["status"] })).fields?.status,
    ).toMatchObject({
      name: "In Progress",
      statusCategory: { key: "indeterminate" },
    });

    clock = new Date("2026-03-02T12:30:00.000Z");
    await doTransition(jira, {
      issueIdOrKey: "OPS-3",
      transition: { id: "31" },
      update: { comment: [{ add: { body: adf("Closed by the release pipeline.") } }] },
    });
    const done = double.issue("OPS-3")!;
    expect(done.status).toMatchObject({ name: "Done", category: "done" });
    expect(done.resolution).toBe("Done");
    expect(done.comments.map((c) => adfText(c.body))).toEqual(["Closed by the release pipeline."]);
    expect(
      done.history.map((h) => [
        h.author,
        h.created.toISOString(),
        h.items.map((i) => `${i.field}:${i.toString}`),
      ]),
    ).toEqual([
      [ADA.accountId, "2026-03-02T12:00:00.000Z", ["status:In Progress"]],
      [ADA.accountId, "2026-03-02T12:30:00.000Z", ["status:Done", "resolution:Done"]],
    ]);
    const after = await getTransitions(jira, { issueIdOrKey: "OPS-3" });
    expect(after.transitions?.map((t) => t.id)).toEqual(["31", "41"]);
  });

  it("answers 400 for a transition id that is unknown or not available from the current status", async () => {
    double.addIssue({ key: "OPS-3", summary: "Ship it" });
    for (const id of ["21", "999"]) {
      const error = await apiError(() => doTransition(jira, { issueIdOrKey: "OPS-3", transition: { id } }));
      expect(error.status).toBe(400);
      expect(error.body).toEqual({
        errorMessages: [`Transition id '${id}' is not valid for this issue.`],
        errors: {},
      });
    }
    const missing = await apiError(() => doTransition(jira, { issueIdOrKey: "OPS-3" }));
    expect(missing.body).toEqual({ errorMessages: ["Missing 'transition' identifier"], errors: {} });
    const offScreen = await apiError(() =>
      doTransition(jira, { issueIdOrKey: "OPS-3", transition: { id: "11" }, fields: { summary: "renamed" } }),
    );
    expect(offScreen.body).toEqual({
      errorMessages: [],
      errors: { summary: "Field 'summary' cannot be set. It is not on the appropriate screen, or unknown." },
    });
    expect(double.issue("OPS-3")?.status.name).toBe("To Do");
  });

  it("lists nothing and refuses to transition for a user without the Transition issues permission", async () => {
    double.addProject("SEC", { permissions: { default: ["BROWSE_PROJECTS"] } });
    double.addIssue({ key: "SEC-1", summary: "Rotate keys" });
    expect((await getTransitions(jira, { issueIdOrKey: "SEC-1" })).transitions).toEqual([]);
    const error = await apiError(() =>
      doTransition(jira, { issueIdOrKey: "SEC-1", transition: { id: "21" } }),
    );
    expect(error.status).toBe(400);
  });
});

describe("GET /rest/api/3/user/search", () => {
  it("finds active users by email or display-name prefix, and answers [] when none match", async () => {
    expect((await findUsers(jira, { query: "grace@example.com" })).map((u) => u.accountId)).toEqual([
      GRACE.accountId,
    ]);
    const [ada] = await findUsers(jira, { query: "Ada" });
    expect(ada).toMatchObject({
      accountId: ADA.accountId,
      accountType: "atlassian",
      displayName: "Ada Lovelace",
      emailAddress: ADA.email,
      active: true,
      self: `${double.url}/rest/api/3/user?accountId=${ADA.accountId}`,
    });
    expect((await findUsers(jira, { query: "lovelace" })).map((u) => u.accountId)).toEqual([ADA.accountId]);
    expect(await findUsers(jira, { query: "nobody@example.com" })).toEqual([]);
    // "Ada Gone" is inactive: user search lists active users only.
    expect((await findUsers(jira, { query: "ada" })).map((u) => u.accountId)).toEqual([ADA.accountId]);
    expect((await findUsers(jira, { accountId: LIN.accountId })).map((u) => u.displayName)).toEqual([
      "Lin Outsider",
    ]);
    const neither = await apiError(() => findUsers(jira, {}));
    expect(neither.status).toBe(400);
  });
});

describe("JQL search: /rest/api/3/search/jql", () => {
  function seedFailures() {
    double.addProject("DEV");
    double.addIssue({
      key: "OPS-1",
      summary: "Old failure",
      labels: ["deploy-failure"],
      status: "Done",
      created: new Date("2026-02-01T00:00:00Z"),
    });
    double.addIssue({
      key: "OPS-2",
      summary: "Open failure",
      labels: ["deploy-failure", "api"],
      status: "In Review",
      created: new Date("2026-02-02T00:00:00Z"),
    });
    double.addIssue({
      key: "OPS-3",
      summary: "Unrelated",
      labels: ["chore"],
      created: new Date("2026-02-03T00:00:00Z"),
    });
    double.addIssue({ key: "OPS-4", summary: "No labels", created: new Date("2026-02-04T00:00:00Z") });
    double.addIssue({
      key: "DEV-1",
      summary: "Other project",
      labels: ["deploy-failure"],
      created: new Date("2026-02-05T00:00:00Z"),
    });
  }
  const OPEN_FAILURE = 'project = OPS AND labels = "deploy-failure" AND statusCategory != Done';

  it("finds the open failure issue by project, label and status category (GET and POST)", async () => {
    seedFailures();
    const viaGet = await searchAndReconsileIssuesUsingJql(jira, {
      jql: OPEN_FAILURE,
      fields: ["summary", "status", "labels"],
    });
    expect(viaGet.isLast).toBe(true);
    expect(viaGet.nextPageToken).toBeUndefined();
    expect(viaGet.issues?.map((i) => [i.key, i.fields?.summary, i.fields?.status?.name])).toEqual([
      ["OPS-2", "Open failure", "In Review"],
    ]);
    expect(Object.keys(viaGet.issues?.[0]?.fields ?? {}).sort()).toEqual(["labels", "status", "summary"]);
    expect(double.requests.at(-1)).toMatchObject({
      method: "GET",
      query: { jql: OPEN_FAILURE, fields: "summary,status,labels" },
    });

    const viaPost = await searchAndReconsileIssuesUsingJqlPost(jira, {
      jql: OPEN_FAILURE,
      fields: ["summary"],
    });
    expect(viaPost.issues?.map((i) => i.key)).toEqual(["OPS-2"]);
    expect(double.requests.at(-1)).toMatchObject({
      method: "POST",
      body: { jql: OPEN_FAILURE, fields: ["summary"] },
    });

    // The same query finds nothing once the issue is closed.
    await doTransition(jira, { issueIdOrKey: "OPS-2", transition: { id: "31" } });
    expect((await searchAndReconsileIssuesUsingJql(jira, { jql: OPEN_FAILURE })).issues).toEqual([]);
  });

  it("matches key in (…), label != and IS EMPTY the way Jira does, and ORDER BY", async () => {
    seedFailures();
    const keys = async (jql: string) =>
      (await searchAndReconsileIssuesUsingJql(jira, { jql, fields: ["summary"] })).issues?.map((i) => i.key);
    expect(await keys("key in (OPS-3, DEV-1) ORDER BY key ASC")).toEqual(["DEV-1", "OPS-3"]);
    expect(await keys("issuekey = ops-2")).toEqual(["OPS-2"]);
    // != and NOT IN never match an empty field: OPS-4 (no labels) is not "labels != chore".
    expect(await keys("project = OPS AND labels != chore ORDER BY created ASC")).toEqual(["OPS-1", "OPS-2"]);
    expect(await keys("project = OPS AND labels IS EMPTY")).toEqual(["OPS-4"]);
    expect(await keys('project in (OPS, DEV) AND statusCategory = "To Do"')).toEqual([
      "DEV-1",
      "OPS-4",
      "OPS-3",
    ]);
    expect(await keys("status = 'In Review'")).toEqual(["OPS-2"]);
    double.addIssue({ key: "OPS-5", summary: "Mine", assignee: ADA.accountId });
    expect(await keys("assignee = currentUser() AND statusCategory != Done")).toEqual(["OPS-5"]);
    expect(await keys(`project = OPS AND assignee IN ("${GRACE.accountId}", "${ADA.accountId}")`)).toEqual([
      "OPS-5",
    ]);
  });

  it("answers ids only without fields=, and pages with nextPageToken", async () => {
    seedFailures();
    const first = await searchAndReconsileIssuesUsingJql(jira, {
      jql: "project = OPS ORDER BY key ASC",
      maxResults: 3,
    });
    expect(first.issues).toEqual([
      { id: expect.any(String) },
      { id: expect.any(String) },
      { id: expect.any(String) },
    ]);
    expect(first.isLast).toBe(false);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = await searchAndReconsileIssuesUsingJql(jira, {
      jql: "project = OPS ORDER BY key ASC",
      maxResults: 3,
      nextPageToken: first.nextPageToken!,
      fields: ["summary"],
    });
    expect(second.issues?.map((i) => i.key)).toEqual(["OPS-4"]);
    expect(second.isLast).toBe(true);

    const tampered = await apiError(() =>
      searchAndReconsileIssuesUsingJql(jira, { jql: "project = DEV", nextPageToken: first.nextPageToken! }),
    );
    expect(tampered.status).toBe(400);
  });

  it("answers 400 with a JQL error message for malformed JQL, unknown values and JQL outside the subset", async () => {
    seedFailures();
    const cases: [string, string][] = [
      ["", "Unbounded JQL queries are not allowed here. Please add a search restriction to your query."],
      [
        "ORDER BY created DESC",
        "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.",
      ],
      ["project = NOPE", "The value 'NOPE' does not exist for the field 'project'."],
      ["statusCategory != Finished", "The value 'Finished' does not exist for the field 'statusCategory'."],
      ["key in (OPS-1, OPS-99)", "An issue with key 'OPS-99' does not exist for field 'key'."],
      ["flavour = vanilla", "Field 'flavour' does not exist or you do not have permission to view it."],
      ["project = OPS AND", "Error in the JQL Query: Expecting a field name at the end of the query."],
      [
        "project = ",
        "Error in the JQL Query: Expecting either a value, list or function before the end of the query.",
      ],
      ["key in (OPS-1", "Error in the JQL Query: Expecting ')' before the end of the query."],
      [
        "project OPS",
        "Error in the JQL Query: Expecting operator but got 'OPS'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
      ],
      ["project = OPS OR labels = x", "The Jira double does not support OR in JQL."],
      ['summary ~ "deploy"', "The Jira double does not support the field 'summary' in JQL."],
      ["project = OPS AND (labels = a)", "The Jira double does not support parentheses in JQL."],
    ];
    for (const [jql, message] of cases) {
      const error = await apiError(() => searchAndReconsileIssuesUsingJqlPost(jira, { jql }));
      expect(error.status, jql).toBe(400);
      const [got] = (error.body as { errorMessages: string[] }).errorMessages;
      expect(got, jql).toContain(message);
    }
  });

  it("hides projects the caller may not browse, and answers the removed /rest/api/3/search with 410", async () => {
    seedFailures();
    expect((await searchAndReconsileIssuesUsingJql(asLin(), { jql: "project = DEV" })).issues).toHaveLength(
      1,
    );
    const hidden = await apiError(() => searchAndReconsileIssuesUsingJql(asLin(), { jql: "project = OPS" }));
    expect(hidden.body).toEqual({
      errorMessages: ["The value 'OPS' does not exist for the field 'project'."],
      errors: {},
    });

    const removed = await apiError(() =>
      jira.sendRequest({ url: "/rest/api/3/search", method: "GET", searchParams: { jql: "project = OPS" } }),
    );
    expect(removed.status).toBe(410);
    expect((removed.body as { errorMessages: string[] }).errorMessages[0]).toContain(
      "/rest/api/3/search/jql",
    );
  });
});

describe("JSM approvals: /rest/servicedeskapi/request/{issueIdOrKey}/approval", () => {
  const created = new Date("2026-03-01T08:00:00.000Z");
  const decided = new Date("2026-03-01T14:05:00.000Z");

  function seedRequest() {
    double.addProject("CHG", { name: "Change requests" });
    double.addIssue({
      key: "CHG-12",
      summary: "Release api 1.4.2",
      approvals: [
        {
          name: "Change manager",
          approvers: [{ accountId: ADA.accountId, decision: "approved" }],
          created,
          completed: decided,
        },
        {
          name: "Security",
          approvers: [
            { accountId: GRACE.accountId, decision: "pending" },
            { accountId: ADA.accountId, decision: "pending" },
          ],
          created,
        },
        {
          name: "CAB",
          approvers: [
            { accountId: ADA.accountId, decision: "approved" },
            { accountId: GRACE.accountId, decision: "declined" },
          ],
          required: "all",
          created,
          completed: decided,
        },
      ],
    });
  }

  it("lists approved, pending and declined approvals with approvers' decisions and JSM dates", async () => {
    seedRequest();
    const page = await getApprovals(asGrace(), { issueIdOrKey: "CHG-12" });
    expect(page).toMatchObject({ size: 3, start: 0, limit: 50, isLastPage: true });
    const [manager, security, cab] = page.values ?? [];
    expect(manager).toMatchObject({
      id: "1",
      name: "Change manager",
      finalDecision: "approved",
      canAnswerApproval: false,
      approvers: [
        { approver: { accountId: ADA.accountId, displayName: "Ada Lovelace" }, approverDecision: "approved" },
      ],
      createdDate: {
        iso8601: "2026-03-01T08:00:00+0000",
        jira: "2026-03-01T08:00:00.000+0000",
        friendly: "01/Mar/26 8:00 AM",
        epochMillis: created.getTime(),
      },
      completedDate: { jira: "2026-03-01T14:05:00.000+0000", friendly: "01/Mar/26 2:05 PM" },
    });
    expect(security).toMatchObject({ finalDecision: "pending", canAnswerApproval: true });
    expect(security).not.toHaveProperty("completedDate");
    expect(security?.approvers?.map((a) => a.approverDecision)).toEqual(["pending", "pending"]);
    expect(cab).toMatchObject({ finalDecision: "declined", canAnswerApproval: false });
    expect(cab?.approvers?.map((a) => [a.approver?.accountId, a.approverDecision])).toEqual([
      [ADA.accountId, "approved"],
      [GRACE.accountId, "declined"],
    ]);
  });

  it("reflects a decision taken later, and pages with start/limit", async () => {
    seedRequest();
    clock = new Date("2026-03-02T16:45:00.000Z");
    double.decideApproval("CHG-12", "2", GRACE.accountId, "approved");
    const [, security] = (await getApprovals(jira, { issueIdOrKey: "CHG-12" })).values ?? [];
    expect(security).toMatchObject({
      finalDecision: "approved",
      completedDate: { jira: "2026-03-02T16:45:00.000+0000" },
    });
    expect(double.issue("CHG-12")?.approvals?.[1]).toMatchObject({ finalDecision: "approved" });

    const page = await getApprovals(jira, { issueIdOrKey: "CHG-12", start: 1, limit: 1 });
    expect(page).toMatchObject({ size: 1, start: 1, limit: 1, isLastPage: false });
    expect(page.values?.map((a) => a.name)).toEqual(["Security"]);
    expect(page._links?.next).toBe(
      `${double.url}/rest/servicedeskapi/request/CHG-12/approval?start=2&limit=1`,
    );
    expect(page._links?.prev).toBe(
      `${double.url}/rest/servicedeskapi/request/CHG-12/approval?start=0&limit=1`,
    );
  });

  it("answers 404 for an issue that is not a JSM request and 403 to a caller who cannot see the project", async () => {
    seedRequest();
    seedOps7();
    const notRequest = await apiError(() => getApprovals(jira, { issueIdOrKey: "OPS-7" }));
    expect(isNotFoundError(notRequest)).toBe(true);
    expect(notRequest.body).toMatchObject({
      errorMessage: expect.any(String),
      i18nErrorMessage: { i18nKey: expect.any(String) },
    });

    double.addProject("HR", { permissions: { users: { [ADA.accountId]: [] } } });
    double.addIssue({
      key: "HR-1",
      summary: "Hire",
      approvals: [{ name: "Manager", approvers: [{ accountId: GRACE.accountId }] }],
    });
    expect(isForbiddenError(await apiError(() => getApprovals(jira, { issueIdOrKey: "HR-1" })))).toBe(true);
  });
});

describe("authentication", () => {
  it("accepts Basic (email:API token) and Bearer (personal access token) and records who called", async () => {
    seedOps7();
    await getIssue(asAda(), { issueIdOrKey: "OPS-7", fields: ["summary"] });
    await getIssue(asGrace(), { issueIdOrKey: "OPS-7", fields: ["summary"] });
    expect(double.requests.map((r) => [r.user, r.headers.authorization?.split(" ")[0]])).toEqual([
      [ADA.accountId, "Basic"],
      [GRACE.accountId, "Bearer"],
    ]);
  });

  it("lets a bare bearer token act as the first user", async () => {
    const dc = await startJiraDouble({ users: [GRACE, ADA], credentials: { bearer: ["dc-pat"] } });
    try {
      dc.addIssue({ key: "OPS-1", summary: "x" });
      const pat = createClient({
        host: dc.url,
        auth: { type: "bearer", token: "dc-pat" },
        onSchemaMismatch: "throw",
      });
      await getIssue(pat, { issueIdOrKey: "OPS-1", fields: ["summary"] });
      expect(dc.requests[0]?.user).toBe(GRACE.accountId);
    } finally {
      await dc.close();
    }
    await expect(
      startJiraDouble({ credentials: { basic: [{ email: "x@example.com", token: "t" }] } }),
    ).rejects.toThrow(/no user has the email/);
  });

  it("answers 401 AuthError with Atlassian's body without credentials and with bad ones", async () => {
    seedOps7();
    const body = { message: "Client must be authenticated to access this resource.", "status-code": 401 };
    for (const c of [
      client(),
      client({ type: "basic", email: ADA.email, apiToken: "wrong" }),
      client({ type: "basic", email: "stranger@example.com", apiToken: "ada-api-token" }),
      client({ type: "bearer", token: "expired-pat" }),
    ]) {
      const error = await apiError(() => getIssue(c, { issueIdOrKey: "OPS-7" }));
      expect(isAuthError(error)).toBe(true);
      expect(error.body).toEqual(body);
    }
    expect(double.requests.map((r) => [r.status, r.user])).toEqual(Array(4).fill([401, null]));
  });
});

describe("faults", () => {
  it("429 surfaces as RateLimitError with Retry-After in retryAfterMs, with Jira's rate-limit headers", async () => {
    seedOps7();
    double.failNext(1, { status: 429, retryAfter: 7 });
    const error = await rejection(() => getIssue(jira, { issueIdOrKey: "OPS-7" }));
    expect(isRateLimitError(error)).toBe(true);
    if (!isRateLimitError(error)) return;
    expect(error.retryAfterMs).toBe(7000);
    expect(error.status).toBe(429);

    double.failNext(1, { status: 429, retryAfter: 90 });
    const raw = await fetch(`${double.url}/rest/api/3/issue/OPS-7`);
    expect(raw.status).toBe(429);
    expect(Object.fromEntries([...raw.headers].filter(([n]) => /retry|ratelimit/.test(n)))).toEqual({
      "retry-after": "90",
      "x-ratelimit-reset": "2026-03-02T09:31Z", // the request time plus Retry-After, yyyy-MM-ddTHH:mmZ
      "x-ratelimit-limit": "350",
      "x-ratelimit-remaining": "0",
      "ratelimit-reason": "jira-burst-based",
    });
    // The next request goes through.
    expect((await getIssue(jira, { issueIdOrKey: "OPS-7", fields: ["summary"] })).key).toBe("OPS-7");
  });

  it("5xx surfaces as ServerError; jira.js retries 502/503/504 when asked to", async () => {
    seedOps7();
    double.failNext(1, { status: 500 });
    const error = await rejection(() => getIssue(jira, { issueIdOrKey: "OPS-7" }));
    expect(isServerError(error)).toBe(true);
    expect((error as ApiError).status).toBe(500);

    double.failNext(2, { status: 503, retryAfter: 1 });
    const retrying = client(
      { type: "basic", email: ADA.email, apiToken: "ada-api-token" },
      { retry: { maxAttempts: 3, initialDelayMs: 1 } },
    );
    const before = double.requests.length;
    expect((await getIssue(retrying, { issueIdOrKey: "OPS-7", fields: ["summary"] })).key).toBe("OPS-7");
    expect(double.requests.slice(before).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it("a fault with `match` waits for a matching request, and counts down", async () => {
    seedOps7();
    double.failNext(2, { status: 502, match: { method: "GET", path: /\/transitions$/ } });
    expect((await getIssue(jira, { issueIdOrKey: "OPS-7", fields: ["summary"] })).key).toBe("OPS-7");
    for (let i = 0; i < 2; i++) {
      expect(isServerError(await rejection(() => getTransitions(jira, { issueIdOrKey: "OPS-7" })))).toBe(
        true,
      );
    }
    expect((await getTransitions(jira, { issueIdOrKey: "OPS-7" })).transitions).toHaveLength(2);
    expect(() => double.failNext(0, { status: 500 })).toThrow(/positive integer/);
  });
});

describe("requests and routing", () => {
  it("records every request with method, path, query, headers, JSON body, caller and status", async () => {
    seedOps7();
    await addComment(jira, { issueIdOrKey: "OPS-7", body: adf("hello") });
    expect(double.requests).toEqual([
      {
        method: "POST",
        path: "/rest/api/3/issue/OPS-7/comment",
        query: {},
        headers: expect.objectContaining({ "content-type": "application/json", accept: "application/json" }),
        body: { body: adf("hello") },
        user: ADA.accountId,
        status: 201,
      },
    ]);
  });

  it("answers unknown paths with Jira's 404 body and a known path with the wrong method with 405", async () => {
    const unknown = await apiError(() =>
      jira.sendRequest({ url: "/rest/api/3/nothing-here", method: "GET" }),
    );
    expect(unknown.body).toEqual({ message: "null for uri: /rest/api/3/nothing-here", "status-code": 404 });
    const wrongMethod = await apiError(() => jira.sendRequest({ url: "/rest/api/3/issue", method: "GET" }));
    expect(wrongMethod.status).toBe(405);
    const malformed = await fetch(`${double.url}/rest/api/3/issue`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${ADA.email}:ada-api-token`).toString("base64")}`,
        "content-type": "application/json",
      },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errorMessages: string[] }).errorMessages[0]).toMatch(
      /^Unexpected character/,
    );
  });
});
