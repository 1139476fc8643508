// gitops check health|smoke|regression --service NAME --env NAME: the checks of a deployed
// service, from a laptop, exactly as the actions run them.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CheckError, checkHealth, checkRegression, checkSmoke, healthText, smokeText } from "@gitops/checks";
import { directoryReader } from "@gitops/model";
import { type CliIo, EXIT } from "../io.ts";

export type CheckKind = "health" | "smoke" | "regression";

export interface CheckArgs {
  kind: CheckKind;
  repo: string;
  service: string;
  environment: string;
  host?: string;
  port?: number;
  format: "text" | "json";
}

export async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const repoDir = resolve(io.cwd, args.repo);
  const query = {
    reader: directoryReader(repoDir),
    service: args.service,
    environment: args.environment,
    ...(args.host ? { host: args.host } : {}),
    ...(args.port ? { port: args.port } : {}),
  };
  const text = args.format === "text";
  try {
    if (args.kind === "health") {
      const run = await checkHealth({
        ...query,
        readCa: (path) => readFileSync(resolve(repoDir, path), "utf8"),
        ...(text
          ? {
              onAttempt: ({ name, attempt, result }) =>
                io.stderr(`${name} attempt ${attempt}: ${result.ok ? "ok" : result.error?.message}\n`),
            }
          : {}),
      });
      io.stdout(text ? healthText(run.report) : `${JSON.stringify(run, null, 2)}\n`);
      return run.report.ok ? EXIT.ok : EXIT.failed;
    }
    if (args.kind === "smoke") {
      const run = await checkSmoke(query);
      io.stdout(text ? smokeText(run.report) : `${JSON.stringify(run, null, 2)}\n`);
      return run.report.ok ? EXIT.ok : EXIT.failed;
    }
    const run = await checkRegression({
      ...query,
      cwd: repoDir,
      ...(text ? { onOutput: (chunk) => io.stderr(chunk) } : {}),
    });
    io.stdout(
      text
        ? `${run.result.reason}\n${run.result.ok ? "passed" : "failed"}\n`
        : `${JSON.stringify(run, null, 2)}\n`,
    );
    return run.result.ok ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    io.stderr(`gitops check: ${error.message}\n`);
    for (const d of error.diagnostics)
      io.stderr(
        `  ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}\n`,
      );
    return EXIT.failed;
  }
}
