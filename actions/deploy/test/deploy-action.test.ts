// The deploy action, run from its committed bundle the way the runner runs it, on a real deploy
// repo: the example's own deploy command starts hello as a real process on a free loopback
// port, and the tests ask that process which version it runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openGit } from "@gitops/git";
import { applyRelease, emptyState, gitRecordStore, type ReleaseRecord } from "@gitops/record";
import { afterEach, describe, expect, it } from "vitest";
import {
  createDeployRepo,
  type DeployRepo,
  healthz,
  runningVersion,
} from "../../../test/harness/deploy-repo-fixture.ts";
import { runAction } from "../../../test/harness/run-action.ts";

const actionDir = new URL("..", import.meta.url).pathname;
const repos: DeployRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) {
    let leftovers: number[];
    try {
      leftovers = repo.stop();
    } finally {
      repo.remove();
    }
    expect(leftovers, "processes still running after stop-local").toEqual([]);
  }
});

async function deployRepo(): Promise<DeployRepo> {
  const repo = await createDeployRepo();
  repos.push(repo);
  return repo;
}

function deploy(repo: DeployRepo, inputs: Record<string, string> = {}) {
  return runAction(actionDir, {
    workspace: repo.dir,
    inputs: { service: "hello", environment: "qa", ...inputs },
    env: repo.env,
  });
}

interface Result {
  service: string;
  environment: string;
  version?: string;
  reason: string;
  ok: boolean;
  detail: string;
  durationMs?: number;
  stages: { stage: string; outcome: string; durationMs: number; reason: string }[];
}
const result = (outputs: Record<string, string>) => JSON.parse(outputs.result!) as Result;
const stageOutcomes = (r: Result) => r.stages.map((s) => [s.stage, s.outcome]);

describe("deploy action", () => {
  it("deploys the version HEAD names through the environment's driver, and the service answers", async () => {
    const repo = await deployRepo();
    repo.bump("1.1.0", "PAY-101 hello 1.1.0");
    const run = await deploy(repo);

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.ok).toBe("true");
    expect(run.outputs.version).toBe("1.1.0");
    const r = result(run.outputs);
    expect(r).toMatchObject({
      service: "hello",
      environment: "qa",
      version: "1.1.0",
      reason: "deploy",
      ok: true,
      detail: "hello 1.1.0 deployed",
    });
    expect(stageOutcomes(r)).toEqual([["deploy", "passed"]]);
    expect(r.stages[0]!.reason).toMatch(/^command: /);
    // The deploy command's own output, line by line in the log.
    expect(run.logLines).toContainEqual(
      expect.stringMatching(/^hello 1\.1\.0 started on 127\.0\.0\.1:\d+ \(pid \d+\)$/),
    );
    expect(run.logLines).toContainEqual(expect.stringMatching(/^deploy: passed - command: /));

    expect(await runningVersion(repo.ports.qa)).toBe("1.1.0");
    expect(repo.instances()).toEqual(["qa-hello.pid"]);

    expect(run.summary).toContain("### ✅ deploy hello 1.1.0 to qa\n");
    expect(run.summary).toContain("| Stage | Outcome | Time | Why |");
    expect(run.summary).toMatch(/^\| deploy \| ✅ passed \| \d+(\.\d)?m?s \| command: exited 0 \|$/m);
  });

  it("fails the step when the driver cannot deploy the version, and says why", async () => {
    const repo = await deployRepo();
    repo.bump("9.9.9", "PAY-101 a version nobody built");
    const run = await deploy(repo);

    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs.version).toBe("9.9.9");
    const r = result(run.outputs);
    expect(r.ok).toBe(false);
    expect(stageOutcomes(r)).toEqual([["deploy", "failed"]]);
    expect(r.detail).toMatch(/^deploy: command: /);
    const [error] = run.annotations.filter((a) => a.level === "error");
    expect(error?.message).toMatch(/^deploy of hello 9\.9\.9 to qa failed at deploy: command: .*exit/);
    // The command's own words are in the log.
    expect(run.stdout).toContain("deploy-local: no artifact for hello 9.9.9");
    expect(run.summary).toContain("❌ deploy hello 9.9.9 to qa");
    expect(repo.instances()).toEqual([]);
    expect(await healthz(repo.ports.qa)).toBeUndefined();
  });

  describe("rollback", () => {
    it("with record none, restores the version the commit named holds and proves it healthy", async () => {
      const repo = await deployRepo();
      const previous = repo.bump("1.1.0", "PAY-101 hello 1.1.0");
      expect((await deploy(repo)).outputs.ok).toBe("true");
      repo.bump("1.2.0", "PAY-102 hello 1.2.0");
      const broken = await deploy(repo);
      expect(broken.outputs.ok).toBe("true"); // the deploy itself works; 1.2.0 only reports DOWN
      expect(await runningVersion(repo.ports.qa)).toBe("1.2.0");
      expect(await healthz(repo.ports.qa)).toEqual({ status: 503, version: "1.2.0" });

      const run = await deploy(repo, { reason: "rollback", ref: previous, record: "none" });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.ok).toBe("true");
      expect(run.outputs.version).toBe("1.1.0");
      const r = result(run.outputs);
      expect(r).toMatchObject({
        reason: "rollback",
        version: "1.1.0",
        ok: true,
        detail: "hello 1.1.0 restored",
      });
      expect(stageOutcomes(r)).toEqual([
        ["deploy", "passed"],
        ["healthcheck", "passed"],
      ]);
      expect(r.stages[1]!.reason).toBe("1/1 endpoints healthy");
      expect(await healthz(repo.ports.qa)).toEqual({ status: 200, version: "1.1.0" });
      expect(run.summary).toContain("✅ rollback hello 1.1.0 to qa");
    });

    it("fails when the restored version is not healthy either", async () => {
      const repo = await deployRepo();
      const brokenCommit = repo.bump("1.2.0", "PAY-102 hello 1.2.0");
      repo.bump("1.1.0", "PAY-101 hello 1.1.0");
      const run = await deploy(repo, { reason: "rollback", ref: brokenCommit, record: "none" });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.ok).toBe("false");
      const r = result(run.outputs);
      expect(stageOutcomes(r)).toEqual([
        ["deploy", "passed"],
        ["healthcheck", "failed"],
      ]);
      expect(r.detail).toMatch(/^healthcheck: healthz: /);
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: "error",
          message: expect.stringMatching(/^rollback of hello 1\.2\.0 to qa failed at healthcheck: /),
        }),
      );
    });

    it("restores what the deployment record shows ran healthy, not the commit before the push", async () => {
      const repo = await deployRepo();
      repo.bump("1.1.0", "PAY-101 hello 1.1.0");
      expect((await deploy(repo)).outputs.ok).toBe("true");
      // The record (on origin, as the gate and record jobs keep it) says 1.1.0 ran healthy.
      const git = openGit(repo.dir);
      const store = gitRecordStore(git);
      const healthy = repo.head();
      const blob = repo.git("rev-parse", `${healthy}:services/hello.yaml`);
      const config = repo.git("rev-parse", `${healthy}:gitops.yaml`);
      const release: ReleaseRecord = {
        id: "r1",
        outcome: "succeeded",
        after: healthy,
        pusher: "carol-dev",
        tickets: ["PAY-101"],
        startedAt: "2026-12-04T10:00:00.000Z",
        services: [{ service: "hello", outcome: "deployed", version: "1.1.0" }],
      };
      const start = { state: emptyState("qa"), files: new Map<string, string>() };
      expect(
        await store.write(
          "qa",
          applyRelease(start, {
            release,
            allowed: true,
            configBlob: config,
            services: [
              {
                service: "hello",
                file: "services/hello.yaml",
                outcome: "deployed",
                pushed: { version: "1.1.0", commit: healthy, blob },
              },
            ],
          }),
          undefined,
        ),
      ).toBe(true);
      // Two broken versions in a row: the commit before the second names the first.
      repo.bump("1.2.0", "PAY-102 hello 1.2.0");
      repo.bump("1.2.0-rc.2", "PAY-103 hello 1.2.0-rc.2");
      await deploy(repo);

      const run = await deploy(repo, { reason: "rollback", ref: "HEAD~1" });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(result(run.outputs)).toMatchObject({ reason: "rollback", version: "1.1.0", ok: true });
      expect(await healthz(repo.ports.qa)).toEqual({ status: 200, version: "1.1.0" });
    });

    it("has nothing to restore when no version ran healthy here, by the record", async () => {
      const repo = await deployRepo();
      repo.bump("1.2.0", "PAY-102 hello 1.2.0");
      const run = await deploy(repo, { reason: "rollback" });
      expect(run.exitCode).toBe(0);
      expect(result(run.outputs)).toMatchObject({
        ok: true,
        detail: "nothing to restore: no version of hello ran healthy in qa",
        stages: [],
      });
      expect(repo.instances()).toEqual([]);
    });

    it("has nothing to restore after a push that created the branch", async () => {
      const repo = await deployRepo();
      const run = await deploy(repo, { reason: "rollback", ref: "0".repeat(40) });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.ok).toBe("true");
      expect(result(run.outputs)).toEqual({
        service: "hello",
        environment: "qa",
        reason: "rollback",
        ok: true,
        detail: "nothing to restore: the push created the branch",
        stages: [],
      });
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: "notice",
          message: "hello: nothing to restore: the push created the branch",
        }),
      );
      expect(repo.instances()).toEqual([]);
    });

    it("has nothing to restore when the service did not exist at ref", async () => {
      const repo = await deployRepo();
      const hello = repo.hello();
      const without = repo.commit("PAY-100 no hello yet", { "services/hello.yaml": null });
      repo.commit("PAY-101 add hello", { "services/hello.yaml": hello });
      const run = await deploy(repo, { reason: "rollback", ref: without, record: "none" });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.ok).toBe("true");
      expect(result(run.outputs)).toMatchObject({
        ok: true,
        detail: `nothing to restore: hello did not exist at ${without}`,
        stages: [],
      });
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: "notice",
          message: `hello: nothing to restore: hello did not exist at ${without}`,
        }),
      );
      expect(repo.instances()).toEqual([]);
    });
  });

  it("refuses a reason it does not know, and a service that has no descriptor", async () => {
    const repo = await deployRepo();
    const badReason = await deploy(repo, { reason: "redeploy" });
    expect(badReason.exitCode).toBe(1);
    expect(badReason.outputs.ok).toBe("false");
    expect(badReason.annotations[0]?.message).toBe('reason must be one of deploy, rollback; got "redeploy"');

    const noService = await deploy(repo, { service: "nope" });
    expect(noService.exitCode).toBe(1);
    expect(noService.annotations[0]?.message).toBe("no valid descriptor for nope at HEAD");
    expect(repo.instances()).toEqual([]);
  });

  it("prints what the deploy command says as text: it cannot issue workflow commands", async () => {
    const repo = await deployRepo();
    const config = readFileSync(join(repo.dir, "gitops.yaml"), "utf8");
    repo.commit("PAY-103 a deploy script that tries to talk to the runner", {
      "scripts/noisy.mjs": [
        'console.log("::error title=injected::from the deploy script");',
        'console.log("::add-mask::hello");',
        'console.log("::set-output name=ok::forged");',
        'console.log("deployed");',
      ].join("\n"),
      "gitops.yaml": config.replace("command: [./scripts/deploy.sh]", "command: [node, scripts/noisy.mjs]"),
    });
    const run = await deploy(repo);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.logLines).toContain("::error title=injected::from the deploy script");
    expect(run.logLines).toContain("deployed");
    expect(run.annotations).toEqual([]);
    expect(run.secretsMasked).not.toContain("hello");
    expect(run.outputs.ok).toBe("true");
  });
});
