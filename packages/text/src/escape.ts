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

/**
 * One cell of a Markdown table: HTML escaped, `|` escaped so it cannot open a column, and line
 * breaks as `<br>` so they cannot end the row.
 */
export function markdownCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, "\\|").replace(LINE_BREAK, "<br>");
}
