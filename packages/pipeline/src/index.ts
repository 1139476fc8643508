export * from "./gate-push.ts";
