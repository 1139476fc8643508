// The release workflows' security and structure, read as data. The validators
// (validate-workflows.test.ts) prove the files are valid GitHub Actions; this proves they are
// the release we mean: least privilege, no untrusted text in a script, pinned actions,
// releases queued and never cancelled half-way, each environment's stages in order with a
// rollback and notifications, and our actions called with inputs they declare.
// The negative cases break a real workflow one way each and expect exactly that finding.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { findWorkflowFiles, repoRoot, validateWithActionlint } from "./harness/workflow-lint.ts";

// ---------------------------------------------------------------------------------------
// The workflow as data

type Map = Record<string, unknown>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Map;
  env?: Map;
}

interface Job {
  name?: string;
  uses?: string;
  needs?: string | string[];
  if?: string;
  "runs-on"?: unknown;
  "timeout-minutes"?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  environment?: unknown;
  strategy?: Map;
  outputs?: Map;
  with?: Map;
  secrets?: unknown;
  steps?: Step[];
}

interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

const isMap = (value: unknown): value is Map =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const load = (file: string): Workflow => parse(readFileSync(file, "utf8")) as Workflow;

const jobsOf = (workflow: Workflow): [string, Job][] => Object.entries(workflow.jobs ?? {});

/** A GitHub expression, written without a `${{` in a string literal. */
const ex = (body: string) => `\${{ ${body} }}`;

// ---------------------------------------------------------------------------------------
// Security rules, for every workflow in the repo

/** Contexts whose values no pusher can choose: the only ones a script may interpolate. */
const SAFE_IN_SCRIPTS = new Set([
  "runner.temp",
  "runner.os",
  "runner.arch",
  "runner.tool_cache",
  "github.workspace",
  "github.action_path",
  "github.run_id",
  "github.run_number",
  "github.run_attempt",
  "github.sha",
  "github.job",
  "strategy.job-index",
  "strategy.job-total",
]);

const KEYWORDS = new Set(["true", "false", "null", "NaN", "Infinity"]);

/** The context references in one expression body: `github.event.head_commit.message`,
 * `github.event[...]`, `secrets.X`; not function names, keywords or what string literals say. */
function contextReferences(body: string): string[] {
  const code = body.replace(/'(?:[^']|'')*'/g, "''");
  const refs: string[] = [];
  const reference = /[A-Za-z_][\w-]*(?:\s*\.\s*[A-Za-z_*][\w-]*|\s*\[[^\]]*\])*/g;
  for (const match of code.matchAll(reference)) {
    const rest = code.slice((match.index ?? 0) + match[0].length);
    if (/^\s*\(/.test(rest) || KEYWORDS.has(match[0])) continue;
    refs.push(match[0].replace(/\s+/g, ""));
  }
  return refs;
}

/** Every `${{ }}` in a script that names a context a pusher could fill: script injection. */
function scriptInjections(script: string): string[] {
  return [...script.matchAll(/\$\{\{([\s\S]*?)\}\}/g)]
    .filter((m) => contextReferences(m[1] ?? "").some((ref) => !SAFE_IN_SCRIPTS.has(ref)))
    .map((m) => m[0]);
}

/** A ref GitHub cannot move under us by pushing a branch: a version tag or a full commit SHA. */
const PINNED = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

function pinning(uses: string): string | undefined {
  if (uses.startsWith("./")) return undefined;
  if (uses.startsWith("docker://")) {
    return /@sha256:[0-9a-f]{64}$|:[\w.-]+$/.test(uses) && !uses.endsWith(":latest")
      ? undefined
      : `${uses}: pin the image to a tag or digest`;
  }
  const ref = uses.split("@")[1];
  return ref !== undefined && PINNED.test(ref)
    ? undefined
    : `${uses}: pin to a release tag or a commit SHA, not a branch`;
}

function permissionFindings(where: string, permissions: unknown, job?: Job): string[] {
  if (permissions === "write-all") return [`${where}: write-all; grant each scope the job needs`];
  if (isMap(permissions) && permissions.contents === "write" && !writesRecordOnly(job)) {
    return [
      `${where}: contents: write; only a job that keeps the deployment record needs it, and no checkout there may keep the token`,
    ];
  }
  return [];
}

/**
 * contents: write is for the git deployment record (refs/gitops/<env>) and nothing else: the job
 * keeps it (the release action, the gate-check action with keep-record, the record action, or a
 * call of our release workflows, whose jobs are held to this too), and its checkouts leave no
 * token behind for another step to push with.
 */
function writesRecordOnly(job: Job | undefined): boolean {
  if (job?.uses !== undefined)
    return /^org\/gitops\/\.github\/workflows\/release-[a-z]+\.yml@/.test(job.uses);
  const steps = job?.steps ?? [];
  const keepsRecord = steps.some(
    (s) =>
      /^org\/gitops\/(release|actions\/release|actions\/record)@/.test(s.uses ?? "") ||
      (/^org\/gitops\/actions\/gate-check@/.test(s.uses ?? "") && s.with?.["keep-record"] === "true"),
  );
  const checkouts = steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
  return keepsRecord && checkouts.every((s) => s.with?.["persist-credentials"] === false);
}

/** Findings of the rules every workflow keeps: declared least privilege, a timeout on every
 * job, no untrusted text in a script, actions pinned. */
function securityFindings(workflow: Workflow): string[] {
  const findings: string[] = [];
  if (workflow.permissions === undefined) {
    findings.push("permissions: not declared at the top level, so the token gets the repository's default");
  }
  const jobs = jobsOf(workflow);
  // Top-level permissions apply to every job that does not set its own: each must need them.
  const inheriting = jobs.filter(([, job]) => job.permissions === undefined).map(([, job]) => job);
  if (workflow.permissions === "write-all") findings.push(...permissionFindings("permissions", "write-all"));
  else {
    const needless = inheriting.find(
      (job) => permissionFindings("permissions", workflow.permissions, job).length > 0,
    );
    if (needless) findings.push(...permissionFindings("permissions", workflow.permissions, needless));
  }
  if (jobs.length === 0) findings.push("jobs: none");
  for (const [id, job] of jobs) {
    findings.push(...permissionFindings(`jobs.${id}.permissions`, job.permissions, job));
    if (job.uses !== undefined) {
      const unpinned = pinning(job.uses);
      if (unpinned) findings.push(`jobs.${id}.uses: ${unpinned}`);
      continue; // a call: the called workflow's jobs carry the timeouts
    }
    if (job["timeout-minutes"] === undefined) findings.push(`jobs.${id}: no timeout-minutes`);
    (job.steps ?? []).forEach((step, i) => {
      const at = `jobs.${id}.steps[${i}]`;
      if (step.uses !== undefined) {
        const unpinned = pinning(step.uses);
        if (unpinned) findings.push(`${at}.uses: ${unpinned}`);
      }
      const scripts: [string, unknown][] = [["run", step.run]];
      if (step.uses?.startsWith("actions/github-script@")) scripts.push(["with.script", step.with?.script]);
      for (const [key, script] of scripts) {
        if (typeof script !== "string") continue;
        for (const injected of scriptInjections(script)) {
          findings.push(`${at}.${key}: ${injected} in a script; pass it through env: and use "$VAR"`);
        }
      }
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------
// The release: our actions, each environment's stages, queueing

const OURS = /^org\/gitops\/(.+)@(.+)$/;

/** `checkout`, `deploy`, `rollback`, `notify failed`, ...: a step as the release sees it. */
function label(step: Step): string {
  const uses = step.uses ?? "";
  if (uses.startsWith("actions/checkout@")) return "checkout";
  const action = /^org\/gitops\/actions\/([\w-]+)@/.exec(uses)?.[1];
  if (action === undefined) return uses || "run";
  if (action === "notify") return `notify ${String(step.with?.event)}`;
  if (action === "deploy" && step.with?.reason === "rollback") return "rollback";
  return action;
}

const CHECKS: Record<string, string[]> = { qa: [], stage: ["regression"], prod: ["smoke"] };

const releaseSequence = (env: string) => [
  "checkout",
  "notify started",
  "deploy",
  "healthcheck",
  ...(CHECKS[env] ?? []),
  "rollback",
  "notify failed",
  "notify rolled-back",
  "notify succeeded",
  "record",
];

/** The secrets a notify or gate step passes on, each from the secret of its name. */
const NOTIFY_SECRETS = [
  "slack-webhooks",
  "smtp-username",
  "smtp-password",
  "jira-email",
  "jira-api-token",
  "jira-token",
];
const GATE_SECRETS = ["jira-email", "jira-api-token", "jira-token"];

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The group and cancel-in-progress of a concurrency setting; none is an empty group. */
function concurrencyOf(value: unknown): { group: string; cancel: unknown } {
  if (typeof value === "string") return { group: value, cancel: undefined };
  if (isMap(value)) return { group: text(value.group), cancel: value["cancel-in-progress"] };
  return { group: "", cancel: undefined };
}

/** Findings against the reusable release workflow of one environment. */
function releaseFindings(workflow: Workflow, env: string): string[] {
  const findings: string[] = [];
  const say = (ok: boolean, finding: string) => {
    if (!ok) findings.push(finding);
  };
  say(
    isMap(workflow.on) && isMap(workflow.on.workflow_call),
    "on.workflow_call: missing; callers cannot call it",
  );

  const top = concurrencyOf(workflow.concurrency);
  say(
    top.group.includes("inputs.environment") && top.cancel === false,
    "concurrency: runs for one environment must queue (group per inputs.environment, cancel-in-progress: false)",
  );

  const gate = workflow.jobs?.gate;
  const release = workflow.jobs?.release;
  if (!gate || !release) return [...findings, "jobs: gate and release are required"];

  const gateSteps = gate.steps ?? [];
  say(
    JSON.stringify(gateSteps.map(label)) === JSON.stringify(["checkout", "gate-check"]),
    `jobs.gate.steps: ${gateSteps.map(label).join(", ")}; want checkout, gate-check`,
  );
  say(
    gateSteps[0]?.with?.["fetch-depth"] === 0,
    "jobs.gate: the checkout needs the history (fetch-depth: 0)",
  );
  const gateCheck = gateSteps[1];
  say(
    ["decision", "tickets", "services", "changed"].every(
      (output) => gate.outputs?.[output] === ex(`steps.${gateCheck?.id}.outputs.${output}`),
    ),
    "jobs.gate.outputs: decision, tickets, services and changed come from the gate-check step",
  );
  say(
    gateCheck?.with?.["keep-record"] === "true",
    "jobs.gate: gate-check keeps the deployment record (keep-record), so the release plans from what runs",
  );
  for (const name of GATE_SECRETS) {
    say(
      gateCheck?.with?.[name] === ex(`secrets.${name}`),
      `jobs.gate: gate-check gets ${name} from its secret`,
    );
  }

  say([release.needs].flat().includes("gate"), "jobs.release: needs gate (tickets, services)");
  say(
    text(release.if).includes("needs.gate.outputs.decision == 'allow'") &&
      text(release.if).includes("needs.gate.outputs.changed"),
    "jobs.release.if: runs only what the gate allows, when services change",
  );
  const strategy = release.strategy ?? {};
  say(
    strategy.matrix === ex("fromJSON(needs.gate.outputs.services)"),
    "jobs.release.strategy.matrix: one job per service the plan lists",
  );
  say(
    strategy["fail-fast"] === false,
    "jobs.release.strategy: fail-fast: false, one failing service stops no other",
  );
  say(
    strategy["max-parallel"] !== undefined,
    "jobs.release.strategy: max-parallel bounds the services at once",
  );
  const environment = isMap(release.environment) ? release.environment.name : release.environment;
  say(
    environment === ex("inputs.environment"),
    "jobs.release.environment: the GitHub environment, for its protection rules and deployment history",
  );
  const perService = concurrencyOf(release.concurrency);
  say(
    perService.group.includes("inputs.environment") &&
      perService.group.includes("matrix.service") &&
      perService.cancel === false,
    "jobs.release.concurrency: one release per environment and service, never cancelled (cancel-in-progress: false)",
  );

  const steps = release.steps ?? [];
  const labels = steps.map(label);
  say(
    JSON.stringify(labels) === JSON.stringify(releaseSequence(env)),
    `jobs.release.steps: ${labels.join(", ")}; want ${releaseSequence(env).join(", ")}`,
  );
  say(steps[0]?.with?.["fetch-depth"] === 0, "jobs.release: the checkout needs the history for a rollback");
  const record = byLabelOf(steps, "record");
  say(
    text(record?.if) === "always()" &&
      record?.with?.result === ex("toJSON(steps)") &&
      record.with["job-status"] === ex("job.status") &&
      record.with.change === ex("matrix.change"),
    "jobs.release: the record step runs always(), last, with the steps' results and the job's status",
  );
  const byLabel = (l: string) => steps.find((s) => label(s) === l);
  for (const step of steps.filter((s) => /^org\/gitops\/actions\//.test(s.uses ?? ""))) {
    say(
      step.with?.service === ex("matrix.service") && step.with.environment === ex("inputs.environment"),
      `jobs.release: ${label(step)} acts on the matrix's service in inputs.environment`,
    );
  }
  for (const stage of ["deploy", "healthcheck", ...(CHECKS[env] ?? [])]) {
    say(
      byLabel(stage)?.id === stage,
      `jobs.release: the ${stage} step has id ${stage}, for the notifications`,
    );
  }

  const rollback = byLabel("rollback");
  const rollbackIf = text(rollback?.if);
  say(
    rollbackIf.includes("failure()") && rollbackIf.includes("steps.deploy.outcome"),
    "jobs.release: the rollback runs on failure, after a deploy that ran",
  );
  say(
    rollback?.with?.ref === undefined && rollback?.with?.record === undefined,
    "jobs.release: the rollback restores what the deployment record shows healthy (no ref, the default record)",
  );
  say(
    rollback?.id !== undefined && byLabel("deploy")?.with?.ref === ex("github.sha"),
    "jobs.release: the deploy deploys the pushed commit; the rollback has an id",
  );

  const when = (l: string) => text(byLabel(l)?.if);
  say(when("notify failed").includes("failure()"), "jobs.release: notify failed runs on failure()");
  say(
    when("notify rolled-back").includes(`steps.${rollback?.id}.outcome`),
    "jobs.release: notify rolled-back runs when the rollback ran",
  );
  say(
    when("notify succeeded").includes("success()") &&
      !/always\(\)|failure\(\)/.test(when("notify succeeded")),
    "jobs.release: notify succeeded runs on success() only",
  );
  for (const notify of steps.filter((s) => label(s).startsWith("notify "))) {
    const w = notify.with ?? {};
    say(
      w.result === ex("toJSON(steps)") && w.tickets === ex("needs.gate.outputs.tickets"),
      `jobs.release: ${label(notify)} passes the steps' results and the gate's tickets`,
    );
    for (const name of NOTIFY_SECRETS) {
      say(w[name] === ex(`secrets.${name}`), `jobs.release: ${label(notify)} gets ${name} from its secret`);
    }
    say(
      !("continue-on-error" in notify),
      `jobs.release: ${label(notify)} needs no continue-on-error, notify never fails`,
    );
  }
  return findings;
}

const byLabelOf = (steps: Step[], l: string) => steps.find((s) => label(s) === l);

/** Every `with:` given to one of our actions is an input it declares, and every input it
 * requires is given. */
function actionInputFindings(workflow: Workflow): string[] {
  const findings: string[] = [];
  for (const [id, job] of jobsOf(workflow)) {
    for (const step of job.steps ?? []) {
      const path = OURS.exec(step.uses ?? "")?.[1];
      if (path === undefined || path.startsWith(".github/")) continue;
      const file = join(repoRoot, path, "action.yml");
      if (!existsSync(file)) {
        findings.push(`jobs.${id}: ${step.uses} has no ${path}/action.yml in this repository`);
        continue;
      }
      const inputs = (parse(readFileSync(file, "utf8")) as { inputs?: Record<string, Map> }).inputs ?? {};
      const given = Object.keys(step.with ?? {});
      for (const name of given.filter((n) => !(n in inputs))) {
        findings.push(`jobs.${id}: ${step.uses} has no input ${name}`);
      }
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec.required === true && !("default" in spec) && !given.includes(name)) {
          findings.push(`jobs.${id}: ${step.uses} requires ${name}`);
        }
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------
// The files

const workflowsDir = join(repoRoot, ".github/workflows");
const exampleDir = join(repoRoot, "examples/deploy-repo/.github/workflows");
const ENVIRONMENTS = ["qa", "stage", "prod"] as const;
const reusable = (env: string) => join(workflowsDir, `release-${env}.yml`);

describe("every workflow in the repo", () => {
  const files = findWorkflowFiles(repoRoot);

  it("includes the three release workflows and both adoption examples", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        ...ENVIRONMENTS.map(reusable),
        join(exampleDir, "release.yml"),
        join(exampleDir, "release-pipelines.yml"),
      ]),
    );
  });

  for (const file of files) {
    const name = relative(repoRoot, file);
    it(`${name}: least privilege, timeouts, no untrusted text in a script, pinned actions`, () => {
      expect(securityFindings(load(file))).toEqual([]);
    });
    it(`${name}: our actions get only the inputs they declare, and all they require`, () => {
      expect(actionInputFindings(load(file))).toEqual([]);
    });
  }
});

describe.each(ENVIRONMENTS)("release-%s.yml", (env) => {
  const workflow = load(reusable(env));

  it("is a reusable workflow, called and nothing else, with optional secrets", () => {
    expect(isMap(workflow.on) && Object.keys(workflow.on)).toEqual(["workflow_call"]);
    const call = (
      workflow.on as { workflow_call: { inputs: Record<string, Map>; secrets: Record<string, Map> } }
    ).workflow_call;
    expect(call.inputs.environment?.default).toBe(env);
    expect(call.inputs.path?.default).toBe(".");
    expect(call.inputs["runs-on"]?.default).toBe("ubuntu-latest");
    expect(Object.keys(call.secrets).sort()).toEqual(
      [
        "github-token",
        "jira-api-token",
        "jira-email",
        "jira-token",
        "slack-webhooks",
        "smtp-password",
        "smtp-username",
      ].sort(),
    );
    for (const secret of Object.values(call.secrets)) {
      expect(secret.required).toBe(false);
      expect(text(secret.description)).not.toBe("");
    }
  });

  it("reads the repository, and writes only the deployment record, in the jobs that keep it", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const [, job] of jobsOf(workflow)) {
      expect(job.permissions).toEqual({ contents: "write" });
      expect(writesRecordOnly(job)).toBe(true);
    }
  });

  it("has the structure of a release, with nothing missing", () => {
    expect(releaseFindings(workflow, env)).toEqual([]);
  });

  it(`runs ${["deploy", "healthcheck", ...(CHECKS[env] ?? [])].join(", ")} per service, then rolls back and tells people`, () => {
    expect(workflow.jobs?.release?.steps?.map(label)).toEqual(releaseSequence(env));
    const stages = new Set(workflow.jobs?.release?.steps?.map(label));
    expect(stages.has("regression")).toBe(env === "stage");
    expect(stages.has("smoke")).toBe(env === "prod");
  });

  it("queues runs per environment and releases per environment and service, never cancelling", () => {
    expect(workflow.concurrency).toEqual({
      group: `gitops-release-${ex("inputs.environment")}`,
      "cancel-in-progress": false,
    });
    expect(workflow.jobs?.release?.concurrency).toEqual({
      group: `gitops-${ex("inputs.environment")}-${ex("matrix.service")}`,
      "cancel-in-progress": false,
    });
  });

  it("rolls back to what the deployment record shows healthy, only after a deploy that ran", () => {
    const rollback = workflow.jobs?.release?.steps?.find((s) => label(s) === "rollback");
    expect(rollback?.uses).toBe("org/gitops/actions/deploy@v1");
    expect(rollback?.with).toMatchObject({ reason: "rollback" });
    expect(rollback?.with?.ref).toBeUndefined();
    expect(text(rollback?.if)).toMatch(/^failure\(\)/);
  });
});

describe("the three release workflows", () => {
  // What is left when the environment's name and its extra check are taken out.
  const skeleton = (env: string) => {
    const workflow = structuredClone(load(reusable(env)));
    delete workflow.name;
    const inputs = (workflow.on as { workflow_call: { inputs: Record<string, Map> } }).workflow_call.inputs;
    delete inputs.environment?.default;
    delete inputs["max-parallel"]?.default;
    const release = workflow.jobs?.release;
    if (release) release.steps = release.steps?.filter((s) => !CHECKS[env]?.includes(label(s)));
    return workflow;
  };

  it("are one workflow apart from the environment, its extra check and its parallelism", () => {
    expect(skeleton("stage")).toEqual(skeleton("qa"));
    expect(skeleton("prod")).toEqual(skeleton("qa"));
  });

  it("release prod fewer services at a time", () => {
    const parallel = (env: string) =>
      (load(reusable(env)).on as { workflow_call: { inputs: Record<string, Map> } }).workflow_call.inputs[
        "max-parallel"
      ]?.default;
    expect(parallel("prod")).toBeLessThan(parallel("qa") as number);
  });
});

describe("examples/deploy-repo, the one-step way (release.yml)", () => {
  const workflow = load(join(exampleDir, "release.yml"));
  const job = workflow.jobs?.release;

  it("releases a push to qa, stage or prod, one at a time per branch", () => {
    expect(workflow.on).toEqual({ push: { branches: ["qa", "stage", "prod"] } });
    // Write, for the deployment record only: the checkout keeps no token.
    expect(workflow.permissions).toEqual({ contents: "write" });
    expect(job?.steps?.[0]?.with?.["persist-credentials"]).toBe(false);
    expect(workflow.concurrency).toEqual({
      group: `gitops-release-${ex("github.ref_name")}`,
      "cancel-in-progress": false,
    });
    expect(job?.environment).toBe(ex("github.ref_name"));
  });

  it("checks out the history, then runs the release action with the secrets as inputs", () => {
    expect(job?.steps?.map((s) => s.uses)).toEqual(["actions/checkout@v6", "org/gitops/release@v1"]);
    expect(job?.steps?.[0]?.with?.["fetch-depth"]).toBe(0);
    const w = job?.steps?.[1]?.with ?? {};
    expect(w).toMatchObject({
      "jira-email": ex("secrets.JIRA_EMAIL"),
      "jira-api-token": ex("secrets.JIRA_API_TOKEN"),
      "smtp-password": ex("secrets.SMTP_PASSWORD"),
    });
    // One line per channel gitops.yaml names, each NAME=its own secret.
    const config = parse(readFileSync(join(repoRoot, "examples/deploy-repo/gitops.yaml"), "utf8")) as {
      notifications: { slack: { channels: Record<string, { webhook: string }> } };
    };
    const names = Object.values(config.notifications.slack.channels).map((c) => c.webhook);
    expect(text(w["slack-webhooks"]).trim().split("\n")).toEqual(
      names.map((n) => `${n}=${ex(`secrets.${n}`)}`),
    );
  });
});

describe("examples/deploy-repo, the pipelines way (release-pipelines.yml)", () => {
  const workflow = load(join(exampleDir, "release-pipelines.yml"));

  it("calls each environment's reusable workflow for its own branch only", () => {
    expect(workflow.on).toEqual({ push: { branches: ["qa", "stage", "prod"] } });
    // Write, which the called workflows' jobs need for the deployment record, and nothing else.
    expect(workflow.permissions).toEqual({ contents: "write" });
    expect(Object.keys(workflow.jobs ?? {})).toEqual([...ENVIRONMENTS]);
    for (const env of ENVIRONMENTS) {
      const job = workflow.jobs?.[env];
      expect(job?.uses).toBe(`org/gitops/.github/workflows/release-${env}.yml@v1`);
      expect(text(job?.if)).toContain(`github.ref_name == '${env}'`);
    }
  });

  it("passes each secret by name, not inherit, and only secrets the called workflow declares", () => {
    for (const env of ENVIRONMENTS) {
      const secrets = workflow.jobs?.[env]?.secrets;
      expect(isMap(secrets)).toBe(true);
      const declared = (load(reusable(env)).on as { workflow_call: { secrets: Map } }).workflow_call.secrets;
      expect(Object.keys(declared)).toEqual(expect.arrayContaining(Object.keys(secrets as Map)));
      expect(secrets).toMatchObject({ "jira-api-token": ex("secrets.JIRA_API_TOKEN") });
    }
  });

  it("does not queue on the called workflows' group, which would deadlock", () => {
    const { group } = concurrencyOf(workflow.concurrency);
    expect(group).toContain("github.ref_name");
    expect(group).not.toMatch(/^gitops-release-/);
  });

  it("and release.yml never both release one push: a repository variable picks one", () => {
    const oneStep = load(join(exampleDir, "release.yml")).jobs?.release?.if;
    expect(oneStep).toBe("vars.GITOPS_RELEASE != 'pipelines'");
    for (const env of ENVIRONMENTS) {
      expect(workflow.jobs?.[env]?.if).toBe(
        `vars.GITOPS_RELEASE == 'pipelines' && github.ref_name == '${env}'`,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------
// The checkers catch what they should: each real workflow broken one way

const scratch = mkdtempSync(join(tmpdir(), "gitops-release-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const prod = () => structuredClone(load(reusable("prod")));
const releaseSteps = (workflow: Workflow): Step[] => workflow.jobs?.release?.steps ?? [];

describe("the checkers", () => {
  it("flag untrusted text inlined in a run: and accept it passed through env:", async () => {
    const workflow = prod();
    releaseSteps(workflow).splice(1, 0, { run: `echo "${ex("github.event.head_commit.message")}"` });
    expect(securityFindings(workflow)).toEqual([
      `jobs.release.steps[1].run: ${ex("github.event.head_commit.message")} in a script; pass it through env: and use "$VAR"`,
    ]);

    // actionlint agrees on the same file, independently.
    const file = join(scratch, ".github/workflows/release-prod.yml");
    mkdirSync(join(scratch, ".github/workflows"), { recursive: true });
    writeFileSync(file, stringify(workflow));
    expect((await validateWithActionlint(file)).map((f) => f.message)).toEqual([
      expect.stringMatching(/"github.event.head_commit.message" is potentially untrusted/),
    ]);

    const safe = prod();
    releaseSteps(safe).splice(1, 0, {
      env: { MESSAGE: ex("github.event.head_commit.message") },
      run: `echo "$MESSAGE" > "${ex("runner.temp")}/message"`,
    });
    expect(securityFindings(safe)).toEqual([]);
  });

  it.each([
    ["a matrix value", "matrix.service"],
    ["an input", "inputs.path"],
    ["another job's output", "needs.gate.outputs.services"],
    ["the head branch", "github.head_ref"],
    ["the event through a function", "toJSON(github.event)"],
    ["the event by index", "github['event'].pusher.name"],
    ["an env value, which may hold event text", "env.MESSAGE"],
    ["a secret, which would land in the script file", "secrets.jira-token"],
    ["one unsafe part of a safe expression", "format('{0}/{1}', runner.temp, inputs.path)"],
  ])("flag %s in a script", (_, body) => {
    expect(scriptInjections(`deploy --to "${ex(body)}"`)).toEqual([ex(body)]);
  });

  it("let runner paths and string literals through, in run: or github-script's script:", () => {
    expect(scriptInjections(`cd "${ex("runner.temp")}" && echo ${ex("'github.event'")}`)).toEqual([]);
    const workflow = prod();
    releaseSteps(workflow).push({
      uses: "actions/github-script@v7",
      with: { script: `core.info(${ex("github.event.pusher.name")})` },
    });
    expect(securityFindings(workflow)).toEqual([
      `jobs.release.steps[10].with.script: ${ex("github.event.pusher.name")} in a script; pass it through env: and use "$VAR"`,
    ]);
  });

  it("flag a missing permissions block, write-all and contents: write", () => {
    const missing = prod();
    delete missing.permissions;
    expect(securityFindings(missing)).toEqual([
      "permissions: not declared at the top level, so the token gets the repository's default",
    ]);
    const all = prod();
    all.permissions = "write-all";
    expect(securityFindings(all)).toEqual(["permissions: write-all; grant each scope the job needs"]);
    const write = prod();
    // A job that keeps no record has no use for contents: write.
    if (write.jobs?.release)
      write.jobs.release.steps = write.jobs.release.steps?.filter((s) => label(s) !== "record");
    expect(securityFindings(write)).toEqual([
      "jobs.release.permissions: contents: write; only a job that keeps the deployment record needs it, and no checkout there may keep the token",
    ]);
  });

  it("let contents: write through for the release action's record, only with no token left in a checkout", () => {
    const oneStep = (persist: boolean): Workflow => ({
      on: { push: { branches: ["qa"] } },
      permissions: { contents: "write" },
      jobs: {
        release: {
          "runs-on": "ubuntu-latest",
          "timeout-minutes": 60,
          steps: [
            { uses: "actions/checkout@v6", with: { "fetch-depth": 0, "persist-credentials": persist } },
            { uses: "org/gitops/release@v1" },
          ],
        },
      },
    });
    expect(securityFindings(oneStep(false))).toEqual([]);
    expect(securityFindings(oneStep(true))).toEqual([
      "permissions: contents: write; only a job that keeps the deployment record needs it, and no checkout there may keep the token",
    ]);
  });

  it("flag a missing concurrency, and a release that may be cancelled half-way", () => {
    const missing = prod();
    delete missing.concurrency;
    expect(releaseFindings(missing, "prod")).toEqual([
      "concurrency: runs for one environment must queue (group per inputs.environment, cancel-in-progress: false)",
    ]);
    const cancelling = prod();
    if (cancelling.jobs?.release) {
      cancelling.jobs.release.concurrency = { group: "gitops-prod", "cancel-in-progress": true };
    }
    expect(releaseFindings(cancelling, "prod")).toEqual([
      "jobs.release.concurrency: one release per environment and service, never cancelled (cancel-in-progress: false)",
    ]);
  });

  it("flag a job without a timeout and an action on a branch", () => {
    const workflow = prod();
    if (workflow.jobs?.gate) delete workflow.jobs.gate["timeout-minutes"];
    const checkout = releaseSteps(workflow)[0];
    if (checkout) checkout.uses = "actions/checkout@main";
    expect(securityFindings(workflow)).toEqual([
      "jobs.gate: no timeout-minutes",
      "jobs.release.steps[0].uses: actions/checkout@main: pin to a release tag or a commit SHA, not a branch",
    ]);
  });

  it("flag a rollback that does not wait for a failure, and a stage in the wrong environment", () => {
    const workflow = prod();
    const rollback = releaseSteps(workflow).find((s) => label(s) === "rollback");
    if (rollback) rollback.if = "always()";
    expect(releaseFindings(workflow, "prod")).toEqual([
      "jobs.release: the rollback runs on failure, after a deploy that ran",
    ]);
    expect(releaseFindings(prod(), "qa")).toEqual([
      `jobs.release.steps: ${releaseSequence("prod").join(", ")}; want ${releaseSequence("qa").join(", ")}`,
    ]);
  });

  it("flag an input our action does not declare, and one it requires that is missing", () => {
    const workflow = prod();
    const deploy = releaseSteps(workflow).find((s) => label(s) === "deploy");
    if (deploy?.with) {
      deploy.with.enviroment = deploy.with.environment;
      delete deploy.with.environment;
    }
    expect(actionInputFindings(workflow)).toEqual([
      "jobs.release: org/gitops/actions/deploy@v1 has no input enviroment",
      "jobs.release: org/gitops/actions/deploy@v1 requires environment",
    ]);
  });
});
