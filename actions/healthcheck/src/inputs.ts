// The healthcheck action's inputs as one typed settings object.
import { type CheckTarget, checkTargetInputs, durationInput, integerInput } from "@gitops/action-shared";

export interface Settings extends CheckTarget {
  /** What the step overrides of the descriptor's healthcheck; absent keys keep the descriptor's. */
  overrides: {
    startupGraceMs?: number;
    intervalMs?: number;
    timeoutMs?: number;
    retries?: number;
    deadlineMs?: number;
  };
}

export function readSettings(): Settings {
  const overrides = {
    startupGraceMs: durationInput("startup-grace"),
    intervalMs: durationInput("interval"),
    timeoutMs: durationInput("timeout"),
    retries: integerInput("retries"),
    deadlineMs: durationInput("deadline"),
  };
  return {
    ...checkTargetInputs(),
    overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}
