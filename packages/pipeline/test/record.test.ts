// Releases that plan, trust and roll back from the deployment record, not from the branch's
// previous commit: on real git repositories, with the record in the repo's refs/gitops/qa and,
// where it matters, behind a real bare origin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GitHubFacts } from "@gitops/gate";
import { openGit } from "@gitops/git";
import type { Notifier, ReleaseNotice } from "@gitops/notify";
import { gitRecordStore } from "@gitops/record";
import { afterEach, describe, expect, it } from "vitest";
import { type Fixture, gitEnv } from "../../git/test/git-fixture.ts";
import { gatePush } from "../src/gate-push.ts";
import { type ReleaseOptions, release } from "../src/release.ts";
import { releaseMarkdown } from "../src/summary.ts";
import { descriptor, setupDeployRepo } from "./release-fixture.ts";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const github: GitHubFacts = {
  isTeamMember: async () => false,
  isCommitVerified: async () => false,
};

const releasePush = (repo: Fixture, before: string, after: string, options: Partial<ReleaseOptions> = {}) =>
  release({
    git: openGit(repo.dir),
    workdir: repo.dir,
    before,
    after,
    environment: "qa",
    pusher: "carol",
    github,
    record: gitRecordStore(openGit(repo.dir)),
    ...options,
  });

const deployLog = (repo: Fixture) => {
  try {
    return readFileSync(join(repo.dir, "state/log"), "utf8")
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("start"));
  } catch {
    return [];
  }
};
const clearLog = (repo: Fixture) => rmSync(join(repo.dir, "state/log"), { force: true });

function listener(): Notifier & { notices: ReleaseNotice[] } {
  const notices: ReleaseNotice[] = [];
  return {
    channel: "test",
    notices,
    async notify(notice) {
      notices.push(structuredClone(notice));
      return [{ channel: "test", target: notice.service, ok: true, attempts: 1, detail: "recorded" }];
    },
  };
}

/** The example deploy repo's policy with a third service, and a first release that starts the record. */
async function recordedRepo() {
  const { repo, port, before } = await setupDeployRepo(cleanups);
  const first = repo.commit("PAY-1 add jobs", { "services/jobs.yaml": descriptor("jobs", "3.0.0", port) });
  const result = await releasePush(repo, before, first);
  expect(result.outcome).toBe("succeeded");
  expect(result.record).toMatchObject({ store: "git", policy: "baseline", ok: true });
  clearLog(repo);
  return { repo, port, first };
}

describe("planning from the record", () => {
  it("a burst of pushes whose runs were cancelled or skipped loses no change, and deploys none twice", async () => {
    const { repo, port, first } = await recordedRepo();
    const one = repo.commit("PAY-2 api 1.1.0", { "services/api.yaml": descriptor("api", "1.1.0", port) });
    const two = repo.commit("PAY-3 web 2.1.0", { "services/web.yaml": descriptor("web", "2.1.0", port) });
    const three = repo.commit("PAY-4 jobs 3.1.0", {
      "services/jobs.yaml": descriptor("jobs", "3.1.0", port),
    });
    expect(first).not.toBe(one);

    // Every commit since the last allowed release was judged, not only the last push's.
    const gated = await gatePush({
      git: openGit(repo.dir),
      before: two,
      after: three,
      environment: "qa",
      pusher: "carol",
      github,
      record: gitRecordStore(openGit(repo.dir)),
    });
    expect(gated.commits.map((c) => c.sha)).toEqual([one, two, three]);

    // The runs of pushes one and two never got to deploy; the run of push three sees only its own
    // push in the event (before = two), and plans from what truly ran.
    const result = await releasePush(repo, two, three);
    expect(result.outcome).toBe("succeeded");
    expect(result.services.map((s) => [s.service, s.version])).toEqual([
      ["api", { from: "1.0.0", to: "1.1.0" }],
      ["jobs", { from: "3.0.0", to: "3.1.0" }],
      ["web", { from: "2.0.0", to: "2.1.0" }],
    ]);
    expect(deployLog(repo).sort()).toEqual([
      "start api 1.1.0 deploy",
      "start jobs 3.1.0 deploy",
      "start web 2.1.0 deploy",
    ]);
    expect(result.record).toMatchObject({ policy: "record", ok: true });

    // The same push again (a re-run): what it asks for runs already.
    clearLog(repo);
    const again = await releasePush(repo, two, three);
    expect(again.outcome).toBe("nothing-to-deploy");
    expect(deployLog(repo)).toEqual([]);
  });

  it("plans a fix against what ran, not against the denied push before it", async () => {
    const { repo, port, first } = await recordedRepo();
    const broken = descriptor("api", "1.1.0", port).replace("http: /api/health", "http: /api/nowhere");
    const denied = repo.commit("PAY-5 api 1.1.0", { "services/api.yaml": broken });
    expect((await releasePush(repo, first, denied, { pusher: "mallory" })).outcome).toBe("denied");

    const fix = repo.commit("PAY-6 api 1.1.0, the right healthcheck", {
      "services/api.yaml": descriptor("api", "1.1.0", port),
    });
    const result = await releasePush(repo, denied, fix);
    expect(result.outcome).toBe("succeeded");
    // The denied push never ran: the plan goes from what did, 1.0.0, not from the denied 1.1.0.
    expect(result.services.map((s) => [s.service, s.version])).toEqual([
      ["api", { from: "1.0.0", to: "1.1.0" }],
    ]);
    expect(deployLog(repo)).toEqual(["start api 1.1.0 deploy"]);
  });
});

describe("trusting the record", () => {
  const withMallory = (repo: Fixture) =>
    readFileSync(join(repo.dir, "gitops.yaml"), "utf8").replace("users: [carol]", "users: [carol, mallory]");

  it("never lets a denied push that allow-lists its pusher decide the next push", async () => {
    const { repo, port, first } = await recordedRepo();
    const selfAdding = repo.commit("PAY-7 let me in", { "gitops.yaml": withMallory(repo) });
    const denied = await releasePush(repo, first, selfAdding, { pusher: "mallory" });
    expect(denied.outcome).toBe("denied");
    expect(denied.gate.results.find((r) => r.rule === "config-change")?.decision).toBe("deny");

    // Her next push comes after her own commit; the policy is still the last allowed release's.
    const next = repo.commit("PAY-8 api 1.1.0", { "services/api.yaml": descriptor("api", "1.1.0", port) });
    const result = await releasePush(repo, selfAdding, next, { pusher: "mallory" });
    expect(result.outcome).toBe("denied");
    expect(result.record?.policy).toBe("record");
    expect(result.gate.results.find((r) => r.rule === "pusher-allowed")).toMatchObject({ decision: "deny" });
    expect(deployLog(repo)).toEqual([]);
  });

  it("judges a deleted and re-created branch by the record, not by the branch's own gitops.yaml", async () => {
    const { repo, port } = await recordedRepo();
    // A new root commit, as `git push` of a new history after `git push --delete` makes it.
    repo.git("checkout", "-q", "--orphan", "recreated");
    const recreated = repo.commit("PAY-9 fresh start", {
      "gitops.yaml": withMallory(repo),
      "services/api.yaml": descriptor("api", "9.9.9", port),
    });
    const result = await releasePush(repo, "0".repeat(40), recreated, { pusher: "mallory" });
    expect(result.outcome).toBe("denied");
    expect(result.record?.policy).toBe("record");
    expect(deployLog(repo)).toEqual([]);
  });

  it("takes the policy from the default branch before any release was allowed, never from the push", async () => {
    const { repo, port } = await setupDeployRepo(cleanups);
    repo.git("branch", "main");
    repo.git("checkout", "-q", "--orphan", "qa-new");
    const created = repo.commit("PAY-10 my own policy", {
      "gitops.yaml": withMallory(repo),
      "services/api.yaml": descriptor("api", "1.0.0", port),
    });
    const denied = await releasePush(repo, "0".repeat(40), created, {
      pusher: "mallory",
      defaultBranch: "main",
    });
    expect(denied.outcome).toBe("denied");
    expect(denied.record?.policy).toBe("default-branch");
    // Without a default branch and without a record, a push that creates the branch cannot judge itself.
    const nothing = await setupDeployRepo(cleanups);
    nothing.repo.git("checkout", "-q", "--orphan", "other");
    const alone = nothing.repo.commit("PAY-11 alone", { "gitops.yaml": withMallory(nothing.repo) });
    await expect(releasePush(nothing.repo, "0".repeat(40), alone, { pusher: "mallory" })).rejects.toThrow(
      /a push never judges itself/,
    );
  });
});

describe("rolling back to what ran healthy", () => {
  it("restores the last healthy version after two failing pushes in a row, and says which", async () => {
    const { repo, port, first } = await recordedRepo();
    const broken1 = repo.commit("PAY-12 api 1.1.0-broken", {
      "services/api.yaml": descriptor("api", "1.1.0-broken", port),
    });
    const one = await releasePush(repo, first, broken1);
    expect(one.services[0]).toMatchObject({
      outcome: "rolled-back",
      rollback: { version: "1.0.0", ok: true },
    });

    const broken2 = repo.commit("PAY-13 api 1.2.0-broken", {
      "services/api.yaml": descriptor("api", "1.2.0-broken", port),
    });
    const notices = listener();
    const two = await releasePush(repo, broken1, broken2, { notifiers: () => [notices] });
    // Planned from what runs (1.0.0), and restored to it, not to the first broken version.
    expect(two.services[0]).toMatchObject({
      version: { from: "1.0.0", to: "1.2.0-broken" },
      outcome: "rolled-back",
      rollback: { version: "1.0.0", ok: true },
    });
    expect(readFileSync(join(repo.dir, "state/api"), "utf8")).toBe("1.0.0");
    expect(notices.notices.at(-1)).toMatchObject({
      event: "rolled-back",
      rollback: { version: "1.0.0", ok: true },
    });
    // The summary ends with what runs now: the branch names the broken version, 1.0.0 runs.
    const summary = releaseMarkdown(two);
    expect(summary).toContain("### What runs in qa now");
    expect(summary).toMatch(/\| api \| 1\.2\.0-broken \| 1\.0\.0 ⚠ \| \d{4}-/);
    expect(summary).toContain("`gitops rollback --env qa --service api` makes the branch name what runs.");
    const state = (await gitRecordStore(openGit(repo.dir)).read("qa"))!.state;
    expect(state.services.api).toMatchObject({
      running: { version: "1.0.0" },
      last: { version: "1.2.0-broken", outcome: "rolled-back" },
    });
  });

  it("says plainly in the failure notice when no version ever ran healthy", async () => {
    const { repo, port, first } = await recordedRepo();
    const added = repo.commit("PAY-14 new service, broken", {
      "services/cron.yaml": descriptor("cron", "0.1.0-broken", port),
    });
    const notices = listener();
    const result = await releasePush(repo, first, added, { notifiers: () => [notices] });
    expect(result.services[0]).toMatchObject({
      outcome: "failed",
      note: "nothing to restore: no version of cron ran healthy in qa before",
    });
    expect(notices.notices.find((n) => n.event === "failed")?.failure?.reason).toMatch(
      /; nothing to restore: no version of cron ran healthy in qa before$/,
    );
  });
});

describe("a record that cannot be written", () => {
  it("fails the release closed, deploys nothing, and says why", async () => {
    const { repo, port, before } = await setupDeployRepo(cleanups);
    const origin = mkdtempSync(join(tmpdir(), "gitops-origin-"));
    cleanups.push(() => rmSync(origin, { recursive: true, force: true }));
    execFileSync("git", ["init", "-q", "--bare", origin], { env: gitEnv });
    repo.git("remote", "add", "origin", origin);
    repo.git("push", "-q", "origin", "qa");
    // Like a token without contents: write, the server refuses the record's ref.
    execFileSync("sh", [
      "-c",
      `printf '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/gitops/*) echo "no write access to $ref" >&2; exit 1;; esac; done\n' > ${origin}/hooks/pre-receive && chmod +x ${origin}/hooks/pre-receive`,
    ]);
    const after = repo.commit("PAY-15 api 1.1.0", { "services/api.yaml": descriptor("api", "1.1.0", port) });
    repo.git("push", "-q", "origin", "qa");
    const result = await releasePush(repo, before, after);
    expect(result.outcome).toBe("failed");
    expect(result.record).toMatchObject({ ok: false });
    expect(result.note).toMatch(
      /^nothing was deployed: could not write the git record of qa: .*no write access to refs\/gitops\/qa/,
    );
    expect(result.services).toEqual([]);
    expect(deployLog(repo)).toEqual([]);
  });
});
