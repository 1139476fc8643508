export const id = 875;
export const ids = [875];
export const modules = {

/***/ 2446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   hp: () => (/* binding */ isZeroSha),
/* harmony export */   uv: () => (/* binding */ treeReader),
/* harmony export */   zY: () => (/* binding */ openGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// A small wrapper over the `git` executable that reads straight from git objects: no checkout,
// no working tree, no shell. Every ref is checked before it reaches an argument list and is
// placed after `--end-of-options`, so a ref such as `--output=/tmp/x` can never become an option.

const ZERO_SHA = "0000000000000000000000000000000000000000";
/**
 * Whether `sha` names no commit at all: the all-zeros SHA GitHub sends as `before` when a branch
 * is created (SHA-1 or SHA-256 length), or no SHA (undefined or "", an unset action input).
 */
function isZeroSha(sha) {
    return sha === undefined || sha === "" || ((sha.length === 40 || sha.length === 64) && /^0+$/.test(sha));
}
class GitError extends Error {
    code;
    command;
    stderr;
    exitCode;
    constructor(code, message, 
    /** The arguments given to git (after `git` and the global options); [] when nothing ran. */
    command = [], 
    /** What git wrote on stderr. */
    stderr = "", 
    /** git's exit status, when it ran and exited. */
    exitCode) {
        super(message);
        this.code = code;
        this.command = command;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = "GitError";
    }
}
/** Rejects what git could read as an option or what a line-based protocol would split. */
function checkRef(ref) {
    if (typeof ref !== "string" || ref === "")
        throw new GitError("E_GIT", "a git ref must not be empty");
    if (ref.startsWith("-")) {
        throw new GitError("E_GIT", `invalid git ref ${JSON.stringify(ref)}: a ref cannot start with "-"`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
    if (/[\x00-\x20\x7f]/.test(ref)) {
        throw new GitError("E_GIT", `invalid git ref ${JSON.stringify(ref)}: a ref cannot contain spaces or control characters`);
    }
    return ref;
}
const NOT_FOUND = /bad object|bad revision|unknown revision|not a valid (commit|object) name|not a tree object/i;
function openGit(repoDir, options = {}) {
    const binary = options.binary ?? "git";
    const { GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, ...inherited } = process.env;
    const env = {
        // Without GIT_DIR & co. (set when running inside a git hook): the repository is `repoDir`.
        ...inherited,
        // Paths are file names, never globs: `services/[a].yaml` means that file.
        GIT_LITERAL_PATHSPECS: "1",
        GIT_TERMINAL_PROMPT: "0",
        // Messages in English, so not-found errors can be told from the rest.
        LC_ALL: "C",
        ...options.env,
    };
    const spawnGit = (gitDir, args) => {
        const argv = gitDir === undefined ? ["-C", repoDir, ...args] : [`--git-dir=${gitDir}`, ...args];
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, argv, { cwd: gitDir ?? repoDir, env, stdio: ["pipe", "pipe", "pipe"] });
    };
    const exec = (gitDir, args, input) => new Promise((resolve, reject) => {
        const child = spawnGit(gitDir, args);
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => reject(spawnFailure(binary, args, error)));
        child.on("close", (code, signal) => {
            const stderr = Buffer.concat(err).toString("utf8");
            if (code === null) {
                reject(new GitError("E_GIT", `git ${args[0]} was killed by ${signal}`, args, stderr));
            }
            else
                resolve({ exitCode: code, stdout: Buffer.concat(out), stderr });
        });
        child.stdin.on("error", () => { }); // EPIPE when git exits early; the exit code tells why.
        child.stdin.end(input ?? "");
    });
    // All commands run against the git directory with the repo root as the current directory, so
    // paths are relative to the root even when `repoDir` is a subdirectory of the working tree.
    let gitDirPromise;
    const gitDir = () => {
        gitDirPromise ??= exec(undefined, ["rev-parse", "--absolute-git-dir"]).then((r) => {
            if (r.exitCode !== 0)
                throw failure(["rev-parse", "--absolute-git-dir"], r);
            return r.stdout.toString("utf8").replace(/\n$/, "");
        });
        return gitDirPromise;
    };
    const git = async (args, input, okCodes = [0]) => {
        const result = await exec(await gitDir(), args, input);
        if (!okCodes.includes(result.exitCode))
            throw failure(args, result);
        return result;
    };
    /** `ref^{type}` as a full SHA, or undefined. */
    const peel = async (ref, type) => {
        const r = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${checkRef(ref)}^{${type}}`], undefined, [0, 1]);
        return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
    };
    const mustPeel = async (ref, type) => {
        const sha = await peel(ref, type);
        if (sha === undefined) {
            throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
        }
        return sha;
    };
    let emptyTree;
    const getEmptyTree = () => {
        // Computed rather than hard-coded: the empty tree's id differs in SHA-256 repositories.
        emptyTree ??= git(["hash-object", "-t", "tree", "--stdin"], "").then((r) => r.stdout.toString().trim());
        return emptyTree;
    };
    return {
        resolve: (ref) => peel(ref, "commit"),
        async changedFiles(base, head, paths) {
            const from = isZeroSha(base) ? await getEmptyTree() : checkRef(base);
            const args = ["diff-tree", "-r", "-z", "--name-status", "-M", "--end-of-options", from, checkRef(head)];
            const r = await git([...args, "--", ...paths]);
            return parseNameStatus(r.stdout);
        },
        async listFiles(ref, dir) {
            const prefix = normaliseDir(dir);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", checkRef(ref)];
            const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
            const names = [];
            for (const entry of parseLsTree(r.stdout)) {
                if (!isRegularFile(entry.mode))
                    continue; // trees, symlinks, submodules
                const slash = entry.path.lastIndexOf("/");
                if ((slash === -1 ? "" : entry.path.slice(0, slash)) !== prefix)
                    continue;
                names.push(entry.path.slice(slash + 1));
            }
            return names;
        },
        async readFiles(ref, paths) {
            const tree = await mustPeel(ref, "tree");
            const files = new Map();
            // Only canonical repo paths can name a tree entry (and an odd one would upset the pathspec).
            const wanted = new Set(paths.filter((p) => p.split("/").every((part) => part !== "" && part !== "." && part !== "..")));
            if (wanted.size === 0)
                return files;
            // Asking cat-file for `<tree>:<path>` makes git walk the trees from the root for every
            // path (5 s for 20,000 files); listing the blob ids of the few directories involved and
            // asking for the ids takes a few milliseconds. It also carries paths with line breaks,
            // which the line-based `--batch` input could not.
            const specs = new Set();
            for (const path of wanted) {
                const slash = path.lastIndexOf("/");
                specs.add(slash === -1 ? path : `${path.slice(0, slash)}/`);
            }
            const size = [...specs].reduce((n, spec) => n + spec.length + 1, 0);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", tree];
            const listing = await git(
            // Too many pathspecs make ls-tree match slowly (and the command line long): list it all.
            specs.size > 256 || size > 65_536
                ? [...args.slice(0, 1), "-r", ...args.slice(1)]
                : [...args, "--", ...specs]);
            const blobs = new Map(); // path -> blob id
            for (const entry of parseLsTree(listing.stdout)) {
                if (isRegularFile(entry.mode) && wanted.has(entry.path))
                    blobs.set(entry.path, entry.oid);
            }
            const oids = [...new Set(blobs.values())];
            if (oids.length === 0)
                return files;
            const batch = ["cat-file", "--batch", "--buffer"];
            const contents = await catFileBatch(spawnGit(await gitDir(), batch), binary, batch, oids);
            const byOid = new Map();
            oids.forEach((oid, i) => {
                const object = contents[i];
                if (object?.type === "blob")
                    byOid.set(oid, object.bytes);
            });
            for (const [path, oid] of blobs) {
                const bytes = byOid.get(oid);
                if (bytes)
                    files.set(path, bytes);
            }
            return files;
        },
        async isAncestor(ancestor, descendant) {
            const args = [
                "merge-base",
                "--is-ancestor",
                "--end-of-options",
                checkRef(ancestor),
                checkRef(descendant),
            ];
            const r = await git(args, undefined, [0, 1]);
            return r.exitCode === 0;
        },
        async commits(base, head) {
            // NUL between fields and records: messages may hold any other character.
            const limit = base === undefined ? ["--max-count=1"] : [];
            const range = base === undefined ? [checkRef(head)] : [`^${checkRef(base)}`, checkRef(head)];
            const format = ["--topo-order", "--reverse", "-z", "--format=%H %P%x00%an%x00%ae%x00%cn%x00%ce%x00%B"];
            const r = await git(["log", ...limit, ...format, "--end-of-options", ...range]);
            const fields = r.stdout.toString("utf8").split("\0");
            const out = [];
            for (let i = 0; i + 5 < fields.length; i += 6) {
                const [sha = "", ...parents] = fields[i].replace(/^\n/, "").split(" ").filter(Boolean);
                const [an = "", ae = "", cn = "", ce = "", body = ""] = fields.slice(i + 1, i + 6);
                out.push({
                    sha,
                    message: body.replace(/\n+$/, ""),
                    parents: parents.length,
                    author: { name: an, email: ae },
                    committer: { name: cn, email: ce },
                });
            }
            return out;
        },
        async remoteHead(branch) {
            const r = await git(["ls-remote", "--end-of-options", "origin", `refs/heads/${checkRef(branch)}`], undefined, [0, 1, 2, 128]);
            if (r.exitCode !== 0)
                return undefined; // no origin, or it cannot be reached: unknown
            return /^[0-9a-f]{40,64}/.exec(r.stdout.toString("utf8"))?.[0];
        },
    };
}
/** Files at one commit: `loadRepo(treeReader(git, sha))` loads the deploy repo as it was then. */
function treeReader(git, ref) {
    // Pin the ref once so a branch that moves while loading cannot mix two commits.
    let pinned;
    const commit = () => {
        pinned ??= git.resolve(ref).then((sha) => {
            if (sha === undefined) {
                throw new GitError("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
            }
            return sha;
        });
        return pinned;
    };
    const listed = new Map();
    const read = new Map();
    // Reads asked for in the same turn (loadRepo reads every descriptor with one Promise.all) are
    // sent to git together: one `cat-file --batch` process per batch, not one per file.
    let queue = [];
    const flush = async () => {
        const batch = queue;
        queue = [];
        try {
            const files = await git.readFiles(await commit(), [...new Set(batch.map((q) => q.path))]);
            for (const q of batch)
                q.resolve(files.get(q.path));
        }
        catch (error) {
            for (const q of batch)
                q.reject(error);
        }
    };
    return {
        list(dir) {
            const key = normaliseDir(dir);
            let names = listed.get(key);
            if (!names) {
                names = commit().then((sha) => git.listFiles(sha, key));
                listed.set(key, names);
            }
            return names.then((n) => [...n]);
        },
        read(path) {
            const key = path.replace(/^(\.\/)+/, "");
            let bytes = read.get(key);
            if (!bytes) {
                bytes = new Promise((resolve, reject) => {
                    if (queue.length === 0)
                        queueMicrotask(() => void flush());
                    queue.push({ path: key, resolve, reject });
                });
                read.set(key, bytes);
            }
            return bytes;
        },
    };
}
/** `services/`, `./services` and `services` are the same directory; "" and "." are the root. */
function normaliseDir(dir) {
    return dir
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}
function splitZ(bytes) {
    const text = bytes.toString("utf8");
    const parts = text.split("\0");
    if (parts[parts.length - 1] === "")
        parts.pop();
    return parts;
}
/** `git ls-tree -z`: `<mode> SP <type> SP <object> TAB <path> NUL`. */
function parseLsTree(bytes) {
    return splitZ(bytes).map((entry) => {
        const tab = entry.indexOf("\t");
        const [mode = "", type = "", oid = ""] = entry.slice(0, tab).split(" ");
        return { mode, type, oid, path: entry.slice(tab + 1) };
    });
}
/** Regular files, executable or not; not symlinks (120000), trees or submodules (160000). */
const isRegularFile = (mode) => mode === "100644" || mode === "100755";
/** `git diff-tree -z --name-status`: `<status> NUL <path> NUL`, or `R<score> NUL <old> NUL <new> NUL`. */
function parseNameStatus(bytes) {
    const parts = splitZ(bytes);
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const status = parts[i++] ?? "";
        const letter = status[0];
        if (letter === "R" || letter === "C") {
            const oldPath = parts[i++] ?? "";
            const path = parts[i++] ?? "";
            // A copy (only with -C, which is not asked for) leaves the source in place: an addition.
            changes.push(letter === "R" ? { status: "renamed", path, oldPath } : { status: "added", path });
            continue;
        }
        const path = parts[i++] ?? "";
        if (letter === "A")
            changes.push({ status: "added", path });
        else if (letter === "D")
            changes.push({ status: "deleted", path });
        // M: content or mode; T: type (file <-> symlink); U, X: not produced between two trees.
        else
            changes.push({ status: "modified", path });
    }
    return changes;
}
/**
 * Feeds object names to a running `git cat-file --batch` and parses its replies, in order:
 * `<oid> SP <type> SP <size> LF <contents> LF`, or `<name> SP missing LF` (also `ambiguous`).
 * Contents are copied once, straight into a buffer of the announced size.
 */
function catFileBatch(child, binary, args, names) {
    return new Promise((resolve, reject) => {
        const results = [];
        const err = [];
        let header = [];
        let body;
        let needNewline = false;
        let failed;
        const fail = (error) => {
            if (failed)
                return;
            failed = error;
            child.kill();
            reject(error);
        };
        const onData = (chunk) => {
            let at = 0;
            while (at < chunk.length && !failed) {
                if (body) {
                    const take = Math.min(body.bytes.length - body.filled, chunk.length - at);
                    body.bytes.set(chunk.subarray(at, at + take), body.filled);
                    body.filled += take;
                    at += take;
                    if (body.filled === body.bytes.length) {
                        results.push({ type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                    continue;
                }
                if (needNewline) {
                    if (chunk[at] !== 0x0a)
                        return fail(protocolError(args, "no line feed after an object"));
                    needNewline = false;
                    at += 1;
                    continue;
                }
                const lf = chunk.indexOf(0x0a, at);
                if (lf === -1) {
                    header.push(chunk.subarray(at));
                    return;
                }
                header.push(chunk.subarray(at, lf));
                at = lf + 1;
                const line = Buffer.concat(header).toString("utf8");
                header = [];
                const match = /^[0-9a-f]+ (\S+) (\d+)$/.exec(line);
                if (match) {
                    const size = Number(match[2]);
                    body = { type: match[1], bytes: new Uint8Array(size), filled: 0 };
                    if (size === 0) {
                        results.push({ type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                }
                else if (/ (missing|ambiguous)$/.test(line)) {
                    results.push(undefined);
                }
                else {
                    return fail(protocolError(args, `unexpected reply ${JSON.stringify(line.slice(0, 200))}`));
                }
            }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => fail(spawnFailure(binary, args, error)));
        child.on("close", (code) => {
            if (failed)
                return;
            const stderr = Buffer.concat(err).toString("utf8");
            if (code !== 0) {
                return fail(failure(args, { exitCode: code ?? -1, stdout: Buffer.alloc(0), stderr }));
            }
            if (results.length !== names.length || body || header.length > 0) {
                return fail(protocolError(args, `${results.length} replies to ${names.length} requests`));
            }
            resolve(results);
        });
        child.stdin?.on("error", () => { }); // EPIPE if git dies; reported by "close".
        child.stdin?.end(names.length === 0 ? "" : `${names.join("\n")}\n`);
    });
}
function failure(args, result) {
    const stderr = result.stderr.trim();
    const code = NOT_FOUND.test(stderr) ? "E_GIT_REF_NOT_FOUND" : "E_GIT";
    const detail = stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${result.exitCode}`;
    return new GitError(code, `git ${args.join(" ")} failed: ${detail}`, args, result.stderr, result.exitCode);
}
function protocolError(args, detail) {
    return new GitError("E_GIT", `git ${args.join(" ")}: ${detail}`, args);
}
function spawnFailure(binary, args, error) {
    const code = error.code;
    const message = code === "ENOENT"
        ? `cannot run ${binary}: not found on PATH; install git`
        : `cannot run ${binary}: ${error}`;
    return new GitError("E_GIT", message, args);
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitError: () => (/* reexport */ src_git/* GitError */.XS),
  ZERO_SHA: () => (/* reexport */ src_git/* ZERO_SHA */.gy),
  ensureCheckout: () => (/* reexport */ ensureCheckout),
  gitAuthEnv: () => (/* reexport */ gitAuthEnv),
  isZeroSha: () => (/* reexport */ src_git/* isZeroSha */.hp),
  openGit: () => (/* reexport */ src_git/* openGit */.zY),
  treeReader: () => (/* reexport */ src_git/* treeReader */.uv)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ../../packages/git/src/checkout.ts
// One-step adoption: when the workflow did not check the deploy repo out with the push's
// history, fetch it ourselves. The token travels as an HTTP header in git's environment
// configuration, for our own git calls only: never in argv, a URL or a file, so nothing is left
// behind and a credential actions/checkout persisted is neither replaced nor removed.




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(dir, args, env) {
    const { stdout } = await run("git", args, {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
        ...(env ? { env } : {}),
    });
    return stdout.trim();
}
async function hasCommit(dir, sha) {
    try {
        await git(dir, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * What git's environment needs to authenticate to the server with the token (the gate's
 * `git ls-remote origin` uses it too).
 */
function gitAuthEnv(serverUrl, token) {
    if (!token)
        return {};
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
async function ensureCheckout(request, log) {
    const { dir, before, after } = request;
    const isRepo = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, ".git"));
    const shallow = isRepo && (await git(dir, ["rev-parse", "--is-shallow-repository"])) === "true";
    const complete = isRepo && !shallow && (await hasCommit(dir, after)) && (!before || (await hasCommit(dir, before)));
    if (complete)
        return;
    if (!/^[A-Za-z0-9._/-]+$/.test(request.branch) || request.branch.includes(".."))
        throw new Error(`cannot fetch branch "${request.branch}"`);
    const env = { ...process.env, ...gitAuthEnv(request.serverUrl, request.token) };
    const remote = `${new URL(request.serverUrl).origin}/${request.owner}/${request.repo}.git`;
    log(`fetching the history of ${request.owner}/${request.repo} ${request.branch} into ${dir}`);
    if (!isRepo) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await git(dir, ["init", "--quiet"]);
        await git(dir, ["remote", "add", "origin", remote]);
    }
    const refspec = `+refs/heads/${request.branch}:refs/remotes/origin/${request.branch}`;
    await git(dir, ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--unshallow"] : []), "origin", refspec], env);
    // A force push's `before` is no longer on the branch; ask for it by id (it may be gone for good).
    if (before && !(await hasCommit(dir, before))) {
        await git(dir, ["fetch", "--no-tags", "--quiet", "origin", before], env).catch(() => "");
    }
    if (!isRepo)
        await git(dir, ["checkout", "--quiet", "--detach", after]);
}

// EXTERNAL MODULE: ../../packages/git/src/git.ts
var src_git = __webpack_require__(2446);
;// CONCATENATED MODULE: ../../packages/git/src/index.ts




/***/ })

};
