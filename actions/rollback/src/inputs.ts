// The rollback action's inputs as one typed settings object.
import {
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
  environment: string;
  service: string;
  to?: string;
  ticket?: string;
  record: RecordKind;
  githubToken: string;
  repository: { owner: string; repo: string; serverUrl: string };
}

export function readSettings(): Settings {
  const to = optionalInput("to");
  const ticket = optionalInput("ticket");
  return {
    workdir: workspacePath(),
    environment: requiredInput("environment"),
    service: requiredInput("service"),
    ...(to ? { to } : {}),
    ...(ticket ? { ticket } : {}),
    record: recordInput(),
    githubToken: secretInput("github-token"),
    repository: repositoryOf(),
  };
}
