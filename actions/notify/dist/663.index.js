export const id = 663;
export const ids = [663];
export const modules = {

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_4__.JO),
/* harmony export */   GitError: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_2__.XS),
/* harmony export */   PlanError: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_3__.W6),
/* harmony export */   RULES: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_5__.y0),
/* harmony export */   ZERO_SHA: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_2__.gy),
/* harmony export */   buildPlan: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_3__.Gg),
/* harmony export */   compareVersions: () => (/* reexport safe */ _versions_js__WEBPACK_IMPORTED_MODULE_6__.Z),
/* harmony export */   describeEndpoint: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.N2),
/* harmony export */   detectChanges: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   diffService: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.rl),
/* harmony export */   diffViews: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.Qj),
/* harmony export */   evaluateRules: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_5__.F0),
/* harmony export */   isZeroSha: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_2__.hp),
/* harmony export */   matrixOf: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_3__.lQ),
/* harmony export */   openGit: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_2__.zY),
/* harmony export */   renderJson: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_4__.hF),
/* harmony export */   renderMarkdown: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_4__.Gc),
/* harmony export */   renderText: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_4__.S5),
/* harmony export */   summaryLine: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_4__.dC),
/* harmony export */   treeReader: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_2__.uv),
/* harmony export */   trustedConfig: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_3__.av),
/* harmony export */   verdictOf: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_5__.Vj),
/* harmony export */   viewOf: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.du)
/* harmony export */ });
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3166);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2120);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4611);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8104);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9975);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5140);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7478);









/***/ })

};
