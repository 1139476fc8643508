// Diagnostics for people (text), for programs (json) and for the GitHub runner (workflow
// commands that become annotations on the pull request's files).
import { type Diagnostic, formatDiagnostic, type ValidationReport as Report } from "@gitops/model";
import type { CliIo } from "./io.ts";

export type Format = "text" | "json" | "github";

export function formatReport(report: Report, format: Format, color: boolean): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "github") return report.diagnostics.map((d) => `${workflowCommand(d)}\n`).join("");
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = report.diagnostics.map((d) => {
    const where = paint("1", `${d.file}:${d.start.line}:${d.start.column}`);
    const field = d.field ? `${paint("36", d.field)}: ` : "";
    const level = d.severity === "warning" ? paint("33", "warning ") : "";
    return `${where} ${level}${field}${d.message} ${paint("2", `[${d.code}]`)}`;
  });
  const summary = report.valid
    ? paint("32", `✓ ${report.files} file${report.files === 1 ? "" : "s"} valid`)
    : paint(
        "31",
        `✗ ${report.errors} error${report.errors === 1 ? "" : "s"} in ${countFiles(report)} of ${report.files} files`,
      );
  return `${[...lines, summary].join("\n")}\n`;
}

function countFiles(report: Report): number {
  return new Set(report.diagnostics.map((d) => d.file)).size;
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
export function workflowCommand(d: Report["diagnostics"][number]): string {
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.start.line}`,
    `col=${d.start.column}`,
    ...(d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : []),
    `title=${escapeProperty(`${d.code}${d.field ? ` ${d.field}` : ""}`)}`,
  ];
  return `::${d.severity} ${props.join(",")}::${escapeData(formatDiagnostic({ ...d, file: d.file }))}`;
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A command's diagnostics on stderr, indented under its message: `file:line:column field: message`. */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`  ${formatDiagnostic(d)}\n`);
}
