// What the gate judges, and the outside world it asks, as plain data and small interfaces:
// the adapters (actions, CLI) fill these from the event, GitHub and JIRA.
import type { Config, Environment } from "@gitops/model";

export type GateDecision = "allow" | "skip" | "deny";

export type GateRuleId =
  | "skip-marker"
  | "stale-push"
  | "pusher-allowed"
  | "signed-commits"
  | "config-change"
  | "jira-tickets"
  | "plan-verdict";

export interface RuleResult {
  rule: GateRuleId;
  decision: GateDecision;
  reasons: string[];
}

export interface PushedCommit {
  sha: string;
  message: string;
  /** More than one parent: a merge commit. */
  parents: number;
}

export interface PushFacts {
  /** The trusted configuration: gitops.yaml as the branch held it before the push. */
  config: Config;
  environment: Environment;
  /** The GitHub-verified login that pushed (the event's sender / github.actor), never a git author. */
  pusher: string;
  /** The commits the push brings, oldest first; the last is the head. */
  commits: PushedCommit[];
  /** Where the branch points now, if known: a push that is no longer the head is stale. */
  branchHead?: string;
  /** The plan of the push: its verdict and whether it changes gitops.yaml. */
  plan: { verdict: "allow" | "needs-approval" | "deny"; configChanged: boolean; summary: string };
}

/** GitHub, as the gate needs it. Implementations throw when they cannot answer. */
export interface GitHubFacts {
  isTeamMember(org: string, team: string, login: string): Promise<boolean>;
  isCommitVerified(sha: string): Promise<boolean>;
}

export interface Ticket {
  key: string;
  status: string;
  /** Approvals granted and still pending/declined, from Service Management or a configured field. */
  approvals: { approved: number; declined: number; pending: number };
  /** A failure issue gitops opened (it carries FAILURE_LABEL): context for a commit, not a change ticket. */
  failureIssue?: boolean;
}

/** JIRA, as the gate needs it. `undefined` for a ticket that does not exist; throws when JIRA cannot answer. */
export interface TicketSource {
  ticket(key: string): Promise<Ticket | undefined>;
}
