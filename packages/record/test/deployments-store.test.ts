// The record in GitHub Deployments, through the real Octokit against the GitHub double (the
// documented Deployments REST shapes, statuses and errors), with a real git clone to rebuild the
// record's tree in.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { openGit } from "@gitops/git";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubDouble, startGitHubDouble } from "../../../test/doubles/github/github-double.ts";
import { createFixture, type Fixture } from "../../git/test/git-fixture.ts";
import { deploymentsRecordStore, MAX_PAYLOAD_BYTES, RECORD_TASK } from "../src/deployments-store.ts";
import type { ReleaseRecord } from "../src/state.ts";
import { applyRelease, baseline, type Recorded } from "../src/transition.ts";
import { updateRecord } from "../src/update.ts";

const scratch = mkdtempSync(join(tmpdir(), "gitops-deployments-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let github: GitHubDouble;
let repo: Fixture;
let first: string;
let second: string;
beforeEach(async () => {
  github = await startGitHubDouble({
    tokens: { ghs_actions: "github-actions[bot]", ghp_mallory: "mallory" },
    repos: ["acme/deploy"],
  });
  repo = createFixture({ parent: scratch });
  first = repo.commit("PAY-1 api 1.0.0", {
    "gitops.yaml": "version: 1\n",
    "services/api.yaml": "service: api\nversion: 1.0.0\n",
  });
  second = repo.commit("PAY-2 api 1.1.0", { "services/api.yaml": "service: api\nversion: 1.1.0\n" });
  for (const sha of [first, second])
    github.addCommit("acme", "deploy", { sha, message: "x", verified: true });
});
afterEach(() => github.close());

function store(token = "ghs_actions") {
  const octokit = getOctokit(token, { baseUrl: github.url });
  return deploymentsRecordStore({
    request: (route, parameters) => octokit.request(route, parameters),
    repository: { owner: "acme", repo: "deploy" },
    git: openGit(repo.dir),
  });
}

const release = (outcome: ReleaseRecord["outcome"], services: ReleaseRecord["services"]): ReleaseRecord => ({
  id: `${second.slice(0, 12)}-1`,
  outcome,
  after: second,
  pusher: "carol",
  tickets: ["PAY-2"],
  startedAt: "2026-12-04T10:00:00.000Z",
  ...(outcome === "started" ? {} : { finishedAt: "2026-12-04T10:01:00.000Z" }),
  run: "https://github.com/acme/deploy/actions/runs/7",
  services,
});

const blob = (sha: string, path: string) => repo.git("rev-parse", `${sha}:${path}`);

/** A first allowed release of api 1.1.0 over 1.0.0: the start, then the end. */
async function releaseApi(s = store()): Promise<Recorded> {
  const start = baseline(
    "qa",
    [
      {
        service: "api",
        file: "services/api.yaml",
        ref: { version: "1.0.0", commit: first, blob: blob(first, "services/api.yaml") },
      },
    ],
    "2026-12-04T09:00:00.000Z",
  );
  const pushed = { version: "1.1.0", commit: second, blob: blob(second, "services/api.yaml") };
  await updateRecord(s, "qa", (current) =>
    applyRelease(current ?? start, {
      release: release("started", [
        { service: "api", outcome: "planned", version: "1.1.0", url: "http://api.qa.example" },
      ]),
      allowed: true,
      configBlob: blob(second, "gitops.yaml"),
      services: [],
    }),
  );
  return updateRecord(s, "qa", (current) =>
    applyRelease(current!, {
      release: release("succeeded", [
        { service: "api", outcome: "deployed", version: "1.1.0", url: "http://api.qa.example" },
      ]),
      allowed: true,
      configBlob: blob(second, "gitops.yaml"),
      services: [{ service: "api", file: "services/api.yaml", outcome: "deployed", pushed }],
    }),
  );
}

describe("the GitHub Deployments record store", () => {
  it("records each service's release as a deployment with statuses, and the state it leaves", async () => {
    const s = store();
    expect(await s.read("qa")).toBeUndefined();
    const written = await releaseApi(s);

    const deployments = github.deployments("acme", "deploy");
    const api = deployments.filter((d) => d.task === "deploy:api");
    expect(api).toHaveLength(1);
    expect(api[0]).toMatchObject({
      sha: second,
      environment: "qa",
      production_environment: false,
      creator: { login: "github-actions[bot]" },
    });
    expect(api[0]!.statuses.map((x) => [x.state, x.environment_url, x.log_url])).toEqual([
      ["success", "http://api.qa.example", "https://github.com/acme/deploy/actions/runs/7"],
      ["in_progress", "http://api.qa.example", "https://github.com/acme/deploy/actions/runs/7"],
    ]);
    const records = deployments.filter((d) => d.task === RECORD_TASK);
    expect(records.map((d) => d.statuses[0]?.state)).toEqual(["success", "success"]);

    // Read back: the same state, and a local commit holding the trusted config and what runs.
    const read = await s.read("qa");
    expect(read?.state).toEqual(written.state);
    expect(read?.version).toBe(String(records[0]!.id));
    expect(repo.git("show", `${read!.commit}:services/api.yaml`)).toBe("service: api\nversion: 1.1.0");
    expect((await s.history("qa")).map((r) => r.outcome)).toEqual(["succeeded", "started"]);
  });

  it("marks a service's earlier deployment inactive, and only that service's", async () => {
    await releaseApi();
    const s = store();
    await updateRecord(s, "qa", (current) =>
      applyRelease(current!, {
        release: {
          ...release("started", [{ service: "api", outcome: "planned", version: "1.2.0" }]),
          id: "second-release",
        },
        allowed: true,
        services: [],
      }),
    );
    const api = github.deployments("acme", "deploy").filter((d) => d.task === "deploy:api");
    expect(api.map((d) => d.statuses[0]?.state)).toEqual(["in_progress", "inactive"]);
  });

  it("refuses a write over a record that moved on", async () => {
    await releaseApi();
    const s = store();
    const current = (await s.read("qa"))!;
    const next = applyRelease(current, { release: release("denied", []), allowed: false, services: [] });
    expect(await s.write("qa", next, "1")).toBe(false);
    expect(await s.write("qa", next, current.version)).toBe(true);
  });

  it("trusts no record made by anyone but the release's identity", async () => {
    await releaseApi();
    // Anyone with write access can create a deployment; mallory forges a newer record.
    await expect(releaseApi(store("ghp_mallory"))).rejects.toThrow(
      /created by github-actions\[bot\]|refusing to trust/,
    );
    const forged = github.deployments("acme", "deploy").find((d) => d.creator?.login === "mallory");
    expect(forged).toBeDefined();
    await expect(store().read("qa")).rejects.toThrow(
      "the newest record of qa in GitHub Deployments was created by mallory, not by github-actions[bot]: refusing to trust it",
    );
  });

  it("says to keep the record in git when it outgrows a deployment's payload", async () => {
    const api = blob(first, "services/api.yaml");
    const big = baseline(
      "qa",
      Array.from({ length: 400 }, (_, i) => ({
        service: `service-${i}`,
        file: `services/service-${i}.yaml`,
        ref: { version: "1.0.0", commit: first, blob: api },
      })),
      "2026-12-04T09:00:00.000Z",
    );
    const next = applyRelease(big, { release: release("denied", []), allowed: false, services: [] });
    await expect(store().write("qa", next, undefined)).rejects.toThrow(
      new RegExp(`more than a GitHub deployment's payload holds \\(${MAX_PAYLOAD_BYTES}\\): keep it in git`),
    );
  });
});
