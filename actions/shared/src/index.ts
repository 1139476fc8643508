export * from "./annotations.ts";
export * from "./channels.ts";
export * from "./event.ts";
export * from "./github.ts";
export * from "./inputs.ts";
export * from "./log.ts";
export * from "./record.ts";
