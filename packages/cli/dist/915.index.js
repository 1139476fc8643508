export const id = 915;
export const ids = [915];
export const modules = {

/***/ 5934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ protocolError),
/* harmony export */   M0: () => (/* binding */ spawnFailure),
/* harmony export */   V2: () => (/* binding */ failure),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   __: () => (/* binding */ checkRef)
/* harmony export */ });
// git's failures, as one error type with a stable code, and the checks that keep a ref from
// ever being read by git as an option.
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
const NOT_FOUND = /bad object|bad revision|unknown revision|not a valid (commit|object) name|not a tree object/i;
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

/***/ 1915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* reexport */ errors/* GitError */.XS),
  gy: () => (/* binding */ ZERO_SHA),
  hp: () => (/* binding */ isZeroSha),
  zY: () => (/* binding */ openGit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../git/src/errors.ts
var errors = __webpack_require__(5934);
// EXTERNAL MODULE: ../git/src/paths.ts
var paths = __webpack_require__(9221);
;// CONCATENATED MODULE: ../git/src/protocol.ts

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
                        results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                    continue;
                }
                if (needNewline) {
                    if (chunk[at] !== 0x0a)
                        return fail((0,errors/* protocolError */.JW)(args, "no line feed after an object"));
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
                const match = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
                if (match) {
                    const size = Number(match[3]);
                    body = { oid: match[1], type: match[2], bytes: new Uint8Array(size), filled: 0 };
                    if (size === 0) {
                        results.push({ oid: body.oid, type: body.type, bytes: body.bytes });
                        body = undefined;
                        needNewline = true;
                    }
                }
                else if (/ (missing|ambiguous)$/.test(line)) {
                    results.push(undefined);
                }
                else {
                    return fail((0,errors/* protocolError */.JW)(args, `unexpected reply ${JSON.stringify(line.slice(0, 200))}`));
                }
            }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => fail((0,errors/* spawnFailure */.M0)(binary, args, error)));
        child.on("close", (code) => {
            if (failed)
                return;
            const stderr = Buffer.concat(err).toString("utf8");
            if (code !== 0) {
                return fail((0,errors/* failure */.V2)(args, { exitCode: code ?? -1, stdout: Buffer.alloc(0), stderr }));
            }
            if (results.length !== names.length || body || header.length > 0) {
                return fail((0,errors/* protocolError */.JW)(args, `${results.length} replies to ${names.length} requests`));
            }
            resolve(results);
        });
        child.stdin?.on("error", () => { }); // EPIPE if git dies; reported by "close".
        child.stdin?.end(names.length === 0 ? "" : `${names.join("\n")}\n`);
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../git/src/runner.ts
// Running the git executable: no shell, a clean environment (no GIT_DIR inherited from a hook,
// literal pathspecs, no prompts, English messages), and every command against the repository's
// git directory with its root as the working directory.


function openRunner(repoDir, options = {}) {
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
    const spawnGit = (gitDir, args, extra) => {
        const argv = gitDir === undefined ? ["-C", repoDir, ...args] : [`--git-dir=${gitDir}`, ...args];
        return (0,external_node_child_process_.spawn)(binary, argv, {
            cwd: gitDir ?? repoDir,
            env: extra ? { ...env, ...extra } : env,
            stdio: ["pipe", "pipe", "pipe"],
        });
    };
    const exec = (gitDir, args, options = {}) => new Promise((resolve, reject) => {
        const child = spawnGit(gitDir, args, options.env);
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => reject((0,errors/* spawnFailure */.M0)(binary, args, error)));
        child.on("close", (code, signal) => {
            const stderr = Buffer.concat(err).toString("utf8");
            if (code === null) {
                reject(new errors/* GitError */.XS("E_GIT", `git ${args[0]} was killed by ${signal}`, args, stderr));
            }
            else
                resolve({ exitCode: code, stdout: Buffer.concat(out), stderr });
        });
        child.stdin.on("error", () => { }); // EPIPE when git exits early; the exit code tells why.
        child.stdin.end(options.input ?? "");
    });
    // Paths are relative to the root even when `repoDir` is a subdirectory of the working tree.
    let gitDirPromise;
    const gitDir = () => {
        gitDirPromise ??= exec(undefined, ["rev-parse", "--absolute-git-dir"]).then((r) => {
            if (r.exitCode !== 0)
                throw (0,errors/* failure */.V2)(["rev-parse", "--absolute-git-dir"], r);
            return r.stdout.toString("utf8").replace(/\n$/, "");
        });
        return gitDirPromise;
    };
    return {
        binary,
        async run(args, options = {}) {
            const result = await exec(await gitDir(), args, options);
            if (!(options.okCodes ?? [0]).includes(result.exitCode))
                throw (0,errors/* failure */.V2)(args, result);
            return result;
        },
        async start(args) {
            return spawnGit(await gitDir(), args);
        },
    };
}

;// CONCATENATED MODULE: ../git/src/git.ts
// A small wrapper over the `git` executable that reads straight from git objects (no checkout,
// no working tree, no shell) and writes the few objects and refs the deployment record needs.
// Every ref is checked before it reaches an argument list and is placed after
// `--end-of-options`, so a ref such as `--output=/tmp/x` can never become an option.








const ZERO_SHA = "0000000000000000000000000000000000000000";
/**
 * Whether `sha` names no commit at all: the all-zeros SHA GitHub sends as `before` when a branch
 * is created (SHA-1 or SHA-256 length), or no SHA (undefined or "", an unset action input).
 */
function isZeroSha(sha) {
    return sha === undefined || sha === "" || ((sha.length === 40 || sha.length === 64) && /^0+$/.test(sha));
}
function openGit(repoDir, options = {}) {
    const runner = openRunner(repoDir, options);
    const git = (args, input, okCodes = [0]) => runner.run(args, { ...(input !== undefined ? { input } : {}), okCodes });
    /** `ref^{type}` as a full SHA, or undefined. */
    const peel = async (ref, type) => {
        const r = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${(0,errors/* checkRef */.__)(ref)}^{${type}}`], undefined, [0, 1]);
        return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
    };
    const mustPeel = async (ref, type) => {
        const sha = await peel(ref, type);
        if (sha === undefined) {
            throw new errors/* GitError */.XS("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
        }
        return sha;
    };
    let emptyTree;
    const getEmptyTree = () => {
        // Computed rather than hard-coded: the empty tree's id differs in SHA-256 repositories.
        emptyTree ??= git(["hash-object", "-t", "tree", "--stdin"], "").then((r) => r.stdout.toString().trim());
        return emptyTree;
    };
    const readBlobs = async (oids) => {
        const wanted = [...new Set(oids)];
        const out = new Map();
        if (wanted.length === 0)
            return out;
        for (const oid of wanted)
            checkObjectId(oid);
        const batch = ["cat-file", "--batch", "--buffer"];
        const contents = await catFileBatch(await runner.start(batch), runner.binary, batch, wanted);
        wanted.forEach((oid, i) => {
            const object = contents[i];
            if (object?.type === "blob")
                out.set(oid, object.bytes);
        });
        return out;
    };
    return {
        resolve: (ref) => peel(ref, "commit"),
        async changedFiles(base, head, paths) {
            const from = isZeroSha(base) ? await getEmptyTree() : (0,errors/* checkRef */.__)(base);
            const args = ["diff-tree", "-r", "-z", "--name-status", "-M", "--end-of-options", from, (0,errors/* checkRef */.__)(head)];
            const r = await git([...args, "--", ...paths]);
            return parseNameStatus(r.stdout);
        },
        async listFiles(ref, dir) {
            const prefix = (0,paths/* normaliseDir */.m)(dir);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", (0,errors/* checkRef */.__)(ref)];
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
            const byOid = await readBlobs(oids);
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
                (0,errors/* checkRef */.__)(ancestor),
                (0,errors/* checkRef */.__)(descendant),
            ];
            const r = await git(args, undefined, [0, 1]);
            return r.exitCode === 0;
        },
        async commits(base, head) {
            const limit = base === undefined ? ["--max-count=1"] : [];
            const range = base === undefined ? [(0,errors/* checkRef */.__)(head)] : [`^${(0,errors/* checkRef */.__)(base)}`, (0,errors/* checkRef */.__)(head)];
            const r = await git([
                "log",
                ...limit,
                "--topo-order",
                "--reverse",
                ...LOG_FORMAT,
                "--end-of-options",
                ...range,
            ]);
            return parseLog(r.stdout);
        },
        async log(ref, options = {}) {
            const args = ["log", ...(options.firstParent ? ["--first-parent"] : [])];
            if (options.max !== undefined)
                args.push(`--max-count=${Math.max(0, Math.floor(options.max))}`);
            const r = await git([...args, ...LOG_FORMAT, "--end-of-options", (0,errors/* checkRef */.__)(ref)]);
            return parseLog(r.stdout);
        },
        async remoteHead(branch) {
            const r = await git(["ls-remote", "--end-of-options", "origin", `refs/heads/${(0,errors/* checkRef */.__)(branch)}`], undefined, [0, 1, 2, 128]);
            if (r.exitCode !== 0)
                return undefined; // no origin, or it cannot be reached: unknown
            return /^[0-9a-f]{40,64}/.exec(r.stdout.toString("utf8"))?.[0];
        },
        async fileIds(ref, dir) {
            const prefix = (0,paths/* normaliseDir */.m)(dir);
            const args = ["ls-tree", "-z", "--full-tree", "--end-of-options", (0,errors/* checkRef */.__)(ref)];
            const r = await git(prefix === "" ? args : [...args, "--", `${prefix}/`]);
            const ids = new Map();
            for (const entry of parseLsTree(r.stdout)) {
                const slash = entry.path.lastIndexOf("/");
                if (isRegularFile(entry.mode) && (slash === -1 ? "" : entry.path.slice(0, slash)) === prefix)
                    ids.set(entry.path, entry.oid);
            }
            return ids;
        },
        async treeIds(ref) {
            const r = await git(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", (0,errors/* checkRef */.__)(ref)]);
            const ids = new Map();
            for (const entry of parseLsTree(r.stdout))
                if (isRegularFile(entry.mode))
                    ids.set(entry.path, entry.oid);
            return ids;
        },
        readBlobs,
        async readObjects(names) {
            for (const name of names) {
                const colon = name.indexOf(":");
                (0,errors/* checkRef */.__)(colon === -1 ? name : name.slice(0, colon));
                if (colon !== -1)
                    checkPath(name.slice(colon + 1));
            }
            if (names.length === 0)
                return [];
            const batch = ["cat-file", "--batch", "--buffer"];
            return catFileBatch(await runner.start(batch), runner.binary, batch, names);
        },
        async writeBlob(content) {
            const r = await runner.run(["hash-object", "-w", "--stdin"], { input: content });
            return r.stdout.toString("utf8").trim();
        },
        async writeTree(files) {
            // A throwaway index: update-index places each blob at its path, write-tree makes the trees.
            const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-index-"));
            try {
                const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, "index") };
                const entries = [...files].map(([path, oid]) => `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`);
                await runner.run(["update-index", "--add", "-z", "--index-info"], { input: entries.join(""), env });
                const r = await runner.run(["write-tree"], { env });
                return r.stdout.toString("utf8").trim();
            }
            finally {
                (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
            }
        },
        async editTree(ref, edits) {
            const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "gitops-index-"));
            try {
                const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, "index") };
                await runner.run(["read-tree", "--end-of-options", `${(0,errors/* checkRef */.__)(ref)}^{tree}`], { env });
                // Mode 0 removes the path; a replaced file keeps a plain file's mode.
                const entries = [...edits].map(([path, oid]) => oid === null
                    ? `0 ${"0".repeat(40)}\t${checkPath(path)}\0`
                    : `100644 ${checkObjectId(oid)}\t${checkPath(path)}\0`);
                await runner.run(["update-index", "--add", "--remove", "-z", "--index-info"], {
                    input: entries.join(""),
                    env,
                });
                const r = await runner.run(["write-tree"], { env });
                return r.stdout.toString("utf8").trim();
            }
            finally {
                (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
            }
        },
        async commitTree({ tree, parents, message, identity, date }) {
            const when = date ? `${Math.floor(date.getTime() / 1000)} +0000` : undefined;
            const env = {
                ...(identity
                    ? {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    }
                    : {}),
                ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
            };
            const args = ["commit-tree", ...parents.flatMap((p) => ["-p", checkObjectId(p)]), "-F", "-"];
            const r = await runner.run([...args, checkObjectId(tree)], { input: message, env });
            return r.stdout.toString("utf8").trim();
        },
        async updateRef(ref, sha, expected) {
            const old = expected ?? "0".repeat(sha.length);
            const args = ["update-ref", "-m", "gitops", (0,errors/* checkRef */.__)(ref), checkObjectId(sha), checkObjectId(old)];
            const r = await git(args, undefined, [0, 1, 128]);
            return r.exitCode === 0;
        },
        async hasOrigin() {
            const r = await git(["remote"]);
            return r.stdout.toString("utf8").split("\n").includes("origin");
        },
        async symbolicRef(ref) {
            const r = await git(["symbolic-ref", "--quiet", "--end-of-options", (0,errors/* checkRef */.__)(ref)], undefined, [0, 1, 128]);
            return r.exitCode === 0 ? r.stdout.toString("utf8").trim() : undefined;
        },
        async fetch(refspecs) {
            await git(["fetch", "--no-tags", "--quiet", "origin", ...refspecs.map(checkRefspec)]);
        },
        async push(sha, ref, expected) {
            // The lease makes the push conditional on what origin holds, like updateRef's expected value.
            const lease = `--force-with-lease=${(0,errors/* checkRef */.__)(ref)}:${expected ? checkObjectId(expected) : ""}`;
            const args = ["push", "--porcelain", lease, "origin", `${checkObjectId(sha)}:${ref}`];
            const r = await git(args, undefined, [0, 1, 128]);
            if (r.exitCode === 0)
                return "pushed";
            const report = r.stdout.toString("utf8");
            // --porcelain marks a refused ref with "!"; a lease or fast-forward refusal is someone else's write.
            if (/^!\t.*\((stale info|fetch first|non-fast-forward)\)/m.test(report))
                return "rejected";
            const detail = r.stderr
                .trim()
                .split("\n")
                .find((l) => l.trim() !== "") ?? report.trim();
            throw new errors/* GitError */.XS("E_GIT", `git push to origin ${ref} failed: ${detail}`, args, r.stderr, r.exitCode);
        },
    };
}
// NUL between fields and records: messages may hold any other character.
const LOG_FORMAT = ["-z", "--format=%H %P%x00%an%x00%ae%x00%cn%x00%ce%x00%B"];
function parseLog(stdout) {
    const fields = stdout.toString("utf8").split("\0");
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
}
/** An object id as git prints it: 40 (SHA-1) or 64 (SHA-256) hex digits. */
function checkObjectId(oid) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(oid))
        throw new errors/* GitError */.XS("E_GIT", `invalid object id ${JSON.stringify(oid)}`);
    return oid;
}
/** A repo path a tree can hold: no empty, "." or ".." part, no NUL or line break. */
function checkPath(path) {
    if (/[\0\n]/.test(path) || path.split("/").some((part) => part === "" || part === "." || part === ".."))
        throw new errors/* GitError */.XS("E_GIT", `invalid path ${JSON.stringify(path)}`);
    return path;
}
/** `+refs/a/*:refs/a/*` or `refs/a:refs/b`: each side a ref that cannot be read as an option. */
function checkRefspec(spec) {
    const [src = "", dst = ""] = spec.replace(/^\+/, "").split(":");
    (0,errors/* checkRef */.__)(src);
    if (dst)
        (0,errors/* checkRef */.__)(dst);
    return spec;
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ normaliseDir)
/* harmony export */ });
// Paths as git names them.
/** `services/`, `./services` and `services` are the same directory; "" and "." are the root. */
function normaliseDir(dir) {
    return dir
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}


/***/ })

};
