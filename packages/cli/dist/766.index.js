export const id = 766;
export const ids = [766];
export const modules = {

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadChecked)
/* harmony export */ });
/* unused harmony export Problems */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1788);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9593);


/** Collects located problems while raw data is normalised. */
class Problems {
    list = [];
    pending = [];
    add(path, message, code = "E_INVALID_VALUE", at = "value") {
        this.pending.push({ path, message, code, at });
    }
    get empty() {
        return this.pending.length === 0;
    }
    /** Turns the problems into diagnostics, located in `source`. */
    locate(file, source) {
        return this.pending.map(({ path, message, code, at }) => {
            const { start, end } = source.locate(path, at);
            return { code, severity: "error", file, start, end, field: (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFieldPath */ .vZ)(path), message };
        });
    }
}
const isMapping = (data) => data !== null && typeof data === "object" && !Array.isArray(data);
async function loadChecked(file, content, schema, normalise) {
    const read = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .y)(file, content);
    if (!read.ok)
        return read;
    const { text } = read;
    const fast = await Promise.all(/* import() */[__webpack_require__.e(246), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 2554));
    const parsed = fast.fastParse(text);
    if (parsed.ok && isMapping(parsed.data) && fast[schema](parsed.data)) {
        const problems = new Problems();
        const value = normalise(parsed.data, problems);
        if (problems.empty)
            return { ok: true, value, diagnostics: [] };
    }
    const slow = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(275)]).then(__webpack_require__.bind(__webpack_require__, 2275));
    const tree = slow.parseYamlText(file, text);
    if (!tree.ok)
        return tree;
    const { source } = tree;
    const problems = new Problems();
    if (!isMapping(source.data)) {
        problems.add([], "must be a mapping of fields (key: value lines)");
        return { ok: false, diagnostics: problems.locate(file, source) };
    }
    const validate = slow[schema];
    if (!validate(source.data)) {
        return { ok: false, diagnostics: slow.schemaDiagnostics(source, validate.errors ?? []) };
    }
    const value = normalise(source.data, problems);
    // A valid file the fast path could not take (anchors, aliases) ends here too.
    if (problems.empty)
        return { ok: true, value, diagnostics: [] };
    return { ok: false, diagnostics: problems.locate(file, source) };
}


/***/ }),

/***/ 7556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ unknownEnvironment),
/* harmony export */   W_: () => (/* binding */ DEFAULT_SKIP_MARKERS),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   lS: () => (/* binding */ environmentForBranch)
/* harmony export */ });
/* harmony import */ var _checked_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2040);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7207);
/* harmony import */ var _quantities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7871);
// gitops.yaml: the environments, their release pipelines, and the policy for every push.



const CONFIG_FILE = "gitops.yaml";
const DEFAULT_SKIP_MARKERS = ["[skip deploy]", "[deploy skip]", "skip deployment"];
const DEFAULT_RESOURCE_CUT = 0.5;
function loadConfig(content, file = CONFIG_FILE) {
    return (0,_checked_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChecked */ .c)(file, content, "validateConfig", normaliseConfig);
}
function normaliseConfig(raw, problems) {
    const allow = identities(raw.gate?.allow);
    const topDiff = diffPolicy(raw.diff, { rules: {}, resourceCutThreshold: DEFAULT_RESOURCE_CUT });
    const environments = Object.entries(raw.environments).map(([name, env]) => environment(name, env, { allow, diff: topDiff }, problems));
    checkPromotion(environments, problems);
    checkBranches(environments, problems);
    const config = {
        version: 1,
        servicesDir: (raw.servicesDir ?? "services").replace(/\/+$/, ""),
        environments,
        gate: {
            skipMarkers: raw.gate?.skipMarkers ?? DEFAULT_SKIP_MARKERS,
            allow,
            admins: identities(raw.gate?.admins),
        },
        notifications: {
            slack: { channels: raw.notifications?.slack?.channels ?? {} },
            email: { always: raw.notifications?.email?.always ?? [] },
            jira: {
                issueType: raw.notifications?.jira?.issueType ?? "Bug",
                labels: raw.notifications?.jira?.labels ?? [],
                transitions: raw.notifications?.jira?.transitions ?? {},
            },
        },
    };
    const rawJiraGate = raw.gate?.jira;
    if (rawJiraGate) {
        config.gate.jira = {
            projects: rawJiraGate.projects,
            commits: rawJiraGate.commits ?? "all",
            mergeCommits: rawJiraGate.mergeCommits ?? "skip",
        };
    }
    if (raw.jira)
        config.jira = { url: raw.jira.url.replace(/\/+$/, ""), deployment: raw.jira.deployment ?? "cloud" };
    if (raw.notifications?.email?.from)
        config.notifications.email.from = raw.notifications.email.from;
    const failureProject = raw.notifications?.jira?.failureProject;
    if (failureProject)
        config.notifications.jira.failureProject = failureProject;
    for (const env of Object.keys(config.notifications.jira.transitions)) {
        if (!environments.some((e) => e.name === env)) {
            problems.add(["notifications", "jira", "transitions", env], unknownEnvironment(env, environments), "E_UNKNOWN_ENVIRONMENT", "key");
        }
    }
    if ((failureProject || rawJiraGate) && !raw.jira) {
        problems.add([], 'uses JIRA but has no "jira: { url: \u2026 }" saying where it is', "E_MISSING_FIELD");
    }
    return config;
}
function environment(name, raw, defaults, problems) {
    const at = ["environments", name];
    const stages = raw.stages ?? ["deploy", "healthcheck"];
    checkStageOrder(stages, [...at, "stages"], problems);
    const timeout = (0,_quantities_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(raw.driver.timeout ?? "10m");
    if (!timeout.ok)
        problems.add([...at, "driver", "timeout"], timeout.message);
    const env = {
        name,
        branch: raw.branch ?? name,
        stages,
        driver: {
            type: raw.driver.type,
            command: raw.driver.command,
            timeoutMs: timeout.ok ? timeout.value : 0,
            env: raw.driver.env ?? {},
        },
        concurrency: raw.concurrency ?? 4,
        ports: {},
        gate: {
            allow: raw.gate?.allow ? identities(raw.gate.allow) : defaults.allow,
            requireSignedCommits: raw.gate?.requireSignedCommits ?? false,
            jira: {},
        },
        diff: diffPolicy(raw.diff, defaults.diff),
    };
    if (raw.promotesFrom !== undefined)
        env.promotesFrom = raw.promotesFrom;
    if (raw.capacity)
        env.capacity = (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .parseResources */ .tK)(raw.capacity, [...at, "capacity"], problems);
    if (raw.limits)
        env.limits = (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .parseResources */ .tK)(raw.limits, [...at, "limits"], problems);
    for (const kind of ["allowed", "public"]) {
        const list = raw.ports?.[kind];
        if (!list)
            continue;
        env.ports[kind] = list.map((entry, i) => {
            const range = (0,_quantities_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePortRange */ .mK)(entry);
            if (!range.ok)
                problems.add([...at, "ports", kind, i], range.message);
            return range.ok ? range.value : { from: 0, to: -1 };
        });
    }
    const jira = raw.gate?.jira;
    if (jira?.statuses)
        env.gate.jira.statuses = jira.statuses;
    if (jira?.approvals) {
        env.gate.jira.approvals = {
            required: jira.approvals.required,
            source: jira.approvals.source ?? "service-management",
        };
        if (jira.approvals.field)
            env.gate.jira.approvals.field = jira.approvals.field;
    }
    return env;
}
/** deploy comes first; checks of a deployment come after a healthcheck that proves it is up. */
function checkStageOrder(stages, at, problems) {
    const index = (s) => stages.indexOf(s);
    if (index("deploy") > 0)
        problems.add([...at, index("deploy")], "deploy must be the first stage", "E_STAGE_ORDER");
    for (const test of ["smoke", "regression"]) {
        if (index(test) >= 0 && !(index("healthcheck") >= 0 && index("healthcheck") < index(test))) {
            problems.add([...at, index(test)], `${test} must come after a healthcheck stage`, "E_STAGE_ORDER");
        }
    }
}
function checkPromotion(environments, problems) {
    const byName = new Map(environments.map((e) => [e.name, e]));
    for (const env of environments) {
        if (env.promotesFrom === undefined)
            continue;
        const at = ["environments", env.name, "promotesFrom"];
        if (env.promotesFrom === env.name) {
            problems.add(at, "an environment cannot promote from itself", "E_INVALID_PROMOTION");
        }
        else if (!byName.has(env.promotesFrom)) {
            problems.add(at, unknownEnvironment(env.promotesFrom, environments), "E_UNKNOWN_ENVIRONMENT");
        }
        else {
            const chain = [env.name];
            let current = byName.get(env.promotesFrom);
            while (current && !chain.includes(current.name)) {
                chain.push(current.name);
                current = current.promotesFrom ? byName.get(current.promotesFrom) : undefined;
            }
            if (current?.name === env.name) {
                problems.add(at, `promotion goes round in a circle: ${[...chain, env.name].join(" \u2192 ")}`, "E_INVALID_PROMOTION");
            }
        }
    }
}
function checkBranches(environments, problems) {
    environments.forEach((env, i) => {
        const first = environments.findIndex((e) => e.branch === env.branch);
        if (first !== i) {
            problems.add(["environments", env.name, "branch"], `branch "${env.branch}" already deploys to ${environments[first].name}; one branch per environment`, "E_DUPLICATE_BRANCH");
        }
    });
}
function unknownEnvironment(name, environments) {
    return `"${name}" is not an environment of gitops.yaml (${environments.map((e) => e.name).join(", ")})`;
}
function identities(raw) {
    return { users: raw?.users ?? [], teams: raw?.teams ?? [] };
}
function diffPolicy(raw, base) {
    return {
        rules: { ...base.rules, ...raw?.rules },
        resourceCutThreshold: raw?.resourceCutThreshold
            ? Number(raw.resourceCutThreshold.slice(0, -1)) / 100
            : base.resourceCutThreshold,
    };
}
function environmentForBranch(config, branch) {
    return config.environments.find((e) => e.branch === branch);
}


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ loadDescriptor),
/* harmony export */   rR: () => (/* binding */ forEnvironment),
/* harmony export */   tK: () => (/* binding */ parseResources)
/* harmony export */ });
/* harmony import */ var _checked_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2040);
/* harmony import */ var _quantities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7871);
// The deployment descriptor: one service's deployment, as the deploy repo states it.


/** Parses, validates and normalises one descriptor. `file` is its path relative to the repo root. */
function loadDescriptor(file, content) {
    return (0,_checked_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChecked */ .c)(file, content, "validateDescriptor", (raw, problems) => normaliseDescriptor(raw, file, problems));
}
function normaliseDescriptor(raw, file, problems) {
    const stem = file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    if (stem !== raw.service) {
        problems.add(["service"], `is "${raw.service}" but the file is named ${stem}.yaml; name the file after the service`, "E_SERVICE_NAME_MISMATCH");
    }
    const hc = raw.healthcheck;
    const descriptor = {
        service: raw.service,
        version: raw.version,
        maintainer: raw.maintainer,
        domain: raw.domain,
        port: raw.port,
        replicas: raw.replicas ?? 1,
        resources: parseResources(raw.resources, ["resources"], problems),
        ports: normalisePorts(raw.ports ?? [], problems),
        healthcheck: {
            startupGraceMs: duration(hc.startupGrace ?? "0s", ["healthcheck", "startupGrace"], problems),
            intervalMs: duration(hc.interval ?? "5s", ["healthcheck", "interval"], problems),
            timeoutMs: duration(hc.timeout ?? "2s", ["healthcheck", "timeout"], problems),
            retries: hc.retries ?? 3,
            endpoints: hc.endpoints.map((e, i) => endpoint(e, i)),
        },
        notifications: { emails: raw.notifications?.emails ?? [], slack: raw.notifications?.slack ?? [] },
        overrides: {},
        file,
    };
    if (descriptor.healthcheck.timeoutMs === 0)
        problems.add(["healthcheck", "timeout"], "must be more than zero");
    if (raw.image !== undefined)
        descriptor.image = raw.image;
    if (raw.smoke) {
        descriptor.smoke = {
            checks: raw.smoke.checks.map((check, i) => {
                const smoke = {
                    name: check.name,
                    request: {
                        method: check.request.method ?? "GET",
                        path: check.request.path,
                        headers: check.request.headers ?? {},
                    },
                    expect: expectation(check.expect),
                };
                if (check.request.body !== undefined)
                    smoke.request.body = check.request.body;
                if (check.timeout !== undefined) {
                    smoke.timeoutMs = duration(check.timeout, ["smoke", "checks", i, "timeout"], problems);
                }
                return smoke;
            }),
        };
        const names = raw.smoke.checks.map((c) => c.name);
        names.forEach((name, i) => {
            if (names.indexOf(name) !== i)
                problems.add(["smoke", "checks", i, "name"], `"${name}" is used by another check`);
        });
    }
    if (raw.regression) {
        const regression = {
            command: raw.regression.command,
            timeoutMs: duration(raw.regression.timeout ?? "15m", ["regression", "timeout"], problems),
            env: raw.regression.env ?? {},
        };
        if (raw.regression.reports !== undefined)
            regression.reports = raw.regression.reports;
        descriptor.regression = regression;
    }
    for (const [env, o] of Object.entries(raw.overrides ?? {})) {
        const override = {};
        if (o.domain !== undefined)
            override.domain = o.domain;
        if (o.port !== undefined)
            override.port = o.port;
        if (o.replicas !== undefined)
            override.replicas = o.replicas;
        if (o.resources !== undefined)
            override.resources = parseResources(o.resources, ["overrides", env, "resources"], problems);
        descriptor.overrides[env] = override;
    }
    return descriptor;
}
/** The descriptor as it applies to one environment: its overrides folded in. */
function forEnvironment(descriptor, environment) {
    const override = descriptor.overrides[environment];
    return override ? { ...descriptor, ...override } : descriptor;
}
function parseResources(raw, at, problems) {
    const cpu = (0,_quantities_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCpu */ .Oh)(raw.cpu);
    const memory = (0,_quantities_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemory */ .Pw)(raw.memory);
    if (!cpu.ok)
        problems.add([...at, "cpu"], cpu.message);
    if (!memory.ok)
        problems.add([...at, "memory"], memory.message);
    return { cpuMillis: cpu.ok ? cpu.value : 0, memoryBytes: memory.ok ? memory.value : 0 };
}
function duration(raw, at, problems) {
    const parsed = (0,_quantities_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(raw);
    if (!parsed.ok)
        problems.add(at, parsed.message);
    return parsed.ok ? parsed.value : 0;
}
function normalisePorts(raw, problems) {
    const ports = raw.map((p) => typeof p === "number"
        ? { port: p, protocol: "tcp", exposure: "internal" }
        : { port: p.port, protocol: p.protocol ?? "tcp", exposure: p.exposure ?? "internal" });
    ports.forEach((p, i) => {
        const first = ports.findIndex((q) => q.port === p.port && q.protocol === p.protocol);
        if (first !== i)
            problems.add(["ports", i], `${p.protocol} port ${p.port} is already listed at ports[${first}]`);
    });
    return ports;
}
function endpoint(raw, index) {
    if (raw.tcp !== undefined)
        return { kind: "tcp", name: raw.name ?? `tcp:${raw.tcp}`, port: raw.tcp };
    const target = raw.http; // the schema's oneOf guarantees http when tcp is absent
    const http = {
        kind: "http",
        name: raw.name ?? target ?? `endpoint ${index + 1}`,
        target,
        method: raw.method ?? "GET",
        headers: raw.headers ?? {},
        expect: expectation(raw.expect),
    };
    if (raw.tls)
        http.tls = { ...raw.tls, insecureSkipVerify: raw.tls.insecureSkipVerify ?? false };
    return http;
}
function expectation(raw) {
    const statuses = raw?.status === undefined ? ["2xx"] : Array.isArray(raw.status) ? raw.status : [raw.status];
    const expect = {
        status: statuses.map((s) => typeof s === "number" ? { from: s, to: s } : { from: Number(s[0]) * 100, to: Number(s[0]) * 100 + 99 }),
        headers: raw?.headers ?? {},
        json: raw?.json ?? {},
    };
    if (raw?.bodyContains !== undefined)
        expect.bodyContains = raw.bodyContains;
    return expect;
}


/***/ }),

/***/ 1788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vZ: () => (/* binding */ formatFieldPath),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   yI: () => (/* binding */ ValidationError)
/* harmony export */ });
// What a loader reports about a user's file: where, which field, what is wrong, and a
// stable code that tools and tests can rely on.
function formatFieldPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part))
            out += out === "" ? part : `.${part}`;
        else
            out += `[${JSON.stringify(part)}]`;
    }
    return out;
}
/** `file:line:column field: message`, the shape compilers print and editors link. */
function formatDiagnostic(d, displayFile = d.file) {
    const where = `${displayFile}:${d.start.line}:${d.start.column}`;
    const severity = d.severity === "warning" ? " warning" : "";
    return `${where}${severity} ${d.field ? `${d.field}: ` : ""}${d.message}`;
}
/** Raised by code that wants one exception for a set of diagnostics (the CLI and actions catch it). */
class ValidationError extends Error {
    diagnostics;
    code = "E_VALIDATION";
    constructor(diagnostics) {
        super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
        this.diagnostics = diagnostics;
        this.name = "ValidationError";
    }
}


/***/ }),

/***/ 7871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Oh: () => (/* binding */ parseCpu),
/* harmony export */   Pw: () => (/* binding */ parseMemory),
/* harmony export */   W2: () => (/* binding */ durationLiteral),
/* harmony export */   aY: () => (/* binding */ formatCpu),
/* harmony export */   mK: () => (/* binding */ parsePortRange),
/* harmony export */   z9: () => (/* binding */ formatMemory)
/* harmony export */ });
// Units people write in descriptors, turned into the integers the code computes with.
// The schema has already checked the shape; these also reject what the shape allows but
// the meaning does not (zero cpu, more precision than a millicore, overflow).
const MEMORY_UNITS = {
    "": 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
};
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** CPU in millicores: `500m` \u2192 500, `0.5` \u2192 500, `2` \u2192 2000. */
function parseCpu(input) {
    const text = String(input).trim();
    const millis = text.endsWith("m") ? Number(text.slice(0, -1)) : Number(text) * 1000;
    if (!Number.isFinite(millis))
        return { ok: false, message: "must be cores (0.5, 2) or millicores (500m)" };
    // 1e-13 cores is within rounding distance of 0m: finer than a millicore too, not zero.
    if (Math.abs(millis - Math.round(millis)) > 1e-9 || (millis > 0 && Math.round(millis) === 0))
        return { ok: false, message: "is finer than a millicore (1m)" };
    if (millis <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(Math.round(millis)))
        return { ok: false, message: "is too large" };
    return { ok: true, value: Math.round(millis) };
}
/** Memory in bytes: `512Mi` \u2192 536870912, `1G` \u2192 1e9, `1024` \u2192 1024. */
function parseMemory(input) {
    const match = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/.exec(String(input).trim());
    const unit = match ? MEMORY_UNITS[match[2]] : undefined;
    if (!match || unit === undefined)
        return { ok: false, message: "must be a memory size such as 512Mi, 1Gi or 500M" };
    const bytes = Math.ceil(Number(match[1]) * unit);
    if (bytes <= 0)
        return { ok: false, message: "must be more than zero" };
    if (!Number.isSafeInteger(bytes))
        return { ok: false, message: "is too large" };
    return { ok: true, value: bytes };
}
/** Duration in milliseconds: `500ms`, `5s`, `2m`, `1h`, `1m30s`. */
function parseDuration(input) {
    const text = input.trim();
    const part = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    while (at < text.length) {
        part.lastIndex = at;
        const match = part.exec(text);
        if (!match)
            return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
        total += Number(match[1]) * DURATION_UNITS[match[2]];
        at = part.lastIndex;
    }
    if (at === 0)
        return { ok: false, message: "must be a duration like 500ms, 5s, 2m or 1m30s" };
    if (!Number.isSafeInteger(Math.round(total)))
        return { ok: false, message: "is too long" };
    return { ok: true, value: Math.round(total) };
}
function formatCpu(millis) {
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}
function formatMemory(bytes) {
    for (const unit of ["Pi", "Ti", "Gi", "Mi", "Ki"]) {
        const size = MEMORY_UNITS[unit];
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size}${unit}`;
    }
    return String(bytes);
}
/**
 * A duration as gitops.yaml writes it, exactly: 90000 \u2192 "1m30s", 1500 \u2192 "1s500ms". parseDuration
 * reads it back to the same milliseconds, so a plan shows every change. For people, use
 * `formatDuration` of @gitops/text.
 */
function durationLiteral(ms) {
    if (ms === 0)
        return "0s";
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
        ["ms", 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join("");
}
/** Port ranges as written in gitops.yaml: `8080` or `"8000-8099"`. */
function parsePortRange(input) {
    if (typeof input === "number")
        return { ok: true, value: { from: input, to: input } };
    const [from, to] = input.split("-").map(Number);
    if (!(from >= 1 && to <= 65535 && from <= to)) {
        return { ok: false, message: "must be a range of ports from 1 to 65535, low end first" };
    }
    return { ok: true, value: { from, to } };
}


/***/ }),

/***/ 4766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ isDescriptorFile),
/* harmony export */   R0: () => (/* binding */ loadRepo),
/* harmony export */   Zf: () => (/* binding */ directoryReader),
/* harmony export */   qW: () => (/* binding */ validationReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7556);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7207);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1788);
// A deploy repo as a whole: gitops.yaml plus every descriptor, checked against each other.
// Files come through a RepoReader so the same checks run on a working tree or on git objects.





function directoryReader(root) {
    return {
        async list(dir) {
            try {
                const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir), { withFileTypes: true });
                return entries.filter((e) => e.isFile()).map((e) => e.name);
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return [];
                throw error;
            }
        },
        async read(path) {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
        },
    };
}
const isDescriptorFile = (name) => /\.ya?ml$/.test(name) && !name.startsWith(".");
/** Loads and cross-checks the whole repo; every problem found is in `diagnostics`. */
async function loadRepo(reader) {
    const diagnostics = [];
    const files = [_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2];
    const configBytes = await reader.read(_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2);
    let config;
    if (configBytes === undefined) {
        diagnostics.push(fileProblem(_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, "E_NO_CONFIG", "no gitops.yaml at the repo root; it lists the environments"));
    }
    else {
        const loaded = await (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(configBytes);
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            config = loaded.value;
    }
    const dir = config?.servicesDir ?? "services";
    const names = (await reader.list(dir)).filter(isDescriptorFile).sort();
    const descriptors = [];
    const contents = await Promise.all(names.map((name) => reader.read(`${dir}/${name}`)));
    for (const [i, name] of names.entries()) {
        const file = `${dir}/${name}`;
        files.push(file);
        const loaded = await (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDescriptor */ .Km)(file, contents[i] ?? new Uint8Array());
        diagnostics.push(...loaded.diagnostics);
        if (loaded.ok)
            descriptors.push(loaded.value);
    }
    const repo = { descriptors, diagnostics, files };
    if (config) {
        repo.config = config;
        diagnostics.push(...(await crossCheck(config, descriptors, names, contents, dir)));
    }
    return repo;
}
/** What neither file shows alone: duplicate services, unknown environments, unmapped Slack channels. */
async function crossCheck(config, descriptors, names, contents, dir) {
    const problems = [];
    const locate = (d, path, message, code) => {
        problems.push({ d, path, message, code });
    };
    const seen = new Map();
    for (const d of descriptors) {
        const other = seen.get(d.service);
        if (other)
            locate(d, ["service"], `"${d.service}" is also described by ${other}`, "E_DUPLICATE_SERVICE");
        else
            seen.set(d.service, d.file);
        for (const env of Object.keys(d.overrides)) {
            if (!config.environments.some((e) => e.name === env)) {
                locate(d, ["overrides", env], (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownEnvironment */ .Iu)(env, config.environments), "E_UNKNOWN_ENVIRONMENT");
            }
        }
        d.notifications.slack.forEach((channel, i) => {
            if (!config.notifications.slack.channels[channel]) {
                locate(d, ["notifications", "slack", i], `${channel} has no webhook in gitops.yaml (notifications.slack.channels)`, "E_UNKNOWN_SLACK_CHANNEL");
            }
        });
    }
    if (problems.length === 0)
        return [];
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 1099));
    return problems.map(({ d, path, message, code }) => {
        const bytes = contents[names.indexOf(d.file.slice(dir.length + 1))];
        const parsed = bytes ? parseYaml(d.file, bytes) : undefined;
        const at = parsed?.ok ? parsed.source.locate(path, "key") : { start: { line: 1, column: 1 } };
        return { code, severity: "error", file: d.file, ...at, field: (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatFieldPath */ .vZ)(path), message };
    });
}
function fileProblem(file, code, message) {
    return { code, severity: "error", file, start: { line: 1, column: 1 }, field: "", message };
}
/** The report of a loaded repo; `displayPath` rewrites each file for where the reader stands. */
function validationReport(repo, displayPath = (f) => f) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error").length;
    return {
        valid: errors === 0,
        files: repo.files.length,
        errors,
        warnings: repo.diagnostics.length - errors,
        diagnostics: repo.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })),
    };
}


/***/ }),

/***/ 9593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
const MAX_FILE_BYTES = 256 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function readText(file, content, maxBytes = MAX_FILE_BYTES) {
    const fail = (code, message, start = { line: 1, column: 1 }) => ({
        ok: false,
        diagnostics: [{ code, severity: "error", file, start, field: "", message }],
    });
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    if (size > maxBytes) {
        return fail("E_FILE_TOO_LARGE", `file is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    let text;
    if (typeof content === "string") {
        text = content;
    }
    else {
        const decoded = decodeUtf8(content);
        if (typeof decoded !== "string")
            return fail("E_NOT_UTF8", decoded.message, decoded.at);
        text = decoded;
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === "")
        return fail("E_EMPTY_FILE", "file is empty; expected a mapping of fields");
    return { ok: true, text };
}
/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { message: "file is UTF-16; save it as UTF-8", at: { line: 1, column: 1 } };
    }
    try {
        return utf8.decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
        return {
            message: `file is not valid UTF-8 (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
            at: { line, column: offset - lineStart + 1 },
        };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80
            ? 0
            : b >= 0xc2 && b <= 0xdf
                ? 1
                : b >= 0xe0 && b <= 0xef
                    ? 2
                    : b >= 0xf0 && b <= 0xf4
                        ? 3
                        : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        // Overlong, surrogate and out-of-range forms the lead byte alone does not rule out.
        const c1 = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && c1 < 0xa0) ||
            (b === 0xed && c1 > 0x9f) ||
            (b === 0xf0 && c1 < 0x90) ||
            (b === 0xf4 && c1 > 0x8f)) {
            return i;
        }
        i += need + 1;
    }
    return bytes.length;
}


/***/ })

};
