export * from "./changes.ts";
export * from "./diff.ts";
export * from "./plan.ts";
export * from "./render.ts";
export * from "./rules.ts";
export * from "./versions.ts";
