export * from "./checkout.ts";
export * from "./git.ts";
export * from "./tree-reader.ts";
