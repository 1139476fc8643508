// Ordering versions: semver where both sides are semver, a sane fallback otherwise.

/** <0 when a is older, 0 when equal, >0 when newer; undefined when they cannot be ordered. */
export function compareVersions(a: string, b: string): number | undefined {
  if (a === b) return 0;
  const sa = parseSemver(a);
  const sb = parseSemver(b);
  if (sa && sb) return compareSemver(sa, sb);
  return compareSegments(a, b);
}

interface Semver {
  core: [number, number, number];
  pre: string[];
}

function parseSemver(v: string): Semver | undefined {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
  if (!m) return undefined;
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] };
}

function compareSemver(a: Semver, b: Semver): number {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i]! - b.core[i]!;
  // A pre-release is older than its release: 1.0.0-rc.1 < 1.0.0.
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const order = compareIdentifier(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

function compareIdentifier(x: string, y: string): number {
  const nx = /^\d+$/.test(x);
  const ny = /^\d+$/.test(y);
  if (nx && ny) return Number(x) - Number(y);
  if (nx !== ny) return nx ? -1 : 1; // numeric identifiers sort before alphanumeric ones
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Other schemes (2024.11.03-1, r42, 1.2.3.4): compare numeric runs as numbers and the rest as
 * text, run by run. Versions with different shapes (a date against a build number) are not
 * ordered rather than ordered wrongly.
 */
function compareSegments(a: string, b: string): number | undefined {
  const ra = a.match(/\d+|[A-Za-z]+/g) ?? [];
  const rb = b.match(/\d+|[A-Za-z]+/g) ?? [];
  // Names such as "latest" or "stable" are not versions: no order between them.
  if (!/\d/.test(a) || !/\d/.test(b)) return undefined;
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    const nx = /^\d/.test(x);
    if (nx !== /^\d/.test(y)) return undefined;
    const order = nx ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return ra.length === rb.length ? 0 : undefined;
}
