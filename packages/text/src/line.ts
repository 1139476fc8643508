// Untrusted text (commit messages, branch names, descriptor values, JIRA text, command output)
// on one line: it can neither start a new log line (where the runner reads `::` workflow
// commands) nor reorder what a reader sees.

// Every line-break form (\n, \r, \v, \f, NEL, LINE/PARAGRAPH SEPARATOR), the other control
// characters, and the Unicode bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** `text` on one line: unsafe characters become spaces, runs of white space one space, trimmed. */
export function clean(text: string): string {
  return text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

/**
 * Cut to at most `max` UTF-16 units (what String#length counts), ending in "…" when cut and
 * never splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** `clean` then `truncate`: one line of at most `max` characters. */
export function oneLine(text: string, max = 300): string {
  return truncate(clean(text), max);
}

/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
export function errorLine(error: unknown, max = 300): string {
  const message =
    error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
  return oneLine(message, max) || "unknown error";
}
