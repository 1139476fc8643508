// GitHub's REST API for the actions: Octokit loads only when something is asked, so a run that
// never asks GitHub never pays for it.
import { type GitHubFacts, type GitHubRequest, lazyGitHubFacts } from "@gitops/gate";

/** A factory of Octokit's `request`, authenticated with the token, against GITHUB_API_URL. */
export function octokitRequest(token: string): () => Promise<GitHubRequest> {
  return async () => (await octokit(token)).request;
}

/** The whole Octokit client (pagination, typed endpoints), loaded on first call. */
export async function octokit(token: string) {
  const { getOctokit } = await import("@actions/github");
  return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com" });
}

/** What the gate asks GitHub (team membership, commit signatures) for this repository. */
export function githubFacts(token: string, repository: { owner: string; repo: string }): GitHubFacts {
  return lazyGitHubFacts(octokitRequest(token), repository);
}
