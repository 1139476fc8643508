// Untrusted text made inert for the formats that render HTML: job summaries, pull-request
// comments and emails.

/** `& < > " '` as entities: no tag, attribute or entity of the text's own survives. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Every line-break form a renderer (or a reader) may honour.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

// What Markdown reads as syntax anywhere in a line: emphasis, code, strikethrough, links and
// images (a `[` starts both), table pipes, and the backslash itself.
const INLINE_SYNTAX = /[\\`*_[\]|~]/g;
// What it reads as syntax only at the start of a line: headings, list items, numbered items.
const LEADING_SYNTAX = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/;

/**
 * Untrusted text as inert Markdown inline text: what Markdown would read as syntax
 * backslash-escaped (no link, image, emphasis, code or heading of its own), then its HTML
 * escaped. Markdown first, so the entities HTML escaping writes are not escaped again. Ordinary
 * punctuation (`carol-dev`, `PAY-101`, `(qa)`) stays as it is.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SYNTAX, "\\$&");
  const leading = inline.replace(LEADING_SYNTAX, (_m, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
  return escapeHtml(leading);
}

/**
 * One cell of a Markdown table: inert Markdown (`|` included, so it cannot open a column), and
 * line breaks as `<br>` so they cannot end the row.
 */
export function markdownCell(text: string): string {
  return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}
