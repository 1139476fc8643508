export * from "./config.ts";
export * from "./descriptor.ts";
export * from "./diagnostics.ts";
export * from "./quantities.ts";
export * from "./repo.ts";
export * from "./service.ts";
export { MAX_FILE_BYTES, readText } from "./text.ts";
