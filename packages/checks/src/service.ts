// Which service to check, where: the descriptor as the environment sees it, read from the
// deploy repo, with the host and port optionally pointed elsewhere (a canary, a tunnel).
import {
  type Descriptor,
  type Diagnostic,
  type Environment,
  forEnvironment,
  loadRepo,
  type RepoReader,
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

export async function serviceUnderCheck(query: ServiceQuery): Promise<ServiceUnderCheck> {
  const repo = await loadRepo(query.reader);
  const errors = repo.diagnostics.filter((d) => d.severity === "error");
  const environment = repo.config?.environments.find((e) => e.name === query.environment);
  if (!repo.config) throw new CheckError("E_CHECK_REPO", "gitops.yaml is missing or invalid", errors);
  if (!environment) {
    const known = repo.config.environments.map((e) => e.name).join(", ");
    throw new CheckError(
      "E_CHECK_ENVIRONMENT",
      `gitops.yaml has no environment "${query.environment}"; it has ${known}`,
    );
  }
  const found = repo.descriptors.find((d) => d.service === query.service);
  if (!found) {
    const broken = errors.filter(
      (d) => d.file.endsWith(`/${query.service}.yaml`) || d.file.endsWith(`/${query.service}.yml`),
    );
    if (broken.length > 0)
      throw new CheckError("E_CHECK_REPO", `the descriptor of ${query.service} is not valid`, broken);
    const known = repo.descriptors.map((d) => d.service).join(", ");
    throw new CheckError(
      "E_CHECK_SERVICE",
      `no service "${query.service}" in ${repo.config.servicesDir}/ (${known})`,
    );
  }
  const descriptor = forEnvironment(found, environment.name);
  return {
    descriptor,
    environment,
    address: { domain: query.host ?? descriptor.domain, port: query.port ?? descriptor.port },
  };
}

/** The URL tests and people use for the service: `http://domain:port`. */
export function serviceUrl(address: { domain: string; port: number }): string {
  return `http://${address.domain}:${address.port}`;
}
