// Diagnostics (file:line:column, field, message) as annotations on the files of the pull
// request or push: paths from the workspace root, or they land nowhere.
import { relative, resolve } from "node:path";
import * as core from "@actions/core";
import { type Diagnostic, formatDiagnostic } from "@gitops/model";
import { workspaceRoot } from "./inputs.ts";

/** One annotation a diagnostic; `repoDir` is where the diagnostics' paths start. */
export function annotate(diagnostics: readonly Diagnostic[], repoDir: string): void {
  for (const d of diagnostics) {
    const file = relative(workspaceRoot(), resolve(repoDir, d.file));
    (d.severity === "warning" ? core.warning : core.error)(formatDiagnostic({ ...d, file }), {
      title: `${d.code}${d.field ? ` ${d.field}` : ""}`,
      file,
      startLine: d.start.line,
      startColumn: d.start.column,
      ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
    });
  }
}
