// The fast path for the common case: a valid file. js-yaml parses ~10× faster than the
// `yaml` package, which is what lets a 5,000-service repo validate in well under a second.
// It only ever accepts: whenever it fails, or the data it returns is invalid, the file is
// parsed again by `yaml`, whose syntax tree gives the located diagnostics. Both follow the
// YAML 1.2 core schema (no timestamps, no merge keys), and a property test holds them to
// the same data on valid and mutated files.
import { CORE_SCHEMA, load } from "js-yaml";

/**
 * Constructs the two parsers read differently, or that only `yaml` bounds, go to `yaml`:
 * anchors, aliases and tags (alias expansion is bounded only there); directives (`%YAML 1.1`);
 * complex `?` keys; a comment glued to a quoted scalar (`"1.2"#x`, an error in `yaml`);
 * binary integers (`0b11`), exponents (`1e309`) and digit separators (`1_000`), which the
 * two type differently; a carriage return that ends no line.
 * Plain descriptors have none of these.
 */
const NEEDS_FULL_PARSER =
  /(^|[\s[{,])[&*!][^\s,[\]{}]|^%|(^|[\s[{,])\?(\s|$)|[^\s[{,:]["']#|(^|[\s:[{,-])[-+]?(0b|\.?[0-9][0-9_.]*[eE][-+]?[0-9]|[0-9.]*[0-9]_)|\r(?!\n)/m;

export function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  if (NEEDS_FULL_PARSER.test(text)) return { ok: false };
  try {
    // Throws on duplicate keys, several documents and syntax errors alike.
    return { ok: true, data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}
