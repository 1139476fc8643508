// The validation as the job summary shows it: a line when valid, a table of problems when not.
import type { ValidationReport } from "@gitops/model";
import { markdownCell } from "@gitops/text";

export function validationMarkdown(report: ValidationReport, descriptors: number): string {
  if (report.valid)
    return `### ✅ Deploy repo is valid\n\nChecked gitops.yaml and ${descriptors} descriptor(s).\n`;
  const rows = report.diagnostics.map((d) =>
    // Messages quote the files' values: escaped before they become Markdown or HTML.
    [`${d.file}:${d.start.line}:${d.start.column}`, d.field || "—", d.message].map(markdownCell).join(" | "),
  );
  return [
    `### ❌ ${report.errors} problem(s) in the deploy repo`,
    "",
    "| File | Field | Problem |",
    "|---|---|---|",
    ...rows.map((row) => `| ${row} |`),
    "",
  ].join("\n");
}
