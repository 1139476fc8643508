// The git wrapper against real repositories made in temp dirs.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRepo } from "@gitops/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Git, GitError, isZeroSha, openGit, treeReader, ZERO_SHA } from "../src/index.ts";
import { createFixture, EXAMPLE_REPO, type Fixture, gitEnv } from "./git-fixture.ts";

const scratch = mkdtempSync(join(tmpdir(), "gitops-git-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function gitError(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitError);
  return error as GitError;
}

describe("isZeroSha", () => {
  it("is true for an all-zeros SHA-1 or SHA-256, or no SHA", () => {
    expect(isZeroSha(ZERO_SHA)).toBe(true);
    expect(isZeroSha("0".repeat(64))).toBe(true);
    expect(isZeroSha(undefined)).toBe(true); // no previous commit at all
    expect(isZeroSha("")).toBe(true); // an unset action input
    expect(isZeroSha("0")).toBe(false);
    expect(isZeroSha(`${"0".repeat(39)}1`)).toBe(false);
  });
});

describe("openGit", () => {
  let repo: Fixture;
  let git: Git;
  let first: string;
  let second: string;
  beforeAll(() => {
    repo = createFixture({ parent: scratch, example: true });
    first = repo.head();
    second = repo.commit("edit ledger and add a file with a spaced, accented name", {
      "services/ledger.yaml": readFileSync(join(EXAMPLE_REPO, "services/ledger.yaml"), "utf8").replaceAll(
        "1.8.0",
        "1.9.0",
      ),
      "services/émile café.yaml": "service: x\n",
      "services/nested/deep.yaml": "service: deep\n",
      "scripts/deploy.sh": null,
    });
    git = openGit(repo.dir);
  });

  describe("resolve", () => {
    it("gives the full SHA of a branch, a sha, a short sha and a rev expression", async () => {
      expect(await git.resolve("qa")).toBe(second);
      expect(await git.resolve(second)).toBe(second);
      expect(await git.resolve(second.slice(0, 10))).toBe(second);
      expect(await git.resolve("HEAD~1")).toBe(first);
    });

    it("gives undefined for a ref or sha that is not there", async () => {
      expect(await git.resolve("no-such-branch")).toBeUndefined();
      expect(await git.resolve("1234567890123456789012345678901234567890")).toBeUndefined();
      expect(await git.resolve(ZERO_SHA)).toBeUndefined();
    });

    it("peels an annotated tag to its commit", async () => {
      repo.git("tag", "-a", "-m", "release", "v1", first);
      expect(await git.resolve("v1")).toBe(first);
    });

    it("works from a subdirectory of the working tree", async () => {
      const sub = openGit(join(repo.dir, "services"));
      expect(await sub.resolve("HEAD")).toBe(second);
      expect(await sub.listFiles("HEAD", "services")).toContain("ledger.yaml");
      expect((await sub.changedFiles(first, second, ["services/"])).length).toBeGreaterThan(0);
    });

    it("reads repoDir's repository even when GIT_DIR is inherited (as inside a git hook)", async () => {
      const other = createFixture({ parent: scratch });
      other.commit("other", { x: "1" });
      const saved = process.env.GIT_DIR;
      process.env.GIT_DIR = join(other.dir, ".git");
      try {
        expect(await openGit(repo.dir).resolve("HEAD")).toBe(second);
      } finally {
        if (saved === undefined) delete process.env.GIT_DIR;
        else process.env.GIT_DIR = saved;
      }
    });

    it("works in a SHA-256 repository, where the empty tree and the zero SHA are longer", async () => {
      const r = createFixture({ parent: scratch, objectFormat: "sha256" });
      const sha = r.commit("one", { "services/a.yaml": "service: a\n" });
      expect(sha).toHaveLength(64);
      const g = openGit(r.dir);
      expect(await g.resolve("qa")).toBe(sha);
      const added = [{ status: "added", path: "services/a.yaml" }];
      expect(await g.changedFiles(undefined, sha, [])).toEqual(added);
      expect(await g.changedFiles("0".repeat(64), sha, [])).toEqual(added);
      expect(
        new TextDecoder().decode((await g.readFiles(sha, ["services/a.yaml"])).get("services/a.yaml")),
      ).toBe("service: a\n");
    });

    it("throws E_GIT with git's stderr outside a repository", async () => {
      const plain = mkdtempSync(join(scratch, "not-a-repo-"));
      const error = await gitError(openGit(plain).resolve("HEAD"));
      expect(error.code).toBe("E_GIT");
      expect(error.stderr).toMatch(/not a git repository/);
      expect(error.command).toEqual(["rev-parse", "--absolute-git-dir"]);
    });

    it("throws E_GIT when the git executable cannot be found", async () => {
      const error = await gitError(openGit(repo.dir, { binary: "/nonexistent/git" }).resolve("HEAD"));
      expect(error.code).toBe("E_GIT");
      expect(error.message).toMatch(/not found/);
    });
  });

  describe("changedFiles", () => {
    it("lists added, modified, deleted files between two commits, limited to the given paths", async () => {
      expect(await git.changedFiles(first, second, ["services/"])).toEqual([
        { status: "modified", path: "services/ledger.yaml" },
        { status: "added", path: "services/nested/deep.yaml" },
        { status: "added", path: "services/émile café.yaml" },
      ]);
      expect(await git.changedFiles(first, second, ["scripts"])).toEqual([
        { status: "deleted", path: "scripts/deploy.sh" },
      ]);
      expect(await git.changedFiles(first, second, ["gitops.yaml"])).toEqual([]);
      expect(await git.changedFiles(second, second, [])).toEqual([]);
    });

    it("treats an undefined or all-zeros base as the empty tree", async () => {
      const all = repo
        .git("ls-tree", "-r", "--name-only", first)
        .split("\n")
        .map((path) => ({ status: "added", path }));
      expect(all).toContainEqual({ status: "added", path: "services/ledger.yaml" });
      expect(await git.changedFiles(undefined, first, [])).toEqual(all);
      expect(await git.changedFiles(ZERO_SHA, first, [])).toEqual(all);
    });

    it("detects renames, with the old path", async () => {
      const r = createFixture({ parent: scratch, example: true });
      const before = r.head();
      r.git("mv", "services/ledger.yaml", "services/the ledger ✓.yaml");
      const after = r.commit("rename");
      expect(await openGit(r.dir).changedFiles(before, after, ["services"])).toEqual([
        { status: "renamed", path: "services/the ledger ✓.yaml", oldPath: "services/ledger.yaml" },
      ]);
    });

    it("does not glob: a path with wildcard characters means that file only", async () => {
      const r = createFixture({ parent: scratch });
      const before = r.commit("one", { "a/x.yaml": "1", "a/[x].yaml": "1", "a/*.yaml": "1" });
      const after = r.commit("two", { "a/x.yaml": "2", "a/[x].yaml": "2", "a/*.yaml": "2" });
      const g = openGit(r.dir);
      expect(await g.changedFiles(before, after, ["a/[x].yaml"])).toEqual([
        { status: "modified", path: "a/[x].yaml" },
      ]);
      expect(await g.changedFiles(before, after, ["a/*.yaml"])).toEqual([
        { status: "modified", path: "a/*.yaml" },
      ]);
    });

    it("throws E_GIT_REF_NOT_FOUND for a commit that is not in the repository", async () => {
      const missing = "1234567890123456789012345678901234567890";
      const error = await gitError(git.changedFiles(missing, second, []));
      expect(error.code).toBe("E_GIT_REF_NOT_FOUND");
      expect(error.stderr).toMatch(/bad object/);
      expect(error.command).toContain(missing);
    });
  });

  describe("listFiles", () => {
    it("names the files directly in a dir, without subdirectories", async () => {
      expect(await git.listFiles(second, "services")).toEqual([
        "fraud-scorer.yaml",
        "hello.yaml",
        "ledger.yaml",
        "payments-api.yaml",
        "émile café.yaml",
      ]);
      expect(await git.listFiles(second, "services/")).toEqual(await git.listFiles(second, "./services"));
      expect(await git.listFiles(first, "services/nested")).toEqual([]);
      expect(await git.listFiles(second, "services/nested")).toEqual(["deep.yaml"]);
    });

    it("gives [] for a dir that does not exist, and the root's files for the root", async () => {
      expect(await git.listFiles(second, "nope")).toEqual([]);
      expect(await git.listFiles(second, "")).toEqual(["gitops.yaml"]);
      expect(await git.listFiles(first, ".")).toEqual(["gitops.yaml"]);
    });

    it("leaves out symlinks and submodules, which a directory reader does not list as files", async () => {
      const r = createFixture({ parent: scratch });
      r.write({ "d/real.yaml": "a: 1\n" });
      execFileSync("ln", ["-s", "real.yaml", join(r.dir, "d/link.yaml")]);
      r.git("add", "-A");
      r.git("update-index", "--add", "--cacheinfo", `160000,${ZERO_SHA.replace(/^0/, "1")},d/sub.yaml`);
      r.git("commit", "-q", "-m", "links"); // not r.commit: `add -A` would drop the submodule entry
      const sha = r.head();
      expect(r.git("ls-tree", "--name-only", sha, "d/")).toBe("d/link.yaml\nd/real.yaml\nd/sub.yaml");
      expect(await openGit(r.dir).listFiles(sha, "d")).toEqual(["real.yaml"]);
    });
  });

  describe("readFiles", () => {
    it("reads 2,000 files in one process with their exact bytes, binary and non-UTF-8 included", async () => {
      const r = createFixture({ parent: scratch });
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 2000; i++) {
        files[`many/file-${i}.yaml`] = new TextEncoder().encode(`service: s${i}\n${"x".repeat(i % 97)}\n`);
      }
      const binary = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256); // NULs, LFs, bytes ≥ 0x80
      files["many/binary.bin"] = binary;
      files["many/latin1.yaml"] = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
      files["many/empty.yaml"] = new Uint8Array();
      files["many/no-final-newline.yaml"] = new TextEncoder().encode("a: 1");
      files["many/ünï cödé with spaces .yaml"] = new TextEncoder().encode("ü: ✓\n");
      files["many/line\nbreak.yaml"] = new TextEncoder().encode("a name with a line feed\n");
      files["many/carriage\r.yaml"] = new TextEncoder().encode("a name ending in CR\n");
      const sha = r.commit("many", files);

      const paths = Object.keys(files);
      const read = await openGit(r.dir).readFiles(sha, [...paths, "many/missing.yaml", "many", "many/"]);

      expect(read.size).toBe(paths.length);
      for (const path of paths) expect(read.get(path), path).toEqual(files[path]);
      expect(Buffer.from(read.get("many/binary.bin")!).equals(Buffer.from(binary))).toBe(true);
      expect(read.has("many/missing.yaml")).toBe(false);
      expect(read.has("many")).toBe(false); // a tree, not a file
    });

    it("leaves out symlinks, and reads files from several directories and the root at once", async () => {
      const r = createFixture({ parent: scratch });
      r.write({ "a/one.yaml": "1", "b/c/two.yaml": "2", "root.yaml": "r", "a/secret": "s" });
      execFileSync("ln", ["-s", "../a/secret", join(r.dir, "b/link.yaml")]);
      const sha = r.commit("dirs");
      const read = await openGit(r.dir).readFiles(sha, [
        "a/one.yaml",
        "b/c/two.yaml",
        "root.yaml",
        "b/link.yaml",
        "./root.yaml",
        "/root.yaml",
        "a/../root.yaml",
        "",
      ]);
      expect(Object.fromEntries([...read].map(([k, v]) => [k, new TextDecoder().decode(v)]))).toEqual({
        "a/one.yaml": "1",
        "b/c/two.yaml": "2",
        "root.yaml": "r",
      });
    });

    it("stays fast for 20,000 files", async () => {
      const r = createFixture({ parent: scratch });
      // fast-import writes 20,000 blobs in well under a second, where `git add` of files would not.
      let stream = "";
      const paths: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const content = `service: s${i}\nversion: "${i}.0.0"\n`;
        const path = `services/d${i % 10}/s${i}.yaml`;
        paths.push(path);
        stream += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
      }
      const header = "commit refs/heads/qa\ncommitter T <t@example.test> 1700000000 +0000\ndata 4\nbulk\n";
      execFileSync("git", ["fast-import", "--quiet"], { cwd: r.dir, env: gitEnv, input: header + stream });
      const sha = r.git("rev-parse", "qa");

      // Speed is npm run bench's business; this checks one batch reads them all, exactly.
      const read = await openGit(r.dir).readFiles(sha, paths);
      expect(read.size).toBe(20_000);
      expect(new TextDecoder().decode(read.get("services/d7/s19997.yaml"))).toBe(
        'service: s19997\nversion: "19997.0.0"\n',
      );
    });

    it("gives an empty map for no paths, and E_GIT_REF_NOT_FOUND for a missing ref", async () => {
      expect((await git.readFiles(second, [])).size).toBe(0);
      const error = await gitError(git.readFiles("no-such-branch", ["gitops.yaml"]));
      expect(error.code).toBe("E_GIT_REF_NOT_FOUND");
    });
  });

  describe("isAncestor", () => {
    it("tells ancestors from unrelated commits", async () => {
      expect(await git.isAncestor(first, second)).toBe(true);
      expect(await git.isAncestor(second, second)).toBe(true);
      expect(await git.isAncestor(second, first)).toBe(false);
      const other = createFixture({ parent: scratch });
      const orphan = other.commit("unrelated", { x: "1" });
      repo.git("fetch", "-q", other.dir, "qa");
      expect(await git.isAncestor(orphan, second)).toBe(false);
    });

    it("throws for a commit that is not there", async () => {
      const error = await gitError(git.isAncestor("1234567890123456789012345678901234567890", second));
      expect(error.code).toBe("E_GIT_REF_NOT_FOUND");
    });
  });

  describe("hostile refs", () => {
    const hostile = ["-n", "--exec=touch pwned", "a b", "a\nb", "ref\0", ""];

    it("are rejected before git runs, by every method", async () => {
      // A git executable that records each invocation, then runs the real git.
      const log = join(scratch, "invocations.log");
      const wrapper = join(scratch, "git-wrapper.sh");
      const output = join(scratch, "written-by-git");
      writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec git "$@"\n`);
      chmodSync(wrapper, 0o755);
      const g = openGit(repo.dir, { binary: wrapper });
      expect(await g.resolve("HEAD")).toBe(second); // the wrapper works

      for (const ref of [...hostile, `--output=${output}`]) {
        const calls = [
          g.resolve(ref),
          ...(ref === "" ? [] : [g.changedFiles(ref, second, [])]), // "" is no base: the empty tree
          g.changedFiles(first, ref, []),
          g.listFiles(ref, "services"),
          g.readFiles(ref, ["gitops.yaml"]),
          g.isAncestor(ref, second),
          g.isAncestor(first, ref),
        ];
        // Settle them all before asserting, so no rejection is left unhandled.
        const outcomes = await Promise.all(
          calls.map((call) =>
            call.then(
              () => "resolved",
              (e: unknown) => e,
            ),
          ),
        );
        for (const error of outcomes) {
          expect(error, JSON.stringify(ref)).toBeInstanceOf(GitError);
          expect((error as GitError).code).toBe("E_GIT");
          expect((error as GitError).message).toMatch(/ref/);
        }
      }
      expect(existsSync(output)).toBe(false);
      const invocations = readFileSync(log, "utf8");
      expect(invocations).not.toMatch(/--output|pwned|-n /);
    });
  });

  describe("treeReader", () => {
    it("loads the example repo at a commit with zero diagnostics, in batched reads", async () => {
      let readBatches = 0;
      const counting: Git = {
        ...git,
        readFiles: (ref, paths) => {
          readBatches++;
          return git.readFiles(ref, paths);
        },
      };
      const loaded = await loadRepo(treeReader(counting, first));
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.config?.environments.map((e) => e.name)).toEqual(["qa", "stage", "prod"]);
      expect(loaded.descriptors.map((d) => d.service)).toEqual([
        "fraud-scorer",
        "hello",
        "ledger",
        "payments-api",
      ]);
      expect(loaded.files).toEqual([
        "gitops.yaml",
        "services/fraud-scorer.yaml",
        "services/hello.yaml",
        "services/ledger.yaml",
        "services/payments-api.yaml",
      ]);
      expect(readBatches).toBe(2); // gitops.yaml, then every descriptor at once
    });

    it("reads the repo as it was at that commit, not as the branch is now", async () => {
      const r = createFixture({ parent: scratch, example: true });
      const old = r.head();
      r.commit("bump", {
        "services/ledger.yaml": readFileSync(join(EXAMPLE_REPO, "services/ledger.yaml"), "utf8").replaceAll(
          "1.8.0",
          "1.9.0",
        ),
      });
      const g = openGit(r.dir);
      const [then, now] = await Promise.all([loadRepo(treeReader(g, old)), loadRepo(treeReader(g, "qa"))]);
      expect(then.descriptors.find((d) => d.service === "ledger")?.version).toBe("1.8.0");
      expect(now.descriptors.find((d) => d.service === "ledger")?.version).toBe("1.9.0");
    });

    it("caches, returns undefined for missing files, and lists [] for missing dirs", async () => {
      const reader = treeReader(git, second);
      const a = reader.read("gitops.yaml");
      expect(reader.read("gitops.yaml")).toBe(a);
      expect(await a).toEqual(new Uint8Array(readFileSync(join(EXAMPLE_REPO, "gitops.yaml"))));
      expect(await reader.read("nope.yaml")).toBeUndefined();
      expect(await reader.list("nope")).toEqual([]);
      expect(await reader.list("services")).toContain("émile café.yaml");
    });

    it("fails with E_GIT_REF_NOT_FOUND when the ref is not there", async () => {
      const error = await gitError(loadRepo(treeReader(git, "no-such-branch")));
      expect(error.code).toBe("E_GIT_REF_NOT_FOUND");
    });
  });
});

describe("commits", () => {
  it("lists the pushed commits oldest first, with full messages and parent counts", async () => {
    const { createFixture } = await import("./git-fixture.ts");
    const repo = createFixture({ example: true });
    try {
      const base = repo.head();
      const a = repo.commit("PAY-1 first\n\nwith a body\nand \u0001 odd bytes", { "a.txt": "a" });
      repo.git("checkout", "-q", "-b", "side", base);
      const side = repo.commit("OPS-2 on a side branch", { "b.txt": "b" });
      repo.git("checkout", "-q", "qa");
      repo.git("merge", "-q", "--no-ff", "-m", "Merge side", "side");
      const merge = repo.head();
      const git = openGit(repo.dir);
      const commits = await git.commits(base, merge);
      // Parents before children; the two branches' commits in either order.
      expect(commits.map((c) => [c.sha, c.parents]).slice(0, 2)).toEqual(
        expect.arrayContaining([
          [a, 1],
          [side, 1],
        ]),
      );
      expect(commits.at(-1)).toMatchObject({ sha: merge, parents: 2, message: "Merge side" });
      expect(commits.find((c) => c.sha === a)!.message).toBe(
        "PAY-1 first\n\nwith a body\nand \u0001 odd bytes",
      );
      expect((await git.commits(undefined, merge)).map((c) => c.sha)).toEqual([merge]);
      await expect(git.commits("--all", merge)).rejects.toThrow(/cannot start with "-"/);
    } finally {
      repo.remove();
    }
  });
});
