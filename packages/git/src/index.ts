export * from "./checkout.ts";
export * from "./git.ts";
