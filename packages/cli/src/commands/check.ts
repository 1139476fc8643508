// gitops check health|smoke|regression --service NAME --env NAME: the checks of a deployed
// service, from a laptop, exactly as the actions run them.
import { resolve } from "node:path";
import { defineCommand, EXIT, UsageError } from "../command.ts";
import { envOption, repoOption } from "./options.ts";

const KINDS = ["health", "smoke", "regression"] as const;

export const check = defineCommand({
  name: "check",
  summary: "probe a deployed service's health, or run its smoke or regression checks",
  description: `Checks a deployed service as its descriptor says: health probes its health endpoints,
smoke runs its smoke checks, regression runs its regression suite. --host and --port point the
checks elsewhere (a canary, a tunnel).`,
  positionals: [{ name: KINDS.join("|"), required: true }],
  options: {
    service: { type: "string", required: true, value: "NAME", description: "the service to check" },
    env: { ...envOption("the environment it runs in"), required: true },
    host: {
      type: "string",
      value: "HOST",
      description: "check this host instead of the descriptor's domain",
    },
    port: { type: "string", value: "PORT", description: "check this port instead of the descriptor's" },
    repo: repoOption,
  },
  formats: ["text", "json"],
  exits: [
    [EXIT.ok, "passed"],
    [EXIT.failed, "failed, or the service cannot be found"],
  ],
  async run({ values, positionals, format }, io) {
    const kind = positionals[0] as (typeof KINDS)[number];
    if (!KINDS.includes(kind)) throw new UsageError(`check needs one of: ${KINDS.join(", ")}`);
    if (values.port !== undefined && !/^\d+$/.test(values.port))
      throw new UsageError("--port must be a number");
    const [{ readFileSync }, checks, { directoryReader }, { printDiagnostics }] = await Promise.all([
      import("node:fs"),
      import("@gitops/checks"),
      import("@gitops/model"),
      import("../format-diagnostics.ts"),
    ]);
    const repoDir = resolve(io.cwd, values.repo);
    const query = {
      reader: directoryReader(repoDir),
      service: values.service,
      environment: values.env,
      ...(values.host ? { host: values.host } : {}),
      ...(values.port ? { port: Number(values.port) } : {}),
    };
    const text = format === "text";
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    try {
      if (kind === "health") {
        const run = await checks.checkHealth({
          ...query,
          readCa: (path) => readFileSync(resolve(repoDir, path), "utf8"),
          ...(text
            ? {
                onAttempt: ({ name, attempt, result }) =>
                  io.stderr(`${name} attempt ${attempt}: ${result.ok ? "ok" : result.error?.message}\n`),
              }
            : {}),
        });
        io.stdout(text ? checks.healthText(run.report) : json(run));
        return run.report.ok ? EXIT.ok : EXIT.failed;
      }
      if (kind === "smoke") {
        const run = await checks.checkSmoke(query);
        io.stdout(text ? checks.smokeText(run.report) : json(run));
        return run.report.ok ? EXIT.ok : EXIT.failed;
      }
      const run = await checks.checkRegression({
        ...query,
        cwd: repoDir,
        ...(text ? { onOutput: (chunk) => io.stderr(chunk) } : {}),
      });
      io.stdout(text ? `${run.result.reason}\n${run.result.ok ? "passed" : "failed"}\n` : json(run));
      return run.result.ok ? EXIT.ok : EXIT.failed;
    } catch (error) {
      if (!(error instanceof checks.CheckError)) throw error;
      io.stderr(`gitops check: ${error.message}\n`);
      printDiagnostics(io, error.diagnostics);
      return EXIT.failed;
    }
  },
});
