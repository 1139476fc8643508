// Report files for a pattern such as `reports/**/*.xml`, relative to one directory and unable to
// leave it. `*` matches within a name, `?` one character, `**` any number of directories.
// Wildcards do not match names starting with "." unless the pattern's segment does; `**` does not
// descend into dot-directories, nor into node_modules unless the pattern names it; symbolic links
// are neither followed nor matched, so a link cannot lead outside the directory.
//
// The walk and the matching are tinyglobby's (fdir and picomatch), loaded on the first search:
// only the regression runner looks for files.
import { type Dirent, readdir } from "node:fs";
import { lstat } from "node:fs/promises";
import { join } from "node:path";
import type { FileSystemAdapter } from "tinyglobby";

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
 * picomatch turns `*` into a backtracking regular expression: matching a name against a segment
 * with n stars can take time to the power of n. Three keep the worst case to milliseconds.
 */
const MAX_STARS = 3;

/**
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[…]`, `{…}`, backslashes, more than three `*` in a
 * name).
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
  if (segments.some((s) => s !== "**" && (s.match(/\*+/g)?.length ?? 0) > MAX_STARS)) {
    bad(`at most ${MAX_STARS} * in one name`);
  }
  return segments;
}

export function hasWildcard(segment: string): boolean {
  return segment.includes("*") || segment.includes("?");
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
  const { escapePath, glob } = await import("tinyglobby");
  const entries = entryCounter(options.maxEntries ?? 100_000);
  const found = await glob(segments.map((s) => globSegment(s, escapePath)).join("/"), {
    cwd: root,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false, // `reports` names a file, not everything under a directory
    braceExpansion: false,
    extglob: false,
    ignore: segments.includes("**") && !segments.includes("node_modules") ? ["**/node_modules/**"] : [],
    fs: { readdir: entries.readdir },
  });
  return { files: (await realFiles(root, found)).sort(), truncated: entries.truncated() };
}

/**
 * A segment as picomatch reads it: only `*` and `?` are wildcards (`**` only as a whole segment);
 * what else picomatch takes for syntax (`(`, `!`, `+`, `@`, `|`) is a literal character.
 */
function globSegment(segment: string, escapePath: (text: string) => string): string {
  if (segment === "**") return segment;
  return segment
    .split(/([*?]+)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\*+/g, "*") : escapePath(part)))
    .join("");
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;

/** A readdir for the walk that counts the entries it reads and, past `max`, reads nothing more. */
function entryCounter(max: number) {
  let seen = 0;
  const readdirCounting = (path: string, options: { withFileTypes: true }, callback: ReaddirCallback) => {
    if (seen > max) return callback(null, []);
    readdir(path, options, (error, entries = []) => {
      seen += entries.length;
      callback(error, entries);
    });
  };
  return {
    // fdir calls only this one of readdir's many overloads.
    readdir: readdirCounting as unknown as NonNullable<FileSystemAdapter["readdir"]>,
    truncated: () => seen > max,
  };
}

/**
 * The regular files among `files` reached through real directories. tinyglobby starts its walk at
 * the pattern's literal directories (`reports/` of `reports/*.xml`), which may be links.
 */
async function realFiles(root: string, files: string[]): Promise<string[]> {
  const dirs = new Map<string, Promise<boolean>>();
  const is = (rel: string, kind: "file" | "directory") =>
    lstat(join(root, rel)).then(
      (st) => (kind === "file" ? st.isFile() : st.isDirectory()),
      () => false,
    );
  const realDir = (rel: string) => {
    let known = dirs.get(rel);
    if (known === undefined) {
      known = is(rel, "directory");
      dirs.set(rel, known);
    }
    return known;
  };
  const real = async (file: string) => {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) if (!(await realDir(parts.slice(0, i).join("/")))) return false;
    return is(file, "file");
  };
  const kept = await Promise.all(files.map(async (f) => ((await real(f)) ? f : undefined)));
  return kept.filter((f) => f !== undefined);
}
