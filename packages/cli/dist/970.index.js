export const id = 970;
export const ids = [970];
export const modules = {

/***/ 3970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gate: () => (/* binding */ gate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gitops_pipeline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4122);
/* harmony import */ var _gitops_pipeline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(328);
/* harmony import */ var _gitops_plan__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4950);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9756);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1168);
// gitops gate --after SHA [--before SHA] [--env NAME] --as LOGIN: the gate's decision on a push,
// as a dry run from a laptop. GitHub and JIRA credentials come from the environment.





async function gate(args, io) {
    const jira = (0,_gitops_pipeline__WEBPACK_IMPORTED_MODULE_2__/* .jiraFromEnv */ .uM)(io.env);
    try {
        const result = await (0,_gitops_pipeline__WEBPACK_IMPORTED_MODULE_3__/* .gatePush */ .K)({
            git: (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_4__/* .openGit */ .zY)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.repo)),
            ...(args.before ? { before: args.before } : {}),
            after: args.after,
            ...(args.environment ? { environment: args.environment } : { branch: args.before ?? args.after }),
            pusher: args.pusher,
            github: (0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .githubFromEnv */ .Z)(io),
            ...(jira ? { jira } : {}),
        });
        if (args.format === "json") {
            io.stdout(`${JSON.stringify({ decision: result.decision, environment: result.environment.name, results: result.results, tickets: result.tickets }, null, 2)}\n`);
        }
        else {
            for (const r of result.results)
                io.stdout(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}\n`);
            io.stdout(`\nGate for ${args.pusher} \u2192 ${result.environment.name}: ${result.decision}\n`);
        }
        return result.decision === "allow"
            ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok
            : result.decision === "skip"
                ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.needsApproval
                : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        io.stderr(`gitops gate: the gate could not decide, so it denies: ${error.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
    }
}


/***/ })

};
