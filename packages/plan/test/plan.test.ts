// buildPlan end to end: real git repositories, real pushes, the plan and its renderings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openGit, ZERO_SHA } from "@gitops/git";
import { afterEach, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO, type Fixture } from "../../git/test/git-fixture.ts";
import { buildPlan, matrixOf, PlanError } from "../src/plan.ts";
import { COMMENT_MARKER, renderJson, renderMarkdown, renderText, summaryLine } from "../src/render.ts";

const fixtures: Fixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.remove();
});

function repo(): Fixture {
  const f = createFixture({ example: true });
  fixtures.push(f);
  return f;
}

const example = (file: string) => readFileSync(join(EXAMPLE_REPO, file), "utf8");
const edit = (file: string, from: string, to: string) => {
  const text = example(file);
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  return text.replace(from, to);
};

describe("buildPlan", () => {
  it("plans a version bump in qa as one change, allowed", async () => {
    const r = repo();
    const base = r.head();
    const head = r.commit("bump ledger", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"'),
    });
    const plan = await buildPlan({ git: openGit(r.dir), base, head, branch: "qa" });

    expect(plan).toMatchObject({
      environment: "qa",
      base,
      head,
      firstPush: false,
      forcePush: false,
      verdict: "allow",
    });
    expect(plan.services).toEqual([
      {
        service: "ledger",
        change: "changed",
        file: "services/ledger.yaml",
        version: { from: "1.8.0", to: "1.9.0" },
        fields: [{ path: "version", change: "changed", from: "1.8.0", to: "1.9.0" }],
      },
    ]);
    expect(plan.findings).toEqual([]);
    expect(summaryLine(plan)).toBe("Plan: 0 to add, 1 to change, 0 to remove");
    expect(matrixOf(plan)).toEqual({
      include: [{ service: "ledger", change: "changed", file: "services/ledger.yaml" }],
    });
  });

  it("treats equal quantities written differently as no change", async () => {
    const r = repo();
    const base = r.head();
    const head = r.commit("same memory", {
      "services/ledger.yaml": edit("services/ledger.yaml", "memory: 256Mi", "memory: 268435456"),
    });
    const plan = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    expect(plan.services.map((s) => [s.service, s.change, s.fields])).toEqual([
      ["ledger", "unchanged-here", []],
    ]);
    expect(matrixOf(plan).include).toEqual([]);
  });

  it("judges against the environment's overrides and policy", async () => {
    const r = repo();
    const base = r.head();
    const head = r.commit("prod-only change and a downgrade", {
      "services/payments-api.yaml": edit(
        "services/payments-api.yaml",
        'version: "2.14.3"',
        'version: "2.13.0"',
      ),
    });
    const qa = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    const prod = await buildPlan({ git: openGit(r.dir), base, head, environment: "prod" });
    expect(qa.verdict).toBe("needs-approval");
    expect(prod.verdict).toBe("deny"); // prod makes version-downgrade destructive
    expect(prod.findings).toEqual([
      {
        rule: "version-downgrade",
        severity: "destructive",
        service: "payments-api",
        field: "version",
        message: "downgrades from 2.14.3 to 2.13.0",
      },
    ]);
  });

  it("plans a first push: everything is added, policy from the pushed commit", async () => {
    const r = repo();
    const plan = await buildPlan({ git: openGit(r.dir), base: ZERO_SHA, head: r.head(), environment: "qa" });
    expect(plan).toMatchObject({
      firstPush: true,
      policyFrom: "head",
      summary: { add: 4, change: 0, remove: 0 },
    });
    expect(plan.base).toBeUndefined();
    expect(plan.services.map((s) => s.change)).toEqual(["added", "added", "added", "added"]);
    expect(plan.services[0]?.fields).toContainEqual({ path: "resources.cpu", change: "added", to: "500m" });
  });

  it("plans a push of several commits, with a removal that is denied", async () => {
    const r = repo();
    const base = r.head();
    r.commit("bump", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.8.1"'),
    });
    r.commit("new service", {
      "services/audit.yaml": edit("services/ledger.yaml", "service: ledger", "service: audit"),
    });
    const head = r.commit("drop fraud scorer", { "services/fraud-scorer.yaml": null });
    const plan = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    expect(plan.services.map((s) => `${s.change} ${s.service}`)).toEqual([
      "added audit",
      "removed fraud-scorer",
      "changed ledger",
    ]);
    expect(plan.verdict).toBe("deny");
    expect(plan.findings.map((f) => f.rule)).toEqual(["service-removed"]);
    expect(summaryLine(plan)).toBe("Plan: 1 to add, 1 to change, 1 to remove; 1 destructive");
  });

  it("plans a force push by comparing the two trees", async () => {
    const r = repo();
    const root = r.head();
    const deployed = r.commit("bump ledger", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.9.0"'),
    });
    r.git("reset", "-q", "--hard", root);
    const head = r.commit("different bump", {
      "services/ledger.yaml": edit("services/ledger.yaml", 'version: "1.8.0"', 'version: "1.8.5"'),
    });
    const plan = await buildPlan({ git: openGit(r.dir), base: deployed, head, environment: "qa" });
    expect(plan.forcePush).toBe(true);
    expect(plan.services[0]?.version).toEqual({ from: "1.9.0", to: "1.8.5" });
    expect(plan.findings.map((f) => f.rule)).toEqual(["version-downgrade"]);
  });

  it("plans a rename as one service moving, not a removal", async () => {
    const r = repo();
    const base = r.head();
    r.git("mv", "services/ledger.yaml", "services/ledger.yml");
    const head = r.commit("rename");
    const plan = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    expect(plan.services).toEqual([
      expect.objectContaining({
        service: "ledger",
        change: "renamed",
        file: "services/ledger.yml",
        oldFile: "services/ledger.yaml",
        fields: [],
      }),
    ]);
    expect(plan.verdict).toBe("allow");
  });

  it("reads policy from the deployed commit, not from the push", async () => {
    const r = repo();
    const base = r.head();
    // The push tries to turn off the rule that would deny it.
    const head = r.commit("sneaky", {
      "gitops.yaml": edit("gitops.yaml", "    service-removed: destructive\n", "    service-removed: off\n"),
      "services/ledger.yaml": null,
    });
    const plan = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    expect(plan.configChanged).toBe(true);
    expect(plan.policyFrom).toBe("base");
    expect(plan.verdict).toBe("deny");
  });

  it("denies a push whose descriptors do not validate, and says where", async () => {
    const r = repo();
    const base = r.head();
    const head = r.commit("typo", {
      "services/ledger.yaml": edit("services/ledger.yaml", "  timeout: 1s", "  timout: 1s"),
    });
    const plan = await buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
    expect(plan.verdict).toBe("deny");
    expect(plan.findings).toEqual([]); // an invalid descriptor is not mistaken for a removal
    expect(plan.diagnostics).toEqual([
      expect.objectContaining({
        file: "services/ledger.yaml",
        field: "healthcheck.timout",
        code: "E_UNKNOWN_FIELD",
        start: { line: 17, column: 3 },
      }),
    ]);
  });

  it("fails with a clear error for an unknown environment or a broken deployed config", async () => {
    const r = repo();
    const base = r.head();
    await expect(buildPlan({ git: openGit(r.dir), base, head: base, branch: "feature/x" })).rejects.toThrow(
      'gitops.yaml has no environment for branch "feature/x"; it has qa (branch qa), stage (branch stage), prod (branch prod)',
    );
    const broken = r.commit("break config", { "gitops.yaml": "version: 2\n" });
    const error = await buildPlan({
      git: openGit(r.dir),
      base: broken,
      head: broken,
      environment: "qa",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect(error.code).toBe("E_PLAN_CONFIG");
    expect(error.diagnostics).toContainEqual(
      expect.objectContaining({ field: "version", message: "must be 1 (the only format version so far)" }),
    );
  });
});

describe("rendering", () => {
  async function riskyPlan() {
    const r = repo();
    const base = r.head();
    const head = r.commit("risky", {
      "services/ledger.yaml": edit("services/ledger.yaml", "ports: [8000]", "ports: [8000, 22]"),
      "services/fraud-scorer.yaml": null,
    });
    return buildPlan({ git: openGit(r.dir), base, head, environment: "qa" });
  }

  it("renders a terminal plan with signs, findings and the summary line", async () => {
    const text = renderText(await riskyPlan());
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^gitops plan for qa: [0-9a-f]{12}\.\.[0-9a-f]{12}$/);
    expect(lines).toContain("- fraud-scorer 2026.11.3-rc.2");
    expect(lines).toContain("    ! destructive: is removed from qa [service-removed]");
    expect(lines).toContain("~ ledger 1.8.0");
    expect(lines).toContain("    + ports.tcp/22: internal");
    expect(lines).toContain("    ! destructive: opens tcp port 22, which qa does not allow [port-opened]");
    expect(lines.slice(-3)).toEqual([
      "Plan: 0 to add, 1 to change, 1 to remove; 2 destructive",
      "Verdict: deny",
      "",
    ]);
    expect(text).not.toContain("\x1b[");
    expect(renderText(await riskyPlan(), { color: true })).toContain("\x1b[1;31m");
  });

  it("renders Markdown with a findings table and a diff block, and the comment marker on request", async () => {
    const plan = await riskyPlan();
    const md = renderMarkdown(plan);
    expect(md).toContain("### ⛔ gitops plan for `qa`: deny");
    expect(md).toContain(
      "| ⛔ destructive | `port-opened` | ledger | opens tcp port 22, which qa does not allow |",
    );
    expect(md).toContain(
      "```diff\n- fraud-scorer 2026.11.3-rc.2\n! ledger 1.8.0\n+     ports.tcp/22: internal\n```",
    );
    expect(md.startsWith(COMMENT_MARKER)).toBe(false);
    expect(renderMarkdown(plan, { marker: true }).startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
  });

  it("renders stable JSON", async () => {
    const plan = await riskyPlan();
    const json = JSON.parse(renderJson(plan));
    expect(Object.keys(json)).toEqual([
      "schema",
      "environment",
      "head",
      "firstPush",
      "forcePush",
      "configChanged",
      "policyFrom",
      "summary",
      "verdict",
      "services",
      "findings",
      "diagnostics",
      "base",
    ]);
    expect(json.summary).toEqual({ add: 0, change: 1, remove: 1, rename: 0, destructive: 2, risky: 0 });
  });
});
