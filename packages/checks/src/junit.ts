// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, …), read into test cases and totals.
//
// A small, non-recursive XML reader written for this one format: it never expands DTDs (a
// DOCTYPE or ENTITY declaration is refused, so no XXE and no billion laughs), keeps no more
// than it needs, caps the input size and the nesting depth, and runs in time linear in the
// input. Totals are counted from the test cases, not copied from the suites' attributes.
import { basename, isAbsolute, relative, sep } from "node:path";

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
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Throws a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
export function parseJUnit(xml: string, file?: string): JUnitReport {
  if (typeof xml !== "string") throw new JUnitParseError("the report is not text", file);
  if (xml.length > MAX_JUNIT_BYTES) {
    throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
  }
  return new Reader(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, file).read();
}

/** One report out of many (one file per test file or per package is common). */
export function mergeReports(reports: JUnitReport[]): JUnitReport {
  return summarize(reports.flatMap((r) => r.cases));
}

/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so.
 */
export function decodeReportBytes(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) {
    const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
    for (let i = 0; i < swapped.length; i += 2) {
      swapped[i] = bytes[i + 3]!;
      swapped[i + 1] = bytes[i + 2]!;
    }
    return new TextDecoder("utf-16le").decode(swapped);
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared === "iso-8859-1" || declared === "latin1" || declared === "latin-1") {
    // Node's "latin1" label is windows-1252 in TextDecoder; Buffer's latin1 is ISO-8859-1 proper.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }
  return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM; bad bytes become U+FFFD
}

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

const MAX_ANNOTATION_MESSAGE_CHARS = 4 * 1024;

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
      message: truncate(message, MAX_ANNOTATION_MESSAGE_CHARS),
    });
  }
  return out;
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

class Reader {
  private i = 0;
  /** Local names of the open elements. */
  private readonly stack: string[] = [];
  private readonly suites: SuiteFrame[] = [];
  private readonly cases: JUnitCase[] = [];
  private current: CaseBuilder | undefined;
  private capture: Capture | undefined;
  private sawRoot = false;

  constructor(
    private readonly s: string,
    private readonly file: string | undefined,
  ) {}

  read(): JUnitReport {
    const s = this.s;
    const n = s.length;
    while (this.i < n) {
      const lt = s.indexOf("<", this.i);
      if (lt === -1) {
        this.text(this.i, n, false);
        break;
      }
      if (lt > this.i) this.text(this.i, lt, false);
      if (s.startsWith("<!--", lt)) {
        this.i = this.until("-->", lt + 4, lt, "a comment is not closed");
      } else if (s.startsWith("<![CDATA[", lt)) {
        const end = this.until("]]>", lt + 9, lt, "a CDATA section is not closed");
        this.text(lt + 9, end - 3, true);
        this.i = end;
      } else if (s.startsWith("<!", lt)) {
        // No DTDs: nothing to expand, nothing to fetch (no XXE, no billion laughs).
        const word = s.slice(lt + 2, lt + 9).toUpperCase();
        if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) {
          this.fail(`refusing a ${word.startsWith("DOCTYPE") ? "DOCTYPE" : "ENTITY"} declaration`, lt);
        }
        if (s.indexOf(">", lt) === -1) this.fail("unexpected end of the report in a declaration", lt);
        this.fail("unexpected markup declaration", lt);
      } else if (s.startsWith("<?", lt)) {
        this.i = this.until("?>", lt + 2, lt, "a processing instruction is not closed");
      } else if (s.charCodeAt(lt + 1) === 0x2f /* / */) {
        this.endTag(lt);
      } else {
        this.startTag(lt);
      }
    }
    if (this.stack.length > 0) {
      this.fail(`unexpected end of the report: <${this.stack[this.stack.length - 1]}> is not closed`, n);
    }
    if (!this.sawRoot) this.fail("no <testsuites> or <testsuite> element: not a JUnit report", 0);
    return summarize(this.cases);
  }

  /** The index after the next `marker`; a report cut off before it (truncated) is refused. */
  private until(marker: string, from: number, start: number, problem: string): number {
    const end = this.s.indexOf(marker, from);
    if (end === -1) this.fail(`unexpected end of the report: ${problem}`, start);
    return end + marker.length;
  }

  private text(from: number, to: number, raw: boolean): void {
    const c = this.capture;
    if (c === undefined || c.chars > MAX_DETAILS_CHARS) return;
    const take = Math.min(to, from + MAX_DETAILS_CHARS + 1 - c.chars);
    const piece = raw ? this.s.slice(from, take) : decodeText(this.s.slice(from, take));
    c.text.push(piece);
    c.chars += piece.length;
  }

  private startTag(lt: number): void {
    const s = this.s;
    const n = s.length;
    if (lt + 1 >= n) this.fail("unexpected end of the report after <", lt);
    let j = lt + 1;
    while (j < n && !isNameEnd(s.charCodeAt(j))) j++;
    const qname = s.slice(lt + 1, j);
    if (qname === "" || /[<&"'=]/.test(qname)) this.fail("a tag has no valid name", lt);
    const attrs: Attrs = new Map();
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) this.fail(`unexpected end of the report inside <${qname}>`, lt);
      const c = s.charCodeAt(j);
      if (c === 0x3e /* > */) {
        j++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (j + 1 >= n) this.fail(`unexpected end of the report inside <${qname}>`, lt);
        if (s.charCodeAt(j + 1) !== 0x3e) this.fail(`unexpected "/" in <${qname}>`, j);
        selfClosing = true;
        j += 2;
        break;
      }
      const nameStart = j;
      while (j < n && !isNameEnd(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x3d /* = */) j++;
      const attr = s.slice(nameStart, j);
      if (attr === "") this.fail(`unexpected character in <${qname}>`, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) this.fail(`unexpected end of the report inside <${qname}>`, lt);
      if (s.charCodeAt(j) !== 0x3d) this.fail(`attribute ${attr} of <${qname}> has no value`, j);
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) this.fail(`unexpected end of the report inside <${qname}>`, lt);
      const q = s.charCodeAt(j);
      if (q !== 0x22 && q !== 0x27) this.fail(`attribute ${attr} of <${qname}> is not quoted`, j);
      const end = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
      if (end === -1)
        this.fail(`unexpected end of the report: attribute ${attr} of <${qname}> is not closed`, j);
      const key = localName(attr);
      if (!attrs.has(key)) attrs.set(key, decodeAttribute(s.slice(j + 1, end)));
      j = end + 1;
    }
    this.i = j;
    this.open(localName(qname).toLowerCase(), attrs, lt);
    if (selfClosing) this.close(lt);
  }

  private endTag(lt: number): void {
    const end = this.until(">", lt + 2, lt, "an end tag is not closed");
    const qname = this.s.slice(lt + 2, end - 1).trim();
    const name = localName(qname).toLowerCase();
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) this.fail(`</${qname}> closes nothing`, lt);
    if (open !== name) this.fail(`</${qname}> does not close <${open}>`, lt);
    this.i = end;
    this.close(lt);
  }

  private open(name: string, attrs: Attrs, at: number): void {
    const depth = this.stack.length;
    if (depth >= MAX_JUNIT_DEPTH) this.fail(`elements nested deeper than ${MAX_JUNIT_DEPTH}`, at);
    this.stack.push(name);
    if (this.capture !== undefined) return; // markup inside a <failure>: its text is kept, the rest ignored
    const parent = depth === 0 ? undefined : this.stack[depth - 1];

    if (depth === 0) {
      if (name !== "testsuites" && name !== "testsuite") {
        this.fail(`not a JUnit report: the root element is <${name}>`, at);
      }
      this.sawRoot = true;
    }
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

  private close(at: number): void {
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
      if (frame === undefined) this.fail(`internal: no suite open at </${name}>`, at);
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

  private finishCapture(c: Capture): void {
    let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
    if (text.length > MAX_DETAILS_CHARS) text = `${text.slice(0, MAX_DETAILS_CHARS)}\n… (truncated)`;
    const firstLine = text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "");
    const raw = c.message?.trim() || firstLine;
    const message = raw === undefined ? undefined : truncate(raw, MAX_MESSAGE_CHARS);

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
      v.details = truncate(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
    }
  }

  private innerSuite(): SuiteFrame | undefined {
    return this.suites[this.suites.length - 1];
  }

  /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
  private zeroBasedLines(): boolean {
    return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
  }

  private fail(reason: string, at: number): never {
    let line = 1;
    let lineStart = 0;
    const s = this.s;
    for (let k = s.indexOf("\n"); k !== -1 && k < at; k = s.indexOf("\n", k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new JUnitParseError(reason, this.file, line, at - lineStart + 1);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */;
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

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Replaces the five predefined entities and character references. Anything else after an `&`
 * (a bare ampersand, an undeclared entity) is kept as written: reports are data, not documents
 * to validate, and some tools do not escape their `&`s.
 */
function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp === -1) return s;
  let out = "";
  let from = 0;
  while (amp !== -1) {
    const semi = s.indexOf(";", amp + 1);
    if (semi === -1) break;
    if (semi - amp <= 10) {
      const ref = s.slice(amp + 1, semi);
      let ch: string | undefined;
      if (ref.charCodeAt(0) === 0x23 /* # */) {
        const code = /^#[xX][0-9a-fA-F]{1,6}$/.test(ref)
          ? Number.parseInt(ref.slice(2), 16)
          : /^#\d{1,7}$/.test(ref)
            ? Number.parseInt(ref.slice(1), 10)
            : undefined;
        if (code !== undefined) {
          ch =
            code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
              ? "\uFFFD"
              : String.fromCodePoint(code);
        }
      } else {
        ch = NAMED[ref];
      }
      if (ch !== undefined) {
        out += s.slice(from, amp) + ch;
        from = semi + 1;
      }
    }
    amp = s.indexOf("&", amp + 1);
  }
  return out + s.slice(from);
}

function decodeText(s: string): string {
  return decodeEntities(s);
}

/** Attribute-value normalisation: literal tabs and newlines become spaces, `&#10;` stays a newline. */
function decodeAttribute(s: string): string {
  return decodeEntities(s.replace(/\r\n|[\r\n\t]/g, " "));
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

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (truncated)`;
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
