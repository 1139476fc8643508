// Turns the bytes of a user's YAML file into plain data, keeping the syntax tree so that
// every later complaint can point at a line and column. Hostile input (huge files, bad
// encodings, alias bombs, several documents) ends in a located diagnostic, never a crash.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import {
  type Diagnostic,
  type DiagnosticCode,
  type FieldPath,
  formatFieldPath,
  type Position,
} from "./diagnostics.ts";
import { MAX_FILE_BYTES, readText } from "./text.ts";

/** Alias expansions allowed while building data; a billion-laughs file needs far more. */
const MAX_ALIAS_COUNT = 50;

export interface YamlSource {
  file: string;
  data: unknown;
  locate(path: FieldPath, target?: "key" | "value"): { start: Position; end: Position };
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

export function parseYaml(
  file: string,
  content: Uint8Array | string,
  maxBytes = MAX_FILE_BYTES,
): ParseResult {
  const read = readText(file, content, maxBytes);
  if (!read.ok) return read;
  return parseYamlText(file, read.text);
}

/** Parses text that passed readText with the authoritative parser, keeping positions. */
export function parseYamlText(file: string, text: string): ParseResult {
  const fail = (
    code: DiagnosticCode,
    message: string,
    start: Position = { line: 1, column: 1 },
  ): ParseResult => ({
    ok: false,
    diagnostics: [{ code, severity: "error", file, start, field: "", message }],
  });
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

  // yaml turns a list or mapping used as a key into a string by printing it, once per level
  // of nesting: `? [` repeated a few hundred times takes minutes. No field of ours has such
  // keys, so refuse them before building data.
  const complexKey = firstCollectionKey(doc);
  if (complexKey) {
    return {
      ok: false,
      diagnostics: [
        {
          code: "E_INVALID_VALUE",
          severity: "error",
          file,
          start: pos(complexKey.offset),
          field: formatFieldPath(complexKey.path),
          message: "a key must be a plain name, not a list or mapping",
        },
      ],
    };
  }

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

/**
 * The first key that is a list or mapping, or an alias of one. Walks the tree without
 * recursion (documents can be deep) and resolves aliases by anchor name, not with
 * `Alias.resolve`, which walks the whole document for each alias.
 */
function firstCollectionKey(doc: Document): { offset: number; path: FieldPath } | undefined {
  interface Item {
    node: unknown;
    parent?: Item;
    part?: string | number;
  }
  const pathOf = (item: Item): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Item | undefined = item; at?.parent; at = at.parent) path.unshift(at.part!);
    return path;
  };
  const collectionAnchors = new Set<string>();
  const suspects: { key: Node; in: Item }[] = [];
  const stack: Item[] = [{ node: doc.contents }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    if ((isMap(node) || isSeq(node)) && node.anchor) collectionAnchors.add(node.anchor);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isMap(pair.key) || isSeq(pair.key) || isAlias(pair.key))
          suspects.push({ key: pair.key, in: item });
        const part = isScalar(pair.key) ? String(pair.key.value) : "";
        stack.push({ node: pair.key, parent: item, part }, { node: pair.value, parent: item, part });
      }
    } else if (isSeq(node)) {
      node.items.forEach((child, part) => {
        stack.push({ node: child, parent: item, part });
      });
    }
  }
  let first: { key: Node; in: Item } | undefined;
  for (const suspect of suspects) {
    const { key } = suspect;
    if (isAlias(key) && !collectionAnchors.has(key.source)) continue;
    if (!first || (key.range?.[0] ?? 0) < (first.key.range?.[0] ?? 0)) first = suspect;
  }
  return first && { offset: first.key.range?.[0] ?? 0, path: pathOf(first.in) };
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
