export const id = 126;
export const ids = [126];
export const modules = {

/***/ 1126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plan: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gitops_plan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8543);
/* harmony import */ var _gitops_plan__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4950);
/* harmony import */ var _gitops_plan__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4256);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1168);
// gitops plan --base REF --head REF [--env NAME]: what deploying head over base would change.



async function plan(args, io) {
    try {
        const result = await (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_2__/* .buildPlan */ .Gg)({
            git: (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_3__/* .openGit */ .zY)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, args.repo)),
            ...(args.base ? { base: args.base } : {}),
            head: args.head,
            ...(args.environment ? { environment: args.environment } : { branch: args.base ?? args.head }),
        });
        const render = {
            text: () => (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S5)(result, { color: io.color }),
            json: () => (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .hF)(result),
            markdown: () => (0,_gitops_plan__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .Gc)(result),
        };
        io.stdout(render[args.format]());
        // Like `terraform plan -detailed-exitcode`: the verdict is in the exit status too.
        return result.verdict === "allow"
            ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok
            : result.verdict === "needs-approval"
                ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.needsApproval
                : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
    }
    catch (error) {
        if (!(error instanceof _gitops_plan__WEBPACK_IMPORTED_MODULE_2__/* .PlanError */ .W6 || error instanceof _gitops_plan__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS))
            throw error;
        io.stderr(`gitops plan: ${error.message}\n`);
        for (const d of error instanceof _gitops_plan__WEBPACK_IMPORTED_MODULE_2__/* .PlanError */ .W6 ? error.diagnostics : [])
            io.stderr(`  ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
    }
}


/***/ })

};
