// The validate action, run from its committed bundle the way the runner runs it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAction } from "../../../test/harness/run-action.ts";

const root = new URL("../../..", import.meta.url).pathname;
const actionDir = join(root, "actions/validate");
const workspaces: string[] = [];

/** A workspace holding a copy of the example deploy repo under `deploy/`, edited by `edit`. */
function workspaceWith(edit: (repo: string) => void = () => {}): string {
  const workspace = mkdtempSync(join(tmpdir(), "gitops-validate-action-"));
  workspaces.push(workspace);
  cpSync(join(root, "examples/deploy-repo"), join(workspace, "deploy"), { recursive: true });
  edit(join(workspace, "deploy"));
  return workspace;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("validate action", () => {
  it("passes the example deploy repo and says so in outputs and summary", async () => {
    const run = await runAction(actionDir, { workspace: workspaceWith(), inputs: { path: "deploy" } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs.valid).toBe("true");
    expect(run.outputs["error-count"]).toBe("0");
    const report = JSON.parse(run.outputs.report!) as {
      valid: boolean;
      files: number;
      diagnostics: unknown[];
    };
    expect(report).toMatchObject({ valid: true, files: 5, diagnostics: [] });
    expect(run.summary).toContain("Deploy repo is valid");
    expect(run.summary).toContain("4 descriptor(s)");
  });

  it("annotates each problem at its file, line and column, relative to the workspace", async () => {
    const workspace = workspaceWith((repo) => {
      replaceIn(join(repo, "services/ledger.yaml"), "  interval: 2s", "  intervall: 2s");
      replaceIn(join(repo, "services/fraud-scorer.yaml"), "  memory: 768Mi", "  memory: lots");
    });
    const run = await runAction(actionDir, { workspace, inputs: { path: "deploy" } });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.valid).toBe("false");
    expect(run.outputs["error-count"]).toBe("2");
    const problems = run.annotations.filter((a) => a.file);
    expect(problems).toEqual([
      expect.objectContaining({
        level: "error",
        file: "deploy/services/fraud-scorer.yaml",
        line: 11,
        col: 11,
        title: "E_INVALID_VALUE resources.memory",
      }),
      expect.objectContaining({
        level: "error",
        file: "deploy/services/ledger.yaml",
        line: 16,
        col: 3,
        title: "E_UNKNOWN_FIELD healthcheck.intervall",
      }),
    ]);
    expect(problems[1]!.message).toContain('unknown field (did you mean "interval"?)');
    // setFailed adds one error without a file: the step's failure reason.
    expect(run.annotations.find((a) => !a.file)?.message).toBe(
      "2 problem(s) in the deploy repo; see the annotations",
    );
    expect(run.summary).toContain("deploy/services/ledger.yaml:16:3");
    expect(run.summary).toContain("healthcheck.intervall");
  });

  it("reports without failing the step when fail-on-error is false", async () => {
    const workspace = workspaceWith((repo) => rmSync(join(repo, "gitops.yaml")));
    const run = await runAction(actionDir, {
      workspace,
      inputs: { path: "deploy", "fail-on-error": "false" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.valid).toBe("false");
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: "error",
        file: "deploy/gitops.yaml",
        line: 1,
        col: 1,
        title: "E_NO_CONFIG",
      }),
    ]);
  });

  it("rejects a fail-on-error value that is not a boolean", async () => {
    const run = await runAction(actionDir, {
      workspace: workspaceWith(),
      inputs: { path: "deploy", "fail-on-error": "maybe" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toContain("fail-on-error");
  });
});
