#!/usr/bin/env node
// The bundled `gitops` executable: wires the real process to the command line.
import { run } from "./cli.ts";
import { EXIT } from "./command.ts";

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  color,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `gitops: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT.internal;
  },
);
