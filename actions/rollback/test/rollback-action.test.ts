// The rollback button: the committed bundle, run the way the runner runs it, on a deploy repo
// whose record (refs/gitops/qa on its origin) says hello 1.1.0 runs while the branch names 1.2.0.
import { execFileSync } from "node:child_process";
import { openGit } from "@gitops/git";
import { applyRelease, emptyState, gitRecordStore } from "@gitops/record";
import { afterEach, describe, expect, it } from "vitest";
import { createDeployRepo, type DeployRepo } from "../../../test/harness/deploy-repo-fixture.ts";
import { runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const repos: DeployRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** hello 1.1.0 recorded as running healthy in qa; then the branch moves on to 1.2.0. */
async function driftingRepo() {
  const repo = await createDeployRepo({ releases: [] });
  repos.push(repo);
  const healthy = repo.bump("1.1.0", "PAY-101 hello 1.1.0");
  const store = gitRecordStore(openGit(repo.dir));
  const pushed = {
    version: "1.1.0",
    commit: healthy,
    blob: repo.git("rev-parse", `${healthy}:services/hello.yaml`),
  };
  const recorded = applyRelease(
    { state: emptyState("qa"), files: new Map() },
    {
      release: {
        id: "r1",
        outcome: "succeeded",
        after: healthy,
        pusher: "carol-dev",
        tickets: ["PAY-101"],
        startedAt: "2026-12-04T10:00:00.000Z",
        services: [],
      },
      allowed: true,
      configBlob: repo.git("rev-parse", `${healthy}:gitops.yaml`),
      services: [{ service: "hello", file: "services/hello.yaml", outcome: "deployed", pushed }],
    },
  );
  const failed = applyRelease(recorded, {
    release: {
      id: "r2",
      outcome: "rolled-back",
      after: repo.bump("1.2.0", "PAY-102 hello 1.2.0"),
      pusher: "carol-dev",
      tickets: ["PAY-102"],
      startedAt: "2026-12-04T11:00:00.000Z",
      services: [],
    },
    allowed: true,
    configBlob: repo.git("rev-parse", `${healthy}:gitops.yaml`),
    services: [
      {
        service: "hello",
        file: "services/hello.yaml",
        outcome: "rolled-back",
        pushed: {
          ...pushed,
          version: "1.2.0",
          commit: repo.head(),
          blob: repo.git("rev-parse", "HEAD:services/hello.yaml"),
        },
        reason: "healthcheck: 503",
        issue: "OPS-1",
      },
    ],
  });
  expect(await store.write("qa", failed, undefined)).toBe(true);
  return { repo, healthy };
}

const rollback = (repo: DeployRepo, inputs: Record<string, string> = {}) =>
  runAction(actionDir, {
    workspace: repo.dir,
    inputs: { environment: "qa", service: "hello", "github-token": "ghs_token", ...inputs },
  });

describe("rollback action", () => {
  it("commits the healthy descriptor to the environment's branch on origin, citing the failed release", async () => {
    const { repo, healthy } = await driftingRepo();
    const run = await rollback(repo);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.version).toBe("1.1.0");
    const head = execFileSync("git", ["rev-parse", "qa"], { cwd: repo.origin, encoding: "utf8" }).trim();
    expect(run.outputs.commit).toBe(head);
    expect(repo.git("show", `${head}:services/hello.yaml`)).toBe(
      repo.git("show", `${healthy}:services/hello.yaml`),
    );
    const message = repo.git("log", "-1", "--format=%an%n%B", head);
    expect(message).toMatch(/^github-actions\[bot\]\nPAY-102 Roll back hello to 1\.1\.0 in qa\n/);
    expect(message).toContain("hello 1.2.0 rolled-back in qa (healthcheck: 503).");
    expect(message).toContain("Failure issue: OPS-1");
  });

  it("refuses a version that never ran healthy there, and changes nothing", async () => {
    const { repo } = await driftingRepo();
    const before = execFileSync("git", ["rev-parse", "qa"], { cwd: repo.origin, encoding: "utf8" }).trim();
    const run = await rollback(repo, { to: "0.9.0" });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === "error")?.message).toBe(
      "hello 0.9.0 never ran healthy in qa; these did: 1.1.0",
    );
    expect(execFileSync("git", ["rev-parse", "qa"], { cwd: repo.origin, encoding: "utf8" }).trim()).toBe(
      before,
    );
  });
});
