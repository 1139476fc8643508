// The deployment record as the actions keep it: the deploy repo's refs/gitops/<environment>,
// fetched from and pushed to origin with the workflow's token, in commits made by the workflow's
// bot identity. Writing needs `contents: write`; reading, `contents: read`.
import type { Git } from "@gitops/git";
import { gitRecordStore, type RecordStore } from "@gitops/record";

const ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

/**
 * The record behind origin. A release must reach origin (a record left in the runner's clone
 * would be lost with it); a step that only reads may work on a clone without one.
 */
export function recordStore(git: Git, options: { mustReachOrigin: boolean }): RecordStore {
  return gitRecordStore(git, { ...(options.mustReachOrigin ? { remote: true } : {}), identity: ACTIONS_BOT });
}
