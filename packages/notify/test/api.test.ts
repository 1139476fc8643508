// The names other packages import from @gitops/notify stay exported from its index.
import { expect, it } from "vitest";
import * as notify from "../src/index.ts";
import {
  consoleNotifier,
  deliverAll,
  emailNotifier,
  jiraNotifier,
  slackNotifier,
  summaryNotifier,
  versionText,
} from "../src/index.ts";

it("exports every notifier, deliverAll and the shared version wording", () => {
  const exported = [
    deliverAll,
    versionText,
    consoleNotifier,
    summaryNotifier,
    slackNotifier,
    emailNotifier,
    jiraNotifier,
  ];
  for (const value of exported) expect(typeof value).toBe("function");
});

it("leaves text helpers to @gitops/text", () => {
  for (const name of ["durationText", "clean", "truncate", "oneLineMessage"])
    expect(Object.keys(notify)).not.toContain(name);
});
