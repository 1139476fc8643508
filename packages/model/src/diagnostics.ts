// What a loader reports about a user's file: where, which field, what is wrong, and a
// stable code that tools and tests can rely on.

export type DiagnosticCode =
  | "E_FILE_TOO_LARGE"
  | "E_NOT_UTF8"
  | "E_EMPTY_FILE"
  | "E_MULTIPLE_DOCUMENTS"
  | "E_YAML_SYNTAX"
  | "E_DUPLICATE_KEY"
  | "E_ALIAS_LIMIT"
  | "E_UNKNOWN_FIELD"
  | "E_MISSING_FIELD"
  | "E_INVALID_VALUE"
  | "E_SERVICE_NAME_MISMATCH"
  | "E_DUPLICATE_SERVICE"
  | "E_UNKNOWN_ENVIRONMENT"
  | "E_UNKNOWN_SLACK_CHANNEL"
  | "E_INVALID_PROMOTION"
  | "E_DUPLICATE_BRANCH"
  | "E_STAGE_ORDER"
  | "E_NO_CONFIG"
  | "E_UNREADABLE";

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: "error" | "warning";
  file: string;
  start: Position;
  end?: Position;
  /** The field the problem is about, as a path such as `healthcheck.endpoints[0].timeout`; "" for the file. */
  field: string;
  message: string;
}

/** A path into a YAML/JSON value: keys and array indices. */
export type FieldPath = readonly (string | number)[];

export function formatFieldPath(path: FieldPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** `file:line:column field: message`, the shape compilers print and editors link. */
export function formatDiagnostic(d: Diagnostic, displayFile = d.file): string {
  const where = `${displayFile}:${d.start.line}:${d.start.column}`;
  const severity = d.severity === "warning" ? " warning" : "";
  return `${where}${severity} ${d.field ? `${d.field}: ` : ""}${d.message}`;
}

/** Raised by code that wants one exception for a set of diagnostics (the CLI and actions catch it). */
export class ValidationError extends Error {
  readonly code = "E_VALIDATION";
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "ValidationError";
  }
}

export type LoadResult<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };
