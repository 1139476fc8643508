export const id = 802;
export const ids = [802];
export const modules = {

/***/ 5802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  branchRef: () => (/* binding */ branchRef),
  listingConfig: () => (/* binding */ listingConfig),
  openDeployRepo: () => (/* binding */ openDeployRepo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../git/src/git.ts + 2 modules
var src_git = __webpack_require__(1915);
// EXTERNAL MODULE: ../record/src/state.ts
var src_state = __webpack_require__(6209);
;// CONCATENATED MODULE: ../record/src/store.ts
// Where the record lives: one interface, two stores (a git ref in the deploy repo, GitHub's
// Deployments). A write names the version it read, so two releases never overwrite each other.
/** The record's ref for an environment; environment names are lower-case words, checked by the config schema. */
const recordRef = (environment) => `refs/gitops/${environment}`;

// EXTERNAL MODULE: ../record/src/transition.ts
var transition = __webpack_require__(2097);
;// CONCATENATED MODULE: ../record/src/git-store.ts



const STATE_PATH = ".gitops/state.json";
const DEFAULT_IDENTITY = { name: "gitops", email: "gitops@users.noreply.github.com" };
function gitRecordStore(git, options = {}) {
    let remote;
    const useRemote = () => (remote ??= options.remote !== undefined ? Promise.resolve(options.remote) : git.hasOrigin());
    const read = async (environment, attempt = 1) => {
        const ref = recordRef(environment);
        if (await useRemote())
            await git.fetch([`+${ref}:${ref}`]).catch(ignoreMissing(ref));
        // Two git processes whatever the history: the commit, its state and its policy in one
        // cat-file, then the tree's listing.
        const [head, stateObject, configObject] = await git.readObjects([
            ref,
            `${ref}:${STATE_PATH}`,
            `${ref}:${transition/* CONFIG_PATH */.tF}`,
        ]);
        if (head?.type !== "commit")
            return undefined;
        const commit = head.oid;
        if (stateObject?.type !== "blob")
            throw new src_state/* RecordError */.W1(`${ref} at ${commit.slice(0, 12)} has no ${STATE_PATH}`);
        const state = (0,src_state/* parseState */.Bu)(Buffer.from(stateObject.bytes).toString("utf8"), environment);
        // The three names were resolved one after another: a write in between would mix two
        // records, which the commit's release (in its message) and the state's tell apart.
        const release = releaseFromMessage(Buffer.from(head.bytes).toString("utf8"));
        if (release && release.id !== state.release?.id) {
            if (attempt >= 3)
                throw new src_state/* RecordError */.W1(`${ref} kept changing while it was read`);
            return read(environment, attempt + 1);
        }
        const files = await git.treeIds(commit);
        files.delete(STATE_PATH);
        return {
            state,
            files,
            commit,
            version: commit,
            ...(configObject?.type === "blob" ? { config: configObject.bytes } : {}),
        };
    };
    return {
        name: "git",
        read: (environment) => read(environment),
        async write(environment, next, expected) {
            const ref = recordRef(environment);
            const commit = await recordCommit(git, next, expected, options);
            if (await useRemote()) {
                if ((await git.push(commit, ref, expected)) === "rejected")
                    return false;
                // Ours now; the local ref follows origin's.
                await git.updateRef(ref, commit, (await git.resolve(ref)) ?? undefined);
                return true;
            }
            return git.updateRef(ref, commit, expected);
        },
        async history(environment, limit = 100) {
            const ref = recordRef(environment);
            if (!(await git.resolve(ref)))
                return [];
            const commits = await git.log(ref, { firstParent: true, max: limit });
            return commits.flatMap((c) => {
                const release = releaseFromMessage(c.message);
                return release ? [release] : [];
            });
        },
    };
}
/** Writes the objects of one record commit and returns its id. */
async function recordCommit(git, next, parent, options) {
    // Compact: the record is read at every release, and its size is most of the read.
    const stateBlob = await git.writeBlob(`${JSON.stringify(next.state)}\n`);
    const tree = await git.writeTree(new Map([...next.files, [STATE_PATH, stateBlob]]));
    const release = next.state.release;
    // The first parent is the record before; the second the released commit, kept reachable.
    const parents = [...(parent ? [parent] : []), ...(release ? [release.after] : [])];
    return git.commitTree({
        tree,
        parents,
        message: messageFor(next.state.environment, release),
        identity: options.identity ?? DEFAULT_IDENTITY,
        ...(options.now ? { date: options.now() } : {}),
    });
}
const MARKER = "gitops-release: ";
/** "qa: succeeded, hello 1.1.0" and the release as one JSON line, for `git log` and history. */
function messageFor(environment, release) {
    if (!release)
        return `${environment}: record`;
    const services = release.services.map((s) => `${s.service}${s.version ? ` ${s.version}` : ""} ${s.outcome}`);
    const subject = `${environment}: ${release.outcome}${services.length ? `, ${services.join(", ")}` : ""}`;
    return `${subject.slice(0, 200)}\n\n${MARKER}${JSON.stringify(release)}\n`;
}
function releaseFromMessage(message) {
    const line = message.split("\n").find((l) => l.startsWith(MARKER));
    if (!line)
        return undefined;
    try {
        return JSON.parse(line.slice(MARKER.length));
    }
    catch {
        return undefined;
    }
}
/** Fetching a record origin does not have yet is not a failure; anything else is. */
function ignoreMissing(ref) {
    return (error) => {
        if (error instanceof Error && /couldn't find remote ref/i.test(error.message))
            return;
        throw new src_state/* RecordError */.W1(`cannot fetch ${ref} from origin: ${error instanceof Error ? error.message : String(error)}`);
    };
}

;// CONCATENATED MODULE: ./src/deploy-repo.ts
// The deploy repo a command works on: git, the deployment record (the repo's refs/gitops/*,
// shared with origin when there is one) and the default branch whose gitops.yaml is the policy
// before any release was allowed.



async function openDeployRepo(io, repo, defaultBranch) {
    const workdir = (0,external_node_path_.resolve)(io.cwd, repo);
    const git = (0,src_git/* openGit */.zY)(workdir);
    // A clone knows origin's default branch as refs/remotes/origin/HEAD.
    const branch = defaultBranch ?? (await git.symbolicRef("refs/remotes/origin/HEAD"));
    return { workdir, git, record: gitRecordStore(git), ...(branch ? { defaultBranch: branch } : {}) };
}
/** Where git has an environment's branch: origin's copy in a clone (fetched), else the local branch. */
async function branchRef(repo, branch) {
    for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`])
        if (await repo.git.resolve(ref))
            return ref;
    return undefined;
}
/** The config that lists the environments: the default branch's, else the checkout's HEAD. */
async function listingConfig(repo) {
    const { configAt } = await Promise.all(/* import() */[__webpack_require__.e(766), __webpack_require__.e(786), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4686));
    return configAt(repo.git, repo.defaultBranch ?? "HEAD");
}


/***/ }),

/***/ 6209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   VP: () => (/* binding */ ranHealthy),
/* harmony export */   W1: () => (/* binding */ RecordError),
/* harmony export */   bq: () => (/* binding */ healthyRef),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   yh: () => (/* binding */ withHealthy)
/* harmony export */ });
/* unused harmony export HEALTHY_KEPT */
// What truly ran in one environment: per service the descriptor that last ran healthy, how its
// last release ended, and the versions that ever ran healthy there; per environment the commit
// of the last release the gate allowed, whose gitops.yaml is the trusted policy. Plain data,
// schema-versioned JSON, and pure functions that move it from one release to the next.
const HEALTHY_KEPT = 10;
function emptyState(environment) {
    return { schema: 1, environment, services: {} };
}
/** Reads a state written by any version of gitops, or says why it cannot. */
function parseState(text, environment) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new RecordError(`the record of ${environment} is not JSON: ${error.message}`);
    }
    const state = value;
    if (!state || typeof state !== "object" || state.schema !== 1)
        throw new RecordError(`the record of ${environment} has schema ${JSON.stringify(state?.schema)}; this gitops reads schema 1`);
    if (state.environment !== environment)
        throw new RecordError(`the record of ${environment} says it is ${JSON.stringify(state.environment)}'s`);
    if (!state.services || typeof state.services !== "object")
        throw new RecordError(`the record of ${environment} has no services`);
    return state;
}
class RecordError extends Error {
    code = "E_RECORD";
    constructor(message) {
        super(message);
        this.name = "RecordError";
    }
}
/** The descriptors that ran healthy, with `ref` last (replacing its version's earlier one), the newest HEALTHY_KEPT. */
function withHealthy(healthy, ref) {
    return [...healthy.filter((h) => h.version !== ref.version), ref].slice(-HEALTHY_KEPT);
}
/** The descriptor of `version` of `service` that last ran healthy in this environment, if one did. */
function healthyRef(state, service, version) {
    return state?.services[service]?.healthy.find((h) => h.version === version);
}
/** Whether `version` of `service` ever ran healthy in this environment. */
function ranHealthy(state, service, version) {
    return healthyRef(state, service, version) !== undefined;
}


/***/ }),

/***/ 2097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yr: () => (/* binding */ applyRelease),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6209);
// From one recorded state to the next: what a release's outcome means for what runs. Pure: the
// stores write what this returns.

const CONFIG_PATH = "gitops.yaml";
/** The state and files after a release; `previous` is unchanged. */
function applyRelease(previous, facts) {
    const at = facts.release.finishedAt ?? facts.release.startedAt;
    const pusher = facts.release.pusher;
    const state = {
        ...previous.state,
        services: { ...previous.state.services },
        release: facts.release,
    };
    const files = new Map(previous.files);
    if (facts.allowed && facts.configBlob) {
        files.set(CONFIG_PATH, facts.configBlob);
        state.allowed = { commit: facts.release.after, at: facts.release.startedAt, pusher };
    }
    for (const f of facts.services) {
        const before = state.services[f.service] ?? { file: f.file, healthy: [] };
        if (f.outcome === "removed") {
            delete state.services[f.service];
            files.delete(f.file);
            continue;
        }
        if (f.oldFile && f.oldFile !== f.file)
            files.delete(f.oldFile);
        state.services[f.service] = nextService(before, f, at, pusher, facts.release.tickets);
        if (f.pushed && (f.outcome === "deployed" || f.outcome === "unchanged"))
            files.set(f.file, f.pushed.blob);
    }
    return { state, files };
}
function nextService(before, f, at, pusher, tickets) {
    const next = { ...before, file: f.file };
    const last = f.pushed
        ? {
            ...f.pushed,
            outcome: f.outcome,
            at,
            pusher,
            ...(tickets.length ? { tickets } : {}),
            ...(f.reason ? { reason: f.reason } : {}),
            ...(f.issue ? { issue: f.issue } : {}),
        }
        : undefined;
    switch (f.outcome) {
        case "deployed":
            if (f.pushed) {
                next.running = { ...f.pushed, since: at, pusher };
                next.healthy = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .withHealthy */ .yh)(before.healthy, f.pushed);
            }
            if (last)
                next.last = last;
            return next;
        case "unchanged":
            // Nothing this environment runs changed: the new bytes stand for what runs.
            if (f.pushed && before.running)
                next.running = { ...before.running, commit: f.pushed.commit, blob: f.pushed.blob };
            return next;
        default:
            // rolled-back: the last healthy version runs again; failed or cancelled: what runs is
            // unknown, and the last healthy version stays what to plan from and restore.
            if (last)
                next.last = last;
            return next;
    }
}
/** The state a record begins from: the branch before the first recorded release, assumed to run. */
function baseline(environment, descriptors, at) {
    const state = { schema: 1, environment, services: {} };
    const files = new Map();
    for (const d of descriptors) {
        state.services[d.service] = {
            file: d.file,
            running: { ...d.ref, since: at, pusher: "", assumed: true },
            healthy: [],
        };
        files.set(d.file, d.ref.blob);
    }
    return { state, files };
}


/***/ })

};
