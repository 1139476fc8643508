export const id = 305;
export const ids = [305,686];
export const modules = {

/***/ 4686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_3__.JO),
/* harmony export */   PlanError: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.W6),
/* harmony export */   RULES: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_4__.y0),
/* harmony export */   buildPlan: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.Gg),
/* harmony export */   compareVersions: () => (/* reexport safe */ _versions_js__WEBPACK_IMPORTED_MODULE_5__.Z),
/* harmony export */   configAt: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.ES),
/* harmony export */   describeEndpoint: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.N2),
/* harmony export */   detectChanges: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   diffService: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.rl),
/* harmony export */   diffViews: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.Qj),
/* harmony export */   evaluateRules: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_4__.F0),
/* harmony export */   matrixOf: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.lQ),
/* harmony export */   renderJson: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_3__.hF),
/* harmony export */   renderMarkdown: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_3__.Gc),
/* harmony export */   renderText: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_3__.S5),
/* harmony export */   summaryLine: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_3__.dC),
/* harmony export */   trustedConfig: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.av),
/* harmony export */   verdictFails: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_4__.f0),
/* harmony export */   verdictOf: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_4__.Vj),
/* harmony export */   viewOf: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_1__.du)
/* harmony export */ });
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7455);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(759);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5447);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4256);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9033);








/***/ })

};
