export * from "./check.ts";
export * from "./healthcheck.ts";
export * from "./junit.ts";
export * from "./probe.ts";
export * from "./regression.ts";
export * from "./render.ts";
export * from "./service.ts";
export * from "./smoke.ts";
