// Stops every instance the local deploy (deploy-local.mjs) started under a runtime directory:
// the demo's clean-up. Safe to run again: what is already stopped is skipped.
//
//   node scripts/stop-local.mjs [RUNTIME_DIR]     (default: $GITOPS_DEMO_RUNTIME)
//
// Exit codes: 0 nothing left running; 1 an instance could not be stopped; 2 no runtime directory.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LocalDeployError, runtimeLayout, stopInstance } from "./deploy-local.mjs";

const runtime = process.argv[2] || process.env.GITOPS_DEMO_RUNTIME;
if (!runtime) {
  process.stderr.write("stop-local: pass the runtime directory, or set GITOPS_DEMO_RUNTIME\n");
  process.exit(2);
}

if (!existsSync(runtime)) {
  // No runtime directory: nothing was ever started there, or it was cleaned up already.
  process.stdout.write(`nothing to stop in ${runtime}\n`);
  process.exit(0);
}
let layout;
try {
  layout = runtimeLayout(runtime);
} catch (e) {
  process.stderr.write(`stop-local: ${e.message}\n`);
  process.exit(e instanceof LocalDeployError ? e.exitCode : 1);
}

let names = [];
try {
  names = readdirSync(layout.run).filter((f) => f.endsWith(".pid"));
} catch (e) {
  if (e.code !== "ENOENT") throw e;
}

let failed = 0;
for (const file of names.sort()) {
  const instance = file.slice(0, -".pid".length);
  try {
    const result = await stopInstance(join(layout.run, file), layout.artifacts);
    if (result.state === "stopped" || result.state === "killed") {
      process.stdout.write(`${instance}: ${result.state} (pid ${result.pid})\n`);
    } else if (result.state === "stale") {
      process.stdout.write(`${instance}: was not running\n`);
    }
  } catch (e) {
    failed++;
    process.stderr.write(`stop-local: ${instance}: ${e.message}\n`);
  }
}
if (names.length === 0) process.stdout.write(`nothing to stop in ${layout.root}\n`);
process.exitCode = failed === 0 ? 0 : 1;
