// What the GitHub runner reads back from a JavaScript action: workflow commands on the
// process output (`::error file=a,line=1::msg`) and the key/value file commands
// (GITHUB_OUTPUT, GITHUB_ENV). Parsed the way actions/runner does it
// (Runner.Common/ActionCommand.cs and Runner.Worker/FileCommandManager.cs), so a test sees
// what a workflow run would.

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** The commands the runner registers; any other `::name::` line is ordinary log output. */
const REGISTERED_COMMANDS = new Set([
  "add-mask",
  "add-matcher",
  "add-path",
  "debug",
  "echo",
  "endgroup",
  "error",
  "group",
  "notice",
  "remove-matcher",
  "save-state",
  "set-env",
  "set-output",
  "stop-commands",
  "warning",
]);

const DATA_ESCAPES: Record<string, string> = { "%25": "%", "%0D": "\r", "%0A": "\n" };
const PROPERTY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, "%3A": ":", "%2C": "," };

// One pass, so an escaped "%" ("%25") is never read again as the start of another escape.
function unescapeCommand(value: string, table: Record<string, string>): string {
  return value.replace(/%(?:25|0D|0A|3A|2C)/g, (m) => table[m] ?? m);
}

/** Parses one output line as a workflow command (runner's TryParseV2), or returns undefined. */
export function parseCommandLine(line: string): WorkflowCommand | undefined {
  if (!line.startsWith("::")) return undefined;
  const end = line.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED_COMMANDS.has(command)) return undefined;

  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(",")) {
      const eq = pair.indexOf("=");
      // The runner drops pairs with an empty name or value.
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1), PROPERTY_ESCAPES);
    }
  }
  return { command, properties, data: unescapeCommand(line.slice(end + 2), DATA_ESCAPES) };
}

export interface ParsedOutput {
  commands: WorkflowCommand[];
  /** Lines that are not workflow commands, as the log would show them (before masking). */
  logLines: string[];
}

/** Splits process output into workflow commands and log lines, honouring `::stop-commands::`. */
export function parseProcessOutput(text: string): ParsedOutput {
  const commands: WorkflowCommand[] = [];
  const logLines: string[] = [];
  let resumeToken: string | undefined;
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  for (const line of lines) {
    if (resumeToken !== undefined) {
      if (line === `::${resumeToken}::`) resumeToken = undefined;
      else logLines.push(line);
      continue;
    }
    const command = parseCommandLine(line);
    if (!command) {
      logLines.push(line);
      continue;
    }
    if (command.command === "stop-commands" && command.data) resumeToken = command.data;
    commands.push(command);
  }
  return { commands, logLines };
}

const LEVELS = new Set(["error", "warning", "notice"]);

function intProperty(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export function toAnnotation(command: WorkflowCommand): Annotation | undefined {
  if (!LEVELS.has(command.command)) return undefined;
  const p = command.properties;
  const annotation: Annotation = { level: command.command as Annotation["level"], message: command.data };
  if (p.file !== undefined) annotation.file = p.file;
  if (p.title !== undefined) annotation.title = p.title;
  for (const key of ["line", "col", "endLine", "endColumn"] as const) {
    const n = intProperty(p[key]);
    if (n !== undefined) annotation[key] = n;
  }
  return annotation;
}

/** A file command the runner would refuse (and fail the step for). */
export class FileCommandError extends Error {
  readonly code = "FILE_COMMAND_INVALID";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "FileCommandError";
  }
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIMITER`
 * heredocs whose value is every line up to a line equal to DELIMITER. Whichever of `=` and
 * `<<` comes first decides the form, as in the runner. Later entries win. Line breaks inside
 * a heredoc value are kept as written (a CRLF stays a CRLF).
 */
export function parseKeyValueFile(text: string, file = "file command"): Record<string, string> {
  const result: Record<string, string> = {};
  const raw = text.split("\n");
  const line = (i: number): string | undefined => raw[i]?.replace(/\r$/, "");
  for (let i = 0; i < raw.length; i++) {
    const current = line(i) as string;
    if (current === "") continue;
    const eq = current.indexOf("=");
    const heredoc = current.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      if (eq === 0) throw new FileCommandError(file, `invalid format '${current}': name must not be empty`);
      result[current.slice(0, eq)] = current.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0 || heredoc + 2 === current.length) {
      throw new FileCommandError(file, `invalid format '${current}'`);
    }
    const name = current.slice(0, heredoc);
    const delimiter = current.slice(heredoc + 2);
    const first = i + 1;
    for (i = first; line(i) !== delimiter; i++) {
      if (i >= raw.length) throw new FileCommandError(file, `matching delimiter not found '${delimiter}'`);
    }
    result[name] = raw.slice(first, i).join("\n").replace(/\r$/, "");
  }
  return result;
}
