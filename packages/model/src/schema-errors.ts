// Turns ajv's errors into diagnostics a person can act on: one per problem, at the right
// line and column, in words, using the messages the schemas carry for editors too.
import type { ErrorObject } from "ajv";
import type { Diagnostic, DiagnosticCode, FieldPath } from "./diagnostics.ts";
import { formatFieldPath } from "./diagnostics.ts";
import type { YamlSource } from "./yaml-source.ts";

interface SchemaNode {
  errorMessage?: string;
  patternErrorMessage?: string;
  properties?: Record<string, unknown>;
}

export function schemaDiagnostics(source: YamlSource, errors: readonly ErrorObject[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of selectErrors(errors)) {
    const path = pointerToPath(error.instancePath);
    const { code, field, message, atKey } = describe(error, path);
    const fieldName = formatFieldPath(field.path);
    const key = `${fieldName}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { start, end } = source.locate(field.path, atKey ? "key" : "value");
    diagnostics.push({ code, severity: "error", file: source.file, start, end, field: fieldName, message });
  }
  return diagnostics.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
}

/**
 * With allErrors, a failed anyOf/oneOf reports every branch's complaint. When one branch
 * got further into the value (its errors are deeper), that branch is what the author meant:
 * keep its errors. Otherwise keep only the anyOf/oneOf error, whose schema says what fits.
 * `if` errors only repeat their `then` branch's errors.
 */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== "if");
  for (const union of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")) {
    const at = union.instancePath;
    const inside = kept.filter((e) => e !== union && isWithin(e.instancePath, at));
    const deeper = inside.filter((e) => e.instancePath !== at);
    if (union.keyword === "oneOf" && (union.params as { passingSchemas?: unknown }).passingSchemas) {
      kept = kept.filter((e) => !inside.includes(e));
    } else if (deeper.length > 0) {
      kept = kept.filter((e) => e !== union && !(inside.includes(e) && e.instancePath === at));
    } else {
      kept = kept.filter((e) => !inside.includes(e));
    }
  }
  // A propertyNames failure is reported twice: by the inner keyword and by propertyNames.
  const named = new Set(kept.filter((e) => e.keyword !== "propertyNames" && e.propertyName).map(nameKey));
  return kept.filter((e) => !(e.keyword === "propertyNames" && named.has(nameKey(e))));
}

function nameKey(e: ErrorObject): string {
  const name = e.propertyName ?? (e.params as { propertyName?: string }).propertyName;
  return `${e.instancePath}\0${name}`;
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => {
      const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part;
    });
}

interface Description {
  code: DiagnosticCode;
  field: { path: FieldPath };
  message: string;
  atKey: boolean;
}

function describe(error: ErrorObject, path: (string | number)[]): Description {
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  const custom = schema.errorMessage;
  const value = (message: string): Description => ({
    code: "E_INVALID_VALUE",
    field: { path },
    message,
    atKey: false,
  });

  if (error.propertyName !== undefined) {
    // A key failed propertyNames: point at the key itself.
    const message = schema.patternErrorMessage ?? custom ?? error.message ?? "is not allowed here";
    return {
      code: "E_INVALID_VALUE",
      field: { path: [...path, error.propertyName] },
      message: `key ${JSON.stringify(error.propertyName)} ${message.replace(/^an? [a-z ]+ must/, "must")}`,
      atKey: true,
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const hint = suggest(name, known);
      const list = known.length > 0 && known.length <= 12 ? `; known fields: ${known.join(", ")}` : "";
      return {
        code: "E_UNKNOWN_FIELD",
        field: { path: [...path, name] },
        message: `unknown field${hint ? ` (did you mean "${hint}"?)` : list}`,
        atKey: true,
      };
    }
    case "required":
      return {
        code: "E_MISSING_FIELD",
        field: { path },
        message: `missing required field "${String(params.missingProperty)}"`,
        atKey: false,
      };
    case "pattern":
      return value(schema.patternErrorMessage ?? custom ?? `must match ${String(params.pattern)}`);
    case "type":
      return value(custom ?? `must be ${article(String(params.type))}`);
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v)).join(", ");
      return value(custom ?? `must be one of: ${allowed}`);
    }
    case "const":
      return value(custom ?? `must be ${JSON.stringify(params.allowedValue)}`);
    case "uniqueItems":
      return value(`items ${String(params.j)} and ${String(params.i)} are the same; list each once`);
    case "minItems":
      return value(`must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`);
    case "minProperties":
      return value(`must have at least ${String(params.limit)} entr${params.limit === 1 ? "y" : "ies"}`);
    default:
      return value(custom ?? error.message ?? "is not valid");
  }
}

function article(type: string): string {
  const words = type.split(",").map((t) => (t === "object" ? "mapping" : t === "array" ? "list" : t));
  const text = words.join(" or ");
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

/** The known name closest to a misspelt one, if it is close enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
