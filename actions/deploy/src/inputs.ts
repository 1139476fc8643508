// The deploy action's inputs as one typed settings object.
import {
  oneOfInput,
  optionalInput,
  type RecordKind,
  recordInput,
  repositoryOf,
  requiredInput,
  secretInput,
  workspacePath,
} from "@gitops/action-shared";

export interface Settings {
  workdir: string;
  service: string;
  environment: string;
  /** The commit whose descriptor to deploy, or for a rollback the one to restore. */
  ref: string;
  reason: "deploy" | "rollback";
  /** Where a rollback finds the last healthy version; "none": restore `ref` as it is. */
  record: RecordKind | "none";
  githubToken: string;
  repository: { owner: string; repo: string; serverUrl: string };
}

export function readSettings(): Settings {
  return {
    workdir: workspacePath(),
    service: requiredInput("service"),
    environment: requiredInput("environment"),
    ref: optionalInput("ref") ?? "HEAD",
    reason: oneOfInput("reason", ["deploy", "rollback"] as const, "deploy"),
    record: optionalInput("record") === "none" ? "none" : recordInput(),
    githubToken: secretInput("github-token"),
    repository: repositoryOf(),
  };
}
