// The gate's rules on the example deploy repo's policy. GitHub and JIRA are given as small
// in-memory directories here; their real clients are tested against the HTTP doubles.
import { readFileSync } from "node:fs";
import { type Config, loadConfig } from "@gitops/model";
import { describe, expect, it } from "vitest";
import type { GitHubFacts, PushFacts, Ticket, TicketSource } from "../src/facts.ts";
import { citedKeys, decide, evaluateGate } from "../src/rules.ts";

const exampleConfig = readFileSync(
  new URL("../../../examples/deploy-repo/gitops.yaml", import.meta.url),
  "utf8",
);

async function config(...edits: [string, string][]): Promise<Config> {
  let text = exampleConfig;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`gitops.yaml lacks ${from}`);
    text = text.replace(from, to);
  }
  const loaded = await loadConfig(text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.value;
}

const sha = (n: number) => String(n).repeat(40).slice(0, 40);

async function push(overrides: Partial<PushFacts> & { env?: string } = {}, cfg?: Config): Promise<PushFacts> {
  const c = cfg ?? (await config());
  const { env = "qa", ...rest } = overrides;
  return {
    config: c,
    environment: c.environments.find((e) => e.name === env)!,
    pusher: "carol-dev",
    commits: [{ sha: sha(1), message: "PAY-12 bump ledger", parents: 1 }],
    plan: { verdict: "allow", configChanged: false, summary: "Plan: 0 to add, 1 to change, 0 to remove" },
    ...rest,
  };
}

class Teams implements GitHubFacts {
  asked: string[] = [];
  constructor(
    private readonly members: Record<string, string[]> = {},
    private readonly verified: string[] = [],
  ) {}
  async isTeamMember(org: string, team: string, login: string) {
    this.asked.push(`${org}/${team}:${login}`);
    return (this.members[`${org}/${team}`] ?? []).includes(login);
  }
  async isCommitVerified(sha: string) {
    return this.verified.includes(sha);
  }
}

class Tickets implements TicketSource {
  fetched: string[] = [];
  inFlight = 0;
  peak = 0;
  constructor(private readonly tickets: Record<string, Omit<Ticket, "key">>) {}
  async ticket(key: string) {
    this.fetched.push(key);
    this.peak = Math.max(this.peak, ++this.inFlight);
    await new Promise((r) => setTimeout(r, 5));
    this.inFlight--;
    const t = this.tickets[key];
    return t ? { key, ...t } : undefined;
  }
}

const done = { status: "Done", approvals: { approved: 0, declined: 0, pending: 0 } };
const ports = (tickets: Record<string, Omit<Ticket, "key">> = { "PAY-12": done }, github = new Teams()) => ({
  github,
  tickets: new Tickets(tickets),
});
const byRule = (r: Awaited<ReturnType<typeof evaluateGate>>, rule: string) =>
  r.results.find((x) => x.rule === rule)!;

describe("gate", () => {
  it("allows an allow-listed push whose tickets and plan are fine", async () => {
    const gate = await evaluateGate(await push(), ports());
    expect(gate.decision).toBe("allow");
    expect(gate.results.map((r) => [r.rule, r.decision])).toEqual([
      ["skip-marker", "allow"],
      ["stale-push", "allow"],
      ["pusher-allowed", "allow"],
      ["signed-commits", "allow"],
      ["config-change", "allow"],
      ["jira-tickets", "allow"],
      ["plan-verdict", "allow"],
    ]);
    expect(byRule(gate, "jira-tickets").reasons).toEqual(['PAY-12 is "Done"']);
  });

  describe("skip-marker", () => {
    it("skips on a marker in the head commit, in any case", async () => {
      const facts = await push({
        commits: [{ sha: sha(1), message: "PAY-12 docs [Skip Deploy]", parents: 1 }],
      });
      const gate = await evaluateGate(facts, ports());
      expect(gate.decision).toBe("skip");
      expect(byRule(gate, "skip-marker").reasons).toEqual([
        'the head commit asks not to deploy ("[skip deploy]")',
      ]);
    });

    it("ignores a marker in an earlier commit", async () => {
      const facts = await push({
        commits: [
          { sha: sha(1), message: "PAY-12 wip [skip deploy]", parents: 1 },
          { sha: sha(2), message: "PAY-12 ready", parents: 1 },
        ],
      });
      expect((await evaluateGate(facts, ports())).decision).toBe("allow");
    });
  });

  it("stale-push: skips when the branch has moved past the push", async () => {
    const gate = await evaluateGate(await push({ branchHead: sha(9) }), ports());
    expect(gate.decision).toBe("skip");
    expect(byRule(gate, "stale-push").reasons[0]).toBe(
      "qa has moved on to 999999999999; the run for that push deploys",
    );
  });

  describe("pusher-allowed", () => {
    it("denies a pusher on no list, and names them", async () => {
      const gate = await evaluateGate(await push({ pusher: "mallory" }), ports());
      expect(gate.decision).toBe("deny");
      expect(byRule(gate, "pusher-allowed").reasons).toEqual([
        "mallory may not deploy to qa: not in gate.allow",
      ]);
    });

    it("allows a member of an allowed team, asking GitHub", async () => {
      const github = new Teams({ "acme/payments": ["dave"] });
      const gate = await evaluateGate(await push({ pusher: "dave" }), ports(undefined, github));
      expect(byRule(gate, "pusher-allowed")).toMatchObject({
        decision: "allow",
        reasons: ["dave is a member of acme/payments"],
      });
      expect(github.asked).toContain("acme/payments:dave");
    });

    it("uses the environment's own list where it has one", async () => {
      // carol-dev is on the top-level list but not on prod's.
      const facts = await push({
        env: "prod",
        plan: { verdict: "allow", configChanged: false, summary: "" },
      });
      expect(byRule(await evaluateGate(facts, ports()), "pusher-allowed").decision).toBe("deny");
    });

    it("denies when nobody is allow-listed (fails closed)", async () => {
      const cfg = await config([
        "  allow:\n    users: [alice-release, bob-sre, carol-dev]\n    teams: [acme/payments]\n",
        "",
      ]);
      const gate = await evaluateGate(await push({}, cfg), ports());
      expect(byRule(gate, "pusher-allowed").reasons[0]).toContain("nobody is allowed to deploy to qa");
    });

    it("denies when GitHub cannot answer, saying so", async () => {
      const github = new Teams();
      github.isTeamMember = async () => {
        throw new Error("GitHub answered 502");
      };
      const gate = await evaluateGate(await push({ pusher: "dave" }), ports(undefined, github));
      expect(byRule(gate, "pusher-allowed")).toEqual({
        rule: "pusher-allowed",
        decision: "deny",
        reasons: ["could not check: GitHub answered 502"],
      });
    });
  });

  it("signed-commits: prod requires every commit verified", async () => {
    const commits = [
      { sha: sha(1), message: "PAY-12 a", parents: 1 },
      { sha: sha(2), message: "PAY-12 b", parents: 1 },
    ];
    const approved = { status: "Approved for Prod", approvals: { approved: 2, declined: 0, pending: 0 } };
    const facts = await push({ env: "prod", pusher: "alice-release", commits });
    const gate = await evaluateGate(facts, ports({ "PAY-12": approved }, new Teams({}, [sha(1)])));
    expect(byRule(gate, "signed-commits")).toMatchObject({
      decision: "deny",
      reasons: ["prod requires signed commits; not verified: 222222222222"],
    });
    const signed = await evaluateGate(facts, ports({ "PAY-12": approved }, new Teams({}, [sha(1), sha(2)])));
    expect(signed.decision).toBe("allow");
  });

  it("config-change: only an admin may change gitops.yaml", async () => {
    const plan = { verdict: "allow" as const, configChanged: true, summary: "" };
    expect(byRule(await evaluateGate(await push({ plan }), ports()), "config-change").decision).toBe("deny");
    expect(
      byRule(await evaluateGate(await push({ plan, pusher: "bob-sre" }), ports()), "config-change").decision,
    ).toBe("allow");
  });

  describe("jira-tickets", () => {
    it("denies a commit that cites no ticket of an allowed project", async () => {
      const facts = await push({
        commits: [
          { sha: sha(1), message: "PAY-12 bump", parents: 1 },
          { sha: sha(2), message: "HR-7 typo\n\nbody", parents: 1 },
        ],
      });
      const gate = await evaluateGate(facts, ports());
      expect(byRule(gate, "jira-tickets")).toMatchObject({
        decision: "deny",
        reasons: ['222222222222 cites no change ticket of PAY, OPS: "HR-7 typo"', 'PAY-12 is "Done"'],
      });
    });

    it("takes a cited failure issue as context: it neither authorises a commit nor blocks it", async () => {
      const failure = {
        status: "To Do",
        approvals: { approved: 0, declined: 0, pending: 0 },
        failureIssue: true,
      };
      const rollback = await push({
        commits: [{ sha: sha(1), message: "PAY-12 roll back api to 1.0.0\n\nIt failed: OPS-7", parents: 1 }],
      });
      const allowed = byRule(
        await evaluateGate(rollback, ports({ "PAY-12": done, "OPS-7": failure })),
        "jira-tickets",
      );
      expect(allowed).toEqual({
        rule: "jira-tickets",
        decision: "allow",
        reasons: ['PAY-12 is "Done"', "OPS-7 is a failure issue gitops opened: context, not a change ticket"],
      });
      // A commit citing only the failure issue cites no change ticket.
      const only = await push({ commits: [{ sha: sha(2), message: "roll back, see OPS-7", parents: 1 }] });
      expect(byRule(await evaluateGate(only, ports({ "OPS-7": failure })), "jira-tickets")).toMatchObject({
        decision: "deny",
        reasons: [
          '222222222222 cites no change ticket of PAY, OPS: "roll back, see OPS-7"',
          expect.any(String),
        ],
      });
    });

    it("skips merge commits by default, and checks only the head when configured", async () => {
      const commits = [
        { sha: sha(1), message: "no ticket here", parents: 1 },
        { sha: sha(2), message: "Merge branch qa", parents: 2 },
        { sha: sha(3), message: "OPS-3 fix", parents: 1 },
      ];
      expect(
        byRule(await evaluateGate(await push({ commits }), ports({ "OPS-3": done })), "jira-tickets")
          .decision,
      ).toBe("deny");
      const headOnly = await config(["    commits: all\n", "    commits: head\n"]);
      const gate = await evaluateGate(await push({ commits }, headOnly), ports({ "OPS-3": done }));
      expect(byRule(gate, "jira-tickets")).toMatchObject({ decision: "allow", reasons: ['OPS-3 is "Done"'] });
    });

    it("denies a missing ticket, a wrong status, and missing approvals", async () => {
      const facts = await push({ commits: [{ sha: sha(1), message: "PAY-1 PAY-2 OPS-9", parents: 1 }] });
      const gate = await evaluateGate(facts, ports({ "PAY-1": { ...done, status: "To Do" }, "OPS-9": done }));
      expect(byRule(gate, "jira-tickets").reasons).toEqual([
        'PAY-1 is "To Do"; qa needs "In Progress" or "In Review" or "Ready for QA" or "Done"',
        "PAY-2 does not exist (or the gate's JIRA user cannot see it)",
        'OPS-9 is "Done"',
      ]);
      const prod = await push({
        env: "prod",
        pusher: "alice-release",
        commits: [{ sha: sha(1), message: "PAY-1", parents: 1 }],
      });
      const half = { status: "Approved for Prod", approvals: { approved: 1, declined: 0, pending: 1 } };
      expect(
        byRule(await evaluateGate(prod, ports({ "PAY-1": half }, new Teams({}, [sha(1)]))), "jira-tickets")
          .reasons,
      ).toEqual(["PAY-1 has 1 of 2 approvals prod needs"]);
    });

    it("fetches each ticket once, all at once", async () => {
      const facts = await push({
        commits: [
          { sha: sha(1), message: "PAY-1 PAY-2", parents: 1 },
          { sha: sha(2), message: "PAY-2 PAY-3 PAY-1", parents: 1 },
        ],
      });
      const p = ports({ "PAY-1": done, "PAY-2": done, "PAY-3": done });
      await evaluateGate(facts, p);
      expect(p.tickets.fetched.sort()).toEqual(["PAY-1", "PAY-2", "PAY-3"]);
      expect(p.tickets.peak).toBe(3);
    });

    it("denies when JIRA cannot answer or no credentials were given", async () => {
      const failing: TicketSource = {
        ticket: async () => {
          throw new Error("JIRA answered 401: check the API token");
        },
      };
      const gate = await evaluateGate(await push(), { github: new Teams(), tickets: failing });
      expect(byRule(gate, "jira-tickets").reasons).toEqual([
        "could not check: JIRA answered 401: check the API token",
      ]);
      const none = await evaluateGate(await push(), { github: new Teams() });
      expect(byRule(none, "jira-tickets").reasons[0]).toContain("no JIRA credentials were given");
    });

    it("finds keys of the allowed projects only, once each", () => {
      expect(citedKeys("PAY-12: fix (see OPS-3, PAY-12, HR-1, pay-4, PAY-0)", ["PAY", "OPS"])).toEqual([
        "PAY-12",
        "OPS-3",
      ]);
    });
  });

  describe("plan-verdict", () => {
    it("denies a destructive plan", async () => {
      const gate = await evaluateGate(
        await push({ plan: { verdict: "deny", configChanged: false, summary: "1 destructive" } }),
        ports(),
      );
      expect(byRule(gate, "plan-verdict")).toMatchObject({
        decision: "deny",
        reasons: ["the plan is destructive: 1 destructive"],
      });
    });

    it("lets a risky plan through only with the environment's approvals on every ticket", async () => {
      const risky = { verdict: "needs-approval" as const, configChanged: false, summary: "1 risky" };
      expect(byRule(await evaluateGate(await push({ plan: risky }), ports()), "plan-verdict").decision).toBe(
        "deny",
      ); // qa needs no approvals
      const facts = await push({
        env: "prod",
        pusher: "alice-release",
        plan: risky,
        commits: [{ sha: sha(1), message: "PAY-1", parents: 1 }],
      });
      const github = new Teams({}, [sha(1)]);
      const approved = { status: "Approved for Prod", approvals: { approved: 2, declined: 0, pending: 0 } };
      expect((await evaluateGate(facts, ports({ "PAY-1": approved }, github))).decision).toBe("allow");
    });
  });

  it("decides deny over skip over allow", () => {
    const r = (decision: "allow" | "skip" | "deny") => ({
      rule: "skip-marker" as const,
      decision,
      reasons: [],
    });
    expect(decide([r("allow"), r("skip")])).toBe("skip");
    expect(decide([r("skip"), r("deny"), r("allow")])).toBe("deny");
    expect(decide([r("allow")])).toBe("allow");
  });
});
