import { readFile } from "node:fs/promises";
import { type Descriptor, forEnvironment, loadDescriptor } from "@gitops/model";
import { describe, expect, it } from "vitest";

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

const example = (name: string) =>
  readFile(new URL(`../../../examples/deploy-repo/services/${name}.yaml`, import.meta.url));

async function loadExample(name: string): Promise<Descriptor> {
  const result = await loadDescriptor(`services/${name}.yaml`, await example(name));
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error(`${name} did not load`);
  return result.value;
}

// Line numbers in the error tests below refer to this text.
const BASE = [
  "service: web", // 1
  'version: "1.4.2"', // 2
  "maintainer:", // 3
  "  email: web@example.com", // 4
  "domain: web.example.com", // 5
  "port: 8080", // 6
  "resources:", // 7
  "  cpu: 250m", // 8
  "  memory: 256Mi", // 9
  "healthcheck:", // 10
  "  interval: 5s", // 11
  "  endpoints:", // 12
  "    - http: /healthz", // 13
  "",
].join("\n");

/** The text as Latin-1 bytes: one byte per character, so é is 0xE9 and not valid UTF-8. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function edit(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`BASE has no ${JSON.stringify(from)}`);
  return BASE.replace(from, to);
}

describe("loadDescriptor on the example repo", () => {
  it("normalises payments-api: millicores, bytes, ms, port forms, statuses, smoke, regression", async () => {
    const d = await loadExample("payments-api");
    expect(d.service).toBe("payments-api");
    expect(d.version).toBe("2.14.3");
    expect(d.image).toBe("registry.acme.example/payments/payments-api:2.14.3");
    expect(d.maintainer).toEqual({
      name: "Payments Team",
      email: "payments@acme.example",
      github: "acme-payments",
    });
    expect(d.domain).toBe("payments.qa.acme.example");
    expect(d.port).toBe(8080);
    expect(d.replicas).toBe(2);
    expect(d.resources).toEqual({ cpuMillis: 1500, memoryBytes: 2 * GiB });
    expect(d.ports).toEqual([
      { port: 8080, protocol: "tcp", exposure: "internal" },
      { port: 443, protocol: "tcp", exposure: "public" },
      { port: 9090, protocol: "tcp", exposure: "internal" },
    ]);
    expect(d.healthcheck).toEqual({
      startupGraceMs: 90_000,
      intervalMs: 10_000,
      timeoutMs: 3000,
      retries: 12,
      endpoints: [
        {
          kind: "http",
          name: "readiness",
          target: "/actuator/health/readiness",
          method: "GET",
          headers: {},
          expect: { status: [{ from: 200, to: 200 }], headers: {}, json: { "$.status": "UP" } },
        },
        { kind: "tcp", name: "metrics port", port: 9090 },
      ],
    });
    expect(d.notifications).toEqual({ emails: ["payments@acme.example"], slack: ["#payments-deploys"] });
    expect(d.smoke?.checks).toEqual([
      {
        name: "quote endpoint answers",
        request: { method: "GET", path: "/api/v1/quote?amount=10&currency=EUR", headers: {} },
        expect: { status: [{ from: 200, to: 200 }], headers: {}, json: {}, bodyContains: '"currency":"EUR"' },
      },
      {
        name: "unknown route is a 404, not a 500",
        request: { method: "GET", path: "/api/v1/does-not-exist", headers: {} },
        expect: { status: [{ from: 404, to: 404 }], headers: {}, json: {} },
      },
    ]);
    expect(d.regression).toEqual({
      command: ["npm", "run", "e2e", "--", "--reporter=junit"],
      timeoutMs: 20 * 60_000,
      reports: "reports/payments-api/*.xml",
      env: {},
    });
    expect(d.overrides).toEqual({
      stage: { domain: "payments.stage.acme.example" },
      prod: {
        domain: "payments.acme.example",
        replicas: 4,
        resources: { cpuMillis: 2000, memoryBytes: 4 * GiB },
      },
    });
    expect(d.file).toBe("services/payments-api.yaml");
  });

  it("fills in defaults: retries 3, interval 5s, timeout 2s, grace 0s, status 2xx, regression 15m", async () => {
    const fraud = await loadExample("fraud-scorer");
    expect(fraud.resources).toEqual({ cpuMillis: 500, memoryBytes: 768 * MiB });
    expect(fraud.replicas).toBe(1);
    expect(fraud.image).toBeUndefined();
    expect(fraud.ports).toEqual([
      { port: 8500, protocol: "tcp", exposure: "internal" },
      { port: 8501, protocol: "udp", exposure: "internal" },
    ]);
    expect(fraud.healthcheck.retries).toBe(3);
    expect(fraud.healthcheck.intervalMs).toBe(5000);
    expect(fraud.healthcheck.timeoutMs).toBe(500);
    expect(fraud.healthcheck.startupGraceMs).toBe(15_000);
    expect(fraud.healthcheck.endpoints).toEqual([
      { kind: "tcp", name: "tcp:8500", port: 8500 },
      {
        kind: "http",
        name: "model loaded",
        target: "/admin/status",
        method: "GET",
        headers: {},
        expect: {
          status: [
            { from: 200, to: 200 },
            { from: 204, to: 204 },
          ],
          headers: { "content-type": "application/json" },
          json: { "$.model.loaded": true },
        },
      },
    ]);
    expect(fraud.smoke).toBeUndefined();
    expect(fraud.regression?.timeoutMs).toBe(15 * 60_000);
    expect(fraud.regression?.env).toEqual({ SCORER_MODE: "shadow" });

    const ledger = await loadExample("ledger");
    expect(ledger.resources).toEqual({ cpuMillis: 250, memoryBytes: 256 * MiB });
    expect(ledger.ports).toEqual([{ port: 8000, protocol: "tcp", exposure: "internal" }]);
    expect(ledger.healthcheck.startupGraceMs).toBe(0);
    expect(ledger.healthcheck.endpoints).toEqual([
      {
        kind: "http",
        name: "/healthz",
        target: "/healthz",
        method: "GET",
        headers: {},
        expect: { status: [{ from: 200, to: 299 }], headers: {}, json: {} },
      },
    ]);
    expect(ledger.regression).toBeUndefined();
  });

  it("forEnvironment folds in that environment's overrides and nothing else", async () => {
    const d = await loadExample("payments-api");
    const prod = forEnvironment(d, "prod");
    expect(prod.domain).toBe("payments.acme.example");
    expect(prod.replicas).toBe(4);
    expect(prod.resources).toEqual({ cpuMillis: 2000, memoryBytes: 4 * GiB });
    expect(prod.port).toBe(8080);
    expect(prod.service).toBe("payments-api");

    const stage = forEnvironment(d, "stage");
    expect(stage.domain).toBe("payments.stage.acme.example");
    expect(stage.replicas).toBe(2);
    expect(stage.resources).toEqual({ cpuMillis: 1500, memoryBytes: 2 * GiB });

    // No overrides for qa: the descriptor as written.
    expect(forEnvironment(d, "qa")).toEqual(d);
    // Folding in does not change the descriptor it started from.
    expect(d.domain).toBe("payments.qa.acme.example");
    expect(d.replicas).toBe(2);
  });
});

describe("loadDescriptor normalisation", () => {
  async function load(text: string | Uint8Array) {
    const result = await loadDescriptor("services/web.yaml", text);
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error("did not load");
    return result.value;
  }

  it("reads cpu as cores or millicores and memory in decimal or binary units", async () => {
    const cases: [string, string, number, number][] = [
      ["0.5", "512Mi", 500, 512 * MiB],
      ["2", "1G", 2000, 1e9],
      ['"1"', "1Gi", 1000, GiB],
      ["100m", "1.5Gi", 100, 1.5 * GiB],
      ["1", "1024", 1000, 1024],
    ];
    for (const [cpu, memory, cpuMillis, memoryBytes] of cases) {
      const d = await load(edit("cpu: 250m", `cpu: ${cpu}`).replace("memory: 256Mi", `memory: ${memory}`));
      expect(d.resources, `${cpu} / ${memory}`).toEqual({ cpuMillis, memoryBytes });
    }
  });

  it("turns status classes into ranges and keeps lists in order", async () => {
    const d = await load(
      edit("    - http: /healthz", '    - http: /healthz\n      expect: { status: [204, "3xx", 5xx] }'),
    );
    const [endpoint] = d.healthcheck.endpoints;
    expect(endpoint?.kind === "http" && endpoint.expect.status).toEqual([
      { from: 204, to: 204 },
      { from: 300, to: 399 },
      { from: 500, to: 599 },
    ]);
  });

  it("keeps tls settings with insecureSkipVerify false unless set", async () => {
    const d = await load(
      edit(
        "    - http: /healthz",
        "    - http: https://web.example.com/healthz\n      tls: { caFile: ca.pem }",
      ),
    );
    const [endpoint] = d.healthcheck.endpoints;
    expect(endpoint?.kind === "http" && endpoint.tls).toEqual({
      caFile: "ca.pem",
      insecureSkipVerify: false,
    });
    expect(endpoint?.kind === "http" && endpoint.name).toBe("https://web.example.com/healthz");
  });

  it("accepts a byte-order mark and CRLF line ends", async () => {
    expect((await load(`\ufeff${BASE}`)).service).toBe("web");
    expect((await load(BASE.replace(/\n/g, "\r\n"))).resources.cpuMillis).toBe(250);
  });

  it("accepts the same file as bytes", async () => {
    expect((await load(new TextEncoder().encode(BASE))).port).toBe(8080);
  });

  it("allows the same port number once per protocol", async () => {
    const d = await load(`${BASE}ports: [53, { port: 53, protocol: udp }]\n`);
    expect(d.ports.map((p) => `${p.protocol}/${p.port}`)).toEqual(["tcp/53", "udp/53"]);
  });
});

interface Expected {
  code: string;
  field: string;
  line: number;
  column: number;
  message: string;
}

const errorCases: [string, string | Uint8Array, Expected][] = [
  [
    "YAML syntax error: a tab as indentation",
    edit("  email", "\temail"),
    { code: "E_YAML_SYNTAX", field: "", line: 4, column: 1, message: "Tabs are not allowed as indentation" },
  ],
  [
    "YAML syntax error: a colon and space inside a plain value",
    edit("domain: web.example.com", "domain: web.example.com: 8080"),
    { code: "E_YAML_SYNTAX", field: "", line: 5, column: 9, message: "Nested mappings are not allowed" },
  ],
  [
    "duplicate key",
    edit("port: 8080\n", "port: 8080\nport: 9090\n"),
    { code: "E_DUPLICATE_KEY", field: "", line: 7, column: 1, message: "duplicate key" },
  ],
  [
    "unknown field, with the field it is a typo of",
    edit("  interval: 5s", "  intervall: 5s"),
    {
      code: "E_UNKNOWN_FIELD",
      field: "healthcheck.intervall",
      line: 11,
      column: 3,
      message: 'did you mean "interval"?',
    },
  ],
  [
    "unknown field that is no typo: the known fields are listed",
    edit("  interval: 5s", "  flavour: vanilla\n  interval: 5s"),
    {
      code: "E_UNKNOWN_FIELD",
      field: "healthcheck.flavour",
      line: 11,
      column: 3,
      message: "unknown field; known fields: startupGrace, interval, timeout, retries, endpoints",
    },
  ],
  [
    "missing required field",
    edit("domain: web.example.com\n", ""),
    { code: "E_MISSING_FIELD", field: "", line: 1, column: 1, message: 'missing required field "domain"' },
  ],
  [
    "missing required nested field",
    edit("  email: web@example.com", "  name: Web Team"),
    { code: "E_MISSING_FIELD", field: "maintainer", line: 4, column: 3, message: '"email"' },
  ],
  [
    "unquoted version 1.10 read as a number",
    edit('version: "1.4.2"', "version: 1.10"),
    { code: "E_INVALID_VALUE", field: "version", line: 2, column: 10, message: "quote it" },
  ],
  [
    "bad duration",
    edit("interval: 5s", "interval: 5 seconds"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.interval",
      line: 11,
      column: 13,
      message: "500ms, 5s, 2m",
    },
  ],
  [
    "duration as a bare number",
    edit("interval: 5s", "interval: 5"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.interval",
      line: 11,
      column: 13,
      message: "500ms, 5s, 2m",
    },
  ],
  [
    "zero healthcheck timeout",
    edit("  interval: 5s", "  interval: 5s\n  timeout: 0s"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.timeout",
      line: 12,
      column: 12,
      message: "more than zero",
    },
  ],
  [
    "bad memory",
    edit("memory: 256Mi", "memory: 256MB"),
    {
      code: "E_INVALID_VALUE",
      field: "resources.memory",
      line: 9,
      column: 11,
      message: "512Mi, 1Gi or 500M",
    },
  ],
  [
    "memory too large",
    edit("memory: 256Mi", "memory: 99999Pi"),
    { code: "E_INVALID_VALUE", field: "resources.memory", line: 9, column: 11, message: "too large" },
  ],
  [
    "zero cpu in millicores (passes the schema, fails normalisation)",
    edit("cpu: 250m", "cpu: 0m"),
    { code: "E_INVALID_VALUE", field: "resources.cpu", line: 8, column: 8, message: "more than zero" },
  ],
  [
    "zero cpu as a number (fails the schema)",
    edit("cpu: 250m", "cpu: 0"),
    { code: "E_INVALID_VALUE", field: "resources.cpu", line: 8, column: 8, message: "millicores (500m)" },
  ],
  [
    "cpu finer than a millicore",
    edit("cpu: 250m", "cpu: 0.0005"),
    {
      code: "E_INVALID_VALUE",
      field: "resources.cpu",
      line: 8,
      column: 8,
      message: "finer than a millicore",
    },
  ],
  [
    "cpu so small it rounds to 0m",
    edit("cpu: 250m", "cpu: 1e-13"),
    {
      code: "E_INVALID_VALUE",
      field: "resources.cpu",
      line: 8,
      column: 8,
      message: "finer than a millicore",
    },
  ],
  [
    "cpu too large",
    edit("cpu: 250m", "cpu: 99999999999999999999m"),
    { code: "E_INVALID_VALUE", field: "resources.cpu", line: 8, column: 8, message: "too large" },
  ],
  [
    "port out of range",
    edit("port: 8080", "port: 70000"),
    { code: "E_INVALID_VALUE", field: "port", line: 6, column: 7, message: "from 1 to 65535" },
  ],
  [
    "port zero in the ports list",
    `${BASE}ports: [8080, 0]\n`,
    { code: "E_INVALID_VALUE", field: "ports[1]", line: 14, column: 15, message: "port number or { port" },
  ],
  [
    "same port and protocol twice",
    `${BASE}ports: [8080, { port: 8080, exposure: public }]\n`,
    {
      code: "E_INVALID_VALUE",
      field: "ports[1]",
      line: 14,
      column: 15,
      message: "already listed at ports[0]",
    },
  ],
  [
    "endpoint with both http and tcp",
    edit("    - http: /healthz", "    - http: /healthz\n      tcp: 8080"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.endpoints[0]",
      line: 13,
      column: 7,
      message: "exactly one of http",
    },
  ],
  [
    "endpoint with neither http nor tcp",
    edit("    - http: /healthz", "    - name: ping"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.endpoints[0]",
      line: 13,
      column: 7,
      message: "exactly one of http",
    },
  ],
  [
    "no endpoints",
    edit("  endpoints:\n    - http: /healthz", "  endpoints: []"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.endpoints",
      line: 12,
      column: 14,
      message: "at least 1 item",
    },
  ],
  [
    "status out of range",
    edit("    - http: /healthz", "    - http: /healthz\n      expect: { status: 600 }"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.endpoints[0].expect.status",
      line: 14,
      column: 25,
      message: "a class such as 2xx",
    },
  ],
  [
    "two smoke checks with one name",
    `${BASE}smoke:\n  checks:\n    - { name: ping, request: { path: / } }\n    - { name: ping, request: { path: /x } }\n`,
    {
      code: "E_INVALID_VALUE",
      field: "smoke.checks[1].name",
      line: 17,
      column: 15,
      message: '"ping" is used by another check',
    },
  ],
  [
    "override key that cannot be an environment name",
    `${BASE}overrides:\n  Prod: { replicas: 2 }\n`,
    { code: "E_INVALID_VALUE", field: "overrides.Prod", line: 15, column: 3, message: 'key "Prod"' },
  ],
  [
    "zero cpu inside an override",
    `${BASE}overrides:\n  prod:\n    resources: { cpu: 0m, memory: 1Gi }\n`,
    {
      code: "E_INVALID_VALUE",
      field: "overrides.prod.resources.cpu",
      line: 16,
      column: 23,
      message: "more than zero",
    },
  ],
  [
    "alias bomb",
    `${BASE}x-a: &a [l, l, l, l, l, l, l, l, l, l]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
    { code: "E_ALIAS_LIMIT", field: "", line: 15, column: 10, message: "aliases expand too much" },
  ],
  [
    "two YAML documents",
    `${BASE}---\n${BASE}`,
    { code: "E_MULTIPLE_DOCUMENTS", field: "", line: 14, column: 1, message: "more than one YAML document" },
  ],
  [
    "a list instead of a mapping",
    "- service: web\n- port: 8080\n",
    { code: "E_INVALID_VALUE", field: "", line: 1, column: 1, message: "must be a mapping" },
  ],
  [
    "a list used as a key",
    edit("healthcheck:", "? [a, b]\n: c\nhealthcheck:"),
    { code: "E_INVALID_VALUE", field: "", line: 10, column: 3, message: "a key must be a plain name" },
  ],
  [
    "a mapping used as a key, deep inside",
    edit("    - http: /healthz", "    - http: /healthz\n      headers: { { a: 1 }: b }"),
    {
      code: "E_INVALID_VALUE",
      field: "healthcheck.endpoints[0].headers",
      line: 14,
      column: 18,
      message: "a key must be a plain name",
    },
  ],
  [
    "an alias of a list used as a key",
    `${BASE}x-list: &list [a, b]\n*list : c\n`,
    { code: "E_INVALID_VALUE", field: "", line: 15, column: 1, message: "a key must be a plain name" },
  ],
  [
    "keys nested in keys, hundreds deep (took minutes before collection keys were refused)",
    `${"? [".repeat(300)}x${"]".repeat(300)}\n`,
    { code: "E_INVALID_VALUE", field: "", line: 1, column: 3, message: "a key must be a plain name" },
  ],
  ["empty file", "", { code: "E_EMPTY_FILE", field: "", line: 1, column: 1, message: "file is empty" }],
  [
    "only comments",
    "# nothing here yet\n",
    { code: "E_EMPTY_FILE", field: "", line: 1, column: 1, message: "no YAML document" },
  ],
  [
    "not UTF-8: a Latin-1 é in a name",
    latin1(edit("maintainer:\n", "maintainer:\n  name: René\n")),
    { code: "E_NOT_UTF8", field: "", line: 4, column: 12, message: "byte 0xe9" },
  ],
  [
    "not UTF-8 in the middle of a line",
    new Uint8Array([0x61, 0x3a, 0x20, 0x62, 0xc3, 0x28, 0x0a]),
    { code: "E_NOT_UTF8", field: "", line: 1, column: 5, message: "byte 0xc3 at offset 4" },
  ],
  [
    "UTF-16 with a byte-order mark",
    new Uint8Array([0xff, 0xfe, ...Array.from(BASE, (c) => [c.charCodeAt(0), 0]).flat()]),
    { code: "E_NOT_UTF8", field: "", line: 1, column: 1, message: "UTF-16" },
  ],
  [
    "over 256 KiB",
    `${BASE}${"# padding\n".repeat(26_215)}`,
    { code: "E_FILE_TOO_LARGE", field: "", line: 1, column: 1, message: "the limit is 262144 bytes" },
  ],
];

describe("loadDescriptor errors", () => {
  it.each(errorCases)("%s", async (_, content, expected) => {
    const { message, ...where } = expected;
    const result = await loadDescriptor("services/web.yaml", content);
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics.map((d) => ({
        code: d.code,
        field: d.field,
        line: d.start.line,
        column: d.start.column,
      })),
    ).toEqual([where]);
    expect(result.diagnostics[0]).toMatchObject({
      file: "services/web.yaml",
      severity: "error",
      message: expect.stringContaining(message),
    });
  });

  it("names the file after the service", async () => {
    const result = await loadDescriptor("services/website.yml", BASE);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([
      {
        code: "E_SERVICE_NAME_MISMATCH",
        file: "services/website.yml",
        field: "service",
        start: { line: 1, column: 10 },
        message: expect.stringContaining("file is named website.yaml"),
      },
    ]);
  });

  it("reports every problem of a file, in line order", async () => {
    const text = edit("port: 8080", "port: 0")
      .replace("memory: 256Mi", "memory: lots")
      .replace("interval: 5s", "interval: 5");
    const result = await loadDescriptor("services/web.yaml", text);
    expect(result.diagnostics.map((d) => [d.field, d.start.line])).toEqual([
      ["port", 6],
      ["resources.memory", 9],
      ["healthcheck.interval", 11],
    ]);
  });

  it("locates problems correctly in a file with CRLF line ends", async () => {
    const result = await loadDescriptor(
      "services/web.yaml",
      edit("memory: 256Mi", "memory: 256MB").replace(/\n/g, "\r\n"),
    );
    expect(result.diagnostics).toMatchObject([{ field: "resources.memory", start: { line: 9, column: 11 } }]);
  });
});
