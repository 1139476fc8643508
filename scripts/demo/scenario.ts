// The demo, as a function the end-to-end test runs too: a deploy repo made from
// examples/deploy-repo with qa, stage and prod branches behind a local "origin", the local
// JIRA, GitHub, Slack and SMTP doubles, and the example service deployed as processes on
// loopback ports by the bundled `gitops release`. Nothing leaves this machine.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReleaseResult, StatusReport } from "@gitops/pipeline";
import { startGitHubDouble } from "../../test/doubles/github/github-double.ts";
import { adfText, type JiraDouble, startJiraDouble } from "../../test/doubles/jira/jira-double.ts";
import { type SlackPost, startSlackDouble } from "../../test/doubles/slack/slack-double.ts";
import { type ReceivedMessage, startSmtpSink } from "../../test/doubles/smtp/smtp-sink.ts";
import {
  alive,
  buildReleases,
  freePorts,
  JIRA_USERS,
  PEOPLE,
  seedJira,
} from "../../test/harness/deploy-repo-fixture.ts";

const root = new URL("../..", import.meta.url).pathname;
const CLI = join(root, "packages/cli/dist/index.js");
const ENVIRONMENTS = ["qa", "stage", "prod"] as const;
type EnvName = (typeof ENVIRONMENTS)[number];

export interface DemoStep {
  title: string;
  environment: EnvName;
  exitCode: number;
  result: ReleaseResult;
}

export interface DemoReport {
  steps: DemoStep[];
  /** What `gitops status --format json` said at the end. */
  status?: StatusReport;
  /** The version hello answers with on each environment's port at the end. */
  answers: Partial<Record<EnvName, string>>;
  /** The commit `gitops rollback` pushed to qa. */
  rollbackCommit?: string;
  slack: SlackPost[];
  mail: ReceivedMessage[];
  /** The failure issue the broken release opened, as JIRA holds it. */
  failureIssue?: { key: string; summary: string; assignee?: string; labels: string[]; description: string };
  /** The comments on the cited tickets, as text. */
  ticketComments: Record<string, string[]>;
  /** Processes the demo started that were still alive after it stopped them (should be none). */
  leftovers: number[];
  durationMs: number;
}

export interface DemoOptions {
  /** Where the narration and the CLI's live output go. */
  write: (text: string) => void;
  /** Keep the temporary directory (the deploy repo, logs) for a look afterwards. */
  keep?: boolean;
}

const JIRA_TOKEN = "demo-jira-api-token";
const GITHUB_TOKEN = "ghs_demo_token";
const REPOSITORY = "acme/payments-deploy";

export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  const started = performance.now();
  const say = options.write;
  const dir = mkdtempSync(join(tmpdir(), "gitops-demo-"));
  const runtime = join(dir, "runtime");
  const work = join(dir, "deploy-repo");
  const origin = join(dir, "origin.git");
  const stops: (() => Promise<unknown> | unknown)[] = [];
  const report: DemoReport = {
    steps: [],
    answers: {},
    slack: [],
    mail: [],
    ticketComments: {},
    leftovers: [],
    durationMs: 0,
  };
  try {
    say("\n== Setting up: local JIRA, GitHub, Slack and SMTP, a deploy repo with qa, stage and prod\n");
    const jira = await startJiraDouble({
      users: JIRA_USERS,
      credentials: { basic: [{ email: PEOPLE.bot.email, token: JIRA_TOKEN }] },
    });
    stops.push(() => jira.close());
    seedJira(jira);
    const github = await startGitHubDouble({ tokens: [GITHUB_TOKEN], repos: [REPOSITORY] });
    stops.push(() => github.close());
    const slack = await startSlackDouble();
    stops.push(() => slack.close());
    const smtp = await startSmtpSink();
    stops.push(() => smtp.close());

    // The example service's releases, "built" into the artifact store the local deploy reads.
    buildReleases(runtime, [{ version: "1.0.0" }, { version: "1.1.0" }, { version: "1.2.0", broken: true }]);
    stops.push(() => stopServices(runtime, report));

    const ports = await freePorts(3);
    const git = makeGit(work);
    execFileSync("git", ["init", "-q", "--bare", "-b", "qa", origin]);
    cpSync(join(root, "examples/deploy-repo"), work, { recursive: true });
    git("init", "-q", "-b", "qa");
    for (const [key, value] of [
      ["user.name", PEOPLE.carol.name],
      ["user.email", PEOPLE.carol.email],
      ["commit.gpgsign", "false"],
    ])
      git("config", key!, value!);
    git("remote", "add", "origin", origin);
    // The service's three environments share this machine: give each a port that is free now.
    const hello = join(work, "services/hello.yaml");
    writeFileSync(
      hello,
      readFileSync(hello, "utf8")
        .replace(/\b8181\b/g, String(ports[0]))
        .replace(/\b8182\b/g, String(ports[1]))
        .replace(/\b8183\b/g, String(ports[2])),
    );
    writeFileSync(join(work, ".gitignore"), "reports/\n");
    git("add", "-A");
    git("commit", "-q", "-m", "PAY-100 the payments deploy repo");
    // main, the default branch, holds the policy a release is judged by until one is allowed in
    // an environment; from then on the deployment record (refs/gitops/<env>) holds it.
    for (const branch of ["main", ...ENVIRONMENTS]) git("push", "-q", "origin", `HEAD:refs/heads/${branch}`);
    execFileSync("git", ["symbolic-ref", "HEAD", "refs/heads/main"], { cwd: origin });
    git("fetch", "-q", "origin");
    git("remote", "set-head", "origin", "main");
    say(
      `deploy repo ${work}, origin ${origin}\nhello runs on 127.0.0.1:${ports.join(", ")} (qa, stage, prod)\n`,
    );

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      GITOPS_DEMO_RUNTIME: runtime,
      JIRA_URL: jira.url,
      JIRA_EMAIL: PEOPLE.bot.email,
      JIRA_API_TOKEN: JIRA_TOKEN,
      GITHUB_TOKEN,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: REPOSITORY,
      SLACK_WEBHOOK_RELEASES: slack.hook("#releases"),
      SLACK_WEBHOOK_PAYMENTS_DEPLOYS: slack.hook("#payments-deploys"),
      SLACK_WEBHOOK_LEDGER: slack.hook("#ledger"),
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURITY: "none",
      NO_COLOR: "1",
    };
    const releaseStep = async (
      title: string,
      environment: EnvName,
      pusher: string,
      before = git("rev-parse", `refs/remotes/origin/${environment}`),
    ): Promise<DemoStep> => {
      say(`\n== ${title}\n`);
      git("push", "-q", "origin", `HEAD:refs/heads/${environment}`);
      const after = git("rev-parse", "HEAD");
      const resultFile = join(dir, `result-${report.steps.length + 1}.json`);
      const exitCode = await runCli(
        [
          "release",
          "--env",
          environment,
          "--before",
          before,
          "--after",
          after,
          "--as",
          pusher,
          "--result",
          resultFile,
        ],
        { cwd: work, env, write: say },
      );
      const step = {
        title,
        environment,
        exitCode,
        result: JSON.parse(readFileSync(resultFile, "utf8")) as ReleaseResult,
      };
      report.steps.push(step);
      return step;
    };
    const bump = (version: string, message: string) => {
      writeFileSync(hello, readFileSync(hello, "utf8").replace(/^version: ".*"$/m, `version: "${version}"`));
      git("commit", "-q", "-am", message);
    };
    const promote = (from: EnvName, to: EnvName, ticket: string) => {
      // What merging the promotion pull request does: the target branch takes the source's commits.
      git("checkout", "-q", "-B", to, `refs/remotes/origin/${to}`);
      git(
        "merge",
        "-q",
        "--no-ff",
        "-m",
        `${ticket} promote ${from} to ${to}`,
        `refs/remotes/origin/${from}`,
      );
    };

    bump("1.1.0", "PAY-101 hello 1.1.0: quotes include the fee");
    await releaseStep("Push hello 1.1.0 to qa: deploy + healthcheck", "qa", PEOPLE.carol.login);

    say("\n-- QA signs PAY-101 off: Ready for Stage\n");
    await transition(jira.url, "PAY-101", "Ready for Stage");
    promote("qa", "stage", "PAY-101");
    await releaseStep(
      "Promote to stage (pull request qa → stage): deploy + healthcheck + regression",
      "stage",
      PEOPLE.carol.login,
    );

    say("\n-- Change approved for prod: PAY-101 has its two approvals\n");
    await transition(jira.url, "PAY-101", "Approved for Prod");
    promote("stage", "prod", "PAY-101");
    // prod accepts only commits GitHub verified as signed: the local GitHub knows these as such.
    const [owner, name] = REPOSITORY.split("/") as [string, string];
    for (const sha of git("rev-list", `refs/remotes/origin/prod..HEAD`).split("\n").filter(Boolean))
      github.addCommit(owner, name, { sha, message: "promotion", verified: true });
    await releaseStep(
      "Promote to prod (pull request stage → prod): deploy + healthcheck + smoke",
      "prod",
      PEOPLE.alice.login,
    );

    git("checkout", "-q", "-B", "qa", "refs/remotes/origin/qa");
    say("\n-- A burst of three pushes to qa; GitHub cancels the runs of the first two as newer ones queue\n");
    const edit = (message: string, from: RegExp, to: string) => {
      writeFileSync(hello, readFileSync(hello, "utf8").replace(from, to));
      git("commit", "-q", "-am", message);
      git("push", "-q", "origin", "HEAD:refs/heads/qa");
    };
    const beforeBurst = git("rev-parse", "refs/remotes/origin/qa");
    edit("PAY-102 hello: give each health probe 2s", /^( {2}timeout: ).*$/m, "$12s");
    edit("PAY-102 hello: tell #payments-deploys too", /^( {2}slack: \[)/m, '$1"#payments-deploys", ');
    const lastPush = git("rev-parse", "HEAD");
    bump("1.2.0", "PAY-102 hello 1.2.0: read the currency from settings");
    say(
      `pushed ${beforeBurst.slice(0, 7)}..${git("rev-parse", "HEAD").slice(0, 7)}: only the last push's run goes ahead\n`,
    );
    say("\n-- What it will deploy, planned from what runs (the record), not from the push before it:\n\n");
    await runCli(["plan", "--base", "refs/gitops/qa", "--head", "HEAD", "--env", "qa"], {
      cwd: work,
      env,
      write: say,
    });
    await releaseStep(
      "The last push's run plans from the deployment record, so no pushed change is lost; the broken 1.2.0 fails its healthcheck and 1.1.0, the last healthy version, is restored",
      "qa",
      PEOPLE.carol.login,
      lastPush,
    );

    say("\n== gitops status: the qa branch names 1.2.0 while 1.1.0 runs\n\n");
    await runCli(["status"], { cwd: work, env, write: say });
    say("\n== gitops rollback --env qa --service hello: the branch names what runs again\n\n");
    await runCli(["rollback", "--env", "qa", "--service", "hello"], { cwd: work, env, write: say });
    git("fetch", "-q", "origin");
    git("reset", "-q", "--hard", "refs/remotes/origin/qa");
    const rolledBack = await releaseStep(
      "The rollback commit's release: what the branch names already runs",
      "qa",
      PEOPLE.carol.login,
      git("rev-parse", "HEAD~1"),
    );
    report.rollbackCommit = rolledBack.result.after;

    report.answers = await answers(ports);
    report.slack = [...slack.posts];
    report.mail = [...smtp.messages];
    const failure = findFailureIssue(jira);
    if (failure) report.failureIssue = failure;
    for (const key of ["PAY-101", "PAY-102"])
      report.ticketComments[key] = (jira.issue(key)?.comments ?? []).map((c) => adfText(c.body));
    printOutcome(report, say);
    say("\n== gitops status: what each branch names and what runs, everywhere\n\n");
    report.status = JSON.parse(
      await captureCli(["status", "--format", "json"], { cwd: work, env }),
    ) as StatusReport;
    await runCli(["status"], { cwd: work, env, write: say });
    return report;
  } finally {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch {
        // keep stopping the rest
      }
    }
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else say(`\nkept ${dir}\n`);
    report.durationMs = Math.round(performance.now() - started);
  }
}

/** A person moves a ticket on, through JIRA's REST API. */
async function transition(url: string, key: string, name: string): Promise<void> {
  const auth = `Basic ${Buffer.from(`${PEOPLE.bot.email}:${JIRA_TOKEN}`).toString("base64")}`;
  const headers = { authorization: auth, "content-type": "application/json", accept: "application/json" };
  const list = (await (await fetch(`${url}/rest/api/3/issue/${key}/transitions`, { headers })).json()) as {
    transitions: { id: string; name: string }[];
  };
  const id = list.transitions.find((t) => t.name === name)?.id;
  if (!id) throw new Error(`${key} has no transition "${name}"`);
  const response = await fetch(`${url}/rest/api/3/issue/${key}/transitions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ transition: { id } }),
  });
  if (response.status !== 204) throw new Error(`${key}: transition "${name}" answered ${response.status}`);
}

function findFailureIssue(jira: JiraDouble): DemoReport["failureIssue"] {
  for (let n = 1; n <= 50; n++) {
    const issue = jira.issue(`OPS-${n}`);
    if (!issue) return undefined;
    if (!issue.labels.includes("gitops-failure")) continue;
    const person = Object.values(PEOPLE).find((p) => p.accountId === issue.assignee);
    return {
      key: issue.key,
      summary: issue.summary,
      ...(person ? { assignee: person.name } : {}),
      labels: issue.labels,
      description: issue.description ? adfText(issue.description) : "",
    };
  }
  return undefined;
}

function makeGit(cwd: string): (...args: string[]) => string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  return (...args) => execFileSync("git", args, { cwd, env, encoding: "utf8" }).trim();
}

/** The bundled CLI's standard output, for the report. */
function captureCli(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      ...options,
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("error", fail);
    child.on("close", () => done(out));
  });
}

/** The bundled CLI as a user runs it, its live output passed through. */
function runCli(
  args: string[],
  options: { cwd: string; env: Record<string, string>; write: (text: string) => void },
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.setEncoding("utf8").on("data", options.write);
    child.stderr.setEncoding("utf8").on("data", options.write);
    child.on("error", fail);
    child.on("close", (code) => done(code ?? 1));
  });
}

/** What answers on hello's port in each environment. */
async function answers(ports: number[]): Promise<DemoReport["answers"]> {
  const out: DemoReport["answers"] = {};
  for (const [i, env] of ENVIRONMENTS.entries()) {
    const version = await runningVersion(ports[i]!);
    if (version) out[env] = version;
  }
  return out;
}

async function runningVersion(port: number): Promise<string | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
    return ((await response.json()) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** Stops every service the local deploys started, then checks that none is left. */
async function stopServices(runtime: string, report: DemoReport): Promise<void> {
  const pidDir = join(runtime, "run");
  const pids = listPids(pidDir);
  execFileSync(process.execPath, [join(root, "examples/deploy-repo/scripts/stop-local.mjs"), runtime]);
  report.leftovers = pids.filter(alive);
}

function listPids(dir: string): number[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".pid"))
      .map((f) => Number(readFileSync(join(dir, f), "utf8").trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
  } catch {
    return [];
  }
}

function printOutcome(report: DemoReport, say: (text: string) => void): void {
  say("\n== Slack messages the local sink received\n");
  for (const post of report.slack) say(`  ${post.channel}: ${String(post.body.text ?? "")}\n`);
  say(`\n== Email: ${report.mail.length} messages, e.g. "${report.mail.at(-1)?.subject ?? ""}"\n`);
  if (report.failureIssue) {
    const f = report.failureIssue;
    say(
      `\n== JIRA failure issue ${f.key}: "${f.summary}", assigned to ${f.assignee ?? "nobody"} [${f.labels.join(", ")}]\n`,
    );
  }
}
