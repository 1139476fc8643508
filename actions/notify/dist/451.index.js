export const id = 451;
export const ids = [451];
export const modules = {

/***/ 2451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.g2),
/* harmony export */   DEFAULT_SKIP_MARKERS: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.W_),
/* harmony export */   MAX_FILE_BYTES: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_5__.gZ),
/* harmony export */   ValidationError: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.yI),
/* harmony export */   directoryReader: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.Zf),
/* harmony export */   environmentForBranch: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.lS),
/* harmony export */   escapeHtml: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_5__.ZD),
/* harmony export */   forEnvironment: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.rR),
/* harmony export */   formatCpu: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.aY),
/* harmony export */   formatDiagnostic: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.xy),
/* harmony export */   formatDuration: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.a3),
/* harmony export */   formatFieldPath: () => (/* reexport safe */ _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.vZ),
/* harmony export */   formatMemory: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.z9),
/* harmony export */   isDescriptorFile: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.CP),
/* harmony export */   loadConfig: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.Z9),
/* harmony export */   loadDescriptor: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.Km),
/* harmony export */   loadRepo: () => (/* reexport safe */ _repo_js__WEBPACK_IMPORTED_MODULE_4__.R0),
/* harmony export */   parseCpu: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.Oh),
/* harmony export */   parseDuration: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.E9),
/* harmony export */   parseMemory: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.Pw),
/* harmony export */   parsePortRange: () => (/* reexport safe */ _quantities_js__WEBPACK_IMPORTED_MODULE_3__.mK),
/* harmony export */   parseResources: () => (/* reexport safe */ _descriptor_js__WEBPACK_IMPORTED_MODULE_1__.tK),
/* harmony export */   readText: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_5__.yR),
/* harmony export */   unknownEnvironment: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.Iu)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1393);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8530);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2295);
/* harmony import */ var _quantities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9150);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9603);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6940);








/***/ })

};
