import { describe, expect, it } from "vitest";
import { retryAfterMs, withRetry } from "../src/retry.ts";

const sleep = async () => {};

describe("retry policy", () => {
  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("7")).toBe(7000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs("soon")).toBeUndefined();
  });

  it("refuses to wait longer than its ceiling", async () => {
    const call = () => Promise.reject({ status: 429 });
    await expect(
      withRetry("x", call, () => ({ status: 429, retryAfter: "3600" }), { sleep, maxMs: 30_000 }),
    ).rejects.toThrow("x: asked to wait 3600 s (status 429); not waiting that long");
  });
});
