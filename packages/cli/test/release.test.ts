// `gitops release`, as a user runs it: the bundled CLI on a real deploy repo, with a real deploy
// command and a health server that follows what is deployed.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

// Async, so the health server in this process can answer while the CLI runs.
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

describe("gitops release", () => {
  it("releases a push with live progress per service and stage, and exits 0", async () => {
    const { repo, port, before } = await setupDeployRepo(cleanups);
    const after = repo.commit("PAY-1 bump api", { "services/api.yaml": descriptor("api", "1.1.0", port) });
    const run = await gitops(
      ["release", "--env", "qa", "--before", before, "--after", after, "--as", "carol", "--verbose"],
      repo.dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("gate qa: allow · Plan: 0 to add, 1 to change, 0 to remove");
    expect(lines).toContain("▶ api 1.0.0 → 1.1.0");
    // The service column is as wide as the longest service name: "api".
    expect(run.stdout).toMatch(/^ {2}api {2}deploy {15}✓ +\d+(\.\d)?m?s {2}command: exited 0$/m);
    expect(run.stdout).toMatch(/^ {2}api {2}healthcheck {10}✓ +\d+(\.\d)?m?s {2}1\/1 endpoints healthy$/m);
    // --verbose: the deploy command's own output, prefixed with its service.
    expect(run.stdout).toContain("  api  │ deployed api 1.1.0\n");
    expect(run.stdout).toContain("✅ api 1.0.0 → 1.1.0: deployed\n");
    expect(run.stdout).toMatch(/✅ release to qa: succeeded in /);
  });

  it("exits 1 after a rollback, and writes the JSON result with --result", async () => {
    const { repo, port, before } = await setupDeployRepo(cleanups);
    const after = repo.commit("PAY-2 api broken", {
      "services/api.yaml": descriptor("api", "1.1.0-broken", port),
    });
    const out = join(repo.dir, "state/result.json");
    const run = await gitops(
      ["release", "--env", "qa", "--before", before, "--after", after, "--as", "carol", "--result", out],
      repo.dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}api {2}rollback deploy {6}✓/m);
    expect(run.stdout).toContain("↩️ api 1.0.0 → 1.1.0-broken: rolled-back (rolled back to 1.0.0: healthy)");
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(result).toMatchObject({ schema: 1, environment: "qa", outcome: "rolled-back", after });
    expect(result.services[0].rollback).toMatchObject({ version: "1.0.0", ok: true });
  });

  it("prints JSON or Markdown instead of progress when asked", async () => {
    const { repo, port, before } = await setupDeployRepo(cleanups);
    const after = repo.commit("PAY-3 bump web", { "services/web.yaml": descriptor("web", "2.1.0", port) });
    const json = await gitops(
      [
        "release",
        "--env",
        "qa",
        "--before",
        before,
        "--after",
        after,
        "--as",
        "carol",
        "--format",
        "json",
        "--dry-run",
      ],
      repo.dir,
    );
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ outcome: "dry-run", dryRun: true });
    expect(result.services[0]).toMatchObject({ service: "web", outcome: "planned" });
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);

    const md = await gitops(
      [
        "release",
        "--env",
        "qa",
        "--before",
        before,
        "--after",
        after,
        "--as",
        "carol",
        "--format",
        "markdown",
        "--dry-run",
      ],
      repo.dir,
    );
    expect(md.stdout).toContain("## 🔎 Release to qa: dry-run");
    expect(md.stdout).toContain("| web | 2.0.0 → 2.1.0 |");
  });

  it("exits 3 when the gate skips the push, 1 when it denies it", async () => {
    const { repo, port, before } = await setupDeployRepo(cleanups);
    const skip = repo.commit("PAY-4 bump [skip deploy]", {
      "services/api.yaml": descriptor("api", "1.4.0", port),
    });
    const skipped = await gitops(
      ["release", "--env", "qa", "--before", before, "--after", skip, "--as", "carol"],
      repo.dir,
    );
    expect(skipped.code).toBe(4);
    expect(skipped.stdout).toContain("gate qa: skip");
    const denied = await gitops(
      ["release", "--env", "qa", "--before", before, "--after", skip, "--as", "mallory"],
      repo.dir,
    );
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain("mallory");
    expect(existsSync(join(repo.dir, "state/log"))).toBe(false);
  });

  it("without --before/--after, releases what the last git push moved the environment's branch over", async () => {
    const { repo, port } = await setupDeployRepo(cleanups);
    const origin = mkdtempSync(join(tmpdir(), "gitops-origin-"));
    cleanups.push(() => rmSync(origin, { recursive: true, force: true }));
    execFileSync("git", ["init", "-q", "--bare", origin], { env: gitEnv });
    repo.git("remote", "add", "origin", origin);
    repo.git("push", "-q", "origin", "qa");
    repo.commit("PAY-5 bump api", { "services/api.yaml": descriptor("api", "1.5.0", port) });
    repo.git("push", "-q", "origin", "qa");
    const run = await gitops(["release", "--env", "qa", "--as", "carol"], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("▶ api 1.0.0 → 1.5.0");
  });

  it("says what is wrong with the command line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-cli-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const [args, message] of [
      [["release"], "release needs --env NAME"],
      [["release", "--env", "qa", "--after", "abc"], "--after needs --before"],
      [["release", "--env", "qa", "--before", "a", "--after", "b"], "release needs --as LOGIN"],
      [
        ["release", "--env", "qa", "--as", "x", "--format", "xml"],
        "--format must be one of text, json, markdown",
      ],
    ] as const) {
      const run = await gitops([...args], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`gitops: ${message}`);
    }
    const notRepo = await gitops(["release", "--env", "qa", "--as", "carol"], dir);
    expect(notRepo.code).toBe(1);
    expect(notRepo.stderr).toMatch(/^gitops release: /);
  });
});
