// One service as one environment sees it: the question the checks, the deploy action and the
// notify action all ask of a deploy repo, answered one way, with errors that say what exists.
import type { Config, Environment } from "./config.ts";
import { type Descriptor, forEnvironment } from "./descriptor.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { loadRepo, type Repo, type RepoReader } from "./repo.ts";

export type ServiceLookupCode = "E_REPO_INVALID" | "E_NO_ENVIRONMENT" | "E_NO_SERVICE" | "E_SERVICE_INVALID";

export class ServiceLookupError extends Error {
  constructor(
    readonly code: ServiceLookupCode,
    message: string,
    /** The problems behind it: gitops.yaml's, or the service's descriptor's. */
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = "ServiceLookupError";
  }
}

export interface ServiceInEnvironment {
  config: Config;
  environment: Environment;
  /** The descriptor with the environment's overrides applied. */
  descriptor: Descriptor;
}

/** The environment by name; throws naming the ones gitops.yaml has. */
export function findEnvironment(config: Config, name: string): Environment {
  const environment = config.environments.find((e) => e.name === name);
  if (environment) return environment;
  const known = config.environments.map((e) => e.name).join(", ");
  throw new ServiceLookupError(
    "E_NO_ENVIRONMENT",
    `gitops.yaml has no environment "${name}"; it has ${known}`,
  );
}

/** The service as the environment sees it; throws a ServiceLookupError saying what is wrong. */
export function findService(repo: Repo, service: string, environmentName: string): ServiceInEnvironment {
  const errors = repo.diagnostics.filter((d) => d.severity === "error");
  if (!repo.config) {
    const own = errors.filter((d) => d.file === "gitops.yaml");
    throw new ServiceLookupError("E_REPO_INVALID", "gitops.yaml is missing or invalid", own);
  }
  const environment = findEnvironment(repo.config, environmentName);
  const found = repo.descriptors.find((d) => d.service === service);
  if (!found) {
    const dir = repo.config.servicesDir;
    const broken = errors.filter(
      (d) => d.file === `${dir}/${service}.yaml` || d.file === `${dir}/${service}.yml`,
    );
    if (broken.length > 0)
      throw new ServiceLookupError("E_SERVICE_INVALID", `the descriptor of ${service} is not valid`, broken);
    const known = repo.descriptors.map((d) => d.service).join(", ");
    throw new ServiceLookupError("E_NO_SERVICE", `no service "${service}" in ${dir}/ (${known || "none"})`);
  }
  return { config: repo.config, environment, descriptor: forEnvironment(found, environment.name) };
}

/** Loads the repo through `reader` and finds the service in it. */
export async function loadService(
  reader: RepoReader,
  service: string,
  environment: string,
): Promise<ServiceInEnvironment> {
  return findService(await loadRepo(reader), service, environment);
}
