// Notices the tests start from: one release of payments-api to qa, changed per test.
import type { ReleaseNotice } from "../src/notice.ts";

export const SHA = "0123456789abcdef0123456789abcdef01234567";

export function notice(overrides: Partial<ReleaseNotice> = {}): ReleaseNotice {
  return {
    event: "succeeded",
    environment: "qa",
    service: "payments-api",
    version: { from: "2.14.3", to: "2.15.0" },
    pusher: "ada",
    committer: { name: "Ada Lovelace", email: "ada@acme.example" },
    tickets: ["PAY-142", "PAY-150"],
    plan: "1 to change; risk: 0 destructive, 1 risky",
    commit: { sha: SHA, url: `https://github.com/acme/deploy/commit/${SHA}` },
    runUrl: "https://github.com/acme/deploy/actions/runs/42",
    recipients: {
      emails: ["payments@acme.example"],
      slack: ["#payments-deploys"],
      maintainer: { name: "Grace Hopper", email: "grace@acme.example", github: "grace" },
    },
    stages: [
      { stage: "deploy", outcome: "passed", durationMs: 12_300, reason: "exited 0" },
      { stage: "healthcheck", outcome: "passed", durationMs: 850, reason: "2/2 endpoints healthy" },
    ],
    ...overrides,
  };
}

export function failedNotice(overrides: Partial<ReleaseNotice> = {}): ReleaseNotice {
  return notice({
    event: "failed",
    stages: [
      { stage: "deploy", outcome: "passed", durationMs: 12_300, reason: "exited 0" },
      { stage: "smoke", outcome: "failed", durationMs: 4_100, reason: "12 tests, 2 failed" },
    ],
    failure: {
      stage: "smoke",
      reason: "12 tests, 2 failed",
      log: "GET /health 200\nPOST /pay 500\nexpected 201, got 500\n",
    },
    ...overrides,
  });
}

/** Sleeps nothing and remembers what it was asked to wait, so retry tests are instant. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}
