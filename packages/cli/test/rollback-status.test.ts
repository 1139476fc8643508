// `gitops status` and `gitops rollback` as a user runs them after a failed release: the bundled
// CLI on a real deploy repo behind a real bare origin, the record in refs/gitops/qa.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gitEnv } from "../../git/test/git-fixture.ts";
import { descriptor, setupDeployRepo } from "../../pipeline/test/release-fixture.ts";

const cli = new URL("../dist/index.js", import.meta.url).pathname;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function gitops(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** The release fixture behind a bare origin; every commit is pushed, as `git push` would. */
async function deployRepo() {
  const setup = await setupDeployRepo(cleanups);
  const origin = mkdtempSync(join(tmpdir(), "gitops-origin-"));
  cleanups.push(() => rmSync(origin, { recursive: true, force: true }));
  execFileSync("git", ["init", "-q", "--bare", origin], { env: gitEnv });
  setup.repo.git("remote", "add", "origin", origin);
  setup.repo.git("push", "-q", "origin", "qa");
  const push = (message: string, files: Record<string, string>) => {
    const before = setup.repo.head();
    const after = setup.repo.commit(message, files);
    setup.repo.git("push", "-q", "origin", "qa");
    return { before, after };
  };
  return { ...setup, origin, push };
}

const release = (dir: string, p: { before: string; after: string }) =>
  gitops(["release", "--env", "qa", "--before", p.before, "--after", p.after, "--as", "carol"], dir);

describe("gitops status and gitops rollback", () => {
  it("after a rolled-back release: status shows the drift, rollback ends it, the next release has nothing to undo", async () => {
    const { repo, port, push } = await deployRepo();
    expect(
      (
        await release(
          repo.dir,
          push("PAY-1 api 1.1.0", { "services/api.yaml": descriptor("api", "1.1.0", port) }),
        )
      ).code,
    ).toBe(0);
    const broken = push("PAY-2 api 1.2.0-broken", {
      "services/api.yaml": descriptor("api", "1.2.0-broken", port),
    });
    const failed = await release(repo.dir, broken);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("rolled back to 1.1.0: healthy");

    // The branch names 1.2.0-broken; the record says 1.1.0 runs.
    const drift = await gitops(["status", "--env", "qa"], repo.dir);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toMatch(/^api +1\.2\.0-broken \(runs 1\.1\.0\) ⚠ · 1\.2\.0-broken rolled-back$/m);
    expect(drift.stdout).toMatch(/^web +2\.0\.0 ✓$/m);
    expect(drift.stdout).toContain("  ⚠ api: the branch names 1.2.0-broken; 1.1.0 runs");
    const json = JSON.parse((await gitops(["status", "--format", "json"], repo.dir)).stdout);
    expect(json.environments[0]).toMatchObject({ environment: "qa", branch: "qa" });
    expect(json.environments[0].services.find((s: { service: string }) => s.service === "api")).toMatchObject(
      {
        branch: { version: "1.2.0-broken" },
        running: { version: "1.1.0", pusher: "carol" },
        last: { version: "1.2.0-broken", outcome: "rolled-back" },
      },
    );

    // Roll the branch back: a commit citing the failed release's ticket, pushed to origin.
    const rolled = await gitops(["rollback", "--env", "qa", "--service", "api"], repo.dir);
    expect(rolled.stderr).toBe("");
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(
      /^api: 1\.2\.0-broken → 1\.1\.0 on qa \([0-9a-f]{12}\), pushed to origin$/m,
    );
    const originHead = execFileSync("git", ["rev-parse", "qa"], {
      cwd: repo.git("remote", "get-url", "origin"),
      encoding: "utf8",
    }).trim();
    const message = repo.git("log", "-1", "--format=%B", originHead);
    // This repo asks for no JIRA tickets, so there are none to cite.
    expect(message).toMatch(
      /^Roll back api to 1\.1\.0 in qa\n\napi 1\.2\.0-broken rolled-back in qa \(healthcheck: /,
    );
    expect(message).toContain("The deployment record shows 1.1.0 ran healthy there");
    expect(repo.git("show", `${originHead}:services/api.yaml`)).toBe(
      descriptor("api", "1.1.0", port).trimEnd(),
    );

    // Its release: the branch now names what runs, so there is nothing to deploy and nothing to approve.
    repo.git("fetch", "-q", "origin");
    repo.git("reset", "-q", "--hard", "origin/qa");
    const next = await release(repo.dir, { before: broken.after, after: originHead });
    expect(next.code).toBe(0);
    expect(next.stdout).toContain("release to qa: nothing-to-deploy");
    const clean = await gitops(["status", "--env", "qa"], repo.dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("qa (branch qa): last allowed release");
    expect(clean.stdout).toContain("; no drift");
  });

  it("rolls back to an older version that ran healthy, which the plan calls safe, not a risky downgrade", async () => {
    const { repo, port, push } = await deployRepo();
    for (const version of ["1.1.0", "1.2.0"])
      expect(
        (
          await release(
            repo.dir,
            push(`PAY-3 api ${version}`, { "services/api.yaml": descriptor("api", version, port) }),
          )
        ).code,
      ).toBe(0);

    const never = await gitops(["rollback", "--env", "qa", "--service", "api", "--to", "0.9.0"], repo.dir);
    expect(never.code).toBe(1);
    expect(never.stderr).toBe(
      "gitops rollback: api 0.9.0 never ran healthy in qa; these did: 1.1.0, 1.2.0\n",
    );

    const back = await gitops(["rollback", "--env", "qa", "--service", "api", "--to", "1.1.0"], repo.dir);
    expect(back.code, back.stderr).toBe(0);
    repo.git("fetch", "-q", "origin");
    const after = repo.git("rev-parse", "origin/qa");
    const plan = await gitops(["plan", "--base", "refs/gitops/qa", "--head", after, "--env", "qa"], repo.dir);
    // `gitops plan` alone has no record of what ran healthy: the downgrade is risky there...
    expect(plan.stdout).toContain("downgrades from 1.2.0 to 1.1.0");
    // ...while the release, which reads the record, calls it safe and lets it through.
    repo.git("reset", "-q", "--hard", "origin/qa");
    const run = await gitops(["release", "--env", "qa", "--as", "carol", "--format", "json"], repo.dir);
    const result = JSON.parse(run.stdout);
    expect(result.outcome).toBe("succeeded");
    expect(result.plan).toEqual({ verdict: "allow", summary: "Plan: 0 to add, 1 to change, 0 to remove" });
    expect(readFileSync(join(repo.dir, "state/api"), "utf8")).toBe("1.1.0");
  });
});
