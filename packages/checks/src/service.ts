// Which service to check, where: the descriptor as the environment sees it, read from the
// deploy repo, with the host and port optionally pointed elsewhere (a canary, a tunnel).
import {
  type Descriptor,
  type Diagnostic,
  type Environment,
  loadService,
  type RepoReader,
  ServiceLookupError,
} from "@gitops/model";

export class CheckError extends Error {
  constructor(
    readonly code: "E_CHECK_SERVICE" | "E_CHECK_ENVIRONMENT" | "E_CHECK_REPO" | "E_CHECK_NOT_CONFIGURED",
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = "CheckError";
  }
}

export interface ServiceUnderCheck {
  descriptor: Descriptor;
  environment: Environment;
  /** Where relative endpoints resolve: the descriptor's domain and port, or the overrides. */
  address: { domain: string; port: number };
}

export interface ServiceQuery {
  reader: RepoReader;
  service: string;
  environment: string;
  host?: string;
  port?: number;
}

const LOOKUP_CODES = {
  E_REPO_INVALID: "E_CHECK_REPO",
  E_SERVICE_INVALID: "E_CHECK_REPO",
  E_NO_ENVIRONMENT: "E_CHECK_ENVIRONMENT",
  E_NO_SERVICE: "E_CHECK_SERVICE",
} as const;

export async function serviceUnderCheck(query: ServiceQuery): Promise<ServiceUnderCheck> {
  try {
    const { descriptor, environment } = await loadService(query.reader, query.service, query.environment);
    return {
      descriptor,
      environment,
      address: { domain: query.host ?? descriptor.domain, port: query.port ?? descriptor.port },
    };
  } catch (error) {
    if (!(error instanceof ServiceLookupError)) throw error;
    throw new CheckError(LOOKUP_CODES[error.code], error.message, error.diagnostics);
  }
}

/** The URL tests and people use for the service: `http://domain:port`. */
export function serviceUrl(address: { domain: string; port: number }): string {
  return `http://${address.domain}:${address.port}`;
}
