// What every route shares: the route and reply types, request body checking the way GitHub's
// validator reports problems, `Link` pagination, and the common error replies. The route tables
// (routes.ts, deployments.ts) sit on top of this module.
import { apiError, type UserRecord, type ValidationErrorItem } from "./shapes.ts";
import type { GitHubState } from "./state.ts";

export interface Reply {
  status: number;
  /** Absent for a reply without a body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Limits {
  /** Largest accepted issue comment body, in UTF-8 bytes. */
  maxCommentBytes: number;
  /** Largest accepted deployment payload, in UTF-8 bytes of its JSON text. */
  maxDeploymentPayloadBytes: number;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  actor: UserRecord;
  state: GitHubState;
  /** The double's base URL, used for API URLs in bodies and Link headers. */
  apiUrl: string;
  docs: string;
  limits: Limits;
}

/**
 * The JSON types a property may have, as GitHub's request validation checks them:
 * `string[]` is an array of strings, `object|string` a JSON object or a string, `string|null`
 * a string or null, `any` anything (the handler checks it).
 */
export type FieldType = "string" | "boolean" | "string[]" | "object|string" | "string|null" | "any";

/** The subset of JSON Schema GitHub's request validation reports on. */
export interface BodySchema {
  required: string[];
  properties: Record<string, FieldType>;
  /** Ignore keys the schema does not name instead of refusing them (`"x" is not a permitted key.`). */
  ignoreUnknownKeys?: boolean;
}

export interface Route {
  method: string;
  /** `:name` matches one path segment, `:name+` the rest of the path. */
  pattern: string;
  docs: string;
  body?: BodySchema;
  handle(ctx: RouteContext): Reply;
}

// --- request bodies ---------------------------------------------------------------------------

/**
 * Parses and checks a JSON body the way GitHub reports problems: 400 "Problems parsing JSON",
 * 400 "Body should be a JSON object", then 422 "Invalid request." listing unknown keys, missing
 * keys and wrong types.
 */
export function parseBody(
  raw: string,
  schema: BodySchema,
  docs: string,
): { body: Record<string, unknown> } | { reply: Reply } {
  let parsed: unknown = {};
  if (raw.trim() !== "") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { reply: { status: 400, body: apiError(400, "Problems parsing JSON", docs) } };
    }
  }
  if (!isJsonObject(parsed)) {
    return { reply: { status: 400, body: apiError(400, "Body should be a JSON object", docs) } };
  }
  const body = parsed;
  const problems = [
    ...(schema.ignoreUnknownKeys
      ? []
      : Object.keys(body)
          .filter((k) => !(k in schema.properties))
          .map((k) => `"${k}" is not a permitted key.`)),
    ...schema.required.filter((k) => !(k in body)).map((k) => `"${k}" wasn't supplied.`),
    ...Object.entries(schema.properties).flatMap(([k, type]) =>
      k in body ? typeProblems(`properties/${k}`, body[k], type) : [],
    ),
  ];
  if (problems.length > 0) {
    return {
      reply: { status: 422, body: apiError(422, `Invalid request.\n\n${problems.join("\n")}`, docs) },
    };
  }
  const known = schema.ignoreUnknownKeys
    ? Object.fromEntries(Object.entries(body).filter(([k]) => k in schema.properties))
    : body;
  return { body: known };
}

function typeProblems(path: string, value: unknown, type: FieldType): string[] {
  const problem = (what: string) => [`For '${path}', ${rubyInspect(value)} is not ${what}.`];
  switch (type) {
    case "any":
      return [];
    case "string":
      return typeof value === "string" ? [] : problem("a string");
    case "boolean":
      return typeof value === "boolean" ? [] : problem("a boolean");
    case "string|null":
      return typeof value === "string" || value === null ? [] : problem("a string or null");
    case "object|string":
      return typeof value === "string" || isJsonObject(value) ? [] : problem("an object or a string");
    case "string[]":
      if (!Array.isArray(value)) return problem("an array");
      return value.flatMap((item: unknown) => typeProblems(`${path}/items`, item, "string"));
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How GitHub's validator prints an offending value (it is written in Ruby). */
function rubyInspect(value: unknown): string {
  if (value === null) return "nil";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return JSON.stringify(value).replace(/":/g, '"=>');
  return String(value);
}

// --- pagination -------------------------------------------------------------------------------

/**
 * `per_page` (default 30, at most 100) and `page` (from 1), and the Link header GitHub sends:
 * prev, next, last, first, each present only where it applies, none when one page holds all.
 * The query the client sent is kept, with `page` moved to the end.
 */
export function paginate<T>(all: T[], query: URLSearchParams, base: string): { items: T[]; link?: string } {
  const requested = Number.parseInt(query.get("per_page") ?? "", 10);
  const perPage = Number.isNaN(requested) || requested < 1 ? 30 : Math.min(requested, 100);
  const askedPage = Number.parseInt(query.get("page") ?? "", 10);
  const page = Number.isNaN(askedPage) || askedPage < 1 ? 1 : askedPage;
  const items = all.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  if (last === 1 && page === 1) return { items };

  const url = (n: number) => {
    const params = new URLSearchParams(query);
    params.delete("page");
    params.append("page", String(n));
    return `<${base}?${params}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) rels.push(`${url(1)}; rel="first"`);
  return { items, link: rels.join(", ") };
}

/** A page of `all`, rendered, with the Link header when there is more than one page. */
export function listReply<T>(ctx: RouteContext, all: T[], base: string, render: (item: T) => unknown): Reply {
  const { items, link } = paginate(all, ctx.query, base);
  return { status: 200, body: items.map(render), headers: link ? { link } : {} };
}

// --- replies ----------------------------------------------------------------------------------

export function positiveInt(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

export function error(
  ctx: RouteContext,
  status: number,
  message: string,
  errors?: (ValidationErrorItem | string)[],
): Reply {
  return { status, body: apiError(status, message, ctx.docs, errors) };
}

export const notFound = (ctx: RouteContext): Reply => error(ctx, 404, "Not Found");
