export const id = 974;
export const ids = [974];
export const modules = {

/***/ 8974:
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
  treeReader: () => (/* reexport */ tree_reader/* treeReader */.u)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ../git/src/checkout.ts
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
    const defaultRef = request.defaultBranch ? `refs/remotes/origin/${request.defaultBranch}` : undefined;
    if (complete && (!defaultRef || (await hasCommit(dir, defaultRef))))
        return;
    for (const branch of [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])])
        if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes(".."))
            throw new Error(`cannot fetch branch "${branch}"`);
    const env = { ...process.env, ...gitAuthEnv(request.serverUrl, request.token) };
    const remote = `${new URL(request.serverUrl).origin}/${request.owner}/${request.repo}.git`;
    log(`fetching the history of ${request.owner}/${request.repo} ${request.branch} into ${dir}`);
    if (!isRepo) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await git(dir, ["init", "--quiet"]);
        await git(dir, ["remote", "add", "origin", remote]);
    }
    const refspecs = [request.branch, ...(request.defaultBranch ? [request.defaultBranch] : [])].map((branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    await git(dir, ["fetch", "--no-tags", "--quiet", ...(shallow ? ["--unshallow"] : []), "origin", ...refspecs], env);
    // A force push's `before` is no longer on the branch; ask for it by id (it may be gone for good).
    if (before && !(await hasCommit(dir, before))) {
        await git(dir, ["fetch", "--no-tags", "--quiet", "origin", before], env).catch(() => "");
    }
    if (!isRepo)
        await git(dir, ["checkout", "--quiet", "--detach", after]);
}

// EXTERNAL MODULE: ../git/src/git.ts + 2 modules
var src_git = __webpack_require__(1915);
// EXTERNAL MODULE: ../git/src/tree-reader.ts
var tree_reader = __webpack_require__(5209);
;// CONCATENATED MODULE: ../git/src/index.ts





/***/ }),

/***/ 5209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ treeReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5934);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9221);
// The deploy repo as one commit holds it, in the shape `@gitops/model`'s loadRepo reads.


/** Files at one commit: `loadRepo(treeReader(git, sha))` loads the deploy repo as it was then. */
function treeReader(git, ref) {
    // Pin the ref once so a branch that moves while loading cannot mix two commits.
    let pinned;
    const commit = () => {
        pinned ??= git.resolve(ref).then((sha) => {
            if (sha === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS("E_GIT_REF_NOT_FOUND", `git ref ${JSON.stringify(ref)} is not in the repository`);
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
            const key = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseDir */ .m)(dir);
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


/***/ })

};
