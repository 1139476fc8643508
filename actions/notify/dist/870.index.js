export const id = 870;
export const ids = [870];
export const modules = {

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
const MAX_FILE_BYTES = 256 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function readText(file, content, maxBytes = MAX_FILE_BYTES) {
    const fail = (code, message, start = { line: 1, column: 1 }) => ({
        ok: false,
        diagnostics: [{ code, severity: "error", file, start, field: "", message }],
    });
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    if (size > maxBytes) {
        return fail("E_FILE_TOO_LARGE", `file is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    let text;
    if (typeof content === "string") {
        text = content;
    }
    else {
        const decoded = decodeUtf8(content);
        if (typeof decoded !== "string")
            return fail("E_NOT_UTF8", decoded.message, decoded.at);
        text = decoded;
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === "")
        return fail("E_EMPTY_FILE", "file is empty; expected a mapping of fields");
    return { ok: true, text };
}
/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { message: "file is UTF-16; save it as UTF-8", at: { line: 1, column: 1 } };
    }
    try {
        return utf8.decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const byte = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
        return {
            message: `file is not valid UTF-8 (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
            at: { line, column: offset - lineStart + 1 },
        };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80
            ? 0
            : b >= 0xc2 && b <= 0xdf
                ? 1
                : b >= 0xe0 && b <= 0xef
                    ? 2
                    : b >= 0xf0 && b <= 0xf4
                        ? 3
                        : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        // Overlong, surrogate and out-of-range forms the lead byte alone does not rule out.
        const c1 = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && c1 < 0xa0) ||
            (b === 0xed && c1 > 0x9f) ||
            (b === 0xf0 && c1 < 0x90) ||
            (b === 0xf4 && c1 > 0x8f)) {
            return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
/**
 * Untrusted text (service names, commit messages, command output) made inert for HTML: job
 * summaries, emails and Markdown tables render raw HTML.
 */
function escapeHtml(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENT_EMOJI: () => (/* reexport */ messages/* EVENT_EMOJI */.Sn),
  FAILURE_LABEL: () => (/* reexport */ jira/* FAILURE_LABEL */.oR),
  OUTCOME_MARK: () => (/* reexport */ messages/* OUTCOME_MARK */.V8),
  SLACK_LIMITS: () => (/* reexport */ slack/* SLACK_LIMITS */.u2),
  TRIAGE_LABEL: () => (/* reexport */ jira/* TRIAGE_LABEL */.Qz),
  clean: () => (/* reexport */ messages/* clean */.uH),
  committerText: () => (/* reexport */ messages/* committerText */.cX),
  consoleLine: () => (/* reexport */ consoleLine),
  consoleNotifier: () => (/* reexport */ consoleNotifier),
  deliverAll: () => (/* reexport */ deliver/* deliverAll */.F0),
  durationText: () => (/* reexport */ messages/* durationText */.S5),
  emailHtml: () => (/* reexport */ email/* emailHtml */.sY),
  emailMessage: () => (/* reexport */ email/* emailMessage */.oU),
  emailNotifier: () => (/* reexport */ email/* emailNotifier */.xe),
  emailText: () => (/* reexport */ email/* emailText */.c1),
  escapeMrkdwn: () => (/* reexport */ slack/* escapeMrkdwn */.fO),
  failureDescription: () => (/* reexport */ jira/* failureDescription */.vV),
  failureJql: () => (/* reexport */ jira/* failureJql */.M5),
  failureLabels: () => (/* reexport */ jira/* failureLabels */.OJ),
  failureSummary: () => (/* reexport */ jira/* failureSummary */.jg),
  headline: () => (/* reexport */ messages/* headline */.Pl),
  httpUrl: () => (/* reexport */ messages/* httpUrl */.q3),
  jiraNotifier: () => (/* reexport */ jira/* jiraNotifier */.Ty),
  labelSafe: () => (/* reexport */ jira/* labelSafe */.WO),
  logExcerpt: () => (/* reexport */ jira/* logExcerpt */.sQ),
  logTail: () => (/* reexport */ messages/* logTail */.RB),
  oneLineMessage: () => (/* reexport */ deliver/* oneLineMessage */.Wg),
  recipientsOf: () => (/* reexport */ email/* recipientsOf */.wX),
  releaseComment: () => (/* reexport */ jira/* releaseComment */.NR),
  releaseLinks: () => (/* reexport */ messages/* releaseLinks */.jo),
  releasedVersion: () => (/* reexport */ messages/* releasedVersion */.eJ),
  rollbackText: () => (/* reexport */ messages/* rollbackText */.Ew),
  safeDetail: () => (/* reexport */ deliver/* safeDetail */.Rq),
  scrubSecrets: () => (/* reexport */ deliver/* scrubSecrets */.Zg),
  shortSha: () => (/* reexport */ messages/* shortSha */.Fu),
  slackMessage: () => (/* reexport */ slack/* slackMessage */.y$),
  slackNotifier: () => (/* reexport */ slack/* slackNotifier */.nt),
  subjectLine: () => (/* reexport */ messages/* subjectLine */.nh),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  summaryNotifier: () => (/* reexport */ summaryNotifier),
  ticketRefs: () => (/* reexport */ messages/* ticketRefs */.v_),
  truncate: () => (/* reexport */ messages/* truncate */.xv),
  versionText: () => (/* reexport */ messages/* versionText */.KA)
});

// EXTERNAL MODULE: ../../packages/notify/src/deliver.ts
var deliver = __webpack_require__(5284);
// EXTERNAL MODULE: ../../packages/notify/src/messages.ts
var messages = __webpack_require__(8249);
;// CONCATENATED MODULE: ../../packages/notify/src/console.ts
// One human line per notice, for the CLI's terminal and the runner's log.


function consoleNotifier(write) {
    return {
        channel: "console",
        async notify(notice) {
            try {
                write(consoleLine(notice));
                return [{ channel: "console", target: "console", ok: true, attempts: 1, detail: "delivered" }];
            }
            catch (error) {
                return [
                    {
                        channel: "console",
                        target: "console",
                        ok: false,
                        attempts: 1,
                        detail: (0,deliver/* safeDetail */.Rq)(`write failed: ${(0,deliver/* oneLineMessage */.Wg)(error)}`, []),
                    },
                ];
            }
        },
    };
}
/**
 * "\u2705 payments-api 2.14.3 \u2192 2.15.0 deployed to qa \u00b7 pushed by ada \u00b7 PAY-142 \u00b7 run https://\u2026".
 * Every piece goes through clean(), so the line stays one line: untrusted text cannot start a
 * line of its own in the runner's log (where `::` would make it a workflow command).
 */
function consoleLine(notice) {
    const parts = [`${messages/* EVENT_EMOJI */.Sn[notice.event]} ${(0,messages/* headline */.Pl)(notice)}`, `pushed by ${(0,messages/* clean */.uH)(notice.pusher)}`];
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,messages/* clean */.uH)(notice.failure.reason);
        parts.push(`failed at ${(0,messages/* clean */.uH)(notice.failure.stage)}${reason ? `: ${(0,messages/* truncate */.xv)(reason, 200)}` : ""}`);
    }
    if (notice.event === "rolled-back" && notice.rollback)
        parts.push((0,messages/* rollbackText */.Ew)(notice.rollback));
    const tickets = (0,messages/* ticketRefs */.v_)(notice.tickets).map((t) => t.key);
    if (tickets.length)
        parts.push((0,messages/* truncate */.xv)(tickets.join(", "), 200));
    const run = (0,messages/* releaseLinks */.jo)(notice).find((l) => l.label === "Workflow run");
    if (run)
        parts.push(`run ${run.url}`);
    return parts.join(" \u00b7 ");
}

// EXTERNAL MODULE: ../../packages/notify/src/email.ts
var email = __webpack_require__(1397);
// EXTERNAL MODULE: ../../packages/notify/src/jira.ts
var jira = __webpack_require__(6041);
// EXTERNAL MODULE: ../../packages/notify/src/slack.ts
var slack = __webpack_require__(4333);
// EXTERNAL MODULE: ../../packages/model/src/text.ts
var src_text = __webpack_require__(6940);
;// CONCATENATED MODULE: ../../packages/notify/src/summary.ts
// A short Markdown block per notice for the job summary. The summary renders HTML as well as
// Markdown, so every untrusted value is HTML-escaped and its Markdown punctuation neutralised.



function summaryNotifier(append, options = {}) {
    return {
        channel: "summary",
        async notify(notice) {
            try {
                await append(summaryMarkdown(notice, options));
                return [{ channel: "summary", target: "job summary", ok: true, attempts: 1, detail: "delivered" }];
            }
            catch (error) {
                return [
                    {
                        channel: "summary",
                        target: "job summary",
                        ok: false,
                        attempts: 1,
                        detail: (0,deliver/* safeDetail */.Rq)(`append failed: ${(0,deliver/* oneLineMessage */.Wg)(error)}`, []),
                    },
                ];
            }
        },
    };
}
function summaryMarkdown(notice, options = {}) {
    const out = [];
    out.push(`### ${messages/* EVENT_EMOJI */.Sn[notice.event]} ${md((0,messages/* headline */.Pl)(notice))}`, "");
    const committer = (0,messages/* committerText */.cX)(notice.committer);
    out.push("| Environment | Service | Version | Pushed by |", "| --- | --- | --- | --- |", `| ${[notice.environment, notice.service, (0,messages/* versionText */.KA)(notice.version), notice.pusher].map(cell).join(" | ")} |`, "");
    const facts = [];
    const tickets = (0,messages/* ticketRefs */.v_)(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        facts.push(`**Tickets:** ${tickets.map((t) => (t.url ? summary_link(t.key, t.url) : md(t.key))).join(", ")}`);
    }
    if ((0,messages/* clean */.uH)(notice.plan))
        facts.push(`**Plan:** ${md((0,messages/* truncate */.xv)((0,messages/* clean */.uH)(notice.plan), 500))}`);
    if (committer)
        facts.push(`**Committer:** ${md(committer)}`);
    if (facts.length)
        out.push(facts.join("<br>"), "");
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,messages/* clean */.uH)(notice.failure.reason);
        out.push(`**Failed at** ${md(notice.failure.stage)}${reason ? `: ${md((0,messages/* truncate */.xv)(reason, 1000))}` : ""}`, "");
        const tail = notice.failure.log ? (0,messages/* logTail */.RB)(notice.failure.log, 30, 4000) : "";
        // <pre> ends only at </pre>, so blank lines in the log cannot end the HTML block early.
        if (tail)
            out.push("<details><summary>Log tail</summary>", "", `<pre>${(0,src_text/* escapeHtml */.ZD)(tail)}</pre>`, "</details>", "");
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`**Rolled back:** ${md((0,messages/* rollbackText */.Ew)(notice.rollback))}`, "");
    }
    if (notice.stages.length) {
        out.push("| Stage | Outcome | Duration | Detail |", "| --- | --- | --- | --- |");
        for (const stage of notice.stages) {
            const mark = messages/* OUTCOME_MARK */.V8[stage.outcome] ?? "?";
            out.push(`| ${mark} ${cell(stage.stage)} | ${cell(stage.outcome)} | ${(0,messages/* durationText */.S5)(stage.durationMs)} | ${cell((0,messages/* truncate */.xv)((0,messages/* clean */.uH)(stage.reason), 300))} |`);
        }
        out.push("");
    }
    const links = (0,messages/* releaseLinks */.jo)(notice);
    if (links.length)
        out.push(links.map((l) => summary_link(l.label, l.url)).join(" \u00b7 "), "");
    return `${out.join("\n")}\n`;
}
/** One line of untrusted text as inert Markdown: HTML-escaped, then links/emphasis/tables disarmed. */
function md(text) {
    return (0,src_text/* escapeHtml */.ZD)((0,messages/* clean */.uH)(text)).replace(/[\\`*_[\]()!|~{}#+-]/g, (c) => `\\${c}`);
}
const cell = (text) => md(text) || " ";
function summary_link(label, url) {
    // releaseLinks/ticketRefs hand over http(s) URLs only; parentheses would end the link target.
    const target = url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
    return `[${md(label)}](${(0,src_text/* escapeHtml */.ZD)(target)})`;
}

;// CONCATENATED MODULE: ../../packages/notify/src/index.ts










/***/ })

};
