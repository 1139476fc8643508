// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, …), read into test cases and totals.
//
// The XML is read by xml.ts (no DTD, so no XXE and no billion laughs); this module holds what
// the elements mean. It keeps no more than it needs, caps the input size, the nesting depth and
// the text it keeps, and counts the totals from the test cases, not from the suites' attributes.
import { readXml, XmlError, type XmlHandlers } from "./xml.ts";

export interface JUnitCase {
  /** The innermost `<testsuite>`'s name (or `<testsuites>`'s, for a case directly in it; "" when unnamed). */
  suite: string;
  classname?: string;
  name: string;
  /** As the tool wrote it (often relative to the directory the tests ran in). */
  file?: string;
  /** 1-based. */
  line?: number;
  timeSec?: number;
  status: "passed" | "failed" | "error" | "skipped";
  /** The failure's/error's/skip's `message` attribute, or the first line of its text. */
  message?: string;
  /** The text of the `<failure>`/`<error>`/`<skipped>` element (a stack trace, a diff). */
  details?: string;
}

export interface JUnitReport {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** The sum of the cases' times. */
  timeSec: number;
  cases: JUnitCase[];
}

export class JUnitParseError extends Error {
  readonly code = "E_JUNIT";
  constructor(
    /** What is wrong, without the location. */
    readonly reason: string,
    readonly file?: string,
    /** 1-based position in the XML, when the problem has one. */
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = file === undefined ? "" : line === undefined ? `${file}: ` : `${file}:${line}:${column}: `;
    const at = file === undefined && line !== undefined ? ` (line ${line}, column ${column})` : "";
    super(`${where}${reason}${at}`);
    this.name = "JUnitParseError";
  }
}

/** Reports larger than this are refused. */
export const MAX_JUNIT_BYTES = 50 * 1024 * 1024;
/** Elements nested deeper than this are refused (real reports nest a handful of levels). */
export const MAX_JUNIT_DEPTH = 256;
const MAX_MESSAGE_CHARS = 4 * 1024;
const MAX_DETAILS_CHARS = 64 * 1024;

/**
 * Reads a JUnit XML document: `<testsuites>` or a bare `<testsuite>` at the root, suites nested
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Rejects with a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
export async function parseJUnit(xml: string, file?: string): Promise<JUnitReport> {
  if (typeof xml !== "string") throw new JUnitParseError("the report is not text", file);
  if (xml.length > MAX_JUNIT_BYTES) {
    throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
  }
  const reader = new Reader();
  try {
    await readXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, reader);
  } catch (e) {
    if (e instanceof XmlError) throw new JUnitParseError(e.reason, file, e.line, e.column);
    throw e;
  }
  if (!reader.sawRoot) {
    throw new JUnitParseError("no <testsuites> or <testsuite> element: not a JUnit report", file, 1, 1);
  }
  return summarize(reader.cases);
}

/** One report out of many (one file per test file or per package is common). */
export function mergeReports(reports: JUnitReport[]): JUnitReport {
  return summarize(reports.flatMap((r) => r.cases));
}

// ---------------------------------------------------------------------------------------------

function summarize(cases: JUnitCase[]): JUnitReport {
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let time = 0;
  for (const c of cases) {
    if (c.status === "failed") failures++;
    else if (c.status === "error") errors++;
    else if (c.status === "skipped") skipped++;
    time += c.timeSec ?? 0;
  }
  return { tests: cases.length, failures, errors, skipped, timeSec: Math.round(time * 1000) / 1000, cases };
}

type Attrs = Map<string, string>;

interface SuiteFrame {
  element: "testsuites" | "testsuite";
  name: string;
  file?: string;
  /** failures + errors, as the element's attributes claim. */
  declared: number;
  /** <failure>/<error> elements seen in its cases (and in its nested suites' synthetic cases). */
  counted: number;
}

interface CaseBuilder {
  depth: number;
  value: JUnitCase;
  /** <failure>/<error> elements in the case (a pytest case can carry both). */
  bad: number;
}

interface Capture {
  depth: number;
  kind: "failure" | "error" | "skipped";
  message?: string;
  text: string[];
  chars: number;
  /** Whether this element decides the case's status (the first of the highest rank). */
  decides: boolean;
  /** A `<failure>`/`<error>` directly in a suite, outside any case. */
  suiteLevel: boolean;
}

const RANK: Record<JUnitCase["status"], number> = { passed: 0, skipped: 1, error: 2, failed: 3 };
const STATUS_OF = { failure: "failed", error: "error", skipped: "skipped" } as const;

/** The JUnit meaning of the elements, as the XML reader hands them over. */
class Reader implements XmlHandlers {
  /** Local names of the open elements, lower case. */
  private readonly stack: string[] = [];
  private readonly suites: SuiteFrame[] = [];
  readonly cases: JUnitCase[] = [];
  private current: CaseBuilder | undefined;
  private capture: Capture | undefined;
  sawRoot = false;

  open(qname: string, attributes: [string, string][]): void {
    const name = localName(qname).toLowerCase();
    const depth = this.stack.length;
    if (depth >= MAX_JUNIT_DEPTH) throw new XmlError(`elements nested deeper than ${MAX_JUNIT_DEPTH}`);
    this.stack.push(name);
    if (this.capture !== undefined) return; // markup inside a <failure>: its text is kept, the rest ignored
    const parent = depth === 0 ? undefined : this.stack[depth - 1];

    if (depth === 0) {
      if (name !== "testsuites" && name !== "testsuite") {
        throw new XmlError(`not a JUnit report: the root element is <${name}>`);
      }
      this.sawRoot = true;
    }
    // By local name (a namespace prefix changes nothing); the first of repeated names wins.
    const attrs: Attrs = new Map();
    for (const [key, value] of attributes) if (!attrs.has(localName(key))) attrs.set(localName(key), value);

    if ((name === "testsuites" || name === "testsuite") && this.current === undefined) {
      const inner = this.innerSuite();
      const suiteFile = attrs.get("file") ?? attrs.get("filepath") ?? inner?.file;
      this.suites.push({
        element: name,
        name: attrs.get("name") ?? (name === "testsuites" ? "" : (inner?.name ?? "")),
        ...(suiteFile ? { file: suiteFile } : {}),
        declared: count(attrs.get("failures")) + count(attrs.get("errors")),
        counted: 0,
      });
      return;
    }
    if (name === "testcase" && this.current === undefined && this.suites.length > 0) {
      const suite = this.innerSuite();
      const value: JUnitCase = { suite: suite?.name ?? "", name: attrs.get("name") ?? "", status: "passed" };
      const classname = attrs.get("classname") ?? attrs.get("class");
      if (classname) value.classname = classname;
      const file = attrs.get("file") ?? attrs.get("filepath") ?? suite?.file;
      if (file) value.file = file;
      const line = lineNumber(attrs.get("line") ?? attrs.get("lineno"), this.zeroBasedLines());
      if (line !== undefined) value.line = line;
      const time = seconds(attrs.get("time"));
      if (time !== undefined) value.timeSec = time;
      this.current = { depth, value, bad: 0 };
      return;
    }
    if (name === "failure" || name === "error" || name === "skipped") {
      const kase = this.current;
      const status = STATUS_OF[name];
      if (kase !== undefined && parent === "testcase" && kase.depth === depth - 1) {
        if (name !== "skipped") kase.bad++;
        const decides = RANK[status] > RANK[kase.value.status];
        if (decides) kase.value.status = status;
        this.startCapture(name, attrs, depth, decides, false);
      } else if (
        kase === undefined &&
        name !== "skipped" &&
        (parent === "testsuite" || parent === "testsuites")
      ) {
        this.startCapture(name, attrs, depth, true, true);
      }
    }
  }

  text(text: string): void {
    const c = this.capture;
    if (c === undefined || c.chars > MAX_DETAILS_CHARS) return;
    const piece = text.slice(0, MAX_DETAILS_CHARS + 1 - c.chars);
    c.text.push(piece);
    c.chars += piece.length;
  }

  close(): void {
    const name = this.stack.pop()!;
    const depth = this.stack.length;
    const c = this.capture;
    if (c !== undefined) {
      if (c.depth !== depth) return;
      this.capture = undefined;
      this.finishCapture(c);
      return;
    }
    const kase = this.current;
    if (kase !== undefined) {
      if (kase.depth !== depth) return;
      this.current = undefined;
      this.cases.push(kase.value);
      for (const f of this.suites) f.counted += kase.bad;
      return;
    }
    if (name === "testsuites" || name === "testsuite") {
      const frame = this.suites.pop();
      if (frame === undefined) return;
      const missing = frame.declared - frame.counted;
      if (missing > 0) {
        this.cases.push({
          suite: frame.name,
          name: `(${frame.element} ${JSON.stringify(frame.name)})`,
          ...(frame.file ? { file: frame.file } : {}),
          status: "error",
          message: `the suite reports ${missing} more failure${missing === 1 ? "" : "s"} or error${missing === 1 ? "" : "s"} than its test cases show`,
        });
        for (const f of this.suites) f.counted += missing;
      }
    }
  }

  private startCapture(
    kind: Capture["kind"],
    attrs: Attrs,
    depth: number,
    decides: boolean,
    suiteLevel: boolean,
  ): void {
    const message = attrs.get("message");
    this.capture = {
      depth,
      kind,
      ...(message === undefined ? {} : { message }),
      text: [],
      chars: 0,
      decides,
      suiteLevel,
    };
  }

  private finishCapture(c: Capture): void {
    let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
    if (text.length > MAX_DETAILS_CHARS) text = `${text.slice(0, MAX_DETAILS_CHARS)}\n… (truncated)`;
    const firstLine = text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "");
    const raw = c.message?.trim() || firstLine;
    const message = raw === undefined ? undefined : cut(raw, MAX_MESSAGE_CHARS);

    if (c.suiteLevel) {
      const suite = this.innerSuite();
      const value: JUnitCase = {
        suite: suite?.name ?? "",
        name: `(${suite?.element ?? "testsuite"} ${JSON.stringify(suite?.name ?? "")})`,
        status: STATUS_OF[c.kind],
      };
      if (suite?.file) value.file = suite.file;
      if (message !== undefined) value.message = message;
      if (text) value.details = text;
      this.cases.push(value);
      for (const f of this.suites) f.counted++;
      return;
    }
    const v = this.current!.value;
    if (c.decides) {
      if (message === undefined) delete v.message;
      else v.message = message;
      if (text) v.details = text;
      else delete v.details;
    } else if (STATUS_OF[c.kind] === v.status && text) {
      // A second <failure> (a rerun) or <error> of the same rank: keep its text too.
      v.details = cut(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
    }
  }

  private innerSuite(): SuiteFrame | undefined {
    return this.suites[this.suites.length - 1];
  }

  /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
  private zeroBasedLines(): boolean {
    return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon === -1 ? qname : qname.slice(colon + 1);
}

function count(v: string | undefined): number {
  if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v)) return 0;
  return Number(v);
}

function lineNumber(v: string | undefined, zeroBased: boolean): number | undefined {
  if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v)) return undefined;
  const n = Number(v) + (zeroBased ? 1 : 0);
  return n >= 1 ? n : undefined;
}

/** Seconds, as tools write them: "0.003", "12", "1,234.5" (older Surefire), "0,003" (a decimal comma). */
function seconds(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  let t = v.trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Without leading blank lines, trailing whitespace, or the indentation all lines share. */
function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, "")
    .trimEnd()
    .split("\n");
  let indent = Number.POSITIVE_INFINITY;
  for (const l of lines) {
    if (l.trim() === "") continue;
    indent = Math.min(indent, l.length - l.trimStart().length);
  }
  if (indent === 0 || indent === Number.POSITIVE_INFINITY) return lines.join("\n");
  return lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n");
}

/** At most `max` characters and a note that the rest was cut (readers should know it was). */
function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (truncated)`;
}
