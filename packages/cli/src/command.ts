// What a gitops command is: its name, a one-line summary, its options, and `run`. The
// dispatcher (cli.ts) parses the command line from these declarations, so a command never
// parses arguments itself, and `gitops <command> --help` is printed from them too.
import type { CliIo } from "./io.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  /** The command cannot run without it; the dispatcher says so. */
  required?: boolean;
  /** The value's placeholder in help: `--head REF`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Parsed values, typed from the declarations: booleans are booleans, strings strings. */
export type Values<O extends OptionSpecs> = {
  [K in keyof O]: O[K]["type"] extends "boolean"
    ? boolean
    : O[K] extends { default: string } | { required: true }
      ? string
      : string | undefined;
};

export interface Args<O extends OptionSpecs, F extends string> {
  values: Values<O>;
  positionals: string[];
  /** --format, checked against the command's formats (the first is the default). */
  format: F;
}

export interface CommandSpec<O extends OptionSpecs, F extends string> {
  name: string;
  /** One line for `gitops --help`. */
  summary: string;
  /** What the command does, for `gitops <command> --help`. */
  description: string;
  /** Positional arguments, in order: `<kind>` or `[dir]`. */
  positionals?: { name: string; required?: boolean }[];
  options: O;
  /** The --format values, default first; none: the command has no --format. */
  formats?: readonly F[];
  /** What each exit status means for this command, in the order help lists them. */
  exits: [number, string][];
  run(args: Args<O, F>, io: CliIo): Promise<number>;
}

export interface Command<O extends OptionSpecs = OptionSpecs, F extends string = string>
  extends CommandSpec<O, F> {
  /** The synopsis, made from the declarations: `gitops plan --head REF [--base REF] …`. */
  usage: string;
}

export function defineCommand<O extends OptionSpecs, F extends string = never>(
  spec: CommandSpec<O, F>,
): Command<O, F> {
  const words = [`gitops ${spec.name}`];
  for (const p of spec.positionals ?? []) words.push(p.required ? `<${p.name}>` : `[${p.name}]`);
  for (const [name, option] of Object.entries(spec.options)) {
    const word = option.type === "boolean" ? `--${name}` : `--${name} ${option.value ?? "VALUE"}`;
    words.push(option.required ? word : `[${word}]`);
  }
  if (spec.formats?.length) words.push(`[--format ${spec.formats.join("|")}]`);
  return { ...spec, usage: words.join(" ") };
}

/** Exit statuses, named for what they mean; the README's table lists them. */
export const EXIT = {
  /** Done: valid, allowed, deployed, healthy. */
  ok: 0,
  /** The checked thing is wrong: invalid, denied, failed, unhealthy, rolled back. */
  failed: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The plan is allowed only with an approval. */
  needsApproval: 3,
  /** The gate skips the push (a skip marker): nothing deploys, nothing failed. */
  skipped: 4,
  /** gitops itself broke: a bug to report. */
  internal: 70,
} as const;

export class UsageError extends Error {
  readonly code = "E_USAGE";
}
