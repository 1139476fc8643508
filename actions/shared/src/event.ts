// The event that started the workflow, as the runner wrote it to GITHUB_EVENT_PATH, and the
// facts of a push every action reads the same way.
import { readFileSync } from "node:fs";
import { optionalInput, secretInput, workspacePath } from "./inputs.ts";
import { type RecordKind, recordInput } from "./record.ts";

export interface PushEvent {
  before?: string;
  after?: string;
  ref?: string;
  sender?: { login?: string };
  pusher?: { name?: string; email?: string };
  repository?: { html_url?: string; name?: string; owner?: { login?: string }; default_branch?: string };
  pull_request?: { number: number; base: { sha: string; ref: string }; head: { sha: string } };
}

export function readEvent(): PushEvent {
  const path = process.env.GITHUB_EVENT_PATH;
  return path ? (JSON.parse(readFileSync(path, "utf8")) as PushEvent) : {};
}

export interface Push {
  /** The branch head before the push; undefined when the event has none. */
  before?: string;
  after: string;
  /** The branch pushed to, without refs/heads/. */
  branch: string;
  /** The GitHub-verified login that pushed; a commit's author is whatever anyone typed. */
  pusher: string;
  pusherEmail?: string;
  /** The repository's default branch, as the event names it. */
  defaultBranch?: string;
  repository: { owner: string; repo: string; serverUrl: string };
  links: { commit?: string; run?: string };
}

/** The push that started the run; fails when the event is not one. */
export function readPush(event: PushEvent = readEvent()): Push {
  const after = event.after ?? process.env.GITHUB_SHA;
  if (!after) throw new Error("no pushed commit: this runs on push events");
  const pusher = event.sender?.login ?? process.env.GITHUB_ACTOR;
  if (!pusher) throw new Error("the event names no pusher");
  const repository = repositoryOf();
  const { owner, repo, serverUrl } = repository;
  const repoUrl = event.repository?.html_url ?? `${serverUrl}/${owner}/${repo}`;
  const runId = process.env.GITHUB_RUN_ID;
  return {
    ...(event.before ? { before: event.before } : {}),
    after,
    branch: (event.ref ?? process.env.GITHUB_REF ?? "").replace(/^refs\/heads\//, ""),
    pusher,
    ...(event.pusher?.email ? { pusherEmail: event.pusher.email } : {}),
    ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
    repository,
    links: {
      commit: `${repoUrl}/commit/${after}`,
      ...(runId ? { run: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
    },
  };
}

/** owner/repo and the server, from the runner's environment. */
export function repositoryOf(): Push["repository"] {
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  return { owner, repo, serverUrl: process.env.GITHUB_SERVER_URL ?? "https://github.com" };
}

/** What the gate and the release act on: the pushed deploy repo, its environment, a GitHub token. */
export interface PushTarget {
  /** Where the deploy repo is (or is fetched to). */
  workdir: string;
  /** The environment by name; otherwise the one whose branch was pushed to. */
  environment?: string;
  push: Push;
  githubToken: string;
  /** Where the deployment record lives. */
  record: RecordKind;
}

export function pushTargetInputs(): PushTarget {
  const environment = optionalInput("environment");
  return {
    workdir: workspacePath(),
    ...(environment ? { environment } : {}),
    push: readPush(),
    githubToken: secretInput("github-token"),
    record: recordInput(),
  };
}
