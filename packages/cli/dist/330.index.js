export const id = 330;
export const ids = [330];
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








/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
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
