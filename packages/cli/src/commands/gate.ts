// gitops gate --after SHA [--before SHA] [--env NAME] --as LOGIN: the gate's decision on a push,
// as a dry run from a laptop. GitHub and JIRA credentials come from the environment.
import { resolve } from "node:path";
import { gatePush, jiraFromEnv } from "@gitops/pipeline";
import { openGit } from "@gitops/git";
import { githubFromEnv } from "../clients.ts";
import { type CliIo, EXIT } from "../io.ts";

export interface GateArgs {
  repo: string;
  before?: string;
  after: string;
  environment?: string;
  pusher: string;
  format: "text" | "json";
}

export async function gate(args: GateArgs, io: CliIo): Promise<number> {
  const jira = jiraFromEnv(io.env);
  try {
    const result = await gatePush({
      git: openGit(resolve(io.cwd, args.repo)),
      ...(args.before ? { before: args.before } : {}),
      after: args.after,
      ...(args.environment ? { environment: args.environment } : { branch: args.before ?? args.after }),
      pusher: args.pusher,
      github: githubFromEnv(io),
      ...(jira ? { jira } : {}),
    });
    if (args.format === "json") {
      io.stdout(
        `${JSON.stringify({ decision: result.decision, environment: result.environment.name, results: result.results, tickets: result.tickets }, null, 2)}\n`,
      );
    } else {
      for (const r of result.results)
        io.stdout(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}\n`);
      io.stdout(`\nGate for ${args.pusher} → ${result.environment.name}: ${result.decision}\n`);
    }
    return result.decision === "allow"
      ? EXIT.ok
      : result.decision === "skip"
        ? EXIT.needsApproval
        : EXIT.failed;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    io.stderr(`gitops gate: the gate could not decide, so it denies: ${error.message}\n`);
    return EXIT.failed;
  }
}
