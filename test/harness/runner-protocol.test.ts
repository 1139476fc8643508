import { describe, expect, it } from "vitest";
import {
  FileCommandError,
  parseCommandLine,
  parseKeyValueFile,
  parseProcessOutput,
} from "./runner-protocol.ts";

describe("parseCommandLine", () => {
  it("unescapes data and properties the way the runner does", () => {
    expect(parseCommandLine("::error file=a%3Ab%2Cc,line=1,title=x%25y::50%25%0Adone%3A")).toEqual({
      command: "error",
      properties: { file: "a:b,c", line: "1", title: "x%y" },
      // %3A is a property escape only; in data it stays as written.
      data: "50%\ndone%3A",
    });
  });

  it("does not re-read an escaped percent sign as another escape", () => {
    expect(parseCommandLine("::notice::%250A")?.data).toBe("%0A");
  });

  it("ignores unregistered commands and lines without a closing ::", () => {
    expect(parseCommandLine("::frobnicate::x")).toBeUndefined();
    expect(parseCommandLine("::error")).toBeUndefined();
    expect(parseCommandLine(" ::error::indented")).toBeUndefined();
  });

  it("drops property pairs with an empty name or value", () => {
    expect(parseCommandLine("::warning =x,line=,col=2::m")?.properties).toEqual({ col: "2" });
  });
});

describe("parseProcessOutput", () => {
  it("separates commands from log lines and honours stop-commands", () => {
    const out = parseProcessOutput(
      "hello\n::debug::d\n::stop-commands::tok\n::error::not a command\n::tok::\n::notice::n\n",
    );
    expect(out.logLines).toEqual(["hello", "::error::not a command"]);
    expect(out.commands.map((c) => c.command)).toEqual(["debug", "stop-commands", "notice"]);
  });
});

describe("parseKeyValueFile", () => {
  it("reads name=value lines and heredocs, later entries winning", () => {
    const text = "a=1\nb<<EOF\nx=y\n\nz<<W\nEOF\na=2\nc<<D\r\nkeep\r\nboth\r\nD\r\n";
    expect(parseKeyValueFile(text)).toEqual({ a: "2", b: "x=y\n\nz<<W", c: "keep\r\nboth" });
  });

  it("lets whichever of = and << comes first decide the form", () => {
    expect(parseKeyValueFile("k=v<<w\n")).toEqual({ k: "v<<w" });
    expect(parseKeyValueFile("k<<=\nvalue\n=\n")).toEqual({ k: "value" });
  });

  it("rejects what the runner rejects", () => {
    expect(() => parseKeyValueFile("k<<EOF\nvalue\n", "GITHUB_OUTPUT")).toThrow(FileCommandError);
    expect(() => parseKeyValueFile("k<<EOF\nvalue\n", "GITHUB_OUTPUT")).toThrow(
      /GITHUB_OUTPUT: matching delimiter/,
    );
    expect(() => parseKeyValueFile("=v\n")).toThrow(/name must not be empty/);
    expect(() => parseKeyValueFile("just text\n")).toThrow(/invalid format/);
  });
});
