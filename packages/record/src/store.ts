// Where the record lives: one interface, two stores (a git ref in the deploy repo, GitHub's
// Deployments). A write names the version it read, so two releases never overwrite each other.

import type { ReleaseRecord } from "./state.ts";
import type { Recorded } from "./transition.ts";

export interface Snapshot extends Recorded {
  /** A local commit whose tree holds the record's files: the base to plan from. */
  commit: string;
  /** What a write must find to succeed (compare-and-swap). */
  version: string;
  /** The trusted gitops.yaml's bytes, when the store read them already. */
  config?: Uint8Array;
}

export interface RecordStore {
  /** "git" or "deployments", for messages. */
  readonly name: string;
  /** The environment's record as it is now; undefined when nothing was ever recorded. */
  read(environment: string): Promise<Snapshot | undefined>;
  /**
   * Records `next` if the record is still at `expected` (undefined: if there is none yet).
   * False when someone else wrote first; throws when the store cannot be written at all.
   */
  write(environment: string, next: Recorded, expected: string | undefined): Promise<boolean>;
  /** The environment's releases, newest first. */
  history(environment: string, limit?: number): Promise<ReleaseRecord[]>;
}

/** The record's ref for an environment; environment names are lower-case words, checked by the config schema. */
export const recordRef = (environment: string): string => `refs/gitops/${environment}`;
