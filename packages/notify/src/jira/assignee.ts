// Who a new failure issue is assigned to: the committer, else the maintainer, if JIRA knows
// their email; else nobody, and the issue is labelled for triage.
import type { ReleaseNotice } from "../notice.ts";
import { TRIAGE_LABEL } from "./labels.ts";
import { type JiraSite, jiraProblem } from "./site.ts";

export interface Assignee {
  accountId?: string;
  name: string;
  /** The delivery's detail: "assigned to Ada Lovelace (committer)", "unassigned (needs-triage): …". */
  detail: string;
}

export async function findAssignee(
  site: JiraSite,
  notice: ReleaseNotice,
  seen: (attempt: number) => void,
): Promise<Assignee> {
  const candidates = [
    { who: "committer", email: notice.committer?.email },
    { who: "maintainer", email: notice.recipients.maintainer.email },
  ].filter((c): c is { who: string; email: string } => Boolean(c.email?.trim()));
  const misses: string[] = [];
  for (const { who, email } of candidates) {
    try {
      const users = await site.jira.call(
        `find the user ${email}`,
        (api) => api.findUsers(api.client, { query: email, maxResults: 20 }),
        seen,
      );
      const active = users.filter((u) => u.active !== false && u.accountId);
      // The query matches prefixes; take the exact email. A site that hides emails answers without
      // them: one hit is then taken as the person.
      const user =
        active.find((u) => u.emailAddress?.toLowerCase() === email.toLowerCase()) ??
        (active.length === 1 && !active[0]!.emailAddress ? active[0] : undefined);
      if (user?.accountId) {
        const name = user.displayName ?? email;
        return { accountId: user.accountId, name, detail: `assigned to ${name} (${who})` };
      }
      misses.push(`no JIRA user for the ${who} ${email}`);
    } catch (error) {
      misses.push(`user search for the ${who} failed (${jiraProblem(error, email)})`);
    }
  }
  if (candidates.length === 0) misses.push("no committer or maintainer email");
  return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
}
