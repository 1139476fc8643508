// One-step adoption: when the workflow did not check the deploy repo out (with its history),
// fetch the pushed branch ourselves, the way actions/checkout does: the token travels as an
// HTTP header in the repository's local git config (never in argv or a URL), and is removed
// again when the release ends.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface CheckoutRequest {
  dir: string;
  serverUrl: string;
  owner: string;
  repo: string;
  branch: string;
  before?: string;
  after: string;
  token: string;
}

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function hasCommit(dir: string, sha: string): Promise<boolean> {
  try {
    await git(dir, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Makes sure `dir` holds both commits of the push, checked out at `after`; returns a cleanup. */
export async function ensureCheckout(
  request: CheckoutRequest,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  const { dir, before, after } = request;
  const isRepo = existsSync(join(dir, ".git"));
  if (isRepo && (await hasCommit(dir, after)) && (!before || (await hasCommit(dir, before)))) {
    return async () => {};
  }
  if (!/^[A-Za-z0-9._-]+$/.test(request.branch)) throw new Error(`cannot fetch branch "${request.branch}"`);
  log(
    `fetching ${request.owner}/${request.repo} ${request.branch} (no checkout with history found at ${dir})`,
  );
  mkdirSync(dir, { recursive: true });
  if (!isRepo) await git(dir, ["init", "--quiet"]);
  const host = new URL(request.serverUrl);
  const header = `http.${host.origin}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${request.token}`).toString("base64");
  const remote = `${host.origin}/${request.owner}/${request.repo}.git`;
  await git(dir, ["remote", "remove", "origin"]).catch(() => "");
  await git(dir, ["remote", "add", "origin", remote]);
  if (request.token) await git(dir, ["config", "--local", header, `AUTHORIZATION: basic ${basic}`]);
  const refspec = `+refs/heads/${request.branch}:refs/remotes/origin/${request.branch}`;
  await git(dir, ["fetch", "--no-tags", "--quiet", "origin", refspec]);
  // A force push's `before` is no longer on the branch; ask for it by id (it may be gone for good).
  if (before && !(await hasCommit(dir, before))) {
    await git(dir, ["fetch", "--no-tags", "--quiet", "origin", before]).catch(() => "");
  }
  await git(dir, ["checkout", "--quiet", "--force", "--detach", after]);
  return async () => {
    await git(dir, ["config", "--local", "--unset-all", header]).catch(() => "");
  };
}
