import { describe, expect, it } from "vitest";
import { emptyState, HEALTHY_KEPT, type ReleaseRecord, ranHealthy, withHealthy } from "../src/state.ts";
import { applyRelease, baseline, CONFIG_PATH, type Recorded, type ReleaseFacts } from "../src/transition.ts";

const sha = (c: string) => c.repeat(40).slice(0, 40);
const ref = (version: string, c: string) => ({
  version,
  commit: sha(c),
  blob: sha(c.toUpperCase() === c ? c : `${c}b`),
});

function release(outcome: ReleaseRecord["outcome"], after = sha("a")): ReleaseRecord {
  return {
    id: `${after.slice(0, 12)}-1`,
    outcome,
    after,
    pusher: "carol",
    tickets: ["PAY-1"],
    startedAt: "2026-12-04T10:00:00.000Z",
    finishedAt: "2026-12-04T10:01:00.000Z",
    services: [],
  };
}

const start: Recorded = baseline(
  "qa",
  [{ service: "api", file: "services/api.yaml", ref: ref("1.0.0", "1") }],
  "2026-12-01T00:00:00.000Z",
);

describe("applyRelease", () => {
  it("begins from the branch before the first release, assumed to run", () => {
    expect(start.state.services.api?.running).toMatchObject({ version: "1.0.0", assumed: true });
    expect(start.files).toEqual(new Map([["services/api.yaml", ref("1.0.0", "1").blob]]));
    expect(start.state.allowed).toBeUndefined();
  });

  it("records a deployed version as what runs, healthy, and the allowed config as trusted", () => {
    const facts: ReleaseFacts = {
      release: release("succeeded"),
      allowed: true,
      configBlob: sha("c"),
      services: [
        { service: "api", file: "services/api.yaml", outcome: "deployed", pushed: ref("1.1.0", "2") },
      ],
    };
    const next = applyRelease(start, facts);
    expect(next.state.services.api).toMatchObject({
      running: { version: "1.1.0", since: "2026-12-04T10:01:00.000Z", pusher: "carol" },
      last: { version: "1.1.0", outcome: "deployed" },
      healthy: [ref("1.1.0", "2")],
    });
    expect(next.files.get("services/api.yaml")).toBe(ref("1.1.0", "2").blob);
    expect(next.files.get(CONFIG_PATH)).toBe(sha("c"));
    expect(next.state.allowed).toEqual({ commit: sha("a"), at: "2026-12-04T10:00:00.000Z", pusher: "carol" });
    expect(next.state.release).toBe(facts.release);
    // The previous state is untouched.
    expect(start.state.services.api?.running?.version).toBe("1.0.0");
    expect(start.files.has(CONFIG_PATH)).toBe(false);
  });

  it("keeps the last healthy version as what runs after a rollback or a failure", () => {
    const deployed = applyRelease(start, {
      release: release("succeeded"),
      allowed: true,
      configBlob: sha("c"),
      services: [
        { service: "api", file: "services/api.yaml", outcome: "deployed", pushed: ref("1.1.0", "2") },
      ],
    });
    for (const outcome of ["rolled-back", "failed", "cancelled"] as const) {
      const next = applyRelease(deployed, {
        release: release(outcome === "rolled-back" ? "rolled-back" : outcome, sha("b")),
        allowed: true,
        configBlob: sha("d"),
        services: [
          {
            service: "api",
            file: "services/api.yaml",
            outcome,
            pushed: ref("1.2.0", "3"),
            reason: "healthz: 503",
            issue: "OPS-1",
          },
        ],
      });
      expect(next.state.services.api?.running?.version).toBe("1.1.0");
      expect(next.files.get("services/api.yaml")).toBe(ref("1.1.0", "2").blob);
      expect(next.state.services.api?.last).toMatchObject({
        version: "1.2.0",
        outcome,
        reason: "healthz: 503",
        issue: "OPS-1",
      });
      expect(next.state.services.api?.healthy.map((h) => h.version)).toEqual(["1.1.0"]);
    }
  });

  it("changes nothing that runs when the gate denies, and keeps the trusted config", () => {
    const denied = applyRelease(start, {
      release: { ...release("denied"), reasons: ["mallory may not deploy"] },
      allowed: false,
      configBlob: sha("e"),
      services: [],
    });
    expect(denied.files).toEqual(start.files);
    expect(denied.state.allowed).toBeUndefined();
    expect(denied.state.release?.reasons).toEqual(["mallory may not deploy"]);
  });

  it("forgets a removed service, follows a moved one, and takes new bytes that change nothing here", () => {
    const next = applyRelease(start, {
      release: release("succeeded"),
      allowed: true,
      configBlob: sha("c"),
      services: [
        { service: "api", file: "services/api.yaml", outcome: "removed" },
        {
          service: "web",
          file: "services/web.yaml",
          oldFile: "services/www.yaml",
          outcome: "deployed",
          pushed: ref("2.0.0", "4"),
        },
      ],
    });
    expect(next.state.services.api).toBeUndefined();
    expect([...next.files.keys()].sort()).toEqual([CONFIG_PATH, "services/web.yaml"]);
    const unchanged = applyRelease(start, {
      release: release("nothing-to-deploy"),
      allowed: true,
      configBlob: sha("c"),
      services: [
        { service: "api", file: "services/api.yaml", outcome: "unchanged", pushed: ref("1.0.0", "5") },
      ],
    });
    expect(unchanged.files.get("services/api.yaml")).toBe(ref("1.0.0", "5").blob);
    expect(unchanged.state.services.api?.running).toMatchObject({
      version: "1.0.0",
      assumed: true,
      commit: sha("5"),
    });
  });
});

describe("healthy versions", () => {
  it("keeps the newest, each once, the latest last", () => {
    let healthy: ReturnType<typeof withHealthy> = [];
    for (let i = 0; i < HEALTHY_KEPT + 10; i++) healthy = withHealthy(healthy, ref(`1.${i}.0`, "1"));
    healthy = withHealthy(healthy, ref("1.20.0", "2"));
    expect(healthy).toHaveLength(HEALTHY_KEPT);
    expect(healthy.at(-1)).toEqual(ref("1.20.0", "2"));
    expect(healthy.filter((h) => h.version === "1.20.0")).toHaveLength(1);
    const state = { ...emptyState("qa"), services: { api: { file: "services/api.yaml", healthy } } };
    expect(ranHealthy(state, "api", "1.20.0")).toBe(true);
    expect(ranHealthy(state, "api", "1.0.0")).toBe(false);
    expect(ranHealthy(state, "web", "1.20.0")).toBe(false);
  });
});
