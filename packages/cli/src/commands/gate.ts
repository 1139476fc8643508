// gitops gate --after SHA [--before SHA] [--env NAME] --as LOGIN: the gate's decision on a push,
// as a dry run from a laptop. GitHub and JIRA credentials come from the environment.
import { resolve } from "node:path";
import { type GitHubFacts, lazyGitHubFacts } from "@gitops/gate";
import { gatePush } from "@gitops/pipeline";
import { openGit } from "@gitops/plan";
import { type CliIo, EXIT } from "../io.ts";

export interface GateArgs {
  repo: string;
  before?: string;
  after: string;
  environment?: string;
  pusher: string;
  format: "text" | "json";
}

function github(io: CliIo): GitHubFacts {
  const token = io.env.GITHUB_TOKEN;
  const [owner = "", repo = ""] = (io.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token) {
    const missing = async (): Promise<never> => {
      throw new Error("set GITHUB_TOKEN (and GITHUB_REPOSITORY=owner/repo) to ask GitHub");
    };
    return { isTeamMember: missing, isCommitVerified: missing };
  }
  return lazyGitHubFacts(
    async () => {
      const { getOctokit } = await import("@actions/github");
      return getOctokit(token, { baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com" }).request;
    },
    { owner, repo },
  );
}

export async function gate(args: GateArgs, io: CliIo): Promise<number> {
  const { JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN, JIRA_TOKEN } = io.env;
  const auth = JIRA_TOKEN
    ? { token: JIRA_TOKEN }
    : JIRA_EMAIL && JIRA_API_TOKEN
      ? { email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN }
      : undefined;
  try {
    const result = await gatePush({
      git: openGit(resolve(io.cwd, args.repo)),
      ...(args.before ? { before: args.before } : {}),
      after: args.after,
      ...(args.environment ? { environment: args.environment } : { branch: args.before ?? args.after }),
      pusher: args.pusher,
      github: github(io),
      ...(auth ? { jira: { ...(JIRA_URL ? { url: JIRA_URL } : {}), auth } } : {}),
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
