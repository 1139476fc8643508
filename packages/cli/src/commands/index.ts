// The command table: `gitops <name>` runs the entry whose name it is, in the order help lists them.
// Each module is small; what a command needs loads when it runs.
import type { Command } from "../command.ts";
import { check } from "./check.ts";
import { gate } from "./gate.ts";
import { plan } from "./plan.ts";
import { release } from "./release.ts";
import { rollback } from "./rollback.ts";
import { status } from "./status.ts";
import { validate } from "./validate.ts";

// biome-ignore lint/suspicious/noExplicitAny: each command has its own option and format types; the dispatcher checks values against the declarations
export const COMMANDS: readonly Command<any, any>[] = [
  validate,
  plan,
  gate,
  release,
  status,
  rollback,
  check,
];
