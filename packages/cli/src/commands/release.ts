// gitops release --env NAME: the whole release of a push from a laptop (or a runner without
// the actions): gate, plan, deploy, checks, notifications and rollback, with live progress.
// --dry-run stops after the gate and says what would run.
import { resolve } from "node:path";
import type { Git } from "@gitops/git";
import type { ReleaseResult } from "@gitops/pipeline";
import { defineCommand, EXIT, UsageError } from "../command.ts";
import { defaultBranchOption, envOption, repoOption } from "./options.ts";

export const release = defineCommand({
  name: "release",
  summary: "release a push: gate, deploy, checks, notices, rollback",
  description: `Releases a push to the environment: the gate and the plan, then for each changed
service deploy, healthcheck and the environment's further stages, with notifications and the
previous version restored on failure. Live progress per service and stage; --verbose adds the
commands' output. Without --before/--after: the last push of the environment's branch (origin/NAME
and its reflog). What runs, the policy and the rollback target come from the deployment record
(refs/gitops/NAME, shared with origin); each release is written to it, and a release it cannot be
written to deploys nothing. Credentials as for gate; Slack webhooks in the variables gitops.yaml names; email
with SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_PASSWORD.`,
  options: {
    env: { ...envOption("the environment to release to"), required: true },
    before: {
      type: "string",
      value: "SHA",
      description: "the branch head before the push (all zeros: a first push)",
    },
    after: { type: "string", value: "SHA", description: "the pushed commit (needs --before)" },
    as: {
      type: "string",
      value: "LOGIN",
      description: "the GitHub login that pushed (default: $GITHUB_ACTOR)",
    },
    repo: repoOption,
    "default-branch": defaultBranchOption,
    "dry-run": {
      type: "boolean",
      default: false,
      description: "plan and gate only: deploy nothing, tell nobody",
    },
    verbose: { type: "boolean", default: false, description: "show the commands' output" },
    result: { type: "string", value: "FILE", description: "also write the result as JSON to FILE" },
  },
  formats: ["text", "json", "markdown"],
  exits: [
    [EXIT.ok, "deployed, nothing to deploy, or a dry run the gate allows"],
    [EXIT.skipped, "the gate skips the push"],
    [EXIT.failed, "failed, rolled back, or denied"],
  ],
  async run({ values, format }, io) {
    if (values.after && !values.before)
      throw new UsageError("--after needs --before (all zeros for a first push)");
    const pusher = values.as ?? io.env.GITHUB_ACTOR;
    if (!pusher) throw new UsageError("release needs --as LOGIN (the GitHub login that pushed)");
    const [{ openDeployRepo }, pipeline, { githubFromEnv }] = await Promise.all([
      import("../deploy-repo.ts"),
      import("@gitops/pipeline"),
      import("../clients.ts"),
    ]);
    try {
      const { workdir, git, record, defaultBranch } = await openDeployRepo(
        io,
        values.repo,
        values["default-branch"],
      );
      const { before, after } = await pushRange(git, values.env, values.before, values.after);
      const head = await git.resolve("HEAD");
      if (head !== after)
        io.stderr(
          `gitops release: warning: the checkout is at ${head?.slice(0, 12) ?? "no commit"}, not the pushed ${after.slice(0, 12)}; commands run from the checkout\n`,
        );
      const secrets = pipeline.channelSecretsFromEnv(io.env);
      const lines = pipeline.progressFormatter(painter(io.color));
      const onProgress =
        format === "text"
          ? (event: Parameters<typeof lines>[0]) => {
              for (const line of lines(event))
                if (line.kind !== "output" || values.verbose) io.stdout(`${line.text}\n`);
            }
          : undefined;
      // Ctrl-C stops the running commands (and everything they started) before gitops exits.
      const cancel = new AbortController();
      const stop = () => cancel.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const result = await pipeline
        .release({
          git,
          workdir,
          ...(before ? { before } : {}),
          after,
          environment: values.env,
          pusher,
          record,
          ...(defaultBranch ? { defaultBranch } : {}),
          github: githubFromEnv(io),
          ...(secrets.jira ? { jira: secrets.jira } : {}),
          dryRun: values["dry-run"],
          notifiers: (config) => pipeline.notifiersFor(config, secrets),
          ...(onProgress ? { onProgress } : {}),
          signal: cancel.signal,
        })
        .finally(() => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
        });
      if (values.result) {
        const { writeFile } = await import("node:fs/promises");
        await writeFile(resolve(io.cwd, values.result), `${JSON.stringify(result, null, 2)}\n`);
      }
      if (format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else if (format === "markdown") io.stdout(pipeline.releaseMarkdown(result));
      else io.stdout(`\n${pipeline.releaseText(result)}`);
      return exitCode(result);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      io.stderr(`gitops release: ${error.message}\n`);
      return EXIT.failed;
    }
  },
});

function exitCode(result: ReleaseResult): number {
  if (result.outcome === "skipped") return EXIT.skipped;
  return ["succeeded", "nothing-to-deploy", "dry-run"].includes(result.outcome) ? EXIT.ok : EXIT.failed;
}

/**
 * The push to release: --before/--after, or what the last `git push` (or fetch) moved the
 * remote-tracking branch from and to, as its reflog remembers.
 */
async function pushRange(
  git: Git,
  environment: string,
  beforeArg: string | undefined,
  afterArg: string | undefined,
): Promise<{ before?: string; after: string }> {
  const tracking = `refs/remotes/origin/${environment}`;
  const afterRef = afterArg ?? tracking;
  const after = await git.resolve(afterRef);
  if (!after) throw new Error(`${afterRef} is not in the repository; pass --after SHA`);
  if (beforeArg) {
    const first = /^0+$/.test(beforeArg);
    const before = first ? undefined : await git.resolve(beforeArg);
    if (!before && !first) throw new Error(`--before ${beforeArg} is not in the repository`);
    return before ? { before, after } : { after };
  }
  const before = await git.resolve(`${tracking}@{1}`);
  if (!before)
    throw new Error(`cannot tell what ${tracking} was before the last push; pass --before SHA --after SHA`);
  return { before, after };
}

const ANSI = { bold: 1, dim: 2, green: 32, red: 31, yellow: 33 } as const;
const painter =
  (color: boolean) =>
  (style: keyof typeof ANSI, text: string): string =>
    color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text;
