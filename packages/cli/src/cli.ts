// The gitops command line: finds the command, parses its declared options, checks --format
// once, and hands `run` typed values. Help comes from the same declarations.
import { parseArgs } from "node:util";
import { type Command, EXIT, type OptionSpecs, UsageError } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import type { CliIo } from "./io.ts";

export const VERSION = "0.1.0";

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(overview());
    return EXIT.usage;
  }
  if (name === "-h" || name === "--help") {
    io.stdout(overview());
    return EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === "help") {
    const topic = rest[0] === undefined ? undefined : find(rest[0]);
    if (rest[0] !== undefined && !topic) return usageError(`unknown command "${rest[0]}"`, io);
    io.stdout(topic ? commandHelp(topic) : overview());
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) return usageError(`unknown command "${name}"`, io);
  let args: ReturnType<typeof parse>;
  try {
    args = parse(command, rest);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, io, command);
    throw error;
  }
  if (args === "help") {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, io, command);
    throw error;
  }
}

const find = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

function usageError(message: string, io: CliIo, command?: Command): number {
  const hint = command
    ? `usage: ${command.usage}\nRun "gitops ${command.name} --help" for more.`
    : `Run "gitops --help" for the commands.`;
  io.stderr(`gitops: ${message}\n${hint}\n`);
  return EXIT.usage;
}

/** The command's values, positionals and format; "help" when -h/--help was given. */
function parse(command: Command, argv: readonly string[]) {
  const options: Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }> =
    { help: { type: "boolean", short: "h" } };
  for (const [name, o] of Object.entries(command.options as OptionSpecs)) {
    options[name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.default !== undefined ? { default: o.default } : {}),
    };
  }
  const formats = command.formats ?? [];
  if (formats.length > 0) options.format = { type: "string", short: "f", default: formats[0]! };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help" as const;
  const declared = command.positionals ?? [];
  if (positionals.length > declared.length) {
    throw new UsageError(
      declared.length === 0
        ? `${command.name} takes no arguments, only options (got "${positionals[0]}")`
        : `${command.name} takes ${declared.map((p) => p.name).join(" ")}; "${positionals[declared.length]}" is one too many`,
    );
  }
  const format = String(values.format ?? "");
  if (formats.length > 0 && !formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(", ")}`);
  const missingPositional = declared.slice(positionals.length).find((p) => p.required);
  if (missingPositional) throw new UsageError(`${command.name} needs ${missingPositional.name}`);
  for (const [name, o] of Object.entries(command.options as OptionSpecs)) {
    if (o.required && (values[name] === undefined || values[name] === ""))
      throw new UsageError(`${command.name} needs --${name}${o.value ? ` ${o.value}` : ""}`);
  }
  delete values.help;
  delete values.format;
  return { values, positionals, format } as Parameters<Command["run"]>[0];
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "gitops: a git repository as the deploy button",
    "",
    "Usage: gitops <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    'Run "gitops <command> --help" for what a command takes and what its exit status means.',
    "",
    "Options:",
    "  -h, --help     show this help",
    "  -v, --version  show the version",
    "",
  ].join("\n");
}

export function commandHelp(command: Command): string {
  const rows: [string, string][] = Object.entries(command.options as OptionSpecs).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
    const fallback = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : "";
    return [flag, `${o.description}${fallback}`];
  });
  if (command.formats?.length)
    rows.push([
      `-f, --format ${command.formats.join("|")}`,
      `how to print the result (default: ${command.formats[0]})`,
    ]);
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `gitops ${command.name}: ${command.summary}`,
    "",
    "Usage:",
    `  ${command.usage}`,
    "",
    ...command.description.split("\n").map((line) => (line ? `  ${line}` : "")),
    "",
    "Options:",
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    "",
    "Exit status:",
    ...[...command.exits, [EXIT.usage, "the command line is wrong"] as [number, string]].map(
      ([code, text]) => `  ${String(code).padStart(2)}  ${text}`,
    ),
    "",
  ].join("\n");
}
