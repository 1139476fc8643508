// The gitops command line: parses arguments and hands each command its typed options.
import { parseArgs } from "node:util";
import { type CliIo, EXIT, FORMATS, type Format, UsageError } from "./io.ts";

export const HELP = `gitops: a git repository as the deploy button

Usage:
  gitops validate [dir] [--format text|json|github]
      Check gitops.yaml and every deployment descriptor in dir (default: .).
      Exits 0 when valid, 1 when not, 2 on wrong usage.

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
