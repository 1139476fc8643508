// Options several commands take, declared once so they read the same everywhere.
import type { OptionSpec } from "../command.ts";

export const repoOption = {
  type: "string",
  default: ".",
  value: "DIR",
  description: "the deploy repo, a git checkout",
} as const satisfies OptionSpec;

export const envOption = (description: string) =>
  ({ type: "string", value: "NAME", description }) as const satisfies OptionSpec;

export const defaultBranchOption = {
  type: "string",
  value: "BRANCH",
  description:
    "the branch whose gitops.yaml is the policy until a release is allowed (default: origin's HEAD)",
} as const satisfies OptionSpec;
