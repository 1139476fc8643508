// The three checks as one call each, for the actions and the CLI: find the service, build
// the targets from its descriptor, run, return a report that says what happened.
import {
  type HealthcheckOptions,
  type HealthReport,
  healthcheckOptions,
  healthcheckTargets,
  runHealthcheck,
} from "./healthcheck.ts";
import { type RegressionResult, runRegression } from "./regression.ts";
import { CheckError, type ServiceQuery, serviceUnderCheck, serviceUrl } from "./service.ts";
import { runSmoke, type SmokeReport } from "./smoke.ts";

export interface CheckContext {
  service: string;
  environment: string;
  version: string;
  url: string;
}

export async function checkHealth(
  query: ServiceQuery & {
    overrides?: Partial<
      Pick<HealthcheckOptions, "startupGraceMs" | "intervalMs" | "timeoutMs" | "retries" | "deadlineMs">
    >;
    signal?: AbortSignal;
    onAttempt?: HealthcheckOptions["onAttempt"];
    readCa?: (path: string) => string;
  },
): Promise<CheckContext & { report: HealthReport }> {
  const { descriptor, environment, address } = await serviceUnderCheck(query);
  const options = healthcheckOptions(descriptor.healthcheck, query.overrides ?? {});
  if (query.signal) options.signal = query.signal;
  if (query.onAttempt) options.onAttempt = query.onAttempt;
  const report = await runHealthcheck(
    healthcheckTargets(descriptor.healthcheck, address, query.readCa),
    options,
  );
  return { ...context(descriptor, environment.name, address), report };
}

export async function checkSmoke(
  query: ServiceQuery & { timeoutMs?: number; signal?: AbortSignal },
): Promise<CheckContext & { report: SmokeReport }> {
  const { descriptor, environment, address } = await serviceUnderCheck(query);
  if (!descriptor.smoke)
    throw new CheckError(
      "E_CHECK_NOT_CONFIGURED",
      `${descriptor.service} has no smoke checks in its descriptor`,
    );
  const options: { timeoutMs: number; signal?: AbortSignal } = {
    timeoutMs: query.timeoutMs ?? descriptor.healthcheck.timeoutMs,
  };
  if (query.signal) options.signal = query.signal;
  const report = await runSmoke(descriptor.smoke.checks, address, options);
  return { ...context(descriptor, environment.name, address), report };
}

export async function checkRegression(
  query: ServiceQuery & {
    cwd: string;
    timeoutMs?: number;
    signal?: AbortSignal;
    onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
  },
): Promise<CheckContext & { result: RegressionResult }> {
  const { descriptor, environment, address } = await serviceUnderCheck(query);
  const regression = descriptor.regression;
  if (!regression)
    throw new CheckError(
      "E_CHECK_NOT_CONFIGURED",
      `${descriptor.service} has no regression command in its descriptor`,
    );
  const ctx = context(descriptor, environment.name, address);
  const result = await runRegression({
    command: regression.command,
    cwd: query.cwd,
    env: {
      ...regression.env,
      GITOPS_SERVICE: ctx.service,
      GITOPS_VERSION: ctx.version,
      GITOPS_ENVIRONMENT: ctx.environment,
      GITOPS_SERVICE_URL: ctx.url,
    },
    timeoutMs: query.timeoutMs ?? regression.timeoutMs,
    ...(regression.reports ? { reports: regression.reports } : {}),
    ...(query.onOutput ? { onOutput: query.onOutput } : {}),
    ...(query.signal ? { signal: query.signal } : {}),
  });
  return { ...ctx, result };
}

function context(
  descriptor: { service: string; version: string },
  environment: string,
  address: { domain: string; port: number },
): CheckContext {
  return { service: descriptor.service, environment, version: descriptor.version, url: serviceUrl(address) };
}
