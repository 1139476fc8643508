// One-step adoption: when the workflow did not check the deploy repo out with the push's
// history, fetch it ourselves. The token travels as an HTTP header in git's environment
// configuration, for our own git calls only: never in argv, a URL or a file, so nothing is left
// behind and a credential actions/checkout persisted is neither replaced nor removed.
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
  /** The repository's default branch, fetched too: its gitops.yaml is the policy until a release is allowed. */
  defaultBranch?: string;
  token: string;
}

async function git(dir: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run("git", args, {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
    ...(env ? { env } : {}),
  });
  return stdout.trim();
}

async function hasCommit(dir: string, sha: string): Promise<boolean> {
  try {
    await git(dir, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * What git's environment needs to authenticate to the server with the token (the gate's
 * `git ls-remote origin` uses it too).
 */
export function gitAuthEnv(serverUrl: string, token: string): Record<string, string> {
  if (!token) return {};
  const key = `http.${new URL(serverUrl).origin}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    GIT_TERMINAL_PROMPT: "0",
    // An empty value first clears headers configured elsewhere (a persisted checkout credential),
    // so the server sees exactly one Authorization header.
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Makes sure `dir` holds both commits of the push and the history between them. A fresh
 * directory is cloned and checked out at `after`; an existing checkout (actions/checkout, maybe
 * shallow) is only given the history it lacks, its working tree left as the workflow made it.
 */
export async function ensureCheckout(request: CheckoutRequest, log: (line: string) => void): Promise<void> {
  const { dir, before, after } = request;
  const isRepo = existsSync(join(dir, ".git"));
  const shallow = isRepo && (await git(dir, ["rev-parse", "--is-shallow-repository"])) === "true";
  const complete =
    isRepo && !shallow && (await hasCommit(dir, after)) && (!before || (await hasCommit(dir, before)));
  const defaultRef = request.defaultBranch ? `refs/remotes/origin/${request.defaultBranch}` : undefined;
  if (complete && (!defaultRef || (await hasCommit(dir, defaultRef)))) return;
  for (const branch of [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])])
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes(".."))
      throw new Error(`cannot fetch branch "${branch}"`);

  const env = { ...process.env, ...gitAuthEnv(request.serverUrl, request.token) };
  const remote = `${new URL(request.serverUrl).origin}/${request.owner}/${request.repo}.git`;
  log(`fetching the history of ${request.owner}/${request.repo} ${request.branch} into ${dir}`);
  if (!isRepo) {
    mkdirSync(dir, { recursive: true });
    await git(dir, ["init", "--quiet"]);
    await git(dir, ["remote", "add", "origin", remote]);
  }
  const refspecs = [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])].map(
    (branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
  );
  await git(
    dir,
    ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--unshallow"] : []), "origin", ...refspecs],
    env,
  );
  // A force push's `before` is no longer on the branch; ask for it by id (it may be gone for good).
  if (before && !(await hasCommit(dir, before))) {
    await git(dir, ["fetch", "--no-tags", "--quiet", "origin", before], env).catch(() => "");
  }
  if (!isRepo) await git(dir, ["checkout", "--quiet", "--detach", after]);
}
