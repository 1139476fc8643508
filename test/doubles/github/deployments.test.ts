import { getOctokit } from "@actions/github";
import type { components, operations } from "@octokit/openapi-types";
import { RequestError } from "@octokit/request-error";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubDouble, startGitHubDouble } from "./github-double.ts";

type DeploymentSchema = components["schemas"]["deployment"];
/** The schema allows a bigint id (int64); the double's ids are safe integers. */
type Created = Omit<DeploymentSchema, "id"> & { id: number };

const SHA_MAIN = "a".repeat(40);
const SHA_TOPIC = "0123456789abcdef0123456789abcdef01234567";
const SHA_TAG = "c".repeat(40);
const SHA_256 = "d".repeat(64);
const DEPLOYMENTS_DOCS = "https://docs.github.com/rest/deployments/deployments";
const STATUSES_DOCS = "https://docs.github.com/rest/deployments/statuses";
const repo = { owner: "acme", repo: "deploy" } as const;

/** The fields of `deployment` and `deployment-status` in GitHub's OpenAPI description. */
const DEPLOYMENT_FIELDS = [
  "created_at",
  "creator",
  "description",
  "environment",
  "id",
  "node_id",
  "original_environment",
  "payload",
  "performed_via_github_app",
  "production_environment",
  "ref",
  "repository_url",
  "sha",
  "statuses_url",
  "task",
  "transient_environment",
  "updated_at",
  "url",
];
const STATUS_FIELDS = [
  "created_at",
  "creator",
  "deployment_url",
  "description",
  "environment",
  "environment_url",
  "id",
  "log_url",
  "node_id",
  "performed_via_github_app",
  "repository_url",
  "state",
  "target_url",
  "updated_at",
  "url",
];

let double: GitHubDouble;
let clock: Date;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  clock = new Date("2026-03-01T10:00:00.250Z");
  double = await startGitHubDouble({
    tokens: { ghs_actions: "github-actions[bot]", ghp_ada: "ada" },
    repos: ["acme/deploy"],
    now: () => clock,
  });
  octokit = getOctokit("ghs_actions", { baseUrl: double.url });
  double.addCommit("acme", "deploy", { sha: SHA_MAIN, message: "Main", verified: true, branches: ["main"] });
  double.addCommit("acme", "deploy", {
    sha: SHA_TOPIC,
    message: "Topic",
    verified: false,
    branches: ["topic"],
    parents: [SHA_MAIN],
  });
  double.addCommit("acme", "deploy", { sha: SHA_TAG, message: "Release", verified: true, tags: ["v1.0"] });
});

afterEach(async () => {
  await double.close();
});

async function requestError(call: () => Promise<unknown>): Promise<RequestError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestError);
    return error as RequestError;
  }
  throw new Error("expected the request to fail");
}

function messageOf(error: RequestError): string | undefined {
  return (error.response?.data as { message?: string } | undefined)?.message;
}

type CreateParameters = operations["repos/create-deployment"]["requestBody"]["content"]["application/json"];

/** Creates a deployment through the API, expecting 201 (not the 202 of an auto-merge). */
async function deploy(parameters: CreateParameters, client = octokit): Promise<Created> {
  const response = await client.rest.repos.createDeployment({ ...repo, ...parameters });
  expect(response.status).toBe(201);
  const data = response.data as DeploymentSchema;
  expect(Number.isSafeInteger(data.id)).toBe(true);
  return data as Created;
}

const setStatus = (
  deployment_id: number,
  state: components["schemas"]["deployment-status"]["state"],
  extra: { environment?: string; log_url?: string; auto_inactive?: boolean; description?: string } = {},
) => octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id, state, ...extra });

const statesOf = async (deployment_id: number) =>
  (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id })).data.map((s) => s.state);

describe("creating a deployment", () => {
  it("answers 201 with exactly the documented fields, the defaults filled in", async () => {
    const response = await octokit.rest.repos.createDeployment({ ...repo, ref: "main" });
    expect(response.status).toBe(201);
    const data = response.data as DeploymentSchema;
    expect(Object.keys(data).sort()).toEqual(DEPLOYMENT_FIELDS);
    expect(data).toEqual({
      url: `${double.url}/repos/acme/deploy/deployments/${data.id}`,
      id: expect.any(Number),
      node_id: expect.stringMatching(/^DE_kwDO/),
      sha: SHA_MAIN,
      ref: "main",
      task: "deploy",
      payload: {},
      original_environment: "production",
      environment: "production",
      description: "",
      creator: expect.objectContaining({ login: "github-actions[bot]", id: 41898282, type: "Bot" }),
      created_at: "2026-03-01T10:00:00Z",
      updated_at: "2026-03-01T10:00:00Z",
      statuses_url: `${double.url}/repos/acme/deploy/deployments/${data.id}/statuses`,
      repository_url: `${double.url}/repos/acme/deploy`,
      transient_environment: false,
      production_environment: true,
      performed_via_github_app: null,
    });
    expect(Number.isInteger(data.id)).toBe(true);
    expect(response.headers.location).toBe(data.url);

    const read = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: Number(data.id) });
    expect(read.data).toEqual(data);
    expect(double.deployments("acme", "deploy")).toEqual([{ ...data, statuses: [] }]);
  });

  it("keeps what it is given: task, environment, description, flags and the payload as sent", async () => {
    const asAda = getOctokit("ghp_ada", { baseUrl: double.url });
    const staging = await deploy(
      {
        ref: "topic",
        task: "deploy:migrations",
        environment: "staging",
        description: "Deploy request from hubot",
        payload: { service: "api", replicas: 3, nested: { ok: true } },
        transient_environment: true,
      },
      asAda,
    );
    expect(staging).toMatchObject({
      sha: SHA_TOPIC,
      ref: "topic",
      task: "deploy:migrations",
      environment: "staging",
      original_environment: "staging",
      description: "Deploy request from hubot",
      payload: { service: "api", replicas: 3, nested: { ok: true } },
      transient_environment: true,
      production_environment: false,
      creator: { login: "ada", type: "User" },
    });

    const text = await deploy({ ref: "main", payload: '{"service":"api"}', description: null });
    expect(text.payload).toBe('{"service":"api"}');
    expect(text.description).toBeNull();

    const overridden = await deploy({ ref: "main", environment: "qa", production_environment: true });
    expect(overridden.production_environment).toBe(true);
    const notProduction = await deploy({ ref: "main", production_environment: false });
    expect(notProduction).toMatchObject({ environment: "production", production_environment: false });
  });

  it("resolves branches, tags, refs/heads/… and full SHAs, SHA-256 ones too", async () => {
    double.addCommit("acme", "deploy", { sha: SHA_256, message: "sha256 repo", verified: false });
    expect((await deploy({ ref: "v1.0" })).sha).toBe(SHA_TAG);
    expect(await deploy({ ref: "refs/heads/topic" })).toMatchObject({
      sha: SHA_TOPIC,
      ref: "refs/heads/topic",
    });
    expect((await deploy({ ref: SHA_TOPIC })).sha).toBe(SHA_TOPIC);
    expect((await deploy({ ref: SHA_256 })).sha).toBe(SHA_256);
  });

  it("answers 422 No ref found for a branch or a SHA it does not know, and creates nothing", async () => {
    for (const ref of ["no-such-branch", "f".repeat(40)]) {
      const error = await requestError(() => octokit.rest.repos.createDeployment({ ...repo, ref }));
      expect(error.status).toBe(422);
      expect(error.response?.data).toEqual({
        message: `No ref found for: ${ref}`,
        documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
        status: "422",
      });
    }
    expect(double.deployments("acme", "deploy")).toEqual([]);
  });

  it("answers 422 Invalid request for a missing ref, a mistyped field or an unknown key", async () => {
    const post = (body: object) =>
      requestError(() => octokit.request("POST /repos/acme/deploy/deployments", body as { ref: string }));
    const invalid = async (body: object) => {
      const error = await post(body);
      expect(error.status).toBe(422);
      return messageOf(error);
    };

    expect(await invalid({})).toBe('Invalid request.\n\n"ref" wasn\'t supplied.');
    expect(await invalid({ ref: 7 })).toBe("Invalid request.\n\nFor 'properties/ref', 7 is not a string.");
    expect(await invalid({ ref: "main", auto_merge: "false" })).toBe(
      "Invalid request.\n\nFor 'properties/auto_merge', \"false\" is not a boolean.",
    );
    expect(await invalid({ ref: "main", required_contexts: "ci" })).toBe(
      "Invalid request.\n\nFor 'properties/required_contexts', \"ci\" is not an array.",
    );
    expect(await invalid({ ref: "main", payload: 5 })).toBe(
      "Invalid request.\n\nFor 'properties/payload', 5 is not an object or a string.",
    );
    expect(await invalid({ ref: "main", environmnet: "staging" })).toBe(
      'Invalid request.\n\n"environmnet" is not a permitted key.',
    );
    expect((await post({})).response?.data).toMatchObject({
      documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
      status: "422",
    });
    expect(double.deployments("acme", "deploy")).toEqual([]);
  });

  it("answers 422 Validation Failed for an empty task and for a payload over the size limit", async () => {
    const emptyTask = await requestError(() =>
      octokit.rest.repos.createDeployment({ ...repo, ref: "main", task: "" }),
    );
    expect(emptyTask.response?.data).toEqual({
      message: "Validation Failed",
      errors: [
        {
          resource: "Deployment",
          code: "custom",
          field: "task",
          message: "task is too short (minimum is 1 character)",
        },
      ],
      documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
      status: "422",
    });

    // 65,535 bytes of JSON text fit, one more does not.
    const fits = { data: "x".repeat(65_535 - '{"data":""}'.length) };
    await deploy({ ref: "main", payload: fits });
    const tooBig = await requestError(() =>
      octokit.rest.repos.createDeployment({ ...repo, ref: "main", payload: { data: `${fits.data}x` } }),
    );
    expect(tooBig.status).toBe(422);
    expect(tooBig.response?.data).toMatchObject({
      errors: [
        { resource: "Deployment", field: "payload", message: "payload is too long (maximum is 65535 bytes)" },
      ],
    });
    expect(double.deployments("acme", "deploy")).toHaveLength(1);
  });

  it("answers 404 for an unknown repository", async () => {
    const error = await requestError(() =>
      octokit.rest.repos.createDeployment({ owner: "acme", repo: "nope", ref: "main" }),
    );
    expect(error.status).toBe(404);
    expect(error.response?.data).toEqual({
      message: "Not Found",
      documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
      status: "404",
    });
  });
});

describe("auto_merge and commit statuses", () => {
  it("answers 409 Conflict merging when the default branch cannot be merged in, unless auto_merge is false", async () => {
    double.setBehindDefaultBranch("acme", "deploy", "topic", "conflict");
    const error = await requestError(() => octokit.rest.repos.createDeployment({ ...repo, ref: "topic" }));
    expect(error.status).toBe(409);
    expect(error.response?.data).toEqual({
      message: "Conflict merging main into topic.",
      documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
      status: "409",
    });
    expect(double.deployments("acme", "deploy")).toEqual([]);

    expect((await deploy({ ref: "topic", auto_merge: false })).sha).toBe(SHA_TOPIC);
    double.setBehindDefaultBranch("acme", "deploy", "topic", false);
    expect((await deploy({ ref: "topic" })).sha).toBe(SHA_TOPIC);
  });

  it("answers 202 after merging the default branch into a branch that is behind, then deploys the merge", async () => {
    double.setBehindDefaultBranch("acme", "deploy", "topic", "clean");
    const merged = await octokit.rest.repos.createDeployment({ ...repo, ref: "topic" });
    expect(merged.status).toBe(202);
    expect(merged.data).toEqual({ message: "Auto-merged main into topic on deployment." });
    expect(double.deployments("acme", "deploy")).toEqual([]);

    const head = (await octokit.rest.repos.getCommit({ ...repo, ref: "topic" })).data;
    expect(head.sha).not.toBe(SHA_TOPIC);
    expect(head.parents.map((p) => p.sha)).toEqual([SHA_TOPIC, SHA_MAIN]);
    expect(head.commit.message).toBe("Auto-merged main into topic on deployment.");
    expect((await deploy({ ref: "topic" })).sha).toBe(head.sha);

    // Only a branch can take a merge: the same commit named by its SHA conflicts.
    const bySha = await requestError(() => octokit.rest.repos.createDeployment({ ...repo, ref: SHA_TOPIC }));
    expect(bySha.status).toBe(409);
    expect(messageOf(bySha)).toBe(`Conflict merging main into ${SHA_TOPIC}.`);
  });

  it("answers 409 when the required contexts are not all success, every context by default", async () => {
    double.setCommitStatus("acme", "deploy", "main", "ci/build", "success");
    double.setCommitStatus("acme", "deploy", "main", "ci/lint", "pending");

    const error = await requestError(() => octokit.rest.repos.createDeployment({ ...repo, ref: "main" }));
    expect(error.status).toBe(409);
    expect(error.response?.data).toEqual({
      message: "Conflict: Commit status checks failed for main.",
      errors: [
        {
          resource: "Deployment",
          field: "required_contexts",
          code: "invalid",
          contexts: [
            { context: "ci/build", state: "success" },
            { context: "ci/lint", state: "pending" },
          ],
        },
      ],
      documentation_url: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
      status: "409",
    });

    await deploy({ ref: "main", required_contexts: ["ci/build"] });
    await deploy({ ref: "main", required_contexts: [] });
    const missing = await requestError(() =>
      octokit.rest.repos.createDeployment({ ...repo, ref: "main", required_contexts: ["ci/e2e"] }),
    );
    expect(missing.status).toBe(409);

    double.setCommitStatus("acme", "deploy", SHA_MAIN, "ci/lint", "success");
    await deploy({ ref: "main" });
    expect(double.deployments("acme", "deploy")).toHaveLength(3);
  });
});

describe("listing deployments", () => {
  it("lists newest first and filters by sha, ref, task and environment", async () => {
    const a = await deploy({ ref: "main", environment: "staging" });
    const b = await deploy({ ref: "topic", environment: "staging", task: "deploy:api" });
    const c = await deploy({ ref: "main", environment: "production", task: "deploy:api" });
    const ids = async (filters: Record<string, string>) =>
      (await octokit.rest.repos.listDeployments({ ...repo, ...filters })).data.map((d) => d.id);

    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ environment: "staging" })).toEqual([b.id, a.id]);
    expect(await ids({ task: "deploy:api" })).toEqual([c.id, b.id]);
    expect(await ids({ ref: "main" })).toEqual([c.id, a.id]);
    expect(await ids({ sha: SHA_TOPIC })).toEqual([b.id]);
    expect(await ids({ environment: "staging", task: "deploy:api" })).toEqual([b.id]);
    expect(await ids({ environment: "qa" })).toEqual([]);
    expect(await ids({ environment: "" })).toEqual([c.id, b.id, a.id]);
  });

  it("octokit.paginate walks 75 deployments in pages of 30 through the Link header", async () => {
    for (let i = 1; i <= 75; i++)
      double.addDeployment("acme", "deploy", { ref: "main", description: `d${i}` });
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
      ...repo,
      environment: "production",
      per_page: 30,
    });
    expect(all.map((d) => d.description)).toEqual(Array.from({ length: 75 }, (_, i) => `d${75 - i}`));

    const pages = double.requests.filter((r) => r.method === "GET");
    expect(pages.map((r) => [r.path.replace(/\d+(?=\/deployments)/, "ID"), r.query])).toEqual([
      ["/repos/acme/deploy/deployments", { environment: "production", per_page: "30" }],
      ["/repositories/ID/deployments", { environment: "production", per_page: "30", page: "2" }],
      ["/repositories/ID/deployments", { environment: "production", per_page: "30", page: "3" }],
    ]);

    const second = await octokit.rest.repos.listDeployments({ ...repo, per_page: 30, page: 2 });
    expect(second.headers.link).toMatch(
      new RegExp(
        `^<${double.url}/repositories/\\d+/deployments\\?per_page=30&page=1>; rel="prev", ` +
          `<[^>]+page=3>; rel="next", <[^>]+page=3>; rel="last", <[^>]+page=1>; rel="first"$`,
      ),
    );
    const capped = await octokit.rest.repos.listDeployments({ ...repo, per_page: 500 });
    expect(capped.data).toHaveLength(75);
    expect(capped.headers.link).toBeUndefined();
    expect((await octokit.rest.repos.listDeployments({ ...repo })).data).toHaveLength(30);
  });

  it("answers 404 for an unknown repository and for an unknown deployment", async () => {
    expect(
      (await requestError(() => octokit.rest.repos.listDeployments({ owner: "acme", repo: "nope" }))).status,
    ).toBe(404);
    const error = await requestError(() =>
      octokit.rest.repos.getDeployment({ ...repo, deployment_id: 424242 }),
    );
    expect(error.status).toBe(404);
    expect(error.response?.data).toEqual({
      message: "Not Found",
      documentation_url: `${DEPLOYMENTS_DOCS}#get-a-deployment`,
      status: "404",
    });

    double.addRepo("acme", "other");
    double.addCommit("acme", "other", { sha: SHA_MAIN, message: "x", verified: false });
    const elsewhere = double.addDeployment("acme", "other", { ref: SHA_MAIN });
    expect(
      (await requestError(() => octokit.rest.repos.getDeployment({ ...repo, deployment_id: elsewhere.id })))
        .status,
    ).toBe(404);
  });
});

describe("deployment statuses", () => {
  it("creates a status with exactly the documented fields, and moves the deployment's updated_at", async () => {
    const deployment = await deploy({ ref: "main", environment: "staging" });
    clock = new Date("2026-03-01T10:05:00Z");
    const response = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deployment.id,
      state: "in_progress",
      log_url: "https://ci.example.com/runs/1",
      environment_url: "https://staging.example.com/",
      description: "Deploying",
    });
    expect(response.status).toBe(201);
    const { data } = response;
    expect(Object.keys(data).sort()).toEqual(STATUS_FIELDS);
    expect(data).toEqual({
      url: `${double.url}/repos/acme/deploy/deployments/${deployment.id}/statuses/${data.id}`,
      id: expect.any(Number),
      node_id: expect.stringMatching(/^DES_kwDO/),
      state: "in_progress",
      creator: expect.objectContaining({ login: "github-actions[bot]" }),
      description: "Deploying",
      environment: "staging",
      target_url: "https://ci.example.com/runs/1",
      created_at: "2026-03-01T10:05:00Z",
      updated_at: "2026-03-01T10:05:00Z",
      deployment_url: deployment.url,
      repository_url: `${double.url}/repos/acme/deploy`,
      environment_url: "https://staging.example.com/",
      log_url: "https://ci.example.com/runs/1",
      performed_via_github_app: null,
    });
    expect(response.headers.location).toBe(data.url);

    const read = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: deployment.id });
    expect(read.data).toMatchObject({
      created_at: "2026-03-01T10:00:00Z",
      updated_at: "2026-03-01T10:05:00Z",
    });

    // target_url alone sets log_url too; the defaults are empty strings.
    const legacy = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deployment.id,
      state: "success",
      target_url: "https://ci.example.com/runs/2",
    });
    expect(legacy.data).toMatchObject({
      target_url: "https://ci.example.com/runs/2",
      log_url: "https://ci.example.com/runs/2",
      description: "",
      environment_url: "",
    });
  });

  it("lists statuses newest first, paginated, and gets one by id", async () => {
    const deployment = await deploy({ ref: "main" });
    const id = deployment.id;
    const states = ["queued", "pending", "in_progress", "success"] as const;
    const created: Awaited<ReturnType<typeof setStatus>>["data"][] = [];
    for (const state of states) created.push((await setStatus(id, state)).data);

    expect(await statesOf(id)).toEqual(["success", "in_progress", "pending", "queued"]);
    const page = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id, per_page: 3 });
    expect(page.data.map((s) => s.state)).toEqual(["success", "in_progress", "pending"]);
    expect(page.headers.link).toMatch(
      new RegExp(
        `^<${double.url}/repositories/\\d+/deployments/${id}/statuses\\?per_page=3&page=2>; rel="next"`,
      ),
    );
    const all = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
      ...repo,
      deployment_id: id,
      per_page: 1,
    });
    expect(all.map((s) => s.state)).toEqual(["success", "in_progress", "pending", "queued"]);

    const one = await octokit.rest.repos.getDeploymentStatus({
      ...repo,
      deployment_id: id,
      status_id: created[1]!.id,
    });
    expect(one.data).toEqual(created[1]);

    const other = await deploy({ ref: "main", environment: "qa" });
    const wrong = await requestError(() =>
      octokit.rest.repos.getDeploymentStatus({
        ...repo,
        deployment_id: other.id,
        status_id: created[1]!.id,
      }),
    );
    expect(wrong.status).toBe(404);
    expect(wrong.response?.data).toMatchObject({
      documentation_url: `${STATUSES_DOCS}#get-a-deployment-status`,
    });
  });

  it("answers 404 for the statuses of an unknown deployment", async () => {
    for (const call of [
      () => octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: 9 }),
      () => setStatus(9, "success"),
      () => octokit.rest.repos.getDeploymentStatus({ ...repo, deployment_id: 9, status_id: 1 }),
    ]) {
      expect((await requestError(call)).status).toBe(404);
    }
  });

  it("answers 422 Validation Failed for an unknown state, a description over 140 characters or a non-http URL", async () => {
    const id = (await deploy({ ref: "main" })).id;
    const post = (body: object) =>
      requestError(() =>
        octokit.request("POST /repos/acme/deploy/deployments/{deployment_id}/statuses", {
          deployment_id: id,
          ...(body as { state: "success" }),
        }),
      );

    for (const body of [{ state: "done" }, {}, { state: 1 }]) {
      const error = await post(body);
      expect(error.status).toBe(422);
      expect(error.response?.data).toEqual({
        message: "Validation Failed",
        errors: [
          {
            resource: "DeploymentStatus",
            code: "custom",
            field: "state",
            message: "state is not included in the list",
          },
        ],
        documentation_url: `${STATUSES_DOCS}#create-a-deployment-status`,
        status: "422",
      });
    }

    const long = await post({ state: "success", description: "x".repeat(141) });
    expect(long.response?.data).toMatchObject({
      errors: [
        {
          resource: "DeploymentStatus",
          code: "custom",
          field: "description",
          message: "description is too long (maximum is 140 characters)",
        },
      ],
    });
    const urls = await post({
      state: "success",
      log_url: "ftp://ci.example.com/1",
      environment_url: "staging",
    });
    expect((urls.response?.data as { errors?: unknown[] } | undefined)?.errors).toEqual([
      expect.objectContaining({ field: "target_url", message: "target_url must use http(s) scheme" }),
      expect.objectContaining({
        field: "environment_url",
        message: "environment_url must use http(s) scheme",
      }),
    ]);
    const mistyped = await post({ state: "success", auto_inactive: "false" });
    expect(messageOf(mistyped)).toBe(
      "Invalid request.\n\nFor 'properties/auto_inactive', \"false\" is not a boolean.",
    );
    expect(await statesOf(id)).toEqual([]);

    // 140 characters are fine, counted as characters, not UTF-16 units or bytes.
    await setStatus(id, "success", { description: "🚀".repeat(140) });
    // Keys the API does not know are ignored, as GitHub ignores them on this endpoint.
    await octokit.request("POST /repos/acme/deploy/deployments/{deployment_id}/statuses", {
      deployment_id: id,
      state: "inactive",
      context: "ignored",
    } as { deployment_id: number; state: "inactive" });
    expect(await statesOf(id)).toEqual(["inactive", "success"]);
  });

  it("moves the deployment to a status's environment; later statuses and filters follow the docs", async () => {
    const id = (await deploy({ ref: "main", environment: "staging" })).id;
    await setStatus(id, "in_progress", { environment: "production" });
    const next = await setStatus(id, "success");
    expect(next.data.environment).toBe("production");
    const read = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: id });
    expect(read.data).toMatchObject({ environment: "production", original_environment: "staging" });
    // The environment filter matches the environment the deployment was created for.
    const listed = await octokit.rest.repos.listDeployments({ ...repo, environment: "staging" });
    expect(listed.data.map((d) => d.id)).toEqual([id]);
  });
});

describe("auto_inactive", () => {
  it("gives prior successful deployments of the same environment an inactive status on success", async () => {
    const asAda = getOctokit("ghp_ada", { baseUrl: double.url });
    const first = (await deploy({ ref: "main", environment: "staging" })).id;
    await asAda.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first,
      state: "success",
      log_url: "https://ci.example.com/runs/1",
    });
    const otherEnvironment = (await deploy({ ref: "main", environment: "qa" })).id;
    await setStatus(otherEnvironment, "success");
    const failed = (await deploy({ ref: "main", environment: "staging" })).id;
    await setStatus(failed, "failure");
    const second = (await deploy({ ref: "topic", environment: "staging" })).id;

    await setStatus(second, "in_progress");
    expect(await statesOf(first)).toEqual(["success"]);

    clock = new Date("2026-03-01T11:00:00Z");
    await setStatus(second, "success");
    const statuses = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: first }))
      .data;
    expect(statuses.map((s) => s.state)).toEqual(["inactive", "success"]);
    expect(statuses[0]).toMatchObject({
      creator: { login: "ada" },
      environment: "staging",
      log_url: "https://ci.example.com/runs/1",
      created_at: "2026-03-01T11:00:00Z",
    });
    expect(await statesOf(otherEnvironment)).toEqual(["success"]);
    expect(await statesOf(failed)).toEqual(["failure"]);
    expect(await statesOf(second)).toEqual(["success", "in_progress"]);
  });

  it("leaves production, transient and later deployments alone, and does nothing with auto_inactive false", async () => {
    const production = (await deploy({ ref: "main" })).id;
    const transient = (await deploy({ ref: "main", environment: "pr-7", transient_environment: true })).id;
    const keep = (await deploy({ ref: "main", environment: "staging" })).id;
    for (const id of [production, transient, keep]) await setStatus(id, "success");

    const laterProduction = (await deploy({ ref: "topic" })).id;
    await setStatus(laterProduction, "success");
    const laterTransient = (await deploy({ ref: "topic", environment: "pr-7" })).id;
    await setStatus(laterTransient, "success");
    const quiet = (await deploy({ ref: "topic", environment: "staging" })).id;
    await setStatus(quiet, "success", { auto_inactive: false });

    expect(await statesOf(production)).toEqual(["success"]);
    expect(await statesOf(transient)).toEqual(["success"]);
    expect(await statesOf(keep)).toEqual(["success"]);

    // A success on an older deployment does not touch a newer one.
    await setStatus(keep, "success");
    expect(await statesOf(quiet)).toEqual(["success"]);
  });
});

describe("deleting a deployment", () => {
  const remove = (deployment_id: number) => octokit.rest.repos.deleteDeployment({ ...repo, deployment_id });

  it("deletes the only deployment of an environment even when it is active", async () => {
    const id = (await deploy({ ref: "main", environment: "staging" })).id;
    await setStatus(id, "success");
    // On the wire: 204 with no body and no content type.
    const response = await fetch(`${double.url}/repos/acme/deploy/deployments/${id}`, {
      method: "DELETE",
      headers: { authorization: "token ghs_actions" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("content-type")).toBeNull();
    expect(await response.text()).toBe("");
    expect(
      (await requestError(() => octokit.rest.repos.getDeployment({ ...repo, deployment_id: id }))).status,
    ).toBe(404);
    expect(double.deployments("acme", "deploy")).toEqual([]);
  });

  it("refuses an active deployment while its environment has another, until a non-success status", async () => {
    const old = (await deploy({ ref: "main", environment: "staging" })).id;
    await setStatus(old, "success");
    const current = (await deploy({ ref: "topic", environment: "staging" })).id;
    await setStatus(current, "success", { auto_inactive: false });

    const error = await requestError(() => remove(old));
    expect(error.status).toBe(422);
    expect(error.response?.data).toEqual({
      message: "Validation Failed",
      errors: [
        "We cannot delete an active deployment unless it is the only deployment in a given environment.",
      ],
      documentation_url: `${DEPLOYMENTS_DOCS}#delete-a-deployment`,
      status: "422",
    });
    expect(double.deployments("acme", "deploy")).toHaveLength(2);

    await setStatus(old, "inactive");
    expect((await remove(old)).status).toBe(204);
    await setStatus(current, "error");
    const pending = (await deploy({ ref: "main", environment: "staging" })).id;
    expect((await remove(current)).status).toBe(204);
    expect((await remove(pending)).status).toBe(204);
  });

  it("lets an active deployment go when the other deployments are in other environments", async () => {
    const staging = (await deploy({ ref: "main", environment: "staging" })).id;
    await setStatus(staging, "success");
    await setStatus((await deploy({ ref: "main", environment: "qa" })).id, "success");
    expect((await remove(staging)).status).toBe(204);
  });

  it("answers 404 for an unknown deployment", async () => {
    const error = await requestError(() => remove(31337));
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({
      documentation_url: `${DEPLOYMENTS_DOCS}#delete-a-deployment`,
    });
  });
});

describe("faults and credentials", () => {
  it("applies injected faults to the deployment routes, and creates nothing for a failed request", async () => {
    double.failNext(1, { status: 503, retryAfter: 3, match: { method: "POST", path: /\/deployments$/ } });
    await deploy({ ref: "main" }).then(
      () => {
        throw new Error("expected 503");
      },
      (error: RequestError) => {
        expect(error.status).toBe(503);
        expect(error.response?.headers["retry-after"]).toBe("3");
      },
    );
    expect(double.deployments("acme", "deploy")).toEqual([]);

    double.failNext(1, { status: 429, retryAfter: 9, match: { path: /\/statuses$/ } });
    const id = (await deploy({ ref: "main" })).id;
    const limited = await requestError(() => setStatus(id, "success"));
    expect(limited.status).toBe(429);
    expect(limited.response?.headers["retry-after"]).toBe("9");
    expect((await setStatus(id, "success")).status).toBe(201);
  });

  it("answers 401 for an unknown token and changes nothing", async () => {
    const intruder = getOctokit("ghp_revoked", { baseUrl: double.url });
    const error = await requestError(() => intruder.rest.repos.createDeployment({ ...repo, ref: "main" }));
    expect(error.status).toBe(401);
    expect(double.deployments("acme", "deploy")).toEqual([]);
  });
});

describe("seeding and inspecting", () => {
  it("seeds deployments with statuses that read back through the API exactly as inspected", async () => {
    const seeded = double.addDeployment("acme", "deploy", {
      ref: "v1.0",
      task: "gitops:record",
      environment: "staging",
      payload: { schema: 1 },
      creatorLogin: "mallory",
      statuses: [
        { state: "in_progress" },
        { state: "success", logUrl: "https://ci.example.com/9", creatorLogin: "ada" },
      ],
    });
    expect(seeded).toMatchObject({
      sha: SHA_TAG,
      creator: { login: "mallory" },
      production_environment: false,
    });
    expect(seeded.statuses.map((s) => [s.state, s.creator.login])).toEqual([
      ["success", "ada"],
      ["in_progress", "github-actions[bot]"],
    ]);

    const { statuses, ...deployment } = seeded;
    expect((await octokit.rest.repos.getDeployment({ ...repo, deployment_id: seeded.id })).data).toEqual(
      deployment,
    );
    expect(
      (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: seeded.id })).data,
    ).toEqual(statuses);

    const status = double.addDeploymentStatus("acme", "deploy", seeded.id, { state: "inactive" });
    expect(double.deployments("acme", "deploy")[0]?.statuses[0]).toEqual(status);
    expect(double.deployments("acme", "nope")).toEqual([]);
  });

  it("refuses to seed what cannot exist", () => {
    expect(() => double.addDeployment("acme", "deploy", { ref: "no-such-branch" })).toThrow(/addCommit/);
    expect(() => double.addDeploymentStatus("acme", "deploy", 1, { state: "success" })).toThrow(
      /no deployment/,
    );
    expect(() => double.setCommitStatus("acme", "deploy", "nope", "ci", "success")).toThrow(/no commit/);
  });
});
