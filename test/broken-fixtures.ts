// The broken deploy repos under test/fixtures/broken and the diagnostics each must produce.
// Shared by the model's test and the CLI's, so that both hold the same files to the same
// expectations.
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_FILE_BYTES } from "@gitops/model";

export const BROKEN_FIXTURES_DIR = new URL("./fixtures/broken/", import.meta.url).pathname;

export interface ExpectedDiagnostic {
  file: string;
  line: number;
  column: number;
  field: string;
  code: string;
  /** A substring of the message. */
  message: string;
}

export async function readExpectedDiagnostics(): Promise<Record<string, ExpectedDiagnostic[]>> {
  return JSON.parse(await readFile(join(BROKEN_FIXTURES_DIR, "expected.json"), "utf8"));
}

export async function brokenFixtureNames(): Promise<string[]> {
  const entries = await readdir(BROKEN_FIXTURES_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Fixtures too big to commit: built from the committed folder in a temporary copy. */
const GENERATED: Record<string, (dir: string) => Promise<void>> = {
  async "file-too-large"(dir) {
    const line = "# padding to push this file past the size limit\n";
    await appendFile(join(dir, "services/web.yaml"), line.repeat(Math.ceil(MAX_FILE_BYTES / line.length)));
  },
};

/** The folder to load for a fixture, and how to clean up after it. */
export async function materialiseBrokenFixture(
  name: string,
): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const source = join(BROKEN_FIXTURES_DIR, name);
  const generate = GENERATED[name];
  if (!generate) return { dir: source, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), `gitops-${name}-`));
  await cp(source, dir, { recursive: true });
  await generate(dir);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
