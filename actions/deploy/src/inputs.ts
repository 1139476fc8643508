// The deploy action's inputs as one typed settings object.
import { oneOfInput, optionalInput, requiredInput, workspacePath } from "@gitops/action-shared";

export interface Settings {
  workdir: string;
  service: string;
  environment: string;
  /** The commit whose descriptor to deploy, or for a rollback the one to restore. */
  ref: string;
  reason: "deploy" | "rollback";
}

export function readSettings(): Settings {
  return {
    workdir: workspacePath(),
    service: requiredInput("service"),
    environment: requiredInput("environment"),
    ref: optionalInput("ref") ?? "HEAD",
    reason: oneOfInput("reason", ["deploy", "rollback"] as const, "deploy"),
  };
}
