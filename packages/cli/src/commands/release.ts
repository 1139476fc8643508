// gitops release --env NAME: the whole release of a push from a laptop (or a runner without
// the actions): gate, plan, deploy, checks, notifications and rollback, with live progress.
// --dry-run stops after the gate and says what would run.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  channelSecretsFromEnv,
  notifiersFor,
  type ReleaseProgress,
  type ReleaseResult,
  release,
  releaseMarkdown,
  releaseText,
} from "@gitops/pipeline";
import { openGit } from "@gitops/git";
import { githubFromEnv } from "../clients.ts";
import { type CliIo, EXIT } from "../io.ts";

export interface ReleaseArgs {
  repo: string;
  environment: string;
  before?: string;
  after?: string;
  pusher: string;
  dryRun: boolean;
  format: "text" | "json" | "markdown";
  /** Stream the commands' own output. */
  verbose: boolean;
  /** Also write the result as JSON here. */
  resultFile?: string;
}

export async function releaseCommand(args: ReleaseArgs, io: CliIo): Promise<number> {
  const workdir = resolve(io.cwd, args.repo);
  const git = openGit(workdir);
  const paint = painter(io.color);
  try {
    const { before, after } = await pushRange(git, args);
    const head = await git.resolve("HEAD");
    if (head !== after)
      io.stderr(
        `gitops release: warning: the checkout is at ${head?.slice(0, 12) ?? "no commit"}, not the pushed ${after.slice(0, 12)}; commands run from the checkout\n`,
      );
    const secrets = channelSecretsFromEnv(io.env);
    const live = args.format === "text" ? progressPrinter(io, paint, args.verbose) : undefined;
    // Ctrl-C stops the running commands (and everything they started) before gitops exits.
    const cancel = new AbortController();
    const stop = () => cancel.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const result = await release({
      git,
      workdir,
      ...(before ? { before } : {}),
      after,
      environment: args.environment,
      pusher: args.pusher,
      github: githubFromEnv(io),
      ...(secrets.jira ? { jira: secrets.jira } : {}),
      dryRun: args.dryRun,
      notifiers: (config) => notifiersFor(config, secrets),
      ...(live ? { onProgress: live } : {}),
      signal: cancel.signal,
    }).finally(() => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    });
    if (args.resultFile)
      await writeFile(resolve(io.cwd, args.resultFile), `${JSON.stringify(result, null, 2)}\n`);
    if (args.format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (args.format === "markdown") io.stdout(releaseMarkdown(result));
    else io.stdout(`\n${releaseText(result)}`);
    return exitCode(result);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    io.stderr(`gitops release: ${error.message}\n`);
    return EXIT.failed;
  }
}

/** 0: deployed, nothing to do, or a dry run the gate allows; 3: the gate skips; 1: anything else. */
function exitCode(result: ReleaseResult): number {
  if (result.outcome === "skipped") return EXIT.needsApproval;
  return ["succeeded", "nothing-to-deploy", "dry-run"].includes(result.outcome) ? EXIT.ok : EXIT.failed;
}

/**
 * The push to release: --before/--after, or what the last `git push` (or fetch) moved the
 * remote-tracking branch from and to, as its reflog remembers.
 */
async function pushRange(
  git: ReturnType<typeof openGit>,
  args: ReleaseArgs,
): Promise<{ before?: string; after: string }> {
  const tracking = `refs/remotes/origin/${args.environment}`;
  const afterRef = args.after ?? tracking;
  const after = await git.resolve(afterRef);
  if (!after) throw new Error(`${afterRef} is not in the repository; pass --after SHA`);
  if (args.before) {
    const before = /^0+$/.test(args.before) ? undefined : await git.resolve(args.before);
    if (!before && !/^0+$/.test(args.before))
      throw new Error(`--before ${args.before} is not in the repository`);
    return before ? { before, after } : { after };
  }
  if (args.after) throw new Error("--after needs --before (all zeros for a first push)");
  const before = await git.resolve(`${tracking}@{1}`);
  if (!before)
    throw new Error(`cannot tell what ${tracking} was before the last push; pass --before SHA --after SHA`);
  return { before, after };
}

type Paint = (code: number, text: string) => string;
const painter =
  (color: boolean): Paint =>
  (code, text) =>
    color ? `\x1b[${code}m${text}\x1b[0m` : text;

const MARK = { passed: [32, "✓"], failed: [31, "✗"], skipped: [33, "–"] } as const;

function progressPrinter(io: CliIo, paint: Paint, verbose: boolean): (event: ReleaseProgress) => void {
  const width = 12;
  return (event) => {
    switch (event.type) {
      case "gate":
        io.stdout(`${paint(1, `gate ${event.environment}`)}: ${event.decision} · ${event.plan}\n`);
        for (const reason of event.reasons) io.stdout(`  ${reason}\n`);
        return;
      case "service":
        io.stdout(
          `${paint(1, `▶ ${event.service}`)} ${event.from && event.from !== event.to ? `${event.from} → ` : ""}${event.to ?? ""}\n`,
        );
        return;
      case "stage-start":
        return;
      case "stage-end": {
        const [code, mark] = MARK[event.outcome];
        const stage = `${event.rollback ? "rollback " : ""}${event.stage}`;
        io.stdout(
          `  ${event.service.padEnd(width)} ${stage.padEnd(20)} ${paint(code, mark)} ${`${(event.durationMs / 1000).toFixed(1)}s`.padStart(6)}  ${event.reason}\n`,
        );
        return;
      }
      case "output":
        if (!verbose) return;
        for (const line of event.chunk.split("\n").filter(Boolean))
          io.stdout(paint(2, `  ${event.service.padEnd(width)} │ ${line}\n`));
        return;
      case "delivery": {
        const d = event.delivery;
        const [code, mark] = d.ok ? MARK.passed : MARK.failed;
        io.stdout(
          `  ${event.service.padEnd(width)} ${`notify ${event.event}`.padEnd(20)} ${paint(code, mark)} ${d.channel} ${d.target}: ${d.detail}\n`,
        );
        return;
      }
      case "done":
        return;
    }
  };
}
