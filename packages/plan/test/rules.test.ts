// Every risk rule: a change that triggers it, and the safe change it stays silent on.
import type { Descriptor, Environment } from "@gitops/model";
import { describe, expect, it } from "vitest";
import { evaluateRules, type Finding, verdictOf } from "../src/rules.ts";
import { config, descriptor, environment } from "./descriptors.ts";

async function all(): Promise<Descriptor[]> {
  return Promise.all(["payments-api", "ledger", "fraud-scorer"].map((s) => descriptor(s)));
}

/** Findings of one rule when `after` replaces the example's copy of the same service. */
async function findings(
  rule: Finding["rule"],
  env: Environment,
  before: Descriptor | undefined,
  after: Descriptor | undefined,
  requestedEnvironment?: Environment,
): Promise<Finding[]> {
  const service = (after ?? before)!.service;
  const others = (await all()).filter((d) => d.service !== service);
  return evaluateRules({
    environment: env,
    ...(requestedEnvironment ? { requestedEnvironment } : {}),
    deltas: [{ service, ...(before ? { before } : {}), ...(after ? { after } : {}) }],
    allAfter: after ? [...others, after] : others,
    allBefore: before ? [...others, before] : others,
  }).filter((f) => f.rule === rule);
}

describe("capacity-per-service", () => {
  it("fires when one instance asks for more than the environment's limit", async () => {
    const qa = await environment("qa");
    const after = await descriptor("ledger", ["cpu: 250m", "cpu: 2500m"], ["memory: 256Mi", "memory: 5Gi"]);
    const out = await findings("capacity-per-service", qa, await descriptor("ledger"), after);
    expect(out).toEqual([
      expect.objectContaining({
        severity: "destructive",
        service: "ledger",
        field: "resources.cpu",
        message: "asks for 2500m cpu per instance; qa allows at most 2",
      }),
      expect.objectContaining({
        field: "resources.memory",
        message: "asks for 5Gi memory per instance; qa allows at most 4Gi",
      }),
    ]);
  });

  it("uses the environment's override and stays silent at the limit", async () => {
    const prod = await environment("prod");
    // payments-api asks for 2 cpu / 4Gi in prod via its override; prod's limit is 4 / 8Gi.
    const after = await descriptor("payments-api", ["cpu: 1500m", "cpu: 4"]);
    expect(await findings("capacity-per-service", prod, await descriptor("payments-api"), after)).toEqual([]);
  });
});

describe("capacity-total", () => {
  it("fires when all services together would exceed the environment, counting unchanged ones", async () => {
    const qa = await environment("qa", [
      "capacity: { cpu: 8, memory: 16Gi }",
      "capacity: { cpu: 4, memory: 16Gi }",
    ]);
    // Before: 2×1.5 + 0.25 + 0.5 = 3.75 cpu. After: ledger × 4 replicas of 250m → 4.5 cpu.
    const after = await descriptor("ledger", ["port: 8000\n", "port: 8000\nreplicas: 4\n"]);
    const out = await findings("capacity-total", qa, await descriptor("ledger"), after);
    expect(out).toEqual([
      expect.objectContaining({
        severity: "destructive",
        message: "all services together would ask for 4500m cpu; qa holds 4",
      }),
    ]);
  });

  it("does not blame a push that shrinks an environment already over capacity", async () => {
    const qa = await environment("qa", [
      "capacity: { cpu: 8, memory: 16Gi }",
      "capacity: { cpu: 1, memory: 16Gi }",
    ]);
    const after = await descriptor("ledger", ["cpu: 250m", "cpu: 100m"]);
    expect(await findings("capacity-total", qa, await descriptor("ledger"), after)).toEqual([]);
  });
});

describe("port-opened", () => {
  it("fires for a new port outside the allowed list", async () => {
    const qa = await environment("qa");
    const after = await descriptor("ledger", ["ports: [8000]", "ports: [8000, 22]"]);
    expect(await findings("port-opened", qa, await descriptor("ledger"), after)).toEqual([
      expect.objectContaining({
        severity: "destructive",
        field: "ports.tcp/22",
        message: "opens tcp port 22, which qa does not allow",
      }),
    ]);
  });

  it("is silent for an allowed port, and for a port the service already had", async () => {
    const qa = await environment("qa");
    const after = await descriptor("ledger", ["ports: [8000]", "ports: [8000, 8443]"]);
    expect(await findings("port-opened", qa, await descriptor("ledger"), after)).toEqual([]);
    const narrowed = await environment("qa", ['allowed: [80, 443, "8000-8999", 9090]', "allowed: [443]"]);
    expect(
      await findings("port-opened", narrowed, await descriptor("ledger"), await descriptor("ledger")),
    ).toEqual([]);
  });
});

describe("port-closed", () => {
  it("fires when a port the service had is gone", async () => {
    const qa = await environment("qa");
    const after = await descriptor("payments-api", ["  - { port: 9090, protocol: tcp } # metrics\n", ""]);
    expect(await findings("port-closed", qa, await descriptor("payments-api"), after)).toEqual([
      expect.objectContaining({ severity: "risky", field: "ports.tcp/9090" }),
    ]);
  });

  it("is silent when ports are only reordered or one is added", async () => {
    const qa = await environment("qa");
    const after = await descriptor("fraud-scorer", [
      "  - 8500\n  - { port: 8501, protocol: udp }",
      "  - { port: 8501, protocol: udp }\n  - 8500\n  - 8502",
    ]);
    expect(await findings("port-closed", qa, await descriptor("fraud-scorer"), after)).toEqual([]);
  });
});

describe("exposure-changed", () => {
  it("fires when a port goes public where the environment does not list it as public", async () => {
    const qa = await environment("qa");
    const after = await descriptor("ledger", ["ports: [8000]", "ports: [{ port: 8000, exposure: public }]"]);
    expect(await findings("exposure-changed", qa, await descriptor("ledger"), after)).toEqual([
      expect.objectContaining({
        severity: "risky",
        message: "exposes tcp port 8000 to the internet, which qa does not list as public",
      }),
    ]);
  });

  it("fires when a public port goes internal, and is silent when exposure stays", async () => {
    const qa = await environment("qa");
    const after = await descriptor("payments-api", [
      "{ port: 443, exposure: public }",
      "{ port: 443, exposure: internal }",
    ]);
    expect(
      (await findings("exposure-changed", qa, await descriptor("payments-api"), after))[0]?.message,
    ).toBe("takes tcp port 443 off the internet; public clients will fail");
    const same = await descriptor("payments-api", ['version: "2.14.3"', 'version: "2.14.4"']);
    expect(await findings("exposure-changed", qa, await descriptor("payments-api"), same)).toEqual([]);
  });
});

describe("domain-changed", () => {
  it("fires when the environment's domain changes", async () => {
    const stage = await environment("stage");
    const after = await descriptor("ledger", [
      "stage: { domain: ledger.stage.acme.example }",
      "stage: { domain: books.stage.acme.example }",
    ]);
    expect(await findings("domain-changed", stage, await descriptor("ledger"), after)).toEqual([
      expect.objectContaining({
        field: "domain",
        message:
          "moves from ledger.stage.acme.example to books.stage.acme.example; clients of the old name will fail",
      }),
    ]);
  });

  it("is silent when only another environment's domain changes", async () => {
    const qa = await environment("qa");
    const after = await descriptor("ledger", [
      "prod: { domain: ledger.acme.example }",
      "prod: { domain: books.acme.example }",
    ]);
    expect(await findings("domain-changed", qa, await descriptor("ledger"), after)).toEqual([]);
  });
});

describe("version-downgrade", () => {
  it("fires on a semver downgrade, at the environment's severity", async () => {
    const before = await descriptor("payments-api");
    const after = await descriptor("payments-api", ['version: "2.14.3"', 'version: "2.9.0"']);
    expect(await findings("version-downgrade", await environment("qa"), before, after)).toEqual([
      expect.objectContaining({ severity: "risky", message: "downgrades from 2.14.3 to 2.9.0" }),
    ]);
    // prod's gitops.yaml makes downgrades destructive.
    expect((await findings("version-downgrade", await environment("prod"), before, after))[0]?.severity).toBe(
      "destructive",
    );
  });

  it("is silent on an upgrade and asks about versions it cannot order", async () => {
    const before = await descriptor("payments-api");
    const up = await descriptor("payments-api", ['version: "2.14.3"', 'version: "2.15.0-rc.1"']);
    expect(await findings("version-downgrade", await environment("qa"), before, up)).toEqual([]);
    const odd = await descriptor("payments-api", ['version: "2.14.3"', "version: nightly"]);
    expect((await findings("version-downgrade", await environment("qa"), before, odd))[0]?.message).toContain(
      "cannot be ordered",
    );
  });
});

describe("service-removed", () => {
  it("fires when a deployed service disappears", async () => {
    expect(
      await findings("service-removed", await environment("qa"), await descriptor("ledger"), undefined),
    ).toEqual([
      expect.objectContaining({ severity: "destructive", service: "ledger", message: "is removed from qa" }),
    ]);
  });

  it("is silent for a new service", async () => {
    expect(
      await findings("service-removed", await environment("qa"), undefined, await descriptor("ledger")),
    ).toEqual([]);
  });
});

describe("healthcheck-weakened", () => {
  it("fires when an endpoint is dropped, widened or loses its checks", async () => {
    const before = await descriptor("payments-api");
    const after = await descriptor(
      "payments-api",
      ['        status: 200\n        json: { "$.status": UP }\n', "        status: 2xx\n"],
      ["    - name: metrics port\n      tcp: 9090\n", ""],
    );
    const out = await findings("healthcheck-weakened", await environment("qa"), before, after);
    expect(out.map((f) => f.message)).toEqual([
      "checks readiness less: accepts 99 more status codes; no longer checks $.status",
      "no longer checks metrics port",
    ]);
  });

  it("fires when TLS verification is turned off, and is silent when checks get stricter", async () => {
    const before = await descriptor("ledger");
    const insecure = await descriptor("ledger", [
      "    - http: /healthz\n",
      "    - http: /healthz\n      tls: { insecureSkipVerify: true }\n",
    ]);
    expect(
      (await findings("healthcheck-weakened", await environment("qa"), before, insecure))[0]?.message,
    ).toBe("checks /healthz less: stops verifying TLS");
    const stricter = await descriptor("ledger", [
      "    - http: /healthz\n",
      "    - http: /healthz\n      expect: { status: 200, bodyContains: ok }\n",
    ]);
    expect(await findings("healthcheck-weakened", await environment("qa"), before, stricter)).toEqual([]);
  });
});

describe("healthcheck-removed", () => {
  it("fires when only TCP checks remain", async () => {
    const before = await descriptor("fraud-scorer");
    const after = await descriptor("fraud-scorer", [
      '    - name: model loaded\n      http: /admin/status\n      expect:\n        status: [200, 204]\n        headers: { content-type: application/json }\n        json: { "$.model.loaded": true }\n',
      "",
    ]);
    expect(await findings("healthcheck-removed", await environment("qa"), before, after)).toEqual([
      expect.objectContaining({
        severity: "destructive",
        service: "fraud-scorer",
        field: "healthcheck.endpoints",
      }),
    ]);
  });

  it("fires when the pushed gitops.yaml drops the environment's healthcheck stage, and not otherwise", async () => {
    const qa = await environment("qa");
    const without = await environment("qa", [
      "stages: [deploy, healthcheck]\n    driver",
      "stages: [deploy]\n    driver",
    ]);
    const same = await descriptor("ledger");
    expect(await findings("healthcheck-removed", qa, same, same, without)).toEqual([
      expect.objectContaining({ message: "qa no longer runs a healthcheck after deploying" }),
    ]);
    expect(await findings("healthcheck-removed", qa, same, same, qa)).toEqual([]);
  });
});

describe("resource-cut", () => {
  it("fires on a cut larger than the environment's threshold", async () => {
    const before = await descriptor("payments-api");
    const after = await descriptor("payments-api", ["memory: 2Gi", "memory: 512Mi"]);
    expect(await findings("resource-cut", await environment("qa"), before, after)).toEqual([
      expect.objectContaining({
        field: "resources.memory",
        message: "cuts memory from 2Gi to 512Mi (75%, more than 50%)",
      }),
    ]);
  });

  it("is silent within the threshold, which prod sets lower", async () => {
    const before = await descriptor("ledger");
    const after = await descriptor("ledger", ["cpu: 250m", "cpu: 150m"]); // 40% cut
    expect(await findings("resource-cut", await environment("qa"), before, after)).toEqual([]);
    expect(await findings("resource-cut", await environment("prod"), before, after)).toHaveLength(1); // prod: 30%
  });
});

describe("notifications-emptied", () => {
  it("fires when nobody would hear about deployments any more", async () => {
    const before = await descriptor("ledger");
    const after = await descriptor("ledger", [
      'notifications:\n  emails: [dana@acme.example, payments@acme.example]\n  slack: ["#ledger", "#payments-deploys"]\n',
      "",
    ]);
    expect(await findings("notifications-emptied", await environment("qa"), before, after)).toEqual([
      expect.objectContaining({ severity: "risky", field: "notifications" }),
    ]);
  });

  it("is silent while one channel remains", async () => {
    const before = await descriptor("ledger");
    const after = await descriptor("ledger", ['  slack: ["#ledger", "#payments-deploys"]\n', ""]);
    expect(await findings("notifications-emptied", await environment("qa"), before, after)).toEqual([]);
  });
});

describe("policy", () => {
  it("turns a rule off or changes its severity per environment", async () => {
    const off = await environment("qa", [
      "    gate:\n      jira:\n        statuses: [In Progress",
      "    diff: { rules: { service-removed: off } }\n    gate:\n      jira:\n        statuses: [In Progress",
    ]);
    expect(await findings("service-removed", off, await descriptor("ledger"), undefined)).toEqual([]);
    expect((await config()).environments[0]?.diff.rules["service-removed"]).toBe("destructive");
  });

  it("decides the verdict from the worst finding", () => {
    expect(verdictOf([])).toBe("allow");
    expect(verdictOf([{ severity: "safe" }])).toBe("allow");
    expect(verdictOf([{ severity: "safe" }, { severity: "risky" }])).toBe("needs-approval");
    expect(verdictOf([{ severity: "risky" }, { severity: "destructive" }])).toBe("deny");
  });
});
