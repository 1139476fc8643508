// `gitops validate`, run as a user runs it: the bundled executable in a child process.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const cli = join(root, "packages/cli/dist/index.js");
const scratch = mkdtempSync(join(tmpdir(), "gitops-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function gitops(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the example repo with one edit, in a folder named `name`. */
function brokenRepo(name: string, file: string, from: string, to: string): string {
  const dir = join(scratch, name);
  cpSync(join(root, "examples/deploy-repo"), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

describe("gitops validate", () => {
  it("exits 0 on the example deploy repo", () => {
    const run = gitops(["validate", "examples/deploy-repo"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("✓ 5 files valid\n");
  });

  it("prints compiler-style errors relative to where it runs, and exits 1", () => {
    const dir = brokenRepo("timeout", "services/ledger.yaml", "timeout: 1s", "timeout: soon");
    const run = gitops(["validate", "timeout"], scratch);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toEqual([
      "timeout/services/ledger.yaml:17:12 healthcheck.timeout: must be a duration like 500ms, 5s, 2m or 1m30s [E_INVALID_VALUE]",
      "✗ 1 error in 1 of 5 files",
      "",
    ]);
    expect(dir).toContain(scratch);
  });

  it("defaults to the current directory", () => {
    const run = gitops(["validate"], join(root, "examples/deploy-repo"));
    expect(run.code).toBe(0);
  });

  it("--format json gives the whole report", () => {
    brokenRepo("json", "gitops.yaml", "    promotesFrom: qa", "    promotesFrom: dev");
    const run = gitops(["validate", "json", "--format", "json"], scratch);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ valid: false, files: 5, errors: 1, warnings: 0 });
    expect(report.diagnostics).toEqual([
      {
        code: "E_UNKNOWN_ENVIRONMENT",
        severity: "error",
        file: "json/gitops.yaml",
        start: { line: 26, column: 19 },
        end: { line: 26, column: 22 },
        field: "environments.stage.promotesFrom",
        message: '"dev" is not an environment of gitops.yaml (qa, stage, prod)',
      },
    ]);
  });

  it("--format github prints workflow commands the runner turns into annotations", () => {
    brokenRepo("github", "services/payments-api.yaml", "port: 8080\n", "port: 80800\n");
    const run = gitops(["validate", "github", "--format=github"], scratch);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error file=github/services/payments-api.yaml,line=11,col=7,endLine=11,endColumn=12,title=E_INVALID_VALUE port::" +
        "github/services/payments-api.yaml:11:7 port: must be a port number from 1 to 65535\n",
    );
  });

  it("reports a missing gitops.yaml", () => {
    const run = gitops(["validate", "packages"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("packages/gitops.yaml:1:1 no gitops.yaml at the repo root");
  });
});

describe("gitops usage", () => {
  it("prints help and exits 0 with --help", () => {
    const run = gitops(["validate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("gitops validate [dir]");
  });

  it("exits 2 with the help when the command is missing or unknown", () => {
    expect(gitops([]).code).toBe(2);
    const run = gitops(["deploy-everything"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gitops: unknown command "deploy-everything"');
  });

  it("exits 2 on a bad format or extra arguments", () => {
    expect(gitops(["validate", "--format", "xml"]).stderr).toContain(
      "--format must be one of text, json, github",
    );
    expect(gitops(["validate", "--format", "xml"]).code).toBe(2);
    expect(gitops(["validate", "a", "b"]).code).toBe(2);
    expect(gitops(["validate", "--nope"]).stderr).toContain("Unknown option '--nope'");
  });

  it("prints its version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as {
      version: string;
    };
    expect(gitops(["--version"]).stdout).toBe(`${pkg.version}\n`);
  });
});

describe("gitops validate on every broken fixture", async () => {
  const { brokenFixtureNames, materialiseBrokenFixture, readExpectedDiagnostics } = await import(
    "../../../test/broken-fixtures.ts"
  );
  const expected = await readExpectedDiagnostics();
  it.each(await brokenFixtureNames())("%s: exits 1 with exactly the expected diagnostics", async (name) => {
    const fixture = await materialiseBrokenFixture(name);
    try {
      // Run from inside the repo, so printed paths are the repo-relative ones expected.json holds.
      const run = gitops(["validate", "--format", "json"], fixture.dir);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as {
        diagnostics: {
          file: string;
          start: { line: number; column: number };
          field: string;
          code: string;
          message: string;
        }[];
      };
      expect(report.diagnostics.map((d) => [d.file, d.start.line, d.start.column, d.field, d.code])).toEqual(
        expected[name]!.map((d) => [d.file, d.line, d.column, d.field, d.code]),
      );
      for (const [i, d] of report.diagnostics.entries())
        expect(d.message).toContain(expected[name]![i]!.message);
    } finally {
      await fixture.cleanup();
    }
  });
});
