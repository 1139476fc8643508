// The XML of test reports, read with saxes (a streaming, non-validating parser, loaded on the
// first report so the other checks never load it) as a stream of tags and text.
//
// No DTD: a DOCTYPE is refused, so no entity is ever declared, expanded or fetched (no XXE, no
// billion laughs); the only entities are XML's five and character references. Saxes does not
// recurse and keeps no more than the open tags and the current text. What test tools get wrong
// and is still readable is read (bare `&`s, control characters, text around the root, several
// roots, repeated attributes); the rest is an XmlError that says what and where.
import { fixedPieces, originalOffset } from "./references.ts";

export interface XmlHandlers {
  /** A start tag: its name and attributes as written, in order (repeats included). */
  open(name: string, attributes: [name: string, value: string][]): void;
  /** Character data and CDATA, references decoded, line ends as "\n". */
  text(text: string): void;
  close(): void;
}

/**
 * What is wrong with the XML, and where (1-based; columns in UTF-16 units). Handlers throw one
 * without a position to refuse what they read: it gets the position of the tag being read.
 */
export class XmlError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
    this.name = "XmlError";
  }
}

// Saxes' complaints about what the reader accepts anyway.
const TOLERATED_MESSAGES = new Set([
  "disallowed character.", // raw control characters; a `<` in an attribute value (dropped)
  "text data outside of root node.",
  "documents may contain only one root.", // concatenated reports
  "no whitespace between attributes.",
  'the string "]]>" is disallowed in char data.',
  "malformed comment.", // `--` inside a comment
]);
const TOLERATED_PATTERNS = [
  /^duplicate attribute: /,
  // The XML declaration and processing instructions do not matter to a report.
  /XML declaration|processing instruction|version number|encoding value|standalone value/,
  /^(whitespace required|value required|value must be quoted|did not expect any more name\/value pairs)\.$/,
  /^expected (the name|one of) /,
  /^The character \? is disallowed/,
];
const tolerated = (message: string) =>
  TOLERATED_MESSAGES.has(message) || TOLERATED_PATTERNS.some((p) => p.test(message));

/**
 * Each bare `&` repaired and each complaint of saxes' let pass costs time (saxes makes an Error
 * for each); a report can have this many, which bounds the time a hostile one takes.
 */
export const MAX_COMPLAINTS = 1_000_000;

// Saxes takes a lone surrogate for half of a pair and may swallow the character after it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Reads `report` into `handlers`; throws an XmlError for what is not XML (or not readable as it). */
export async function readXml(report: string, handlers: XmlHandlers): Promise<void> {
  const { SaxesParser } = await import("saxes");
  // U+FFFD, as a decoder makes of them; offsets stay the same.
  const xml = report.replace(LONE_SURROGATE, "\uFFFD");
  const parser = new SaxesParser({ position: true });
  // Offsets in the text saxes reads (see references.ts), turned into the report's own on a failure.
  let markupEnd = 0; // after the last whole tag, comment, CDATA section or processing instruction
  let beforeComment = 0; // markupEnd before the last `--`, which ends the comment only if `>` follows
  let afterComment = false; // whether the last markup event was a comment's `--`
  let attributesEnd = 0; // after the name or the last attribute of the start tag being read
  let startTag: string | undefined; // the start tag being read (its `>` not seen yet)
  let attributes: [string, string][] = [];
  let closed = ""; // the element the last end tag closed
  let ending = false;
  const atEnd: string[] = [];
  let complaints = 0; // saxes' and references.ts' repairs

  const at = (offset: number) => originalOffset(xml, offset);
  /** Where the markup being read starts: the first `<` after the last whole markup (-1: none). */
  const markupStart = () => xml.indexOf("<", at(markupEnd));
  const fail = (reason: string, offset: number): never => {
    throw new XmlError(reason, ...lineColumn(xml, Math.max(0, offset)));
  };

  parser.on("doctype", () => fail("refusing a DOCTYPE declaration", markupStart()));
  parser.on("opentagstart", (tag) => {
    startTag = tag.name;
    attributes = [];
    attributesEnd = parser.position;
  });
  parser.on("attribute", (a) => {
    attributes.push([a.name, a.value]);
    attributesEnd = parser.position;
  });
  const ended = (comment = false) => {
    if (comment) beforeComment = markupEnd;
    afterComment = comment;
    markupEnd = parser.position;
  };
  parser.on("opentag", (tag) => {
    startTag = undefined;
    handlers.open(tag.name, attributes);
    ended();
  });
  parser.on("closetag", (tag) => {
    closed = tag.name;
    handlers.close();
    ended();
  });
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => {
    handlers.text(text);
    ended();
  });
  parser.on("comment", () => ended(true));
  parser.on("processinginstruction", () => ended());
  parser.on("xmldecl", () => ended());
  const complain = (where: () => number) => {
    if (++complaints > MAX_COMPLAINTS) fail(`more than ${MAX_COMPLAINTS} XML errors: not read`, where());
  };
  parser.on("error", (error) => {
    const message = error.message.replace(/^\d+:\d+: /, ""); // saxes' position: ours is below
    if (ending) {
      atEnd.push(message);
      return;
    }
    if (!tolerated(message)) {
      const { reason, offset } = refusal(message, xml, at(parser.position), markupStart, startTag, closed);
      fail(reason, offset);
    }
    if (message === "malformed comment.") markupEnd = beforeComment; // a `--` inside: the comment goes on
    complain(() => at(parser.position));
  });

  try {
    for (const piece of fixedPieces(xml, (offset) => complain(() => offset))) parser.write(piece);
    ending = true;
    parser.close();
  } catch (e) {
    if (e instanceof XmlError && e.line === undefined) fail(e.reason, markupStart());
    throw e;
  }

  // At the end saxes names each open element, innermost first, then says whether it was inside
  // other markup; a missing root is the caller's to judge.
  if (atEnd.includes("unexpected end.")) {
    if (afterComment && xml[at(markupEnd)] !== ">") markupEnd = beforeComment; // no `>` after the `--`
    const from = markupStart();
    if (from === -1) fail("unexpected end of the report", xml.length);
    const attributesFrom = at(attributesEnd);
    fail(
      unfinished(xml.slice(from, from + 9), startTag, xml.slice(attributesFrom, attributesFrom + 1024)),
      from,
    );
  }
  const unclosed = atEnd.find((m) => m.startsWith("unclosed tag: "));
  if (unclosed !== undefined) {
    fail(
      `unexpected end of the report: <${unclosed.slice("unclosed tag: ".length)}> is not closed`,
      xml.length,
    );
  }
}

/** Why a document saxes refused is refused, in our words, and where. */
function refusal(
  message: string,
  xml: string,
  /** After the character saxes complained at. */
  next: number,
  markupStart: () => number,
  startTag: string | undefined,
  closed: string,
): { reason: string; offset: number } {
  const here = Math.max(0, next - 1);
  const tag = `<${startTag ?? "?"}>`;
  if (message.startsWith("disallowed character in tag name")) {
    return { reason: "a tag has no valid name", offset: markupStart() };
  }
  if (message === "incorrect syntax." || message === "inappropriately located doctype declaration.") {
    const start = markupStart();
    const word = xml.slice(start + 2, start + 9).toUpperCase();
    const reason = word.startsWith("DOCTYPE")
      ? "refusing a DOCTYPE declaration"
      : word.startsWith("ENTITY")
        ? "refusing an ENTITY declaration"
        : "unexpected markup declaration";
    return { reason, offset: start };
  }
  if (message === "unexpected close tag." || message.startsWith("unmatched closing tag: ")) {
    const start = Math.max(0, xml.lastIndexOf("</", here));
    const name = xml.slice(start + 2, Math.max(start + 2, xml.indexOf(">", start))).trim();
    const reason =
      message === "unexpected close tag."
        ? `</${name}> does not close <${closed}>`
        : `</${name}> closes nothing`;
    return { reason, offset: start };
  }
  if (message === "weird empty close tag." || message === "disallowed character in closing tag.") {
    return { reason: "an end tag has no valid name", offset: xml.lastIndexOf("</", here) };
  }
  if (message === "attribute without value." || message === "disallowed character in attribute name.") {
    const c = xml[here];
    if (message === "attribute without value." || c === "/" || c === ">") {
      return { reason: `${attribute(nameBefore(xml, here))} of ${tag} has no value`, offset: here };
    }
    return { reason: `unexpected character in ${tag}`, offset: here };
  }
  if (message === "unquoted attribute value.") {
    return { reason: `${attribute(nameBefore(xml, here))} of ${tag} is not quoted`, offset: here };
  }
  if (message === "forward-slash in opening tag not followed by >.") {
    return { reason: `unexpected "/" in ${tag}`, offset: here };
  }
  if (/entity/.test(message)) {
    // references.ts leaves saxes only well-formed references, outside what it took for comments,
    // CDATA or processing instructions in a document this broken
    return { reason: "a malformed entity or character reference", offset: here };
  }
  return { reason: `not well-formed XML: ${message.replace(/\.$/, "")}`, offset: here };
}

/** What the report ended in the middle of, from the start of the unfinished markup (`head`). */
function unfinished(head: string, startTag: string | undefined, afterAttributes: string): string {
  if (head.startsWith("<!--")) return "unexpected end of the report: a comment is not closed";
  if (head.startsWith("<![CDATA[")) return "unexpected end of the report: a CDATA section is not closed";
  if (/^<!doctype/i.test(head)) return "refusing a DOCTYPE declaration";
  if (head.startsWith("<!")) return "unexpected end of the report in a declaration";
  if (head.startsWith("<?")) return "unexpected end of the report: a processing instruction is not closed";
  if (head.startsWith("</")) return "unexpected end of the report: an end tag is not closed";
  if (startTag === undefined) return "unexpected end of the report inside a tag name";
  const open = /^\s*([^\s=/>]+)\s*=\s*["']/.exec(afterAttributes)?.[1];
  return open === undefined
    ? `unexpected end of the report inside <${startTag}>`
    : `unexpected end of the report: attribute ${open} of <${startTag}> is not closed`;
}

/** The attribute name that ends just before `end` (skipping white space and an `=`), if any. */
function nameBefore(xml: string, end: number): string | undefined {
  const before = xml.slice(Math.max(0, end - 256), end);
  return /([^\s<>="'/]+)\s*=?\s*$/.exec(before)?.[1];
}

function attribute(name: string | undefined): string {
  return name === undefined ? "an attribute" : `attribute ${name}`;
}

/** 1-based line and column of `offset`, lines ending at "\n". */
function lineColumn(xml: string, offset: number): [line: number, column: number] {
  let line = 1;
  let lineStart = 0;
  for (let k = xml.indexOf("\n"); k !== -1 && k < offset; k = xml.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return [line, offset - lineStart + 1];
}
