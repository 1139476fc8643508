// JIRA as notify tells it: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.
import { isJiraError, type JiraConnection, openJira } from "@gitops/jira";
import type { RetryOptions } from "@gitops/retry";
import { durationText } from "./messages.ts";
import type { Delivery, Notifier, ReleaseNotice, StageReport } from "./notice.ts";

export interface JiraNotifierOptions {
  connection: JiraConnection;
  /** Where people open issues (links in comments and deliveries). Default `connection.url`. */
  jiraUrl?: string;
  /** Environment -> transition name run on each cited ticket when a release there succeeds. */
  transitions?: Record<string, string>;
  /** Project key for failure issues (e.g. "OPS"); without it a failure only comments on tickets. */
  failureProject?: string;
  /** Issue type of failure issues. Default "Bug". */
  issueType?: string;
  /** Labels every failure issue gets, besides the gitops ones. */
  labels?: string[];
  timeoutMs?: number;
  retry?: RetryOptions;
}

/** The label every failure issue carries; with `service:<svc>` and `env:<env>` it finds the open one. */
export const FAILURE_LABEL = "gitops-failure";
/** Added when nobody could be assigned. */
export const TRIAGE_LABEL = "needs-triage";

const LOG_LINES = 60;
const LOG_CHARS = 4000;

export function jiraNotifier(options: JiraNotifierOptions): Notifier {
  const jira = openJira(options.connection, {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  });
  const base = (options.jiraUrl ?? options.connection.url).replace(/\/+$/, "");
  const browse = (key: string) => `${base}/browse/${key}`;
  const issueType = options.issueType ?? "Bug";

  /** One delivery's JIRA requests: how many attempts the most-retried one took. */
  const attemptsOf = () => {
    const tally = { attempts: 0 };
    const seen = (n: number) => {
      tally.attempts = Math.max(tally.attempts, n);
    };
    return { tally, seen };
  };

  async function commentOnTicket(notice: ReleaseNotice, key: string): Promise<Delivery> {
    const { tally, seen } = attemptsOf();
    const delivery = (ok: boolean, detail: string): Delivery => ({
      channel: "jira",
      target: key,
      ok,
      attempts: Math.max(1, tally.attempts),
      detail,
      url: browse(key),
    });
    const done: string[] = [];
    try {
      await jira.call(
        `comment on ${key}`,
        (api) => api.addComment(api.client, { issueIdOrKey: key, body: releaseComment(notice) }),
        seen,
      );
      done.push("commented");
    } catch (error) {
      const detail = failure(error, key);
      // A ticket that is missing, or credentials that are refused, will not take a transition either.
      if (!isJiraError(error) || !["rejected", "forbidden"].includes(error.kind))
        return delivery(false, detail);
      done.push(`comment refused (${detail})`);
    }
    const transition = notice.event === "succeeded" ? options.transitions?.[notice.environment] : undefined;
    if (!transition) return delivery(done[0] === "commented", done.join("; "));
    try {
      const moved = await transitionTicket(key, transition, seen);
      done.push(moved.detail);
      return delivery(done[0] === "commented" && moved.ok, done.join("; "));
    } catch (error) {
      done.push(failure(error, key));
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
    key: string,
    name: string,
    seen: (n: number) => void,
  ): Promise<{ ok: boolean; detail: string }> {
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

  /** The newest open failure issue of this service in this environment, if any. */
  async function openFailureIssue(
    notice: ReleaseNotice,
    project: string,
    seen: (n: number) => void,
  ): Promise<string | undefined> {
    const found = await jira.call(
      `search ${project} for an open failure issue`,
      (api) =>
        api.searchIssues(api.client, { jql: failureJql(project, notice), fields: ["status"], maxResults: 1 }),
      seen,
    );
    return found.issues?.[0]?.key;
  }

  async function failureIssue(notice: ReleaseNotice, project: string): Promise<Delivery> {
    const { tally, seen } = attemptsOf();
    const delivery = (d: Omit<Delivery, "channel" | "attempts">): Delivery => ({
      channel: "jira",
      attempts: Math.max(1, tally.attempts),
      ...d,
    });
    let subject = project;
    try {
      const open = await openFailureIssue(notice, project, seen);
      if (open) {
        subject = open;
        await jira.call(
          `comment on ${open}`,
          (api) => api.addComment(api.client, { issueIdOrKey: open, body: failedAgainComment(notice) }),
          seen,
        );
        return delivery({
          target: `${open} (open failure issue, commented)`,
          ok: true,
          detail: `failed again: commented on ${open}`,
          url: browse(open),
        });
      }
      const assignee = await findAssignee(notice, seen);
      const labels = failureLabels(notice, options.labels ?? []);
      const fields = {
        project: { key: project },
        issuetype: { name: issueType },
        summary: failureSummary(notice),
        description: failureDescription(notice, browse),
        labels: assignee.accountId ? labels : [...labels, TRIAGE_LABEL],
        ...(assignee.accountId ? { assignee: { accountId: assignee.accountId } } : {}),
      };
      let detail = assignee.detail;
      let created: { key?: string };
      try {
        created = await jira.call(
          `create a failure issue in ${project}`,
          (api) => api.createIssue(api.client, { fields }),
          seen,
        );
      } catch (error) {
        // JIRA refused the assignee (not assignable in this project): create it unassigned instead.
        if (
          !(
            isJiraError(error) &&
            error.kind === "rejected" &&
            error.fieldErrors.assignee &&
            assignee.accountId
          )
        )
          throw error;
        const { assignee: _refused, ...unassigned } = fields;
        created = await jira.call(
          `create a failure issue in ${project}`,
          (api) =>
            api.createIssue(api.client, {
              fields: { ...unassigned, labels: [...labels, TRIAGE_LABEL] },
            }),
          seen,
        );
        detail = `unassigned (${TRIAGE_LABEL}): JIRA refused ${assignee.name} as assignee (${error.fieldErrors.assignee})`;
      }
      const key = created.key ?? "?";
      return delivery({ target: `${key} (new failure issue)`, ok: true, detail, url: browse(key) });
    } catch (error) {
      return delivery({ target: `${project} (failure issue)`, ok: false, detail: failure(error, subject) });
    }
  }

  /** The committer, else the maintainer, if JIRA knows their email; else nobody. */
  async function findAssignee(
    notice: ReleaseNotice,
    seen: (n: number) => void,
  ): Promise<{ accountId?: string; name: string; detail: string }> {
    const candidates = [
      { who: "committer", email: notice.committer?.email },
      { who: "maintainer", email: notice.recipients.maintainer.email },
    ].filter((c): c is { who: string; email: string } => Boolean(c.email?.trim()));
    const misses: string[] = [];
    for (const { who, email } of candidates) {
      try {
        const users = await jira.call(
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
        misses.push(`user search for the ${who} failed (${failure(error, email)})`);
      }
    }
    if (candidates.length === 0) misses.push("no committer or maintainer email");
    return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
  }

  return {
    channel: "jira",
    async notify(notice, signal) {
      // "started" is not written to JIRA (see the top of this file).
      if (notice.event === "started") return [];
      const deliveries: Delivery[] = [];
      const cancelled = (target: string): Delivery => ({
        channel: "jira",
        target,
        ok: false,
        attempts: 0,
        detail: "cancelled before it was sent",
      });
      for (const key of [...new Set(notice.tickets.map((t) => t.trim()).filter(Boolean))]) {
        deliveries.push(signal?.aborted ? cancelled(key) : await commentOnTicket(notice, key));
      }
      const project = options.failureProject;
      if (!project) return deliveries;
      if (signal?.aborted) return [...deliveries, cancelled(`${project} (failure issue)`)];
      if (notice.event === "failed") deliveries.push(await failureIssue(notice, project));
      if (notice.event === "rolled-back") {
        const restored = await recordRollback(notice, project);
        if (restored) deliveries.push(restored);
      }
      return deliveries;
    },
  };

  /** A rollback is recorded on the open failure issue, when there is one. */
  async function recordRollback(notice: ReleaseNotice, project: string): Promise<Delivery | undefined> {
    const { tally, seen } = attemptsOf();
    let subject = project;
    try {
      const open = await openFailureIssue(notice, project, seen);
      if (!open) return undefined;
      subject = open;
      await jira.call(
        `comment on ${open}`,
        (api) => api.addComment(api.client, { issueIdOrKey: open, body: releaseComment(notice) }),
        seen,
      );
      return {
        channel: "jira",
        target: `${open} (open failure issue, commented)`,
        ok: true,
        attempts: Math.max(1, tally.attempts),
        detail: `rollback recorded on ${open}`,
        url: browse(open),
      };
    } catch (error) {
      return {
        channel: "jira",
        target: `${project} (failure issue)`,
        ok: false,
        attempts: Math.max(1, tally.attempts),
        detail: failure(error, subject),
      };
    }
  }
}

// --- labels and JQL ------------------------------------------------------------------------------

/** A JIRA label: no spaces (JIRA refuses them), lower case, only [a-z0-9._:-], at most 255 characters. */
export function labelSafe(value: string): string {
  const label = value
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return (label || "unnamed").slice(0, 255);
}

export function failureLabels(notice: ReleaseNotice, configured: string[]): string[] {
  return [
    ...new Set([
      ...configured.map((l) => l.trim().replace(/\s+/g, "-")).filter(Boolean),
      FAILURE_LABEL,
      `service:${labelSafe(notice.service)}`,
      `env:${labelSafe(notice.environment)}`,
    ]),
  ];
}

const jqlString = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** The open failure issue of this service in this environment, newest first. */
export function failureJql(project: string, notice: ReleaseNotice): string {
  return [
    `project = ${jqlString(project)}`,
    `labels = ${jqlString(FAILURE_LABEL)}`,
    `labels = ${jqlString(`service:${labelSafe(notice.service)}`)}`,
    `labels = ${jqlString(`env:${labelSafe(notice.environment)}`)}`,
    "statusCategory != Done ORDER BY created DESC",
  ].join(" AND ");
}

// --- messages ------------------------------------------------------------------------------------

/** One line for a failed JIRA call, never a secret (the connection redacts them). */
function failure(error: unknown, subject: string): string {
  if (!isJiraError(error)) return `JIRA: ${oneLine(error instanceof Error ? error.message : String(error))}`;
  const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : "";
  switch (error.kind) {
    case "auth":
      return `JIRA 401: the credentials were refused (check the JIRA account email and API token)`;
    case "not-found":
      return `JIRA 404: ${subject} does not exist or this JIRA account may not see it`;
    case "forbidden":
      return `JIRA 403${tries}: ${error.reason}`;
    case "timeout":
      return error.message;
    default:
      return error.status === undefined ? error.message : `JIRA ${error.status}${tries}: ${error.reason}`;
  }
}

function oneLine(text: string, max = 300): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function failureSummary(notice: ReleaseNotice): string {
  const stage = notice.failure?.stage ?? "an unknown stage";
  const version = notice.version.to ? ` ${notice.version.to}` : "";
  return oneLine(
    `Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`,
    255,
  );
}

const versionOf = (notice: ReleaseNotice) => (notice.version.to ? ` ${notice.version.to}` : "");

function headline(notice: ReleaseNotice): string {
  switch (notice.event) {
    case "started":
      return `🚀 ${notice.service}${versionOf(notice)} deployment to ${notice.environment} started`;
    case "succeeded":
      return `✅ ${notice.service}${versionOf(notice)} deployed to ${notice.environment}`;
    case "failed":
      return `❌ ${notice.service}${versionOf(notice)} FAILED at ${notice.failure?.stage ?? "an unknown stage"} in ${notice.environment}`;
    case "rolled-back":
      return `↩️ ${notice.service} rolled back to ${notice.rollback?.version ?? notice.version.from ?? "the previous version"} in ${notice.environment}`;
  }
}

/** The end of a log, where the failure is: the last lines, within a size JIRA renders well. */
export function logExcerpt(log: string): string {
  const lines = log.replace(/\s+$/, "").split("\n");
  let kept = lines.slice(-LOG_LINES).join("\n");
  if (kept.length > LOG_CHARS) kept = kept.slice(-LOG_CHARS).replace(/^[^\n]*\n/, "");
  const cut = lines.length - kept.split("\n").length;
  return cut > 0 ? `… ${cut} earlier line${cut === 1 ? "" : "s"} cut\n${kept}` : kept;
}

// --- ADF -----------------------------------------------------------------------------------------

type Mark = { type: "strong" } | { type: "code" } | { type: "link"; attrs: { href: string } };
type Inline = { type: "text"; text: string; marks?: Mark[] };
type Block = { type: string; attrs?: Record<string, unknown>; content?: (Block | Inline)[] };
type AdfDocument = { version: 1; type: "doc"; content: Block[] };

/** A text node, or nothing for empty text (ADF refuses empty text nodes). */
const text = (value: string, ...marks: Mark[]): Inline[] =>
  value === "" ? [] : [{ type: "text", text: value, ...(marks.length > 0 ? { marks } : {}) }];
const strong = (value: string) => text(value, { type: "strong" });
const link = (value: string, href: string) => text(value, { type: "link", attrs: { href } });
const paragraph = (...content: Inline[][]): Block => ({ type: "paragraph", content: content.flat() });
const bulletList = (items: Inline[][][]): Block => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(...item)] })),
});
const codeBlock = (code: string): Block => ({ type: "codeBlock", content: text(code) });
const doc = (...content: (Block | undefined)[]): AdfDocument => ({
  version: 1,
  type: "doc",
  content: content.filter((b): b is Block => b !== undefined),
});

function stageItems(stages: StageReport[]): Inline[][][] {
  const icon = { passed: "✔", failed: "✘", skipped: "–" } as const;
  return stages.map((s) => [
    text(`${icon[s.outcome]} `),
    strong(s.stage),
    text(` ${s.outcome} in ${durationText(s.durationMs)}${s.reason ? ` (${oneLine(s.reason, 200)})` : ""}`),
  ]);
}

function links(notice: ReleaseNotice): Inline[][] {
  const sha = notice.commit.sha.slice(0, 12);
  const parts: Inline[][] = [
    text("Commit "),
    notice.commit.url ? link(sha, notice.commit.url) : text(sha, { type: "code" }),
  ];
  if (notice.runUrl) parts.push(text(" · "), link("workflow run", notice.runUrl));
  return parts;
}

function body(notice: ReleaseNotice, title: string): Block[] {
  const from = notice.version.from ?? "(new service)";
  const to = notice.version.to ?? "(removed)";
  const committer = notice.committer?.name ?? notice.committer?.email;
  const blocks: (Block | undefined)[] = [
    { type: "heading", attrs: { level: 3 }, content: text(title) },
    paragraph(strong("Version: "), text(`${from} → ${to}`)),
    paragraph(
      strong("Pushed by: "),
      text(notice.pusher),
      ...(committer ? [text(" · "), strong("Committed by: "), text(committer)] : []),
    ),
    notice.plan ? paragraph(strong("Plan: "), text(oneLine(notice.plan))) : undefined,
  ];
  if (notice.event === "failed" && notice.failure) {
    blocks.push(paragraph(strong("Reason: "), text(oneLine(notice.failure.reason, 1000))));
    if (notice.failure.log?.trim()) blocks.push(codeBlock(logExcerpt(notice.failure.log)));
  }
  if (notice.event === "rolled-back" && notice.rollback) {
    blocks.push(
      paragraph(
        strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "),
        text(oneLine(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no")),
      ),
    );
  }
  if (notice.stages.length > 0)
    blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
  blocks.push(paragraph(...links(notice)));
  return blocks.filter((b): b is Block => b !== undefined);
}

/** The comment on a cited ticket (and a rollback's on the failure issue). */
export function releaseComment(notice: ReleaseNotice): AdfDocument {
  return doc(...body(notice, headline(notice)));
}

function failedAgainComment(notice: ReleaseNotice): AdfDocument {
  const stage = notice.failure?.stage ?? "an unknown stage";
  return doc(
    ...body(
      notice,
      `❌ failed again: ${notice.service}${versionOf(notice)} at ${stage} in ${notice.environment}`,
    ),
  );
}

export function failureDescription(notice: ReleaseNotice, browse: (key: string) => string): AdfDocument {
  const tickets = [...new Set(notice.tickets)];
  const ticketLinks = tickets.flatMap((key, i) => [...(i > 0 ? text(", ") : []), ...link(key, browse(key))]);
  const committer = notice.committer
    ? [notice.committer.name, notice.committer.email ? `<${notice.committer.email}>` : undefined]
        .filter(Boolean)
        .join(" ")
    : "";
  return doc(
    ...body(notice, headline(notice)),
    tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined,
    committer ? paragraph(strong("Committer: "), text(committer)) : undefined,
    paragraph(
      text(
        `Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`,
      ),
    ),
  );
}
