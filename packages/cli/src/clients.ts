// GitHub as a command asks it (team membership, commit signatures), from the environment. The
// client loads only when a rule asks it something.
import { type GitHubFacts, lazyGitHubFacts } from "@gitops/gate";
import type { CliIo } from "./io.ts";

export function githubFromEnv(io: CliIo): GitHubFacts {
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
