export const id = 500;
export const ids = [500];
export const modules = {

/***/ 8500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseYamlText),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2295);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6940);
// Turns the bytes of a user's YAML file into plain data, keeping the syntax tree so that
// every later complaint can point at a line and column. Hostile input (huge files, bad
// encodings, alias bombs, several documents) ends in a located diagnostic, never a crash.



/** Alias expansions allowed while building data; a billion-laughs file needs far more. */
const MAX_ALIAS_COUNT = 50;
function parseYaml(file, content, maxBytes = _text_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FILE_BYTES */ .g) {
    const read = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .y)(file, content, maxBytes);
    if (!read.ok)
        return read;
    return parseYamlText(file, read.text);
}
/** Parses text that passed readText with the authoritative parser, keeping positions. */
function parseYamlText(file, text) {
    const fail = (code, message, start = { line: 1, column: 1 }) => ({
        ok: false,
        diagnostics: [{ code, severity: "error", file, start, field: "", message }],
    });
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    if (!Array.isArray(docs))
        return fail("E_EMPTY_FILE", "file holds no YAML document; expected a mapping of fields");
    const [doc, second] = docs;
    if (!doc)
        return fail("E_EMPTY_FILE", "file holds no YAML document; expected a mapping of fields");
    if (second) {
        return fail("E_MULTIPLE_DOCUMENTS", "file holds more than one YAML document (---); keep one per file", pos(second.range[0]));
    }
    const diagnostics = doc.errors.map((error) => ({
        code: error.code === "DUPLICATE_KEY" ? "E_DUPLICATE_KEY" : "E_YAML_SYNTAX",
        severity: "error",
        file,
        start: pos(error.pos[0]),
        end: pos(error.pos[1]),
        field: "",
        message: yamlMessage(error.code, error.message),
    }));
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    // yaml turns a list or mapping used as a key into a string by printing it, once per level
    // of nesting: `? [` repeated a few hundred times takes minutes. No field of ours has such
    // keys, so refuse them before building data.
    const complexKey = firstCollectionKey(doc);
    if (complexKey) {
        return {
            ok: false,
            diagnostics: [
                {
                    code: "E_INVALID_VALUE",
                    severity: "error",
                    file,
                    start: pos(complexKey.offset),
                    field: (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFieldPath */ .vZ)(complexKey.path),
                    message: "a key must be a plain name, not a list or mapping",
                },
            ],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // yaml throws a ReferenceError when aliases expand past maxAliasCount.
        const at = firstAliasOffset(doc);
        const where = at === undefined ? undefined : pos(at);
        const message = error instanceof Error ? error.message : String(error);
        if (/alias/i.test(message)) {
            return fail("E_ALIAS_LIMIT", `aliases expand too much (over ${MAX_ALIAS_COUNT} uses); write the values out`, where);
        }
        return fail("E_YAML_SYNTAX", `YAML: ${message}`, where);
    }
    const locate = (path, target = "value") => {
        const range = rangeOf(doc, path, target) ?? doc.contents?.range ?? [0, 0, 0];
        return { start: pos(range[0]), end: pos(range[1]) };
    };
    return { ok: true, source: { file, data, locate } };
}
/** The source range of the node at `path`, or of its closest existing ancestor. */
function rangeOf(doc, path, target) {
    let node = doc.contents;
    let range = node?.range ?? undefined;
    for (const [i, part] of path.entries()) {
        const last = i === path.length - 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(part));
            if (!pair)
                return range;
            if (last && target === "key" && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                return pair.key.range ?? range;
            node = pair.value;
            range = pair.value?.range ?? pair.key?.range ?? range;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof part === "number") {
            node = node.items[part];
            range = node?.range ?? range;
        }
        else {
            return range;
        }
    }
    return range;
}
/**
 * The first key that is a list or mapping, or an alias of one. Walks the tree without
 * recursion (documents can be deep) and resolves aliases by anchor name, not with
 * `Alias.resolve`, which walks the whole document for each alias.
 */
function firstCollectionKey(doc) {
    const pathOf = (item) => {
        const path = [];
        for (let at = item; at?.parent; at = at.parent)
            path.unshift(at.part);
        return path;
    };
    const collectionAnchors = new Set();
    const suspects = [];
    const stack = [{ node: doc.contents }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { node } = item;
        if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && node.anchor)
            collectionAnchors.add(node.anchor);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.key) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.key) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(pair.key))
                    suspects.push({ key: pair.key, in: item });
                const part = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : "";
                stack.push({ node: pair.key, parent: item, part }, { node: pair.value, parent: item, part });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((child, part) => {
                stack.push({ node: child, parent: item, part });
            });
        }
    }
    let first;
    for (const suspect of suspects) {
        const { key } = suspect;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) && !collectionAnchors.has(key.source))
            continue;
        if (!first || (key.range?.[0] ?? 0) < (first.key.range?.[0] ?? 0))
            first = suspect;
    }
    return first && { offset: first.key.range?.[0] ?? 0, path: pathOf(first.in) };
}
function firstAliasOffset(doc) {
    let offset;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_, alias) {
            offset = alias.range?.[0];
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return offset;
}
function yamlMessage(code, message) {
    const first = message.split("\n")[0] ?? message;
    const clean = first.replace(/ at line \d+, column \d+:?$/, "");
    if (code === "DUPLICATE_KEY")
        return "duplicate key: each field may appear once in a mapping";
    return `YAML syntax: ${clean}`;
}


/***/ })

};
