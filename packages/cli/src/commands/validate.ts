// gitops validate [dir]: checks gitops.yaml and every descriptor, compiler-style.
import { relative, resolve } from "node:path";
import { directoryReader, loadRepo } from "@gitops/model";
import { buildReport, formatReport } from "../format-diagnostics.ts";
import { type CliIo, EXIT, type Format } from "../io.ts";

export async function validate(dir: string, format: Format, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, dir);
  const repo = await loadRepo(directoryReader(root));
  // Paths as the user can open them from where they stand.
  const display = (file: string) => relative(io.cwd, resolve(root, file)) || file;
  const report = buildReport(repo.diagnostics, repo.files.length, display);
  (format === "text" && !report.valid ? io.stderr : io.stdout)(formatReport(report, format, io.color));
  return report.valid ? EXIT.ok : EXIT.failed;
}
