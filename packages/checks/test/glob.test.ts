import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findFiles, GlobError, parseGlob } from "../src/glob.ts";

let dir: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gitops-glob-"));
  outside = mkdtempSync(join(tmpdir(), "gitops-glob-outside-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function put(...files: string[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), "x");
  }
}

const find = async (pattern: string) => (await findFiles(dir, pattern)).files;

describe("parseGlob", () => {
  it("drops . and empty segments", () => {
    expect(parseGlob("./reports//junit/*.xml")).toEqual(["reports", "junit", "*.xml"]);
  });

  it.each([
    ["../outside/*.xml", /".." would leave the repository/],
    ["reports/../../x.xml", /".." would leave the repository/],
    ["reports/..", /".." would leave the repository/],
    ["/tmp/*.xml", /must be relative to the repository, not absolute/],
    ["C:/reports/*.xml", /not absolute/],
    ["reports\\*.xml", /use "\/"/],
    ["reports/*.{xml,json}", /only \*, \*\* and \? are supported/],
    ["reports/[ab].xml", /only \*, \*\* and \? are supported/],
    ["", /empty/],
    ["./", /names no file/],
    ["a\0b", /NUL/],
    ["*a*a*a*b.xml", /at most 3 \* in one name/],
  ])("refuses %j", (pattern, message) => {
    expect(() => parseGlob(pattern)).toThrow(GlobError);
    expect(() => parseGlob(pattern)).toThrow(message);
  });

  it("findFiles refuses the same patterns before it looks at anything", async () => {
    await expect(findFiles(dir, "../*.xml")).rejects.toMatchObject({ code: "E_GLOB", pattern: "../*.xml" });
    await expect(findFiles(dir, `${outside}/*.xml`)).rejects.toBeInstanceOf(GlobError);
  });
});

describe("findFiles: one name", () => {
  it.each([
    ["*.xml", "junit.xml", true],
    ["*.xml", "junit.xml.bak", false],
    ["junit-?.xml", "junit-1.xml", true],
    ["junit-?.xml", "junit-12.xml", false],
    ["*", "anything", true],
    ["*", ".hidden", false],
    [".*", ".hidden", true],
    ["a*b*c", "aXXbYYc", true],
    ["a*b*c", "aXXbYY", false],
    ["a**c", "abc", true],
    ["TEST-*.xml", "TEST-com.example.OrdersIT.xml", true],
    ["literal.xml", "literal.xml", true],
    ["Literal.xml", "literal.xml", false],
    // Only * and ? are wildcards: what picomatch would read as syntax is a plain character.
    ["report(1).xml", "report(1).xml", true],
    ["*(1).xml", "report(1).xml", true],
    ["!x.xml", "!x.xml", true],
    ["+(a).xml", "+(a).xml", true],
    ["@(a|b).xml", "a.xml", false],
  ])("%s matches %s: %s", async (pattern, name, expected) => {
    put(name);
    expect(await find(pattern)).toEqual(expected ? [name] : []);
  });

  it("three stars against a long name take no time (picomatch backtracks)", async () => {
    const name = "a".repeat(250);
    put(name);
    const started = performance.now();
    expect(await find("*a*a*b")).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("findFiles: the walk", () => {
  /** Every .xml file but those in a dot-directory or node_modules. */
  const XML = [
    "a/b/c/junit.xml",
    "a/junit.xml",
    "junit.xml",
    "target/surefire-reports/TEST-com.example.A.xml",
    "target/surefire-reports/TEST-com.example.B.xml",
  ];
  beforeEach(() => {
    put(
      "junit.xml",
      "a/junit.xml",
      "a/b/c/junit.xml",
      "a/b/other.txt",
      ".cache/junit.xml",
      "node_modules/pkg/junit.xml",
      "target/surefire-reports/TEST-com.example.A.xml",
      "target/surefire-reports/TEST-com.example.B.xml",
      "target/surefire-reports/com.example.A.txt",
    );
    mkdirSync(join(dir, "dir.xml")); // a directory is not a report
  });

  it("** matches any number of directories, nested ** included; results are sorted", async () => {
    expect(await find("**/junit.xml")).toEqual(["a/b/c/junit.xml", "a/junit.xml", "junit.xml"]);
    expect(await find("**/**/junit.xml")).toEqual(["a/b/c/junit.xml", "a/junit.xml", "junit.xml"]);
    expect(await find("a/**/c/*.xml")).toEqual(["a/b/c/junit.xml"]);
    expect(await find("**/c/**")).toEqual(["a/b/c/junit.xml"]);
    expect(await find("a/**")).toEqual(["a/b/c/junit.xml", "a/b/other.txt", "a/junit.xml"]);
    expect(await find("target/surefire-reports/TEST-*.xml")).toEqual([
      "target/surefire-reports/TEST-com.example.A.xml",
      "target/surefire-reports/TEST-com.example.B.xml",
    ]);
    expect(await find("**/*.xml")).toEqual(await find("**/*.xml")); // the same twice
  });

  it("** skips dot-directories and node_modules, which a pattern can still name", async () => {
    const all = await find("**/*.xml");
    expect(all).not.toContain(".cache/junit.xml");
    expect(all).not.toContain("node_modules/pkg/junit.xml");
    expect(await find(".cache/*.xml")).toEqual([".cache/junit.xml"]);
    expect(await find("node_modules/*/junit.xml")).toEqual(["node_modules/pkg/junit.xml"]);
  });

  it("reports files only", async () => {
    expect(await find("*.xml")).toEqual(["junit.xml"]);
    expect(await find("a")).toEqual([]);
    expect(await find("dir.xml")).toEqual([]);
    expect(await find("missing/*.xml")).toEqual([]);
    expect((await findFiles(join(dir, "missing"), "*.xml")).files).toEqual([]);
  });

  it("does not follow or match symbolic links, so none leads outside the directory", async () => {
    writeFileSync(join(outside, "secret.xml"), "x");
    mkdirSync(join(outside, "sub"));
    writeFileSync(join(outside, "sub", "deeper.xml"), "x");
    symlinkSync(outside, join(dir, "a", "linked-dir"));
    symlinkSync(join(outside, "secret.xml"), join(dir, "a", "linked.xml"));
    symlinkSync(join(dir, "junit.xml"), join(dir, "a", "alias.xml")); // inside, still a link
    symlinkSync(outside, join(dir, "top-link"));

    expect(await find("**/*.xml")).toEqual(XML);
    expect(await find("a/*.xml")).toEqual(["a/junit.xml"]);
    expect(await find("a/**")).toEqual(["a/b/c/junit.xml", "a/b/other.txt", "a/junit.xml"]);
    // A pattern that names the link walks from it: what it finds there is not kept.
    expect(await find("a/linked-dir/*.xml")).toEqual([]);
    expect(await find("a/linked-dir/sub/*.xml")).toEqual([]);
    expect(await find("a/linked-dir/**")).toEqual([]);
    expect(await find("top-link/**/*.xml")).toEqual([]);
    expect(await find("a/linked.xml")).toEqual([]);
    expect(await find("a/alias.xml")).toEqual([]);
  });

  it("stops after maxEntries directory entries and says so", async () => {
    const capped = await findFiles(dir, "**/*.xml", { maxEntries: 3 });
    expect(capped.truncated).toBe(true);
    expect(capped.files.length).toBeLessThan(3);
    const whole = await findFiles(dir, "**/*.xml");
    expect(whole).toEqual({ files: XML, truncated: false });
  });
});
