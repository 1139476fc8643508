// The record action's inputs and the push as one typed settings object.
import { oneOfInput, type PushTarget, pushTargetInputs, requiredInput } from "@gitops/action-shared";

export interface Settings extends PushTarget {
  service: string;
  removed: boolean;
  cancelled: boolean;
  /** What the job's steps reported. */
  reported: string;
}

export function readSettings(): Settings {
  return {
    ...pushTargetInputs(),
    service: requiredInput("service"),
    removed:
      oneOfInput("change", ["added", "changed", "renamed", "removed"] as const, "changed") === "removed",
    cancelled:
      oneOfInput("job-status", ["success", "failure", "cancelled"] as const, "success") === "cancelled",
    reported: requiredInput("result"),
  };
}
