export const id = 460;
export const ids = [460];
export const modules = {

/***/ 6460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.g2),
/* harmony export */   DEFAULT_SKIP_MARKERS: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.W_),
/* harmony export */   MAX_FILE_BYTES: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_6__.g),
/* harmony export */   ServiceLookupError: () => (/* reexport safe */ _service_js__WEBPACK_IMPORTED_MODULE_5__.K4),
/* harmony export */   ValidationError: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.yI),
/* harmony export */   directoryReader: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.Zf),
/* harmony export */   durationLiteral: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.W2),
/* harmony export */   environmentForBranch: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.lS),
/* harmony export */   findEnvironment: () => (/* reexport safe */ _service_js__WEBPACK_IMPORTED_MODULE_5__.jY),
/* harmony export */   findService: () => (/* reexport safe */ _service_js__WEBPACK_IMPORTED_MODULE_5__.Ln),
/* harmony export */   forEnvironment: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.rR),
/* harmony export */   formatCpu: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.aY),
/* harmony export */   formatDiagnostic: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.xy),
/* harmony export */   formatFieldPath: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.vZ),
/* harmony export */   formatMemory: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.z9),
/* harmony export */   isDescriptorFile: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.CP),
/* harmony export */   loadConfig: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.Z9),
/* harmony export */   loadDescriptor: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.Km),
/* harmony export */   loadRepo: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.R0),
/* harmony export */   loadService: () => (/* reexport safe */ _service_js__WEBPACK_IMPORTED_MODULE_5__.oV),
/* harmony export */   parseCpu: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.Oh),
/* harmony export */   parseDuration: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.E9),
/* harmony export */   parseMemory: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.Pw),
/* harmony export */   parsePortRange: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.mK),
/* harmony export */   parseResources: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.tK),
/* harmony export */   readText: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_6__.y),
/* harmony export */   unknownEnvironment: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.Iu),
/* harmony export */   validationReport: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.qW)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7556);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7207);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);
/* harmony import */ var _quantities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7871);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4766);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8331);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9593);









/***/ }),

/***/ 8331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ ServiceLookupError),
/* harmony export */   Ln: () => (/* binding */ findService),
/* harmony export */   jY: () => (/* binding */ findEnvironment),
/* harmony export */   oV: () => (/* binding */ loadService)
/* harmony export */ });
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7207);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4766);


class ServiceLookupError extends Error {
    code;
    diagnostics;
    constructor(code, message, 
    /** The problems behind it: gitops.yaml's, or the service's descriptor's. */
    diagnostics = []) {
        super(message);
        this.code = code;
        this.diagnostics = diagnostics;
        this.name = "ServiceLookupError";
    }
}
/** The environment by name; throws naming the ones gitops.yaml has. */
function findEnvironment(config, name) {
    const environment = config.environments.find((e) => e.name === name);
    if (environment)
        return environment;
    const known = config.environments.map((e) => e.name).join(", ");
    throw new ServiceLookupError("E_NO_ENVIRONMENT", `gitops.yaml has no environment "${name}"; it has ${known}`);
}
/** The service as the environment sees it; throws a ServiceLookupError saying what is wrong. */
function findService(repo, service, environmentName) {
    const errors = repo.diagnostics.filter((d) => d.severity === "error");
    if (!repo.config) {
        const own = errors.filter((d) => d.file === "gitops.yaml");
        throw new ServiceLookupError("E_REPO_INVALID", "gitops.yaml is missing or invalid", own);
    }
    const environment = findEnvironment(repo.config, environmentName);
    const found = repo.descriptors.find((d) => d.service === service);
    if (!found) {
        const dir = repo.config.servicesDir;
        const broken = errors.filter((d) => d.file === `${dir}/${service}.yaml` || d.file === `${dir}/${service}.yml`);
        if (broken.length > 0)
            throw new ServiceLookupError("E_SERVICE_INVALID", `the descriptor of ${service} is not valid`, broken);
        const known = repo.descriptors.map((d) => d.service).join(", ");
        throw new ServiceLookupError("E_NO_SERVICE", `no service "${service}" in ${dir}/ (${known || "none"})`);
    }
    return { config: repo.config, environment, descriptor: (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_0__/* .forEnvironment */ .rR)(found, environment.name) };
}
/** Loads the repo through `reader` and finds the service in it. */
async function loadService(reader, service, environment) {
    return findService(await (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRepo */ .R0)(reader), service, environment);
}


/***/ })

};
