import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { getOctokit } from "@actions/github";
import { GitHub } from "@actions/github/lib/utils";
import { RequestError } from "@octokit/request-error";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubDouble, startGitHubDouble } from "./github-double.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const SHA_SIGNED = "a".repeat(40);
const SHA_UNSIGNED = "0123456789abcdef0123456789abcdef01234567";

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
});

afterEach(async () => {
  await double.close();
});

/** Runs `call`, expecting the client to throw Octokit's RequestError. */
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

function seed(count: number): void {
  for (let i = 1; i <= count; i++)
    double.addComment("acme", "deploy", 7, `comment ${i}`, i % 2 ? "ada" : "grace");
}

describe("listing issue comments", () => {
  it("octokit.paginate walks 75 comments in three pages of 30, in ascending id order", async () => {
    seed(75);
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: "acme",
      repo: "deploy",
      issue_number: 7,
      per_page: 30,
    });

    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`));
    const ids = all.map((c) => Number(c.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(75);

    const pages = double.requests.filter((r) => r.method === "GET");
    expect(pages).toHaveLength(3);
    expect(pages[0]?.path).toBe("/repos/acme/deploy/issues/7/comments");
    // The next pages are fetched from the Link header's URLs, which name the repository by id.
    expect(pages.slice(1).map((r) => [r.path.replace(/\d+(?=\/issues)/, "ID"), r.query])).toEqual([
      ["/repositories/ID/issues/7/comments", { per_page: "30", page: "2" }],
      ["/repositories/ID/issues/7/comments", { per_page: "30", page: "3" }],
    ]);
  });

  it("sends the Link relations that apply to each page", async () => {
    seed(75);
    const page = async (n: number) =>
      (
        await octokit.rest.issues.listComments({
          owner: "acme",
          repo: "deploy",
          issue_number: 7,
          per_page: 30,
          page: n,
        })
      ).headers.link;
    const rels = (link: string | undefined) =>
      Object.fromEntries(
        [...(link ?? "").matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [
          m[2],
          new URL(m[1]!).searchParams.get("page"),
        ]),
      );

    expect(rels(await page(1))).toEqual({ next: "2", last: "3" });
    expect(rels(await page(2))).toEqual({ prev: "1", next: "3", last: "3", first: "1" });
    expect(rels(await page(3))).toEqual({ prev: "2", first: "1" });
    expect(await page(2)).toMatch(
      new RegExp(`^<${double.url}/repositories/\\d+/issues/7/comments\\?per_page=30&page=1>; rel="prev", `),
    );
  });

  it("defaults to 30 a page, caps per_page at 100 and omits Link when one page holds everything", async () => {
    seed(75);
    const first = await octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 7 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('rel="next"');

    const capped = await octokit.rest.issues.listComments({
      owner: "acme",
      repo: "deploy",
      issue_number: 7,
      per_page: 500,
    });
    expect(capped.data).toHaveLength(75);
    expect(capped.headers.link).toBeUndefined();

    const empty = await octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 8 });
    expect(empty.data).toEqual([]);
  });

  it("returns comment objects in GitHub's documented shape", async () => {
    const seeded = double.addComment("acme", "deploy", 7, "hello", "ada");
    const { data } = await octokit.rest.issues.listComments({
      owner: "acme",
      repo: "deploy",
      issue_number: 7,
    });

    expect(data).toEqual([seeded]);
    expect(data[0]).toMatchObject({
      node_id: expect.stringMatching(/^IC_/),
      url: `${double.url}/repos/acme/deploy/issues/comments/${seeded.id}`,
      html_url: `https://github.com/acme/deploy/issues/7#issuecomment-${seeded.id}`,
      issue_url: `${double.url}/repos/acme/deploy/issues/7`,
      body: "hello",
      user: { login: "ada", type: "User", id: expect.any(Number) },
      created_at: "2026-03-01T10:00:00Z",
      updated_at: "2026-03-01T10:00:00Z",
      author_association: "NONE",
    });
  });

  it("marks the repository owner and org team members in author_association", async () => {
    double.addTeamMember("acme", "deployers", "grace");
    double.addComment("acme", "deploy", 1, "mine", "acme");
    double.addComment("acme", "deploy", 1, "member", "grace");
    double.addComment("acme", "deploy", 1, "outsider", "mallory");
    const { data } = await octokit.rest.issues.listComments({
      owner: "acme",
      repo: "deploy",
      issue_number: 1,
    });
    expect(data.map((c) => c.author_association)).toEqual(["OWNER", "MEMBER", "NONE"]);
  });

  it("answers 404 for a repository that does not exist", async () => {
    const error = await requestError(() =>
      octokit.rest.issues.listComments({ owner: "acme", repo: "nope", issue_number: 1 }),
    );
    expect(error.status).toBe(404);
    expect(error.response?.data).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest/issues/comments#list-issue-comments",
      status: "404",
    });
  });
});

describe("creating and updating comments", () => {
  it("creates a comment as the token's account, updates it, and reads the new body back", async () => {
    const created = await octokit.rest.issues.createComment({
      owner: "acme",
      repo: "deploy",
      issue_number: 12,
      body: "Deploying to staging…",
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data.user).toMatchObject({ login: "github-actions[bot]", id: 41898282, type: "Bot" });
    expect(double.requests.at(-1)).toMatchObject({
      method: "POST",
      path: "/repos/acme/deploy/issues/12/comments",
      body: { body: "Deploying to staging…" },
      status: 201,
    });

    clock = new Date("2026-03-01T10:05:00Z");
    const updated = await octokit.rest.issues.updateComment({
      owner: "acme",
      repo: "deploy",
      comment_id: created.data.id,
      body: "Deployed to staging ✅",
    });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({
      id: created.data.id,
      body: "Deployed to staging ✅",
      created_at: "2026-03-01T10:00:00Z",
      updated_at: "2026-03-01T10:05:00Z",
    });

    const readBack = await octokit.rest.issues.getComment({
      owner: "acme",
      repo: "deploy",
      comment_id: created.data.id,
    });
    expect(readBack.data).toEqual(updated.data);
    const listed = await octokit.rest.issues.listComments({
      owner: "acme",
      repo: "deploy",
      issue_number: 12,
    });
    expect(listed.data.map((c) => c.body)).toEqual(["Deployed to staging ✅"]);
    expect(double.comments("acme", "deploy", 12)).toEqual([updated.data]);
  });

  it("acts as the account a token is mapped to", async () => {
    const asAda = getOctokit("ghp_ada", { baseUrl: double.url });
    const { data } = await asAda.rest.issues.createComment({
      owner: "acme",
      repo: "deploy",
      issue_number: 1,
      body: "hi",
    });
    expect(data.user?.login).toBe("ada");
  });

  it("rejects an empty body with 422 Validation Failed, surfaced as a RequestError, and stores nothing", async () => {
    const error = await requestError(() =>
      octokit.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 12, body: "" }),
    );
    expect(error.status).toBe(422);
    expect(error.response?.data).toEqual({
      message: "Validation Failed",
      errors: [
        { resource: "IssueComment", code: "unprocessable", field: "data", message: "Body cannot be blank" },
      ],
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "422",
    });
    expect(error.message).toContain("Body cannot be blank");
    expect(double.comments("acme", "deploy", 12)).toEqual([]);

    const blank = await requestError(() =>
      octokit.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 12, body: " \n\t" }),
    );
    expect(blank.status).toBe(422);
  });

  it("reports a missing, mistyped or unknown field as 422 Invalid request", async () => {
    const post = (body: unknown) =>
      requestError(() =>
        octokit.request("POST /repos/acme/deploy/issues/12/comments", body as { body: string }),
      );

    expect((await post({})).response?.data).toMatchObject({
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
    });
    expect((await post({ body: null })).response?.data).toMatchObject({
      message: "Invalid request.\n\nFor 'properties/body', nil is not a string.",
    });
    expect((await post({ body: "x", state: "closed" })).response?.data).toMatchObject({
      message: 'Invalid request.\n\n"state" is not a permitted key.',
      status: "422",
    });
    expect(double.comments("acme", "deploy", 12)).toEqual([]);
  });

  it("accepts up to 262,144 UTF-8 bytes and refuses one more, with GitHub's message", async () => {
    const create = (body: string) =>
      octokit.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 12, body });

    await create("a".repeat(262_144));
    await create("🌈".repeat(65_536));
    for (const body of ["a".repeat(262_145), `${"🌈".repeat(65_536)}a`]) {
      const error = await requestError(() => create(body));
      expect(error.status).toBe(422);
      expect(error.response?.data).toMatchObject({
        errors: [{ code: "unprocessable", message: "Body is too long (maximum is 65536 characters)" }],
      });
    }
    expect(double.comments("acme", "deploy", 12)).toHaveLength(2);
  });

  it("validates updates like creates", async () => {
    const seeded = double.addComment("acme", "deploy", 3, "keep me");
    const error = await requestError(() =>
      octokit.rest.issues.updateComment({ owner: "acme", repo: "deploy", comment_id: seeded.id, body: "" }),
    );
    expect(error.status).toBe(422);
    expect(double.comments("acme", "deploy", 3).map((c) => c.body)).toEqual(["keep me"]);
  });

  it("answers 404 when updating a comment that does not exist or belongs to another repository", async () => {
    double.addRepo("acme", "other");
    const elsewhere = double.addComment("acme", "other", 1, "not yours to reach from deploy");
    for (const comment_id of [424242, elsewhere.id]) {
      const error = await requestError(() =>
        octokit.rest.issues.updateComment({ owner: "acme", repo: "deploy", comment_id, body: "x" }),
      );
      expect(error.status).toBe(404);
      expect(error.response?.data).toEqual({
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest/issues/comments#update-an-issue-comment",
        status: "404",
      });
    }
    expect(double.comments("acme", "other", 1)[0]?.body).toBe("not yours to reach from deploy");
  });

  it("answers 400 Problems parsing JSON for a malformed body", async () => {
    const response = await fetch(`${double.url}/repos/acme/deploy/issues/12/comments`, {
      method: "POST",
      headers: { authorization: "token ghs_actions", "content-type": "application/json" },
      body: '{"body": "unterminated',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: "Problems parsing JSON",
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "400",
    });
    expect(double.requests.at(-1)?.body).toBe('{"body": "unterminated');

    const array = await fetch(`${double.url}/repos/acme/deploy/issues/12/comments`, {
      method: "POST",
      headers: { authorization: "token ghs_actions" },
      body: '["body"]',
    });
    expect(array.status).toBe(400);
    expect(((await array.json()) as { message: string }).message).toBe("Body should be a JSON object");
  });
});

describe("team membership", () => {
  const membership = (team: string, username: string) =>
    octokit.rest.teams.getMembershipForUserInOrg({ org: "acme", team_slug: team, username });

  it("returns role and state for members, matching names case-insensitively", async () => {
    double.addTeamMember("acme", "release-approvers", "ada", "maintainer");
    double.addTeamMember("acme", "release-approvers", "grace", "member", "pending");

    const ada = await membership("release-approvers", "ADA");
    expect(ada.status).toBe(200);
    expect(ada.data).toEqual({
      url: expect.stringMatching(
        new RegExp(`^${double.url}/organizations/\\d+/team/\\d+/memberships/ada$`),
      ) as unknown as string,
      role: "maintainer",
      state: "active",
    });
    expect((await membership("Release-Approvers", "grace")).data).toMatchObject({
      role: "member",
      state: "pending",
    });
  });

  it("answers 404 alike for a non-member and for an unknown team", async () => {
    double.addTeamMember("acme", "release-approvers", "ada");
    for (const [team, user] of [
      ["release-approvers", "mallory"],
      ["no-such-team", "ada"],
    ] as const) {
      const error = await requestError(() => membership(team, user));
      expect(error.status).toBe(404);
      expect(error.response?.data).toEqual({
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest/teams/members#get-team-membership-for-a-user",
        status: "404",
      });
    }
  });

  it("forgets a removed member", async () => {
    double.addTeamMember("acme", "release-approvers", "ada");
    double.removeTeamMember("acme", "release-approvers", "ada");
    expect((await requestError(() => membership("release-approvers", "ada"))).status).toBe(404);
  });
});

describe("commits", () => {
  beforeEach(() => {
    double.addCommit("acme", "deploy", {
      sha: SHA_SIGNED,
      message: "Deploy api 1.4.0",
      verified: true,
      authorLogin: "ada",
      branches: ["main"],
    });
    double.addCommit("acme", "deploy", {
      sha: SHA_UNSIGNED,
      message: "Sneak in a change",
      verified: false,
      parents: [SHA_SIGNED],
    });
  });

  const getCommit = (ref: string) => octokit.rest.repos.getCommit({ owner: "acme", repo: "deploy", ref });

  it("reports a verified signature with its signature, payload and verification time", async () => {
    const { data } = await getCommit(SHA_SIGNED);
    expect(data.sha).toBe(SHA_SIGNED);
    expect(data.commit.message).toBe("Deploy api 1.4.0");
    expect(data.commit.verification).toEqual({
      verified: true,
      reason: "valid",
      signature: expect.stringMatching(/^-----BEGIN PGP SIGNATURE-----/) as unknown as string,
      payload: expect.stringContaining("\n\nDeploy api 1.4.0") as unknown as string,
      verified_at: "2026-03-01T10:00:00Z",
    });
    expect(data.author).toMatchObject({ login: "ada", type: "User" });
    expect(data.committer).toMatchObject({ login: "ada" });
    expect(data.commit.author).toMatchObject({ name: "ada", date: "2026-03-01T10:00:00Z" });
  });

  it("reports an unsigned commit as unverified, with no GitHub user for an unlinked author", async () => {
    const { data } = await getCommit(SHA_UNSIGNED);
    expect(data.commit.verification).toEqual({
      verified: false,
      reason: "unsigned",
      signature: null,
      payload: null,
      verified_at: null,
    });
    expect(data.author).toBeNull();
    expect(data.committer).toBeNull();
    expect(data.parents.map((p) => p.sha)).toEqual([SHA_SIGNED]);
  });

  it("keeps the signature of a signed commit GitHub could not verify", async () => {
    double.addCommit("acme", "deploy", {
      sha: "b".repeat(40),
      message: "Signed with a key nobody registered",
      verified: false,
      reason: "unknown_key",
    });
    const { verification } = (await getCommit("b".repeat(40))).data.commit;
    expect(verification).toMatchObject({ verified: false, reason: "unknown_key", verified_at: null });
    expect(verification?.signature).toContain("BEGIN PGP SIGNATURE");
  });

  it("resolves branch names, heads/ refs and abbreviated SHAs", async () => {
    for (const ref of ["main", "heads/main", "refs/heads/main", SHA_SIGNED.slice(0, 7)]) {
      expect((await getCommit(ref)).data.sha).toBe(SHA_SIGNED);
    }
  });

  it("answers 422 for an unknown ref and 404 for an unknown repository", async () => {
    const unknownRef = await requestError(() => getCommit("no-such-branch"));
    expect(unknownRef.status).toBe(422);
    expect(unknownRef.response?.data).toEqual({
      message: "No commit found for SHA: no-such-branch",
      documentation_url: "https://docs.github.com/rest/commits/commits#get-a-commit",
      status: "422",
    });
    const unknownRepo = await requestError(() =>
      octokit.rest.repos.getCommit({ owner: "acme", repo: "nope", ref: SHA_SIGNED }),
    );
    expect(unknownRepo.status).toBe(404);
  });
});

describe("authentication", () => {
  it("answers 401 Requires authentication without a token", async () => {
    const anonymous = new GitHub({ baseUrl: double.url });
    const error = await requestError(() =>
      anonymous.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 1 }),
    );
    expect(error.status).toBe(401);
    expect(error.response?.data).toEqual({
      message: "Requires authentication",
      documentation_url: "https://docs.github.com/rest/issues/comments#list-issue-comments",
      status: "401",
    });
    expect(error.response?.headers["x-ratelimit-limit"]).toBe("60");
  });

  it("answers 401 Bad credentials for a token it does not know, and changes nothing", async () => {
    const intruder = getOctokit("ghp_revoked", { baseUrl: double.url });
    const error = await requestError(() =>
      intruder.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 1, body: "hi" }),
    );
    expect(error.status).toBe(401);
    expect(error.response?.data).toEqual({
      message: "Bad credentials",
      documentation_url: "https://docs.github.com/rest",
      status: "401",
    });
    expect(double.comments("acme", "deploy", 1)).toEqual([]);
  });

  it("accepts both the token and the Bearer scheme, and honours token revocation", async () => {
    const get = (authorization: string) =>
      fetch(`${double.url}/repos/acme/deploy/issues/1/comments`, { headers: { authorization } });
    expect((await get("token ghs_actions")).status).toBe(200);
    expect((await get("Bearer ghs_actions")).status).toBe(200);
    expect((await get("Basic Z2hzX2FjdGlvbnM=")).status).toBe(401);

    double.tokens.delete("ghs_actions");
    expect((await get("token ghs_actions")).status).toBe(401);
  });
});

describe("headers and unknown routes", () => {
  it("sends rate-limit headers and a request id on every response, counting requests per token", async () => {
    const first = await octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 1 });
    const second = await octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 1 });
    expect(first.headers).toMatchObject({
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-used": "1",
      "x-ratelimit-resource": "core",
      "x-ratelimit-reset": String(Math.floor(clock.getTime() / 1000) + 3600),
    });
    expect(second.headers["x-ratelimit-remaining"]).toBe("4998");
    expect(first.headers["x-github-request-id"]).toMatch(
      /^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}$/,
    );
    expect(first.headers["x-github-request-id"]).not.toBe(second.headers["x-github-request-id"]);

    const failed = await requestError(() => octokit.request("GET /repos/acme/deploy/issues/comments/1"));
    expect(failed.response?.headers).toMatchObject({
      "x-ratelimit-remaining": "4997",
      "x-ratelimit-resource": "core",
    });
    expect(double.rateLimit("ghs_actions")).toMatchObject({ limit: 5000, used: 3, remaining: 4997 });
    expect(double.rateLimit("ghp_ada").used).toBe(0);
  });

  it("answers 403 with x-ratelimit-remaining 0 once a token's hourly limit is spent, until the reset", async () => {
    await double.close();
    double = await startGitHubDouble({
      tokens: ["ghs_actions"],
      repos: ["acme/deploy"],
      rateLimit: 2,
      now: () => clock,
    });
    octokit = getOctokit("ghs_actions", { baseUrl: double.url });
    const list = () => octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 1 });

    await list();
    await list();
    const error = await requestError(list);
    expect(error.status).toBe(403);
    expect(error.response?.headers["x-ratelimit-remaining"]).toBe("0");
    expect(messageOf(error)).toMatch(/^API rate limit exceeded for user ID \d+\./);

    clock = new Date(clock.getTime() + 3600_000);
    expect((await list()).headers["x-ratelimit-remaining"]).toBe("1");
  });

  it("answers 404 Not Found for a route it does not serve", async () => {
    const error = await requestError(() => octokit.request("GET /repos/acme/deploy/pulls"));
    expect(error.status).toBe(404);
    expect(error.response?.data).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
      status: "404",
    });
    const wrongMethod = await requestError(() =>
      octokit.request("DELETE /repos/acme/deploy/issues/comments/1"),
    );
    expect(wrongMethod.status).toBe(404);
  });

  it("records each request with method, path, query, headers and parsed body", async () => {
    await octokit.rest.issues.createComment({
      owner: "acme",
      repo: "deploy",
      issue_number: 2,
      body: "recorded",
    });
    await octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 2, per_page: 5 });
    expect(double.requests).toHaveLength(2);
    expect(double.requests[0]).toMatchObject({ method: "POST", body: { body: "recorded" }, status: 201 });
    expect(double.requests[0]?.headers.authorization).toBe("token ghs_actions");
    expect(double.requests[0]?.headers["user-agent"]).toMatch(/octokit/);
    expect(double.requests[1]).toMatchObject({ method: "GET", query: { per_page: "5" }, status: 200 });
    expect(double.requests[1]).not.toHaveProperty("body");
  });
});

describe("injected faults", () => {
  const list = () => octokit.rest.issues.listComments({ owner: "acme", repo: "deploy", issue_number: 1 });

  it("answers 429 with Retry-After as a secondary rate limit, then recovers", async () => {
    double.failNext(1, { status: 429, retryAfter: 7 });
    const error = await requestError(list);
    expect(error.status).toBe(429);
    expect(error.response?.headers["retry-after"]).toBe("7");
    expect(messageOf(error)).toMatch(/^You have exceeded a secondary rate limit\./);
    expect((await list()).status).toBe(200);
  });

  it("answers a 403 secondary rate limit with the documented message and a retry-after", async () => {
    double.failNext(1, { status: 403 });
    const error = await requestError(list);
    expect(error.status).toBe(403);
    expect(error.response?.headers["retry-after"]).toBe("60");
    expect(error.response?.data).toMatchObject({
      documentation_url:
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      status: "403",
    });
    expect(error.response?.headers["x-ratelimit-remaining"]).not.toBe("0");
  });

  it("answers a 403 primary rate limit with x-ratelimit-remaining 0 and a reset time", async () => {
    double.failNext(1, { status: 403, rateLimited: true });
    const error = await requestError(list);
    expect(error.status).toBe(403);
    expect(error.response?.headers).toMatchObject({
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Math.floor(clock.getTime() / 1000) + 3600),
    });
    expect(error.response?.headers["retry-after"]).toBeUndefined();
  });

  it("fails the next n requests with the injected 5xx, and only those", async () => {
    double.failNext(2, { status: 502 });
    double.failNext(1, { status: 503, retryAfter: 2, body: { message: "maintenance" } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        await list().then(
          (r) => r.status,
          (e: RequestError) => e.status,
        ),
      );
    }
    expect(statuses).toEqual([502, 502, 503, 200]);
    const unavailable = double.requests[2];
    expect(unavailable?.status).toBe(503);

    double.failNext(1, { status: 500 });
    const error = await requestError(list);
    expect(error.response?.data).toMatchObject({ message: "Server Error", status: "500" });
  });

  it("replaces the body and matches only the given method and path", async () => {
    double.failNext(1, {
      status: 503,
      retryAfter: 2,
      body: { message: "maintenance" },
      match: { method: "POST", path: /\/comments$/ },
    });
    expect((await list()).status).toBe(200);
    const error = await requestError(() =>
      octokit.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 1, body: "x" }),
    );
    expect(error.status).toBe(503);
    expect(error.response?.data).toEqual({ message: "maintenance" });
    expect(error.response?.headers["retry-after"]).toBe("2");
    expect(double.comments("acme", "deploy", 1)).toEqual([]);
  });
});

describe("a bundled action's view", () => {
  it("is reached through GITHUB_API_URL by getOctokit in another process", async () => {
    const script = `
      import { getOctokit } from "@actions/github";
      const octokit = getOctokit(process.env.TOKEN);
      const { data } = await octokit.rest.issues.createComment({ owner: "acme", repo: "deploy", issue_number: 4, body: "from the action" });
      console.log(JSON.stringify({ id: data.id, login: data.user.login }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", GITHUB_API_URL: double.url, TOKEN: "ghs_actions" },
    });
    const posted = JSON.parse(stdout) as { id: number; login: string };
    expect(posted.login).toBe("github-actions[bot]");
    expect(double.comments("acme", "deploy", 4)).toMatchObject([{ id: posted.id, body: "from the action" }]);
  });
});
