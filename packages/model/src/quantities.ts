// Units people write in descriptors, turned into the integers the code computes with.
// The schema has already checked the shape; these also reject what the shape allows but
// the meaning does not (zero cpu, more precision than a millicore, overflow).

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const MEMORY_UNITS: Record<string, number> = {
  "": 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
};

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** CPU in millicores: `500m` → 500, `0.5` → 500, `2` → 2000. */
export function parseCpu(input: string | number): Parsed {
  const text = String(input).trim();
  const millis = text.endsWith("m") ? Number(text.slice(0, -1)) : Number(text) * 1000;
  if (!Number.isFinite(millis)) return { ok: false, message: "must be cores (0.5, 2) or millicores (500m)" };
  // 1e-13 cores is within rounding distance of 0m: finer than a millicore too, not zero.
  if (Math.abs(millis - Math.round(millis)) > 1e-9 || (millis > 0 && Math.round(millis) === 0))
    return { ok: false, message: "is finer than a millicore (1m)" };
  if (millis <= 0) return { ok: false, message: "must be more than zero" };
  if (!Number.isSafeInteger(Math.round(millis))) return { ok: false, message: "is too large" };
  return { ok: true, value: Math.round(millis) };
}

/** Memory in bytes: `512Mi` → 536870912, `1G` → 1e9, `1024` → 1024. */
export function parseMemory(input: string | number): Parsed {
  const match = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/.exec(String(input).trim());
  const unit = match ? MEMORY_UNITS[match[2]!] : undefined;
  if (!match || unit === undefined)
    return { ok: false, message: "must be a memory size such as 512Mi, 1Gi or 500M" };
  const bytes = Math.ceil(Number(match[1]) * unit);
  if (bytes <= 0) return { ok: false, message: "must be more than zero" };
  if (!Number.isSafeInteger(bytes)) return { ok: false, message: "is too large" };
  return { ok: true, value: bytes };
}

/** Duration in milliseconds: `500ms`, `5s`, `2m`, `1h`, `1m30s`. */
export function parseDuration(input: string): Parsed {
  const text = input.trim();
  const part = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
    total += Number(match[1]) * DURATION_UNITS[match[2]!]!;
    at = part.lastIndex;
  }
  if (at === 0) return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
  if (!Number.isSafeInteger(Math.round(total))) return { ok: false, message: "is too long" };
  return { ok: true, value: Math.round(total) };
}

export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

export function formatMemory(bytes: number): string {
  for (const unit of ["Pi", "Ti", "Gi", "Mi", "Ki"] as const) {
    const size = MEMORY_UNITS[unit]!;
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return String(bytes);
}

/**
 * A duration as gitops.yaml writes it, exactly: 90000 → "1m30s", 1500 → "1s500ms". parseDuration
 * reads it back to the same milliseconds, so a plan shows every change. For people, use
 * `formatDuration` of @gitops/text.
 */
export function durationLiteral(ms: number): string {
  if (ms === 0) return "0s";
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
    ["ms", 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}

/** Port ranges as written in gitops.yaml: `8080` or `"8000-8099"`. */
export function parsePortRange(
  input: string | number,
): { ok: true; value: PortRange } | { ok: false; message: string } {
  if (typeof input === "number") return { ok: true, value: { from: input, to: input } };
  const [from, to] = input.split("-").map(Number) as [number, number];
  if (!(from >= 1 && to <= 65535 && from <= to)) {
    return { ok: false, message: "must be a range of ports from 1 to 65535, low end first" };
  }
  return { ok: true, value: { from, to } };
}

export interface PortRange {
  from: number;
  to: number;
}
