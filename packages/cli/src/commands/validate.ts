// gitops validate [dir]: checks gitops.yaml and every descriptor, compiler-style.
import { relative, resolve } from "node:path";
import { defineCommand, EXIT } from "../command.ts";

export const validate = defineCommand({
  name: "validate",
  summary: "check gitops.yaml and every deployment descriptor",
  description: `Checks gitops.yaml and every deployment descriptor in dir (default: the current
directory), and prints each problem as file:line:column with the field. --format github prints
workflow commands, so a CI step annotates each bad line.`,
  positionals: [{ name: "dir" }],
  options: {},
  formats: ["text", "json", "github"],
  exits: [
    [EXIT.ok, "valid"],
    [EXIT.failed, "not valid"],
  ],
  async run({ positionals, format }, io) {
    const [{ directoryReader, loadRepo, validationReport }, { formatReport }] = await Promise.all([
      import("@gitops/model"),
      import("../format-diagnostics.ts"),
    ]);
    const root = resolve(io.cwd, positionals[0] ?? ".");
    const repo = await loadRepo(directoryReader(root));
    // Paths as the user can open them from where they stand.
    const display = (file: string) => relative(io.cwd, resolve(root, file)) || file;
    const report = validationReport(repo, display);
    (format === "text" && !report.valid ? io.stderr : io.stdout)(formatReport(report, format, io.color));
    return report.valid ? EXIT.ok : EXIT.failed;
  },
});
