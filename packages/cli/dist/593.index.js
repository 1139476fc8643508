export const id = 593;
export const ids = [593];
export const modules = {

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../model/src/repo.ts
var src_repo = __webpack_require__(4766);
// EXTERNAL MODULE: ../model/src/diagnostics.ts
var diagnostics = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/format-diagnostics.ts
// Diagnostics for people (text), for programs (json) and for the GitHub runner (workflow
// commands that become annotations on the pull request's files).

function buildReport(diagnostics, files, displayPath) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    return {
        valid: errors === 0,
        files,
        errors,
        warnings: diagnostics.length - errors,
        diagnostics: diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })),
    };
}
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
    return `::${d.severity} ${props.join(",")}::${escapeData((0,diagnostics/* formatDiagnostic */.xy)({ ...d, file: d.file }))}`;
}
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

// EXTERNAL MODULE: ./src/io.ts
var src_io = __webpack_require__(1168);
;// CONCATENATED MODULE: ./src/commands/validate.ts
// gitops validate [dir]: checks gitops.yaml and every descriptor, compiler-style.




async function validate(dir, format, io) {
    const root = (0,external_node_path_.resolve)(io.cwd, dir);
    const repo = await (0,src_repo/* loadRepo */.R0)((0,src_repo/* directoryReader */.Zf)(root));
    // Paths as the user can open them from where they stand.
    const display = (file) => (0,external_node_path_.relative)(io.cwd, (0,external_node_path_.resolve)(root, file)) || file;
    const report = buildReport(repo.diagnostics, repo.files.length, display);
    (format === "text" && !report.valid ? io.stderr : io.stdout)(formatReport(report, format, io.color));
    return report.valid ? src_io/* EXIT */.dc.ok : src_io/* EXIT */.dc.failed;
}


/***/ })

};
