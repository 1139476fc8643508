// Risk rules: each looks at what a push changes in one environment and says, in words, what
// could go wrong. Severity comes from gitops.yaml (per environment), with these defaults.
import {
  type Descriptor,
  type Environment,
  forEnvironment,
  formatCpu,
  formatMemory,
  type PortRange,
  type RiskRuleId,
  type Severity,
} from "@gitops/model";
import { compareVersions } from "./versions.ts";

export type FindingSeverity = Exclude<Severity, "off">;

export interface Finding {
  rule: RiskRuleId;
  severity: FindingSeverity;
  service?: string;
  /** The descriptor field the finding is about, in the plan's field names. */
  field?: string;
  message: string;
}

/** One service as deployed (before) and as requested (after), overrides of the environment applied. */
export interface ServiceDelta {
  service: string;
  before?: Descriptor;
  after?: Descriptor;
}

export interface RuleContext {
  /** The environment as the trusted (deployed) gitops.yaml describes it: its policy applies. */
  environment: Environment;
  /** The environment as the pushed gitops.yaml would describe it, when the push changes it. */
  requestedEnvironment?: Environment;
  deltas: ServiceDelta[];
  /** Every service at the requested commit (changed or not), overrides applied. */
  allAfter: Descriptor[];
  /** Every service as deployed, overrides applied. */
  allBefore: Descriptor[];
  /** Whether a version of a service ran healthy in this environment before (the deployment record). */
  ranHealthy?: (service: string, version: string) => boolean;
}

/** A rule's finding; `safe` marks an instance the rule knows to be harmless, whatever its severity. */
type RawFinding = Omit<Finding, "rule" | "severity"> & { safe?: boolean };

interface Rule {
  id: RiskRuleId;
  severity: FindingSeverity;
  check(ctx: RuleContext): RawFinding[];
}

const inRanges = (port: number, ranges: PortRange[] | undefined) =>
  ranges === undefined || ranges.some((r) => port >= r.from && port <= r.to);

const portKey = (p: { port: number; protocol: string }) => `${p.protocol}/${p.port}`;

/** Each changed or added service, both sides with the environment's overrides applied. */
function* pairs(ctx: RuleContext) {
  const env = ctx.environment.name;
  for (const d of ctx.deltas) {
    yield {
      service: d.service,
      before: d.before && forEnvironment(d.before, env),
      after: d.after && forEnvironment(d.after, env),
    };
  }
}

function totals(descriptors: Descriptor[]) {
  return descriptors.reduce(
    (sum, d) => ({
      cpuMillis: sum.cpuMillis + d.resources.cpuMillis * d.replicas,
      memoryBytes: sum.memoryBytes + d.resources.memoryBytes * d.replicas,
    }),
    { cpuMillis: 0, memoryBytes: 0 },
  );
}

export const RULES: readonly Rule[] = [
  {
    id: "capacity-per-service",
    severity: "destructive",
    check(ctx) {
      const limits = ctx.environment.limits;
      if (!limits) return [];
      const out: RawFinding[] = [];
      for (const { service, after } of pairs(ctx)) {
        if (!after) continue;
        const { cpuMillis, memoryBytes } = after.resources;
        if (cpuMillis > limits.cpuMillis) {
          out.push({
            service,
            field: "resources.cpu",
            message: `asks for ${formatCpu(cpuMillis)} cpu per instance; ${ctx.environment.name} allows at most ${formatCpu(limits.cpuMillis)}`,
          });
        }
        if (memoryBytes > limits.memoryBytes) {
          out.push({
            service,
            field: "resources.memory",
            message: `asks for ${formatMemory(memoryBytes)} memory per instance; ${ctx.environment.name} allows at most ${formatMemory(limits.memoryBytes)}`,
          });
        }
      }
      return out;
    },
  },
  {
    id: "capacity-total",
    severity: "destructive",
    check(ctx) {
      const capacity = ctx.environment.capacity;
      if (!capacity) return [];
      const env = ctx.environment.name;
      const after = totals(ctx.allAfter.map((d) => forEnvironment(d, env)));
      const before = totals(ctx.allBefore.map((d) => forEnvironment(d, env)));
      const out: RawFinding[] = [];
      // A push that shrinks an already overfull environment is not to blame for it.
      if (after.cpuMillis > capacity.cpuMillis && after.cpuMillis > before.cpuMillis) {
        out.push({
          message: `all services together would ask for ${formatCpu(after.cpuMillis)} cpu; ${ctx.environment.name} holds ${formatCpu(capacity.cpuMillis)}`,
        });
      }
      if (after.memoryBytes > capacity.memoryBytes && after.memoryBytes > before.memoryBytes) {
        out.push({
          message: `all services together would ask for ${formatMemory(after.memoryBytes)} memory; ${ctx.environment.name} holds ${formatMemory(capacity.memoryBytes)}`,
        });
      }
      return out;
    },
  },
  {
    id: "port-opened",
    severity: "destructive",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!after) continue;
        const had = new Set((before?.ports ?? []).map(portKey));
        for (const p of after.ports) {
          if (had.has(portKey(p)) || inRanges(p.port, ctx.environment.ports.allowed)) continue;
          out.push({
            service,
            field: `ports.${portKey(p)}`,
            message: `opens ${p.protocol} port ${p.port}, which ${ctx.environment.name} does not allow`,
          });
        }
      }
      return out;
    },
  },
  {
    id: "port-closed",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after) continue;
        const keep = new Set(after.ports.map(portKey));
        for (const p of before.ports) {
          if (keep.has(portKey(p))) continue;
          out.push({
            service,
            field: `ports.${portKey(p)}`,
            message: `closes ${p.protocol} port ${p.port}; whatever connects to it will fail`,
          });
        }
      }
      return out;
    },
  },
  {
    id: "exposure-changed",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!after) continue;
        const was = new Map((before?.ports ?? []).map((p) => [portKey(p), p.exposure]));
        for (const p of after.ports) {
          const previous = was.get(portKey(p)) ?? "internal";
          if (p.exposure === previous) continue;
          const publicAllowed = inRanges(p.port, ctx.environment.ports.public ?? []);
          const message =
            p.exposure === "public"
              ? `exposes ${p.protocol} port ${p.port} to the internet${publicAllowed ? "" : `, which ${ctx.environment.name} does not list as public`}`
              : `takes ${p.protocol} port ${p.port} off the internet; public clients will fail`;
          out.push({ service, field: `ports.${portKey(p)}`, message });
        }
      }
      return out;
    },
  },
  {
    id: "domain-changed",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (before && after && before.domain !== after.domain) {
          out.push({
            service,
            field: "domain",
            message: `moves from ${before.domain} to ${after.domain}; clients of the old name will fail`,
          });
        }
      }
      return out;
    },
  },
  {
    id: "version-downgrade",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after || before.version === after.version) continue;
        const order = compareVersions(after.version, before.version);
        if ((order === undefined || order < 0) && ctx.ranHealthy?.(service, after.version)) {
          // Going back to what ran healthy here is how a rollback is made to stick: not a risk.
          out.push({
            service,
            field: "version",
            message: `returns from ${before.version} to ${after.version}, which ran healthy in ${ctx.environment.name} before`,
            safe: true,
          });
        } else if (order === undefined) {
          out.push({
            service,
            field: "version",
            message: `goes from ${before.version} to ${after.version}, which cannot be ordered; check it is not a downgrade`,
          });
        } else if (order < 0) {
          out.push({
            service,
            field: "version",
            message: `downgrades from ${before.version} to ${after.version}`,
          });
        }
      }
      return out;
    },
  },
  {
    id: "service-removed",
    severity: "destructive",
    check(ctx) {
      return ctx.deltas
        .filter((d) => d.before && !d.after)
        .map((d) => ({ service: d.service, message: `is removed from ${ctx.environment.name}` }));
    },
  },
  {
    id: "healthcheck-weakened",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after) continue;
        const now = new Map(after.healthcheck.endpoints.map((e) => [e.name, e]));
        for (const old of before.healthcheck.endpoints) {
          const field = `healthcheck.endpoints.${old.name}`;
          const current = now.get(old.name);
          if (!current) {
            out.push({ service, field, message: `no longer checks ${old.name}` });
          } else if (old.kind === "http" && current.kind === "tcp") {
            out.push({
              service,
              field,
              message: `checks ${old.name} with a TCP connect instead of an HTTP request`,
            });
          } else if (old.kind === "http" && current.kind === "http") {
            const weaker = weakerExpectations(old, current);
            if (weaker.length > 0)
              out.push({ service, field, message: `checks ${old.name} less: ${weaker.join("; ")}` });
          }
        }
      }
      return out;
    },
  },
  {
    id: "healthcheck-removed",
    severity: "destructive",
    check(ctx) {
      const out: RawFinding[] = [];
      const requested = ctx.requestedEnvironment;
      if (
        ctx.environment.stages.includes("healthcheck") &&
        requested &&
        !requested.stages.includes("healthcheck")
      ) {
        out.push({ message: `${ctx.environment.name} no longer runs a healthcheck after deploying` });
      }
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after) continue;
        const http = (d: Descriptor) => d.healthcheck.endpoints.some((e) => e.kind === "http");
        if (http(before) && !http(after)) {
          out.push({
            service,
            field: "healthcheck.endpoints",
            message: "no longer has any HTTP health endpoint; a TCP connect does not show the service works",
          });
        }
      }
      return out;
    },
  },
  {
    id: "resource-cut",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      const threshold = ctx.environment.diff.resourceCutThreshold;
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after) continue;
        const cut = (from: number, to: number) => (from - to) / from;
        const r = [
          ["cpu", before.resources.cpuMillis, after.resources.cpuMillis, formatCpu],
          ["memory", before.resources.memoryBytes, after.resources.memoryBytes, formatMemory],
        ] as const;
        for (const [name, from, to, format] of r) {
          if (cut(from, to) > threshold) {
            out.push({
              service,
              field: `resources.${name}`,
              message: `cuts ${name} from ${format(from)} to ${format(to)} (${Math.round(cut(from, to) * 100)}%, more than ${Math.round(threshold * 100)}%)`,
            });
          }
        }
      }
      return out;
    },
  },
  {
    id: "notifications-emptied",
    severity: "risky",
    check(ctx) {
      const out: RawFinding[] = [];
      for (const { service, before, after } of pairs(ctx)) {
        if (!before || !after) continue;
        const count = (d: Descriptor) => d.notifications.emails.length + d.notifications.slack.length;
        if (count(before) > 0 && count(after) === 0) {
          out.push({
            service,
            field: "notifications",
            message: "no longer tells anyone about its deployments",
          });
        }
      }
      return out;
    },
  },
];

function weakerExpectations(
  old: Extract<Descriptor["healthcheck"]["endpoints"][number], { kind: "http" }>,
  now: Extract<Descriptor["healthcheck"]["endpoints"][number], { kind: "http" }>,
): string[] {
  const out: string[] = [];
  const accepts = (ranges: { from: number; to: number }[], status: number) =>
    ranges.some((r) => status >= r.from && status <= r.to);
  const widened = [];
  for (let status = 100; status <= 599; status++) {
    if (accepts(now.expect.status, status) && !accepts(old.expect.status, status)) widened.push(status);
  }
  if (widened.length > 0)
    out.push(`accepts ${widened.length} more status code${widened.length === 1 ? "" : "s"}`);
  if (old.expect.bodyContains !== undefined && now.expect.bodyContains === undefined)
    out.push("no body check");
  const dropped = Object.keys(old.expect.json).filter((k) => !(k in now.expect.json));
  if (dropped.length > 0) out.push(`no longer checks ${dropped.join(", ")}`);
  const droppedHeaders = Object.keys(old.expect.headers).filter((k) => !(k in now.expect.headers));
  if (droppedHeaders.length > 0) out.push(`no longer checks header ${droppedHeaders.join(", ")}`);
  if (!old.tls?.insecureSkipVerify && now.tls?.insecureSkipVerify) out.push("stops verifying TLS");
  return out;
}

/** Runs every rule the environment has not turned off, at the environment's severity. */
export function evaluateRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ctx.environment.diff.rules[rule.id] ?? rule.severity;
    if (severity === "off") continue;
    for (const { safe, ...raw } of rule.check(ctx))
      findings.push({ rule: rule.id, severity: safe ? "safe" : severity, ...raw });
  }
  return findings;
}

export type Verdict = "allow" | "needs-approval" | "deny";

const VERDICT_RANK = { allow: 0, "needs-approval": 1, deny: 2, never: 3 } as const;

/** Whether a verdict reaches the threshold a step fails on ("never": no verdict does). */
export function verdictFails(verdict: Verdict, failOn: Verdict | "never"): boolean {
  return VERDICT_RANK[verdict] >= VERDICT_RANK[failOn];
}

export function verdictOf(findings: readonly { severity: FindingSeverity }[]): Verdict {
  if (findings.some((f) => f.severity === "destructive")) return "deny";
  if (findings.some((f) => f.severity === "risky")) return "needs-approval";
  return "allow";
}
