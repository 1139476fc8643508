// GitHub as the gate asks it: team membership and commit signatures, through an Octokit
// `request` function the adapter passes in (so this package never loads a GitHub client).

import { type RetryOptions, withRetry } from "@gitops/retry";
import type { GitHubFacts } from "./facts.ts";

/** The shape of Octokit's `octokit.request`. */
export type GitHubRequest = (
  route: string,
  parameters: Record<string, unknown>,
) => Promise<{ status: number; data: unknown }>;

interface RequestError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined> };
}

const asRequestError = (error: unknown): RequestError | undefined =>
  typeof error === "object" && error !== null && typeof (error as RequestError).status === "number"
    ? (error as RequestError)
    : undefined;

export function githubFacts(
  request: GitHubRequest,
  repository: { owner: string; repo: string },
  retry: RetryOptions = {},
): GitHubFacts {
  const call = <T>(what: string, run: () => Promise<T>) =>
    withRetry(
      what,
      run,
      (error) => {
        const e = asRequestError(error);
        if (!e) return undefined;
        const retryAfter = e.response?.headers?.["retry-after"];
        return retryAfter === undefined ? { status: e.status } : { status: e.status, retryAfter };
      },
      retry,
    ).catch((error: unknown) => {
      const e = asRequestError(error);
      throw new Error(
        `GitHub: ${what} failed${e ? ` (${e.status} ${e.message})` : `: ${(error as Error).message}`}`,
      );
    });

  return {
    async isTeamMember(org, team, login) {
      try {
        const { data } = await call(`team membership of ${login} in ${org}/${team}`, () =>
          request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
            org,
            team_slug: team,
            username: login,
          }),
        );
        // A pending invitation is not membership.
        return (data as { state?: string }).state === "active";
      } catch (error) {
        // GitHub answers 404 both for "not a member" and for a team the token cannot see.
        if (/\(404 /.test((error as Error).message)) return false;
        throw error;
      }
    },
    async isCommitVerified(sha) {
      const { data } = await call(`signature of ${sha.slice(0, 12)}`, () =>
        request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repository, ref: sha }),
      );
      return (
        (data as { commit?: { verification?: { verified?: boolean } } }).commit?.verification?.verified ===
        true
      );
    },
  };
}

/**
 * GitHubFacts whose client is made on the first question: an adapter passes how to load
 * Octokit, and a run whose rules ask GitHub nothing never loads it.
 */
export function lazyGitHubFacts(
  loadRequest: () => Promise<GitHubRequest>,
  repository: { owner: string; repo: string },
  retry: RetryOptions = {},
): GitHubFacts {
  let facts: Promise<GitHubFacts> | undefined;
  const load = () => (facts ??= loadRequest().then((request) => githubFacts(request, repository, retry)));
  return {
    isTeamMember: async (org, team, login) => (await load()).isTeamMember(org, team, login),
    isCommitVerified: async (sha) => (await load()).isCommitVerified(sha),
  };
}
