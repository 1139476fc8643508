// GitHub annotations for the failed tests of a JUnit report: at the test file and the line where
// it failed, so the pull request shows the failure next to the code.
import { basename, isAbsolute, relative, sep } from "node:path";
import type { JUnitCase, JUnitReport } from "./junit.ts";

export interface Annotation {
  file?: string;
  line?: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /**
   * The directory the tests ran in. Absolute file paths under it are made relative (GitHub
   * wants paths relative to the repository); absolute paths outside it are left out.
   */
  root?: string;
}

const MAX_MESSAGE_CHARS = 4 * 1024;

/**
 * GitHub annotations for the failed and errored cases. The file is the case's `file`, or its
 * classname or suite name when that is a path (vitest, jest-junit with file-path suite names);
 * the line is the first `file:line` for that file in its stack trace (where it failed), or the
 * case's `line` (where the test starts).
 */
export function failureAnnotations(report: JUnitReport, options: AnnotationOptions = {}): Annotation[] {
  const out: Annotation[] = [];
  for (const c of report.cases) {
    if (c.status !== "failed" && c.status !== "error") continue;
    const file = annotationFile(c, options.root);
    // Where it failed (the first frame in the test file) is more use than where the test starts.
    const line = (file === undefined ? undefined : lineInText(file, c.details ?? c.message ?? "")) ?? c.line;
    const owner = c.classname || c.suite;
    const what = owner && owner !== c.name ? `${owner} › ${c.name}` : c.name || owner || "(unnamed test)";
    const title = `${c.status === "error" ? "Test error" : "Test failed"}: ${what}`;
    let message = c.message ?? (c.status === "error" ? "error" : "failed");
    if (c.details && c.details !== c.message) message += `\n\n${c.details}`;
    out.push({
      ...(file === undefined ? {} : { file }),
      ...(line === undefined ? {} : { line }),
      title,
      message:
        message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS)}… (truncated)`,
    });
  }
  return out;
}

/** A relative source file path, as vitest writes classnames (not a Java class or a Go package). */
const PATH_LIKE =
  /^[^\s:*?"<>|]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|groovy|cs|php|rs|swift|exs?|feature)$/;

function annotationFile(c: JUnitCase, root: string | undefined): string | undefined {
  let f = c.file;
  if (!f) {
    // vitest's classname and jest-junit's `{filepath}` suite names are the test file's path.
    for (const candidate of [c.classname, c.suite]) {
      if (candidate?.includes("/") && PATH_LIKE.test(candidate)) {
        f = candidate;
        break;
      }
    }
  }
  if (!f) return undefined;
  f = f.replace(/\\/g, "/");
  if (isAbsolute(f) || /^[A-Za-z]:\//.test(f)) {
    if (root === undefined) return f;
    const rel = relative(root, f);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
    return rel.split(sep).join("/");
  }
  return f.replace(/^(\.\/)+/, "");
}

/** The first `<file>:<line>` in a stack trace that names `file` (by its path or, failing that, its name). */
function lineInText(file: string, text: string): number | undefined {
  if (text === "") return undefined;
  for (const needle of [file, basename(file)]) {
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(`(?:^|[\\s(/"'\\\\])${escaped}:(\\d{1,9})`, "m").exec(text);
    if (m) {
      const n = Number(m[1]);
      if (n >= 1) return n;
    }
  }
  return undefined;
}
