// What the committed bundles hold at start-up, and what building them leaves behind.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const actions = readdirSync(join(root, "actions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "shared")
  .map((d) => d.name);

describe("the bundles", () => {
  it.each(actions)("%s: the entry chunk holds no HTTP client (it would be parsed at every start)", (name) => {
    const entry = readFileSync(join(root, "actions", name, "dist/index.js"), "utf8");
    // @actions/core's OIDC helper pulls in @actions/http-client and undici unless the bundler
    // knows core is side-effect free; Octokit and jira.js load in chunks of their own.
    expect(entry).not.toContain("class HttpClientError");
    expect(entry).not.toContain("class HttpClient ");
  });

  it("are built without editing installed packages", () => {
    // The build marks a copy of @actions/core side-effect free, never node_modules' own.
    const manifest = JSON.parse(readFileSync(join(root, "node_modules/@actions/core/package.json"), "utf8"));
    expect(manifest).not.toHaveProperty("sideEffects");
  });
});
