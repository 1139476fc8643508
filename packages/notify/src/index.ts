export * from "./console.ts";
export * from "./deliver.ts";
export * from "./email.ts";
export * from "./jira.ts";
export * from "./messages.ts";
export * from "./notice.ts";
export * from "./slack.ts";
export * from "./summary.ts";
