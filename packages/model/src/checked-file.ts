// The steps every user file goes through: parse, check against its schema, then turn the
// raw data into the normalised model while collecting the problems the schema cannot see.
import type { Diagnostic, DiagnosticCode, FieldPath, LoadResult } from "./diagnostics.ts";
import { formatFieldPath } from "./diagnostics.ts";
import type { StandaloneValidator } from "./generated/validators.js";
import { schemaDiagnostics } from "./schema-errors.ts";
import { parseYaml, type YamlSource } from "./yaml-source.ts";

/** Collects located problems while raw data is normalised. */
export class Problems {
  readonly list: Diagnostic[] = [];
  constructor(readonly source: YamlSource) {}

  add(
    path: FieldPath,
    message: string,
    code: DiagnosticCode = "E_INVALID_VALUE",
    at: "key" | "value" = "value",
  ): void {
    const { start, end } = this.source.locate(path, at);
    this.list.push({
      code,
      severity: "error",
      file: this.source.file,
      start,
      end,
      field: formatFieldPath(path),
      message,
    });
  }
}

export function loadChecked<Raw, T>(
  file: string,
  content: Uint8Array | string,
  validate: StandaloneValidator,
  normalise: (raw: Raw, problems: Problems) => T,
): LoadResult<T> {
  const parsed = parseYaml(file, content);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    const problems = new Problems(source);
    problems.add([], "must be a mapping of fields (key: value lines)");
    return { ok: false, diagnostics: problems.list };
  }
  if (!validate(source.data)) {
    return { ok: false, diagnostics: schemaDiagnostics(source, validate.errors ?? []) };
  }
  const problems = new Problems(source);
  const value = normalise(source.data as Raw, problems);
  if (problems.list.length > 0) return { ok: false, diagnostics: problems.list };
  return { ok: true, value, diagnostics: [] };
}
