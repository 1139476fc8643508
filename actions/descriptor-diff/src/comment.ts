// The plan as one pull-request comment, updated on every push instead of piling up.
// Octokit is loaded only here, so a run that does not comment never pays for it.
import { octokit } from "@gitops/action-shared";
import { COMMENT_MARKER } from "@gitops/plan";

export interface CommentTarget {
  token: string;
  owner: string;
  repo: string;
  pullNumber: number;
}

/** Creates the plan comment, or updates the one an earlier run left. Returns its URL. */
export async function upsertPlanComment(target: CommentTarget, body: string): Promise<string> {
  const client = await octokit(target.token);
  const where = { owner: target.owner, repo: target.repo, issue_number: target.pullNumber };
  const comments = await client.paginate(client.rest.issues.listComments, { ...where, per_page: 100 });
  const ours = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
  if (ours) {
    const updated = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: ours.id,
      body,
    });
    return updated.data.html_url;
  }
  const created = await client.rest.issues.createComment({ ...where, body });
  return created.data.html_url;
}
