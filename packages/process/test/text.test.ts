import { describe, expect, it } from "vitest";
import { OUTPUT_TAIL_CHARS, stripAnsi, Tail } from "../src/index.ts";

describe("Tail", () => {
  it("keeps everything while it fits", () => {
    const tail = new Tail(10);
    tail.add("abc");
    tail.add("def");
    expect(tail.value()).toBe("abcdef");
  });

  it("keeps the last maxChars characters of many chunks", () => {
    const tail = new Tail(10);
    for (let i = 0; i < 100; i++) tail.add(`${i},`);
    expect(tail.value()).toBe("5,96,97,98,99,".slice(-10));
  });

  it("does not start with half of a surrogate pair", () => {
    const tail = new Tail(3);
    tail.add("ab😀cd"); // 😀 is two UTF-16 units: the last 3 units start with its second half
    expect(tail.value()).toBe("cd");
  });

  it("removes terminal escapes", () => {
    const tail = new Tail(20);
    tail.add("\x1b[1;31mhello\x1b[0m");
    expect(tail.value()).toBe("hello");
  });

  it("defaults to OUTPUT_TAIL_CHARS (64 Ki characters)", () => {
    const tail = new Tail();
    tail.add("x".repeat(OUTPUT_TAIL_CHARS * 3));
    expect(tail.value()).toHaveLength(64 * 1024);
  });
});

describe("stripAnsi", () => {
  it.each([
    ["\x1b[31mred\x1b[0m", "red"],
    ["\x1b[2K\x1b[1Gprogress", "progress"],
    ["\x1b]0;window title\x07text", "text"],
    ["\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"],
    ["\x1bMup", "up"],
    ["plain € text", "plain € text"],
  ])("%j → %j", (input, output) => {
    expect(stripAnsi(input)).toBe(output);
  });
});
