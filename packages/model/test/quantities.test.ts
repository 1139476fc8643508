import {
  durationLiteral,
  formatCpu,
  formatMemory,
  parseCpu,
  parseDuration,
  parseMemory,
  parsePortRange,
} from "@gitops/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

describe("parseCpu", () => {
  it.each([
    ["500m", 500],
    ["1m", 1],
    ["1500m", 1500],
    ["0.5", 500],
    ["0.25", 250],
    ["0.001", 1],
    ["1.5", 1500],
    ["2", 2000],
    [" 2 ", 2000],
    [0.5, 500],
    [2, 2000],
    [64, 64_000],
  ] as const)("%j is %d millicores", (input, millis) => {
    expect(parseCpu(input)).toEqual({ ok: true, value: millis });
  });

  it.each([
    ["0.0005", "finer than a millicore"],
    [0.0005, "finer than a millicore"],
    ["1.0005", "finer than a millicore"],
    ["2.5m", "finer than a millicore"],
    [1e-13, "finer than a millicore"],
    [5e-324, "finer than a millicore"],
    ["0", "more than zero"],
    ["0m", "more than zero"],
    [0, "more than zero"],
    ["-1", "more than zero"],
    ["-500m", "more than zero"],
    ["abc", "cores (0.5, 2) or millicores (500m)"],
    ["1_000", "cores (0.5, 2) or millicores (500m)"],
    ["Infinity", "cores (0.5, 2) or millicores (500m)"],
    [Number.NaN, "cores (0.5, 2) or millicores (500m)"],
    ["99999999999999999999m", "too large"],
    ["9007199254740993", "too large"],
    [1e300, "too large"],
  ] as const)("%j is refused: %s", (input, message) => {
    const parsed = parseCpu(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe("parseMemory", () => {
  it.each([
    ["1024", 1024],
    [1024, 1024],
    ["1k", 1000],
    ["1K", 1000],
    ["1Ki", KiB],
    ["512Mi", 512 * MiB],
    ["768Mi", 768 * MiB],
    ["1G", 1_000_000_000],
    ["1Gi", GiB],
    ["1.5Gi", 1.5 * GiB],
    ["500M", 500_000_000],
    ["2Ti", 2 * 1024 * GiB],
    ["1P", 1e15],
    ["7Pi", 7 * 2 ** 50],
  ] as const)("%j is %d bytes", (input, bytes) => {
    expect(parseMemory(input)).toEqual({ ok: true, value: bytes });
  });

  it("tells decimal and binary units apart", () => {
    const decimal = parseMemory("1G");
    const binary = parseMemory("1Gi");
    expect(decimal.ok && binary.ok && binary.value - decimal.value).toBe(73_741_824);
  });

  it.each([
    ["1.5", 2],
    ["0.1", 1],
    ["1.1Ki", 1127], // 1126.4
    ["1.0000001Ki", 1025],
    ["0.3Mi", 314_573], // 314572.8
  ] as const)("rounds %j up to a whole %d bytes", (input, bytes) => {
    expect(parseMemory(input)).toEqual({ ok: true, value: bytes });
  });

  it.each([
    ["0", "more than zero"],
    [0, "more than zero"],
    ["0Mi", "more than zero"],
    ["8Pi", "too large"], // 2^53, one past the largest safe integer
    ["99999P", "too large"],
    ["512MB", "memory size such as 512Mi"],
    ["1gi", "memory size such as 512Mi"],
    ["1Ei", "memory size such as 512Mi"],
    ["1e3", "memory size such as 512Mi"],
    ["-1", "memory size such as 512Mi"],
    ["Mi", "memory size such as 512Mi"],
    ["", "memory size such as 512Mi"],
    ["1 Gi", "memory size such as 512Mi"],
  ] as const)("%j is refused: %s", (input, message) => {
    const parsed = parseMemory(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["5s", 5000],
    ["2m", 120_000],
    ["1h", 3_600_000],
    ["1m30s", 90_000],
    ["1h1m1s1ms", 3_661_001],
    ["1.5s", 1500],
    ["0.5m", 30_000],
    ["0s", 0],
    ["0ms", 0],
    [" 5s ", 5000],
  ] as const)("%j is %d ms", (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it.each([
    ["0.4ms", 0],
    ["0.5ms", 1],
    ["1.0004s", 1000],
  ] as const)("rounds %j to the nearest millisecond (%d)", (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it.each([
    ["", "duration like 500ms"],
    ["5", "duration like 500ms"],
    ["s", "duration like 500ms"],
    ["5 s", "duration like 500ms"],
    ["1m 30s", "duration like 500ms"],
    ["-1s", "duration like 500ms"],
    ["1d", "duration like 500ms"],
    ["1.2.3s", "duration like 500ms"],
    ["5sm", "duration like 500ms"],
    ["five seconds", "duration like 500ms"],
    ["99999999999h", "too long"],
  ] as const)("%j is refused: %s", (input, message) => {
    const parsed = parseDuration(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe("parsePortRange", () => {
  it.each([
    [8080, { from: 8080, to: 8080 }],
    ["8000-8099", { from: 8000, to: 8099 }],
    ["80-80", { from: 80, to: 80 }],
    ["1-65535", { from: 1, to: 65535 }],
  ] as const)("%j is %j", (input, range) => {
    expect(parsePortRange(input)).toEqual({ ok: true, value: range });
  });

  it.each(["9000-8000", "0-10", "1-65536", "a-b", "8000-", "-8000", "80"])("%j is refused", (input) => {
    const parsed = parsePortRange(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("from 1 to 65535, low end first");
  });
});

describe("format*", () => {
  it.each([
    [500, "500m"],
    [1, "1m"],
    [1500, "1500m"],
    [1000, "1"],
    [2000, "2"],
  ])("formatCpu(%d) is %j", (millis, text) => {
    expect(formatCpu(millis)).toBe(text);
  });

  it.each([
    [1024, "1Ki"],
    [512 * MiB, "512Mi"],
    [GiB, "1Gi"],
    [1.5 * GiB, "1536Mi"],
    [3 * 2 ** 50, "3Pi"],
    [1_000_000_000, "1000000000"],
    [1536, "1536"],
    [1023, "1023"],
    [1, "1"],
  ])("formatMemory(%d) is %j", (bytes, text) => {
    expect(formatMemory(bytes)).toBe(text);
  });

  it.each([
    [0, "0s"],
    [1, "1ms"],
    [1000, "1s"],
    [1500, "1s500ms"],
    [60_000, "1m"],
    [90_000, "1m30s"],
    [3_600_000, "1h"],
    [3_661_001, "1h1m1s1ms"],
  ])("durationLiteral(%d) is %j", (ms, text) => {
    expect(durationLiteral(ms)).toBe(text);
  });
});

describe("round trips", () => {
  it.each(["500m", "1m", "1500m", "2", "64"])("formatCpu(parseCpu(%j)) gives it back", (text) => {
    const parsed = parseCpu(text);
    expect(parsed.ok && formatCpu(parsed.value)).toBe(text);
  });

  it.each([
    ["0.5", "500m"],
    ["2000m", "2"],
  ])("formatCpu(parseCpu(%j)) is the canonical %j", (text, canonical) => {
    const parsed = parseCpu(text);
    expect(parsed.ok && formatCpu(parsed.value)).toBe(canonical);
  });

  it.each(["1Ki", "512Mi", "1Gi", "3Ti", "1536", "1000000000"])(
    "formatMemory(parseMemory(%j)) gives it back",
    (text) => {
      const parsed = parseMemory(text);
      expect(parsed.ok && formatMemory(parsed.value)).toBe(text);
    },
  );

  it.each(["0s", "500ms", "5s", "1m30s", "1h", "2h5m"])(
    "durationLiteral(parseDuration(%j)) gives it back",
    (text) => {
      const parsed = parseDuration(text);
      expect(parsed.ok && durationLiteral(parsed.value)).toBe(text);
    },
  );

  it("parseCpu(formatCpu(m)) is m for every whole number of millicores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (millis) => {
        expect(parseCpu(formatCpu(millis))).toEqual({ ok: true, value: millis });
      }),
    );
  });

  it("parseMemory(formatMemory(b)) is b for every safe number of bytes", () => {
    const bytes = fc.oneof(
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      // Exact multiples of the binary units, so that the Ki..Pi branches are exercised.
      fc
        .tuple(fc.integer({ min: 1, max: 4096 }), fc.constantFrom(KiB, MiB, GiB, 1024 * GiB, 2 ** 50))
        .map(([n, unit]) => n * unit)
        .filter(Number.isSafeInteger),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(parseMemory(formatMemory(b))).toEqual({ ok: true, value: b });
      }),
    );
  });

  it("parseDuration(durationLiteral(ms)) is ms for every whole number of milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (ms) => {
        expect(parseDuration(durationLiteral(ms))).toEqual({ ok: true, value: ms });
      }),
    );
  });
});
