import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionManifestError, ActionTimeoutError, nodeBinary, pushEvent, runAction } from "./run-action.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const echo = join(root, "test/fixtures/actions/echo");

beforeAll(() => {
  // Bundle exactly as scripts/build.ts bundles a real action, into the gitignored dist/.
  rmSync(join(echo, "dist"), { recursive: true, force: true });
  execFileSync(join(root, "node_modules/.bin/ncc"), ["build", "src/main.ts", "-o", "dist", "--quiet"], {
    cwd: echo,
    stdio: "inherit",
  });
});

function context(outputs: Record<string, string>): Record<string, string> {
  return JSON.parse(outputs.context ?? "{}") as Record<string, string>;
}

describe("runAction on the echo fixture", () => {
  it("produced an ESM bundle that runs to completion", async () => {
    const bundle = readFileSync(join(echo, "dist/index.js"), "utf8");
    // ncc leaves a stub that throws at run time when it cannot resolve an import.
    expect(bundle).not.toMatch(/Cannot find module/);
    const run = await runAction(echo);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.logLines).toEqual(["greeting world"]);
  });

  it("passes action.yml defaults, and inputs override them", async () => {
    const defaults = await runAction(echo);
    expect(defaults.outputs.message).toBe("Hello, world!");
    expect(context(defaults.outputs).extraNote).toBe("42");

    const overridden = await runAction(echo, { inputs: { who: "Ada", "extra-note": "hyphen kept" } });
    expect(overridden.outputs.message).toBe("Hello, Ada!");
    expect(context(overridden.outputs).extraNote).toBe("hyphen kept");
  });

  it("round-trips a multi-line output and records exported env", async () => {
    const run = await runAction(echo, { inputs: { greeting: "Hi" } });
    expect(run.outputs.multiline).toBe("first line\nsecond: line, with = and <<EOF\n\nlast line");
    expect(run.exportedEnv).toEqual({ ECHO_GREETING: "Hi" });
  });

  it("records masked secrets", async () => {
    const run = await runAction(echo, { inputs: { token: "s3cr3t-value" } });
    expect(run.secretsMasked).toEqual(["s3cr3t-value"]);
    expect((await runAction(echo)).secretsMasked).toEqual([]);
  });

  it("parses annotations with their properties and unescaped messages", async () => {
    const run = await runAction(echo);
    expect(run.annotations).toEqual([
      {
        level: "error",
        message: "100% broken: a, b\nsecond line",
        file: "deploy/app.yaml",
        line: 3,
        col: 5,
        endLine: 4,
        endColumn: 9,
        title: "Bad: key, value",
      },
      { level: "warning", message: "just a warning", file: "gitops.yaml", line: 1 },
      { level: "notice", message: "plain notice" },
    ]);
    expect(run.commands.find((c) => c.command === "debug")?.data).toBe("a debug line");
  });

  it("reads the job summary Markdown", async () => {
    const { summary } = await runAction(echo, { inputs: { greeting: "Hey" } });
    expect(summary).toBe(
      "<h1>Echo report</h1>\n" +
        "<table><tr><th>Key</th><th>Value</th></tr><tr><td>greeting</td><td>Hey</td></tr></table>\n",
    );
  });

  it("reports exit code 1 and the setFailed message as an error annotation", async () => {
    const run = await runAction(echo, { inputs: { fail: "true", who: "Bob" } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.at(-1)).toEqual({ level: "error", message: "asked to fail after greeting Bob" });
  });

  it("gives the child the runner context and workspace, on the runtime's Node", async () => {
    const workspace = await mkdtemp(join(tmpdir(), "gitops-ws-"));
    try {
      const event = pushEvent({
        repository: "acme/shop",
        ref: "refs/heads/production",
        after: "a".repeat(40),
        commits: [{ id: "a".repeat(40), message: "Ship it" }],
      });
      const run = await runAction(echo, { event, workspace, env: { GITHUB_API_URL: "http://127.0.0.1:9" } });
      expect(context(run.outputs)).toMatchObject({
        cwd: workspace,
        workspace,
        eventName: "push",
        ref: "refs/heads/production",
        sha: "a".repeat(40),
        repository: "acme/shop",
        apiUrl: "http://127.0.0.1:9",
        headCommit: "Ship it",
      });
      const expected = nodeBinary() === process.execPath ? process.version : "v24.";
      expect(context(run.outputs).node?.startsWith(expected)).toBe(true);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it("does not leak the test process's environment into the child", async () => {
    process.env.GITOPS_HARNESS_CANARY = "from-the-test-process";
    try {
      const hidden = await runAction(echo, { inputs: { "probe-env": "GITOPS_HARNESS_CANARY" } });
      expect(hidden.outputs.probe).toBe("<unset>");
      // The probe itself works: the same variable passed through options.env arrives.
      const passed = await runAction(echo, {
        inputs: { "probe-env": "GITOPS_HARNESS_CANARY" },
        env: { GITOPS_HARNESS_CANARY: "explicit" },
      });
      expect(passed.outputs.probe).toBe("explicit");
    } finally {
      delete process.env.GITOPS_HARNESS_CANARY;
    }
  });

  it("kills a hanging action and rejects with a timeout error", async () => {
    // The action never ends by itself, so only the kill can settle this promise.
    const run = runAction(echo, { inputs: { hang: "true" }, timeoutMs: 1_500 });
    await expect(run).rejects.toBeInstanceOf(ActionTimeoutError);
    await expect(run).rejects.toThrow(/did not exit within 1500 ms/);
  });

  it("cleans up its temp files", async () => {
    const run = await runAction(echo, { inputs: { "probe-env": "GITHUB_OUTPUT" } });
    const outputFile = run.outputs.probe ?? "";
    expect(outputFile).toMatch(/gitops-run-action-/);
    expect(existsSync(outputFile)).toBe(false);
  });
});

describe("runAction refuses what the runner would not run", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function actionWith(yml: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "gitops-bad-action-"));
    dirs.push(dir);
    await writeFile(join(dir, "action.yml"), yml);
    return dir;
  }

  it("rejects runs.using other than node24", async () => {
    const dir = await actionWith("name: x\nruns:\n  using: node20\n  main: index.js\n");
    await writeFile(join(dir, "index.js"), "");
    await expect(runAction(dir)).rejects.toBeInstanceOf(ActionManifestError);
    await expect(runAction(dir)).rejects.toThrow(/node24, got node20/);
  });

  it("rejects a missing runs.main", async () => {
    const dir = await actionWith("name: x\nruns:\n  using: node24\n  main: dist/index.js\n");
    await expect(runAction(dir)).rejects.toThrow(/dist\/index.js does not exist/);
  });
});
