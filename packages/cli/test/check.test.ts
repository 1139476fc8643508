// `gitops check`, run as a user runs it: the bundled executable against real loopback servers.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const cli = new URL("../dist/index.js", import.meta.url).pathname;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** Runs the CLI without blocking this process, which serves the HTTP the CLI probes. */
function gitops(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { PATH: process.env.PATH } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function serve(handler: (path: string) => number): Promise<number> {
  const server = createServer((req, res) => res.writeHead(handler(req.url ?? "/")).end('{"currency":"EUR"}'));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return (server.address() as AddressInfo).port;
}

const repo = ["--repo", "examples/deploy-repo", "--host", "127.0.0.1"];

describe("gitops check", () => {
  it("health: exits 0 when every endpoint answers, showing each", async () => {
    const port = await serve((path) => (path === "/healthz" ? 200 : 404));
    const run = await gitops([
      "check",
      "health",
      "--service",
      "ledger",
      "--env",
      "qa",
      ...repo,
      "--port",
      String(port),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^✓ \/healthz \(http:\/\/127\.0\.0\.1:\d+\/healthz\): 200 in \d+(\.\d)?m?s after 1 attempt\nhealthy\n$/,
    );
  });

  it("health --format json: the whole report", async () => {
    const port = await serve(() => 200);
    const run = await gitops([
      "check",
      "health",
      "--service",
      "ledger",
      "--env",
      "qa",
      ...repo,
      "--port",
      String(port),
      "--format",
      "json",
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      service: "ledger",
      environment: "qa",
      version: "1.8.0",
      report: { ok: true },
    });
  });

  it("smoke: exits 1 and names the failing check", async () => {
    const port = await serve((path) => (path.startsWith("/api/v1/quote") ? 200 : 500));
    const run = await gitops([
      "check",
      "smoke",
      "--service",
      "payments-api",
      "--env",
      "prod",
      ...repo,
      "--port",
      String(port),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✓ quote endpoint answers");
    expect(run.stdout).toContain("✗ unknown route is a 404, not a 500:");
    expect(run.stdout.trimEnd().endsWith("failed")).toBe(true);
  });

  it("explains usage and unknown services", async () => {
    expect((await gitops(["check", "lint", "--service", "a", "--env", "qa"])).code).toBe(2);
    expect((await gitops(["check", "health", "--service", "a"])).code).toBe(2);
    const unknown = await gitops([
      "check",
      "health",
      "--service",
      "nope",
      "--env",
      "qa",
      "--repo",
      "examples/deploy-repo",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('gitops check: no service "nope" in services/');
  });
});

describe("gitops check regression", () => {
  it("runs the descriptor's suite with the service's URL and reports its JUnit totals", async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "gitops-cli-regression-"));
    try {
      cpSync(join(root, "examples/deploy-repo"), dir, { recursive: true });
      writeFileSync(
        join(dir, "suite.mjs"),
        `import { mkdirSync, writeFileSync } from "node:fs";
console.error("e2e against " + process.env.GITOPS_SERVICE_URL);
mkdirSync("reports", { recursive: true });
writeFileSync("reports/fraud-scorer.xml", '<testsuite name="e2e"><testcase name="a"/><testcase name="b"><failure message="boom"/></testcase></testsuite>');
process.exit(1);
`,
      );
      const file = join(dir, "services/fraud-scorer.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(
          /command: \[python3[^\]]*\]/,
          `command: [${JSON.stringify(process.execPath)}, suite.mjs]`,
        ),
      );
      const run = await gitops([
        "check",
        "regression",
        "--service",
        "fraud-scorer",
        "--env",
        "stage",
        "--repo",
        dir,
        "--host",
        "127.0.0.1",
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("e2e against http://127.0.0.1:8500");
      expect(run.stdout).toBe("2 tests, 1 failed\nfailed\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
