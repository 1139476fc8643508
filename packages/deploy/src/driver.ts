// The one interface every deploy driver implements. A driver knows how to put one service at
// one version into one environment; the pipeline decides when, and what to do if it fails.
import type { Descriptor, DriverConfig } from "@gitops/model";

export interface DeployRequest {
  /** The descriptor as this environment sees it (forEnvironment applied). */
  descriptor: Descriptor;
  environment: string;
  /** The deploy repo checkout: the command's working directory. */
  workdir: string;
  /** A rollback redeploys the version the branch held before the push. */
  reason: "deploy" | "rollback";
  /** Output as it comes (already decoded), for live logs. */
  onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
  signal?: AbortSignal;
}

export interface DeployResult {
  ok: boolean;
  /**
   * One line for people: "exited 0", "exited 3", "killed by SIGKILL", "timed out after 10m",
   * "cancelled", "command not found: x".
   */
  reason: string;
  durationMs: number;
  /** The end of the output, terminal escapes removed: what a failure report quotes. */
  outputTail: string;
}

export interface Driver {
  /** The config's `type` this driver was built from. */
  readonly type: DriverConfig["type"];
  /** Resolves with ok: false when the deploy ran (or could not be started) and failed. */
  deploy(request: DeployRequest): Promise<DeployResult>;
}

/**
 * A driver that cannot be built from its config, or a request it cannot run at all (its workdir
 * is missing): nothing was deployed. A deploy that ran and failed is a DeployResult instead.
 */
export class DeployError extends Error {
  readonly code = "E_DEPLOY";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DeployError";
  }
}
