import { describe, expect, it } from "vitest";
import { compareVersions } from "../src/versions.ts";

const sign = (n: number | undefined) => (n === undefined ? undefined : Math.sign(n));

describe("compareVersions", () => {
  it.each([
    ["1.2.3", "1.2.4", -1],
    ["1.10.0", "1.9.0", 1],
    ["2.0.0", "2.0.0", 0],
    ["v1.2.3", "1.2.3", 0],
    ["1.0.0-rc.1", "1.0.0", -1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0-alpha.beta", "1.0.0-beta", -1],
    ["1.0.0-beta.2", "1.0.0-beta.11", -1],
    ["1.0.0-rc.1", "1.0.0-beta", 1],
    ["1.0.0+build.1", "1.0.0+build.2", 0],
    ["2024.11.03-1", "2024.11.03-2", -1],
    ["2024.11.03", "2024.2.1", 1],
    ["1.2.3.4", "1.2.3.10", -1],
    ["r42", "r9", 1],
  ])("%s vs %s", (a, b, expected) => {
    expect(sign(compareVersions(a, b))).toBe(expected);
    expect(sign(compareVersions(b, a))).toBe(expected === 0 ? 0 : -expected);
  });

  it("refuses to order versions of different shapes", () => {
    expect(compareVersions("2024.11.03", "abc")).toBeUndefined();
    expect(compareVersions("1.2", "1.2.0-x")).toBeUndefined();
    expect(compareVersions("latest", "stable")).toBeUndefined();
  });
});
