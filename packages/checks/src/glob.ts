// A small file glob for report paths such as `reports/**/*.xml`, relative to one directory and
// unable to leave it. `*` matches within a name, `?` one character, `**` any number of
// directories. Wildcards do not match names starting with "." unless the pattern's segment
// does; `**` does not descend into dot-directories or node_modules; symbolic links are neither
// followed nor matched, so a link cannot lead outside the directory.
import type { Dirent } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

export class GlobError extends Error {
  readonly code = "E_GLOB";
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(message);
    this.name = "GlobError";
  }
}

/**
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[…]`, `{…}`, backslashes).
 */
export function parseGlob(pattern: string): string[] {
  const bad = (why: string): never => {
    throw new GlobError(`invalid report pattern ${JSON.stringify(pattern)}: ${why}`, pattern);
  };
  if (typeof pattern !== "string" || pattern.trim() === "") bad("it is empty");
  if (pattern.includes("\0")) bad("it contains a NUL character");
  if (pattern.includes("\\")) bad('use "/" to separate directories');
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern)) {
    bad("it must be relative to the repository, not absolute");
  }
  if (/[[\]{}]/.test(pattern)) bad("only *, ** and ? are supported");
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) bad('".." would leave the repository');
  if (segments.length === 0) bad("it names no file");
  return segments;
}

/** Whether a glob segment (`*`, `?`, literal characters) matches a whole file name. */
export function matchSegment(segment: string, name: string): boolean {
  if (name.startsWith(".") && !segment.startsWith(".") && hasWildcard(segment)) return false;
  // The usual greedy matcher with one backtrack point: O(len(segment) × len(name)), no regex.
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    const pc = segment[p];
    if (pc !== undefined && pc !== "*" && (pc === "?" || pc === name[n])) {
      p++;
      n++;
    } else if (pc === "*") {
      star = p++;
      mark = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (segment[p] === "*") p++;
  return p === segment.length;
}

export interface FindOptions {
  /** Stop after looking at this many directory entries (default 100 000). */
  maxEntries?: number;
}

export interface FindResult {
  /** Regular files that match, relative to the root with "/" separators, sorted. */
  files: string[];
  /** Whether the search stopped at maxEntries. */
  truncated: boolean;
}

/** Regular files under `root` that match `pattern` (see parseGlob). */
export async function findFiles(
  root: string,
  pattern: string,
  options: FindOptions = {},
): Promise<FindResult> {
  const segments = parseGlob(pattern);
  const maxEntries = options.maxEntries ?? 100_000;
  const found = new Set<string>();
  const visited = new Set<string>();
  const listings = new Map<string, Dirent[]>();
  let seen = 0;
  let truncated = false;

  const list = async (dir: string): Promise<Dirent[]> => {
    let entries = listings.get(dir);
    if (entries === undefined) {
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        entries = []; // gone, not a directory, or unreadable: nothing to match there
      }
      seen += entries.length;
      if (seen > maxEntries) truncated = true;
      listings.set(dir, entries);
    }
    return entries;
  };

  const walk = async (dirAbs: string, dirRel: string, index: number): Promise<void> => {
    if (truncated || index >= segments.length) return;
    const key = `${index}\0${dirRel}`;
    if (visited.has(key)) return;
    visited.add(key);
    const segment = segments[index]!;
    const last = index === segments.length - 1;
    const child = (name: string): [string, string] => [
      join(dirAbs, name),
      dirRel ? `${dirRel}/${name}` : name,
    ];

    if (segment === "**") {
      await walkStarStar(dirAbs, dirRel, index, last);
      return;
    }
    if (!hasWildcard(segment)) {
      const [abs, rel] = child(segment);
      let st: Awaited<ReturnType<typeof lstat>>;
      try {
        st = await lstat(abs);
      } catch {
        return;
      }
      if (last && st.isFile()) found.add(rel);
      else if (!last && st.isDirectory()) await walk(abs, rel, index + 1);
      return;
    }
    for (const e of await list(dirAbs)) {
      if (truncated) return;
      if (!matchSegment(segment, e.name)) continue;
      const [abs, rel] = child(e.name);
      if (last && e.isFile()) found.add(rel);
      else if (!last && e.isDirectory()) await walk(abs, rel, index + 1);
    }
  };

  // `**` matches zero or more directories: try the rest of the pattern here, then in each
  // subdirectory with `**` still in front of it.
  const walkStarStar = async (
    dirAbs: string,
    dirRel: string,
    index: number,
    last: boolean,
  ): Promise<void> => {
    const entries = await list(dirAbs);
    if (last) {
      // `dir/**` is every file under dir, as `dir/**/*` is.
      for (const e of entries) if (e.isFile() && !e.name.startsWith(".")) found.add(join2(dirRel, e.name));
    } else {
      await walk(dirAbs, dirRel, index + 1);
    }
    for (const e of entries) {
      if (truncated) return;
      if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules") continue;
      await walk(join(dirAbs, e.name), join2(dirRel, e.name), index);
    }
  };

  await walk(root, "", 0);
  return { files: [...found].sort(), truncated };
}

function join2(dirRel: string, name: string): string {
  return dirRel ? `${dirRel}/${name}` : name;
}

export function hasWildcard(segment: string): boolean {
  return segment.includes("*") || segment.includes("?");
}
