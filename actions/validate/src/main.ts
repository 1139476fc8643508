// Adapter: reads the inputs, validates the deploy repo, reports through the runner.
import { relative, resolve } from "node:path";
import * as core from "@actions/core";
import { directoryReader, escapeHtml, formatDiagnostic, loadRepo } from "@gitops/model";

async function main(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, core.getInput("path") || ".");
  const failOnError = core.getBooleanInput("fail-on-error");

  const repo = await loadRepo(directoryReader(root));
  // Annotations need paths from the repository root to land on the right file.
  const fromWorkspace = (file: string) => relative(workspace, resolve(root, file));
  const diagnostics = repo.diagnostics.map((d) => ({ ...d, file: fromWorkspace(d.file) }));
  const errors = diagnostics.filter((d) => d.severity === "error");

  for (const d of diagnostics) {
    const annotate = d.severity === "error" ? core.error : core.warning;
    annotate(formatDiagnostic(d), {
      title: `${d.code}${d.field ? ` ${d.field}` : ""}`,
      file: d.file,
      startLine: d.start.line,
      startColumn: d.start.column,
      ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
    });
  }
  const valid = errors.length === 0;
  core.setOutput("valid", String(valid));
  core.setOutput("error-count", String(errors.length));
  core.setOutput(
    "report",
    JSON.stringify({
      valid,
      files: repo.files.length,
      errors: errors.length,
      warnings: diagnostics.length - errors.length,
      diagnostics,
    }),
  );

  core.summary.addHeading(
    valid ? "✅ Deploy repo is valid" : `❌ ${errors.length} problem(s) in the deploy repo`,
    3,
  );
  if (valid) {
    core.summary.addRaw(`Checked gitops.yaml and ${repo.descriptors.length} descriptor(s).`, true);
  } else {
    core.summary.addTable([
      [
        { data: "File", header: true },
        { data: "Field", header: true },
        { data: "Problem", header: true },
      ],
      // Messages quote the files' values: escape them before they become HTML.
      ...diagnostics.map((d) =>
        [`${d.file}:${d.start.line}:${d.start.column}`, d.field || "—", d.message].map(escapeHtml),
      ),
    ]);
  }
  await core.summary.write();
  if (!valid && failOnError)
    core.setFailed(`${errors.length} problem(s) in the deploy repo; see the annotations`);
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
