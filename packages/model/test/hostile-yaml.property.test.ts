// Random and hostile input for the loaders. Whatever the bytes, loadDescriptor and
// loadConfig must answer (no exception, no hang) with either a model whose invariants hold
// or located diagnostics. A hang fails through fast-check's `timeout` plugin (per run) and
// `interruptAfterTimeLimit` (per property, counted as a failure); on failure fast-check
// prints the seed and path that replay the case.
import { readFileSync } from "node:fs";
import {
  type Config,
  type Descriptor,
  type Diagnostic,
  type LoadResult,
  loadConfig,
  loadDescriptor,
  type Resources,
} from "@gitops/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParse } from "../src/fast-yaml.ts";
import { validateConfig, validateDescriptor } from "../src/generated/fast-validators.js";
import { readText } from "../src/text.ts";
import { parseYamlText } from "../src/yaml-source.ts";

const DESCRIPTOR_FILE = "services/web.yaml";
const CONFIG_FILE = "gitops.yaml";

const exampleText = (path: string) =>
  readFileSync(new URL(`../../../examples/deploy-repo/${path}`, import.meta.url), "utf8");
const EXAMPLE_DESCRIPTORS = ["payments-api", "ledger", "fraud-scorer"].map((name) => ({
  file: `services/${name}.yaml`,
  text: exampleText(`services/${name}.yaml`),
}));
const EXAMPLE_CONFIG = exampleText("gitops.yaml");

/** Budget per property: generous for 2 slow cores, far below what a hang takes. */
const PROPERTY_TIME_LIMIT_MS = 10_000;
const RUN_TIME_LIMIT_MS = 2_000;
const options = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  plugins: [
    fc.timeout(RUN_TIME_LIMIT_MS),
    fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS, { failOnInterrupt: true }),
  ],
});

// ---------------------------------------------------------------------------------------
// What every answer must look like.

function expectLocatedFailure(result: { diagnostics: Diagnostic[] }, file: string): void {
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(Number.isInteger(d.start.line) && d.start.line >= 1, `line of ${JSON.stringify(d)}`).toBe(true);
    expect(Number.isInteger(d.start.column) && d.start.column >= 1, `column of ${JSON.stringify(d)}`).toBe(
      true,
    );
    expect(d.file).toBe(file);
    expect(d.code).toMatch(/^E_[A-Z0-9_]+$/);
    expect(typeof d.message).toBe("string");
    expect(d.message.trim()).not.toBe("");
    expect(typeof d.field).toBe("string");
    expect(d.severity).toBe("error");
  }
}

function expectResources(resources: Resources | undefined): void {
  if (!resources) return;
  expect(Number.isSafeInteger(resources.cpuMillis) && resources.cpuMillis > 0).toBe(true);
  expect(Number.isSafeInteger(resources.memoryBytes) && resources.memoryBytes > 0).toBe(true);
}

const isPort = (port: number) => Number.isInteger(port) && port >= 1 && port <= 65535;

function expectDescriptorInvariants(d: Descriptor, file: string): void {
  expect(d.file).toBe(file);
  expect(typeof d.service).toBe("string");
  expect(file.replace(/^.*\//, "").replace(/\.ya?ml$/, "")).toBe(d.service);
  expect(typeof d.version).toBe("string");
  expect(d.version).not.toBe("");
  expect(isPort(d.port)).toBe(true);
  expect(Number.isInteger(d.replicas) && d.replicas >= 1).toBe(true);
  expectResources(d.resources);
  for (const p of d.ports) expect(isPort(p.port)).toBe(true);
  expect(d.healthcheck.endpoints.length).toBeGreaterThan(0);
  for (const e of d.healthcheck.endpoints) {
    if (e.kind === "tcp") expect(isPort(e.port)).toBe(true);
    else {
      expect(typeof e.target).toBe("string");
      for (const s of e.expect.status) expect(s.from >= 100 && s.from <= s.to && s.to <= 599).toBe(true);
    }
  }
  expect(d.healthcheck.timeoutMs).toBeGreaterThan(0);
  for (const ms of [d.healthcheck.intervalMs, d.healthcheck.startupGraceMs, d.healthcheck.timeoutMs]) {
    expect(Number.isSafeInteger(ms) && ms >= 0).toBe(true);
  }
  expect(Number.isInteger(d.healthcheck.retries) && d.healthcheck.retries >= 0).toBe(true);
  for (const override of Object.values(d.overrides)) {
    expectResources(override.resources);
    if (override.port !== undefined) expect(isPort(override.port)).toBe(true);
  }
}

function expectConfigInvariants(config: Config): void {
  expect(config.version).toBe(1);
  expect(config.environments.length).toBeGreaterThan(0);
  const names = config.environments.map((e) => e.name);
  const branches = config.environments.map((e) => e.branch);
  expect(new Set(branches).size).toBe(branches.length);
  for (const env of config.environments) {
    expect(env.driver.command.length).toBeGreaterThan(0);
    expect(Number.isSafeInteger(env.driver.timeoutMs) && env.driver.timeoutMs >= 0).toBe(true);
    if (env.promotesFrom !== undefined) {
      expect(names).toContain(env.promotesFrom);
      expect(env.promotesFrom).not.toBe(env.name);
    }
    expect(env.stages.length).toBeGreaterThan(0);
    const deploy = env.stages.indexOf("deploy");
    expect(deploy <= 0).toBe(true);
    for (const check of ["smoke", "regression"] as const) {
      if (env.stages.includes(check)) {
        expect(env.stages.indexOf("healthcheck")).toBeGreaterThanOrEqual(0);
        expect(env.stages.indexOf("healthcheck")).toBeLessThan(env.stages.indexOf(check));
      }
    }
    expectResources(env.capacity);
    expectResources(env.limits);
    for (const range of [...(env.ports.allowed ?? []), ...(env.ports.public ?? [])]) {
      expect(isPort(range.from) && isPort(range.to) && range.from <= range.to).toBe(true);
    }
    expect(env.diff.resourceCutThreshold >= 0 && env.diff.resourceCutThreshold <= 1).toBe(true);
  }
  for (const env of Object.keys(config.notifications.jira.transitions)) expect(names).toContain(env);
}

async function checkDescriptor(content: string | Uint8Array, file = DESCRIPTOR_FILE): Promise<void> {
  const result: LoadResult<Descriptor> = await loadDescriptor(file, content);
  if (result.ok) {
    expect(result.diagnostics).toEqual([]);
    expectDescriptorInvariants(result.value, file);
  } else {
    expectLocatedFailure(result, file);
  }
}

async function checkConfig(content: string | Uint8Array): Promise<void> {
  const result: LoadResult<Config> = await loadConfig(content);
  if (result.ok) {
    expect(result.diagnostics).toEqual([]);
    expectConfigInvariants(result.value);
  } else {
    expectLocatedFailure(result, CONFIG_FILE);
  }
}

/** Both loaders, on the same input. */
async function checkBoth(content: string | Uint8Array): Promise<void> {
  await checkDescriptor(content);
  await checkConfig(content);
}

// ---------------------------------------------------------------------------------------
// Generators.

const SCHEMA_KEYS = [
  "service",
  "version",
  "image",
  "maintainer",
  "email",
  "name",
  "domain",
  "port",
  "replicas",
  "resources",
  "cpu",
  "memory",
  "ports",
  "protocol",
  "exposure",
  "healthcheck",
  "startupGrace",
  "interval",
  "timeout",
  "retries",
  "endpoints",
  "http",
  "tcp",
  "method",
  "headers",
  "expect",
  "status",
  "json",
  "tls",
  "notifications",
  "slack",
  "emails",
  "smoke",
  "checks",
  "request",
  "path",
  "regression",
  "command",
  "overrides",
  "prod",
  "qa",
  "environments",
  "driver",
  "type",
  "stages",
  "promotesFrom",
  "branch",
  "gate",
  "allow",
  "users",
  "diff",
  "rules",
  "resourceCutThreshold",
  "jira",
  "url",
  "channels",
  "webhook",
  "transitions",
  "__proto__",
  "constructor",
];

const SCALARS = [
  "web",
  '"1.4.2"',
  "1.10",
  "500m",
  "0m",
  "0",
  "0.0005",
  "256Mi",
  "1.5Gi",
  "99999Pi",
  "99999999999999999999m",
  "1e309",
  "-1",
  "8080",
  "70000",
  "2xx",
  "9xx",
  "5s",
  "1m30s",
  "0s",
  "command",
  "deploy",
  "healthcheck",
  "smoke",
  "/healthz",
  "web@example.com",
  "web.example.com",
  "'#web'",
  '"#web"',
  "SLACK_WEBHOOK",
  "https://hooks.slack.com/x",
  "null",
  "~",
  "true",
  ".inf",
  "-.inf",
  ".nan",
  "0x1F",
  "0o17",
  "2001-12-14",
  "'it''s'",
  '"\\u0000"',
  '"\\x"',
  "|\n  block\n",
  ">-\n  folded\n",
  "30%",
  "9000-8000",
];

const PUNCTUATION = [
  ":",
  ": ",
  "-",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  ", ",
  "?",
  "? ",
  "&a ",
  "&b ",
  "*a",
  "*b",
  "*nope",
  "<<: ",
  "!!str ",
  "!!int ",
  "!!map ",
  "!!seq ",
  "!!binary ",
  "!!timestamp ",
  "!!set ",
  "!foo ",
  "!<tag:yaml.org,2002:str> ",
  "---",
  "--- ",
  "...",
  "\n",
  "\n  ",
  "\n    ",
  "\n- ",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "#",
  " # ",
  "'",
  '"',
  "|",
  ">",
  "%YAML 1.2\n",
  "%TAG ! tag:example.com,2000:\n",
  "@",
  "`",
  "\\",
  "\u0000",
  "\ufeff",
  "\u2028",
  "é",
  "😀",
];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 6 }) },
);

/** Token soup: a random sequence of YAML fragments, keys of the schemas and nasty scalars. */
const tokenSoup = fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(""));

/** Line-shaped soup: `key: value` lines at random indentation, closer to what people write. */
const soupLine = fc
  .tuple(
    fc.nat({ max: 8 }),
    fc.constantFrom("", "- ", "? ", "&a ", "<<: *a\n"),
    fc.constantFrom(...SCHEMA_KEYS),
    fc.oneof(fc.constantFrom(...SCALARS), tokenSoup, fc.constant("")),
  )
  .map(([indent, prefix, key, value]) => `${" ".repeat(indent)}${prefix}${key}: ${value}`);
const lineSoup = fc.array(soupLine, { maxLength: 40 }).map((lines) => lines.join("\n"));

const randomScalar = fc.oneof(
  fc.constantFrom(...SCALARS),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Values worth trying for the fields that have a meaning beyond their shape. */
const FIELD_VALUES: Record<string, string[]> = {
  cpu: ["0", "0m", "0.0005", "1.5m", "1e-3", "1e300", "99999999999999999999m", "-1", "0.5", "abc", "''"],
  memory: ["0", "0Mi", "99999Pi", "8Pi", "7Pi", "1.5", "0.1", "512MB", "1e3", "-1", "1Gi"],
  port: ["0", "1", "65535", "65536", "-1", "8080.5", "1e5", "0x1F90", "'8080'"],
  tcp: ["0", "65536", "'22'", "[22]"],
  timeout: ["0s", "0", "0.0001ms", "1.5s", "99999999999h", "5", "-1s", "1m30s"],
  interval: ["0s", "1d", "99999999999h", "5 s"],
  startupGrace: ["0s", "1h", "0.5ms"],
  retries: ["0", "-1", "1000", "1001", "1.5"],
  replicas: ["0", "1", "1000", "1001", "1e3"],
  concurrency: ["0", "64", "65"],
  version: ["1.10", "1", "true", "null", "~", '"1.10"', "[1]", "{a: 1}", "''", "!!str 1.10"],
  status: ["200", "2xx", "600", "'6xx'", "[]", "[200, 2xx]", "99", "5xx"],
  stages: ["[]", "[deploy, deploy]", "[smoke, deploy]", "[healthcheck, deploy]", "[deploy, regression]"],
  promotesFrom: ["qa", "prod", "stage", "nowhere", "''"],
  branch: ["qa", "prod", "a..b", "/x", "release/1"],
  allowed: ["[0]", '["9000-8000"]', '["1-65535"]', '["0-1"]', "[65536]"],
  resourceCutThreshold: ["0%", "100%", "101%", "50", "0.5"],
  webhook: ["https://hooks.slack.com/x", "SLACK_X", "slack_x"],
  service: ["web", "payments-api", "ledger", "fraud-scorer", "Web", "''"],
};

type Mutation =
  | { kind: "field"; key: string; nth: number; value: string }
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "indent"; at: number; by: number }
  | { kind: "tab"; at: number }
  | { kind: "value"; at: number; value: string }
  | { kind: "insert"; at: number; line: string };

const fieldMutation: fc.Arbitrary<Mutation> = fc.constantFrom(...Object.keys(FIELD_VALUES)).chain((key) =>
  fc.record({
    kind: fc.constant("field" as const),
    key: fc.constant(key),
    nth: fc.nat(),
    value: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(FIELD_VALUES[key] ?? [])) }, randomScalar),
  }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fieldMutation },
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("tab" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("value" as const), at: fc.nat(), value: randomScalar }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: fc.oneof(soupLine, tokenSoup) }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    const at = (m.kind === "field" ? m.nth : m.at) % lines.length;
    const line = lines[at] ?? "";
    switch (m.kind) {
      case "field": {
        // The nth line setting this field, block or flow style; its value replaced.
        const setting = new RegExp(`(^|[\\s{,])${m.key}: [^,}]*`);
        const found = lines.flatMap((l, i) => (setting.test(l) ? [i] : []));
        const i = found[m.nth % Math.max(found.length, 1)];
        if (i !== undefined) lines[i] = lines[i]!.replace(setting, `$1${m.key}: ${m.value}`);
        break;
      }
      case "delete":
        lines.splice(at, 1);
        break;
      case "duplicate":
        lines.splice(at, 0, line);
        break;
      case "swap": {
        const other = m.with % lines.length;
        lines[at] = lines[other] ?? "";
        lines[other] = line;
        break;
      }
      case "indent":
        lines[at] = m.by >= 0 ? `${" ".repeat(m.by)}${line}` : line.replace(new RegExp(`^ {0,${-m.by}}`), "");
        break;
      case "tab":
        lines[at] = line.replace(/^ +/, "\t");
        break;
      case "value":
        // Replace what follows the first ": " (or the list item), keeping the key.
        lines[at] = /: /.test(line)
          ? line.replace(/: .*$/, `: ${m.value}`)
          : line.replace(/- .*$/, `- ${m.value}`);
        break;
      case "insert":
        lines.splice(at, 0, m.line);
        break;
    }
    if (lines.length === 0) lines.push("");
  }
  return lines.join("\n");
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

const OPENERS = ["[", "{", "- ", "? ", "{a: ", "[{", "? [", "{? ", "!!seq [", "&x ["];
const CLOSERS: Record<string, string> = {
  "[": "]",
  "{": "}",
  "{a: ": "}",
  "[{": "}]",
  "? [": "]",
  "{? ": "}",
  "!!seq [": "]",
  "&x [": "]",
};

/** Deep nesting, closed or not, alone or as the value of a field of a valid descriptor. */
const deepNesting = fc
  .record({
    opener: fc.constantFrom(...OPENERS),
    depth: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
      { weight: 3, arbitrary: fc.integer({ min: 300, max: 3000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 3000, max: 12_000 }) },
    ),
    closed: fc.boolean(),
    at: fc.constantFrom("alone", "unknown-field", "override-domain", "headers"),
  })
  .map(({ opener, depth, closed, at }) => {
    const closer = CLOSERS[opener] ?? "";
    const nest = opener.repeat(depth) + (closed ? `x${closer.repeat(depth)}` : "");
    const base = EXAMPLE_DESCRIPTORS[1]!.text;
    switch (at) {
      case "alone":
        return nest;
      case "unknown-field":
        return `${base}x: ${nest}\n`;
      case "override-domain":
        return base.replace("prod: { domain: ledger.acme.example }", `prod: { domain: ${nest} }`);
      default:
        return base.replace("    - http: /healthz", `    - http: /healthz\n      headers: { a: ${nest} }`);
    }
  });

/** Aliases: exponential fan-out, long chains, merge keys, aliases as keys, undefined anchors. */
const aliasChains = fc
  .record({
    width: fc.integer({ min: 1, max: 12 }),
    depth: fc.integer({ min: 1, max: 40 }),
    style: fc.constantFrom("seq", "map", "merge", "key", "undefined", "self"),
    underValidDescriptor: fc.boolean(),
  })
  .map(({ width, depth, style, underValidDescriptor }) => {
    const lines = ["a0: &a0 [lol, lol]"];
    for (let i = 1; i <= depth; i++) {
      const prev = `*a${i - 1}`;
      if (style === "seq") lines.push(`a${i}: &a${i} [${Array(width).fill(prev).join(", ")}]`);
      else if (style === "map")
        lines.push(`a${i}: &a${i} {${Array.from({ length: width }, (_, k) => `k${k}: ${prev}`).join(", ")}}`);
      else if (style === "merge") lines.push(`a${i}: &a${i}\n  <<: ${prev}\n  k${i}: ${prev}`);
      else if (style === "key") lines.push(`a${i}: &a${i} { ${prev} : ${prev} }`);
      else if (style === "undefined") lines.push(`a${i}: *missing${i}`);
      else lines.push(`a${i}: &a${i} [*a${i}]`);
    }
    const text = `${lines.join("\n")}\n`;
    return underValidDescriptor ? `${EXAMPLE_DESCRIPTORS[0]!.text}${text}` : text;
  });

// ---------------------------------------------------------------------------------------
// Properties.

describe("hostile input to loadDescriptor and loadConfig", () => {
  it("random strings of any code points", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 100 }),
          fc.string({ unit: "binary-ascii", maxLength: 200 }),
        ),
        checkBoth,
      ),
      options(300),
    );
  });

  it("random bytes, bare or behind a UTF-8 or UTF-16 byte-order mark", async () => {
    const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 400 }),
        async (prefix, bytes) => {
          await checkBoth(Uint8Array.from([...prefix, ...bytes]));
        },
      ),
      options(300),
    );
  });

  it("a string and its UTF-8 bytes load alike", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(tokenSoup, fc.string({ unit: "binary", maxLength: 80 })), async (text) => {
        const fromText = await loadDescriptor(DESCRIPTOR_FILE, text);
        const fromBytes = await loadDescriptor(DESCRIPTOR_FILE, new TextEncoder().encode(text));
        expect(fromBytes).toEqual(fromText);
      }),
      options(150),
    );
  });

  it("YAML token soup", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(tokenSoup, lineSoup), checkBoth), options(400));
  });

  it("mutations of the example descriptors", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLE_DESCRIPTORS), mutations, async (example, changes) => {
        await checkDescriptor(mutate(example.text, changes), example.file);
      }),
      options(400),
    );
  });

  it("mutations of the example gitops.yaml", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        await checkConfig(mutate(EXAMPLE_CONFIG, changes));
      }),
      options(300),
    );
  });

  it("deep nesting, up to 12,000 levels", async () => {
    await fc.assert(fc.asyncProperty(deepNesting, checkBoth), options(50));
  });

  it("alias chains and billion laughs", async () => {
    await fc.assert(fc.asyncProperty(aliasChains, checkBoth), options(150));
  });

  it("the unmutated examples load (the generators start from valid files)", async () => {
    for (const { file, text } of EXAMPLE_DESCRIPTORS) {
      const result = await loadDescriptor(file, text);
      expect(result.ok).toBe(true);
      if (result.ok) expectDescriptorInvariants(result.value, file);
    }
    const config = await loadConfig(EXAMPLE_CONFIG);
    expect(config.ok).toBe(true);
    if (config.ok) expectConfigInvariants(config.value);
  });
});

// The fast path may only decide a file's outcome where the authoritative parser agrees:
// whenever js-yaml's data is a mapping that passes the schema (the only case the loaders
// take it), `yaml` must read the same data. Elsewhere the slow path decides alone.
describe("the fast path agrees with the yaml syntax tree", () => {
  function agree(text: string): void {
    if (!readText("f.yaml", text).ok) return; // refused before any parser sees it
    const fast = fastParse(text);
    if (!fast.ok || !(validateDescriptor(fast.data) || validateConfig(fast.data))) return;
    const tree = parseYamlText("f.yaml", text);
    expect(tree.ok, `yaml rejects what js-yaml accepted:\n${text}`).toBe(true);
    if (tree.ok) expect(fast.data, text).toEqual(tree.source.data);
  }

  it("on mutations of the examples and on token soup", async () => {
    const texts = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom(...EXAMPLE_DESCRIPTORS.map((e) => e.text), EXAMPLE_CONFIG), mutations)
          .map(([t, m]) => mutate(t, m)),
      },
      { weight: 1, arbitrary: fc.oneof(tokenSoup, lineSoup) },
    );
    await fc.assert(
      fc.asyncProperty(texts, async (text) => agree(text)),
      options(1500),
    );
  });

  it("on the valid examples themselves", () => {
    for (const text of [...EXAMPLE_DESCRIPTORS.map((e) => e.text), EXAMPLE_CONFIG]) {
      expect(fastParse(text).ok).toBe(true);
      agree(text);
    }
  });

  it.each([
    ['version: "1.4.2"#note\n'],
    ["port: 0b11\n"],
    ["headers: { ? [x-a] : b }\n"],
    ["version: !!float 1\n"],
    ["%YAML 1.1\n---\nflag: yes\nmode: 0777\n"],
    ["a: &x 1\nb: *x\n"],
  ])("constructs the parsers read differently go to the slow path: %j", (text) => {
    expect(fastParse(text).ok).toBe(false);
  });
});
