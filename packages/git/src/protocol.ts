// Reading what git prints: NUL-separated listings and the `cat-file --batch` stream.
import type { spawn } from "node:child_process";
import { failure, protocolError, spawnFailure } from "./errors.ts";
import type { FileChange } from "./git.ts";

export function splitZ(bytes: Buffer): string[] {
  const text = bytes.toString("utf8");
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

/** `git ls-tree -z`: `<mode> SP <type> SP <object> TAB <path> NUL`. */
export function parseLsTree(bytes: Buffer): TreeEntry[] {
  return splitZ(bytes).map((entry) => {
    const tab = entry.indexOf("\t");
    const [mode = "", type = "", oid = ""] = entry.slice(0, tab).split(" ");
    return { mode, type, oid, path: entry.slice(tab + 1) };
  });
}

/** Regular files, executable or not; not symlinks (120000), trees or submodules (160000). */
export const isRegularFile = (mode: string): boolean => mode === "100644" || mode === "100755";

/** `git diff-tree -z --name-status`: `<status> NUL <path> NUL`, or `R<score> NUL <old> NUL <new> NUL`. */
export function parseNameStatus(bytes: Buffer): FileChange[] {
  const parts = splitZ(bytes);
  const changes: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? "";
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = parts[i++] ?? "";
      const path = parts[i++] ?? "";
      // A copy (only with -C, which is not asked for) leaves the source in place: an addition.
      changes.push(letter === "R" ? { status: "renamed", path, oldPath } : { status: "added", path });
      continue;
    }
    const path = parts[i++] ?? "";
    if (letter === "A") changes.push({ status: "added", path });
    else if (letter === "D") changes.push({ status: "deleted", path });
    // M: content or mode; T: type (file <-> symlink); U, X: not produced between two trees.
    else changes.push({ status: "modified", path });
  }
  return changes;
}

export interface BatchObject {
  oid: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Feeds object names to a running `git cat-file --batch` and parses its replies, in order:
 * `<oid> SP <type> SP <size> LF <contents> LF`, or `<name> SP missing LF` (also `ambiguous`).
 * Contents are copied once, straight into a buffer of the announced size.
 */
export function catFileBatch(
  child: ReturnType<typeof spawn>,
  binary: string,
  args: readonly string[],
  names: readonly string[],
): Promise<(BatchObject | undefined)[]> {
  return new Promise((resolve, reject) => {
    const results: (BatchObject | undefined)[] = [];
    const err: Buffer[] = [];
    let header: Buffer[] = [];
    let body: { oid: string; type: string; bytes: Uint8Array; filled: number } | undefined;
    let needNewline = false;
    let failed: Error | undefined;

    const fail = (error: Error) => {
      if (failed) return;
      failed = error;
      child.kill();
      reject(error);
    };

    const onData = (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length && !failed) {
        if (body) {
          const take = Math.min(body.bytes.length - body.filled, chunk.length - at);
          body.bytes.set(chunk.subarray(at, at + take), body.filled);
          body.filled += take;
          at += take;
          if (body.filled === body.bytes.length) {
            results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
            body = undefined;
            needNewline = true;
          }
          continue;
        }
        if (needNewline) {
          if (chunk[at] !== 0x0a) return fail(protocolError(args, "no line feed after an object"));
          needNewline = false;
          at += 1;
          continue;
        }
        const lf = chunk.indexOf(0x0a, at);
        if (lf === -1) {
          header.push(chunk.subarray(at));
          return;
        }
        header.push(chunk.subarray(at, lf));
        at = lf + 1;
        const line = Buffer.concat(header).toString("utf8");
        header = [];
        const match = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
        if (match) {
          const size = Number(match[3]);
          body = { oid: match[1]!, type: match[2]!, bytes: new Uint8Array(size), filled: 0 };
          if (size === 0) {
            results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
            body = undefined;
            needNewline = true;
          }
        } else if (/ (missing|ambiguous)$/.test(line)) {
          results.push(undefined);
        } else {
          return fail(protocolError(args, `unexpected reply ${JSON.stringify(line.slice(0, 200))}`));
        }
      }
    };

    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => fail(spawnFailure(binary, args, error)));
    child.on("close", (code) => {
      if (failed) return;
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0) {
        return fail(failure(args, { exitCode: code ?? -1, stdout: Buffer.alloc(0), stderr }));
      }
      if (results.length !== names.length || body || header.length > 0) {
        return fail(protocolError(args, `${results.length} replies to ${names.length} requests`));
      }
      resolve(results);
    });
    child.stdin?.on("error", () => {}); // EPIPE if git dies; reported by "close".
    child.stdin?.end(names.length === 0 ? "" : `${names.join("\n")}\n`);
  });
}
