export const id = 786;
export const ids = [786];
export const modules = {

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


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ detectChanges)
/* harmony export */ });
/* harmony import */ var _gitops_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5934);
/* harmony import */ var _gitops_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1915);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7556);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4766);
// Which services a push changes: the descriptors added, changed, removed or renamed between the
// branch before the push and after it, read from git objects.


async function detectChanges(git, options) {
    const head = await git.resolve(options.head);
    if (head === undefined) {
        throw new _gitops_git__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS("E_GIT_REF_NOT_FOUND", `head ${JSON.stringify(options.head)} is not in the clone; fetch it before detecting changes`);
    }
    const firstPush = (0,_gitops_git__WEBPACK_IMPORTED_MODULE_1__/* .isZeroSha */ .hp)(options.base);
    let base;
    if (!firstPush) {
        base = await git.resolve(options.base);
        if (base === undefined) {
            throw new _gitops_git__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS("E_GIT_REF_NOT_FOUND", `base ${JSON.stringify(options.base)} is not in the clone, so what the push changed cannot be told; ` +
                "fetch it (actions/checkout with fetch-depth: 0, or git fetch origin <sha>)");
        }
    }
    const forcePush = base !== undefined && options.checkForcePush !== false && !(await git.isAncestor(base, head));
    const dir = normaliseDir(options.servicesDir);
    // Two-dot: the trees of the two commits, whatever history lies between them (several commits
    // pushed at once, or a rewritten history after a force push).
    const paths = dir === "" ? [] : [`${dir}/`, _gitops_model__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2];
    const files = await git.changedFiles(base, head, paths);
    const changeSet = {
        head,
        firstPush,
        forcePush,
        configChanged: files.some((f) => f.path === _gitops_model__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2 || f.oldPath === _gitops_model__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2),
        services: serviceChanges(files, dir).sort(byService),
    };
    if (base !== undefined)
        changeSet.base = base;
    return changeSet;
}
function serviceChanges(files, dir) {
    const services = [];
    for (const f of files) {
        const now = descriptor(f.path, dir);
        if (f.status === "renamed") {
            const before = descriptor(f.oldPath ?? "", dir);
            if (before && now) {
                services.push({
                    service: now.service,
                    kind: "renamed",
                    file: f.path,
                    oldFile: f.oldPath,
                    oldService: before.service,
                });
            }
            else if (before) {
                // Moved out of the services dir (into a subdirectory, or to a name that is not YAML).
                services.push({ service: before.service, kind: "removed", file: f.oldPath });
            }
            else if (now) {
                services.push({ service: now.service, kind: "added", file: f.path });
            }
            continue;
        }
        if (!now)
            continue;
        const kind = f.status === "added" ? "added" : f.status === "deleted" ? "removed" : "changed";
        services.push({ service: now.service, kind, file: f.path });
    }
    return services;
}
/** The service a path describes, when it is a descriptor directly inside `dir`. */
function descriptor(path, dir) {
    const slash = path.lastIndexOf("/");
    const parent = slash === -1 ? "" : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (parent !== dir || !(0,_gitops_model__WEBPACK_IMPORTED_MODULE_3__/* .isDescriptorFile */ .CP)(name))
        return undefined;
    if (dir === "" && name === _gitops_model__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2)
        return undefined;
    return { service: name.replace(/\.ya?ml$/, "") };
}
function normaliseDir(dir) {
    return dir
        .replace(/^(\.\/)+/, "")
        .replace(/\/+$/, "")
        .replace(/^\.$/, "");
}
function byService(a, b) {
    return compare(a.service, b.service) || compare(a.file, b.file);
}
/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ describeEndpoint),
/* harmony export */   Qj: () => (/* binding */ diffViews),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   rl: () => (/* binding */ diffService)
/* harmony export */ });
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7207);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7871);
// The structural diff of one service: every field that differs between the deployed and the
// requested descriptor, as the environment sees them (its overrides applied), in the units
// people write (so 1024Mi \u2192 1Gi is no change at all).

/** A descriptor flattened for comparison and display: keyed lists become maps, units become text. */
function viewOf(descriptor, environment) {
    const d = (0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(descriptor, environment);
    const view = {
        version: d.version,
        image: d.image ?? null,
        domain: d.domain,
        port: d.port,
        replicas: d.replicas,
        resources: { cpu: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY)(d.resources.cpuMillis), memory: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9)(d.resources.memoryBytes) },
        ports: Object.fromEntries(d.ports.map((p) => [`${p.protocol}/${p.port}`, p.exposure])),
        healthcheck: {
            startupGrace: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .durationLiteral */ .W2)(d.healthcheck.startupGraceMs),
            interval: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .durationLiteral */ .W2)(d.healthcheck.intervalMs),
            timeout: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .durationLiteral */ .W2)(d.healthcheck.timeoutMs),
            retries: d.healthcheck.retries,
            endpoints: Object.fromEntries(d.healthcheck.endpoints.map((e) => [e.name, describeEndpoint(e)])),
        },
        maintainer: d.maintainer.email,
        notifications: { emails: [...d.notifications.emails].sort(), slack: [...d.notifications.slack].sort() },
    };
    if (d.smoke) {
        view.smoke = Object.fromEntries(d.smoke.checks.map((c) => [
            c.name,
            `${c.request.method} ${c.request.path} ${describeExpect(c.expect)}`,
        ]));
    }
    if (d.regression) {
        view.regression = { command: d.regression.command, timeout: (0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .durationLiteral */ .W2)(d.regression.timeoutMs) };
    }
    return view;
}
function describeEndpoint(e) {
    if (e.kind === "tcp")
        return `tcp ${e.port}`;
    const tls = e.tls?.insecureSkipVerify ? " (TLS unverified)" : "";
    return `${e.method} ${e.target} ${describeExpect(e.expect)}${tls}`;
}
function describeExpect(x) {
    const status = x.status.map((s) => (s.from === s.to ? String(s.from) : `${String(s.from)[0]}xx`)).join("|");
    const parts = [`\u2192 ${status}`];
    if (x.bodyContains !== undefined)
        parts.push(`body \u220b ${JSON.stringify(x.bodyContains)}`);
    for (const [path, value] of Object.entries(x.json))
        parts.push(`${path} = ${JSON.stringify(value)}`);
    for (const [name, value] of Object.entries(x.headers))
        parts.push(`${name}: ${value}`);
    return parts.join(", ");
}
/** Every leaf that differs, in a stable order (the view's field order, then keys as they come). */
function diffViews(before, after, prefix = "") {
    const changes = [];
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    for (const key of keys) {
        const path = prefix ? `${prefix}.${key}` : key;
        const a = before?.[key];
        const b = after?.[key];
        if (isView(a) || isView(b)) {
            changes.push(...diffViews(isView(a) ? a : undefined, isView(b) ? b : undefined, path));
        }
        else if (a === undefined || a === null) {
            if (b !== undefined && b !== null)
                changes.push({ path, change: "added", to: b });
        }
        else if (b === undefined || b === null) {
            changes.push({ path, change: "removed", from: a });
        }
        else if (JSON.stringify(a) !== JSON.stringify(b)) {
            changes.push({ path, change: "changed", from: a, to: b });
        }
    }
    return changes;
}
function isView(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** The field changes of one service for one environment (before undefined: added; after undefined: removed). */
function diffService(before, after, environment) {
    return diffViews(before && viewOf(before, environment), after && viewOf(after, environment));
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ configAt),
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   W6: () => (/* binding */ PlanError),
/* harmony export */   av: () => (/* binding */ trustedConfig),
/* harmony export */   lQ: () => (/* binding */ matrixOf)
/* harmony export */ });
/* harmony import */ var _gitops_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1915);
/* harmony import */ var _gitops_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5209);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4766);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7556);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7207);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7455);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(759);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
// The plan of one push (or promotion) for one environment: which services change, how, and
// what could go wrong, ending in a verdict. Like `terraform plan`, it changes nothing.





class PlanError extends Error {
    code;
    diagnostics;
    constructor(code, message, diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "PlanError";
    }
}
async function buildPlan(options) {
    const { git } = options;
    const firstPush = (0,_gitops_git__WEBPACK_IMPORTED_MODULE_0__/* .isZeroSha */ .hp)(options.base);
    const config = options.config ?? (await trustedConfig(git, options.base, options.head));
    const environment = pickEnvironment(config, options);
    const changes = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .detectChanges */ .f)(git, {
        base: options.base,
        head: options.head,
        servicesDir: config.servicesDir,
        // Against a record, a force push is told by the push's own before, below.
        checkForcePush: options.pushedOver === undefined,
    });
    const head = await (0,_gitops_model__WEBPACK_IMPORTED_MODULE_2__/* .loadRepo */ .R0)((0,_gitops_git__WEBPACK_IMPORTED_MODULE_3__/* .treeReader */ .u)(git, changes.head));
    const afterByService = new Map(head.descriptors.map((d) => [d.service, d]));
    const beforeByService = await changedDescriptorsAt(git, changes);
    const deltas = changes.services.map((c) => ({
        service: c.service,
        before: beforeByService.get(c.oldService ?? c.service),
        after: c.kind === "removed" ? undefined : afterByService.get(c.service),
    }));
    // Unchanged services are the same at both commits, so their pushed copy stands in for the deployed one.
    const changed = new Set(changes.services.flatMap((c) => [c.service, c.oldService ?? c.service]));
    const unchanged = head.descriptors.filter((d) => !changed.has(d.service));
    const requestedEnvironment = changes.configChanged && head.config
        ? head.config.environments.find((e) => e.name === environment.name)
        : undefined;
    // A pushed descriptor that does not validate is denied by its diagnostics; it is not "removed".
    const judged = deltas.filter((d, i) => d.after || changes.services[i].kind === "removed");
    const findings = (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateRules */ .F0)({
        environment,
        ...(requestedEnvironment ? { requestedEnvironment } : {}),
        deltas: judged,
        allAfter: head.descriptors,
        allBefore: [...unchanged, ...[...beforeByService.values()]],
        ...(options.ranHealthy ? { ranHealthy: options.ranHealthy } : {}),
    });
    const services = changes.services.map((c, i) => servicePlan(c, deltas[i], environment.name));
    const diagnostics = head.diagnostics;
    const verdict = diagnostics.some((d) => d.severity === "error") ? "deny" : (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .Vj)(findings);
    const plan = {
        schema: 1,
        environment: environment.name,
        head: changes.head,
        firstPush,
        forcePush: options.pushedOver === undefined
            ? changes.forcePush
            : await rewrote(git, options.pushedOver, changes.head),
        configChanged: changes.configChanged,
        policyFrom: options.policyFrom ?? (firstPush ? "head" : "base"),
        summary: {
            add: services.filter((s) => s.change === "added").length,
            change: services.filter((s) => s.change === "changed").length,
            remove: services.filter((s) => s.change === "removed").length,
            rename: services.filter((s) => s.change === "renamed").length,
            destructive: findings.filter((f) => f.severity === "destructive").length,
            risky: findings.filter((f) => f.severity === "risky").length,
        },
        verdict,
        services,
        findings,
        diagnostics,
    };
    if (changes.base)
        plan.base = changes.base;
    return plan;
}
/** Whether a push replaced history: the branch before it is not an ancestor of what it pushed. */
async function rewrote(git, before, head) {
    return !(0,_gitops_git__WEBPACK_IMPORTED_MODULE_0__/* .isZeroSha */ .hp)(before) && !(await git.isAncestor(before, head));
}
/**
 * The policy a push is judged by: gitops.yaml at the deployed commit, or at head on a first
 * push. The first read of the push's commits, so it is where a missing one is explained.
 */
async function trustedConfig(git, base, head) {
    const firstPush = (0,_gitops_git__WEBPACK_IMPORTED_MODULE_0__/* .isZeroSha */ .hp)(base);
    if (!firstPush)
        await requireCommit(git, "base", base);
    await requireCommit(git, "head", head);
    return configAt(git, firstPush ? head : base);
}
async function requireCommit(git, which, ref) {
    if (await git.resolve(ref))
        return;
    throw new PlanError("E_PLAN_REF", `the ${which} commit ${ref} is not in the repository; fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`);
}
/** gitops.yaml at a commit, valid, or a PlanError saying why not. */
async function configAt(git, ref) {
    const bytes = (await git.readFiles(ref, [_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_FILE */ .g2])).get(_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_FILE */ .g2);
    if (!bytes)
        throw new PlanError("E_PLAN_CONFIG", `${_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_FILE */ .g2} does not exist at ${ref.slice(0, 12)}`);
    const loaded = await (0,_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z9)(bytes);
    if (!loaded.ok) {
        throw new PlanError("E_PLAN_CONFIG", `${_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_FILE */ .g2} at ${ref.slice(0, 12)} is not valid`, loaded.diagnostics);
    }
    return loaded.value;
}
function pickEnvironment(config, options) {
    const environment = options.environment
        ? config.environments.find((e) => e.name === options.environment)
        : options.branch
            ? (0,_gitops_model__WEBPACK_IMPORTED_MODULE_5__/* .environmentForBranch */ .lS)(config, options.branch)
            : undefined;
    if (!environment) {
        const wanted = options.environment
            ? `environment "${options.environment}"`
            : `environment for branch "${options.branch}"`;
        const known = config.environments.map((e) => `${e.name} (branch ${e.branch})`).join(", ");
        throw new PlanError("E_PLAN_ENVIRONMENT", `gitops.yaml has no ${wanted}; it has ${known}`);
    }
    return environment;
}
/** The deployed descriptors of the services the push touches, read from the base commit. */
async function changedDescriptorsAt(git, changes) {
    const out = new Map();
    if (!changes.base)
        return out;
    const touched = changes.services.filter((c) => c.kind !== "added");
    const files = touched.map((c) => c.oldFile ?? c.file);
    const contents = await git.readFiles(changes.base, files);
    for (const file of files) {
        const bytes = contents.get(file);
        if (!bytes)
            continue;
        // A deployed descriptor that no longer validates has no "before" to compare with.
        const loaded = await (0,_gitops_model__WEBPACK_IMPORTED_MODULE_6__/* .loadDescriptor */ .Km)(file, bytes);
        if (loaded.ok)
            out.set(loaded.value.service, loaded.value);
    }
    return out;
}
function servicePlan(change, delta, environment) {
    // A removed service loses every field; listing them all would bury the one line that matters.
    const fields = change.kind === "removed" ? [] : (0,_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .diffService */ .rl)(delta.before, delta.after, environment);
    const plan = {
        service: change.service,
        change: change.kind === "changed" && fields.length === 0 ? "unchanged-here" : change.kind,
        file: change.file,
        version: {},
        fields,
    };
    if (change.oldFile)
        plan.oldFile = change.oldFile;
    if (delta.before)
        plan.version.from = delta.before.version;
    if (delta.after)
        plan.version.to = delta.after.version;
    return plan;
}
/** The services a deployment touches, for a workflow `strategy.matrix`. */
function matrixOf(plan) {
    const include = plan.services.flatMap((s) => s.change === "unchanged-here" ? [] : [{ service: s.service, change: s.change, file: s.file }]);
    return { include };
}


/***/ }),

/***/ 4256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _gitops_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7283);
// A plan as people and programs read it: a terminal diff in the spirit of `terraform plan`,
// Markdown for the job summary and pull-request comments, and stable JSON.

const SIGN = {
    added: "+",
    changed: "~",
    removed: "-",
    renamed: "~",
    "unchanged-here": "=",
};
const VERDICT = {
    allow: "allow",
    "needs-approval": "needs approval",
    deny: "deny",
};
/** "Plan: 1 to add, 2 to change, 0 to remove; 1 destructive" */
function summaryLine(plan) {
    const s = plan.summary;
    const risk = [
        s.destructive ? `${s.destructive} destructive` : "",
        s.risky ? `${s.risky} risky` : "",
    ].filter(Boolean);
    const rename = s.rename ? `, ${s.rename} to rename` : "";
    return `Plan: ${s.add} to add, ${s.change} to change, ${s.remove} to remove${rename}${risk.length ? `; ${risk.join(", ")}` : ""}`;
}
const show = (v) => v === undefined ? "" : Array.isArray(v) ? `[${v.join(", ")}]` : String(v);
function fieldLine(f) {
    if (f.change === "added")
        return { sign: "+", text: `${f.path}: ${show(f.to)}` };
    if (f.change === "removed")
        return { sign: "-", text: `${f.path}: ${show(f.from)}` };
    return { sign: "~", text: `${f.path}: ${show(f.from)} \u2192 ${show(f.to)}` };
}
function headline(s) {
    const v = s.version;
    const version = v.from && v.to && v.from !== v.to
        ? ` ${v.from} \u2192 ${v.to}`
        : v.to
            ? ` ${v.to}`
            : v.from
                ? ` ${v.from}`
                : "";
    const rename = s.oldFile ? ` (was ${s.oldFile})` : "";
    const note = s.change === "unchanged-here" ? " (nothing changes in this environment)" : "";
    return `${s.service}${version}${rename}${note}`;
}
const findingsFor = (plan, service) => plan.findings.filter((f) => f.service === service);
function renderText(plan, options = {}) {
    const paint = (code, text) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const signColor = { "+": "32", "-": "31", "~": "33", "=": "2" };
    const severityColor = { destructive: "1;31", risky: "33", safe: "2" };
    const out = [`gitops plan for ${plan.environment}: ${range(plan)}`, ""];
    for (const s of plan.services) {
        const sign = SIGN[s.change];
        out.push(paint(signColor[sign], `${sign} ${headline(s)}`));
        for (const f of s.fields) {
            const line = fieldLine(f);
            out.push(`    ${paint(signColor[line.sign], `${line.sign} ${line.text}`)}`);
        }
        for (const f of findingsFor(plan, s.service)) {
            out.push(`    ${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
        }
    }
    for (const f of findingsFor(plan, undefined)) {
        out.push(`${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
    }
    for (const d of plan.diagnostics) {
        out.push(paint("31", `\u2717 ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}`));
    }
    if (plan.services.length === 0)
        out.push("No service changes.");
    out.push("", summaryLine(plan), `Verdict: ${paint(plan.verdict === "allow" ? "32" : plan.verdict === "deny" ? "1;31" : "33", VERDICT[plan.verdict])}`);
    return `${out.join("\n")}\n`;
}
function range(plan) {
    const short = (sha) => sha.slice(0, 12);
    const flags = [
        plan.firstPush ? "first push" : "",
        plan.forcePush ? "force push" : "",
        plan.configChanged ? "gitops.yaml changed" : "",
    ]
        .filter(Boolean)
        .join(", ");
    return `${plan.base ? short(plan.base) : "(nothing deployed)"}..${short(plan.head)}${flags ? ` (${flags})` : ""}`;
}
/** A marker that lets a workflow find and update its own pull-request comment. */
const COMMENT_MARKER = "<!-- gitops-plan -->";
function renderMarkdown(plan, options = {}) {
    const icon = { allow: "\u2705", "needs-approval": "\u26a0\ufe0f", deny: "\u26d4" }[plan.verdict];
    const out = [];
    if (options.marker)
        out.push(COMMENT_MARKER);
    out.push(`### ${icon} gitops plan for \`${plan.environment}\`: ${VERDICT[plan.verdict]}`, "", `**${summaryLine(plan)}**`, "");
    if (plan.findings.length > 0) {
        out.push("| | Rule | Service | Finding |", "|---|---|---|---|");
        for (const f of plan.findings) {
            const mark = f.severity === "destructive" ? "\u26d4 destructive" : f.severity === "risky" ? "\u26a0\ufe0f risky" : "safe";
            out.push(`| ${mark} | \`${f.rule}\` | ${f.service ? (0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(f.service) : "\u2014"} | ${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(f.message)} |`);
        }
        out.push("");
    }
    if (plan.diagnostics.length > 0) {
        out.push("**Invalid files**", "");
        for (const d of plan.diagnostics) {
            out.push(`- \`${d.file}:${d.start.line}:${d.start.column}\` ${d.field ? `\`${d.field}\`: ` : ""}${(0,_gitops_text__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(d.message)}`);
        }
        out.push("");
    }
    if (plan.services.length > 0) {
        out.push("```diff");
        for (const s of plan.services) {
            out.push(`${SIGN[s.change] === "~" ? "!" : SIGN[s.change] === "=" ? "#" : SIGN[s.change]} ${headline(s)}`);
            for (const f of s.fields) {
                const line = fieldLine(f);
                // diff highlighting knows + and -; "!" marks a change in both GitHub and most viewers.
                out.push(`${line.sign === "~" ? "!" : line.sign}     ${line.text}`);
            }
        }
        out.push("```");
    }
    else {
        out.push("No service changes.");
    }
    out.push("", `<sub>${range(plan)}</sub>`);
    return `${out.join("\n")}\n`;
}
function renderJson(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ evaluateRules),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   f0: () => (/* binding */ verdictFails),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7207);
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7871);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9033);
// Risk rules: each looks at what a push changes in one environment and says, in words, what
// could go wrong. Severity comes from gitops.yaml (per environment), with these defaults.


const inRanges = (port, ranges) => ranges === undefined || ranges.some((r) => port >= r.from && port <= r.to);
const portKey = (p) => `${p.protocol}/${p.port}`;
/** Each changed or added service, both sides with the environment's overrides applied. */
function* pairs(ctx) {
    const env = ctx.environment.name;
    for (const d of ctx.deltas) {
        yield {
            service: d.service,
            before: d.before && (0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(d.before, env),
            after: d.after && (0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(d.after, env),
        };
    }
}
function totals(descriptors) {
    return descriptors.reduce((sum, d) => ({
        cpuMillis: sum.cpuMillis + d.resources.cpuMillis * d.replicas,
        memoryBytes: sum.memoryBytes + d.resources.memoryBytes * d.replicas,
    }), { cpuMillis: 0, memoryBytes: 0 });
}
const RULES = [
    {
        id: "capacity-per-service",
        severity: "destructive",
        check(ctx) {
            const limits = ctx.environment.limits;
            if (!limits)
                return [];
            const out = [];
            for (const { service, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const { cpuMillis, memoryBytes } = after.resources;
                if (cpuMillis > limits.cpuMillis) {
                    out.push({
                        service,
                        field: "resources.cpu",
                        message: `asks for ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY)(cpuMillis)} cpu per instance; ${ctx.environment.name} allows at most ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY)(limits.cpuMillis)}`,
                    });
                }
                if (memoryBytes > limits.memoryBytes) {
                    out.push({
                        service,
                        field: "resources.memory",
                        message: `asks for ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9)(memoryBytes)} memory per instance; ${ctx.environment.name} allows at most ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9)(limits.memoryBytes)}`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "capacity-total",
        severity: "destructive",
        check(ctx) {
            const capacity = ctx.environment.capacity;
            if (!capacity)
                return [];
            const env = ctx.environment.name;
            const after = totals(ctx.allAfter.map((d) => (0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(d, env)));
            const before = totals(ctx.allBefore.map((d) => (0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(d, env)));
            const out = [];
            // A push that shrinks an already overfull environment is not to blame for it.
            if (after.cpuMillis > capacity.cpuMillis && after.cpuMillis > before.cpuMillis) {
                out.push({
                    message: `all services together would ask for ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY)(after.cpuMillis)} cpu; ${ctx.environment.name} holds ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY)(capacity.cpuMillis)}`,
                });
            }
            if (after.memoryBytes > capacity.memoryBytes && after.memoryBytes > before.memoryBytes) {
                out.push({
                    message: `all services together would ask for ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9)(after.memoryBytes)} memory; ${ctx.environment.name} holds ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9)(capacity.memoryBytes)}`,
                });
            }
            return out;
        },
    },
    {
        id: "port-opened",
        severity: "destructive",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const had = new Set((before?.ports ?? []).map(portKey));
                for (const p of after.ports) {
                    if (had.has(portKey(p)) || inRanges(p.port, ctx.environment.ports.allowed))
                        continue;
                    out.push({
                        service,
                        field: `ports.${portKey(p)}`,
                        message: `opens ${p.protocol} port ${p.port}, which ${ctx.environment.name} does not allow`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "port-closed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const keep = new Set(after.ports.map(portKey));
                for (const p of before.ports) {
                    if (keep.has(portKey(p)))
                        continue;
                    out.push({
                        service,
                        field: `ports.${portKey(p)}`,
                        message: `closes ${p.protocol} port ${p.port}; whatever connects to it will fail`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "exposure-changed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!after)
                    continue;
                const was = new Map((before?.ports ?? []).map((p) => [portKey(p), p.exposure]));
                for (const p of after.ports) {
                    const previous = was.get(portKey(p)) ?? "internal";
                    if (p.exposure === previous)
                        continue;
                    const publicAllowed = inRanges(p.port, ctx.environment.ports.public ?? []);
                    const message = p.exposure === "public"
                        ? `exposes ${p.protocol} port ${p.port} to the internet${publicAllowed ? "" : `, which ${ctx.environment.name} does not list as public`}`
                        : `takes ${p.protocol} port ${p.port} off the internet; public clients will fail`;
                    out.push({ service, field: `ports.${portKey(p)}`, message });
                }
            }
            return out;
        },
    },
    {
        id: "domain-changed",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (before && after && before.domain !== after.domain) {
                    out.push({
                        service,
                        field: "domain",
                        message: `moves from ${before.domain} to ${after.domain}; clients of the old name will fail`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "version-downgrade",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after || before.version === after.version)
                    continue;
                const order = (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Z)(after.version, before.version);
                if ((order === undefined || order < 0) && ctx.ranHealthy?.(service, after.version)) {
                    // Going back to what ran healthy here is how a rollback is made to stick: not a risk.
                    out.push({
                        service,
                        field: "version",
                        message: `returns from ${before.version} to ${after.version}, which ran healthy in ${ctx.environment.name} before`,
                        safe: true,
                    });
                }
                else if (order === undefined) {
                    out.push({
                        service,
                        field: "version",
                        message: `goes from ${before.version} to ${after.version}, which cannot be ordered; check it is not a downgrade`,
                    });
                }
                else if (order < 0) {
                    out.push({
                        service,
                        field: "version",
                        message: `downgrades from ${before.version} to ${after.version}`,
                    });
                }
            }
            return out;
        },
    },
    {
        id: "service-removed",
        severity: "destructive",
        check(ctx) {
            return ctx.deltas
                .filter((d) => d.before && !d.after)
                .map((d) => ({ service: d.service, message: `is removed from ${ctx.environment.name}` }));
        },
    },
    {
        id: "healthcheck-weakened",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const now = new Map(after.healthcheck.endpoints.map((e) => [e.name, e]));
                for (const old of before.healthcheck.endpoints) {
                    const field = `healthcheck.endpoints.${old.name}`;
                    const current = now.get(old.name);
                    if (!current) {
                        out.push({ service, field, message: `no longer checks ${old.name}` });
                    }
                    else if (old.kind === "http" && current.kind === "tcp") {
                        out.push({
                            service,
                            field,
                            message: `checks ${old.name} with a TCP connect instead of an HTTP request`,
                        });
                    }
                    else if (old.kind === "http" && current.kind === "http") {
                        const weaker = weakerExpectations(old, current);
                        if (weaker.length > 0)
                            out.push({ service, field, message: `checks ${old.name} less: ${weaker.join("; ")}` });
                    }
                }
            }
            return out;
        },
    },
    {
        id: "healthcheck-removed",
        severity: "destructive",
        check(ctx) {
            const out = [];
            const requested = ctx.requestedEnvironment;
            if (ctx.environment.stages.includes("healthcheck") &&
                requested &&
                !requested.stages.includes("healthcheck")) {
                out.push({ message: `${ctx.environment.name} no longer runs a healthcheck after deploying` });
            }
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const http = (d) => d.healthcheck.endpoints.some((e) => e.kind === "http");
                if (http(before) && !http(after)) {
                    out.push({
                        service,
                        field: "healthcheck.endpoints",
                        message: "no longer has any HTTP health endpoint; a TCP connect does not show the service works",
                    });
                }
            }
            return out;
        },
    },
    {
        id: "resource-cut",
        severity: "risky",
        check(ctx) {
            const out = [];
            const threshold = ctx.environment.diff.resourceCutThreshold;
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const cut = (from, to) => (from - to) / from;
                const r = [
                    ["cpu", before.resources.cpuMillis, after.resources.cpuMillis, _gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatCpu */ .aY],
                    ["memory", before.resources.memoryBytes, after.resources.memoryBytes, _gitops_model__WEBPACK_IMPORTED_MODULE_1__/* .formatMemory */ .z9],
                ];
                for (const [name, from, to, format] of r) {
                    if (cut(from, to) > threshold) {
                        out.push({
                            service,
                            field: `resources.${name}`,
                            message: `cuts ${name} from ${format(from)} to ${format(to)} (${Math.round(cut(from, to) * 100)}%, more than ${Math.round(threshold * 100)}%)`,
                        });
                    }
                }
            }
            return out;
        },
    },
    {
        id: "notifications-emptied",
        severity: "risky",
        check(ctx) {
            const out = [];
            for (const { service, before, after } of pairs(ctx)) {
                if (!before || !after)
                    continue;
                const count = (d) => d.notifications.emails.length + d.notifications.slack.length;
                if (count(before) > 0 && count(after) === 0) {
                    out.push({
                        service,
                        field: "notifications",
                        message: "no longer tells anyone about its deployments",
                    });
                }
            }
            return out;
        },
    },
];
function weakerExpectations(old, now) {
    const out = [];
    const accepts = (ranges, status) => ranges.some((r) => status >= r.from && status <= r.to);
    const widened = [];
    for (let status = 100; status <= 599; status++) {
        if (accepts(now.expect.status, status) && !accepts(old.expect.status, status))
            widened.push(status);
    }
    if (widened.length > 0)
        out.push(`accepts ${widened.length} more status code${widened.length === 1 ? "" : "s"}`);
    if (old.expect.bodyContains !== undefined && now.expect.bodyContains === undefined)
        out.push("no body check");
    const dropped = Object.keys(old.expect.json).filter((k) => !(k in now.expect.json));
    if (dropped.length > 0)
        out.push(`no longer checks ${dropped.join(", ")}`);
    const droppedHeaders = Object.keys(old.expect.headers).filter((k) => !(k in now.expect.headers));
    if (droppedHeaders.length > 0)
        out.push(`no longer checks header ${droppedHeaders.join(", ")}`);
    if (!old.tls?.insecureSkipVerify && now.tls?.insecureSkipVerify)
        out.push("stops verifying TLS");
    return out;
}
/** Runs every rule the environment has not turned off, at the environment's severity. */
function evaluateRules(ctx) {
    const findings = [];
    for (const rule of RULES) {
        const severity = ctx.environment.diff.rules[rule.id] ?? rule.severity;
        if (severity === "off")
            continue;
        for (const { safe, ...raw } of rule.check(ctx))
            findings.push({ rule: rule.id, severity: safe ? "safe" : severity, ...raw });
    }
    return findings;
}
const VERDICT_RANK = { allow: 0, "needs-approval": 1, deny: 2, never: 3 };
/** Whether a verdict reaches the threshold a step fails on ("never": no verdict does). */
function verdictFails(verdict, failOn) {
    return VERDICT_RANK[verdict] >= VERDICT_RANK[failOn];
}
function verdictOf(findings) {
    if (findings.some((f) => f.severity === "destructive"))
        return "deny";
    if (findings.some((f) => f.severity === "risky"))
        return "needs-approval";
    return "allow";
}


/***/ }),

/***/ 9033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ compareVersions)
/* harmony export */ });
// Ordering versions: semver where both sides are semver, a sane fallback otherwise.
/** <0 when a is older, 0 when equal, >0 when newer; undefined when they cannot be ordered. */
function compareVersions(a, b) {
    if (a === b)
        return 0;
    const sa = parseSemver(a);
    const sb = parseSemver(b);
    if (sa && sb)
        return compareSemver(sa, sb);
    return compareSegments(a, b);
}
function parseSemver(v) {
    const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
    if (!m)
        return undefined;
    return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] };
}
function compareSemver(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.core[i] !== b.core[i])
            return a.core[i] - b.core[i];
    // A pre-release is older than its release: 1.0.0-rc.1 < 1.0.0.
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const order = compareIdentifier(x, y);
        if (order !== 0)
            return order;
    }
    return 0;
}
function compareIdentifier(x, y) {
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny)
        return Number(x) - Number(y);
    if (nx !== ny)
        return nx ? -1 : 1; // numeric identifiers sort before alphanumeric ones
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * Other schemes (2024.11.03-1, r42, 1.2.3.4): compare numeric runs as numbers and the rest as
 * text, run by run. Versions with different shapes (a date against a build number) are not
 * ordered rather than ordered wrongly.
 */
function compareSegments(a, b) {
    const ra = a.match(/\d+|[A-Za-z]+/g) ?? [];
    const rb = b.match(/\d+|[A-Za-z]+/g) ?? [];
    // Names such as "latest" or "stable" are not versions: no order between them.
    if (!/\d/.test(a) || !/\d/.test(b))
        return undefined;
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
        const x = ra[i];
        const y = rb[i];
        const nx = /^\d/.test(x);
        if (nx !== /^\d/.test(y))
            return undefined;
        const order = nx ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return ra.length === rb.length ? 0 : undefined;
}


/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
// Untrusted text made inert for the formats that render HTML: job summaries, pull-request
// comments and emails.
/** `& < > " '` as entities: no tag, attribute or entity of the text's own survives. */
function escapeHtml(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
// Every line-break form a renderer (or a reader) may honour.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
// What Markdown reads as syntax anywhere in a line: emphasis, code, strikethrough, links and
// images (a `[` starts both), table pipes, and the backslash itself.
const INLINE_SYNTAX = /[\\`*_[\]|~]/g;
// What it reads as syntax only at the start of a line: headings, list items, numbered items.
const LEADING_SYNTAX = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/;
/**
 * Untrusted text as inert Markdown inline text: what Markdown would read as syntax
 * backslash-escaped (no link, image, emphasis, code or heading of its own), then its HTML
 * escaped. Markdown first, so the entities HTML escaping writes are not escaped again. Ordinary
 * punctuation (`carol-dev`, `PAY-101`, `(qa)`) stays as it is.
 */
function escapeMarkdown(text) {
    const inline = text.replace(INLINE_SYNTAX, "\\$&");
    const leading = inline.replace(LEADING_SYNTAX, (_m, space, marker) => /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
    return escapeHtml(leading);
}
/**
 * One cell of a Markdown table: inert Markdown (`|` included, so it cannot open a column), and
 * line breaks as `<br>` so they cannot end the row.
 */
function markdownCell(text) {
    return escapeMarkdown(text).replace(LINE_BREAK, "<br>");
}


/***/ })

};
