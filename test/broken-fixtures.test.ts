import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Diagnostic, directoryReader, loadRepo, MAX_FILE_BYTES } from "@gitops/model";
import { describe, expect, it } from "vitest";
import {
  BROKEN_FIXTURES_DIR,
  brokenFixtureNames,
  type ExpectedDiagnostic,
  materialiseBrokenFixture,
  readExpectedDiagnostics,
} from "./broken-fixtures.ts";

const expected = await readExpectedDiagnostics();
const names = await brokenFixtureNames();

const order = (a: { file: string; line: number; column: number; code: string }, b: typeof a) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);

const located = (d: Diagnostic) => ({
  file: d.file,
  line: d.start.line,
  column: d.start.column,
  field: d.field,
  code: d.code,
});

describe("broken fixtures", () => {
  it("every folder has an entry in expected.json and every entry a folder", () => {
    expect(names).toEqual(Object.keys(expected).sort());
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)("%s", async (name) => {
    const want = [...(expected[name] ?? [])].sort(order);
    expect(want.length).toBeGreaterThan(0);
    const fixture = await materialiseBrokenFixture(name);
    try {
      const repo = await loadRepo(directoryReader(fixture.dir));
      const got = [...repo.diagnostics].sort((a, b) => order(located(a), located(b)));
      // Exactly these diagnostics: same places, fields and codes, and nothing else.
      expect(got.map(located)).toEqual(want.map(({ message: _, ...where }: ExpectedDiagnostic) => where));
      got.forEach((d, i) => {
        expect(d.message).toContain(want[i]!.message);
        expect(d.severity).toBe("error");
      });
    } finally {
      await fixture.cleanup();
    }
  });

  it("file-too-large is padded past the limit in a copy, and is otherwise valid as committed", async () => {
    const committed = join(BROKEN_FIXTURES_DIR, "file-too-large");
    expect((await stat(join(committed, "services/web.yaml"))).size).toBeLessThan(4096);
    // As committed it is the same small repo the other fixtures break one thing of.
    const clean = await loadRepo(directoryReader(committed));
    expect(clean.diagnostics).toEqual([]);
    expect(clean.descriptors.map((d) => d.service)).toEqual(["web"]);

    const fixture = await materialiseBrokenFixture("file-too-large");
    try {
      expect(fixture.dir).not.toBe(committed);
      expect((await stat(join(fixture.dir, "services/web.yaml"))).size).toBeGreaterThan(MAX_FILE_BYTES);
    } finally {
      await fixture.cleanup();
    }
  });

  it("the encoding fixtures hold the bytes they are named after", async () => {
    const utf16 = await readFile(join(BROKEN_FIXTURES_DIR, "utf16/services/web.yaml"));
    expect([...utf16.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x23, 0x00]); // BOM, then "#" in UTF-16LE
    const latin1 = await readFile(join(BROKEN_FIXTURES_DIR, "not-utf8/services/web.yaml"));
    expect(latin1.includes(Buffer.from("Ren\xe9\n", "latin1"))).toBe(true);
  });
});

describe("examples/deploy-repo", () => {
  it("loads with no diagnostics: four services and the environments qa, stage, prod in order", async () => {
    const repo = await loadRepo(
      directoryReader(new URL("../examples/deploy-repo/", import.meta.url).pathname),
    );
    expect(repo.diagnostics).toEqual([]);
    expect(repo.descriptors.map((d) => d.service)).toEqual([
      "fraud-scorer",
      "hello",
      "ledger",
      "payments-api",
    ]);
    expect(repo.config?.environments.map((e) => e.name)).toEqual(["qa", "stage", "prod"]);
    expect(repo.files).toEqual([
      "gitops.yaml",
      "services/fraud-scorer.yaml",
      "services/hello.yaml",
      "services/ledger.yaml",
      "services/payments-api.yaml",
    ]);
  });
});
