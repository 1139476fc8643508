// What actions print: command output that cannot issue workflow commands, and the release's
// live progress, formatted as the CLI formats it.
import { randomUUID } from "node:crypto";
import * as core from "@actions/core";
import { progressFormatter, type ReleaseProgress } from "@gitops/pipeline";

// A token no output can guess: between `::stop-commands::TOKEN` and `::TOKEN::` the runner
// treats every line as text, so a deploy or test command cannot issue workflow commands
// (`::add-mask::`, `::error::`, `::set-output::`) through what it prints.
const STOP_TOKEN = `gitops-${randomUUID()}`;

/** Logs what a command printed, as text only. */
export function logCommandOutput(lines: string[]): void {
  if (lines.length === 0) return;
  core.info(`::stop-commands::${STOP_TOKEN}`);
  for (const line of lines) core.info(line);
  core.info(`::${STOP_TOKEN}::`);
}

/** A progress listener that logs each event: failed stages as errors, output as text only. */
export function progressLogger(): (event: ReleaseProgress) => void {
  const lines = progressFormatter();
  return (event) => {
    const formatted = lines(event);
    logCommandOutput(formatted.filter((l) => l.kind === "output").map((l) => l.text));
    for (const line of formatted.filter((l) => l.kind !== "output")) {
      if (line.failed && line.kind === "stage") core.error(line.text.trim());
      else core.info(line.text);
    }
  };
}
