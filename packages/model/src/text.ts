// The checks every file passes before any parser sees it: size, encoding, emptiness.
import type { Diagnostic, DiagnosticCode, Position } from "./diagnostics.ts";

export const MAX_FILE_BYTES = 256 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export type TextResult = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

export function readText(file: string, content: Uint8Array | string, maxBytes = MAX_FILE_BYTES): TextResult {
  const fail = (
    code: DiagnosticCode,
    message: string,
    start: Position = { line: 1, column: 1 },
  ): TextResult => ({
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
  return { ok: true, text };
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
