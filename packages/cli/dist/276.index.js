export const id = 276;
export const ids = [276];
export const modules = {

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../checks/src/healthcheck.ts
var healthcheck = __webpack_require__(4302);
// EXTERNAL MODULE: ../checks/src/regression.ts + 2 modules
var src_regression = __webpack_require__(2678);
// EXTERNAL MODULE: ../model/src/repo.ts
var src_repo = __webpack_require__(4766);
// EXTERNAL MODULE: ../model/src/descriptor.ts
var src_descriptor = __webpack_require__(7207);
;// CONCATENATED MODULE: ../checks/src/service.ts
// Which service to check, where: the descriptor as the environment sees it, read from the
// deploy repo, with the host and port optionally pointed elsewhere (a canary, a tunnel).

class CheckError extends Error {
    code;
    diagnostics;
    constructor(code, message, diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "CheckError";
    }
}
async function serviceUnderCheck(query) {
    const repo = await (0,src_repo/* loadRepo */.R0)(query.reader);
    const errors = repo.diagnostics.filter((d) => d.severity === "error");
    const environment = repo.config?.environments.find((e) => e.name === query.environment);
    if (!repo.config)
        throw new CheckError("E_CHECK_REPO", "gitops.yaml is missing or invalid", errors);
    if (!environment) {
        const known = repo.config.environments.map((e) => e.name).join(", ");
        throw new CheckError("E_CHECK_ENVIRONMENT", `gitops.yaml has no environment "${query.environment}"; it has ${known}`);
    }
    const found = repo.descriptors.find((d) => d.service === query.service);
    if (!found) {
        const broken = errors.filter((d) => d.file.endsWith(`/${query.service}.yaml`) || d.file.endsWith(`/${query.service}.yml`));
        if (broken.length > 0)
            throw new CheckError("E_CHECK_REPO", `the descriptor of ${query.service} is not valid`, broken);
        const known = repo.descriptors.map((d) => d.service).join(", ");
        throw new CheckError("E_CHECK_SERVICE", `no service "${query.service}" in ${repo.config.servicesDir}/ (${known})`);
    }
    const descriptor = (0,src_descriptor/* forEnvironment */.rR)(found, environment.name);
    return {
        descriptor,
        environment,
        address: { domain: query.host ?? descriptor.domain, port: query.port ?? descriptor.port },
    };
}
/** The URL tests and people use for the service: `http://domain:port`. */
function serviceUrl(address) {
    return `http://${address.domain}:${address.port}`;
}

// EXTERNAL MODULE: ../checks/src/smoke.ts
var smoke = __webpack_require__(8597);
;// CONCATENATED MODULE: ../checks/src/check.ts
// The three checks as one call each, for the actions and the CLI: find the service, build
// the targets from its descriptor, run, return a report that says what happened.




async function checkHealth(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    const options = (0,healthcheck/* healthcheckOptions */.d8)(descriptor.healthcheck, query.overrides ?? {});
    if (query.signal)
        options.signal = query.signal;
    if (query.onAttempt)
        options.onAttempt = query.onAttempt;
    const report = await (0,healthcheck/* runHealthcheck */.sP)((0,healthcheck/* healthcheckTargets */.VG)(descriptor.healthcheck, address, query.readCa), options);
    return { ...context(descriptor, environment.name, address), report };
}
async function checkSmoke(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    if (!descriptor.smoke)
        throw new CheckError("E_CHECK_NOT_CONFIGURED", `${descriptor.service} has no smoke checks in its descriptor`);
    const options = {
        timeoutMs: query.timeoutMs ?? descriptor.healthcheck.timeoutMs,
    };
    if (query.signal)
        options.signal = query.signal;
    const report = await (0,smoke/* runSmoke */.L)(descriptor.smoke.checks, address, options);
    return { ...context(descriptor, environment.name, address), report };
}
async function checkRegression(query) {
    const { descriptor, environment, address } = await serviceUnderCheck(query);
    const regression = descriptor.regression;
    if (!regression)
        throw new CheckError("E_CHECK_NOT_CONFIGURED", `${descriptor.service} has no regression command in its descriptor`);
    const ctx = context(descriptor, environment.name, address);
    const result = await (0,src_regression/* runRegression */.xZ)({
        command: regression.command,
        cwd: query.cwd,
        env: {
            ...regression.env,
            GITOPS_SERVICE: ctx.service,
            GITOPS_VERSION: ctx.version,
            GITOPS_ENVIRONMENT: ctx.environment,
            GITOPS_SERVICE_URL: ctx.url,
        },
        timeoutMs: query.timeoutMs ?? regression.timeoutMs,
        ...(regression.reports ? { reports: regression.reports } : {}),
        ...(query.onOutput ? { onOutput: query.onOutput } : {}),
        ...(query.signal ? { signal: query.signal } : {}),
    });
    return { ...ctx, result };
}
function context(descriptor, environment, address) {
    return { service: descriptor.service, environment, version: descriptor.version, url: serviceUrl(address) };
}

// EXTERNAL MODULE: ../checks/src/render.ts
var render = __webpack_require__(894);
// EXTERNAL MODULE: ./src/io.ts
var src_io = __webpack_require__(1168);
;// CONCATENATED MODULE: ./src/commands/check.ts
// gitops check health|smoke|regression --service NAME --env NAME: the checks of a deployed
// service, from a laptop, exactly as the actions run them.





async function check(args, io) {
    const repoDir = (0,external_node_path_.resolve)(io.cwd, args.repo);
    const query = {
        reader: (0,src_repo/* directoryReader */.Zf)(repoDir),
        service: args.service,
        environment: args.environment,
        ...(args.host ? { host: args.host } : {}),
        ...(args.port ? { port: args.port } : {}),
    };
    const text = args.format === "text";
    try {
        if (args.kind === "health") {
            const run = await checkHealth({
                ...query,
                readCa: (path) => (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(repoDir, path), "utf8"),
                ...(text
                    ? {
                        onAttempt: ({ name, attempt, result }) => io.stderr(`${name} attempt ${attempt}: ${result.ok ? "ok" : result.error?.message}\n`),
                    }
                    : {}),
            });
            io.stdout(text ? (0,render/* healthText */.gB)(run.report) : `${JSON.stringify(run, null, 2)}\n`);
            return run.report.ok ? src_io/* EXIT */.dc.ok : src_io/* EXIT */.dc.failed;
        }
        if (args.kind === "smoke") {
            const run = await checkSmoke(query);
            io.stdout(text ? (0,render/* smokeText */.Nu)(run.report) : `${JSON.stringify(run, null, 2)}\n`);
            return run.report.ok ? src_io/* EXIT */.dc.ok : src_io/* EXIT */.dc.failed;
        }
        const run = await checkRegression({
            ...query,
            cwd: repoDir,
            ...(text ? { onOutput: (chunk) => io.stderr(chunk) } : {}),
        });
        io.stdout(text
            ? `${run.result.reason}\n${run.result.ok ? "passed" : "failed"}\n`
            : `${JSON.stringify(run, null, 2)}\n`);
        return run.result.ok ? src_io/* EXIT */.dc.ok : src_io/* EXIT */.dc.failed;
    }
    catch (error) {
        if (!(error instanceof CheckError))
            throw error;
        io.stderr(`gitops check: ${error.message}\n`);
        for (const d of error.diagnostics)
            io.stderr(`  ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}\n`);
        return src_io/* EXIT */.dc.failed;
    }
}


/***/ })

};
