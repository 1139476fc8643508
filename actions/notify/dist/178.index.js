export const id = 178;
export const ids = [178];
export const modules = {

/***/ 1178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENT_EMOJI: () => (/* reexport */ messages/* EVENT_EMOJI */.Sn),
  FAILURE_LABEL: () => (/* reexport */ src_labels/* FAILURE_LABEL */.o),
  OUTCOME_MARK: () => (/* reexport */ messages/* OUTCOME_MARK */.V8),
  SLACK_LIMITS: () => (/* reexport */ slack_message/* SLACK_LIMITS */.u),
  TRIAGE_LABEL: () => (/* reexport */ labels/* TRIAGE_LABEL */.Qz),
  committerText: () => (/* reexport */ messages/* committerText */.cX),
  consoleLine: () => (/* reexport */ consoleLine),
  consoleNotifier: () => (/* reexport */ consoleNotifier),
  deliverAll: () => (/* reexport */ deliver/* deliverAll */.F),
  emailHtml: () => (/* reexport */ message/* emailHtml */.sY),
  emailMessage: () => (/* reexport */ message/* emailMessage */.oU),
  emailNotifier: () => (/* reexport */ notifier/* emailNotifier */.x),
  emailText: () => (/* reexport */ message/* emailText */.c1),
  escapeMrkdwn: () => (/* reexport */ mrkdwn/* escapeMrkdwn */.fO),
  failureDescription: () => (/* reexport */ jira_message/* failureDescription */.vV),
  failureJql: () => (/* reexport */ labels/* failureJql */.M5),
  failureLabels: () => (/* reexport */ labels/* failureLabels */.OJ),
  failureSummary: () => (/* reexport */ jira_message/* failureSummary */.jg),
  headline: () => (/* reexport */ messages/* headline */.Pl),
  httpUrl: () => (/* reexport */ messages/* httpUrl */.q3),
  jiraNotifier: () => (/* reexport */ jira_notifier/* jiraNotifier */.T),
  labelSafe: () => (/* reexport */ labels/* labelSafe */.WO),
  logExcerpt: () => (/* reexport */ jira_message/* logExcerpt */.sQ),
  logTail: () => (/* reexport */ messages/* logTail */.RB),
  recipientsOf: () => (/* reexport */ recipients/* recipientsOf */.w),
  releaseComment: () => (/* reexport */ jira_message/* releaseComment */.NR),
  releaseLinks: () => (/* reexport */ messages/* releaseLinks */.jo),
  releasedVersion: () => (/* reexport */ messages/* releasedVersion */.eJ),
  rollbackText: () => (/* reexport */ messages/* rollbackText */.Ew),
  safeDetail: () => (/* reexport */ detail/* safeDetail */.Rq),
  scrubSecrets: () => (/* reexport */ detail/* scrubSecrets */.Zg),
  shortSha: () => (/* reexport */ messages/* shortSha */.Fu),
  slackMessage: () => (/* reexport */ slack_message/* slackMessage */.y),
  slackNotifier: () => (/* reexport */ slack_notifier/* slackNotifier */.n),
  subjectLine: () => (/* reexport */ messages/* subjectLine */.nh),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  summaryNotifier: () => (/* reexport */ summaryNotifier),
  ticketRefs: () => (/* reexport */ messages/* ticketRefs */.v_),
  versionText: () => (/* reexport */ messages/* versionText */.KA)
});

// EXTERNAL MODULE: ../../packages/text/src/line.ts
var line = __webpack_require__(569);
// EXTERNAL MODULE: ../../packages/notify/src/messages.ts
var messages = __webpack_require__(8249);
;// CONCATENATED MODULE: ../../packages/notify/src/console/message.ts
// The console's message: one human line per notice, for the CLI's terminal and the runner's log.


/**
 * "\u2705 payments-api 2.14.3 \u2192 2.15.0 deployed to qa \u00b7 pushed by ada \u00b7 PAY-142 \u00b7 run https://\u2026".
 * Every piece goes through clean(), so the line stays one line: untrusted text cannot start a
 * line of its own in the runner's log (where `::` would make it a workflow command).
 */
function consoleLine(notice) {
    const parts = [`${messages/* EVENT_EMOJI */.Sn[notice.event]} ${(0,messages/* headline */.Pl)(notice)}`, `pushed by ${(0,line/* clean */.uH)(notice.pusher)}`];
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,line/* clean */.uH)(notice.failure.reason);
        parts.push(`failed at ${(0,line/* clean */.uH)(notice.failure.stage)}${reason ? `: ${(0,line/* truncate */.xv)(reason, 200)}` : ""}`);
    }
    if (notice.event === "rolled-back" && notice.rollback)
        parts.push((0,messages/* rollbackText */.Ew)(notice.rollback));
    const tickets = (0,messages/* ticketRefs */.v_)(notice.tickets).map((t) => t.key);
    if (tickets.length)
        parts.push((0,line/* truncate */.xv)(tickets.join(", "), 200));
    const run = (0,messages/* releaseLinks */.jo)(notice).find((l) => l.label === "Workflow run");
    if (run)
        parts.push(`run ${run.url}`);
    return parts.join(" \u00b7 ");
}

// EXTERNAL MODULE: ../../packages/notify/src/detail.ts
var detail = __webpack_require__(1876);
;// CONCATENATED MODULE: ../../packages/notify/src/console/notifier.ts
// The console channel: writes each notice's line through the injected writer.


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
                        detail: (0,detail/* safeDetail */.Rq)(`write failed: ${(0,detail/* errorDetail */.m2)(error)}`, []),
                    },
                ];
            }
        },
    };
}

// EXTERNAL MODULE: ../../packages/notify/src/deliver.ts
var deliver = __webpack_require__(5284);
// EXTERNAL MODULE: ../../packages/notify/src/email/message.ts
var message = __webpack_require__(6233);
// EXTERNAL MODULE: ../../packages/notify/src/email/notifier.ts + 2 modules
var notifier = __webpack_require__(9181);
// EXTERNAL MODULE: ../../packages/notify/src/email/recipients.ts
var recipients = __webpack_require__(1908);
// EXTERNAL MODULE: ../../packages/notify/src/jira/labels.ts
var labels = __webpack_require__(5219);
// EXTERNAL MODULE: ../../packages/jira/src/labels.ts
var src_labels = __webpack_require__(6429);
// EXTERNAL MODULE: ../../packages/notify/src/jira/message.ts + 1 modules
var jira_message = __webpack_require__(439);
// EXTERNAL MODULE: ../../packages/notify/src/jira/notifier.ts + 4 modules
var jira_notifier = __webpack_require__(8865);
// EXTERNAL MODULE: ../../packages/notify/src/slack/message.ts
var slack_message = __webpack_require__(5681);
// EXTERNAL MODULE: ../../packages/notify/src/slack/mrkdwn.ts
var mrkdwn = __webpack_require__(5065);
// EXTERNAL MODULE: ../../packages/notify/src/slack/notifier.ts + 2 modules
var slack_notifier = __webpack_require__(5845);
// EXTERNAL MODULE: ../../packages/text/src/escape.ts
var src_escape = __webpack_require__(2564);
// EXTERNAL MODULE: ../../packages/text/src/duration.ts
var duration = __webpack_require__(3679);
;// CONCATENATED MODULE: ../../packages/notify/src/summary/message.ts
// The job summary's message: a short Markdown block per notice. The summary renders HTML as well
// as Markdown, so every untrusted value is HTML-escaped and its Markdown punctuation neutralised.


function summaryMarkdown(notice, options = {}) {
    const out = [];
    out.push(`### ${messages/* EVENT_EMOJI */.Sn[notice.event]} ${md((0,messages/* headline */.Pl)(notice))}`, "");
    const committer = (0,messages/* committerText */.cX)(notice.committer);
    out.push("| Environment | Service | Version | Pushed by |", "| --- | --- | --- | --- |", `| ${[notice.environment, notice.service, (0,messages/* versionText */.KA)(notice.version), notice.pusher].map(cell).join(" | ")} |`, "");
    const facts = [];
    const tickets = (0,messages/* ticketRefs */.v_)(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        facts.push(`**Tickets:** ${tickets.map((t) => (t.url ? message_link(t.key, t.url) : md(t.key))).join(", ")}`);
    }
    if ((0,line/* clean */.uH)(notice.plan))
        facts.push(`**Plan:** ${md((0,line/* truncate */.xv)((0,line/* clean */.uH)(notice.plan), 500))}`);
    if (committer)
        facts.push(`**Committer:** ${md(committer)}`);
    if (facts.length)
        out.push(facts.join("<br>"), "");
    if (notice.event === "failed" && notice.failure) {
        const reason = (0,line/* clean */.uH)(notice.failure.reason);
        out.push(`**Failed at** ${md(notice.failure.stage)}${reason ? `: ${md((0,line/* truncate */.xv)(reason, 1000))}` : ""}`, "");
        const tail = notice.failure.log ? (0,messages/* logTail */.RB)(notice.failure.log, 30, 4000) : "";
        // <pre> ends only at </pre>, so blank lines in the log cannot end the HTML block early.
        if (tail)
            out.push("<details><summary>Log tail</summary>", "", `<pre>${(0,src_escape/* escapeHtml */.ZD)(tail)}</pre>`, "</details>", "");
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`**Rolled back:** ${md((0,messages/* rollbackText */.Ew)(notice.rollback))}`, "");
    }
    if (notice.stages.length) {
        out.push("| Stage | Outcome | Duration | Detail |", "| --- | --- | --- | --- |");
        for (const stage of notice.stages) {
            const mark = messages/* OUTCOME_MARK */.V8[stage.outcome] ?? "?";
            out.push(`| ${mark} ${cell(stage.stage)} | ${cell(stage.outcome)} | ${(0,duration/* formatDuration */.a)(stage.durationMs)} | ${cell((0,line/* truncate */.xv)((0,line/* clean */.uH)(stage.reason), 300))} |`);
        }
        out.push("");
    }
    const links = (0,messages/* releaseLinks */.jo)(notice);
    if (links.length)
        out.push(links.map((l) => message_link(l.label, l.url)).join(" \u00b7 "), "");
    return `${out.join("\n")}\n`;
}
/** One line of untrusted text as inert Markdown: HTML-escaped, then links/emphasis/tables disarmed. */
/** Untrusted text on one line, as inert Markdown (it escapes `|` too, so it also fits a cell). */
const md = (text) => (0,src_escape/* escapeMarkdown */.FV)((0,line/* clean */.uH)(text));
const cell = (text) => md(text) || " ";
function message_link(label, url) {
    // releaseLinks/ticketRefs hand over http(s) URLs only; parentheses would end the link target.
    const target = url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
    return `[${md(label)}](${(0,src_escape/* escapeHtml */.ZD)(target)})`;
}

;// CONCATENATED MODULE: ../../packages/notify/src/summary/notifier.ts
// The job-summary channel: appends each notice's Markdown through the injected writer.


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
                        detail: (0,detail/* safeDetail */.Rq)(`append failed: ${(0,detail/* errorDetail */.m2)(error)}`, []),
                    },
                ];
            }
        },
    };
}

;// CONCATENATED MODULE: ../../packages/notify/src/index.ts
// The public API: the notice contract, deliverAll, one notifier per channel, and each channel's
// message without sending it (previews, dry runs).


















/***/ })

};
