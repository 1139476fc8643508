// Atlassian Document Format nodes, the few the JIRA messages use. Comments and descriptions are
// always sent as ADF: jira.js 6 would send a string to REST API v2 as wiki markup.

export type Mark = { type: "strong" } | { type: "code" } | { type: "link"; attrs: { href: string } };
export type Inline = { type: "text"; text: string; marks?: Mark[] };
export type Block = { type: string; attrs?: Record<string, unknown>; content?: (Block | Inline)[] };
export type AdfDocument = { version: 1; type: "doc"; content: Block[] };

/** A text node, or nothing for empty text (ADF refuses empty text nodes). */
export const text = (value: string, ...marks: Mark[]): Inline[] =>
  value === "" ? [] : [{ type: "text", text: value, ...(marks.length > 0 ? { marks } : {}) }];
export const strong = (value: string) => text(value, { type: "strong" });
export const code = (value: string) => text(value, { type: "code" });
export const link = (value: string, href: string) => text(value, { type: "link", attrs: { href } });
export const heading = (level: number, value: string): Block => ({
  type: "heading",
  attrs: { level },
  content: text(value),
});
export const paragraph = (...content: Inline[][]): Block => ({ type: "paragraph", content: content.flat() });
export const bulletList = (items: Inline[][][]): Block => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(...item)] })),
});
export const codeBlock = (value: string): Block => ({ type: "codeBlock", content: text(value) });
/** A document of the blocks given, skipping the undefined ones. */
export const doc = (...content: (Block | undefined)[]): AdfDocument => ({
  version: 1,
  type: "doc",
  content: content.filter((b): b is Block => b !== undefined),
});
