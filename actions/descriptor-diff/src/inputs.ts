// The descriptor-diff action's inputs and the triggering event as one typed settings object.
import * as core from "@actions/core";
import { oneOfInput, optionalInput, readEvent, workspacePath } from "@gitops/action-shared";

export interface Settings {
  repoDir: string;
  base?: string;
  head: string;
  environment?: string;
  branch?: string;
  comment?: { token: string; owner: string; repo: string; pullNumber: number };
  failOn: "deny" | "needs-approval" | "never";
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const event = readEvent();
  const pr = event.pull_request;
  const head = optionalInput("head") ?? pr?.head.sha ?? event.after ?? env.GITHUB_SHA;
  if (!head) throw new Error("no head commit: set the head input or run on a push or pull_request event");

  const settings: Settings = {
    repoDir: workspacePath(),
    head,
    failOn: oneOfInput("fail-on", ["deny", "needs-approval", "never"] as const),
  };
  const base = optionalInput("base") ?? pr?.base.sha ?? event.before;
  if (base) settings.base = base;
  const environment = optionalInput("environment");
  if (environment) settings.environment = environment;
  else settings.branch = pr?.base.ref ?? event.ref?.replace(/^refs\/heads\//, "") ?? env.GITHUB_REF_NAME;

  const comment = oneOfInput("comment", ["auto", "true", "false"] as const);
  if (comment === "true" || (comment === "auto" && pr)) {
    const token = core.getInput("github-token");
    if (!pr || !event.repository?.owner?.login || !event.repository.name)
      throw new Error("comment: true needs a pull_request event");
    if (!token) throw new Error("github-token is empty; the pull-request comment needs it");
    core.setSecret(token);
    settings.comment = {
      token,
      owner: event.repository.owner.login,
      repo: event.repository.name,
      pullNumber: pr.number,
    };
  }
  return settings;
}
