// The validate action's inputs as one typed settings object.
import { booleanInput, workspacePath } from "@gitops/action-shared";

export interface Settings {
  /** The deploy repo to validate. */
  root: string;
  /** Fail the step when a file has an error (otherwise only annotate). */
  failOnError: boolean;
}

export function readSettings(): Settings {
  return { root: workspacePath(), failOnError: booleanInput("fail-on-error") };
}
