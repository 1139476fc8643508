// The small part of JQL the suite needs, parsed and evaluated the way Jira does for that part, with
// Jira's error messages for malformed queries and unknown fields or values. Anything that is valid
// JQL but outside the subset is refused with a message that says so (see README.md, "JQL subset").
//
//   query   := [clause (AND clause)*] [ORDER BY sort (, sort)*]
//   clause  := field ( = | != ) value
//            | field [NOT] IN ( value (, value)* )
//            | field IS [NOT] (EMPTY | NULL)
//   field   := project | key | issuekey | labels | status | statusCategory | issuetype | type
//            | assignee | reporter                      (case-insensitive)
//   value   := word | "double quoted" | 'single quoted' | currentUser()
//   sort    := (created | updated | key) [ASC | DESC]

import { STATUS_CATEGORIES, type StatusCategoryKey } from "./shapes.ts";

export type Operator = "=" | "!=" | "in" | "not in" | "is" | "is not";
export type JqlField =
  | "project"
  | "key"
  | "labels"
  | "status"
  | "statusCategory"
  | "issuetype"
  | "assignee"
  | "reporter";

export interface JqlValue {
  text: string;
  /** currentUser() */
  fn?: "currentUser";
}

export interface JqlClause {
  field: JqlField;
  op: Operator;
  values: JqlValue[];
}

export interface JqlSort {
  field: "created" | "updated" | "key";
  direction: "asc" | "desc";
}

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: JqlSort[];
}

/** A query Jira (or the double) refuses; `message` is the text for `errorMessages`. */
export class JqlError extends Error {}

const OPERATORS_MESSAGE =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const SUBSET =
  "project, key, labels, status, statusCategory, issuetype, assignee, reporter with =, !=, IN, NOT IN, IS [NOT] EMPTY, joined by AND; ORDER BY created, updated or key";

const FIELDS: Record<string, JqlField> = {
  project: "project",
  key: "key",
  issuekey: "key",
  labels: "labels",
  status: "status",
  statuscategory: "statusCategory",
  issuetype: "issuetype",
  type: "issuetype",
  assignee: "assignee",
  reporter: "reporter",
};

/** Fields Jira knows that the double does not search on. */
const KNOWN_UNSUPPORTED = new Set([
  "summary",
  "description",
  "text",
  "comment",
  "created",
  "updated",
  "resolved",
  "resolution",
  "priority",
  "creator",
  "sprint",
  "parent",
  "component",
  "fixversion",
  "affectedversion",
  "duedate",
  "id",
  "watcher",
  "filter",
  "environment",
]);

interface Token {
  kind: "word" | "string" | "op" | "(" | ")" | ",";
  text: string;
  /** 1-based character position, as Jira reports it. */
  at: number;
}

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i + 1;
    if (c === '"' || c === "'") {
      let text = "";
      let j = i + 1;
      while (j < jql.length && jql[j] !== c) {
        if (jql[j] === "\\" && j + 1 < jql.length) j++;
        text += jql[j];
        j++;
      }
      if (j >= jql.length) {
        throw new JqlError(
          `Error in the JQL Query: The quoted string '${text}' has not been completed. (line 1, character ${at})`,
        );
      }
      tokens.push({ kind: "string", text, at });
      i = j + 1;
      continue;
    }
    if (c === "(" || c === ")" || c === ",") {
      tokens.push({ kind: c, text: c, at });
      i++;
      continue;
    }
    const op = /^(!=|!~|<=|>=|=|~|<|>)/.exec(jql.slice(i));
    if (op) {
      tokens.push({ kind: "op", text: op[1]!, at });
      i += op[1]!.length;
      continue;
    }
    const word = /^[^\s()=,!<>~"']+/.exec(jql.slice(i));
    if (!word) {
      throw new JqlError(
        `Error in the JQL Query: The character '${c}' is a reserved JQL character. (line 1, character ${at})`,
      );
    }
    tokens.push({ kind: "word", text: word[0], at });
    i += word[0].length;
  }
  return tokens;
}

const unsupported = (what: string) =>
  new JqlError(`The Jira double does not support ${what} in JQL. It supports: ${SUBSET}.`);

export function parseJql(jql: string): JqlQuery {
  const tokens = tokenize(jql);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const isWord = (t: Token | undefined, w: string) => t?.kind === "word" && t.text.toLowerCase() === w;

  const clauses: JqlClause[] = [];
  const orderBy: JqlSort[] = [];

  const parseValue = (): JqlValue => {
    const t = next();
    if (!t)
      throw new JqlError(
        "Error in the JQL Query: Expecting either a value, list or function before the end of the query.",
      );
    if (t.kind === "string") return { text: t.text };
    if (t.kind !== "word") {
      throw new JqlError(
        `Error in the JQL Query: Expecting either a value, list or function but got '${t.text}'. (line 1, character ${t.at})`,
      );
    }
    if (peek()?.kind === "(") {
      next();
      if (next()?.kind !== ")") throw unsupported(`arguments to ${t.text}()`);
      if (t.text.toLowerCase() !== "currentuser") throw unsupported(`the function ${t.text}()`);
      return { text: t.text, fn: "currentUser" };
    }
    return { text: t.text };
  };

  const parseClause = () => {
    const f = next();
    if (!f) throw new JqlError("Error in the JQL Query: Expecting a field name at the end of the query.");
    if (f.kind === "(") throw unsupported("parentheses");
    if (isWord(f, "not")) throw unsupported("NOT before a clause");
    if (f.kind !== "word" && f.kind !== "string") {
      throw new JqlError(
        `Error in the JQL Query: Expecting a field name but got '${f.text}'. (line 1, character ${f.at})`,
      );
    }
    const name = f.text.toLowerCase();
    const field = FIELDS[name];
    if (!field) {
      if (KNOWN_UNSUPPORTED.has(name) || /^(cf\[\d+\]|customfield_\d+)$/.test(name)) {
        throw unsupported(`the field '${f.text}'`);
      }
      throw new JqlError(`Field '${f.text}' does not exist or you do not have permission to view it.`);
    }
    const o = next();
    if (!o)
      throw new JqlError(
        `Error in the JQL Query: Expecting operator before the end of the query. ${OPERATORS_MESSAGE}`,
      );
    let op: Operator;
    if (o.kind === "op" && (o.text === "=" || o.text === "!=")) op = o.text;
    else if (o.kind === "op") throw unsupported(`the operator '${o.text}'`);
    else if (isWord(o, "in")) op = "in";
    else if (isWord(o, "not") && isWord(peek(), "in")) {
      next();
      op = "not in";
    } else if (isWord(o, "is")) {
      op = "is";
      if (isWord(peek(), "not")) {
        next();
        op = "is not";
      }
    } else if (isWord(o, "was") || isWord(o, "changed")) {
      throw unsupported(`the operator '${o.text.toUpperCase()}'`);
    } else {
      throw new JqlError(
        `Error in the JQL Query: Expecting operator but got '${o.text}'. ${OPERATORS_MESSAGE} (line 1, character ${o.at})`,
      );
    }
    let values: JqlValue[];
    if (op === "is" || op === "is not") {
      const v = next();
      if (!v)
        throw new JqlError(
          "Error in the JQL Query: Expecting 'EMPTY' or 'NULL' before the end of the query.",
        );
      if (!isWord(v, "empty") && !isWord(v, "null")) {
        throw new JqlError(
          `Error in the JQL Query: Expecting 'EMPTY' or 'NULL' but got '${v.text}'. (line 1, character ${v.at})`,
        );
      }
      values = [];
    } else if (op === "in" || op === "not in") {
      const open = next();
      if (!open) throw new JqlError("Error in the JQL Query: Expecting '(' before the end of the query.");
      if (open.kind !== "(") {
        throw new JqlError(
          `Error in the JQL Query: Expecting '(' but got '${open.text}'. (line 1, character ${open.at})`,
        );
      }
      values = [];
      for (;;) {
        if (!peek()) throw new JqlError("Error in the JQL Query: Expecting ')' before the end of the query.");
        values.push(parseValue());
        const sep = next();
        if (!sep) throw new JqlError("Error in the JQL Query: Expecting ')' before the end of the query.");
        if (sep.kind === ")") break;
        if (sep.kind !== ",") {
          throw new JqlError(
            `Error in the JQL Query: Expecting ')' but got '${sep.text}'. (line 1, character ${sep.at})`,
          );
        }
      }
    } else {
      if (peek()?.kind === "(") throw unsupported(`a list after '${op}' (use IN)`);
      values = [parseValue()];
    }
    clauses.push({ field, op, values });
  };

  const parseOrderBy = () => {
    next(); // ORDER
    if (!isWord(next(), "by")) throw new JqlError("Error in the JQL Query: Expecting 'BY' after 'ORDER'.");
    for (;;) {
      const f = next();
      if (!f) throw new JqlError("Error in the JQL Query: Expecting a field name at the end of the query.");
      const name = f.text.toLowerCase();
      const field =
        name === "created" || name === "updated"
          ? name
          : name === "key" || name === "issuekey"
            ? "key"
            : undefined;
      if (!field) {
        if (FIELDS[name] || KNOWN_UNSUPPORTED.has(name)) throw unsupported(`ORDER BY ${f.text}`);
        throw new JqlError(`Not able to sort using field '${f.text}'.`);
      }
      let direction: "asc" | "desc" = "asc";
      if (isWord(peek(), "asc") || isWord(peek(), "desc"))
        direction = next()!.text.toLowerCase() as "asc" | "desc";
      orderBy.push({ field, direction });
      const sep = next();
      if (!sep) return;
      if (sep.kind !== ",") {
        throw new JqlError(
          `Error in the JQL Query: Expecting ',' but got '${sep.text}'. (line 1, character ${sep.at})`,
        );
      }
    }
  };

  if (peek() && !isWord(peek(), "order")) {
    parseClause();
    for (;;) {
      const t = peek();
      if (!t) break;
      if (isWord(t, "order")) break;
      if (isWord(t, "or")) throw unsupported("OR");
      if (!isWord(t, "and")) {
        throw new JqlError(
          `Error in the JQL Query: Expecting either 'OR' or 'AND' but got '${t.text}'. (line 1, character ${t.at})`,
        );
      }
      next();
      parseClause();
    }
  }
  if (isWord(peek(), "order")) parseOrderBy();
  return { clauses, orderBy };
}

// --- evaluation -------------------------------------------------------------------------------

/** What a clause compares, read off an issue. */
export interface JqlIssue {
  key: string;
  projectKey: string;
  projectId: string;
  projectName: string;
  labels: string[];
  statusId: string;
  statusName: string;
  statusCategory: StatusCategoryKey;
  issueTypeId: string;
  issueTypeName: string;
  assignee: string | null;
  reporter: string | null;
  created: Date;
  updated: Date;
}

/** What values mean: Jira refuses a query that names a project, status, … that does not exist. */
export interface JqlCatalogue {
  projectExists(value: string): boolean;
  statusExists(value: string): boolean;
  issueTypeExists(value: string): boolean;
  issueExists(key: string): boolean;
  userExists(accountId: string): boolean;
  currentUser: string | null;
}

const CATEGORY_BY_VALUE = new Map<string, StatusCategoryKey>(
  Object.values(STATUS_CATEGORIES).flatMap((c) => [
    [c.key.toLowerCase(), c.key],
    [c.name.toLowerCase(), c.key],
    [String(c.id), c.key],
  ]),
);

/** Refuses values Jira would refuse, before any issue is looked at. */
export function checkValues(query: JqlQuery, catalogue: JqlCatalogue): void {
  for (const clause of query.clauses) {
    for (const value of clause.values) {
      if (value.fn === "currentUser") {
        if (clause.field !== "assignee" && clause.field !== "reporter") {
          throw new JqlError(`The field '${clause.field}' does not support searching for users.`);
        }
        continue;
      }
      const v = value.text;
      const missing = (field: string) =>
        new JqlError(`The value '${v}' does not exist for the field '${field}'.`);
      switch (clause.field) {
        case "project":
          if (!catalogue.projectExists(v)) throw missing("project");
          break;
        case "status":
          if (!catalogue.statusExists(v)) throw missing("status");
          break;
        case "statusCategory":
          if (!CATEGORY_BY_VALUE.has(v.toLowerCase())) throw missing("statusCategory");
          break;
        case "issuetype":
          if (!catalogue.issueTypeExists(v)) throw missing("issuetype");
          break;
        case "key":
          if (!/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(v)) {
            throw new JqlError(`The issue key '${v}' for field 'key' is invalid.`);
          }
          if (!catalogue.issueExists(v))
            throw new JqlError(`An issue with key '${v}' does not exist for field 'key'.`);
          break;
        case "assignee":
        case "reporter":
          if (!catalogue.userExists(v)) {
            throw new JqlError(`The value '${v}' does not exist for the field '${clause.field}'.`);
          }
          break;
        case "labels":
          break;
      }
    }
  }
}

export function matches(query: JqlQuery, issue: JqlIssue, currentUser: string | null): boolean {
  return query.clauses.every((clause) => clauseMatches(clause, issue, currentUser));
}

function clauseMatches(clause: JqlClause, issue: JqlIssue, currentUser: string | null): boolean {
  const lower = (s: string) => s.toLowerCase();
  // The values a field holds; empty for an unset field. Comparisons are case-insensitive, as in Jira.
  const held = (): string[][] => {
    switch (clause.field) {
      case "project":
        return [[issue.projectKey, issue.projectId, issue.projectName]];
      case "key":
        return [[issue.key]];
      case "labels":
        return issue.labels.map((l) => [l]);
      case "status":
        return [[issue.statusName, issue.statusId]];
      case "statusCategory":
        return [[issue.statusCategory]];
      case "issuetype":
        return [[issue.issueTypeName, issue.issueTypeId]];
      case "assignee":
        return issue.assignee === null ? [] : [[issue.assignee]];
      case "reporter":
        return issue.reporter === null ? [] : [[issue.reporter]];
    }
  };
  const wanted = clause.values.map((v) => {
    if (v.fn === "currentUser") return currentUser ?? "\u0000";
    if (clause.field === "statusCategory") return CATEGORY_BY_VALUE.get(lower(v.text)) ?? v.text;
    return v.text;
  });
  const values = held();
  const hit = values.some((names) => names.some((n) => wanted.some((w) => lower(n) === lower(w))));
  switch (clause.op) {
    case "=":
    case "in":
      return hit;
    // As in Jira, != and NOT IN never match an issue where the field is empty.
    case "!=":
    case "not in":
      return values.length > 0 && !hit;
    case "is":
      return values.length === 0;
    case "is not":
      return values.length > 0;
  }
}

/** ORDER BY, then Jira's tiebreak; without ORDER BY the double orders by created, newest first. */
export function sortIssues<T extends JqlIssue>(issues: T[], orderBy: JqlSort[]): T[] {
  const keyNumber = (key: string) => Number(key.slice(key.lastIndexOf("-") + 1));
  const compare = (a: T, b: T, sort: JqlSort): number => {
    let d: number;
    if (sort.field === "key") {
      d = a.projectKey.localeCompare(b.projectKey) || keyNumber(a.key) - keyNumber(b.key);
    } else {
      d = a[sort.field].getTime() - b[sort.field].getTime();
    }
    return sort.direction === "asc" ? d : -d;
  };
  const sorts: JqlSort[] = orderBy.length > 0 ? orderBy : [{ field: "created", direction: "desc" }];
  return [...issues].sort((a, b) => {
    for (const sort of sorts) {
      const d = compare(a, b, sort);
      if (d !== 0) return d;
    }
    return compare(a, b, { field: "key", direction: "desc" });
  });
}
