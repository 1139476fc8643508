// The structural diff of one service: every field that differs between the deployed and the
// requested descriptor, as the environment sees them (its overrides applied), in the units
// people write (so 1024Mi → 1Gi is no change at all).
import {
  type Descriptor,
  durationLiteral,
  type Endpoint,
  type Expectation,
  forEnvironment,
  formatCpu,
  formatMemory,
} from "@gitops/model";

export type Value = string | number | boolean | null | string[];

export interface FieldChange {
  /** The descriptor's own field names: `resources.memory`, `ports.tcp/8080`, `healthcheck.endpoints.readiness`. */
  path: string;
  change: "added" | "removed" | "changed";
  from?: Value;
  to?: Value;
}

type View = { [key: string]: View | Value };

/** A descriptor flattened for comparison and display: keyed lists become maps, units become text. */
export function viewOf(descriptor: Descriptor, environment: string): View {
  const d = forEnvironment(descriptor, environment);
  const view: View = {
    version: d.version,
    image: d.image ?? null,
    domain: d.domain,
    port: d.port,
    replicas: d.replicas,
    resources: { cpu: formatCpu(d.resources.cpuMillis), memory: formatMemory(d.resources.memoryBytes) },
    ports: Object.fromEntries(d.ports.map((p) => [`${p.protocol}/${p.port}`, p.exposure])),
    healthcheck: {
      startupGrace: durationLiteral(d.healthcheck.startupGraceMs),
      interval: durationLiteral(d.healthcheck.intervalMs),
      timeout: durationLiteral(d.healthcheck.timeoutMs),
      retries: d.healthcheck.retries,
      endpoints: Object.fromEntries(d.healthcheck.endpoints.map((e) => [e.name, describeEndpoint(e)])),
    },
    maintainer: d.maintainer.email,
    notifications: { emails: [...d.notifications.emails].sort(), slack: [...d.notifications.slack].sort() },
  };
  if (d.smoke) {
    view.smoke = Object.fromEntries(
      d.smoke.checks.map((c) => [
        c.name,
        `${c.request.method} ${c.request.path} ${describeExpect(c.expect)}`,
      ]),
    );
  }
  if (d.regression) {
    view.regression = { command: d.regression.command, timeout: durationLiteral(d.regression.timeoutMs) };
  }
  return view;
}

export function describeEndpoint(e: Endpoint): string {
  if (e.kind === "tcp") return `tcp ${e.port}`;
  const tls = e.tls?.insecureSkipVerify ? " (TLS unverified)" : "";
  return `${e.method} ${e.target} ${describeExpect(e.expect)}${tls}`;
}

function describeExpect(x: Expectation): string {
  const status = x.status.map((s) => (s.from === s.to ? String(s.from) : `${String(s.from)[0]}xx`)).join("|");
  const parts = [`→ ${status}`];
  if (x.bodyContains !== undefined) parts.push(`body ∋ ${JSON.stringify(x.bodyContains)}`);
  for (const [path, value] of Object.entries(x.json)) parts.push(`${path} = ${JSON.stringify(value)}`);
  for (const [name, value] of Object.entries(x.headers)) parts.push(`${name}: ${value}`);
  return parts.join(", ");
}

/** Every leaf that differs, in a stable order (the view's field order, then keys as they come). */
export function diffViews(before: View | undefined, after: View | undefined, prefix = ""): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const a = before?.[key];
    const b = after?.[key];
    if (isView(a) || isView(b)) {
      changes.push(...diffViews(isView(a) ? a : undefined, isView(b) ? b : undefined, path));
    } else if (a === undefined || a === null) {
      if (b !== undefined && b !== null) changes.push({ path, change: "added", to: b });
    } else if (b === undefined || b === null) {
      changes.push({ path, change: "removed", from: a });
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({ path, change: "changed", from: a, to: b });
    }
  }
  return changes;
}

function isView(v: View | Value | undefined): v is View {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The field changes of one service for one environment (before undefined: added; after undefined: removed). */
export function diffService(
  before: Descriptor | undefined,
  after: Descriptor | undefined,
  environment: string,
): FieldChange[] {
  return diffViews(before && viewOf(before, environment), after && viewOf(after, environment));
}
