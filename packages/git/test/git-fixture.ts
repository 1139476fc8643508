// Real git repositories in temp dirs, for tests: init, write files, commit, get SHAs back.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const EXAMPLE_REPO = new URL("../../../examples/deploy-repo", import.meta.url).pathname;

/** The environment git runs in: no user or system config, no GIT_DIR inherited from a hook. */
export const gitEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({
    ...process.env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    LC_ALL: "C",
  }).filter(([key]) => !["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"].includes(key)),
);

export interface Fixture {
  dir: string;
  /** Runs git in the repo; returns stdout without the final newline. */
  git(...args: string[]): string;
  /** Writes files (string or bytes), creating directories; `null` deletes. */
  write(files: Record<string, string | Uint8Array | null>): void;
  /** Stages everything, commits (allowing an empty commit) and returns the new HEAD SHA. */
  commit(message: string, files?: Record<string, string | Uint8Array | null>): string;
  head(): string;
  remove(): void;
}

/** A fresh repo on branch `qa`; with `example`, the first commit holds examples/deploy-repo. */
export function createFixture(
  options: { example?: boolean; parent?: string; objectFormat?: "sha1" | "sha256" } = {},
): Fixture {
  const dir = mkdtempSync(join(options.parent ?? tmpdir(), "gitops-plan-"));
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: dir, env: gitEnv, encoding: "utf8", maxBuffer: 1 << 28 }).replace(
      /\n$/,
      "",
    );
  git("init", "-q", "-b", "qa", `--object-format=${options.objectFormat ?? "sha1"}`);
  git("config", "user.name", "Test Author");
  git("config", "user.email", "author@example.test");
  git("config", "commit.gpgsign", "false");
  git("config", "core.autocrlf", "false");

  const write = (files: Record<string, string | Uint8Array | null>) => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true, recursive: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  const commit = (message: string, files?: Record<string, string | Uint8Array | null>) => {
    if (files) write(files);
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "--no-verify", "-m", message);
    return git("rev-parse", "HEAD");
  };
  if (options.example) {
    cpSync(EXAMPLE_REPO, dir, { recursive: true });
    commit("example deploy repo");
  }
  return {
    dir,
    git,
    write,
    commit,
    head: () => git("rev-parse", "HEAD"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
