// The release pipeline on real git repositories, a real deploy command (a node script that
// records what it deployed), and a real HTTP server whose health follows what is deployed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GitHubFacts } from "@gitops/gate";
import { openGit } from "@gitops/git";
import { type Notifier, type ReleaseNotice, slackNotifier } from "@gitops/notify";
import { gitRecordStore } from "@gitops/record";
import { afterEach, describe, expect, it } from "vitest";
import { startSlackDouble } from "../../../test/doubles/slack/slack-double.ts";
import type { Fixture } from "../../git/test/git-fixture.ts";
import { type ReleaseOptions, release } from "../src/release.ts";
import type { ReleaseProgress } from "../src/result.ts";
import { releaseMarkdown, releaseText } from "../src/summary.ts";
import { descriptor, setupDeployRepo } from "./release-fixture.ts";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const setup = (concurrency?: number) => setupDeployRepo(cleanups, concurrency);

/** The release of the push from `before` to `after` to qa, by carol (listed), unless told otherwise. */
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

// Nobody in these tests needs GitHub: the pusher is listed by login.
const github: GitHubFacts = {
  isTeamMember: async () => {
    throw new Error("GitHub was asked");
  },
  isCommitVerified: async () => {
    throw new Error("GitHub was asked");
  },
};

/** A notifier that remembers what it was told. */
function recorder(): Notifier & { notices: ReleaseNotice[] } {
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

const deployLog = (repo: Fixture) => readFileSync(join(repo.dir, "state/log"), "utf8").trim().split("\n");

describe("release", () => {
  it("deploys each changed service, health-checks it, and tells people before and after", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-1 bump api and web", {
      "services/api.yaml": descriptor("api", "1.1.0", port),
      "services/web.yaml": descriptor("web", "2.1.0", port),
    });
    const notifier = recorder();
    const events: ReleaseProgress[] = [];
    const result = await releasePush(repo, before, after, {
      notifiers: () => [notifier],
      onProgress: (e) => events.push(e),
      links: { commit: `https://example.test/commit/${after}` },
    });

    expect(result.gate.results.filter((r) => r.decision !== "allow")).toEqual([]);
    expect(result.outcome).toBe("succeeded");
    expect(result.services.map((s) => [s.service, s.outcome, s.version])).toEqual([
      ["api", "deployed", { from: "1.0.0", to: "1.1.0" }],
      ["web", "deployed", { from: "2.0.0", to: "2.1.0" }],
    ]);
    for (const s of result.services) {
      expect(s.stages.map((x) => [x.stage, x.outcome])).toEqual([
        ["deploy", "passed"],
        ["healthcheck", "passed"],
      ]);
      expect(s.deliveries.map((d) => d.event)).toEqual(["started", "succeeded"]);
    }
    expect(readFileSync(join(repo.dir, "state/api"), "utf8")).toBe("1.1.0");
    expect(readFileSync(join(repo.dir, "state/web"), "utf8")).toBe("2.1.0");

    const apiNotices = notifier.notices.filter((n) => n.service === "api");
    expect(apiNotices.map((n) => n.event)).toEqual(["started", "succeeded"]);
    expect(apiNotices[1]).toMatchObject({
      environment: "qa",
      pusher: "carol",
      version: { from: "1.0.0", to: "1.1.0" },
      commit: { sha: after, url: `https://example.test/commit/${after}` },
      committer: { email: "author@example.test" },
      recipients: {
        emails: ["api-team@example.test"],
        slack: ["#deploys"],
        maintainer: { email: "api@example.test" },
      },
    });
    expect(apiNotices[1]!.stages.map((s) => s.stage)).toEqual(["deploy", "healthcheck"]);

    // Live progress: the gate, then each stage's start and end, with the command's output.
    expect(events[0]).toMatchObject({ type: "gate", decision: "allow" });
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "output",
        service: "api",
        stage: "deploy",
        chunk: "deployed api 1.1.0\n",
      }),
    );
    const markdown = releaseMarkdown(result);
    expect(markdown).toContain("| api | 1.0.0 → 1.1.0 |");
    expect(markdown).toContain(`https://example.test/commit/${after}`);
    expect(releaseText(result)).toContain("release to qa: succeeded");
  });

  it("restores the previous version when the new one fails its healthcheck, and reports both", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-2 api 1.1.0-broken", {
      "services/api.yaml": descriptor("api", "1.1.0-broken", port),
    });
    const notifier = recorder();
    const result = await releasePush(repo, before, after, {
      notifiers: () => [notifier],
    });

    expect(result.outcome).toBe("rolled-back");
    const [api] = result.services;
    expect(api).toMatchObject({
      service: "api",
      outcome: "rolled-back",
      failure: { stage: "healthcheck" },
      rollback: { version: "1.0.0", ok: true, reason: "1.0.0 restored and healthy" },
    });
    expect(api!.failure!.reason).toContain("503");
    expect(api!.rollback!.stages.map((s) => [s.stage, s.outcome])).toEqual([
      ["deploy", "passed"],
      ["healthcheck", "passed"],
    ]);
    expect(readFileSync(join(repo.dir, "state/api"), "utf8")).toBe("1.0.0");
    expect(deployLog(repo)).toEqual([
      "start api 1.1.0-broken deploy",
      "end api",
      "start api 1.0.0 rollback",
      "end api",
    ]);
    expect(notifier.notices.map((n) => n.event)).toEqual(["started", "failed", "rolled-back"]);
    expect(notifier.notices[1]!.failure).toMatchObject({ stage: "healthcheck" });
    expect(notifier.notices[2]!.rollback).toEqual({
      version: "1.0.0",
      ok: true,
      reason: "1.0.0 restored and healthy",
    });
    expect(releaseMarkdown(result)).toContain("Failed at **healthcheck**");
  });

  it("fails without a rollback when the service is new, and keeps the deploy command's output", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-3 add jobs", {
      "services/jobs.yaml": descriptor("jobs", "0.1.0-undeployable", port),
    });
    const result = await releasePush(repo, before, after);
    expect(result.outcome).toBe("failed");
    expect(result.services[0]).toMatchObject({
      service: "jobs",
      outcome: "failed",
      failure: { stage: "deploy", reason: "command: exited 4" },
      note: "nothing to restore: no version of jobs ran healthy in qa before",
    });
    expect(result.services[0]!.failure!.log).toContain("registry says no");
    expect(result.services[0]!.stages.map((s) => s.stage)).toEqual(["deploy"]);
  });

  it("deploys nothing when the gate does not allow the push", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-4 bump api", { "services/api.yaml": descriptor("api", "1.2.0", port) });
    const notifier = recorder();
    const result = await releasePush(repo, before, after, {
      pusher: "mallory",
      notifiers: () => [notifier],
    });
    expect(result.outcome).toBe("denied");
    expect(result.gate.results.find((r) => r.rule === "pusher-allowed")?.decision).toBe("deny");
    expect(result.services).toEqual([]);
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);
    expect(notifier.notices).toEqual([]);
  });

  it("skips a push whose message carries the skip marker", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-5 bump api [skip deploy]", {
      "services/api.yaml": descriptor("api", "1.2.0", port),
    });
    const result = await releasePush(repo, before, after);
    expect(result.outcome).toBe("skipped");
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);
  });

  it("a dry run plans every stage and runs none, telling nobody", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-6 bump api", { "services/api.yaml": descriptor("api", "1.2.0", port) });
    const notifier = recorder();
    const result = await releasePush(repo, before, after, {
      dryRun: true,
      notifiers: () => [notifier],
    });
    expect(result.outcome).toBe("dry-run");
    expect(result.services[0]).toMatchObject({ service: "api", outcome: "planned" });
    expect(result.services[0]!.stages.map((s) => [s.stage, s.outcome])).toEqual([
      ["deploy", "skipped"],
      ["healthcheck", "skipped"],
    ]);
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);
    expect(notifier.notices).toEqual([]);
  });

  it("deploys no more services at once than the environment allows", async () => {
    const { repo, port, before } = await setup(1);
    const after = repo.commit("PAY-7 bump both", {
      "services/api.yaml": descriptor("api", "1.3.0", port),
      "services/web.yaml": descriptor("web", "2.3.0", port),
    });
    const result = await releasePush(repo, before, after);
    expect(result.outcome).toBe("succeeded");
    // With one at a time, every start is followed by its own end.
    expect(deployLog(repo)).toEqual([
      "start api 1.3.0 deploy",
      "end api",
      "start web 2.3.0 deploy",
      "end web",
    ]);
  });

  it("a notifier that throws or fails never changes the outcome", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-8 bump api", { "services/api.yaml": descriptor("api", "1.4.0", port) });
    const broken: Notifier = {
      channel: "slack",
      notify: async () => {
        throw new Error("socket hang up");
      },
    };
    const result = await releasePush(repo, before, after, {
      notifiers: () => [broken],
    });
    expect(result.outcome).toBe("succeeded");
    expect(result.services[0]!.deliveries.map((d) => [d.event, d.channel, d.ok])).toEqual([
      ["started", "slack", false],
      ["succeeded", "slack", false],
    ]);
    expect(releaseText(result)).toContain("2 notifications not delivered");
  });

  it("Slack answering 500 forever is reported in the result, and the release still succeeds", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-10 bump api", { "services/api.yaml": descriptor("api", "1.6.0", port) });
    const slack = await startSlackDouble();
    cleanups.push(() => slack.close());
    const url = slack.hook("#deploys");
    slack.failNext(1000, { status: 500 });
    const waits: number[] = [];
    const result = await releasePush(repo, before, after, {
      // Through the real client, with the retry policy's waits recorded instead of slept.
      notifiers: () => [
        slackNotifier({ channels: { "#deploys": url }, retry: { sleep: async (ms) => void waits.push(ms) } }),
      ],
    });
    expect(result.outcome).toBe("succeeded");
    expect(result.services[0]!.outcome).toBe("deployed");
    const deliveries = result.services[0]!.deliveries;
    expect(deliveries.map((d) => [d.event, d.target, d.ok, d.attempts])).toEqual([
      ["started", "#deploys", false, 4],
      ["succeeded", "#deploys", false, 4],
    ]);
    expect(deliveries[0]!.detail).toMatch(/^HTTP 500/);
    expect(JSON.stringify(result)).not.toContain(url);
    expect(waits.length).toBe(6);
    expect(slack.posts).toEqual([]);
    expect(releaseMarkdown(result)).toContain("⚠️ HTTP 500");
  });

  it("a cancelled release stops the deploy command, and restores nothing", async () => {
    const { repo, port, before } = await setup();
    const after = repo.commit("PAY-11 bump api", {
      "services/api.yaml": descriptor("api", "1.7.0-slow", port),
    });
    const cancel = new AbortController();
    const notifier = recorder();
    const result = await releasePush(repo, before, after, {
      signal: cancel.signal,
      notifiers: () => [notifier],
      // Cancel once the deploy command is running: when it first says something.
      onProgress: (e) => {
        if (e.type === "output" && e.stage === "deploy") cancel.abort();
      },
    });
    expect(result.outcome).toBe("failed");
    expect(result.services[0]).toMatchObject({
      outcome: "failed",
      failure: { stage: "deploy", reason: "command: cancelled" },
      note: "the release was cancelled: nothing was rolled back, so check what runs",
    });
    expect(result.services[0]!.rollback).toBeUndefined();
    expect(deployLog(repo)).toEqual(["start api 1.7.0-slow deploy"]);
    expect(notifier.notices.map((n) => n.event)).toEqual(["started", "failed"]);
  });

  it("reports a removed service without tearing anything down", async () => {
    const { repo, before } = await setup();
    const after = repo.commit("PAY-9 retire web", { "services/web.yaml": null });
    const result = await releasePush(repo, before, after);
    expect(result.services).toEqual([
      expect.objectContaining({ service: "web", change: "removed", outcome: "not-deployed" }),
    ]);
    expect(result.outcome).toBe("nothing-to-deploy");
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);
  });
});
