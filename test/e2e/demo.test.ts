// The demo scenario end to end, as `npm run demo` runs it: the bundled CLI releases a real
// service through real git pushes, real processes and the local JIRA, GitHub, Slack and SMTP.
// Every outcome is asserted: what deployed where, the gate decisions, the failure, the
// rollback, who was told what, and that nothing is left running.
import { beforeAll, describe, expect, it } from "vitest";
import { type DemoReport, runDemo } from "../../scripts/demo/scenario.ts";

let report: DemoReport;
let output = "";

beforeAll(async () => {
  report = await runDemo({ write: (text) => (output += text) });
}, 120_000);

describe("the demo", () => {
  it("releases hello 1.1.0 through qa, stage and prod, each gate allowing it", () => {
    expect(
      report.steps.map((s) => [s.environment, s.exitCode, s.result.gate.decision, s.result.outcome]),
    ).toEqual([
      ["qa", 0, "allow", "succeeded"],
      ["stage", 0, "allow", "succeeded"],
      ["prod", 0, "allow", "succeeded"],
      ["qa", 1, "allow", "rolled-back"],
    ]);
    for (const step of report.steps.slice(0, 3)) {
      expect(step.result.services).toHaveLength(1);
      expect(step.result.services[0]).toMatchObject({
        service: "hello",
        version: { from: "1.0.0", to: "1.1.0" },
        outcome: "deployed",
      });
      expect(step.result.gate.tickets).toEqual(["PAY-101"]);
    }
  });

  it("runs each environment's stages: qa health, stage regression, prod smoke", () => {
    const stages = report.steps.map((s) =>
      s.result.services[0]!.stages.map((x) => `${x.stage}:${x.outcome}`),
    );
    expect(stages.slice(0, 3)).toEqual([
      ["deploy:passed", "healthcheck:passed"],
      ["deploy:passed", "healthcheck:passed", "regression:passed"],
      ["deploy:passed", "healthcheck:passed", "smoke:passed"],
    ]);
    // The regression stage ran the service's real test suite.
    expect(report.steps[1]!.result.services[0]!.stages[2]!.reason).toMatch(/^\d+ tests passed$/);
  });

  it("restores 1.1.0 when the broken 1.2.0 fails its healthcheck", () => {
    const broken = report.steps[3]!.result.services[0]!;
    expect(broken).toMatchObject({
      version: { from: "1.1.0", to: "1.2.0" },
      outcome: "rolled-back",
      failure: { stage: "healthcheck" },
      rollback: { version: "1.1.0", ok: true },
    });
    expect(broken.failure!.reason).toContain("503");
    expect(broken.rollback!.stages.map((s) => `${s.stage}:${s.outcome}`)).toEqual([
      "deploy:passed",
      "healthcheck:passed",
    ]);
  });

  it("ends with the matrix of what each branch names and what answers", () => {
    expect(report.matrix.hello).toEqual({
      qa: { branch: "1.2.0", running: "1.1.0" },
      stage: { branch: "1.1.0", running: "1.1.0" },
      prod: { branch: "1.1.0", running: "1.1.0" },
    });
    expect(report.matrix["payments-api"]?.prod).toEqual({ branch: "2.14.3" });
    expect(output).toMatch(/hello\s+1\.2\.0 \(runs 1\.1\.0\)\s+1\.1\.0 ✓\s+1\.1\.0 ✓/);
  });

  it("told Slack, email and JIRA, and opened a failure issue assigned to the committer", () => {
    const texts = report.slack.map((p) => `${p.channel} ${String(p.body.text)}`);
    expect(texts).toHaveLength(9);
    expect(texts.at(-2)).toContain("failed");
    expect(texts.at(-1)).toContain("rolled back to 1.1.0");
    expect(report.mail.length).toBeGreaterThanOrEqual(9);
    expect(report.mail.flatMap((m) => m.envelope.to)).toContain("hello-team@acme.example");
    expect(report.failureIssue).toMatchObject({
      summary: "Deployment of hello 1.2.0 to qa failed at healthcheck",
      assignee: "Carol Dev",
    });
    expect(report.failureIssue!.labels).toEqual(
      expect.arrayContaining(["gitops-failure", "service:hello", "env:qa"]),
    );
    expect(report.failureIssue!.description).toContain("PAY-102");
    expect(report.ticketComments["PAY-101"]!.length).toBe(3); // qa, stage, prod succeeded
    expect(report.ticketComments["PAY-102"]!.join("\n")).toContain("1.1.0");
  });

  it("leaves no process running", () => {
    expect(report.leftovers).toEqual([]);
    expect(output).not.toContain("processes still running");
  });
});
