/** How much of a command's output a run keeps: the last 64 Ki characters. */
export const OUTPUT_TAIL_CHARS = 64 * 1024;

// CSI (colours, cursor moves), OSC (titles, links) and two-character escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/** The text without terminal escape sequences (colours, cursor moves, window titles, links). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** The last `maxChars` characters of a stream of text, kept without holding all of it. */
export class Tail {
  private buf = "";
  private readonly maxChars: number;
  constructor(maxChars: number = OUTPUT_TAIL_CHARS) {
    this.maxChars = maxChars;
  }

  add(chunk: string): void {
    this.buf += chunk;
    // Twice the size, so an escape sequence cut at the front is rarely what gets stripped.
    if (this.buf.length > 2 * this.maxChars) this.buf = this.buf.slice(-this.maxChars);
  }

  /** What was kept, terminal escapes removed, at most `maxChars` characters. */
  value(): string {
    let s = stripAnsi(this.buf);
    if (s.length > this.maxChars) {
      s = s.slice(-this.maxChars);
      const first = s.charCodeAt(0);
      if (first >= 0xdc00 && first <= 0xdfff) s = s.slice(1); // half of a surrogate pair
    }
    return s;
  }
}
