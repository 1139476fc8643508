// The `&`s of a report made safe for a strict XML parser, keeping what they meant before.
//
// Reports are data, and some tools do not escape their `&`s. Saxes reads a bare `&` as the start
// of an entity reference up to the next `;`, markup included, so such a report would lose tags.
// Before parsing, an `&` that does not start one of the five predefined entities or a character
// reference is written `&amp;` (so `AT&T` and `&nbsp;` read as written), and a character reference
// XML forbids (or spells `&#x…;` with a capital X) becomes its character (U+FFFD for NUL,
// surrogates and numbers past U+10FFFF), as the reader before saxes read them. Comments,
// CDATA sections and processing instructions are left as they are: an `&` there is just text.

/** `xml[at, end)` is read as `text`. */
export interface Fixup {
  at: number;
  end: number;
  text: string;
}

const TOKEN = /<!--|<!\[CDATA\[|<\?|&(?:(?:lt|gt|amp|quot|apos);|#(\d{1,7});|#([xX])([0-9a-fA-F]{1,6});)?/g;
const SECTION_END: Record<string, string> = { "<!--": "-->", "<![CDATA[": "]]>", "<?": "?>" };

/** The fix-ups of `xml`, in order. A generator, so a hostile report does not fill memory with them. */
export function* fixups(xml: string): Generator<Fixup> {
  const token = new RegExp(TOKEN); // its own lastIndex: two scans of one text may interleave
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    const [found, decimal, x, hex] = m;
    const end = SECTION_END[found];
    if (end !== undefined) {
      const close = xml.indexOf(end, m.index + found.length);
      if (close === -1) return; // unclosed: the parser says so
      token.lastIndex = close + end.length;
    } else if (found === "&") {
      yield { at: m.index, end: m.index + 1, text: "&amp;" };
    } else if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      if (isXmlChar(code) && x !== "X") continue;
      const text = isXmlChar(code) ? `&#${code};` : isCodePoint(code) ? String.fromCodePoint(code) : "\uFFFD";
      yield { at: m.index, end: m.index + found.length, text };
    }
  }
}

/**
 * `xml` with its fix-ups, in pieces of about 64 Ki characters for a streaming parser. `onFixup`
 * hears where each one is.
 */
export function* fixedPieces(xml: string, onFixup?: (at: number) => void): Generator<string> {
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
export function originalOffset(xml: string, offset: number): number {
  let shift = 0;
  for (const f of fixups(xml)) {
    const at = f.at + shift;
    if (offset < at) break;
    if (offset < at + f.text.length) return f.at;
    shift += f.text.length - (f.end - f.at);
  }
  return offset - shift;
}

/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function isCodePoint(code: number): boolean {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
