// Every action, run from its committed bundle the way the runner runs it, with every secret
// input set to a distinctive value: those that work and those that the service refuses (JIRA
// 401, Slack 404, SMTP 535, GitHub 401). No secret, nor a form of it that goes on the wire
// (URL-encoded, base64, an Authorization header's credentials), may appear in what the runner
// shows or keeps: stdout, stderr, outputs, exported variables, the job summary. The runner
// masks what the actions register with `::add-mask::`; those commands are the one place a
// secret is written, and every secret input an action declares must be registered there.
//
// The deploy command and the regression suite print their whole environment, so a secret
// input handed down to a child process would show up too.
//
// The tests share one deploy repo and one set of doubles, and run in order: each push builds on
// the one before.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gitEnv } from "../packages/git/test/git-fixture.ts";
import { type GitHubDouble, startGitHubDouble } from "./doubles/github/github-double.ts";
import { type JiraDouble, startJiraDouble } from "./doubles/jira/jira-double.ts";
import { type SlackDouble, startSlackDouble } from "./doubles/slack/slack-double.ts";
import { type SmtpSink, startSmtpSink } from "./doubles/smtp/smtp-sink.ts";
import {
  createDeployRepo,
  type DeployRepo,
  type GitHttpServer,
  JIRA_USERS,
  PEOPLE,
  ROOT,
  runningVersion,
  seedJira,
  startGitHttpServer,
} from "./harness/deploy-repo-fixture.ts";
import { type ActionRun, pushEvent, type RunActionOptions, runAction } from "./harness/run-action.ts";

const REPOSITORY = "acme/payments-deploy";
const SMTP_USER = "deploys";
const S = {
  github: "ghs_S3cr3tGitHubToken0XYZ",
  githubWrong: "ghs_WR0NGGitHubToken0XYZ",
  jira: "s3cr3t-jira-token-XYZ",
  jiraPat: "s3cr3t-jira-pat-XYZ",
  jiraPatWrong: "s3cr3t-jira-pat-WR0NG-XYZ",
  smtp: "smtp-pa55word-XYZ",
  smtpWrong: "smtp-pa55word-WR0NG-XYZ",
};
/** The input names that carry secrets, in any action. */
const SECRET_INPUTS = ["github-token", "jira-api-token", "jira-token", "slack-webhooks", "smtp-password"];

let jira: JiraDouble;
let github: GitHubDouble;
let slack: SlackDouble;
let smtp: SmtpSink;
let gitHost: GitHttpServer;
let repo: DeployRepo;
let hosted: string;
/** Slack webhook URLs: ones Slack knows, and one it answers 404 no_service to. */
let hooks: { releases: string; payments: string; gone: string };
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  jira = await startJiraDouble({
    users: JIRA_USERS,
    credentials: {
      basic: [{ email: PEOPLE.bot.email, token: S.jira }],
      bearer: [{ token: S.jiraPat, accountId: PEOPLE.bot.accountId }],
    },
  });
  seedJira(jira);
  github = await startGitHubDouble({ tokens: [S.github], repos: [REPOSITORY] });
  slack = await startSlackDouble();
  hooks = {
    releases: slack.hook("#releases"),
    payments: slack.hook("#payments-deploys"),
    gone: slack.url("revoked-webhook-XYZ"),
  };
  smtp = await startSmtpSink({ auth: { username: SMTP_USER, password: S.smtp } });
  cleanups.push(
    () => jira.close(),
    () => github.close(),
    () => slack.close(),
    () => smtp.close(),
  );

  // The example deploy repo, with a deploy command and a regression suite that print their
  // whole environment first.
  repo = await createDeployRepo();
  cleanups.push(
    () => repo.remove(),
    () => repo.stop(),
  );
  const config = readFileSync(join(repo.dir, "gitops.yaml"), "utf8");
  repo.commit("PAY-100 show the environment of the commands", {
    "gitops.yaml": config.replace(
      "command: [./scripts/deploy.sh]\n      timeout: 10m",
      "command: [sh, -c, 'env; exec ./scripts/deploy.sh']\n      timeout: 10m",
    ),
    "services/hello.yaml": repo
      .hello()
      .replace(
        "  command:\n    - node\n",
        `  command:\n    - sh\n    - -c\n    - 'env; exec "$@"'\n    - sh\n    - node\n`,
      ),
  });
  // The policy a first release is judged by is the default branch's: the team changed it there too.
  repo.git("push", "-q", "--force", "origin", "HEAD:refs/heads/main");
  expect(readFileSync(join(repo.dir, "gitops.yaml"), "utf8")).toContain("env; exec ./scripts/deploy.sh");

  // The same repo as a git host serves it, for the release that fetches it itself.
  const root = mkdtempSync(join(tmpdir(), "gitops-git-host-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  hosted = join(root, `${REPOSITORY}.git`);
  mkdirSync(join(hosted, ".."), { recursive: true });
  execFileSync("git", ["init", "-q", "--bare", "-b", "qa", hosted], { env: gitEnv });
  gitHost = await startGitHttpServer(root);
  cleanups.push(() => gitHost.close());
});
afterAll(async () => {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
});

// --- what must never be seen --------------------------------------------------------------------

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Each secret, labelled, in every form it takes on the wire. */
function secretForms(): [string, string][] {
  const forms: [string, string][] = [];
  const add = (label: string, value: string) => {
    forms.push([label, value], [`${label} (base64)`, b64(value)]);
    if (encodeURIComponent(value) !== value)
      forms.push([`${label} (URL-encoded)`, encodeURIComponent(value)]);
  };
  for (const [name, value] of Object.entries(S)) add(name, value);
  for (const token of [S.github, S.githubWrong])
    add("git Authorization credentials", `x-access-token:${token}`);
  add("JIRA Basic credentials", `${PEOPLE.bot.email}:${S.jira}`);
  for (const password of [S.smtp, S.smtpWrong]) add("SMTP AUTH PLAIN", `\u0000${SMTP_USER}\u0000${password}`);
  for (const [name, url] of Object.entries(hooks)) {
    const path = new URL(url).pathname;
    forms.push([`Slack webhook ${name}`, url], [`Slack webhook ${name} (path)`, path]);
    forms.push([`Slack webhook ${name} (token)`, path.split("/").at(-1)!]);
  }
  return forms;
}

/** What the runner shows or keeps of a run, the `::add-mask::` commands left out. */
function visible(run: ActionRun): Record<string, string> {
  const withoutMasks = (text: string) =>
    text
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
  return {
    stdout: withoutMasks(run.stdout),
    stderr: withoutMasks(run.stderr),
    outputs: Object.entries(run.outputs)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
    "exported env": Object.entries(run.exportedEnv)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
    summary: run.summary,
  };
}

const manifests = new Map<string, Set<string>>();
function declaredInputs(action: string): Set<string> {
  let inputs = manifests.get(action);
  if (!inputs) {
    const manifest = parse(readFileSync(join(ROOT, "actions", action, "action.yml"), "utf8")) as {
      inputs?: Record<string, unknown>;
    };
    inputs = new Set(Object.keys(manifest.inputs ?? {}));
    manifests.set(action, inputs);
  }
  return inputs;
}

/**
 * Runs an action and checks that no secret is visible, and that every secret input it declares
 * and was given was registered as a mask (a webhook list: each URL on its own as well).
 */
async function runChecked(action: string, options: RunActionOptions): Promise<ActionRun> {
  const run = await runAction(join(ROOT, "actions", action), { timeoutMs: 90_000, ...options });
  const seen = visible(run);
  for (const [where, text] of Object.entries(seen)) {
    for (const [label, value] of secretForms()) {
      if (text.includes(value)) {
        const at = text.indexOf(value);
        const context = text.slice(Math.max(0, at - 80), at).replaceAll(value, "<secret>");
        expect.fail(`${action}: ${label} is visible in ${where}, after: …${context}`);
      }
    }
  }
  const declared = declaredInputs(action);
  for (const name of SECRET_INPUTS) {
    const value = options.inputs?.[name];
    if (!value || !declared.has(name)) continue;
    expect(run.secretsMasked, `${action}: input ${name} is not masked`).toContain(value);
    if (name === "slack-webhooks") {
      for (const line of value.split("\n")) {
        const url = line.slice(line.indexOf("=") + 1);
        expect(
          run.secretsMasked,
          `${action}: the webhook URL of ${line.split("=")[0]} is not masked`,
        ).toContain(url);
      }
    }
  }
  return run;
}

// --- inputs -------------------------------------------------------------------------------------

const webhooks = (releases: string, payments: string) =>
  `SLACK_WEBHOOK_RELEASES=${releases}\nSLACK_WEBHOOK_PAYMENTS_DEPLOYS=${payments}`;

/** Every secret input, with values the services accept. */
function goodSecrets(): Record<string, string> {
  return {
    "github-token": S.github,
    "jira-url": jira.url,
    "jira-email": PEOPLE.bot.email,
    "jira-api-token": S.jira,
    "slack-webhooks": webhooks(hooks.releases, hooks.payments),
    "smtp-host": smtp.host,
    "smtp-port": String(smtp.port),
    "smtp-security": "none",
    "smtp-username": SMTP_USER,
    "smtp-password": S.smtp,
  };
}

/** Every secret input, with values the services refuse. */
function badSecrets(): Record<string, string> {
  return {
    ...goodSecrets(),
    "github-token": S.githubWrong,
    // The Data Center token takes precedence over email + API token: a wrong one is a 401.
    "jira-token": S.jiraPatWrong,
    "slack-webhooks": webhooks(hooks.gone, hooks.gone),
    "smtp-password": S.smtpWrong,
  };
}

function push(before: string, after: string, sender: string = PEOPLE.carol.login) {
  return pushEvent({
    ref: "refs/heads/qa",
    before,
    after,
    sender,
    pusher: {
      name: sender,
      email: sender === PEOPLE.carol.login ? PEOPLE.carol.email : `${sender}@acme.example`,
    },
    repository: REPOSITORY,
  });
}

const deliveriesOf = (run: ActionRun) =>
  JSON.parse(run.outputs.deliveries ?? "[]") as {
    channel: string;
    target: string;
    ok: boolean;
    detail: string;
  }[];

// --- the actions --------------------------------------------------------------------------------

describe("secrets stay secret", () => {
  it("validate", async () => {
    const run = await runChecked("validate", { workspace: repo.dir, inputs: badSecrets() });
    expect(run.outputs.valid).toBe("true");
  });

  it("descriptor-diff, commenting on a pull request with a good token and a refused one", async () => {
    const base = repo.head();
    const event = {
      action: "synchronize",
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: repo.initial, ref: "qa" },
        head: { sha: base, ref: "feature" },
      },
      repository: { name: "payments-deploy", full_name: REPOSITORY, owner: { login: "acme" } },
      sender: { login: "carol-dev" },
    };
    const options = (inputs: Record<string, string>): RunActionOptions => ({
      workspace: repo.dir,
      eventName: "pull_request",
      event,
      inputs: { ...inputs, comment: "true" },
      env: { GITHUB_API_URL: github.url },
    });
    const good = await runChecked("descriptor-diff", options(goodSecrets()));
    expect(good.exitCode, good.stdout).toBe(0);
    expect(github.comments("acme", "payments-deploy", 7)).toHaveLength(1);

    const refused = await runChecked("descriptor-diff", options(badSecrets()));
    expect(refused.exitCode).toBe(0);
    expect(refused.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringContaining("could not comment on the pull request: Bad credentials"),
      }),
    );
  });

  it("gate-check, asking JIRA and GitHub with good credentials and refused ones", async () => {
    const before = repo.head();
    const after = repo.commit("PAY-101 a change the gate judges", { "notes.txt": "gate\n" });
    const options = (inputs: Record<string, string>, sender?: string): RunActionOptions => ({
      workspace: repo.dir,
      event: push(before, after, sender),
      inputs,
      env: { GITHUB_API_URL: github.url },
    });
    const good = await runChecked("gate-check", options(goodSecrets()));
    expect(good.outputs.decision, good.stdout).toBe("allow");
    expect(JSON.parse(good.outputs.tickets!)).toMatchObject([{ key: "PAY-101" }]);

    // Refused by JIRA (401) and by GitHub (401, asked about a team member).
    const refused = await runChecked("gate-check", options(badSecrets(), "dave"));
    expect(refused.outputs.decision).toBe("deny");
    expect(refused.stdout).toContain("JIRA");
    expect(github.requests.some((r) => r.status === 401 && r.path.endsWith("/memberships/dave"))).toBe(true);
    expect(jira.requests.some((r) => r.status === 401)).toBe(true);
  });

  it("deploy, healthcheck, smoke and regression, whose commands print their environment", async () => {
    // Secret inputs these actions do not declare, as if a workflow passed them anyway.
    const deploy = await runChecked("deploy", {
      workspace: repo.dir,
      inputs: { ...goodSecrets(), service: "hello", environment: "qa" },
      env: repo.env,
    });
    expect(deploy.exitCode, deploy.stdout).toBe(0);
    expect(deploy.logLines).toContain(`GITOPS_DEMO_RUNTIME=${repo.runtime}`); // the environment was printed
    expect(await runningVersion(repo.ports.qa)).toBe("1.0.0");

    const target = { ...goodSecrets(), service: "hello", environment: "qa", host: "127.0.0.1" };
    const healthcheck = await runChecked("healthcheck", { workspace: repo.dir, inputs: target });
    expect(healthcheck.outputs.healthy, healthcheck.stdout).toBe("true");
    const smoke = await runChecked("smoke", { workspace: repo.dir, inputs: target });
    expect(smoke.outputs.passed, smoke.stdout).toBe("true");
    const regression = await runChecked("regression", { workspace: repo.dir, inputs: target });
    expect(regression.stdout).toContain("GITOPS_SERVICE_URL=http://127.0.0.1:"); // the environment was printed
    expect(regression.outputs.passed, regression.stdout).toBe("true");
  });

  it("notify, to channels that take the notices and to channels that refuse them", async () => {
    const options = (inputs: Record<string, string>): RunActionOptions => ({
      workspace: repo.dir,
      event: push(repo.initial, repo.head()),
      inputs: { ...inputs, event: "failed", service: "hello", environment: "qa", tickets: "PAY-101" },
    });
    const good = await runChecked("notify", options(goodSecrets()));
    expect(good.outputs.delivered, good.stdout).toBe("true");
    expect(smtp.messages.at(-1)?.user).toBe(SMTP_USER);

    const refused = await runChecked("notify", options(badSecrets()));
    expect(refused.exitCode).toBe(0);
    expect(refused.outputs.delivered).toBe("false");
    const failed = Object.fromEntries(
      deliveriesOf(refused)
        .filter((d) => !d.ok)
        .map((d) => [`${d.channel} ${d.target}`, d.detail]),
    );
    expect(failed).toMatchObject({
      "slack #releases": "HTTP 404 no_service",
      "email hello-team@acme.example": expect.stringContaining("authentication failed"),
      "jira PAY-101": expect.stringContaining("JIRA 401"),
    });
    expect(refused.annotations.filter((a) => a.level === "warning").length).toBeGreaterThanOrEqual(3);
  });

  describe("release", () => {
    it("a release that deploys and tells every channel", async () => {
      const before = repo.head();
      const after = repo.bump("1.1.0", "PAY-101 hello 1.1.0");
      const run = await runChecked("release", {
        workspace: repo.dir,
        event: push(before, after),
        inputs: goodSecrets(),
        env: { ...repo.env, GITHUB_API_URL: github.url },
      });
      expect(run.outputs.outcome, run.stdout).toBe("succeeded");
      expect(run.logLines).toContain(`  hello  │ GITOPS_DEMO_RUNTIME=${repo.runtime}`);
      const deliveries = JSON.parse(run.outputs.result!).services[0].deliveries as { ok: boolean }[];
      expect(deliveries.length).toBeGreaterThan(0);
      expect(deliveries.filter((d) => !d.ok)).toEqual([]);
    });

    it("a failed release rolled back, told to Slack and SMTP that refuse the notices", async () => {
      const before = repo.head();
      const after = repo.bump("1.2.0", "PAY-102 hello 1.2.0");
      const inputs = {
        ...goodSecrets(), // JIRA must work, or the gate denies the push
        "slack-webhooks": webhooks(hooks.gone, hooks.gone),
        "smtp-password": S.smtpWrong,
      };
      const run = await runChecked("release", {
        workspace: repo.dir,
        event: push(before, after),
        inputs,
        env: { ...repo.env, GITHUB_API_URL: github.url },
      });
      expect(run.outputs.outcome, run.stdout).toBe("rolled-back");
      const deliveries = JSON.parse(run.outputs.result!).services[0].deliveries as {
        channel: string;
        ok: boolean;
      }[];
      expect(deliveries.filter((d) => d.channel === "slack" && !d.ok)).toHaveLength(3);
      expect(deliveries.filter((d) => d.channel === "email" && !d.ok).length).toBeGreaterThanOrEqual(3);
      expect(run.annotations.filter((a) => a.level === "warning").length).toBeGreaterThanOrEqual(6);
    });

    it("a release the gate denies because JIRA refuses the token", async () => {
      const before = repo.head();
      const after = repo.commit("PAY-101 another change", { "notes.txt": "denied\n" });
      const run = await runChecked("release", {
        workspace: repo.dir,
        event: push(before, after),
        inputs: badSecrets(),
        env: { ...repo.env, GITHUB_API_URL: github.url },
      });
      expect(run.outputs.outcome).toBe("denied");
      expect(run.stdout).toContain("could not check: JIRA answered 401 for PAY-101");
    });

    it("a release that fetches the repo itself, with the token in a header", async () => {
      // The host holds what GitHub would: the branches and the deployment record.
      repo.git(
        "push",
        "-q",
        "--force",
        hosted,
        "qa",
        "refs/remotes/origin/main:refs/heads/main",
        "+refs/gitops/*:refs/gitops/*",
      );
      // The team drops the denied commit (it cites a ticket qa no longer accepts) and puts hello back
      // at the version that runs, so this push has nothing to deploy.
      const before = repo.head();
      repo.git("reset", "-q", "--hard", "HEAD~1");
      const after = repo.commit("PAY-102 fetched by the action", {
        "notes.txt": "fetched\n",
        "services/hello.yaml": repo.hello().replace(/^version: ".*"$/m, 'version: "1.1.0"'),
      });
      repo.git("push", "-q", "--force", hosted, "qa");
      const workspace = mkdtempSync(join(tmpdir(), "gitops-empty-workspace-"));
      cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
      const run = await runChecked("release", {
        workspace,
        event: push(before, after),
        inputs: goodSecrets(),
        env: { ...repo.env, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: gitHost.url },
      });
      expect(run.outputs.outcome, run.stdout).toBe("nothing-to-deploy");
      expect(gitHost.requests.map((r) => r.authorization)).toContain(
        `basic ${b64(`x-access-token:${S.github}`)}`,
      );
      expect(readFileSync(join(workspace, ".git/config"), "utf8")).not.toContain(
        b64(`x-access-token:${S.github}`),
      );
    });
  });

  it("what the actions sent to Slack, SMTP, JIRA and GitHub quotes no secret either", () => {
    const sent: [string, string][] = [
      ...slack.requests.map((r): [string, string] => [`Slack ${r.path}`, r.raw]),
      ...smtp.messages.map((m): [string, string] => [`mail "${m.subject}"`, m.raw]),
      ...jira.requests.map((r): [string, string] => [
        `JIRA ${r.method} ${r.path}`,
        JSON.stringify(r.body ?? ""),
      ]),
      ...github.requests.map((r): [string, string] => [
        `GitHub ${r.method} ${r.path}`,
        JSON.stringify(r.body ?? ""),
      ]),
    ];
    expect(slack.posts.length).toBeGreaterThan(0);
    expect(smtp.messages.length).toBeGreaterThan(0);
    expect(jira.requests.some((r) => r.path.endsWith("/comment"))).toBe(true);
    for (const [where, text] of sent) {
      for (const [label, value] of secretForms()) {
        expect(text.includes(value), `${label} in ${where}`).toBe(false);
      }
    }
  });

  it("masks nothing that is not a secret: the runner's own URLs stay readable in the log", async () => {
    // The runner replaces every registered value with *** wherever it appears in the log, so
    // masking https://github.com would blank out every commit and run link.
    const run = await runChecked("notify", {
      workspace: repo.dir,
      event: push(repo.initial, repo.head()),
      inputs: { ...goodSecrets(), event: "started", service: "hello", environment: "qa" },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.exitCode).toBe(0);
    const runnerUrls = ["https://github.com", github.url, `${github.url}/graphql`];
    expect(run.secretsMasked.filter((m) => runnerUrls.includes(m))).toEqual([]);
  });
});
