export const id = 310;
export const ids = [310];
export const modules = {

/***/ 1310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReport: () => (/* binding */ formatReport),
/* harmony export */   printDiagnostics: () => (/* binding */ printDiagnostics),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* harmony import */ var _gitops_model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1788);
// Diagnostics for people (text), for programs (json) and for the GitHub runner (workflow
// commands that become annotations on the pull request's files).

function formatReport(report, format, color) {
    if (format === "json")
        return `${JSON.stringify(report, null, 2)}\n`;
    if (format === "github")
        return report.diagnostics.map((d) => `${workflowCommand(d)}\n`).join("");
    const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const lines = report.diagnostics.map((d) => {
        const where = paint("1", `${d.file}:${d.start.line}:${d.start.column}`);
        const field = d.field ? `${paint("36", d.field)}: ` : "";
        const level = d.severity === "warning" ? paint("33", "warning ") : "";
        return `${where} ${level}${field}${d.message} ${paint("2", `[${d.code}]`)}`;
    });
    const summary = report.valid
        ? paint("32", `\u2713 ${report.files} file${report.files === 1 ? "" : "s"} valid`)
        : paint("31", `\u2717 ${report.errors} error${report.errors === 1 ? "" : "s"} in ${countFiles(report)} of ${report.files} files`);
    return `${[...lines, summary].join("\n")}\n`;
}
function countFiles(report) {
    return new Set(report.diagnostics.map((d) => d.file)).size;
}
/** `::error file=\u2026,line=\u2026,col=\u2026,title=\u2026::message`, escaped as the runner expects. */
function workflowCommand(d) {
    const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.start.line}`,
        `col=${d.start.column}`,
        ...(d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : []),
        `title=${escapeProperty(`${d.code}${d.field ? ` ${d.field}` : ""}`)}`,
    ];
    return `::${d.severity} ${props.join(",")}::${escapeData((0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)({ ...d, file: d.file }))}`;
}
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
/** A command's diagnostics on stderr, indented under its message: `file:line:column field: message`. */
function printDiagnostics(io, diagnostics) {
    for (const d of diagnostics)
        io.stderr(`  ${(0,_gitops_model__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
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


/***/ })

};
