// The outside services a command asks, from the environment: GitHub (team membership, commit
// signatures) and JIRA (tickets). Clients load only when a rule asks them something.
import { type GitHubFacts, type JiraConnection, lazyGitHubFacts } from "@gitops/gate";
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

/** JIRA_URL (optional: gitops.yaml's jira.url), JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center). */
export function jiraFromEnv(io: CliIo): { url?: string; auth: JiraConnection["auth"] } | undefined {
  const { JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN, JIRA_TOKEN } = io.env;
  const auth = JIRA_TOKEN
    ? { token: JIRA_TOKEN }
    : JIRA_EMAIL && JIRA_API_TOKEN
      ? { email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN }
      : undefined;
  return auth ? { ...(JIRA_URL ? { url: JIRA_URL } : {}), auth } : undefined;
}
