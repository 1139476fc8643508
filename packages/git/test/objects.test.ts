// Writing objects and refs, as the deployment record does, against real repositories and a real
// bare origin.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Git, GitError, openGit } from "../src/index.ts";
import { createFixture, type Fixture, gitEnv } from "./git-fixture.ts";

const scratch = mkdtempSync(join(tmpdir(), "gitops-objects-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString("utf8") : undefined);

describe("writing objects", () => {
  let repo: Fixture;
  let git: Git;
  beforeAll(() => {
    repo = createFixture({ parent: scratch });
    repo.commit("first", { "services/api.yaml": "service: api\n", "gitops.yaml": "version: 1\n" });
    git = openGit(repo.dir);
  });

  it("stores blobs and reads them back by id, as git hashes them", async () => {
    const id = await git.writeBlob("hello\n");
    expect(id).toBe(
      execFileSync("git", ["hash-object", "--stdin"], { input: "hello\n", encoding: "utf8" }).trim(),
    );
    const blobs = await git.readBlobs([id, id, "0".repeat(40)]);
    expect(text(blobs.get(id))).toBe("hello\n");
    expect(blobs.has("0".repeat(40))).toBe(false);
    await expect(git.readBlobs(["HEAD"])).rejects.toThrow(/invalid object id/);
  });

  it("makes nested trees from paths and commits them with a given identity and date", async () => {
    const a = await git.writeBlob("a\n");
    const b = await git.writeBlob("b\n");
    const tree = await git.writeTree(
      new Map([
        ["gitops.yaml", a],
        ["services/api.yaml", b],
        [".gitops/record.json", a],
      ]),
    );
    const commit = await git.commitTree({
      tree,
      parents: [repo.head()],
      message: "record: qa\n\nbody",
      identity: { name: "gitops", email: "gitops@localhost" },
      date: new Date("2026-12-01T10:00:00Z"),
    });
    expect(repo.git("ls-tree", "-r", "--name-only", commit).split("\n")).toEqual([
      ".gitops/record.json",
      "gitops.yaml",
      "services/api.yaml",
    ]);
    expect(repo.git("log", "-1", "--format=%an <%ae> %at %P %B", commit)).toBe(
      `gitops <gitops@localhost> ${Date.parse("2026-12-01T10:00:00Z") / 1000} ${repo.head()} record: qa\n\nbody`,
    );
    expect(await git.fileIds(commit, "services")).toEqual(new Map([["services/api.yaml", b]]));
    expect(text((await git.readFiles(commit, ["services/api.yaml"])).get("services/api.yaml"))).toBe("b\n");
  });

  it("edits a tree: replaces and removes files, keeps every other entry with its mode", async () => {
    repo.write({ "scripts/deploy.sh": "#!/bin/sh\n", "services/web.yaml": "service: web\n" });
    chmodSync(join(repo.dir, "scripts/deploy.sh"), 0o755);
    const head = repo.commit("more files");
    const blob = await git.writeBlob("service: api\nversion: 0.9.0\n");
    const tree = await git.editTree(
      head,
      new Map([
        ["services/api.yaml", blob],
        ["services/web.yaml", null],
      ]),
    );
    const listing = repo.git("ls-tree", "-r", tree);
    expect(listing).toContain(`100644 blob ${blob}\tservices/api.yaml`);
    expect(listing).not.toContain("services/web.yaml");
    expect(listing).toMatch(/^100755 blob [0-9a-f]+\tscripts\/deploy\.sh$/m);
    expect(listing).toContain("gitops.yaml");
  });

  it("refuses paths a tree cannot hold", async () => {
    const a = await git.writeBlob("a");
    for (const path of ["../x", "a//b", "/abs", "a/./b", "line\nbreak"])
      await expect(git.writeTree(new Map([[path, a]]))).rejects.toThrow(GitError);
  });

  it("moves a ref only from the value it expects", async () => {
    const first = repo.head();
    const second = repo.commit("second");
    expect(await git.updateRef("refs/gitops/qa", first, undefined)).toBe(true);
    expect(await git.updateRef("refs/gitops/qa", second, undefined)).toBe(false); // it exists now
    expect(await git.updateRef("refs/gitops/qa", second, second)).toBe(false); // not where it is
    expect(await git.updateRef("refs/gitops/qa", second, first)).toBe(true);
    expect(await git.resolve("refs/gitops/qa")).toBe(second);
  });
});

describe("pushing and fetching a ref", () => {
  it("pushes only over the value origin holds, and fetches it into another clone", async () => {
    const origin = join(scratch, "origin.git");
    execFileSync("git", ["init", "-q", "--bare", origin], { env: gitEnv });
    const one = createFixture({ parent: scratch });
    const first = one.commit("first", { "a.txt": "a" });
    one.git("remote", "add", "origin", origin);
    one.git("push", "-q", "origin", "qa");
    const git = openGit(one.dir);
    expect(await git.hasOrigin()).toBe(true);

    expect(await git.push(first, "refs/gitops/qa", undefined)).toBe("pushed");
    const second = one.commit("second");
    expect(await git.push(second, "refs/gitops/qa", undefined)).toBe("rejected"); // exists already
    expect(await git.push(second, "refs/gitops/qa", second)).toBe("rejected"); // not what it holds
    expect(await git.push(second, "refs/gitops/qa", first)).toBe("pushed");

    const two = join(scratch, "two");
    execFileSync("git", ["clone", "-q", origin, two], { env: gitEnv });
    const other = openGit(two);
    expect(await other.resolve("refs/gitops/qa")).toBeUndefined(); // clones fetch branches only
    await other.fetch(["+refs/gitops/*:refs/gitops/*"]);
    expect(await other.resolve("refs/gitops/qa")).toBe(second);
    await other.fetch(["+refs/nothing/*:refs/nothing/*"]); // a pattern matching nothing is fine
  });

  it("fails, saying why, when origin cannot be reached", async () => {
    const lonely = createFixture({ parent: scratch });
    const sha = lonely.commit("x");
    const git = openGit(lonely.dir);
    expect(await git.hasOrigin()).toBe(false);
    lonely.git("remote", "add", "origin", join(scratch, "no-such-origin.git"));
    await expect(git.push(sha, "refs/gitops/qa", undefined)).rejects.toThrow(
      /git push to origin refs\/gitops\/qa failed/,
    );
    await expect(git.fetch(["+refs/gitops/*:refs/gitops/*"])).rejects.toThrow(GitError);
  });
});
