// The gate: every rule looks at the push and says allow, skip or deny, with reasons a person
// can act on. It fails closed: a rule that cannot find out (GitHub or JIRA unreachable, a
// 401, a 5xx after retries) denies, and says why.
import type { Identities } from "@gitops/model";
import type {
  GateDecision,
  GateRuleId,
  GitHubFacts,
  PushedCommit,
  PushFacts,
  RuleResult,
  Ticket,
  TicketSource,
} from "./facts.ts";

export interface GateResult {
  decision: GateDecision;
  results: RuleResult[];
  /** The tickets the push cites, as JIRA answered (missing ones left out). */
  tickets: Ticket[];
}

export interface GatePorts {
  github: GitHubFacts;
  /** Absent when gitops.yaml configures no JIRA; required when it does. */
  tickets?: TicketSource;
}

const result = (rule: GateRuleId, decision: GateDecision, ...reasons: string[]): RuleResult => ({
  rule,
  decision,
  reasons,
});

/** Any deny denies; otherwise any skip skips; otherwise the push may deploy. */
export function decide(results: readonly RuleResult[]): GateDecision {
  if (results.some((r) => r.decision === "deny")) return "deny";
  if (results.some((r) => r.decision === "skip")) return "skip";
  return "allow";
}

export async function evaluateGate(facts: PushFacts, ports: GatePorts): Promise<GateResult> {
  const tickets = await ticketsOf(facts, ports.tickets);
  const rules: [GateRuleId, () => RuleResult | Promise<RuleResult>][] = [
    ["skip-marker", () => skipMarker(facts)],
    ["stale-push", () => stalePush(facts)],
    ["pusher-allowed", () => pusherAllowed(facts, ports.github)],
    ["signed-commits", () => signedCommits(facts, ports.github)],
    ["config-change", () => configChange(facts, ports.github)],
    ["jira-tickets", () => jiraTickets(facts, tickets)],
    ["plan-verdict", () => planVerdict(facts, tickets)],
  ];
  const results = await Promise.all(
    rules.map(async ([rule, run]) => {
      try {
        return await run();
      } catch (error) {
        return result(
          rule,
          "deny",
          `could not check: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }),
  );
  const found =
    tickets instanceof Error ? [] : [...tickets.values()].filter((t): t is Ticket => t !== undefined);
  return { decision: decide(results), results, tickets: found };
}

export function skipMarker(facts: PushFacts): RuleResult {
  const head = facts.commits.at(-1);
  const message = head?.message.toLowerCase() ?? "";
  const marker = facts.config.gate.skipMarkers.find((m) => message.includes(m.toLowerCase()));
  return marker
    ? result("skip-marker", "skip", `the head commit asks not to deploy ("${marker}")`)
    : result("skip-marker", "allow", "no skip marker in the head commit");
}

export function stalePush(facts: PushFacts): RuleResult {
  const head = facts.commits.at(-1)?.sha;
  if (facts.branchHead === undefined || head === undefined) {
    return result("stale-push", "allow", "not checked: where the branch points now is not known");
  }
  if (facts.branchHead === head) return result("stale-push", "allow", "the push is the branch's head");
  return result(
    "stale-push",
    "skip",
    `${facts.environment.branch} has moved on to ${facts.branchHead.slice(0, 12)}; the run for that push deploys`,
  );
}

async function isListed(who: string, list: Identities, github: GitHubFacts): Promise<string | undefined> {
  if (list.users.some((u) => u.toLowerCase() === who.toLowerCase())) return `${who} is listed`;
  // Ask about every team at once; one that says yes is enough.
  const answers = await Promise.all(
    list.teams.map(async (team) => {
      const [org, slug] = team.split("/") as [string, string];
      return (await github.isTeamMember(org, slug, who)) ? team : undefined;
    }),
  );
  const team = answers.find((t) => t !== undefined);
  return team ? `${who} is a member of ${team}` : undefined;
}

export async function pusherAllowed(facts: PushFacts, github: GitHubFacts): Promise<RuleResult> {
  const allow = facts.environment.gate.allow;
  if (allow.users.length === 0 && allow.teams.length === 0) {
    return result(
      "pusher-allowed",
      "deny",
      `nobody is allowed to deploy to ${facts.environment.name}: gitops.yaml lists no users or teams`,
    );
  }
  const why = await isListed(facts.pusher, allow, github);
  return why
    ? result("pusher-allowed", "allow", why)
    : result(
        "pusher-allowed",
        "deny",
        `${facts.pusher} may not deploy to ${facts.environment.name}: not in gate.allow`,
      );
}

export async function signedCommits(facts: PushFacts, github: GitHubFacts): Promise<RuleResult> {
  if (!facts.environment.gate.requireSignedCommits)
    return result("signed-commits", "allow", "signatures are not required here");
  const verified = await Promise.all(facts.commits.map((c) => github.isCommitVerified(c.sha)));
  const unsigned = facts.commits.filter((_, i) => !verified[i]).map((c) => c.sha.slice(0, 12));
  return unsigned.length === 0
    ? result("signed-commits", "allow", `all ${facts.commits.length} commits carry a verified signature`)
    : result(
        "signed-commits",
        "deny",
        `${facts.environment.name} requires signed commits; not verified: ${unsigned.join(", ")}`,
      );
}

export async function configChange(facts: PushFacts, github: GitHubFacts): Promise<RuleResult> {
  if (!facts.plan.configChanged) return result("config-change", "allow", "gitops.yaml is unchanged");
  const why = await isListed(facts.pusher, facts.config.gate.admins, github);
  return why
    ? result("config-change", "allow", `gitops.yaml changes and ${why} as an admin`)
    : result(
        "config-change",
        "deny",
        `the push changes gitops.yaml, which only gate.admins may do; ${facts.pusher} is not one`,
      );
}

/** The commits whose tickets count, per gitops.yaml: all or the head, merges skipped or not. */
export function commitsToCite(facts: PushFacts): PushedCommit[] {
  const jira = facts.config.gate.jira;
  if (!jira) return [];
  const commits = jira.commits === "head" ? facts.commits.slice(-1) : facts.commits;
  return jira.mergeCommits === "skip" ? commits.filter((c) => c.parents < 2) : commits;
}

/** Ticket keys of the allowed projects a message cites, e.g. "PAY-12 fix" → ["PAY-12"]. */
export function citedKeys(message: string, projects: readonly string[]): string[] {
  const keys = message.match(/\b[A-Z][A-Z0-9_]{0,9}-[1-9][0-9]*\b/g) ?? [];
  return [...new Set(keys.filter((k) => projects.includes(k.slice(0, k.lastIndexOf("-")))))];
}

type TicketLookup = Map<string, Ticket | undefined>;

/** Every cited ticket, fetched once each and all at once. */
async function ticketsOf(facts: PushFacts, source: TicketSource | undefined): Promise<TicketLookup | Error> {
  const jira = facts.config.gate.jira;
  if (!jira) return new Map();
  if (!source) return new Error("gitops.yaml requires JIRA tickets but no JIRA credentials were given");
  const keys = [...new Set(commitsToCite(facts).flatMap((c) => citedKeys(c.message, jira.projects)))];
  try {
    const found = await Promise.all(keys.map((k) => source.ticket(k)));
    return new Map(keys.map((k, i) => [k, found[i]]));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function jiraTickets(facts: PushFacts, tickets: TicketLookup | Error): RuleResult {
  const jira = facts.config.gate.jira;
  if (!jira) return result("jira-tickets", "allow", "gitops.yaml requires no JIRA tickets");
  if (tickets instanceof Error) throw tickets;
  const reasons: string[] = [];
  let deny = false;
  for (const commit of commitsToCite(facts)) {
    // A failure issue explains a commit (a rollback) but does not authorise one.
    const keys = citedKeys(commit.message, jira.projects).filter((k) => !tickets.get(k)?.failureIssue);
    if (keys.length === 0) {
      deny = true;
      reasons.push(
        `${commit.sha.slice(0, 12)} cites no change ticket of ${jira.projects.join(", ")}: "${firstLine(commit.message)}"`,
      );
    }
  }
  const { statuses, approvals } = facts.environment.gate.jira;
  for (const [key, ticket] of tickets) {
    if (!ticket) {
      deny = true;
      reasons.push(`${key} does not exist (or the gate's JIRA user cannot see it)`);
      continue;
    }
    if (ticket.failureIssue) {
      reasons.push(`${key} is a failure issue gitops opened: context, not a change ticket`);
      continue;
    }
    if (statuses && !statuses.some((s) => s.toLowerCase() === ticket.status.toLowerCase())) {
      deny = true;
      reasons.push(
        `${key} is "${ticket.status}"; ${facts.environment.name} needs ${statuses.map((s) => `"${s}"`).join(" or ")}`,
      );
    } else if (approvals && ticket.approvals.approved < approvals.required) {
      deny = true;
      reasons.push(
        `${key} has ${ticket.approvals.approved} of ${approvals.required} approvals ${facts.environment.name} needs`,
      );
    } else {
      reasons.push(
        `${key} is "${ticket.status}"${approvals ? ` with ${ticket.approvals.approved} approvals` : ""}`,
      );
    }
  }
  return result("jira-tickets", deny ? "deny" : "allow", ...reasons);
}

export function planVerdict(facts: PushFacts, tickets: TicketLookup | Error): RuleResult {
  const { verdict, summary } = facts.plan;
  if (verdict === "allow") return result("plan-verdict", "allow", summary);
  if (verdict === "deny") return result("plan-verdict", "deny", `the plan is destructive: ${summary}`);
  // Risky: only an environment that requires approvals, with every cited ticket approved, lets it through.
  const approvals = facts.environment.gate.jira.approvals;
  if (!approvals || approvals.required === 0) {
    return result(
      "plan-verdict",
      "deny",
      `the plan is risky and ${facts.environment.name} requires no approvals that could accept it: ${summary}`,
    );
  }
  if (tickets instanceof Error) throw tickets;
  const changeTickets = [...tickets.values()].filter((t) => !t?.failureIssue);
  const approved = changeTickets.filter((t) => t && t.approvals.approved >= approvals.required);
  if (changeTickets.length > 0 && approved.length === changeTickets.length) {
    return result(
      "plan-verdict",
      "allow",
      `the plan is risky, and every cited ticket has ${approvals.required} approvals: ${summary}`,
    );
  }
  return result(
    "plan-verdict",
    "deny",
    `the plan is risky and needs ${approvals.required} approvals on every cited ticket: ${summary}`,
  );
}

const firstLine = (message: string) => message.split("\n", 1)[0] ?? "";
