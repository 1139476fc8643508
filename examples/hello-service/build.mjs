// Builds a release of hello: the artifact a deploy puts on a machine.
//
//   node build.mjs --version 1.2.0 --out DIR [--broken]
//
// writes DIR/hello/<version>/ holding server.mjs and release.json. --broken leaves
// settings.currency out of the manifest: that release starts but reports itself DOWN, which is
// how the demo shows a failing healthcheck and a rollback.
//
// As a module: buildRelease({ version, out, settings? , broken? }) → { dir, manifest }.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const SERVICE = "hello";
export const DEFAULT_SETTINGS = Object.freeze({ greeting: "hello", currency: "EUR", feePercent: 1.5 });
// The descriptor schema's version pattern: it also keeps the version a single path segment.
const VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Writes the release `out/hello/<version>/` (replacing one built before) and returns its
 * directory and manifest. `settings` replaces the default settings; `broken` drops the currency.
 */
export function buildRelease({ version, out, settings = DEFAULT_SETTINGS, broken = false }) {
  if (typeof version !== "string" || !VERSION.test(version) || version === "." || version === "..") {
    throw new Error(`version must look like 1.2.0 (letters, digits, '.', '_', '+', '-'), not ${version}`);
  }
  if (typeof out !== "string" || out === "") throw new Error("out must name a directory");
  const releaseSettings = { ...settings };
  if (broken) delete releaseSettings.currency;
  const manifest = { service: SERVICE, version, settings: releaseSettings };

  const parent = join(resolve(out), SERVICE);
  const dir = join(parent, version);
  mkdirSync(parent, { recursive: true });
  // Written beside the target and renamed into place, so a deploy never sees half a release.
  const staging = mkdtempSync(join(parent, `.${version}-`));
  try {
    chmodSync(staging, 0o755);
    copyFileSync(join(here, "server.mjs"), join(staging, "server.mjs"));
    writeFileSync(join(staging, "release.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return { dir, manifest };
}

function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        version: { type: "string" },
        out: { type: "string" },
        broken: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`build: ${e.message}\n`);
    return 2;
  }
  const usage = "usage: node build.mjs --version 1.2.0 --out DIR [--broken]\n";
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!values.version || !values.out) {
    process.stderr.write(`build: --version and --out are required\n${usage}`);
    return 2;
  }
  try {
    const { dir } = buildRelease({ version: values.version, out: values.out, broken: values.broken });
    process.stdout.write(`built ${SERVICE} ${values.version}${values.broken ? " (broken)" : ""} in ${dir}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`build: ${e.message}\n`);
    return 1;
  }
}

/** Whether node was started on this file (and not asked to import it). */
function isMain() {
  try {
    return realpathSync(process.argv[1] ?? "") === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = main(process.argv.slice(2));
}
