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
      ["qa", 0, "allow", "nothing-to-deploy"],
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
    // The first release in each environment is judged by the default branch's gitops.yaml; from
    // then on, by the deployment record's.
    expect(report.steps.map((s) => s.result.record?.policy)).toEqual([
      "default-branch",
      "default-branch",
      "default-branch",
      "record",
      "record",
    ]);
    expect(report.steps.every((s) => s.result.record?.ok)).toBe(true);
  });

  it("runs each environment's stages: qa health, stage regression, prod smoke", () => {
    const stages = report.steps
      .slice(0, 3)
      .map((s) => s.result.services[0]!.stages.map((x) => `${x.stage}:${x.outcome}`));
    expect(stages.slice(0, 3)).toEqual([
      ["deploy:passed", "healthcheck:passed"],
      ["deploy:passed", "healthcheck:passed", "regression:passed"],
      ["deploy:passed", "healthcheck:passed", "smoke:passed"],
    ]);
    // The regression stage ran the service's real test suite.
    expect(report.steps[1]!.result.services[0]!.stages[2]!.reason).toMatch(/^\d+ tests passed$/);
  });

  it("loses nothing from a burst whose first runs were cancelled, and restores the last healthy 1.1.0", () => {
    const burst = report.steps[3]!;
    const hello = burst.result.services[0]!;
    // Only the last push's run went ahead; it planned from what ran, so the earlier pushes' changes
    // (a longer probe timeout, one more Slack channel) come with it.
    expect(burst.result.services).toHaveLength(1);
    expect(burst.result.gate.tickets).toEqual(["PAY-102"]);
    // gitops plan from the record shows every pushed change, not only the last push's.
    expect(output).toMatch(/~ hello 1\.1\.0 → 1\.2\.0\n(.*\n)*? +~ healthcheck\.timeout: 1s → 2s\n/);
    expect(output).toMatch(/ +[+~] notifications\.slack.*#payments-deploys/);
    expect(output).toContain("▶ hello 1.1.0 → 1.2.0");
    expect(hello).toMatchObject({
      version: { from: "1.1.0", to: "1.2.0" },
      outcome: "rolled-back",
      failure: { stage: "healthcheck" },
      rollback: { version: "1.1.0", ok: true },
    });
    expect(hello.failure!.reason).toContain("503");
    expect(hello.rollback!.stages.map((s) => `${s.stage}:${s.outcome}`)).toEqual([
      "deploy:passed",
      "healthcheck:passed",
    ]);
    // The two pushes before it are in the failure's story: #payments-deploys heard it too.
    expect(
      report.slack.some((p) => p.channel === "#payments-deploys" && String(p.body.text).includes("1.2.0")),
    ).toBe(true);
  });

  it("rolls the qa branch back with gitops rollback, and its release has nothing to do", () => {
    expect(output).toMatch(/^hello: 1\.2\.0 → 1\.1\.0 on qa \([0-9a-f]{12}\), pushed to origin$/m);
    const step = report.steps[4]!;
    expect(step.result.after).toBe(report.rollbackCommit);
    expect(step.result.services).toEqual([]);
  });

  it("ends with gitops status: every branch names what runs", () => {
    expect(report.answers).toEqual({ qa: "1.1.0", stage: "1.1.0", prod: "1.1.0" });
    const hello = (env: string) =>
      report
        .status!.environments.find((e) => e.environment === env)!
        .services.find((s) => s.service === "hello")!;
    for (const env of ["qa", "stage", "prod"])
      expect(hello(env)).toMatchObject({ branch: { version: "1.1.0" }, running: { version: "1.1.0" } });
    expect(hello("qa").drift).toBeUndefined();
    expect(hello("qa").last).toMatchObject({ version: "1.2.0", outcome: "rolled-back", issue: "OPS-1" });
    expect(output).toMatch(/^hello +1\.1\.0 ✓ · 1\.2\.0 rolled-back +1\.1\.0 ✓ +1\.1\.0 ✓$/m);
    expect(output).toContain("qa (branch qa): last allowed release");
    expect(output.trimEnd().split("\n").at(-1)).toMatch(/^prod \(branch prod\): .*/);
  });

  it("told Slack, email and JIRA, and opened a failure issue assigned to the committer", () => {
    const texts = report.slack.map((p) => `${p.channel} ${String(p.body.text)}`);
    // Three releases told #releases twice each; the burst's release told #payments-deploys too.
    expect(texts).toHaveLength(12);
    expect(texts.filter((t) => t.includes("failed in qa"))).toHaveLength(2);
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
