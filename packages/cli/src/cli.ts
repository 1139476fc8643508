// The gitops command line: parses arguments and hands each command its typed options.
import { parseArgs } from "node:util";
import { type CliIo, EXIT, FORMATS, type Format, UsageError } from "./io.ts";

export const HELP = `gitops: a git repository as the deploy button

Usage:
  gitops validate [dir] [--format text|json|github]
      Check gitops.yaml and every deployment descriptor in dir (default: .).
      Exits 0 when valid, 1 when not, 2 on wrong usage.

  gitops plan --head REF [--base REF] [--env NAME] [--repo DIR] [--format text|json|markdown]
      What deploying head over base changes, and how risky it is, read from git
      (no checkout needed). No --base: a first deployment. No --env: the environment
      whose branch is --base. Exits 0 allow, 3 needs approval, 1 deny.

  gitops check health|smoke|regression --service NAME --env NAME [--repo DIR]
               [--host HOST] [--port PORT] [--format text|json]
      Check a deployed service as its descriptor says: probe its health endpoints,
      run its smoke checks, or run its regression suite. Exits 0 passed, 1 failed.

  gitops gate --after SHA [--before SHA] [--env NAME] --as LOGIN [--repo DIR] [--format text|json]
      The gate's decision on a push, as a dry run: every rule with its reasons.
      GitHub and JIRA are asked with GITHUB_TOKEN, GITHUB_REPOSITORY, JIRA_URL,
      JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center) from the
      environment. Exits 0 allow, 3 skip, 1 deny.

  gitops release --env NAME [--before SHA --after SHA] [--as LOGIN] [--repo DIR]
                 [--dry-run] [--verbose] [--format text|json|markdown] [--result FILE]
      Release a push to the environment: gate, plan, then for each changed service
      deploy, healthcheck and the environment's further stages, with notifications
      and the previous version restored on failure. Live progress per service and
      stage; --verbose adds the commands' output. Without --before/--after: the
      last push of the environment's branch (origin/NAME and its reflog). --as: the
      GitHub login that pushed (default GITHUB_ACTOR). Credentials as for gate;
      Slack webhooks in the variables gitops.yaml names; email with SMTP_HOST,
      SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_PASSWORD. --result FILE also
      writes the result as JSON.
      Exits 0 deployed (or nothing to do), 1 failed, rolled back or denied, 3 skipped.

Options:
  -h, --help      show this help
  -v, --version   show the version
`;

export const VERSION = "0.1.0";

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === "-v" || command === "--version") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (command === "validate") {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          options: {
            format: { type: "string", short: "f", default: "text" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: true,
        }),
      );
      if (values.help) {
        io.stdout(HELP);
        return EXIT.ok;
      }
      if (positionals.length > 1) throw new UsageError("validate takes one directory");
      // Commands load on demand, so `gitops --version` starts as fast as node itself.
      const { validate } = await import("./commands/validate.ts");
      return await validate(positionals[0] ?? ".", format(values.format), io);
    }
    if (command === "plan") {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          options: {
            base: { type: "string" },
            head: { type: "string" },
            env: { type: "string" },
            repo: { type: "string", default: "." },
            format: { type: "string", short: "f", default: "text" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: false,
        }),
      );
      if (values.help) {
        io.stdout(HELP);
        return EXIT.ok;
      }
      if (positionals.length > 0 || !values.head) throw new UsageError("plan needs --head REF");
      if (!["text", "json", "markdown"].includes(values.format)) {
        throw new UsageError("--format must be one of text, json, markdown");
      }
      const { plan } = await import("./commands/plan.ts");
      return await plan(
        {
          repo: values.repo,
          head: values.head,
          format: values.format as "text" | "json" | "markdown",
          ...(values.base ? { base: values.base } : {}),
          ...(values.env ? { environment: values.env } : {}),
        },
        io,
      );
    }
    if (command === "check") {
      const [kind, ...flags] = rest;
      const { values, positionals } = parse(() =>
        parseArgs({
          args: flags,
          options: {
            service: { type: "string" },
            env: { type: "string" },
            repo: { type: "string", default: "." },
            host: { type: "string" },
            port: { type: "string" },
            format: { type: "string", short: "f", default: "text" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: false,
        }),
      );
      if (values.help) {
        io.stdout(HELP);
        return EXIT.ok;
      }
      if (kind !== "health" && kind !== "smoke" && kind !== "regression") {
        throw new UsageError("check needs one of: health, smoke, regression");
      }
      if (positionals.length > 0 || !values.service || !values.env)
        throw new UsageError("check needs --service NAME --env NAME");
      if (values.port !== undefined && !/^\d+$/.test(values.port))
        throw new UsageError("--port must be a number");
      if (values.format !== "text" && values.format !== "json")
        throw new UsageError("--format must be one of text, json");
      const { check } = await import("./commands/check.ts");
      return await check(
        {
          kind,
          repo: values.repo,
          service: values.service,
          environment: values.env,
          format: values.format,
          ...(values.host ? { host: values.host } : {}),
          ...(values.port ? { port: Number(values.port) } : {}),
        },
        io,
      );
    }
    if (command === "gate") {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          options: {
            before: { type: "string" },
            after: { type: "string" },
            env: { type: "string" },
            as: { type: "string" },
            repo: { type: "string", default: "." },
            format: { type: "string", short: "f", default: "text" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: false,
        }),
      );
      if (values.help) {
        io.stdout(HELP);
        return EXIT.ok;
      }
      if (positionals.length > 0 || !values.after || !values.as)
        throw new UsageError("gate needs --after SHA and --as LOGIN");
      if (values.format !== "text" && values.format !== "json")
        throw new UsageError("--format must be one of text, json");
      const { gate } = await import("./commands/gate.ts");
      return await gate(
        {
          repo: values.repo,
          after: values.after,
          pusher: values.as,
          format: values.format,
          ...(values.before ? { before: values.before } : {}),
          ...(values.env ? { environment: values.env } : {}),
        },
        io,
      );
    }
    if (command === "release") {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          options: {
            env: { type: "string" },
            before: { type: "string" },
            after: { type: "string" },
            as: { type: "string" },
            repo: { type: "string", default: "." },
            "dry-run": { type: "boolean", default: false },
            verbose: { type: "boolean", default: false },
            result: { type: "string" },
            format: { type: "string", short: "f", default: "text" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: false,
        }),
      );
      if (values.help) {
        io.stdout(HELP);
        return EXIT.ok;
      }
      if (positionals.length > 0 || !values.env) throw new UsageError("release needs --env NAME");
      if (values.after && !values.before) throw new UsageError("--after needs --before");
      const pusher = values.as ?? io.env.GITHUB_ACTOR;
      if (!pusher) throw new UsageError("release needs --as LOGIN (the GitHub login that pushed)");
      if (!["text", "json", "markdown"].includes(values.format))
        throw new UsageError("--format must be one of text, json, markdown");
      const { releaseCommand } = await import("./commands/release.ts");
      return await releaseCommand(
        {
          repo: values.repo,
          environment: values.env,
          pusher,
          dryRun: values["dry-run"],
          verbose: values.verbose,
          format: values.format as "text" | "json" | "markdown",
          ...(values.before ? { before: values.before } : {}),
          ...(values.after ? { after: values.after } : {}),
          ...(values.result ? { resultFile: values.result } : {}),
        },
        io,
      );
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gitops: ${error.message}\n\n${HELP}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Runs a parseArgs call, turning its complaints into usage errors. */
function parse<T>(parseCall: () => T): T {
  try {
    return parseCall();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function format(value: unknown): Format {
  if (!FORMATS.includes(value as Format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  return value as Format;
}
