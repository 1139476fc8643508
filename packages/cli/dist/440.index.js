export const id = 440;
export const ids = [440];
export const modules = {

/***/ 4302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   VG: () => (/* binding */ healthcheckTargets),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   d8: () => (/* binding */ healthcheckOptions),
/* harmony export */   sP: () => (/* binding */ runHealthcheck),
/* harmony export */   yd: () => (/* binding */ defaultDeadlineMs)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2158);
// The healthcheck runner: after a startup grace, probe every endpoint until it passes, retrying with a
// growing, jittered delay, within one deadline for the whole run and a bound on probes in flight.


const DEFAULT_BACKOFF = { factor: 1.5, maxMs: 30_000, jitter: 0.2 };
const DEFAULT_CONCURRENCY = 16;
/** The options a descriptor's `healthcheck` asks for, with `overrides` on top. */
function healthcheckOptions(h, overrides = {}) {
    return {
        startupGraceMs: h.startupGraceMs,
        intervalMs: h.intervalMs,
        timeoutMs: h.timeoutMs,
        retries: h.retries,
        ...overrides,
    };
}
/** The descriptor's endpoints as probe targets, for the service's domain and port in one environment. */
function healthcheckTargets(h, service, readCa) {
    return h.endpoints.map((endpoint) => ({
        name: endpoint.name,
        target: (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .targetFor */ .x1)(endpoint, service, readCa),
    }));
}
function defaultDeadlineMs(o, backoff = DEFAULT_BACKOFF) {
    // Room for every attempt and every backed-off wait at its longest jitter, and as much again
    // for a busy runner: the deadline should stop a stuck check, never cut the last retry short.
    let waits = 0;
    for (let n = 0; n < o.retries; n++)
        waits += Math.min(backoff.maxMs, o.intervalMs * backoff.factor ** n) * (1 + backoff.jitter);
    return o.startupGraceMs + 2 * ((o.retries + 1) * o.timeoutMs + waits);
}
/**
 * The wait before retry `n` (0-based): interval \u00d7 factor^n capped at maxMs, then jittered by \u00b1 jitter, never
 * above maxMs (so at the cap the jitter still spreads retries out, downwards).
 */
function backoffDelay(n, intervalMs, backoff, random) {
    const capped = Math.min(backoff.maxMs, intervalMs * backoff.factor ** n);
    const jittered = capped * (1 + backoff.jitter * (2 * random() - 1));
    return Math.round(Math.min(backoff.maxMs, Math.max(0, jittered)));
}
/** Resolves after `ms`, or as soon as `signal` aborts; leaves no timer behind either way. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener("abort", done, { once: true });
    });
}
async function runHealthcheck(targets, options) {
    const now = options.now ?? (() => performance.now());
    const wait = options.sleep ?? abortableSleep;
    const random = options.random ?? Math.random;
    const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    const started = now();
    const deadlineAt = started + (options.deadlineMs ?? defaultDeadlineMs(options, backoff));
    // One signal of our own for everything in flight (probes, waits, queued endpoints), so a run with many
    // endpoints adds one listener to the caller's signal, not one per endpoint.
    const run = new AbortController();
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, run.signal);
    const cancel = () => run.abort(options.signal?.reason);
    if (options.signal?.aborted)
        cancel();
    else
        options.signal?.addEventListener("abort", cancel, { once: true });
    const reports = targets.map(({ name, target }) => ({
        name,
        target: (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(target),
        ok: false,
        attempts: 0,
    }));
    let deadlineExceeded = false;
    const pause = async (ms) => {
        try {
            await wait(ms, run.signal);
        }
        catch (err) {
            if (!run.signal.aborted)
                throw err;
        }
    };
    const slots = semaphore(options.concurrency ?? DEFAULT_CONCURRENCY, run.signal);
    const runEndpoint = async (target, report, name) => {
        for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
            const release = await slots.acquire();
            if (!release)
                return;
            let result;
            let clipped;
            try {
                const remaining = deadlineAt - now();
                if (remaining <= 0) {
                    deadlineExceeded = true;
                    return;
                }
                clipped = remaining < options.timeoutMs;
                result = await (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probe */ .dy)(target, {
                    timeoutMs: Math.min(options.timeoutMs, remaining),
                    signal: run.signal,
                    now,
                });
            }
            finally {
                release();
            }
            if (run.signal.aborted && !result.ok)
                return;
            record(report, attempt, result);
            options.onAttempt?.({ name, attempt, result });
            if (result.ok)
                return;
            if (clipped && result.error?.kind === "timeout") {
                deadlineExceeded = true;
                return;
            }
            if (attempt > options.retries)
                return;
            const delay = backoffDelay(attempt - 1, options.intervalMs, backoff, random);
            if (now() + delay >= deadlineAt) {
                deadlineExceeded = true;
                return;
            }
            await pause(delay);
            if (run.signal.aborted)
                return;
        }
    };
    try {
        if (targets.length > 0 && !run.signal.aborted) {
            const grace = Math.min(options.startupGraceMs, deadlineAt - now());
            if (grace > 0)
                await pause(grace);
            if (grace < options.startupGraceMs)
                deadlineExceeded = true;
            else if (!run.signal.aborted) {
                await Promise.all(targets.map(({ name, target }, i) => runEndpoint(target, reports[i], name)));
            }
        }
    }
    finally {
        options.signal?.removeEventListener("abort", cancel);
    }
    const cancelled = run.signal.aborted;
    return {
        ok: !cancelled && reports.every((r) => r.ok),
        durationMs: Math.max(0, Math.round(now() - started)),
        endpoints: reports,
        deadlineExceeded,
        cancelled,
    };
}
function record(report, attempt, result) {
    report.attempts = attempt;
    report.ok = result.ok;
    report.latencyMs = result.latencyMs;
    if (result.status === undefined)
        delete report.lastStatus;
    else
        report.lastStatus = result.status;
    if (result.error === undefined)
        delete report.lastError;
    else
        report.lastError = result.error;
}
/**
 * At most `limit` holders at once, first come first served. `acquire` resolves to the release function, or to
 * undefined once `signal` aborts (waiters are let go at once).
 */
function semaphore(limit, signal) {
    let free = Math.max(1, Math.floor(limit));
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        if (next)
            next(once(release));
        else
            free++;
    };
    signal.addEventListener("abort", () => {
        for (const waiter of waiting.splice(0))
            waiter(undefined);
    }, { once: true });
    return {
        acquire() {
            if (signal.aborted)
                return Promise.resolve(undefined);
            if (free > 0) {
                free--;
                return Promise.resolve(once(release));
            }
            return new Promise((resolve) => waiting.push(resolve));
        },
    };
}
function once(fn) {
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        fn();
    };
}


/***/ }),

/***/ 9742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ decodeReportBytes)
/* harmony export */ });
// The bytes of a report file as text. Test tools write UTF-8 nearly always; a few write UTF-16
// with a byte order mark, or ISO-8859-1 and say so in the XML declaration.
/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so. Bytes that are not UTF-8 become U+FFFD.
 */
function decodeReportBytes(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xff && b1 === 0xfe)
        return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) {
        const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
        for (let i = 0; i < swapped.length; i += 2) {
            swapped[i] = bytes[i + 3];
            swapped[i + 1] = bytes[i + 2];
        }
        return new TextDecoder("utf-16le").decode(swapped);
    }
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
    if (declared === "iso-8859-1" || declared === "latin1" || declared === "latin-1") {
        // Node's "latin1" label is windows-1252 in TextDecoder; Buffer's latin1 is ISO-8859-1 proper.
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM
}


/***/ }),

/***/ 503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qI: () => (/* binding */ JUnitParseError),
  w_: () => (/* binding */ MAX_JUNIT_BYTES),
  o9: () => (/* binding */ MAX_JUNIT_DEPTH),
  C1: () => (/* binding */ mergeReports),
  iM: () => (/* binding */ parseJUnit)
});

;// CONCATENATED MODULE: ../checks/src/references.ts
// The `&`s of a report made safe for a strict XML parser, keeping what they meant before.
//
// Reports are data, and some tools do not escape their `&`s. Saxes reads a bare `&` as the start
// of an entity reference up to the next `;`, markup included, so such a report would lose tags.
// Before parsing, an `&` that does not start one of the five predefined entities or a character
// reference is written `&amp;` (so `AT&T` and `&nbsp;` read as written), and a character reference
// XML forbids (or spells `&#x\u2026;` with a capital X) becomes its character (U+FFFD for NUL,
// surrogates and numbers past U+10FFFF), as the reader before saxes read them. Comments,
// CDATA sections and processing instructions are left as they are: an `&` there is just text.
const TOKEN = /<!--|<!\[CDATA\[|<\?|&(?:(?:lt|gt|amp|quot|apos);|#(\d{1,7});|#([xX])([0-9a-fA-F]{1,6});)?/g;
const SECTION_END = { "<!--": "-->", "<![CDATA[": "]]>", "<?": "?>" };
/** The fix-ups of `xml`, in order. A generator, so a hostile report does not fill memory with them. */
function* fixups(xml) {
    const token = new RegExp(TOKEN); // its own lastIndex: two scans of one text may interleave
    for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
        const [found, decimal, x, hex] = m;
        const end = SECTION_END[found];
        if (end !== undefined) {
            const close = xml.indexOf(end, m.index + found.length);
            if (close === -1)
                return; // unclosed: the parser says so
            token.lastIndex = close + end.length;
        }
        else if (found === "&") {
            yield { at: m.index, end: m.index + 1, text: "&amp;" };
        }
        else if (decimal !== undefined || hex !== undefined) {
            const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
            if (isXmlChar(code) && x !== "X")
                continue;
            const text = isXmlChar(code) ? `&#${code};` : isCodePoint(code) ? String.fromCodePoint(code) : "\uFFFD";
            yield { at: m.index, end: m.index + found.length, text };
        }
    }
}
/**
 * `xml` with its fix-ups, in pieces of about 64 Ki characters for a streaming parser. `onFixup`
 * hears where each one is.
 */
function* fixedPieces(xml, onFixup) {
    let from = 0;
    let piece = "";
    for (const f of fixups(xml)) {
        onFixup?.(f.at);
        piece += xml.slice(from, f.at) + f.text;
        from = f.end;
        if (piece.length >= 1 << 16) {
            yield piece;
            piece = "";
        }
    }
    yield piece + xml.slice(from);
}
/** Where an offset in the fixed text is in `xml` (the start of a fix-up, for an offset inside one). */
function originalOffset(xml, offset) {
    let shift = 0;
    for (const f of fixups(xml)) {
        const at = f.at + shift;
        if (offset < at)
            break;
        if (offset < at + f.text.length)
            return f.at;
        shift += f.text.length - (f.end - f.at);
    }
    return offset - shift;
}
/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isCodePoint(code) {
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

;// CONCATENATED MODULE: ../checks/src/xml.ts
// The XML of test reports, read with saxes (a streaming, non-validating parser, loaded on the
// first report so the other checks never load it) as a stream of tags and text.
//
// No DTD: a DOCTYPE is refused, so no entity is ever declared, expanded or fetched (no XXE, no
// billion laughs); the only entities are XML's five and character references. Saxes does not
// recurse and keeps no more than the open tags and the current text. What test tools get wrong
// and is still readable is read (bare `&`s, control characters, text around the root, several
// roots, repeated attributes); the rest is an XmlError that says what and where.

/**
 * What is wrong with the XML, and where (1-based; columns in UTF-16 units). Handlers throw one
 * without a position to refuse what they read: it gets the position of the tag being read.
 */
class XmlError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
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
const tolerated = (message) => TOLERATED_MESSAGES.has(message) || TOLERATED_PATTERNS.some((p) => p.test(message));
/**
 * Each bare `&` repaired and each complaint of saxes' let pass costs time (saxes makes an Error
 * for each); a report can have this many, which bounds the time a hostile one takes.
 */
const MAX_COMPLAINTS = 1_000_000;
// Saxes takes a lone surrogate for half of a pair and may swallow the character after it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Reads `report` into `handlers`; throws an XmlError for what is not XML (or not readable as it). */
async function readXml(report, handlers) {
    const { SaxesParser } = await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 628));
    // U+FFFD, as a decoder makes of them; offsets stay the same.
    const xml = report.replace(LONE_SURROGATE, "\uFFFD");
    const parser = new SaxesParser({ position: true });
    // Offsets in the text saxes reads (see references.ts), turned into the report's own on a failure.
    let markupEnd = 0; // after the last whole tag, comment, CDATA section or processing instruction
    let beforeComment = 0; // markupEnd before the last `--`, which ends the comment only if `>` follows
    let afterComment = false; // whether the last markup event was a comment's `--`
    let attributesEnd = 0; // after the name or the last attribute of the start tag being read
    let startTag; // the start tag being read (its `>` not seen yet)
    let attributes = [];
    let closed = ""; // the element the last end tag closed
    let ending = false;
    const atEnd = [];
    let complaints = 0; // saxes' and references.ts' repairs
    const at = (offset) => originalOffset(xml, offset);
    /** Where the markup being read starts: the first `<` after the last whole markup (-1: none). */
    const markupStart = () => xml.indexOf("<", at(markupEnd));
    const fail = (reason, offset) => {
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
        if (comment)
            beforeComment = markupEnd;
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
    const complain = (where) => {
        if (++complaints > MAX_COMPLAINTS)
            fail(`more than ${MAX_COMPLAINTS} XML errors: not read`, where());
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
        if (message === "malformed comment.")
            markupEnd = beforeComment; // a `--` inside: the comment goes on
        complain(() => at(parser.position));
    });
    try {
        for (const piece of fixedPieces(xml, (offset) => complain(() => offset)))
            parser.write(piece);
        ending = true;
        parser.close();
    }
    catch (e) {
        if (e instanceof XmlError && e.line === undefined)
            fail(e.reason, markupStart());
        throw e;
    }
    // At the end saxes names each open element, innermost first, then says whether it was inside
    // other markup; a missing root is the caller's to judge.
    if (atEnd.includes("unexpected end.")) {
        if (afterComment && xml[at(markupEnd)] !== ">")
            markupEnd = beforeComment; // no `>` after the `--`
        const from = markupStart();
        if (from === -1)
            fail("unexpected end of the report", xml.length);
        const attributesFrom = at(attributesEnd);
        fail(unfinished(xml.slice(from, from + 9), startTag, xml.slice(attributesFrom, attributesFrom + 1024)), from);
    }
    const unclosed = atEnd.find((m) => m.startsWith("unclosed tag: "));
    if (unclosed !== undefined) {
        fail(`unexpected end of the report: <${unclosed.slice("unclosed tag: ".length)}> is not closed`, xml.length);
    }
}
/** Why a document saxes refused is refused, in our words, and where. */
function refusal(message, xml, 
/** After the character saxes complained at. */
next, markupStart, startTag, closed) {
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
        const reason = message === "unexpected close tag."
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
function unfinished(head, startTag, afterAttributes) {
    if (head.startsWith("<!--"))
        return "unexpected end of the report: a comment is not closed";
    if (head.startsWith("<![CDATA["))
        return "unexpected end of the report: a CDATA section is not closed";
    if (/^<!doctype/i.test(head))
        return "refusing a DOCTYPE declaration";
    if (head.startsWith("<!"))
        return "unexpected end of the report in a declaration";
    if (head.startsWith("<?"))
        return "unexpected end of the report: a processing instruction is not closed";
    if (head.startsWith("</"))
        return "unexpected end of the report: an end tag is not closed";
    if (startTag === undefined)
        return "unexpected end of the report inside a tag name";
    const open = /^\s*([^\s=/>]+)\s*=\s*["']/.exec(afterAttributes)?.[1];
    return open === undefined
        ? `unexpected end of the report inside <${startTag}>`
        : `unexpected end of the report: attribute ${open} of <${startTag}> is not closed`;
}
/** The attribute name that ends just before `end` (skipping white space and an `=`), if any. */
function nameBefore(xml, end) {
    const before = xml.slice(Math.max(0, end - 256), end);
    return /([^\s<>="'/]+)\s*=?\s*$/.exec(before)?.[1];
}
function attribute(name) {
    return name === undefined ? "an attribute" : `attribute ${name}`;
}
/** 1-based line and column of `offset`, lines ending at "\n". */
function lineColumn(xml, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = xml.indexOf("\n"); k !== -1 && k < offset; k = xml.indexOf("\n", k + 1)) {
        line++;
        lineStart = k + 1;
    }
    return [line, offset - lineStart + 1];
}

;// CONCATENATED MODULE: ../checks/src/junit.ts
// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, \u2026), read into test cases and totals.
//
// The XML is read by xml.ts (no DTD, so no XXE and no billion laughs); this module holds what
// the elements mean. It keeps no more than it needs, caps the input size, the nesting depth and
// the text it keeps, and counts the totals from the test cases, not from the suites' attributes.

class JUnitParseError extends Error {
    reason;
    file;
    line;
    column;
    code = "E_JUNIT";
    constructor(
    /** What is wrong, without the location. */
    reason, file, 
    /** 1-based position in the XML, when the problem has one. */
    line, column) {
        const where = file === undefined ? "" : line === undefined ? `${file}: ` : `${file}:${line}:${column}: `;
        const at = file === undefined && line !== undefined ? ` (line ${line}, column ${column})` : "";
        super(`${where}${reason}${at}`);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = "JUnitParseError";
    }
}
/** Reports larger than this are refused. */
const MAX_JUNIT_BYTES = 50 * 1024 * 1024;
/** Elements nested deeper than this are refused (real reports nest a handful of levels). */
const MAX_JUNIT_DEPTH = 256;
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
async function parseJUnit(xml, file) {
    if (typeof xml !== "string")
        throw new JUnitParseError("the report is not text", file);
    if (xml.length > MAX_JUNIT_BYTES) {
        throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
    }
    const reader = new Reader();
    try {
        await readXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, reader);
    }
    catch (e) {
        if (e instanceof XmlError)
            throw new JUnitParseError(e.reason, file, e.line, e.column);
        throw e;
    }
    if (!reader.sawRoot) {
        throw new JUnitParseError("no <testsuites> or <testsuite> element: not a JUnit report", file, 1, 1);
    }
    return summarize(reader.cases);
}
/** One report out of many (one file per test file or per package is common). */
function mergeReports(reports) {
    return summarize(reports.flatMap((r) => r.cases));
}
// ---------------------------------------------------------------------------------------------
function summarize(cases) {
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    let time = 0;
    for (const c of cases) {
        if (c.status === "failed")
            failures++;
        else if (c.status === "error")
            errors++;
        else if (c.status === "skipped")
            skipped++;
        time += c.timeSec ?? 0;
    }
    return { tests: cases.length, failures, errors, skipped, timeSec: Math.round(time * 1000) / 1000, cases };
}
const RANK = { passed: 0, skipped: 1, error: 2, failed: 3 };
const STATUS_OF = { failure: "failed", error: "error", skipped: "skipped" };
/** The JUnit meaning of the elements, as the XML reader hands them over. */
class Reader {
    /** Local names of the open elements, lower case. */
    stack = [];
    suites = [];
    cases = [];
    current;
    capture;
    sawRoot = false;
    open(qname, attributes) {
        const name = localName(qname).toLowerCase();
        const depth = this.stack.length;
        if (depth >= MAX_JUNIT_DEPTH)
            throw new XmlError(`elements nested deeper than ${MAX_JUNIT_DEPTH}`);
        this.stack.push(name);
        if (this.capture !== undefined)
            return; // markup inside a <failure>: its text is kept, the rest ignored
        const parent = depth === 0 ? undefined : this.stack[depth - 1];
        if (depth === 0) {
            if (name !== "testsuites" && name !== "testsuite") {
                throw new XmlError(`not a JUnit report: the root element is <${name}>`);
            }
            this.sawRoot = true;
        }
        // By local name (a namespace prefix changes nothing); the first of repeated names wins.
        const attrs = new Map();
        for (const [key, value] of attributes)
            if (!attrs.has(localName(key)))
                attrs.set(localName(key), value);
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
            const value = { suite: suite?.name ?? "", name: attrs.get("name") ?? "", status: "passed" };
            const classname = attrs.get("classname") ?? attrs.get("class");
            if (classname)
                value.classname = classname;
            const file = attrs.get("file") ?? attrs.get("filepath") ?? suite?.file;
            if (file)
                value.file = file;
            const line = lineNumber(attrs.get("line") ?? attrs.get("lineno"), this.zeroBasedLines());
            if (line !== undefined)
                value.line = line;
            const time = seconds(attrs.get("time"));
            if (time !== undefined)
                value.timeSec = time;
            this.current = { depth, value, bad: 0 };
            return;
        }
        if (name === "failure" || name === "error" || name === "skipped") {
            const kase = this.current;
            const status = STATUS_OF[name];
            if (kase !== undefined && parent === "testcase" && kase.depth === depth - 1) {
                if (name !== "skipped")
                    kase.bad++;
                const decides = RANK[status] > RANK[kase.value.status];
                if (decides)
                    kase.value.status = status;
                this.startCapture(name, attrs, depth, decides, false);
            }
            else if (kase === undefined &&
                name !== "skipped" &&
                (parent === "testsuite" || parent === "testsuites")) {
                this.startCapture(name, attrs, depth, true, true);
            }
        }
    }
    text(text) {
        const c = this.capture;
        if (c === undefined || c.chars > MAX_DETAILS_CHARS)
            return;
        const piece = text.slice(0, MAX_DETAILS_CHARS + 1 - c.chars);
        c.text.push(piece);
        c.chars += piece.length;
    }
    close() {
        const name = this.stack.pop();
        const depth = this.stack.length;
        const c = this.capture;
        if (c !== undefined) {
            if (c.depth !== depth)
                return;
            this.capture = undefined;
            this.finishCapture(c);
            return;
        }
        const kase = this.current;
        if (kase !== undefined) {
            if (kase.depth !== depth)
                return;
            this.current = undefined;
            this.cases.push(kase.value);
            for (const f of this.suites)
                f.counted += kase.bad;
            return;
        }
        if (name === "testsuites" || name === "testsuite") {
            const frame = this.suites.pop();
            if (frame === undefined)
                return;
            const missing = frame.declared - frame.counted;
            if (missing > 0) {
                this.cases.push({
                    suite: frame.name,
                    name: `(${frame.element} ${JSON.stringify(frame.name)})`,
                    ...(frame.file ? { file: frame.file } : {}),
                    status: "error",
                    message: `the suite reports ${missing} more failure${missing === 1 ? "" : "s"} or error${missing === 1 ? "" : "s"} than its test cases show`,
                });
                for (const f of this.suites)
                    f.counted += missing;
            }
        }
    }
    startCapture(kind, attrs, depth, decides, suiteLevel) {
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
    finishCapture(c) {
        let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
        if (text.length > MAX_DETAILS_CHARS)
            text = `${text.slice(0, MAX_DETAILS_CHARS)}\n\u2026 (truncated)`;
        const firstLine = text
            .split("\n")
            .map((l) => l.trim())
            .find((l) => l !== "");
        const raw = c.message?.trim() || firstLine;
        const message = raw === undefined ? undefined : cut(raw, MAX_MESSAGE_CHARS);
        if (c.suiteLevel) {
            const suite = this.innerSuite();
            const value = {
                suite: suite?.name ?? "",
                name: `(${suite?.element ?? "testsuite"} ${JSON.stringify(suite?.name ?? "")})`,
                status: STATUS_OF[c.kind],
            };
            if (suite?.file)
                value.file = suite.file;
            if (message !== undefined)
                value.message = message;
            if (text)
                value.details = text;
            this.cases.push(value);
            for (const f of this.suites)
                f.counted++;
            return;
        }
        const v = this.current.value;
        if (c.decides) {
            if (message === undefined)
                delete v.message;
            else
                v.message = message;
            if (text)
                v.details = text;
            else
                delete v.details;
        }
        else if (STATUS_OF[c.kind] === v.status && text) {
            // A second <failure> (a rerun) or <error> of the same rank: keep its text too.
            v.details = cut(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
        }
    }
    innerSuite() {
        return this.suites[this.suites.length - 1];
    }
    /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
    zeroBasedLines() {
        return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
    }
}
function localName(qname) {
    const colon = qname.indexOf(":");
    return colon === -1 ? qname : qname.slice(colon + 1);
}
function count(v) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return 0;
    return Number(v);
}
function lineNumber(v, zeroBased) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return undefined;
    const n = Number(v) + (zeroBased ? 1 : 0);
    return n >= 1 ? n : undefined;
}
/** Seconds, as tools write them: "0.003", "12", "1,234.5" (older Surefire), "0,003" (a decimal comma). */
function seconds(v) {
    if (v === undefined)
        return undefined;
    let t = v.trim();
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
        t = t.replace(/,/g, "");
    else if (/^\d+,\d+$/.test(t))
        t = t.replace(",", ".");
    if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
/** Without leading blank lines, trailing whitespace, or the indentation all lines share. */
function dedent(text) {
    const lines = text
        .replace(/^\s*\n/, "")
        .trimEnd()
        .split("\n");
    let indent = Number.POSITIVE_INFINITY;
    for (const l of lines) {
        if (l.trim() === "")
            continue;
        indent = Math.min(indent, l.length - l.trimStart().length);
    }
    if (indent === 0 || indent === Number.POSITIVE_INFINITY)
        return lines.join("\n");
    return lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n");
}
/** At most `max` characters and a note that the rest was cut (readers should know it was). */
function cut(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}\u2026 (truncated)`;
}


/***/ }),

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ smokeTarget),
/* harmony export */   Sc: () => (/* binding */ DEFAULT_FOLLOW_REDIRECTS),
/* harmony export */   U1: () => (/* binding */ jsonPath),
/* harmony export */   YK: () => (/* binding */ MAX_BODY_BYTES),
/* harmony export */   a1: () => (/* binding */ describeStatuses),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   oJ: () => (/* binding */ probeErrorFor),
/* harmony export */   x1: () => (/* binding */ targetFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2810);
// One attempt against one target: an HTTP(S) request judged against an expectation, or a TCP connect.
// Built on node:http/https/net rather than fetch so that the TLS trust (a CA, or no verification) and the
// socket's life are ours: every attempt has its own socket (`agent: false`) and destroys it when done.




/** The most body read per response; the rest is not downloaded. */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_FOLLOW_REDIRECTS = 5;
const USER_AGENT = "gitops-checks";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** One attempt. Never rejects: every failure is a result with an `error`. */
async function probe(target, options) {
    const now = options.now ?? (() => performance.now());
    const started = now();
    const guard = new Guard(options.timeoutMs, options.signal);
    let outcome;
    try {
        outcome = target.kind === "tcp" ? await connectTcp(target, guard) : await requestHttp(target, guard);
    }
    catch (err) {
        // Only a bug gets here (everything expected is turned into an outcome); still, a probe never throws.
        outcome = { ok: false, error: { kind: "other", message: messageOf(err) } };
    }
    finally {
        guard.dispose();
    }
    return { ...outcome, latencyMs: Math.max(0, Math.round((now() - started) * 10) / 10) };
}
/** A readable name for the target: the URL, or tcp://host:port. */
function describeTarget(target) {
    return target.kind === "tcp" ? `tcp://${hostPort(target.host, target.port)}` : target.url;
}
/**
 * The probe target of a healthcheck endpoint. Relative paths resolve against the service's domain and port
 * for the environment; scheme https when the endpoint has `tls`. TCP endpoints connect to the domain.
 * `readCa` reads `tls.caFile` (a path as the descriptor gives it); required when an endpoint names one.
 */
function targetFor(endpoint, service, readCa) {
    if (endpoint.kind === "tcp")
        return { kind: "tcp", host: stripBrackets(service.domain), port: endpoint.port };
    const target = {
        kind: "http",
        url: resolveUrl(endpoint.target, service, endpoint.tls ? "https" : "http"),
        method: endpoint.method,
        headers: { ...endpoint.headers },
        expect: endpoint.expect,
    };
    if (endpoint.tls) {
        if (endpoint.tls.insecureSkipVerify)
            target.insecureSkipVerify = true;
        if (endpoint.tls.caFile !== undefined) {
            if (!readCa) {
                throw new Error(`endpoint "${endpoint.name}" trusts the CA in ${endpoint.tls.caFile}, but no readCa was given to read it`);
            }
            target.ca = readCa(endpoint.tls.caFile);
        }
    }
    return target;
}
/** The probe target of a smoke check: its request against the service's domain and port, over http. */
function smokeTarget(check, service) {
    const target = {
        kind: "http",
        url: resolveUrl(check.request.path, service, "http"),
        method: check.request.method,
        headers: { ...check.request.headers },
        expect: check.expect,
    };
    if (check.request.body !== undefined)
        target.body = check.request.body;
    return target;
}
function resolveUrl(pathOrUrl, service, scheme) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl))
        return pathOrUrl;
    const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
    return new URL(path, `${scheme}://${hostPort(service.domain, service.port)}`).toString();
}
function hostPort(host, port) {
    const bare = stripBrackets(host);
    return `${bare.includes(":") ? `[${bare}]` : bare}:${port}`;
}
function stripBrackets(host) {
    return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
class Guard {
    timeoutMs;
    signal;
    reason;
    timer;
    stop;
    onAbort = () => this.fire("cancelled");
    constructor(timeoutMs, signal) {
        this.timeoutMs = timeoutMs;
        this.signal = signal;
        if (signal?.aborted) {
            this.reason = "cancelled";
            return;
        }
        signal?.addEventListener("abort", this.onAbort, { once: true });
        this.timer = setTimeout(() => this.fire("timeout"), Math.max(0, timeoutMs));
    }
    /** Registers how to stop the work in flight; runs it at once when the attempt is already over. */
    onStop(stop) {
        this.stop = stop;
        if (this.reason)
            stop();
    }
    /** The error to report when the guard stopped the attempt. */
    error(where) {
        if (this.reason === "timeout")
            return { kind: "timeout", message: `timed out after ${this.timeoutMs} ms waiting for ${where}` };
        if (this.reason === "cancelled")
            return { kind: "other", message: "cancelled" };
        return undefined;
    }
    dispose() {
        clearTimeout(this.timer);
        this.signal?.removeEventListener("abort", this.onAbort);
        this.stop = undefined;
    }
    fire(reason) {
        if (this.reason)
            return;
        this.reason = reason;
        clearTimeout(this.timer);
        this.stop?.();
    }
}
// ---------------------------------------------------------------------------------------------------------
// TCP
function connectTcp(target, guard) {
    const where = hostPort(target.host, target.port);
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ ok: false, error: early });
        let settled = false;
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host: target.host, port: target.port });
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            resolve(outcome);
        };
        socket.on("connect", () => settle({ ok: true }));
        socket.on("error", (err) => settle({ ok: false, error: guard.error(where) ?? probeErrorFor(err, where) }));
        socket.on("close", () => settle({ ok: false, error: guard.error(where) ?? closedEarly(where) }));
        guard.onStop(() => settle({ ok: false, error: guard.error(where) }));
    });
}
async function requestHttp(target, guard) {
    let url;
    try {
        url = new URL(target.url);
    }
    catch {
        return { ok: false, error: { kind: "other", message: `not a URL: ${target.url}` } };
    }
    let method = target.method;
    let body = target.body;
    let headers = withUserAgent(target.headers);
    const limit = Math.max(0, target.followRedirects ?? DEFAULT_FOLLOW_REDIRECTS);
    for (let hop = 0;; hop++) {
        if (url.protocol !== "http:" && url.protocol !== "https:") {
            return { ok: false, error: { kind: "other", message: `cannot probe ${url.protocol} URLs: ${url}` } };
        }
        const res = await send(url, method, headers, body, target, guard);
        if ("error" in res)
            return { ok: false, error: res.error };
        const location = firstHeader(res.headers.location);
        const follow = REDIRECTS.has(res.status) && location !== undefined && !accepts(target.expect.status, res.status);
        if (!follow || limit === 0)
            return judge(res, target.expect);
        if (hop >= limit) {
            return {
                ok: false,
                status: res.status,
                error: {
                    kind: "unexpected-status",
                    message: `too many redirects: followed ${limit}, then ${res.status} to ${location} at ${url}`,
                },
            };
        }
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            return {
                ok: false,
                status: res.status,
                error: { kind: "other", message: `redirect ${res.status} to an invalid Location: ${location}` },
            };
        }
        if (next.origin !== url.origin)
            headers = without(headers, ["authorization", "cookie", "proxy-authorization"]);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
            if (method !== "HEAD")
                method = "GET";
            body = undefined;
            headers = without(headers, ["content-type", "content-length", "transfer-encoding"]);
        }
        url = next;
    }
}
function send(url, method, headers, body, target, guard) {
    const where = hostPort(url.hostname, Number(url.port) || (url.protocol === "https:" ? 443 : 80));
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ error: early });
        let settled = false;
        let req;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            req?.destroy();
            resolve(result);
        };
        const fail = (err) => settle({ error: guard.error(where) ?? probeErrorFor(err, where) });
        const options = { method, headers, agent: false };
        if (url.protocol === "https:") {
            if (target.ca !== undefined)
                options.ca = target.ca;
            options.rejectUnauthorized = !target.insecureSkipVerify;
        }
        try {
            req = (url.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request(url, options, (res) => {
                const chunks = [];
                let size = 0;
                let truncated = false;
                const done = () => settle({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString("utf8"),
                    truncated,
                });
                res.on("data", (chunk) => {
                    if (settled)
                        return;
                    const room = MAX_BODY_BYTES - size;
                    if (chunk.length <= room) {
                        chunks.push(chunk);
                        size += chunk.length;
                        return;
                    }
                    // More than we read: judge the first MiB and drop the connection instead of downloading the rest.
                    chunks.push(chunk.subarray(0, room));
                    truncated = true;
                    done();
                    res.destroy();
                });
                res.on("end", done);
                res.on("error", fail);
                res.on("close", () => {
                    if (!res.complete)
                        fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" }));
                });
            });
        }
        catch (err) {
            // Invalid header names or values are thrown synchronously.
            return fail(err);
        }
        req.on("error", fail);
        guard.onStop(() => settle({ error: guard.error(where) }));
        req.end(body);
    });
}
function withUserAgent(headers) {
    return Object.keys(headers).some((name) => name.toLowerCase() === "user-agent")
        ? { ...headers }
        : { "user-agent": USER_AGENT, ...headers };
}
function without(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
// ---------------------------------------------------------------------------------------------------------
// Judging a response
const DEFAULT_STATUS = [{ from: 200, to: 299 }];
function accepts(ranges, status) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS).some((r) => status >= r.from && status <= r.to);
}
/** "200", "2xx", "200-204", joined with "or". */
function describeStatuses(ranges) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS)
        .map((r) => r.from === r.to
        ? `${r.from}`
        : r.from % 100 === 0 && r.to === r.from + 99
            ? `${r.from / 100}xx`
            : `${r.from}-${r.to}`)
        .join(" or ");
}
function judge(res, expect) {
    const fail = (kind, message) => ({
        ok: false,
        status: res.status,
        error: { kind, message },
    });
    if (!accepts(expect.status, res.status)) {
        return fail("unexpected-status", `expected status ${describeStatuses(expect.status)}, got ${res.status}`);
    }
    for (const [name, want] of Object.entries(expect.headers)) {
        const value = res.headers[name.toLowerCase()];
        const got = Array.isArray(value) ? value.join(", ") : value;
        if (got === undefined)
            return fail("header-mismatch", `expected header ${name} containing "${want}", got none`);
        if (!got.includes(want)) {
            return fail("header-mismatch", `expected header ${name} to contain "${want}", got "${excerpt(got)}"`);
        }
    }
    const cut = res.truncated ? ` (read the first ${MAX_BODY_BYTES} bytes)` : "";
    if (expect.bodyContains !== undefined && !res.body.includes(expect.bodyContains)) {
        return fail("body-mismatch", `expected the body to contain "${expect.bodyContains}", got "${excerpt(res.body)}"${cut}`);
    }
    const paths = Object.entries(expect.json);
    if (paths.length > 0) {
        let doc;
        try {
            doc = JSON.parse(res.body);
        }
        catch {
            return fail("json-mismatch", `expected a JSON body, got "${excerpt(res.body)}"${cut}`);
        }
        for (const [path, want] of paths) {
            const found = jsonPath(doc, path);
            if (found === "invalid")
                return fail("json-mismatch", `${path} is not a JSON path like $.a.b or $.items[0].id`);
            if (!found.found)
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got nothing`);
            if (found.value !== want) {
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got ${excerpt(JSON.stringify(found.value))}`);
            }
        }
    }
    return { ok: true, status: res.status };
}
/** What a service answered, quoted in a message: one line, the first 120 characters and "\u2026". */
const excerpt = (text) => (0,_gitops_text__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(text, 121);
/**
 * Reads `$.a.b`, `$.items[0].id`, `$["a key"]` (the `$.` may be left off). "invalid" when the path
 * does not parse.
 */
function jsonPath(doc, path) {
    let rest = path.trim();
    if (rest.startsWith("$"))
        rest = rest.slice(1);
    else if (rest !== "" && !rest.startsWith("["))
        rest = `.${rest}`;
    let value = doc;
    while (rest !== "") {
        const step = /^\.([^.[\]]+)/.exec(rest) ??
            /^\[(\d+)\]/.exec(rest) ??
            /^\[(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest);
        if (!step)
            return "invalid";
        rest = rest.slice(step[0].length);
        if (step[0].startsWith("[") && /^\d+$/.test(step[1] ?? "")) {
            if (!Array.isArray(value))
                return { found: false };
            const index = Number(step[1]);
            if (index >= value.length)
                return { found: false };
            value = value[index];
            continue;
        }
        const key = step[0].startsWith('["')
            ? JSON.parse(`"${step[1]}"`)
            : (step[1] ?? step[2] ?? "");
        if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) {
            return { found: false };
        }
        value = value[key];
    }
    return { found: true, value };
}
// ---------------------------------------------------------------------------------------------------------
// Naming network errors
const TLS_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
    "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
    "INVALID_CA",
    "PATH_LENGTH_EXCEEDED",
    "INVALID_PURPOSE",
    "HOSTNAME_MISMATCH",
    "EPROTO",
]);
/** The category and a sentence for a Node network error met while talking to `where` (host:port). */
function probeErrorFor(err, where) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    const message = messageOf(err);
    switch (code) {
        case "ECONNREFUSED":
            return { kind: "connection-refused", message: `connection refused at ${where}` };
        case "ENOTFOUND":
        case "EAI_AGAIN":
        case "EAI_NONAME":
        case "EAI_FAIL":
            return {
                kind: "dns",
                message: `DNS: cannot resolve ${where.replace(/:\d+$/, "")}${code === "EAI_AGAIN" ? " (temporary failure)" : ""}`,
            };
        case "ECONNRESET":
        case "EPIPE":
            return { kind: "connection-reset", message: `connection reset by ${where}: ${message}` };
        case "ETIMEDOUT":
            return { kind: "timeout", message: `timed out connecting to ${where}` };
    }
    if (TLS_CODES.has(code) || /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_OSSL_)/.test(code)) {
        // Node 24 suggests --use-system-ca for an unknown CA; here the fix is the endpoint's tls.caFile.
        return {
            kind: "tls",
            message: `TLS: ${message.replace(/; if the root CA is installed locally.*$/s, "")}`,
        };
    }
    return { kind: "other", message: code ? `${message} (${code}) at ${where}` : `${message} at ${where}` };
}
function closedEarly(where) {
    return { kind: "connection-reset", message: `connection closed by ${where}` };
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 5956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HH: () => (/* binding */ INHERITED_ENV),
  vR: () => (/* reexport */ tail/* OUTPUT_TAIL_CHARS */.vR),
  mj: () => (/* binding */ RegressionError),
  S6: () => (/* binding */ regressionSummary),
  xZ: () => (/* binding */ runRegression),
  SM: () => (/* binding */ summarizeReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../process/src/run.ts
var src_run = __webpack_require__(6433);
// EXTERNAL MODULE: ../process/src/env.ts
var env = __webpack_require__(4643);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../checks/src/glob.ts
// Report files for a pattern such as `reports/**/*.xml`, relative to one directory and unable to
// leave it. `*` matches within a name, `?` one character, `**` any number of directories.
// Wildcards do not match names starting with "." unless the pattern's segment does; `**` does not
// descend into dot-directories, nor into node_modules unless the pattern names it; symbolic links
// are neither followed nor matched, so a link cannot lead outside the directory.
//
// The walk and the matching are tinyglobby's (fdir and picomatch), loaded on the first search:
// only the regression runner looks for files.



class GlobError extends Error {
    pattern;
    code = "E_GLOB";
    constructor(message, pattern) {
        super(message);
        this.pattern = pattern;
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
 * path) or what this glob does not support (`[\u2026]`, `{\u2026}`, backslashes, more than three `*` in a
 * name).
 */
function parseGlob(pattern) {
    const bad = (why) => {
        throw new GlobError(`invalid report pattern ${JSON.stringify(pattern)}: ${why}`, pattern);
    };
    if (typeof pattern !== "string" || pattern.trim() === "")
        bad("it is empty");
    if (pattern.includes("\0"))
        bad("it contains a NUL character");
    if (pattern.includes("\\"))
        bad('use "/" to separate directories');
    if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern)) {
        bad("it must be relative to the repository, not absolute");
    }
    if (/[[\]{}]/.test(pattern))
        bad("only *, ** and ? are supported");
    const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
    if (segments.includes(".."))
        bad('".." would leave the repository');
    if (segments.length === 0)
        bad("it names no file");
    if (segments.some((s) => s !== "**" && (s.match(/\*+/g)?.length ?? 0) > MAX_STARS)) {
        bad(`at most ${MAX_STARS} * in one name`);
    }
    return segments;
}
function hasWildcard(segment) {
    return segment.includes("*") || segment.includes("?");
}
/** Regular files under `root` that match `pattern` (see parseGlob). */
async function findFiles(root, pattern, options = {}) {
    const segments = parseGlob(pattern);
    const { escapePath, glob } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 8172));
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
function globSegment(segment, escapePath) {
    if (segment === "**")
        return segment;
    return segment
        .split(/([*?]+)/)
        .map((part, i) => (i % 2 === 1 ? part.replace(/\*+/g, "*") : escapePath(part)))
        .join("");
}
/** A readdir for the walk that counts the entries it reads and, past `max`, reads nothing more. */
function entryCounter(max) {
    let seen = 0;
    const readdirCounting = (path, options, callback) => {
        if (seen > max)
            return callback(null, []);
        (0,external_node_fs_.readdir)(path, options, (error, entries = []) => {
            seen += entries.length;
            callback(error, entries);
        });
    };
    return {
        // fdir calls only this one of readdir's many overloads.
        readdir: readdirCounting,
        truncated: () => seen > max,
    };
}
/**
 * The regular files among `files` reached through real directories. tinyglobby starts its walk at
 * the pattern's literal directories (`reports/` of `reports/*.xml`), which may be links.
 */
async function realFiles(root, files) {
    const dirs = new Map();
    const is = (rel, kind) => (0,promises_.lstat)((0,external_node_path_.join)(root, rel)).then((st) => (kind === "file" ? st.isFile() : st.isDirectory()), () => false);
    const realDir = (rel) => {
        let known = dirs.get(rel);
        if (known === undefined) {
            known = is(rel, "directory");
            dirs.set(rel, known);
        }
        return known;
    };
    const real = async (file) => {
        const parts = file.split("/");
        for (let i = 1; i < parts.length; i++)
            if (!(await realDir(parts.slice(0, i).join("/"))))
                return false;
        return is(file, "file");
    };
    const kept = await Promise.all(files.map(async (f) => ((await real(f)) ? f : undefined)));
    return kept.filter((f) => f !== undefined);
}

// EXTERNAL MODULE: ../checks/src/junit.ts + 2 modules
var junit = __webpack_require__(503);
// EXTERNAL MODULE: ../checks/src/junit-bytes.ts
var junit_bytes = __webpack_require__(9742);
// EXTERNAL MODULE: ../process/src/tail.ts
var tail = __webpack_require__(3044);
;// CONCATENATED MODULE: ../checks/src/regression.ts






/** A regression that cannot start as configured: nothing was run. */
class RegressionError extends Error {
    code = "E_REGRESSION";
    constructor(message, options) {
        super(message, options);
        this.name = "RegressionError";
    }
}
const INHERITED_ENV = ["PATH", "HOME", "LANG", "TMPDIR", "CI"];
// Part of this package's API since before the runner moved to @gitops/process.

async function runRegression(options) {
    const { command, cwd, timeoutMs, signal, onOutput } = options;
    const now = options.now ?? (() => performance.now());
    const graceMs = options.killGraceMs ?? src_run/* DEFAULT_KILL_GRACE_MS */.ZY;
    validate(options, graceMs);
    const env = buildEnv(options);
    let reportDir = [];
    if (options.reports !== undefined) {
        try {
            // The directories before the first wildcard: made ready, since many test tools (node --test,
            // pytest --junitxml) write a report file but not the directory it goes in.
            const segments = parseGlob(options.reports);
            const wild = segments.findIndex(hasWildcard);
            reportDir = segments.slice(0, wild === -1 ? segments.length - 1 : wild);
        }
        catch (e) {
            if (e instanceof GlobError)
                throw new RegressionError(`regression.reports: ${e.message}`, { cause: e });
            throw e;
        }
    }
    try {
        if (!(await (0,promises_.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new RegressionError(`the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const notStarted = {
        ok: false,
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: true,
        durationMs: 0,
        reportFiles: [],
        reportErrors: [],
        outputTail: "",
        reason: "cancelled before it started",
    };
    if (signal?.aborted)
        return notStarted;
    if (reportDir.length > 0)
        await (0,promises_.mkdir)((0,external_node_path_.join)(cwd, ...reportDir), { recursive: true });
    const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
    if (signal?.aborted)
        return notStarted;
    let run;
    try {
        run = await (0,src_run/* runCommand */.d1)({
            command,
            cwd,
            env,
            timeoutMs,
            killGraceMs: graceMs,
            ...(signal === undefined ? {} : { signal }),
            ...(onOutput === undefined ? {} : { onOutput }),
            now,
        });
    }
    catch (e) {
        if (e instanceof src_run/* CommandError */.Qd)
            throw asRegressionError(e);
        throw e;
    }
    // Aborted while the runner checked cwd: nothing ran, as above.
    if (run.cancelled && run.pid === undefined)
        return notStarted;
    const durationMs = run.durationMs;
    const reportFiles = [];
    const reportErrors = [];
    let report;
    if (options.reports !== undefined) {
        const read = await readReports(cwd, options.reports, before);
        reportFiles.push(...read.files);
        reportErrors.push(...read.errors);
        if (read.reports.length > 0)
            report = (0,junit/* mergeReports */.C1)(read.reports);
    }
    const failedCases = report === undefined ? 0 : report.failures + report.errors;
    const ok = run.spawnError === undefined &&
        !run.timedOut &&
        !run.cancelled &&
        run.exitCode === 0 &&
        run.signal === null &&
        failedCases === 0 &&
        // The descriptor promised a report: a run that wrote none proved nothing.
        (options.reports === undefined || report !== undefined);
    return {
        ok,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        cancelled: run.cancelled,
        durationMs,
        reportFiles,
        ...(report === undefined ? {} : { report }),
        reportErrors,
        outputTail: run.outputTail,
        reason: describe(command, timeoutMs, run, options.reports !== undefined, reportFiles, report, reportErrors),
    };
}
function validate(options, graceMs) {
    try {
        (0,src_run/* validateCommand */.Md)({ ...options, killGraceMs: graceMs });
    }
    catch (e) {
        if (e instanceof src_run/* CommandError */.Qd)
            throw asRegressionError(e);
        throw e;
    }
}
/** The runner's message, named as the descriptor's regression section names the field. */
function asRegressionError(e) {
    const prefix = e.field === "killGraceMs" || e.field === "cwd"
        ? ""
        : e.field === "timeoutMs"
            ? "regression "
            : "regression.";
    return new RegressionError(`${prefix}${e.message}`, { cause: e });
}
function buildEnv(options) {
    return { ...(0,env/* inheritedEnv */.C)(INHERITED_ENV, options.parentEnv ?? process.env), ...options.env };
}
function fingerprint(st) {
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
/**
 * The report files present before the run, by inode, size and modification/change times (to the
 * nanosecond). A file counts as written by the run when it is new or any of these changed.
 * This does not compare file times with the clock: file timestamps come from a coarser kernel
 * clock than the process's, and a report written in the first milliseconds could look older
 * than the start.
 */
async function snapshot(cwd, pattern) {
    const out = new Map();
    const { files } = await findFiles(cwd, pattern);
    for (const f of files) {
        try {
            out.set(f, fingerprint(await (0,promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true })));
        }
        catch {
            // gone already
        }
    }
    return out;
}
async function readReports(cwd, pattern, before) {
    const files = [];
    const reports = [];
    const errors = [];
    const found = await findFiles(cwd, pattern);
    let stale = 0;
    for (const f of found.files) {
        let st;
        try {
            st = await (0,promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true });
        }
        catch {
            continue;
        }
        if (before.get(f) === fingerprint(st)) {
            stale++;
            continue;
        }
        files.push(f);
        if (st.size > BigInt(junit/* MAX_JUNIT_BYTES */.w_)) {
            errors.push(`${f}: larger than ${junit/* MAX_JUNIT_BYTES */.w_ / 1024 / 1024} MiB`);
            continue;
        }
        try {
            const text = (0,junit_bytes/* decodeReportBytes */.e)(await (0,promises_.readFile)((0,external_node_path_.join)(cwd, f)));
            reports.push(await (0,junit/* parseJUnit */.iM)(text, f));
        }
        catch (e) {
            errors.push(e instanceof Error && "code" in e && e.code === "E_JUNIT" ? e.message : `${f}: ${String(e)}`);
        }
    }
    if (found.truncated)
        errors.push(`stopped looking for ${pattern} after too many files`);
    if (files.length === 0) {
        const old = stale === 0 ? "" : ` (${stale} older file${stale === 1 ? "" : "s"} ignored)`;
        errors.push(`no report matching ${pattern} was written by this run${old}`);
    }
    return { files, reports, errors };
}
// --- the one line for people ---------------------------------------------------------------------
function describe(command, timeoutMs, run, reportsConfigured, reportFiles, report, reportErrors) {
    const exit = (0,src_run/* describeRun */.vZ)(command, timeoutMs, run);
    // It did not run to its end: the reports do not tell more.
    if (run.spawnError !== undefined || run.cancelled || run.timedOut)
        return exit;
    const unreadable = report === undefined ? 0 : reportErrors.length;
    const note = unreadable === 0 ? "" : `; ${unreadable} report problem${unreadable === 1 ? "" : "s"}`;
    if (report === undefined) {
        if (!reportsConfigured)
            return exit;
        return `${exit}; ${reportFiles.length === 0 ? "no report" : "no readable report"}`;
    }
    const summary = summarizeReport(report);
    if (report.failures + report.errors > 0) {
        return `${summary}${run.exitCode === 0 ? " (though it exited 0)" : ""}${note}`;
    }
    if (run.exitCode !== 0 || run.signal !== null)
        return `${exit} (${summary})${note}`;
    return `${summary}${note}`;
}
/** "12 tests, 2 failed, 1 errored, 3 skipped", or "12 tests passed" / "12 tests passed, 3 skipped". */
function summarizeReport(report) {
    const tests = `${report.tests} test${report.tests === 1 ? "" : "s"}`;
    const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : "";
    if (report.failures + report.errors === 0)
        return `${tests} passed${skipped}`;
    const failed = report.failures > 0 ? `, ${report.failures} failed` : "";
    const errored = report.errors > 0 ? `, ${report.errors} errored` : "";
    return `${tests}${failed}${errored}${skipped}`;
}
/** A regression run in short, for an action's output: the counts and each failed test. */
function regressionSummary(result) {
    const report = result.report;
    return {
        ok: result.ok,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        reason: result.reason,
        tests: report?.tests ?? 0,
        failures: report?.failures ?? 0,
        errors: report?.errors ?? 0,
        skipped: report?.skipped ?? 0,
        failed: (report?.cases ?? [])
            .filter((c) => c.status === "failed" || c.status === "error")
            .map((c) => ({ name: c.name, message: c.message, file: c.file, line: c.line })),
    };
}


/***/ }),

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ smokeMarkdown),
/* harmony export */   Nu: () => (/* binding */ smokeText),
/* harmony export */   gB: () => (/* binding */ healthText),
/* harmony export */   gG: () => (/* binding */ healthMarkdown),
/* harmony export */   v1: () => (/* binding */ regressionMarkdown)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4640);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7283);
// Check reports for people: terminal lines and Markdown tables for the job summary.

// Cells quote what services and test suites said: markdownCell keeps their HTML and line breaks out.
const ms = (n) => (n === undefined ? "\u2014" : (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(n));
function healthText(report) {
    const lines = report.endpoints.map((e) => {
        const mark = e.ok ? "\u2713" : "\u2717";
        const detail = e.ok
            ? `${e.lastStatus ?? "connected"} in ${ms(e.latencyMs)}`
            : (e.lastError?.message ?? "failed");
        return `${mark} ${e.name} (${e.target}): ${detail} after ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}`;
    });
    const verdict = report.cancelled
        ? "cancelled"
        : report.ok
            ? "healthy"
            : report.deadlineExceeded
                ? "unhealthy (deadline exceeded)"
                : "unhealthy";
    return `${[...lines, verdict].join("\n")}\n`;
}
function healthMarkdown(title, report) {
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(e.name)} | \`${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Endpoint | Target | Attempts | Last status | Latency | Last error |",
        "|---|---|---|---|---|---|---|",
        ...rows,
        "",
    ].join("\n");
}
function smokeText(report) {
    return `${report.checks.map((c) => `${c.ok ? "\u2713" : "\u2717"} ${c.name}: ${c.reason}`).join("\n")}\n${report.ok ? "passed" : "failed"}\n`;
}
function smokeMarkdown(title, report) {
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Check | Result | Latency |",
        "|---|---|---|---|",
        ...report.checks.map((c) => `| ${c.ok ? "\u2705" : "\u274c"} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(c.name)} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(c.reason)} | ${ms(c.latencyMs)} |`),
        "",
    ].join("\n");
}
function regressionMarkdown(title, result) {
    const out = [`### ${result.ok ? "\u2705" : "\u274c"} ${title}`, "", result.reason, ""];
    const report = result.report;
    if (report) {
        out.push("| Tests | Failures | Errors | Skipped |", "|---|---|---|---|", `| ${report.tests} | ${report.failures} | ${report.errors} | ${report.skipped} |`, "");
        const failed = report.cases.filter((c) => c.status === "failed" || c.status === "error");
        if (failed.length > 0) {
            out.push("| Failed test | Message |", "|---|---|");
            for (const c of failed.slice(0, 50))
                out.push(`| ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(`${c.classname ? `${c.classname} \u203a ` : ""}${c.name}`)} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(c.message ?? "")} |`);
            if (failed.length > 50)
                out.push(`| \u2026 ${failed.length - 50} more | |`);
            out.push("");
        }
    }
    for (const e of result.reportErrors)
        out.push(`- ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .UZ)(e)}`);
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runSmoke)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2158);
// Smoke checks: each of the descriptor's requests once, in order, against the deployed service.


async function runSmoke(checks, service, options) {
    const results = [];
    for (const check of checks) {
        if (options.signal?.aborted) {
            results.push({ name: check.name, ok: false, reason: "not run: cancelled", latencyMs: 0 });
            continue;
        }
        const probeOptions = { timeoutMs: check.timeoutMs ?? options.timeoutMs };
        if (options.signal)
            probeOptions.signal = options.signal;
        if (options.now)
            probeOptions.now = options.now;
        const result = await (0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probe */ .dy)((0,_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .smokeTarget */ .LW)(check, service), probeOptions);
        const entry = {
            name: check.name,
            ok: result.ok,
            reason: result.ok ? statusLine(result.status) : (result.error?.message ?? "failed"),
            latencyMs: result.latencyMs,
        };
        if (result.status !== undefined)
            entry.status = result.status;
        results.push(entry);
    }
    return { ok: results.every((r) => r.ok), checks: results };
}
function statusLine(status) {
    if (status === undefined)
        return "ok";
    const text = node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status];
    return text ? `${status} ${text}` : `${status}`;
}


/***/ }),

/***/ 8331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ ServiceLookupError),
/* harmony export */   Ln: () => (/* binding */ findService),
/* harmony export */   jY: () => (/* binding */ findEnvironment),
/* harmony export */   oV: () => (/* binding */ loadService)
/* harmony export */ });
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7207);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4766);


class ServiceLookupError extends Error {
    code;
    diagnostics;
    constructor(code, message, 
    /** The problems behind it: gitops.yaml's, or the service's descriptor's. */
    diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "ServiceLookupError";
    }
}
/** The environment by name; throws naming the ones gitops.yaml has. */
function findEnvironment(config, name) {
    const environment = config.environments.find((e) => e.name === name);
    if (environment)
        return environment;
    const known = config.environments.map((e) => e.name).join(", ");
    throw new ServiceLookupError("E_NO_ENVIRONMENT", `gitops.yaml has no environment "${name}"; it has ${known}`);
}
/** The service as the environment sees it; throws a ServiceLookupError saying what is wrong. */
function findService(repo, service, environmentName) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error");
    if (!repo.config) {
        const own = errors.filter((d) => d.file === "gitops.yaml");
        throw new ServiceLookupError("E_REPO_INVALID", "gitops.yaml is missing or invalid", own);
    }
    const environment = findEnvironment(repo.config, environmentName);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        const dir = repo.config.servicesDir;
        const broken = errors.filter((d) => d.file === `${dir}/${service}.yaml` || d.file === `${dir}/${service}.yml`);
        if (broken.length > 0)
            throw new ServiceLookupError("E_SERVICE_INVALID", `the descriptor of ${service} is not valid`, broken);
        const known = repo.descriptors.map((d) => d.service).join(", ");
        throw new ServiceLookupError("E_NO_SERVICE", `no service "${service}" in ${dir}/ (${known || "none"})`);
    }
    return { config: repo.config, environment, descriptor: (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(found, environment.name) };
}
/** Loads the repo through `reader` and finds the service in it. */
async function loadService(reader, service, environment) {
    return findService(await (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRepo */ .R0)(reader), service, environment);
}


/***/ }),

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ inheritedEnv),
/* harmony export */   e: () => (/* binding */ isValidEnvEntry)
/* harmony export */ });
/**
 * The named variables of `parent` that are set, and nothing else: the start of a minimal
 * environment, so a command does not see the caller's tokens by accident.
 */
function inheritedEnv(names, parent = process.env) {
    const env = {};
    for (const name of names) {
        const value = parent[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
/** Whether `name=value` can be put in a process's environment. */
function isValidEnvEntry(name, value) {
    return (name !== "" &&
        !name.includes("=") &&
        !name.includes("\0") &&
        typeof value === "string" &&
        !value.includes("\0"));
}


/***/ }),

/***/ 6433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ validateCommand),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   ZY: () => (/* binding */ DEFAULT_KILL_GRACE_MS),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   vZ: () => (/* binding */ describeRun)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4640);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4643);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3044);
// Runs one command the safe way: an argv with no shell, in its own process group, stopped (with
// everything it started that stayed in the group) at a timeout, on cancellation, and when it
// exits. Output is streamed as it comes and its tail kept for reports.






/** Options that cannot be run as given: nothing was started. */
class CommandError extends Error {
    code = "E_COMMAND";
    /** The option at fault. */
    field;
    constructor(field, message, options) {
        super(message, options);
        this.name = "CommandError";
        this.field = field;
    }
}
const DEFAULT_KILL_GRACE_MS = 5000;
/** After the command has been told to stop, how long to wait for its pipes beyond the grace. */
const DRAIN_MS = 2000;
/** setTimeout's limit: a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Throws a CommandError when the options cannot be run as given (checks no file system state). */
function validateCommand(options) {
    const { command, timeoutMs } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    if (!Array.isArray(command) || command.length === 0 || command.some((a) => typeof a !== "string")) {
        throw new CommandError("command", "command must be a non-empty list of strings");
    }
    if (command[0] === "")
        throw new CommandError("command", "command: the program name is empty");
    if (command.some((a) => a.includes("\0"))) {
        throw new CommandError("command", "command: an argument contains a NUL character");
    }
    if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new CommandError("timeoutMs", `timeout must be a positive number of ms, not ${timeoutMs}`);
    }
    if (typeof graceMs !== "number" || !Number.isFinite(graceMs) || graceMs < 0) {
        throw new CommandError("killGraceMs", `killGraceMs must be a non-negative number of ms, not ${graceMs}`);
    }
    if (options.env === null || typeof options.env !== "object") {
        throw new CommandError("env", "env must be an object of strings");
    }
    for (const [k, v] of Object.entries(options.env)) {
        if (!(0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidEnvEntry */ .e)(k, v))
            throw new CommandError("env", `env: ${JSON.stringify(k)} is not a valid variable`);
    }
}
/**
 * Runs the command to the end and says how it ended. Never rejects for the command's sake (a
 * program that cannot be started is a run with `spawnError`); rejects with CommandError for
 * options that cannot be run.
 */
async function runCommand(options) {
    validateCommand(options);
    const { cwd, signal } = options;
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new CommandError("cwd", `the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const now = options.now ?? (() => performance.now());
    const notStarted = { exitCode: null, signal: null, timedOut: false, durationMs: 0, outputTail: "" };
    if (signal?.aborted)
        return { ...notStarted, cancelled: true };
    const tail = new _tail_js__WEBPACK_IMPORTED_MODULE_4__/* .Tail */ .PW();
    const { onOutput } = options;
    const started = now();
    const run = await execute(options, (chunk, stream) => {
        tail.add(chunk);
        if (onOutput) {
            try {
                onOutput(chunk, stream);
            }
            catch {
                // A listener that throws must not stop the run or lose the output.
            }
        }
    });
    return { ...run, durationMs: Math.max(0, Math.round(now() - started)), outputTail: tail.value() };
}
/**
 * One line for people: "exited 0", "exited 3", "killed by SIGKILL", "timed out after 10m",
 * "cancelled", "cancelled before it started", "command not found: x", "command not executable: x".
 */
function describeRun(command, timeoutMs, run) {
    const program = command[0] ?? "";
    if (run.spawnError !== undefined) {
        const code = run.spawnError.code;
        if (code === "ENOENT")
            return `command not found: ${program}`;
        if (code === "EACCES")
            return `command not executable: ${program}`;
        return `could not start ${program}: ${run.spawnError.message}`;
    }
    if (run.cancelled)
        return run.pid === undefined ? "cancelled before it started" : "cancelled";
    if (run.timedOut)
        return `timed out after ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(timeoutMs)}`;
    return run.signal !== null ? `killed by ${run.signal}` : `exited ${run.exitCode}`;
}
function execute(options, emit) {
    const { command, cwd, env, timeoutMs, signal: abort } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return new Promise((resolve) => {
        const run = { exitCode: null, signal: null, timedOut: false, cancelled: false };
        const timers = [];
        let stopping = false;
        let done = false;
        let killTimer;
        let exited = false;
        // detached: the command leads a new process group (setsid), so one signal to -pid reaches
        // everything it started that did not leave the group itself.
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command[0], command.slice(1), {
                cwd,
                env,
                shell: false,
                detached: true,
                stdio: ["ignore", "pipe", "pipe"],
                windowsHide: true,
            });
        }
        catch (e) {
            // libuv errors other than the usual ENOENT/EACCES (E2BIG, \u2026) are thrown, not emitted.
            run.spawnError = e;
            resolve(run);
            return;
        }
        if (child.pid !== undefined)
            run.pid = child.pid;
        const killGroup = (sig) => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            try {
                process.kill(-pid, sig);
            }
            catch (e) {
                if (e.code !== "ESRCH") {
                    try {
                        child.kill(sig);
                    }
                    catch {
                        // nothing more to do
                    }
                }
            }
        };
        const groupAlive = () => {
            if (child.pid === undefined)
                return false;
            try {
                process.kill(-child.pid, 0);
                return true;
            }
            catch (e) {
                return e.code === "EPERM";
            }
        };
        const finish = () => {
            if (done)
                return;
            done = true;
            for (const t of timers)
                clearTimeout(t);
            abort?.removeEventListener("abort", onAbort);
            // Members of the group that got SIGTERM but no longer hold the pipes still get their
            // grace period, then SIGKILL, without holding up the result (the timer is unref'd).
            if (killTimer !== undefined && groupAlive())
                killTimer.unref();
            else if (killTimer !== undefined)
                clearTimeout(killTimer);
            resolve(run);
        };
        /** SIGTERM to the group now, SIGKILL after the grace, and stop waiting for the pipes after that. */
        const stop = () => {
            if (stopping)
                return;
            stopping = true;
            killGroup("SIGTERM");
            killTimer = setTimeout(() => killGroup("SIGKILL"), graceMs);
            timers.push(setTimeout(() => {
                // Something outside the group (it called setsid) still holds the pipes.
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, graceMs + DRAIN_MS));
        };
        const onAbort = () => {
            // After the command exited, its leftovers are already being stopped: nothing to cancel.
            if (done || exited)
                return;
            run.cancelled = true;
            stop();
        };
        for (const stream of ["stdout", "stderr"]) {
            const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder("utf8");
            const pipe = child[stream];
            pipe?.on("data", (buf) => {
                const text = decoder.write(buf);
                if (text)
                    emit(text, stream);
            });
            pipe?.on("end", () => {
                const text = decoder.end();
                if (text)
                    emit(text, stream);
            });
            pipe?.on("error", () => {
                // a destroyed pipe; the run ends through finish()
            });
        }
        child.on("error", (e) => {
            if (child.pid === undefined) {
                run.spawnError = e;
                finish();
            }
        });
        child.on("exit", (code, sig) => {
            exited = true;
            run.exitCode = code;
            run.signal = sig;
            // The command is done: anything it left running in its group goes too (a server it
            // started, a browser), or it would hold the pipes open and outlive the job.
            stop();
        });
        child.on("close", finish);
        timers.push(setTimeout(() => {
            if (done || stopping)
                return;
            run.timedOut = true;
            stop();
        }, Math.min(timeoutMs, MAX_TIMER_MS)));
        if (abort !== undefined)
            abort.addEventListener("abort", onAbort, { once: true });
    });
}


/***/ }),

/***/ 3044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ Tail),
/* harmony export */   vR: () => (/* binding */ OUTPUT_TAIL_CHARS)
/* harmony export */ });
/* unused harmony export stripAnsi */
/** How much of a command's output a run keeps: the last 64 Ki characters. */
const OUTPUT_TAIL_CHARS = 64 * 1024;
// CSI (colours, cursor moves), OSC (titles, links) and two-character escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
/** The text without terminal escape sequences (colours, cursor moves, window titles, links). */
function stripAnsi(text) {
    return text.replace(ANSI, "");
}
/** The last `maxChars` characters of a stream of text, kept without holding all of it. */
class Tail {
    buf = "";
    maxChars;
    constructor(maxChars = OUTPUT_TAIL_CHARS) {
        this.maxChars = maxChars;
    }
    add(chunk) {
        this.buf += chunk;
        // Twice the size, so an escape sequence cut at the front is rarely what gets stripped.
        if (this.buf.length > 2 * this.maxChars)
            this.buf = this.buf.slice(-this.maxChars);
    }
    /** What was kept, terminal escapes removed, at most `maxChars` characters. */
    value() {
        let s = stripAnsi(this.buf);
        if (s.length > this.maxChars) {
            s = s.slice(-this.maxChars);
            const first = s.charCodeAt(0);
            if (first >= 0xdc00 && first <= 0xdfff)
                s = s.slice(1); // half of a surrogate pair
        }
        return s;
    }
}


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * A duration as people read it: 250 \u2192 "250ms", 1500 \u2192 "1.5s", 90000 \u2192 "1m 30s",
 * 3_725_000 \u2192 "1h 2m 5s". Not meant to be parsed back (gitops.yaml's "1m30s" form is).
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return "?";
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000) {
        const tenths = Math.round(ms / 100) / 10;
        return tenths < 60 ? `${tenths}s` : "1m";
    }
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean).join(" ");
}


/***/ }),

/***/ 2810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
// Untrusted text (commit messages, branch names, descriptor values, JIRA text, command output)
// on one line: it can neither start a new log line (where the runner reads `::` workflow
// commands) nor reorder what a reader sees.
// Every line-break form (\n, \r, \v, \f, NEL, LINE/PARAGRAPH SEPARATOR), the other control
// characters, and the Unicode bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/** `text` on one line: unsafe characters become spaces, runs of white space one space, trimmed. */
function clean(text) {
    return text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}
/**
 * Cut to at most `max` UTF-16 units (what String#length counts), ending in "\u2026" when cut and
 * never splitting a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let out = "";
    for (const char of text) {
        if (out.length + char.length > max - 1)
            break;
        out += char;
    }
    return `${out}\u2026`;
}
/** `clean` then `truncate`: one line of at most `max` characters. */
function oneLine(text, max = 300) {
    return truncate(clean(text), max);
}
/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
function errorLine(error, max = 300) {
    const message = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
    return oneLine(message, max) || "unknown error";
}


/***/ })

};
