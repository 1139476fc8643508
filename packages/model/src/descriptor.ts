// The deployment descriptor: one service's deployment, as the deploy repo states it.
import { loadChecked, type Problems } from "./checked-file.ts";
import type { LoadResult } from "./diagnostics.ts";
import { parseCpu, parseDuration, parseMemory } from "./quantities.ts";

/** cpu in millicores, memory in bytes. */
export interface Resources {
  cpuMillis: number;
  memoryBytes: number;
}

export interface PortSpec {
  port: number;
  protocol: "tcp" | "udp";
  exposure: "internal" | "public";
}

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

/** Accepted statuses as inclusive ranges: 200 → [200, 200], 2xx → [200, 299]. */
export interface StatusRange {
  from: number;
  to: number;
}

export interface Expectation {
  status: StatusRange[];
  headers: Record<string, string>;
  bodyContains?: string;
  json: Record<string, string | number | boolean | null>;
}

export interface HttpEndpoint {
  kind: "http";
  name: string;
  /** A path (resolved against the service's domain and port) or a full URL. */
  target: string;
  method: HttpMethod;
  headers: Record<string, string>;
  expect: Expectation;
  tls?: { caFile?: string; insecureSkipVerify: boolean };
}

export interface TcpEndpoint {
  kind: "tcp";
  name: string;
  port: number;
}

export type Endpoint = HttpEndpoint | TcpEndpoint;

export interface Healthcheck {
  startupGraceMs: number;
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  endpoints: Endpoint[];
}

export interface SmokeCheck {
  name: string;
  request: { method: HttpMethod; path: string; headers: Record<string, string>; body?: string };
  expect: Expectation;
  timeoutMs?: number;
}

export interface Regression {
  command: string[];
  timeoutMs: number;
  reports?: string;
  env: Record<string, string>;
}

export interface DescriptorOverride {
  domain?: string;
  port?: number;
  replicas?: number;
  resources?: Resources;
}

export interface Descriptor {
  service: string;
  version: string;
  image?: string;
  maintainer: { name?: string; email: string; github?: string };
  domain: string;
  port: number;
  replicas: number;
  resources: Resources;
  ports: PortSpec[];
  healthcheck: Healthcheck;
  notifications: { emails: string[]; slack: string[] };
  smoke?: { checks: SmokeCheck[] };
  regression?: Regression;
  /** Per-environment values, keyed by environment name. */
  overrides: Record<string, DescriptorOverride>;
  /** The file it was read from, relative to the repo root. */
  file: string;
}

// The shapes the schema admits, before normalisation.
type RawQuantity = string | number;
interface RawResources {
  cpu: RawQuantity;
  memory: RawQuantity;
}
type RawStatus = number | string | (number | string)[];
interface RawExpect {
  status?: RawStatus;
  headers?: Record<string, string>;
  bodyContains?: string;
  json?: Record<string, string | number | boolean | null>;
}
interface RawEndpoint {
  name?: string;
  http?: string;
  tcp?: number;
  method?: HttpMethod;
  headers?: Record<string, string>;
  expect?: RawExpect;
  tls?: { caFile?: string; insecureSkipVerify?: boolean };
}
interface RawDescriptor {
  service: string;
  version: string;
  image?: string;
  maintainer: { name?: string; email: string; github?: string };
  domain: string;
  port: number;
  replicas?: number;
  resources: RawResources;
  ports?: (number | { port: number; protocol?: "tcp" | "udp"; exposure?: "internal" | "public" })[];
  healthcheck: {
    startupGrace?: string;
    interval?: string;
    timeout?: string;
    retries?: number;
    endpoints: RawEndpoint[];
  };
  notifications?: { emails?: string[]; slack?: string[] };
  smoke?: {
    checks: {
      name: string;
      request: { method?: HttpMethod; path: string; headers?: Record<string, string>; body?: string };
      expect?: RawExpect;
      timeout?: string;
    }[];
  };
  regression?: { command: string[]; timeout?: string; reports?: string; env?: Record<string, string> };
  overrides?: Record<string, { domain?: string; port?: number; replicas?: number; resources?: RawResources }>;
}

/** Parses, validates and normalises one descriptor. `file` is its path relative to the repo root. */
export function loadDescriptor(file: string, content: Uint8Array | string): Promise<LoadResult<Descriptor>> {
  return loadChecked<RawDescriptor, Descriptor>(file, content, "validateDescriptor", (raw, problems) =>
    normaliseDescriptor(raw, file, problems),
  );
}

function normaliseDescriptor(raw: RawDescriptor, file: string, problems: Problems): Descriptor {
  const stem = file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  if (stem !== raw.service) {
    problems.add(
      ["service"],
      `is "${raw.service}" but the file is named ${stem}.yaml; name the file after the service`,
      "E_SERVICE_NAME_MISMATCH",
    );
  }
  const hc = raw.healthcheck;
  const descriptor: Descriptor = {
    service: raw.service,
    version: raw.version,
    maintainer: raw.maintainer,
    domain: raw.domain,
    port: raw.port,
    replicas: raw.replicas ?? 1,
    resources: parseResources(raw.resources, ["resources"], problems),
    ports: normalisePorts(raw.ports ?? [], problems),
    healthcheck: {
      startupGraceMs: duration(hc.startupGrace ?? "0s", ["healthcheck", "startupGrace"], problems),
      intervalMs: duration(hc.interval ?? "5s", ["healthcheck", "interval"], problems),
      timeoutMs: duration(hc.timeout ?? "2s", ["healthcheck", "timeout"], problems),
      retries: hc.retries ?? 3,
      endpoints: hc.endpoints.map((e, i) => endpoint(e, i)),
    },
    notifications: { emails: raw.notifications?.emails ?? [], slack: raw.notifications?.slack ?? [] },
    overrides: {},
    file,
  };
  if (descriptor.healthcheck.timeoutMs === 0)
    problems.add(["healthcheck", "timeout"], "must be more than zero");
  if (raw.image !== undefined) descriptor.image = raw.image;
  if (raw.smoke) {
    descriptor.smoke = {
      checks: raw.smoke.checks.map((check, i) => {
        const smoke: SmokeCheck = {
          name: check.name,
          request: {
            method: check.request.method ?? "GET",
            path: check.request.path,
            headers: check.request.headers ?? {},
          },
          expect: expectation(check.expect),
        };
        if (check.request.body !== undefined) smoke.request.body = check.request.body;
        if (check.timeout !== undefined) {
          smoke.timeoutMs = duration(check.timeout, ["smoke", "checks", i, "timeout"], problems);
        }
        return smoke;
      }),
    };
    const names = raw.smoke.checks.map((c) => c.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        problems.add(["smoke", "checks", i, "name"], `"${name}" is used by another check`);
    });
  }
  if (raw.regression) {
    const regression: Regression = {
      command: raw.regression.command,
      timeoutMs: duration(raw.regression.timeout ?? "15m", ["regression", "timeout"], problems),
      env: raw.regression.env ?? {},
    };
    if (raw.regression.reports !== undefined) regression.reports = raw.regression.reports;
    descriptor.regression = regression;
  }
  for (const [env, o] of Object.entries(raw.overrides ?? {})) {
    const override: DescriptorOverride = {};
    if (o.domain !== undefined) override.domain = o.domain;
    if (o.port !== undefined) override.port = o.port;
    if (o.replicas !== undefined) override.replicas = o.replicas;
    if (o.resources !== undefined)
      override.resources = parseResources(o.resources, ["overrides", env, "resources"], problems);
    descriptor.overrides[env] = override;
  }
  return descriptor;
}

/** The descriptor as it applies to one environment: its overrides folded in. */
export function forEnvironment(descriptor: Descriptor, environment: string): Descriptor {
  const override = descriptor.overrides[environment];
  return override ? { ...descriptor, ...override } : descriptor;
}

export function parseResources(raw: RawResources, at: (string | number)[], problems: Problems): Resources {
  const cpu = parseCpu(raw.cpu);
  const memory = parseMemory(raw.memory);
  if (!cpu.ok) problems.add([...at, "cpu"], cpu.message);
  if (!memory.ok) problems.add([...at, "memory"], memory.message);
  return { cpuMillis: cpu.ok ? cpu.value : 0, memoryBytes: memory.ok ? memory.value : 0 };
}

function duration(raw: string, at: (string | number)[], problems: Problems): number {
  const parsed = parseDuration(raw);
  if (!parsed.ok) problems.add(at, parsed.message);
  return parsed.ok ? parsed.value : 0;
}

function normalisePorts(raw: NonNullable<RawDescriptor["ports"]>, problems: Problems): PortSpec[] {
  const ports = raw.map(
    (p): PortSpec =>
      typeof p === "number"
        ? { port: p, protocol: "tcp", exposure: "internal" }
        : { port: p.port, protocol: p.protocol ?? "tcp", exposure: p.exposure ?? "internal" },
  );
  ports.forEach((p, i) => {
    const first = ports.findIndex((q) => q.port === p.port && q.protocol === p.protocol);
    if (first !== i)
      problems.add(["ports", i], `${p.protocol} port ${p.port} is already listed at ports[${first}]`);
  });
  return ports;
}

function endpoint(raw: RawEndpoint, index: number): Endpoint {
  if (raw.tcp !== undefined) return { kind: "tcp", name: raw.name ?? `tcp:${raw.tcp}`, port: raw.tcp };
  const target = raw.http!; // the schema's oneOf guarantees http when tcp is absent
  const http: HttpEndpoint = {
    kind: "http",
    name: raw.name ?? target ?? `endpoint ${index + 1}`,
    target,
    method: raw.method ?? "GET",
    headers: raw.headers ?? {},
    expect: expectation(raw.expect),
  };
  if (raw.tls) http.tls = { ...raw.tls, insecureSkipVerify: raw.tls.insecureSkipVerify ?? false };
  return http;
}

function expectation(raw: RawExpect | undefined): Expectation {
  const statuses =
    raw?.status === undefined ? ["2xx"] : Array.isArray(raw.status) ? raw.status : [raw.status];
  const expect: Expectation = {
    status: statuses.map((s) =>
      typeof s === "number" ? { from: s, to: s } : { from: Number(s[0]) * 100, to: Number(s[0]) * 100 + 99 },
    ),
    headers: raw?.headers ?? {},
    json: raw?.json ?? {},
  };
  if (raw?.bodyContains !== undefined) expect.bodyContains = raw.bodyContains;
  return expect;
}
