// The regression action's inputs: which service, where, and how long the suite may run.
import { type CheckTarget, checkTargetInputs, durationInput } from "@gitops/action-shared";

export interface Settings extends CheckTarget {
  timeoutMs?: number;
}

export function readSettings(): Settings {
  const timeoutMs = durationInput("timeout");
  return { ...checkTargetInputs(), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}
