// The gate's GitHub questions, asked through the real Octokit (what the actions use) of a
// local double that answers as GitHub's REST API does, errors and rate limits included.
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { githubFacts } from "../src/github.ts";

let double: GitHubDouble;
const slept: number[] = [];
const sleep = async (ms: number) => {
  slept.push(ms);
};

beforeAll(async () => {
  double = await startGitHubDouble({ repos: ["acme/deploy"] });
  double.addTeamMember("acme", "payments", "dave");
  double.addTeamMember("acme", "payments", "erin", "member", "pending");
  double.addCommit("acme", "deploy", { sha: "a".repeat(40), message: "PAY-1", verified: true });
  double.addCommit("acme", "deploy", { sha: "b".repeat(40), message: "PAY-2", verified: false });
});
afterAll(() => double.close());

function facts(token = double.token) {
  // No retries inside Octokit itself: the gate's own policy is what is under test.
  const octokit = getOctokit(token, { baseUrl: double.url, request: { retries: 0 } });
  return githubFacts(octokit.request, { owner: "acme", repo: "deploy" }, { sleep });
}

describe("githubFacts", () => {
  it("answers team membership: active yes, pending or absent no", async () => {
    const github = facts();
    expect(await github.isTeamMember("acme", "payments", "dave")).toBe(true);
    expect(await github.isTeamMember("acme", "payments", "erin")).toBe(false);
    expect(await github.isTeamMember("acme", "payments", "mallory")).toBe(false);
    expect(await github.isTeamMember("acme", "no-such-team", "dave")).toBe(false);
  });

  it("reads commit signatures as GitHub verified them", async () => {
    const github = facts();
    expect(await github.isCommitVerified("a".repeat(40))).toBe(true);
    expect(await github.isCommitVerified("b".repeat(40))).toBe(false);
  });

  it("retries 5xx and 429, waiting what Retry-After asks", async () => {
    slept.length = 0;
    double.failNext(1, { status: 502 });
    double.failNext(1, { status: 429, retryAfter: 3 });
    expect(await facts().isTeamMember("acme", "payments", "dave")).toBe(true);
    expect(slept).toEqual([500, 3000]);
  });

  it("gives up after its attempts, and says what failed (so the gate denies)", async () => {
    double.failNext(4, { status: 503 });
    await expect(facts().isCommitVerified("a".repeat(40))).rejects.toThrow(
      /^GitHub: signature of aaaaaaaaaaaa failed \(503 /,
    );
  });

  it("does not retry bad credentials", async () => {
    const before = double.requests.length;
    await expect(facts("wrong").isTeamMember("acme", "payments", "dave")).rejects.toThrow(
      /\(401 Bad credentials/,
    );
    expect(double.requests.length - before).toBe(1);
  });
});
