// The steps every user file goes through: read, parse, check against its schema, then turn
// the raw data into the normalised model while collecting what the schema cannot see.
//
// A valid file takes the fast path: js-yaml and a validator that stops at the first error.
// Anything else is read again by the slow path, loaded on demand, which locates every
// problem. So a valid repo never pays for syntax trees or detailed error reporting.
import type { Diagnostic, DiagnosticCode, FieldPath, LoadResult } from "./diagnostics.ts";
import { formatFieldPath } from "./diagnostics.ts";
import { readText } from "./text.ts";
import type { YamlSource } from "./yaml-source.ts";

export type SchemaName = "validateDescriptor" | "validateConfig";

/** Collects located problems while raw data is normalised. */
export class Problems {
  readonly list: Diagnostic[] = [];
  private readonly pending: {
    path: FieldPath;
    message: string;
    code: DiagnosticCode;
    at: "key" | "value";
  }[] = [];

  add(
    path: FieldPath,
    message: string,
    code: DiagnosticCode = "E_INVALID_VALUE",
    at: "key" | "value" = "value",
  ): void {
    this.pending.push({ path, message, code, at });
  }

  get empty(): boolean {
    return this.pending.length === 0;
  }

  /** Turns the problems into diagnostics, located in `source`. */
  locate(file: string, source: YamlSource): Diagnostic[] {
    return this.pending.map(({ path, message, code, at }) => {
      const { start, end } = source.locate(path, at);
      return { code, severity: "error", file, start, end, field: formatFieldPath(path), message };
    });
  }
}

const isMapping = (data: unknown) => data !== null && typeof data === "object" && !Array.isArray(data);

export async function loadChecked<Raw, T>(
  file: string,
  content: Uint8Array | string,
  schema: SchemaName,
  normalise: (raw: Raw, problems: Problems) => T,
): Promise<LoadResult<T>> {
  const read = readText(file, content);
  if (!read.ok) return read;
  const { text } = read;

  const fast = await import("./fast-path.ts");
  const parsed = fast.fastParse(text);
  if (parsed.ok && isMapping(parsed.data) && fast[schema](parsed.data)) {
    const problems = new Problems();
    const value = normalise(parsed.data as Raw, problems);
    if (problems.empty) return { ok: true, value, diagnostics: [] };
  }

  const slow = await import("./slow-path.ts");
  const tree = slow.parseYamlText(file, text);
  if (!tree.ok) return tree;
  const { source } = tree;
  const problems = new Problems();
  if (!isMapping(source.data)) {
    problems.add([], "must be a mapping of fields (key: value lines)");
    return { ok: false, diagnostics: problems.locate(file, source) };
  }
  const validate = slow[schema];
  if (!validate(source.data)) {
    return { ok: false, diagnostics: slow.schemaDiagnostics(source, validate.errors ?? []) };
  }
  const value = normalise(source.data as Raw, problems);
  // A valid file the fast path could not take (anchors, aliases) ends here too.
  if (problems.empty) return { ok: true, value, diagnostics: [] };
  return { ok: false, diagnostics: problems.locate(file, source) };
}
