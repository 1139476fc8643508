// Atlassian Document Format: the rich-text JSON tree REST API v3 takes and returns for comment bodies,
// descriptions and textarea fields. The double checks the structure Jira's schema requires (root
// `{version: 1, type: "doc", content: [...]}` and nothing else at the root, known node and mark
// types, non-empty text nodes) and can flatten a document to text or a little HTML.

// Type aliases rather than interfaces, so documents are assignable to the index-signature types of
// jira.js's (loose) schemas.
export type AdfNode = {
  type: string;
  content?: AdfNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  attrs?: Record<string, unknown>;
};

export type AdfDoc = {
  version: 1;
  type: "doc";
  content: AdfNode[];
};

/** Nodes of the ADF JSON schema that Jira renders (developer.atlassian.com/cloud/jira/platform/apis/document/nodes). */
const NODE_TYPES = new Set([
  "blockquote",
  "bulletList",
  "codeBlock",
  "date",
  "emoji",
  "expand",
  "hardBreak",
  "heading",
  "inlineCard",
  "blockCard",
  "embedCard",
  "listItem",
  "media",
  "mediaGroup",
  "mediaSingle",
  "mediaInline",
  "mention",
  "nestedExpand",
  "orderedList",
  "panel",
  "paragraph",
  "rule",
  "status",
  "table",
  "tableCell",
  "tableHeader",
  "tableRow",
  "taskList",
  "taskItem",
  "decisionList",
  "decisionItem",
  "text",
]);

const MARK_TYPES = new Set([
  "alignment",
  "backgroundColor",
  "border",
  "code",
  "em",
  "indentation",
  "link",
  "strike",
  "strong",
  "subsup",
  "textColor",
  "underline",
]);

/** Why `value` is not an ADF document, or undefined when it is one. */
export function adfProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a document object";
  const doc = value as Record<string, unknown>;
  if (doc.type !== "doc") return 'root type must be "doc"';
  if (doc.version !== 1) return "version must be 1";
  if (!Array.isArray(doc.content)) return "content must be an array";
  const extra = Object.keys(doc).filter((k) => !["version", "type", "content"].includes(k));
  if (extra.length > 0) return `unexpected root properties: ${extra.join(", ")}`;
  for (const node of doc.content) {
    const problem = nodeProblem(node, 1);
    if (problem) return problem;
  }
  return undefined;
}

export function isAdfDoc(value: unknown): value is AdfDoc {
  return adfProblem(value) === undefined;
}

function nodeProblem(value: unknown, depth: number): string | undefined {
  if (depth > 64) return "document nested too deeply";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "a node is not an object";
  const node = value as Record<string, unknown>;
  if (typeof node.type !== "string" || !NODE_TYPES.has(node.type)) {
    return `unknown node type ${JSON.stringify(node.type)}`;
  }
  if (node.type === "text" && (typeof node.text !== "string" || node.text.length === 0)) {
    return "a text node needs a non-empty text";
  }
  if (node.marks !== undefined) {
    if (!Array.isArray(node.marks)) return "marks must be an array";
    for (const mark of node.marks) {
      const type = (mark as { type?: unknown } | null)?.type;
      if (typeof type !== "string" || !MARK_TYPES.has(type))
        return `unknown mark type ${JSON.stringify(type)}`;
    }
  }
  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) return `content of ${node.type} must be an array`;
    for (const child of node.content) {
      const problem = nodeProblem(child, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** A document with one paragraph per line of `text`. */
export function adf(text: string): AdfDoc {
  return {
    version: 1,
    type: "doc",
    content: text.split("\n").map((line) => ({
      type: "paragraph",
      content: line === "" ? [] : [{ type: "text", text: line }],
    })),
  };
}

/**
 * Plain text: block nodes joined by newlines, inline nodes concatenated. Takes any document-shaped
 * value (jira.js types a document's content as `Record<string, any>[]`).
 */
export function adfText(doc: { content?: readonly object[] }): string {
  const inline = (node: AdfNode): string => {
    if (node.type === "text") return node.text ?? "";
    if (node.type === "hardBreak") return "\n";
    if (node.type === "mention") return String(node.attrs?.text ?? "");
    return (node.content ?? []).map(inline).join("");
  };
  const blocks = (nodes: AdfNode[]): string[] =>
    nodes.flatMap((node) =>
      node.content?.some((c) => !isInline(c)) ? blocks(node.content) : [inline(node)],
    );
  return blocks((doc.content ?? []) as AdfNode[]).join("\n");
}

function isInline(node: AdfNode): boolean {
  return ["text", "hardBreak", "mention", "emoji", "date", "status", "inlineCard", "mediaInline"].includes(
    node.type,
  );
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A small rendering of the common nodes and marks, for `expand=renderedBody`. */
export function adfToHtml(doc: AdfDoc | AdfNode): string {
  const inner = (node: AdfNode) => (node.content ?? []).map(adfToHtml).join("");
  switch (doc.type) {
    case "doc":
      return inner(doc as AdfNode);
    case "paragraph":
      return `<p>${inner(doc as AdfNode)}</p>`;
    case "heading":
      return `<h${Number((doc as AdfNode).attrs?.level ?? 1)}>${inner(doc as AdfNode)}</h${Number((doc as AdfNode).attrs?.level ?? 1)}>`;
    case "bulletList":
      return `<ul>${inner(doc as AdfNode)}</ul>`;
    case "orderedList":
      return `<ol>${inner(doc as AdfNode)}</ol>`;
    case "listItem":
      return `<li>${inner(doc as AdfNode)}</li>`;
    case "codeBlock":
      return `<pre>${inner(doc as AdfNode)}</pre>`;
    case "blockquote":
      return `<blockquote>${inner(doc as AdfNode)}</blockquote>`;
    case "rule":
      return "<hr/>";
    case "hardBreak":
      return "<br/>";
    case "text": {
      let html = escapeHtml((doc as AdfNode).text ?? "");
      for (const mark of (doc as AdfNode).marks ?? []) {
        if (mark.type === "strong") html = `<b>${html}</b>`;
        else if (mark.type === "em") html = `<em>${html}</em>`;
        else if (mark.type === "code") html = `<tt>${html}</tt>`;
        else if (mark.type === "strike") html = `<del>${html}</del>`;
        else if (mark.type === "link")
          html = `<a href="${escapeHtml(String(mark.attrs?.href ?? ""))}">${html}</a>`;
      }
      return html;
    }
    default:
      return inner(doc as AdfNode);
  }
}
