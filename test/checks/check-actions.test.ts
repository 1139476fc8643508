// The healthcheck, smoke and regression actions, run from their committed bundles the way the
// runner runs them, against real HTTP servers on loopback and a real test command.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAction } from "../harness/run-action.ts";

const root = new URL("../..", import.meta.url).pathname;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-check-action-"));
  cpSync(join(root, "examples/deploy-repo"), dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(
  handler: (path: string, count: number) => { status: number; body?: string },
): Promise<number> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    const { status, body } = handler(req.url ?? "/", ++count);
    res.writeHead(status, { "content-type": "text/plain" }).end(body ?? "");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  cleanups.push(() => new Promise((done) => server.close(done)));
  return (server.address() as AddressInfo).port;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

const action = (name: string) => join(root, "actions", name);

describe("healthcheck action", () => {
  it("retries until the service answers, and reports each endpoint", async () => {
    const port = await serve((path, n) =>
      path === "/healthz" && n >= 3 ? { status: 200, body: "ok" } : { status: 503 },
    );
    const run = await runAction(action("healthcheck"), {
      workspace: workspace(),
      inputs: {
        service: "ledger",
        environment: "qa",
        host: "127.0.0.1",
        port: String(port),
        interval: "20ms",
        retries: "5",
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.healthy).toBe("true");
    const report = JSON.parse(run.outputs.report!);
    expect(report.endpoints).toEqual([
      expect.objectContaining({
        name: "/healthz",
        ok: true,
        attempts: 3,
        lastStatus: 200,
        target: `http://127.0.0.1:${port}/healthz`,
      }),
    ]);
    expect(run.summary).toContain("healthcheck of ledger 1.8.0 in qa");
    expect(run.summary).toMatch(/\| ✅ \| \/healthz \| `http:\/\/127\.0\.0\.1:\d+\/healthz` \| 3 \| 200 \|/);
  });

  it("fails with the error category when nothing listens", async () => {
    const port = await closedPort();
    const run = await runAction(action("healthcheck"), {
      workspace: workspace(),
      inputs: {
        service: "ledger",
        environment: "qa",
        host: "127.0.0.1",
        port: String(port),
        interval: "10ms",
        retries: "1",
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.healthy).toBe("false");
    const [endpoint] = JSON.parse(run.outputs.report!).endpoints;
    expect(endpoint).toMatchObject({ ok: false, attempts: 2, lastError: { kind: "connection-refused" } });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: "ledger is not healthy in qa" }),
    );
  });

  it("names the problem when the service or environment does not exist", async () => {
    const run = await runAction(action("healthcheck"), {
      workspace: workspace(),
      inputs: { service: "nope", environment: "qa" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toBe(
      'no service "nope" in services/ (fraud-scorer, hello, ledger, payments-api)',
    );
  });
});

describe("smoke action", () => {
  const api = (unknownStatus: number) => (path: string) =>
    path.startsWith("/api/v1/quote")
      ? { status: 200, body: '{"amount":10,"currency":"EUR"}' }
      : { status: unknownStatus };

  it("passes when every check holds, one line per check", async () => {
    const port = await serve(api(404));
    const run = await runAction(action("smoke"), {
      workspace: workspace(),
      inputs: { service: "payments-api", environment: "prod", host: "127.0.0.1", port: String(port) },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe("true");
    expect(
      JSON.parse(run.outputs.report!).checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok]),
    ).toEqual([
      ["quote endpoint answers", true],
      ["unknown route is a 404, not a 500", true],
    ]);
    expect(run.summary).toContain("smoke checks of payments-api 2.14.3 in prod");
  });

  it("fails the check that does not hold, and says why", async () => {
    const port = await serve(api(500));
    const run = await runAction(action("smoke"), {
      workspace: workspace(),
      inputs: { service: "payments-api", environment: "prod", host: "127.0.0.1", port: String(port) },
    });
    expect(run.exitCode).toBe(1);
    const checks = JSON.parse(run.outputs.report!).checks;
    expect(checks[1]).toMatchObject({ ok: false, status: 500 });
    expect(checks[1].reason).toContain("500");
  });

  it("refuses a service without smoke checks", async () => {
    const run = await runAction(action("smoke"), {
      workspace: workspace(),
      inputs: { service: "ledger", environment: "prod" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toBe("ledger has no smoke checks in its descriptor");
  });
});

describe("regression action", () => {
  /** fraud-scorer's regression command replaced by a small real suite that writes JUnit XML. */
  function suiteWorkspace(failing: boolean): string {
    const dir = workspace();
    writeFileSync(
      join(dir, "suite.mjs"),
      `import { mkdirSync, writeFileSync } from "node:fs";
const url = process.env.GITOPS_SERVICE_URL;
console.log("testing " + process.env.GITOPS_SERVICE + " " + process.env.GITOPS_VERSION + " at " + url);
const failed = ${failing};
mkdirSync("reports", { recursive: true });
writeFileSync("reports/fraud-scorer.xml", \`<?xml version="1.0"?>
<testsuite name="e2e" tests="2" failures="\${failed ? 1 : 0}">
  <testcase classname="score" name="scores a payment" file="tests/e2e/test_score.py" line="12" time="0.2"/>
  <testcase classname="score" name="rejects a fraud" file="tests/e2e/test_score.py" line="30" time="0.1">\${failed ? '<failure message="expected 403, got 200">AssertionError</failure>' : ""}</testcase>
</testsuite>\`);
process.exit(failed ? 1 : 0);
`,
    );
    const descriptor = join(dir, "services/fraud-scorer.yaml");
    const text = readFileSync(descriptor, "utf8");
    writeFileSync(
      descriptor,
      text.replace(/command: \[python3[^\]]*\]/, `command: [${JSON.stringify(process.execPath)}, suite.mjs]`),
    );
    return dir;
  }

  it("runs the suite with the service's URL, streams its output, and reads its report", async () => {
    const run = await runAction(action("regression"), {
      workspace: suiteWorkspace(false),
      inputs: { service: "fraud-scorer", environment: "stage", host: "127.0.0.1", port: "8500" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.logLines).toContain("testing fraud-scorer 2026.11.3-rc.2 at http://127.0.0.1:8500");
    expect(JSON.parse(run.outputs.report!)).toMatchObject({
      ok: true,
      exitCode: 0,
      tests: 2,
      failures: 0,
      failed: [],
    });
    expect(run.summary).toContain("regression of fraud-scorer 2026.11.3-rc.2 in stage");
  });

  it("annotates each failed test at its file and line", async () => {
    const run = await runAction(action("regression"), {
      workspace: suiteWorkspace(true),
      inputs: { service: "fraud-scorer", environment: "stage" },
    });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.report!)).toMatchObject({ ok: false, exitCode: 1, tests: 2, failures: 1 });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "tests/e2e/test_score.py",
        line: 30,
        message: expect.stringContaining("expected 403, got 200"),
      }),
    );
    expect(run.summary).toContain("expected 403, got 200");
  });
});
