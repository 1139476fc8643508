// npm run demo: the whole product on this machine in under a minute (see scripts/demo/scenario.ts).
import { existsSync } from "node:fs";
import { runDemo } from "./demo/scenario.ts";

if (!existsSync(new URL("../packages/cli/dist/index.js", import.meta.url))) {
  process.stderr.write("the gitops CLI bundle is missing: run npm run build\n");
  process.exit(1);
}
const report = await runDemo({
  write: (text) => process.stdout.write(text),
  keep: process.argv.includes("--keep"),
});
const outcomes = report.steps.map((s) => `${s.environment}: ${s.result.outcome}`).join(", ");
process.stdout.write(`\nDone in ${(report.durationMs / 1000).toFixed(1)} s - ${outcomes}\n`);
if (report.leftovers.length > 0) {
  process.stderr.write(`processes still running: ${report.leftovers.join(", ")}\n`);
  process.exitCode = 1;
}
