export * from "./deployments-store.ts";
export * from "./git-store.ts";
export * from "./state.ts";
export * from "./store.ts";
export * from "./transition.ts";
export * from "./update.ts";
