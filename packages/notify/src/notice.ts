// What every channel is told: one service's release in one environment, at one moment of it.
// The pipeline builds a notice; each Notifier turns it into its own message.

export type ReleaseEvent = "started" | "succeeded" | "failed" | "rolled-back";

export interface StageReport {
  stage: string;
  outcome: "passed" | "failed" | "skipped";
  durationMs: number;
  /** One line: "exited 0", "2/2 endpoints healthy", "12 tests, 2 failed". */
  reason: string;
}

export interface ReleaseNotice {
  event: ReleaseEvent;
  environment: string;
  service: string;
  /** from: what the branch held before the push (absent for a new service); to: what was pushed. */
  version: { from?: string; to?: string };
  /** The GitHub-verified login that pushed. */
  pusher: string;
  /** Who made the pushed commit, from git: where a failure issue is assigned first. */
  committer?: { name?: string; email?: string };
  /** JIRA keys the pushed commits cite, e.g. ["PAY-142"]. */
  tickets: string[];
  /** The plan in one line: "1 to change; risk: 0 destructive, 1 risky". */
  plan: string;
  commit: { sha: string; url?: string };
  /** The workflow run (or local run) that did this. */
  runUrl?: string;
  /** From the descriptor as the environment sees it. */
  recipients: {
    emails: string[];
    slack: string[];
    maintainer: { name?: string; email: string; github?: string };
  };
  /** Stages run so far (empty at "started"). */
  stages: StageReport[];
  /** event "failed": which stage failed, why, and the end of its log. */
  failure?: { stage: string; reason: string; log?: string };
  /** event "rolled-back": the version restored and whether it is healthy again. */
  rollback?: { version: string; ok: boolean; reason: string };
}

/** One message to one destination: a Slack channel, an address, a JIRA issue, the job summary. */
export interface Delivery {
  /** "slack", "email", "jira", "console", "summary". */
  channel: string;
  /** Where it went: "#payments-deploys", "ops@acme.example", "PAY-142", "OPS-17 (new failure issue)". */
  target: string;
  ok: boolean;
  attempts: number;
  /** One line: "delivered", "HTTP 500 after 4 attempts", "recipient refused: 550 …". Never a secret. */
  detail: string;
  /** A link to what was created or commented on, when there is one. */
  url?: string;
}

export interface Notifier {
  readonly channel: string;
  /** Delivers the notice wherever this channel should; reports failures as deliveries, rarely throws. */
  notify(notice: ReleaseNotice, signal?: AbortSignal): Promise<Delivery[]>;
}
