export * from "./facts.ts";
export * from "./github.ts";
export * from "./jira.ts";
export * from "./rules.ts";
