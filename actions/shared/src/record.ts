// The deployment record as the actions keep it, in the store the `record` input names:
// - git: the deploy repo's refs/gitops/<environment>, fetched from and pushed to origin with the
//   workflow's token (writing needs `contents: write`), in commits by the workflow's bot;
// - deployments: GitHub Deployments (writing needs `deployments: write`), trusted only when the
//   workflow's bot made them.
import type { Git } from "@gitops/git";
import { deploymentsRecordStore, gitRecordStore, type RecordStore } from "@gitops/record";
import { octokitRequest } from "./github.ts";
import { oneOfInput } from "./inputs.ts";

const ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

export type RecordKind = "git" | "deployments";

export function recordInput(): RecordKind {
  return oneOfInput("record", ["git", "deployments"] as const, "git");
}

export interface RecordStoreOptions {
  kind: RecordKind;
  /** A release must reach origin (a record left in the runner's clone is lost with it); a step that only reads need not. */
  mustReachOrigin: boolean;
  token: string;
  repository: { owner: string; repo: string };
}

export function recordStore(git: Git, options: RecordStoreOptions): RecordStore {
  if (options.kind === "deployments") {
    const load = octokitRequest(options.token);
    return deploymentsRecordStore({
      request: async (route, parameters) => (await load())(route, parameters),
      repository: options.repository,
      git,
      writers: [ACTIONS_BOT.name],
    });
  }
  return gitRecordStore(git, { ...(options.mustReachOrigin ? { remote: true } : {}), identity: ACTIONS_BOT });
}
