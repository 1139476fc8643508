// The cited tickets: a comment on each, and the configured transition when a release succeeds.
import { isJiraError } from "@gitops/jira";
import type { Delivery, ReleaseNotice } from "../notice.ts";
import { releaseComment } from "./message.ts";
import { attemptTally, type JiraSite, jiraProblem } from "./site.ts";

/** Comments on `key`, then runs `transition` (if any) unless the ticket is already there. */
export async function commentOnTicket(
  site: JiraSite,
  notice: ReleaseNotice,
  key: string,
  transition: string | undefined,
): Promise<Delivery> {
  const { seen, attempts } = attemptTally();
  const delivery = (ok: boolean, detail: string): Delivery => ({
    channel: "jira",
    target: key,
    ok,
    attempts: attempts(),
    detail,
    url: site.browse(key),
  });
  const done: string[] = [];
  try {
    await site.jira.call(
      `comment on ${key}`,
      (api) => api.addComment(api.client, { issueIdOrKey: key, body: releaseComment(notice) }),
      seen,
    );
    done.push("commented");
  } catch (error) {
    const detail = jiraProblem(error, key);
    // A ticket that is missing, or credentials that are refused, will not take a transition either.
    if (!isJiraError(error) || !["rejected", "forbidden"].includes(error.kind))
      return delivery(false, detail);
    done.push(`comment refused (${detail})`);
  }
  if (!transition) return delivery(done[0] === "commented", done.join("; "));
  try {
    const moved = await transitionTicket(site, key, transition, seen);
    done.push(moved.detail);
    return delivery(done[0] === "commented" && moved.ok, done.join("; "));
  } catch (error) {
    done.push(jiraProblem(error, key));
    return delivery(false, done.join("; "));
  }
}

/**
 * Runs the named transition, unless the ticket already is where it leads. JIRA lists only the
 * transitions leaving the current status, so "already there" is known when a listed transition of
 * that name leads to the current status, or when the status bears the transition's name (as in
 * JIRA's simplified workflows); otherwise an unavailable transition is reported, not guessed at.
 */
async function transitionTicket(
  site: JiraSite,
  key: string,
  name: string,
  seen: (attempt: number) => void,
): Promise<{ ok: boolean; detail: string }> {
  const { jira } = site;
  const issue = await jira.call(
    `status of ${key}`,
    (api) => api.getIssue(api.client, { issueIdOrKey: key, fields: ["status"] }),
    seen,
  );
  const current = (issue.fields as { status?: { name?: string; id?: string } } | undefined)?.status;
  const status = current?.name ?? "?";
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  const listed = await jira.call(
    `transitions of ${key}`,
    (api) => api.getTransitions(api.client, { issueIdOrKey: key }),
    seen,
  );
  const named = (listed.transitions ?? []).filter((t) => same(t.name, name));
  const leadsHere = named.find(
    (t) => (t.to?.id !== undefined && t.to.id === current?.id) || same(t.to?.name, status),
  );
  if (leadsHere || same(name, status)) return { ok: true, detail: `already in ${status}` };
  const available = named.find((t) => t.isAvailable !== false && t.id !== undefined);
  if (!available) return { ok: false, detail: `no transition named "${name}" from status "${status}"` };
  await jira.call(
    `transition ${key}`,
    (api) => api.doTransition(api.client, { issueIdOrKey: key, transition: { id: available.id } }),
    seen,
  );
  return { ok: true, detail: `moved to ${available.to?.name ?? name}` };
}
