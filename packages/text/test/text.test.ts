import { describe, expect, it } from "vitest";
import {
  clean,
  errorLine,
  escapeHtml,
  escapeMarkdown,
  formatDuration,
  markdownCell,
  oneLine,
  truncate,
} from "../src/index.ts";

describe("clean / oneLine", () => {
  it.each([
    ["\n", "a\n::error::x"],
    ["\r", "a\r::error::x"],
    ["\r\n", "a\r\n::error::x"],
    ["vertical tab", "a\v::error::x"],
    ["form feed", "a\f::error::x"],
    ["NEL", "a\u0085::error::x"],
    ["line separator", "a\u2028::error::x"],
    ["paragraph separator", "a\u2029::error::x"],
  ])("puts text broken by %s on one line, so nothing starts a log line", (_name, text) => {
    expect(clean(text)).toBe("a ::error::x");
  });

  it("drops terminal escapes and bidi overrides, keeps other characters", () => {
    expect(clean("\u001b[31mred\u001b[0m \u202eevil\u202c ünïcödé 🚀")).toBe("[31mred [0m evil ünïcödé 🚀");
  });

  it("cuts to a length with an ellipsis, never splitting a surrogate pair", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab🚀cd", 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
    expect(oneLine(`x\n${"y".repeat(400)}`).length).toBe(300);
  });

  it("gives an error's message only, on one line", () => {
    const error = new Error("bad\r\nthing");
    expect(errorLine(error)).toBe("bad thing");
    expect(errorLine("text")).toBe("text");
    expect(errorLine({ message: "not an error" })).toBe("unknown error");
    expect(errorLine(new Error("\n"))).toBe("unknown error");
  });
});

describe("escapeHtml / markdownCell", () => {
  it("escapes every character that could open a tag, attribute or entity", () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe(
      "&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;",
    );
  });

  it("keeps a cell one cell of one row", () => {
    expect(markdownCell("a|b")).toBe("a\\|b");
    expect(markdownCell("a\nb\r\nc\rd\u2028e")).toBe("a<br>b<br>c<br>d<br>e");
    expect(markdownCell("<b>")).toBe("&lt;b&gt;");
  });

  it("disarms Markdown links, images, emphasis, code and headings, and escapes HTML after, not before", () => {
    expect(escapeMarkdown("[click](https://evil.test)")).toBe("\\[click\\](https://evil.test)");
    expect(escapeMarkdown("![x](y) *b* _i_ `c` ~s~ a|b")).toBe(
      "!\\[x\\](y) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ a\\|b",
    );
    expect(escapeMarkdown("it's a \\ <b>")).toBe("it&#39;s a \\\\ &lt;b&gt;");
  });

  it.each([
    ["# heading", "\\# heading"],
    ["  - item", "  \\- item"],
    ["+ item", "\\+ item"],
    ["1. first", "1\\. first"],
    ["12) twelfth", "12\\) twelfth"],
  ])("escapes %j, which would start a block", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("leaves ordinary punctuation alone", () => {
    expect(escapeMarkdown("carol-dev pushed PAY-101 (qa) #3: 1.2.0 + 2")).toBe(
      "carol-dev pushed PAY-101 (qa) #3: 1.2.0 + 2",
    );
    expect(escapeMarkdown("#3 -1 1.2.0")).toBe("#3 -1 1.2.0");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0ms"],
    [250.4, "250ms"],
    [1500, "1.5s"],
    [59_960, "1m"],
    [60_000, "1m"],
    [90_000, "1m 30s"],
    [3_725_000, "1h 2m 5s"],
    [7_200_000, "2h"],
    [-1, "?"],
    [Number.NaN, "?"],
  ])("%s ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
