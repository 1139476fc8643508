export * from "./duration.ts";
export * from "./escape.ts";
export * from "./line.ts";
