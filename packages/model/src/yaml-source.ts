// Turns the bytes of a user's YAML file into plain data, keeping the syntax tree so that
// every later complaint can point at a line and column. Hostile input (huge files, bad
// encodings, alias bombs, several documents) ends in a located diagnostic, never a crash.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import type { Diagnostic, DiagnosticCode, FieldPath, Position } from "./diagnostics.ts";

export const MAX_FILE_BYTES = 256 * 1024;
/** Alias expansions allowed while building data; a billion-laughs file needs far more. */
const MAX_ALIAS_COUNT = 50;

export interface YamlSource {
  file: string;
  data: unknown;
  locate(path: FieldPath, target?: "key" | "value"): { start: Position; end: Position };
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function parseYaml(
  file: string,
  content: Uint8Array | string,
  maxBytes = MAX_FILE_BYTES,
): ParseResult {
  const fail = (
    code: DiagnosticCode,
    message: string,
    start: Position = { line: 1, column: 1 },
  ): ParseResult => ({
    ok: false,
    diagnostics: [{ code, severity: "error", file, start, field: "", message }],
  });

  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > maxBytes) {
    return fail("E_FILE_TOO_LARGE", `file is ${size} bytes; the limit is ${maxBytes} bytes`);
  }
  let text: string;
  if (typeof content === "string") {
    text = content;
  } else {
    const decoded = decodeUtf8(content);
    if (typeof decoded !== "string") return fail("E_NOT_UTF8", decoded.message, decoded.at);
    text = decoded;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return fail("E_EMPTY_FILE", "file is empty; expected a mapping of fields");

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (!Array.isArray(docs))
    return fail("E_EMPTY_FILE", "file holds no YAML document; expected a mapping of fields");
  const [doc, second] = docs;
  if (!doc) return fail("E_EMPTY_FILE", "file holds no YAML document; expected a mapping of fields");
  if (second) {
    return fail(
      "E_MULTIPLE_DOCUMENTS",
      "file holds more than one YAML document (---); keep one per file",
      pos(second.range[0]),
    );
  }

  const diagnostics: Diagnostic[] = doc.errors.map((error) => ({
    code: error.code === "DUPLICATE_KEY" ? "E_DUPLICATE_KEY" : "E_YAML_SYNTAX",
    severity: "error",
    file,
    start: pos(error.pos[0]),
    end: pos(error.pos[1]),
    field: "",
    message: yamlMessage(error.code, error.message),
  }));
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    const at = firstAliasOffset(doc);
    const where = at === undefined ? undefined : pos(at);
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return fail(
        "E_ALIAS_LIMIT",
        `aliases expand too much (over ${MAX_ALIAS_COUNT} uses); write the values out`,
        where,
      );
    }
    return fail("E_YAML_SYNTAX", `YAML: ${message}`, where);
  }

  const locate = (path: FieldPath, target: "key" | "value" = "value") => {
    const range = rangeOf(doc, path, target) ?? doc.contents?.range ?? [0, 0, 0];
    return { start: pos(range[0]), end: pos(range[1]) };
  };
  return { ok: true, source: { file, data, locate } };
}

/** The source range of the node at `path`, or of its closest existing ancestor. */
function rangeOf(
  doc: Document,
  path: FieldPath,
  target: "key" | "value",
): [number, number, number] | undefined {
  let node: unknown = doc.contents;
  let range = (node as Node | null)?.range ?? undefined;
  for (const [i, part] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part),
      );
      if (!pair) return range;
      if (last && target === "key" && isScalar(pair.key)) return pair.key.range ?? range;
      node = pair.value;
      range = (pair.value as Node | null)?.range ?? (pair.key as Node | null)?.range ?? range;
    } else if (isSeq(node) && typeof part === "number") {
      node = node.items[part];
      range = (node as Node | undefined)?.range ?? range;
    } else {
      return range;
    }
  }
  return range;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  const clean = first.replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "duplicate key: each field may appear once in a mapping";
  return `YAML syntax: ${clean}`;
}

/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes: Uint8Array): string | { message: string; at: Position } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: "file is UTF-16; save it as UTF-8", at: { line: 1, column: 1 } };
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
    return {
      message: `file is not valid UTF-8 (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
      at: { line, column: offset - lineStart + 1 },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms the lead byte alone does not rule out.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    ) {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
