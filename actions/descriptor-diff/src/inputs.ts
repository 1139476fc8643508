// Turns the action's inputs and the triggering event into one typed settings object.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";

export interface Settings {
  repoDir: string;
  base?: string;
  head: string;
  environment?: string;
  branch?: string;
  comment?: { token: string; owner: string; repo: string; pullNumber: number };
  failOn: "deny" | "needs-approval" | "never";
}

interface EventPayload {
  before?: string;
  after?: string;
  ref?: string;
  pull_request?: { number: number; base: { sha: string; ref: string }; head: { sha: string } };
  repository?: { name: string; owner: { login: string } };
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event.pull_request;
  const head = core.getInput("head") || pr?.head.sha || event.after || env.GITHUB_SHA;
  if (!head) throw new Error("no head commit: set the head input or run on a push or pull_request event");

  const settings: Settings = {
    repoDir: resolve(env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput("path") || "."),
    head,
    failOn: oneOf("fail-on", ["deny", "needs-approval", "never"] as const),
  };
  const base = core.getInput("base") || pr?.base.sha || event.before;
  if (base) settings.base = base;
  const environment = core.getInput("environment");
  if (environment) settings.environment = environment;
  else settings.branch = pr?.base.ref ?? event.ref?.replace(/^refs\/heads\//, "") ?? env.GITHUB_REF_NAME;

  const comment = oneOf("comment", ["auto", "true", "false"] as const);
  if (comment === "true" || (comment === "auto" && pr)) {
    const token = core.getInput("github-token");
    if (!pr || !event.repository) throw new Error("comment: true needs a pull_request event");
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

function readEvent(path: string | undefined): EventPayload {
  if (!path) return {};
  return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name) as T;
  if (!allowed.includes(value))
    throw new Error(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
