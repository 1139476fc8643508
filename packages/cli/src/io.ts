// Everything a command touches outside itself, passed in so tests run it in-process.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Colour output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
}

export class UsageError extends Error {
  readonly code = "E_USAGE";
}

/**
 * Exit codes: 0 success, 1 the checked thing is wrong (or a plan is denied), 2 the command
 * was used wrongly, 3 a plan needs approval.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, needsApproval: 3 } as const;

export type Format = "text" | "json" | "github";
export const FORMATS: readonly Format[] = ["text", "json", "github"];
