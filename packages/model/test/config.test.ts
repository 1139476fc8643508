import { readFile } from "node:fs/promises";
import { type Config, DEFAULT_SKIP_MARKERS, environmentForBranch, loadConfig } from "@gitops/model";
import { describe, expect, it } from "vitest";

const GiB = 1024 ** 3;

async function loadExample(): Promise<Config> {
  const bytes = await readFile(new URL("../../../examples/deploy-repo/gitops.yaml", import.meta.url));
  const result = await loadConfig(bytes);
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error("the example gitops.yaml did not load");
  return result.value;
}

function env(config: Config, name: string) {
  const found = config.environments.find((e) => e.name === name);
  if (!found) throw new Error(`no environment ${name}`);
  return found;
}

// Line numbers in the error tests below refer to this text.
const BASE = [
  "version: 1", // 1
  "environments:", // 2
  "  qa:", // 3
  "    driver:", // 4
  "      type: command", // 5
  "      command: [./deploy.sh]", // 6
  "  prod:", // 7
  "    promotesFrom: qa", // 8
  "    stages: [deploy, healthcheck, smoke]", // 9
  "    driver:", // 10
  "      type: command", // 11
  "      command: [./deploy.sh]", // 12
  "",
].join("\n");

function edit(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`BASE has no ${JSON.stringify(from)}`);
  return BASE.replace(from, to);
}

async function load(text: string): Promise<Config> {
  const result = await loadConfig(text);
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error("did not load");
  return result.value;
}

describe("loadConfig on the example repo", () => {
  it("keeps the environments in file order with their pipelines and drivers", async () => {
    const config = await loadExample();
    expect(config.version).toBe(1);
    expect(config.servicesDir).toBe("services");
    expect(config.environments.map((e) => [e.name, e.branch, e.promotesFrom])).toEqual([
      ["qa", "qa", undefined],
      ["stage", "stage", "qa"],
      ["prod", "prod", "stage"],
    ]);
    expect(config.environments.map((e) => e.stages)).toEqual([
      ["deploy", "healthcheck"],
      ["deploy", "healthcheck", "regression"],
      ["deploy", "healthcheck", "smoke"],
    ]);
    expect(env(config, "qa").driver).toEqual({
      type: "command",
      command: ["./scripts/deploy.sh"],
      timeoutMs: 10 * 60_000,
      env: {},
    });
    expect(env(config, "stage").driver.timeoutMs).toBe(15 * 60_000);
    expect(env(config, "prod").driver.timeoutMs).toBe(20 * 60_000);
    expect(config.environments.map((e) => e.concurrency)).toEqual([4, 4, 2]);
  });

  it("normalises capacity, limits and port ranges", async () => {
    const config = await loadExample();
    const qa = env(config, "qa");
    expect(qa.capacity).toEqual({ cpuMillis: 8000, memoryBytes: 16 * GiB });
    expect(qa.limits).toEqual({ cpuMillis: 2000, memoryBytes: 4 * GiB });
    expect(qa.ports).toEqual({
      allowed: [
        { from: 80, to: 80 },
        { from: 443, to: 443 },
        { from: 8000, to: 8999 },
        { from: 9090, to: 9090 },
      ],
      public: [{ from: 443, to: 443 }],
    });
    expect(env(config, "prod").capacity).toEqual({ cpuMillis: 32_000, memoryBytes: 64 * GiB });
  });

  it("gives each environment its own allow-list, replacing (not merging with) the top-level one", async () => {
    const config = await loadExample();
    const topLevel = { users: ["alice-release", "bob-sre", "carol-dev"], teams: ["acme/payments"] };
    expect(config.gate.allow).toEqual(topLevel);
    expect(env(config, "qa").gate.allow).toEqual(topLevel);
    expect(env(config, "stage").gate.allow).toEqual(topLevel);
    expect(env(config, "prod").gate.allow).toEqual({
      users: ["alice-release", "bob-sre"],
      teams: ["acme/release-managers"],
    });
    expect(config.gate.admins).toEqual({ users: ["bob-sre"], teams: [] });
  });

  it("reads the gate's JIRA rules, per environment and at the top", async () => {
    const config = await loadExample();
    expect(config.gate.skipMarkers).toEqual(["[skip deploy]", "[deploy skip]", "skip deployment"]);
    expect(config.gate.jira).toEqual({ projects: ["PAY", "OPS"], commits: "all", mergeCommits: "skip" });
    expect(env(config, "qa").gate.jira).toEqual({
      statuses: ["In Progress", "In Review", "Ready for QA", "Done"],
    });
    expect(env(config, "prod").gate).toEqual({
      allow: { users: ["alice-release", "bob-sre"], teams: ["acme/release-managers"] },
      requireSignedCommits: true,
      jira: { statuses: ["Approved for Prod"], approvals: { required: 2, source: "service-management" } },
    });
    expect(env(config, "qa").gate.requireSignedCommits).toBe(false);
  });

  it("lays each environment's diff policy over the top-level one", async () => {
    const config = await loadExample();
    const topRules = { "service-removed": "destructive", "capacity-total": "destructive" };
    expect(env(config, "qa").diff).toEqual({ rules: topRules, resourceCutThreshold: 0.5 });
    expect(env(config, "stage").diff).toEqual({ rules: topRules, resourceCutThreshold: 0.5 });
    expect(env(config, "prod").diff).toEqual({
      rules: { ...topRules, "version-downgrade": "destructive", "port-opened": "destructive" },
      resourceCutThreshold: 0.3,
    });
  });

  it("reads JIRA and the notification channels", async () => {
    const config = await loadExample();
    expect(config.jira).toEqual({ url: "https://acme.atlassian.net", deployment: "cloud" });
    expect(config.notifications).toEqual({
      slack: {
        channels: {
          "#payments-deploys": { webhook: "SLACK_WEBHOOK_PAYMENTS_DEPLOYS" },
          "#ledger": { webhook: "SLACK_WEBHOOK_LEDGER" },
          "#releases": { webhook: "SLACK_WEBHOOK_RELEASES" },
        },
      },
      email: { from: "deploys@acme.example", always: ["release-log@acme.example"] },
      jira: {
        failureProject: "OPS",
        issueType: "Bug",
        labels: ["deployment-failure"],
        transitions: { qa: "Deployed to QA", prod: "Released" },
      },
    });
  });

  it("finds the environment a branch deploys to", async () => {
    const config = await loadExample();
    expect(environmentForBranch(config, "stage")?.name).toBe("stage");
    expect(environmentForBranch(config, "main")).toBeUndefined();
  });
});

describe("loadConfig defaults and normalisation", () => {
  it("fills in what a minimal file leaves out", async () => {
    const config = await load(
      "version: 1\nenvironments:\n  dev:\n    driver: { type: command, command: [make] }\n",
    );
    expect(config.servicesDir).toBe("services");
    expect(config.environments).toEqual([
      {
        name: "dev",
        branch: "dev",
        stages: ["deploy", "healthcheck"],
        driver: { type: "command", command: ["make"], timeoutMs: 600_000, env: {} },
        concurrency: 4,
        ports: {},
        gate: { allow: { users: [], teams: [] }, requireSignedCommits: false, jira: {} },
        diff: { rules: {}, resourceCutThreshold: 0.5 },
      },
    ]);
    expect(config.gate).toEqual({
      skipMarkers: DEFAULT_SKIP_MARKERS,
      allow: { users: [], teams: [] },
      admins: { users: [], teams: [] },
    });
    expect(config.jira).toBeUndefined();
    expect(config.notifications).toEqual({
      slack: { channels: {} },
      email: { always: [] },
      jira: { issueType: "Bug", labels: [], transitions: {} },
    });
  });

  it("trims trailing slashes from servicesDir and the JIRA URL", async () => {
    const config = await load(
      `${edit("version: 1", "version: 1\nservicesDir: deploy/services/")}jira: { url: "https://jira.example.com/" }\n`,
    );
    expect(config.servicesDir).toBe("deploy/services");
    expect(config.jira).toEqual({ url: "https://jira.example.com", deployment: "cloud" });
  });

  it("parses thresholds as fractions, and an environment's rule wins over the top-level one", async () => {
    const config = await load(
      `${edit(
        "  prod:\n",
        "  prod:\n    diff:\n      rules: { service-removed: risky, port-closed: off }\n      resourceCutThreshold: 0%\n",
      )}diff:\n  rules: { service-removed: destructive, domain-changed: risky }\n  resourceCutThreshold: 100%\n`,
    );
    expect(env(config, "qa").diff).toEqual({
      rules: { "service-removed": "destructive", "domain-changed": "risky" },
      resourceCutThreshold: 1,
    });
    expect(env(config, "prod").diff).toEqual({
      rules: { "service-removed": "risky", "domain-changed": "risky", "port-closed": "off" },
      resourceCutThreshold: 0,
    });
  });

  it("reads approvals from a JIRA field when told which", async () => {
    const config = await load(
      edit(
        "  prod:\n",
        "  prod:\n    gate:\n      jira:\n        approvals: { required: 1, source: field, field: customfield_10050 }\n",
      ),
    );
    expect(env(config, "prod").gate.jira.approvals).toEqual({
      required: 1,
      source: "field",
      field: "customfield_10050",
    });
  });

  it("reads a branch that differs from the environment name", async () => {
    const config = await load(edit("  prod:\n", "  prod:\n    branch: release/prod\n"));
    expect(env(config, "prod").branch).toBe("release/prod");
    expect(environmentForBranch(config, "release/prod")?.name).toBe("prod");
    expect(environmentForBranch(config, "prod")).toBeUndefined();
  });
});

interface Expected {
  code: string;
  field: string;
  line: number;
  column: number;
  message: string;
}

const errorCases: [string, string, Expected][] = [
  [
    "an environment promoting from itself",
    edit("promotesFrom: qa", "promotesFrom: prod"),
    {
      code: "E_INVALID_PROMOTION",
      field: "environments.prod.promotesFrom",
      line: 8,
      column: 19,
      message: "cannot promote from itself",
    },
  ],
  [
    "promoting from an unknown environment",
    edit("promotesFrom: qa", "promotesFrom: staging"),
    {
      code: "E_UNKNOWN_ENVIRONMENT",
      field: "environments.prod.promotesFrom",
      line: 8,
      column: 19,
      message: '"staging" is not an environment of gitops.yaml (qa, prod)',
    },
  ],
  [
    "two environments on one branch",
    edit("  prod:\n", "  prod:\n    branch: qa\n"),
    {
      code: "E_DUPLICATE_BRANCH",
      field: "environments.prod.branch",
      line: 8,
      column: 13,
      message: 'branch "qa" already deploys to qa',
    },
  ],
  [
    "smoke before healthcheck",
    edit("stages: [deploy, healthcheck, smoke]", "stages: [deploy, smoke, healthcheck]"),
    {
      code: "E_STAGE_ORDER",
      field: "environments.prod.stages[1]",
      line: 9,
      column: 22,
      message: "smoke must come after a healthcheck stage",
    },
  ],
  [
    "smoke with no healthcheck at all",
    edit("stages: [deploy, healthcheck, smoke]", "stages: [deploy, smoke]"),
    {
      code: "E_STAGE_ORDER",
      field: "environments.prod.stages[1]",
      line: 9,
      column: 22,
      message: "smoke must come after a healthcheck stage",
    },
  ],
  [
    "regression before healthcheck",
    edit("stages: [deploy, healthcheck, smoke]", "stages: [deploy, regression, healthcheck]"),
    {
      code: "E_STAGE_ORDER",
      field: "environments.prod.stages[1]",
      line: 9,
      column: 22,
      message: "regression must come after a healthcheck stage",
    },
  ],
  [
    "deploy not first",
    edit("stages: [deploy, healthcheck, smoke]", "stages: [healthcheck, deploy, smoke]"),
    {
      code: "E_STAGE_ORDER",
      field: "environments.prod.stages[1]",
      line: 9,
      column: 27,
      message: "deploy must be the first stage",
    },
  ],
  [
    "a stage listed twice",
    edit("stages: [deploy, healthcheck, smoke]", "stages: [deploy, healthcheck, healthcheck]"),
    {
      code: "E_INVALID_VALUE",
      field: "environments.prod.stages",
      line: 9,
      column: 13,
      message: "items 1 and 2 are the same",
    },
  ],
  [
    "a port range written high end first",
    edit("  prod:\n", '  prod:\n    ports:\n      allowed: [80, "9000-8000"]\n'),
    {
      code: "E_INVALID_VALUE",
      field: "environments.prod.ports.allowed[1]",
      line: 9,
      column: 21,
      message: "low end first",
    },
  ],
  [
    "a port range past 65535",
    edit("  prod:\n", '  prod:\n    ports:\n      public: ["443-70000"]\n'),
    {
      code: "E_INVALID_VALUE",
      field: "environments.prod.ports.public[0]",
      line: 9,
      column: 16,
      message: "from 1 to 65535",
    },
  ],
  [
    "the gate uses JIRA but jira.url is missing",
    `${BASE}gate:\n  jira:\n    projects: [PAY]\n`,
    { code: "E_MISSING_FIELD", field: "", line: 1, column: 1, message: 'no "jira: { url: … }"' },
  ],
  [
    "failed deployments open JIRA issues but jira.url is missing",
    `${BASE}notifications:\n  jira:\n    failureProject: OPS\n`,
    { code: "E_MISSING_FIELD", field: "", line: 1, column: 1, message: 'no "jira: { url: … }"' },
  ],
  [
    "a JIRA transition for an unknown environment",
    `${BASE}jira: { url: https://example.atlassian.net }\nnotifications:\n  jira:\n    transitions:\n      staging: Done\n`,
    {
      code: "E_UNKNOWN_ENVIRONMENT",
      field: "notifications.jira.transitions.staging",
      line: 17,
      column: 7,
      message: '"staging" is not an environment of gitops.yaml',
    },
  ],
  [
    "approvals read from a field that is not named",
    edit("  prod:\n", "  prod:\n    gate:\n      jira:\n        approvals: { required: 1, source: field }\n"),
    {
      code: "E_MISSING_FIELD",
      field: "environments.prod.gate.jira.approvals",
      line: 10,
      column: 20,
      message: 'missing required field "field"',
    },
  ],
  [
    "a Slack webhook given as a URL instead of the secret's name",
    `${BASE}notifications:\n  slack:\n    channels:\n      "#deploys": { webhook: "https://hooks.slack.com/services/T0/B0/XYZ" }\n`,
    {
      code: "E_INVALID_VALUE",
      field: 'notifications.slack.channels["#deploys"].webhook',
      line: 16,
      column: 30,
      message:
        "must name the secret (an environment variable such as SLACK_WEBHOOK_PAYMENTS), never the webhook URL",
    },
  ],
  [
    "an unknown driver type",
    edit(
      "      type: command\n      command: [./deploy.sh]\n  prod:",
      "      type: helm\n      command: [./deploy.sh]\n  prod:",
    ),
    {
      code: "E_INVALID_VALUE",
      field: "environments.qa.driver.type",
      line: 5,
      column: 13,
      message: "must be a known driver: command",
    },
  ],
  [
    "a command driver without a command",
    edit("      type: command\n      command: [./deploy.sh]\n  prod:", "      type: command\n  prod:"),
    {
      code: "E_MISSING_FIELD",
      field: "environments.qa.driver",
      line: 5,
      column: 7,
      message: 'missing required field "command"',
    },
  ],
  [
    "a bad driver timeout",
    edit(
      "      command: [./deploy.sh]\n  prod:",
      "      command: [./deploy.sh]\n      timeout: forever\n  prod:",
    ),
    {
      code: "E_INVALID_VALUE",
      field: "environments.qa.driver.timeout",
      line: 7,
      column: 16,
      message: "duration like 500ms",
    },
  ],
  [
    "zero cpu in an environment's capacity",
    edit("  prod:\n", "  prod:\n    capacity: { cpu: 0m, memory: 64Gi }\n"),
    {
      code: "E_INVALID_VALUE",
      field: "environments.prod.capacity.cpu",
      line: 8,
      column: 22,
      message: "more than zero",
    },
  ],
  [
    "an environment name in capitals",
    edit("  qa:", "  QA:").replace("promotesFrom: qa", "promotesFrom: QA"),
    { code: "E_INVALID_VALUE", field: "environments.QA", line: 3, column: 3, message: 'key "QA"' },
  ],
  [
    "a threshold over 100%",
    `${BASE}diff:\n  resourceCutThreshold: 150%\n`,
    {
      code: "E_INVALID_VALUE",
      field: "diff.resourceCutThreshold",
      line: 14,
      column: 25,
      message: "percentage such as 50%",
    },
  ],
  [
    "an unknown risk rule",
    `${BASE}diff:\n  rules: { version-upgrade: risky }\n`,
    {
      code: "E_INVALID_VALUE",
      field: "diff.rules.version-upgrade",
      line: 14,
      column: 12,
      message: "must be a known risk rule",
    },
  ],
  [
    "format version 2",
    edit("version: 1", "version: 2"),
    { code: "E_INVALID_VALUE", field: "version", line: 1, column: 10, message: "must be 1" },
  ],
  [
    "no environments",
    "version: 1\nenvironments: {}\n",
    { code: "E_INVALID_VALUE", field: "environments", line: 2, column: 15, message: "at least 1 entry" },
  ],
  [
    "a servicesDir outside the repo",
    edit("version: 1", "version: 1\nservicesDir: ../elsewhere"),
    {
      code: "E_INVALID_VALUE",
      field: "servicesDir",
      line: 2,
      column: 14,
      message: "relative folder inside the repo",
    },
  ],
];

describe("loadConfig errors", () => {
  it.each(errorCases)("%s", async (_, text, expected) => {
    const { message, ...where } = expected;
    const result = await loadConfig(text);
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics.map((d) => ({
        code: d.code,
        field: d.field,
        line: d.start.line,
        column: d.start.column,
      })),
    ).toEqual([where]);
    expect(result.diagnostics[0]).toMatchObject({
      file: "gitops.yaml",
      severity: "error",
      message: expect.stringContaining(message),
    });
  });

  it("reports a promotion cycle at every environment on it", async () => {
    const text = edit("  qa:\n", "  qa:\n    promotesFrom: prod\n");
    const result = await loadConfig(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.field, d.start.line, d.start.column, d.message])).toEqual(
      [
        [
          "E_INVALID_PROMOTION",
          "environments.qa.promotesFrom",
          4,
          19,
          "promotion goes round in a circle: qa → prod → qa",
        ],
        [
          "E_INVALID_PROMOTION",
          "environments.prod.promotesFrom",
          9,
          19,
          "promotion goes round in a circle: prod → qa → prod",
        ],
      ],
    );
  });

  it("reports a misspelt field together with the missing one it stands for", async () => {
    const result = await loadConfig(edit("environments:", "environment:"));
    expect(result.diagnostics.map((d) => [d.code, d.field, d.message])).toEqual([
      ["E_MISSING_FIELD", "", 'missing required field "environments"'],
      ["E_UNKNOWN_FIELD", "environment", 'unknown field (did you mean "environments"?)'],
    ]);
  });

  it("names the file it was given", async () => {
    const result = await loadConfig(edit("version: 1", "version: 2"), "deploy/gitops.yaml");
    expect(result.diagnostics.map((d) => d.file)).toEqual(["deploy/gitops.yaml"]);
  });
});
