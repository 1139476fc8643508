// Untrusted text as Slack mrkdwn: escaped, and cut to Block Kit's limits without splitting an
// entity, a link or a code fence.
import { truncate } from "@gitops/text";
import { logTail } from "../messages.ts";

/** Slack's three control characters, as its formatting docs ask: & < > and nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const esc = escapeMrkdwn;

/** `<url|label>`: the URL is an http(s) href; `|` and `>` would end it early, `&` is escaped. */
export function mrkdwnLink(url: string, label: string): string {
  const target = url.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
  return `<${target}|${esc(label)}>`;
}

/** Escape, then cut to `max` without splitting an entity: cut the raw text, not the escaped. */
export function fitEscaped(raw: string, max: number): string {
  if (esc(raw).length <= max) return esc(raw);
  let out = "";
  for (const char of raw) {
    const e = esc(char);
    if (out.length + e.length > max - 1) break;
    out += e;
  }
  return `${out}…`;
}

/** An already-escaped string cut to `max`, backing off an entity the cut would split. */
export function cutEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = truncate(escaped, max).slice(0, -1);
  cut = cut.replace(/&[a-z]*$/, "").replace(/<[^>]*$/, "");
  return `${cut}…`;
}

/** The end of the log as the body of a ``` block: escaped, fenced text disarmed, within `max`. */
export function codeBlockTail(log: string, max: number): string {
  const disarm = (raw: string) => esc(raw).replace(/```/g, "`\u200b`\u200b`");
  let lines = logTail(log, 25, max).split("\n");
  let body = disarm(lines.join("\n"));
  // Escaping lengthens the text: drop lines from the front until it fits again.
  while (body.length > max && lines.length > 1) {
    lines = lines.slice(1);
    body = disarm(["…", ...lines].join("\n"));
  }
  // One huge line: keep its end, minus an entity the cut split.
  return body.length > max ? body.slice(-max).replace(/^[a-z]{0,3};/, "") : body;
}

/** `parts` joined while they fit in `max`, then "and N more". */
export function joinWithin(parts: string[], separator: string, max: number): string {
  let out = "";
  for (const [i, part] of parts.entries()) {
    const more = `${separator}and ${parts.length - i} more`;
    const next = out ? `${out}${separator}${part}` : part;
    if (next.length + (i < parts.length - 1 ? more.length : 0) > max) return `${out}${more}`;
    out = next;
  }
  return out;
}

/** `lines` one per line while they fit in `max`, then "… and N more". */
export function linesWithin(lines: string[], max: number): string {
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const candidate = [...kept, line].join("\n");
    const suffix = rest > 1 ? `\n… and ${rest - 1} more` : "";
    if (candidate.length + suffix.length > max) {
      kept.push(`… and ${rest} more`);
      break;
    }
    kept.push(line);
  }
  return kept.join("\n");
}
