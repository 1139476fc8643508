export const id = 451;
export const ids = [451];
export const modules = {

/***/ 1451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_STAGES: () => (/* reexport */ ROLLBACK_STAGES),
  builtinStages: () => (/* reexport */ builtinStages),
  channelSecretsFromEnv: () => (/* reexport */ secrets/* channelSecretsFromEnv */.yO),
  deployStage: () => (/* reexport */ deployStage),
  gatePush: () => (/* reexport */ gatePush),
  healthcheckStage: () => (/* reexport */ healthcheckStage),
  jiraFromEnv: () => (/* reexport */ secrets/* jiraFromEnv */.uM),
  mapLimit: () => (/* reexport */ mapLimit),
  notifiersFor: () => (/* reexport */ notifiersFor),
  overallOutcome: () => (/* reexport */ overallOutcome),
  parseWebhookLines: () => (/* reexport */ secrets/* parseWebhookLines */.g9),
  regressionStage: () => (/* reexport */ regressionStage),
  release: () => (/* reexport */ release),
  releaseMarkdown: () => (/* reexport */ releaseMarkdown),
  releaseService: () => (/* reexport */ releaseService),
  releaseText: () => (/* reexport */ releaseText),
  runStages: () => (/* reexport */ runStages),
  smokeStage: () => (/* reexport */ smokeStage),
  webhookFromEnv: () => (/* reexport */ secrets/* webhookFromEnv */.tA)
});

// EXTERNAL MODULE: ../../packages/gate/src/rules.ts
var rules = __webpack_require__(1812);
// EXTERNAL MODULE: ../../packages/gate/src/jira.ts
var jira = __webpack_require__(727);
// EXTERNAL MODULE: ../../packages/model/src/config.ts
var src_config = __webpack_require__(1393);
// EXTERNAL MODULE: ../../packages/plan/src/git.ts
var src_git = __webpack_require__(4611);
// EXTERNAL MODULE: ../../packages/plan/src/plan.ts
var src_plan = __webpack_require__(8104);
// EXTERNAL MODULE: ../../packages/plan/src/render.ts
var render = __webpack_require__(9975);
;// CONCATENATED MODULE: ../../packages/pipeline/src/gate-push.ts
// The gate of one push: the trusted policy, the plan and the pushed commits gathered from
// git, then every gate rule. The actions and the CLI call this with their own clients.



async function gatePush(options) {
    const { git, after } = options;
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const config = await (0,src_plan/* trustedConfig */.av)(git, before, after);
    const environment = options.environment
        ? config.environments.find((e) => e.name === options.environment)
        : (0,src_config/* environmentForBranch */.lS)(config, options.branch ?? "");
    if (!environment) {
        const wanted = options.environment ? `"${options.environment}"` : `for branch "${options.branch}"`;
        throw new Error(`gitops.yaml has no environment ${wanted}`);
    }
    const plan = await (0,src_plan/* buildPlan */.Gg)({
        git,
        ...(before ? { base: before } : {}),
        head: after,
        environment: environment.name,
    });
    const [commits, branchHead] = await Promise.all([
        git.commits(before, after),
        git.remoteHead(environment.branch),
    ]);
    const jiraUrl = options.jira?.url ?? config.jira?.url;
    const gate = await (0,rules/* evaluateGate */.DR)({
        config,
        environment,
        pusher: options.pusher,
        commits,
        ...(branchHead ? { branchHead } : {}),
        plan: { verdict: plan.verdict, configChanged: plan.configChanged, summary: (0,render/* summaryLine */.dC)(plan) },
    }, {
        github: options.github,
        ...(options.jira && jiraUrl
            ? {
                tickets: (0,jira/* jiraTicketSource */.m)({ url: jiraUrl, auth: options.jira.auth }, environment.gate.jira.approvals),
            }
            : {}),
    });
    return { ...gate, config, environment, plan, commits };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/limit.ts
// Bounded concurrency: at most `limit` calls in flight, results in input order.
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var retry = __webpack_require__(5426);
;// CONCATENATED MODULE: ../../packages/notify/src/messages.ts
const EVENT_EMOJI = {
    started: "\ud83d\ude80",
    succeeded: "\u2705",
    failed: "\u274c",
    "rolled-back": "\u21a9\ufe0f",
};
const OUTCOME_MARK = {
    passed: "\u2713",
    failed: "\u2717",
    skipped: "\u2013",
};
/** "1.2.0 \u2192 1.3.0", "1.3.0 (new)" for a first release, "1.2.0 \u2192 removed" when the push drops it. */
function versionText(version) {
    const from = clean(version.from ?? "");
    const to = clean(version.to ?? "");
    if (from && to)
        return from === to ? to : `${from} \u2192 ${to}`;
    if (to)
        return `${to} (new)`;
    if (from)
        return `${from} \u2192 removed`;
    return "unversioned";
}
/** The version the release is about: what was pushed, else what was there. */
function releasedVersion(version) {
    return clean(version.to ?? "") || clean(version.from ?? "") || "unversioned";
}
/** "payments-api 2.14.3 \u2192 2.15.0 deployed to qa", without the emoji. */
function headline(notice) {
    const service = clean(notice.service);
    const env = clean(notice.environment);
    const version = versionText(notice.version);
    switch (notice.event) {
        case "started":
            return `${service} ${version} deploying to ${env}`;
        case "succeeded":
            return `${service} ${version} deployed to ${env}`;
        case "failed":
            return `${service} ${version} failed in ${env}`;
        case "rolled-back": {
            const restored = notice.rollback ? clean(notice.rollback.version) : "";
            const failed = releasedVersion(notice.version);
            return restored
                ? `${service} ${failed} rolled back to ${restored} in ${env}`
                : `${service} ${failed} rolled back in ${env}`;
        }
    }
}
/** The e-mail subject: "[qa] payments-api 2.15.0 deployed", "[qa] FAILED: payments-api 2.15.0". */
function subjectLine(notice) {
    const env = `[${clean(notice.environment)}]`;
    const what = `${clean(notice.service)} ${releasedVersion(notice.version)}`;
    switch (notice.event) {
        case "started":
            return `${env} ${what} deploying`;
        case "succeeded":
            return `${env} ${what} deployed`;
        case "failed":
            return `${env} FAILED: ${what}`;
        case "rolled-back":
            return notice.rollback
                ? `${env} Rolled back: ${what} \u2192 ${clean(notice.rollback.version)}`
                : `${env} Rolled back: ${what}`;
    }
}
/** "850 ms", "12.3 s", "2 min 5 s". */
function durationText(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return "?";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
/** "restored 2.14.3, healthy: 2/2 endpoints healthy" or "restored 2.14.3, NOT healthy: \u2026". */
function rollbackText(rollback) {
    const reason = clean(rollback.reason);
    const state = rollback.ok ? "healthy" : "NOT healthy";
    return `restored ${clean(rollback.version)}, ${state}${reason ? `: ${reason}` : ""}`;
}
function ticketRefs(tickets, jiraUrl) {
    const base = httpUrl(jiraUrl)?.replace(/\/+$/, "");
    const seen = new Set();
    const refs = [];
    for (const raw of tickets) {
        const key = clean(raw);
        if (!key || seen.has(key.toUpperCase()))
            continue;
        seen.add(key.toUpperCase());
        refs.push(base ? { key, url: `${base}/browse/${encodeURIComponent(key)}` } : { key });
    }
    return refs;
}
/** The commit and workflow-run links, only those that are real http(s) URLs. */
function releaseLinks(notice) {
    const links = [];
    const commit = httpUrl(notice.commit.url);
    if (commit)
        links.push({ label: "Commit", url: commit });
    const run = httpUrl(notice.runUrl);
    if (run)
        links.push({ label: "Workflow run", url: run });
    return links;
}
/**
 * The URL normalised, or undefined unless it is http(s): notices carry URLs built from repo
 * data, and a `javascript:` or `mailto:` link must never become a button or an href.
 */
function httpUrl(value) {
    if (!value)
        return undefined;
    try {
        const url = new URL(value.trim());
        return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}
function shortSha(sha) {
    return clean(sha).slice(0, 12);
}
/** "Ada Lovelace <ada@example.com>", or whichever half is known. */
function committerText(committer) {
    const name = clean(committer?.name ?? "");
    const email = clean(committer?.email ?? "");
    if (name && email)
        return `${name} <${email}>`;
    return name || email || undefined;
}
/**
 * One line of untrusted text: control characters (newlines, terminal escapes) and the Unicode
 * bidi overrides become spaces, so a value can neither start a new log line (a `::` workflow
 * command on the runner) nor reorder what a reader sees.
 */
function clean(text) {
    return (text
        // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, " ")
        .replace(/\s+/g, " ")
        .trim());
}
/**
 * Cut to at most `max` UTF-16 units (what String#length counts, never fewer than the characters
 * a service counts), ending in "\u2026" when cut and never splitting a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let out = "";
    for (const char of text) {
        if (out.length + char.length > max - 1)
            break;
        out += char;
    }
    return `${out}\u2026`;
}
/**
 * The end of a log, at most `lines` lines and `chars` characters, with a "\u2026" line when cut.
 * Keeps newlines and tabs; other control characters (colour codes) are dropped.
 */
function logTail(log, lines = 20, chars = 2000) {
    const text = log
        .replace(/\r\n?/g, "\n")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes is the point
        .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
        .replace(/\n+$/, "");
    let kept = text.split("\n");
    let cut = false;
    if (kept.length > lines) {
        kept = kept.slice(-lines);
        cut = true;
    }
    let tail = kept.join("\n");
    if (tail.length > chars) {
        const codePoints = Array.from(tail);
        let keep = "";
        for (let i = codePoints.length - 1; i >= 0; i--) {
            const char = codePoints[i] ?? "";
            if (keep.length + char.length > chars)
                break;
            keep = char + keep;
        }
        tail = keep;
        cut = true;
    }
    return cut ? `\u2026\n${tail}` : tail;
}

;// CONCATENATED MODULE: ../../packages/notify/src/deliver.ts
// Tell everyone at once, and never let telling change the release: a notifier that throws
// becomes a failed delivery, and deliverAll itself never throws.

async function deliverAll(notifiers, notice, options = {}) {
    const secrets = options.secrets ?? [];
    const report = (delivery) => {
        const scrubbed = { ...delivery, detail: scrubSecrets(delivery.detail, secrets) };
        try {
            options.onDelivery?.(scrubbed);
        }
        catch {
            // A broken progress callback must not lose the delivery or fail the release.
        }
        return scrubbed;
    };
    const perNotifier = await Promise.all(notifiers.map(async (notifier) => {
        try {
            const deliveries = await notifier.notify(notice, options.signal);
            return Array.isArray(deliveries) ? deliveries.map(report) : [];
        }
        catch (error) {
            const channel = typeof notifier.channel === "string" ? notifier.channel : "unknown";
            return [
                report({
                    channel,
                    target: channel,
                    ok: false,
                    attempts: 0,
                    detail: safeDetail(`notifier failed: ${oneLineMessage(error)}`, secrets),
                }),
            ];
        }
    }));
    return perNotifier.flat();
}
// Incoming-webhook and workflow-trigger URLs carry their credential in the path.
const SLACK_HOOK_URL = /\bhttps?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>`)\]]*/gi;
const SLACK_HOOK_PATH = /\/(?:services|triggers|workflows)\/T[A-Z0-9]+\/[A-Za-z0-9_/-]+/g;
/**
 * `text` with every secret value (and its URL-encoded form) and anything that looks like a
 * Slack webhook URL or path replaced by "***". Longest secrets first, so a secret that contains
 * another is removed whole.
 */
function scrubSecrets(text, secrets) {
    const values = new Set();
    for (const secret of secrets) {
        if (typeof secret !== "string" || secret === "")
            continue;
        values.add(secret);
        values.add(encodeURIComponent(secret));
    }
    let result = text;
    for (const value of [...values].sort((a, b) => b.length - a.length)) {
        result = result.split(value).join("***");
    }
    return result.replace(SLACK_HOOK_URL, "***").replace(SLACK_HOOK_PATH, "/***");
}
/** An error's message on one line, never its stack, cause or properties (which may hold URLs). */
function oneLineMessage(error) {
    const message = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
    return clean(message) || "unknown error";
}
/**
 * A Delivery detail: one line, secrets scrubbed, then cut to `max` characters. Scrubbing comes
 * first so a cut can never leave the front half of a secret behind.
 */
function safeDetail(text, secrets, max = 300) {
    return truncate(scrubSecrets(clean(text), secrets), max);
}

;// CONCATENATED MODULE: ../../packages/notify/src/slack.ts
// Slack through incoming webhooks: one Block Kit message per channel the descriptor lists,
// posted with @slack/webhook, retried on 429 (honouring Retry-After) and 5xx, never on other 4xx.
// The webhook URL is the credential, so no detail ever quotes it (or a raw error that might).





/** Block Kit limits (docs.slack.dev/reference/block-kit). */
const SLACK_LIMITS = {
    blocks: 50,
    headerText: 150,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
    buttonText: 75,
    buttonUrl: 3000,
};
const DEFAULT_TIMEOUT_MS = 10_000;
// Connection failures where the request never reached Slack: safe to send again.
const RETRYABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "EPIPE", "UND_ERR_SOCKET"]);
// IncomingWebhook's errors keep the status and body but drop the headers; the fetch we hand
// it records Retry-After into the context of the attempt that is running.
const attemptContext = new external_node_async_hooks_.AsyncLocalStorage();
const contextFetch = async (url, init) => {
    const attempt = attemptContext.getStore();
    const signals = [init?.signal, attempt?.signal].filter((s) => s !== undefined);
    const response = await fetch(url, {
        ...init,
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    });
    if (attempt)
        attempt.retryAfter = response.headers.get("retry-after") ?? undefined;
    return response;
};
function slackNotifier(options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const secrets = Object.values(options.channels).flatMap(webhookSecrets);
    const hooks = new Map();
    let load;
    // Loaded on first use, so a release that notifies nobody on Slack never pays for it.
    function webhook(url) {
        let hook = hooks.get(url);
        if (!hook) {
            load ??= __webpack_require__.e(/* import() */ 799).then(__webpack_require__.t.bind(__webpack_require__, 3799, 23));
            hook = load
                .then(({ IncomingWebhook }) => new IncomingWebhook(url, { timeout: timeoutMs, fetch: contextFetch }))
                .catch((error) => {
                hooks.delete(url);
                load = undefined;
                throw error;
            });
            hooks.set(url, hook);
        }
        return hook;
    }
    function webhookUrl(channel) {
        const bare = channel.replace(/^#/, "");
        const exact = options.channels[channel] ?? options.channels[`#${bare}`] ?? options.channels[bare];
        if (exact)
            return exact;
        const lower = bare.toLowerCase();
        const key = Object.keys(options.channels).find((k) => k.replace(/^#/, "").toLowerCase() === lower);
        return key === undefined ? undefined : options.channels[key];
    }
    async function post(channel, message, signal) {
        const done = (ok, attempts, detail) => ({
            channel: "slack",
            target: channel,
            ok,
            attempts,
            detail: ok ? detail : safeDetail(detail, secrets),
        });
        const url = webhookUrl(channel);
        if (!url)
            return done(false, 0, `no webhook configured for ${channel}`);
        if (!httpUrl(url))
            return done(false, 0, `the webhook configured for ${channel} is not an http(s) URL`);
        if (signal?.aborted)
            return done(false, 0, "aborted before sending");
        let attempts = 0;
        let last = {};
        const sleep = async (ms) => {
            await (options.retry?.sleep ? options.retry.sleep(ms) : (0,promises_.setTimeout)(ms, undefined, { signal }));
            signal?.throwIfAborted();
        };
        try {
            const hook = await webhook(url);
            await (0,retry/* withRetry */.bD)(`Slack ${channel}`, () => {
                attempts++;
                last = { signal };
                return attemptContext.run(last, () => hook.send(message));
            }, (error) => retryable(error, last, signal), { ...options.retry, sleep });
            return done(true, attempts, "delivered");
        }
        catch (error) {
            return done(false, attempts, failureDetail(error, attempts, last, timeoutMs, signal));
        }
    }
    return {
        channel: "slack",
        async notify(notice, signal) {
            const channels = unique(notice.recipients.slack);
            if (channels.length === 0)
                return [];
            const message = slackMessage(notice, { jiraUrl: options.jiraUrl });
            return Promise.all(channels.map((channel) => post(channel, message, signal)));
        },
    };
}
// --- failures -------------------------------------------------------------------------------
/** The URL is the credential; a path quoted without its host (by a proxy, say) is one too. */
function webhookSecrets(url) {
    try {
        const { pathname } = new URL(url);
        return pathname.length > 8 ? [url, pathname] : [url];
    }
    catch {
        return [url];
    }
}
const isHttpError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_http_error";
const isRequestError = (e) => typeof e === "object" && e !== null && e.code === "slack_webhook_request_error";
function retryable(error, attempt, signal) {
    if (isHttpError(error))
        return { status: error.statusCode, retryAfter: attempt.retryAfter };
    if (isRequestError(error) && !signal?.aborted) {
        const code = networkCode(error.original);
        // A synthetic 503: withRetry retries by status, and a refused connection is as transient.
        if (code && RETRYABLE_NETWORK.has(code))
            return { status: 503 };
    }
    return undefined;
}
function failureDetail(error, attempts, attempt, timeoutMs, signal) {
    const after = attempts > 1 ? ` after ${attempts} attempts` : "";
    if (error instanceof retry/* RetryGaveUp */.lI && isHttpError(error.cause)) {
        const wait = (0,retry/* retryAfterMs */.Vs)(attempt.retryAfter);
        const seconds = wait === undefined ? "?" : String(Math.round(wait / 1000));
        return `${httpText(error.cause)}: Retry-After ${seconds} s is longer than the retry limit${after}`;
    }
    if (isHttpError(error))
        return `${httpText(error)}${after}`;
    if (signal?.aborted || isAbort(error))
        return "aborted";
    if (isRequestError(error)) {
        if (isTimeout(error.original))
            return `timed out after ${timeoutMs} ms${after}`;
        return `network error: ${networkText(error.original)}${after}`;
    }
    return `failed: ${oneLineMessage(error)}`;
}
/** "HTTP 404 channel_not_found": Slack answers failures with a plain-text error code. */
function httpText(error) {
    const body = truncate(clean(error.body ?? ""), 120) || clean(error.statusMessage ?? "");
    return `HTTP ${error.statusCode}${body ? ` ${body}` : ""}`;
}
function networkCode(original) {
    const cause = original
        ?.cause;
    const code = cause?.code ?? cause?.errors?.[0]?.code;
    return typeof code === "string" ? code : undefined;
}
/** The cause's message (e.g. "connect ECONNREFUSED 127.0.0.1:9"), never the fetch error itself. */
function networkText(original) {
    const cause = original?.cause;
    const message = cause instanceof Error && cause.message ? cause.message : undefined;
    return message ?? networkCode(original) ?? oneLineMessage(original);
}
const isTimeout = (e) => e instanceof Error && e.name === "TimeoutError";
const isAbort = (e) => e instanceof Error && (e.name === "AbortError" || isAbort(e.original));
function unique(channels) {
    const seen = new Set();
    const out = [];
    for (const raw of channels) {
        const channel = clean(raw);
        const key = channel.replace(/^#/, "").toLowerCase();
        if (!key || seen.has(key))
            continue;
        seen.add(key);
        out.push(channel);
    }
    return out;
}
/** The Block Kit message for a notice: every untrusted value escaped and cut to Slack's limits. */
function slackMessage(notice, options = {}) {
    const title = `${EVENT_EMOJI[notice.event]} ${headline(notice)}`;
    const blocks = [
        // plain_text is never parsed for links or mentions, so it needs no escaping, only a cut.
        {
            type: "header",
            text: { type: "plain_text", text: truncate(title, SLACK_LIMITS.headerText), emoji: true },
        },
    ];
    const fields = [
        field("Environment", esc(clean(notice.environment))),
        field("Service", esc(clean(notice.service))),
        field("Version", esc(versionText(notice.version))),
        field("Pushed by", esc(clean(notice.pusher))),
    ];
    const committer = committerText(notice.committer);
    if (committer)
        fields.push(field("Committer", esc(committer)));
    const sha = shortSha(notice.commit.sha);
    if (sha) {
        const commitUrl = httpUrl(notice.commit.url);
        fields.push(field("Commit", commitUrl ? mrkdwnLink(commitUrl, sha) : `\`${esc(sha)}\``));
    }
    const tickets = ticketRefs(notice.tickets, options.jiraUrl);
    if (tickets.length) {
        const parts = tickets.map((t) => (t.url ? mrkdwnLink(t.url, t.key) : esc(t.key)));
        fields.push(field("Tickets", joinWithin(parts, ", ", SLACK_LIMITS.fieldText - "*Tickets*\n".length)));
    }
    blocks.push({ type: "section", fields: fields.slice(0, SLACK_LIMITS.fields) });
    const plan = clean(notice.plan);
    if (plan)
        blocks.push(section(`*Plan:* ${fitEscaped(plan, SLACK_LIMITS.sectionText - 10)}`));
    if (notice.event === "failed" && notice.failure) {
        const stage = esc(truncate(clean(notice.failure.stage), 100));
        const reason = clean(notice.failure.reason);
        blocks.push(section(`*Failed at ${stage}*${reason ? `: ${fitEscaped(reason, 2500)}` : ""}`));
        if (notice.failure.log) {
            const tail = codeBlockTail(notice.failure.log, SLACK_LIMITS.sectionText - 8);
            if (tail)
                blocks.push(section(`\`\`\`\n${tail}\n\`\`\``));
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        const mark = notice.rollback.ok ? "\u2705" : "\u26a0\ufe0f";
        blocks.push(section(`${mark} *Rolled back:* ${fitEscaped(rollbackText(notice.rollback), 2900)}`));
    }
    if (notice.stages.length) {
        const lines = notice.stages.map((s) => {
            const reason = clean(s.reason);
            return `${OUTCOME_MARK[s.outcome] ?? "?"} *${esc(truncate(clean(s.stage), 80))}* ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` \u2014 ${fitEscaped(reason, 300)}` : ""}`;
        });
        blocks.push(section(`*Stages*\n${linesWithin(lines, SLACK_LIMITS.sectionText - "*Stages*\n".length)}`));
    }
    const buttons = releaseLinks(notice)
        .filter((l) => l.url.length <= SLACK_LIMITS.buttonUrl)
        .map((l) => ({
        type: "button",
        text: { type: "plain_text", text: l.label },
        url: l.url,
        action_id: l.label === "Commit" ? "gitops-commit" : "gitops-run",
    }));
    if (buttons.length)
        blocks.push({ type: "actions", elements: buttons });
    let text = `${EVENT_EMOJI[notice.event]} ${fitEscaped(headline(notice), 2000)}`;
    if (notice.event === "failed" && notice.failure) {
        text += ` \u2014 failed at ${fitEscaped(clean(notice.failure.stage), 200)}`;
    }
    return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
/** Slack's three control characters, as its formatting docs ask: & < > and nothing else. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const esc = escapeMrkdwn;
// verbatim: Slack leaves bare URLs, #channels and @mentions in untrusted text alone.
function section(text) {
    return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}
function field(label, escapedValue) {
    const prefix = `*${label}*\n`;
    return {
        type: "mrkdwn",
        text: prefix + (cutEscaped(escapedValue, SLACK_LIMITS.fieldText - prefix.length) || "\u2014"),
        verbatim: true,
    };
}
/** `<url|label>`: the URL is an http(s) href; `|` and `>` would end it early, `&` is escaped. */
function mrkdwnLink(url, label) {
    const target = url.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
    return `<${target}|${esc(label)}>`;
}
/** Escape, then cut to `max` without splitting an entity: cut the raw text, not the escaped. */
function fitEscaped(raw, max) {
    if (esc(raw).length <= max)
        return esc(raw);
    let out = "";
    for (const char of raw) {
        const e = esc(char);
        if (out.length + e.length > max - 1)
            break;
        out += e;
    }
    return `${out}\u2026`;
}
/** An already-escaped string cut to `max`, backing off an entity the cut would split. */
function cutEscaped(escaped, max) {
    if (escaped.length <= max)
        return escaped;
    let cut = truncate(escaped, max).slice(0, -1);
    cut = cut.replace(/&[a-z]*$/, "").replace(/<[^>]*$/, "");
    return `${cut}\u2026`;
}
/** The end of the log as the body of a ``` block: escaped, fenced text disarmed, within `max`. */
function codeBlockTail(log, max) {
    const disarm = (raw) => esc(raw).replace(/```/g, "`\u200b`\u200b`");
    let lines = logTail(log, 25, max).split("\n");
    let body = disarm(lines.join("\n"));
    // Escaping lengthens the text: drop lines from the front until it fits again.
    while (body.length > max && lines.length > 1) {
        lines = lines.slice(1);
        body = disarm(["\u2026", ...lines].join("\n"));
    }
    // One huge line: keep its end, minus an entity the cut split.
    return body.length > max ? body.slice(-max).replace(/^[a-z]{0,3};/, "") : body;
}
function joinWithin(parts, separator, max) {
    let out = "";
    for (const [i, part] of parts.entries()) {
        const more = `${separator}and ${parts.length - i} more`;
        const next = out ? `${out}${separator}${part}` : part;
        if (next.length + (i < parts.length - 1 ? more.length : 0) > max)
            return `${out}${more}`;
        out = next;
    }
    return out;
}
function linesWithin(lines, max) {
    const kept = [];
    for (const [i, line] of lines.entries()) {
        const rest = lines.length - i;
        const candidate = [...kept, line].join("\n");
        const suffix = rest > 1 ? `\n\u2026 and ${rest - 1} more` : "";
        if (candidate.length + suffix.length > max) {
            kept.push(`\u2026 and ${rest} more`);
            break;
        }
        kept.push(line);
    }
    return kept.join("\n");
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../../packages/model/src/text.ts
var src_text = __webpack_require__(6940);
;// CONCATENATED MODULE: ../../packages/notify/src/email.ts
// E-mail over SMTP with nodemailer: one message per notice to everyone who should know, one
// Delivery per recipient, so a refused address is reported without hiding the ones that took it.
// Transient trouble (4xx replies, dropped connections) is retried; 5xx refusals are final.






const email_DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_PORT = { tls: 465, starttls: 587, none: 25 };
const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT"]);
function emailNotifier(options) {
    const timeoutMs = options.timeoutMs ?? email_DEFAULT_TIMEOUT_MS;
    const secrets = smtpSecrets(options.username, options.password);
    let transport;
    // nodemailer is loaded on the first notice, so a release that mails nobody never pays for it.
    function mailer() {
        transport ??= __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 8985))
            .then(({ createTransport }) => createTransport({
            host: options.host,
            port: options.port ?? DEFAULT_PORT[options.security],
            secure: options.security === "tls",
            requireTLS: options.security === "starttls",
            ignoreTLS: options.security === "none",
            auth: options.username ? { user: options.username, pass: options.password ?? "" } : undefined,
            tls: { rejectUnauthorized: options.tlsRejectUnauthorized ?? true, ca: options.ca },
            connectionTimeout: timeoutMs,
            greetingTimeout: timeoutMs,
            socketTimeout: timeoutMs,
            logger: false,
        }))
            .catch((error) => {
            transport = undefined;
            throw error;
        });
        return transport;
    }
    return {
        channel: "email",
        async notify(notice, signal) {
            const { valid, invalid } = recipientsOf(notice, options.always ?? []);
            const results = new Map();
            const key = (address) => address.toLowerCase();
            const settle = (address, ok, attempts, detail) => results.set(key(address), {
                channel: "email",
                target: address,
                ok,
                attempts,
                detail: ok ? detail : safeDetail(detail, secrets),
            });
            const refused = invalid.map((raw) => ({
                channel: "email",
                target: truncate(clean(raw), 100),
                ok: false,
                attempts: 0,
                detail: "not an e-mail address",
            }));
            const inOrder = () => [...valid.flatMap((v) => results.get(key(v)) ?? []), ...refused];
            if (valid.length === 0)
                return refused;
            if (signal?.aborted) {
                for (const address of valid)
                    settle(address, false, 0, "aborted before sending");
                return inOrder();
            }
            const message = emailMessage(notice, { from: options.from, jiraUrl: options.jiraUrl });
            let pending = valid;
            let attempts = 0;
            let deferred = new Map();
            const sleep = async (ms) => {
                await (options.retry?.sleep ? options.retry.sleep(ms) : (0,promises_.setTimeout)(ms, undefined, { signal }));
                signal?.throwIfAborted();
            };
            try {
                const smtp = await mailer();
                await (0,retry/* withRetry */.bD)("e-mail", async () => {
                    attempts++;
                    deferred = new Map();
                    let accepted;
                    let refusals;
                    try {
                        const info = await smtp.sendMail({
                            ...message,
                            to: valid,
                            // Retries go only to the addresses still waiting; the To header stays whole.
                            envelope: { from: options.from, to: pending },
                            signal,
                        });
                        accepted = (info.accepted ?? []).map(String);
                        refusals = info.rejectedErrors ?? [];
                    }
                    catch (error) {
                        const e = error;
                        // Every recipient refused: still an answer per recipient, not a failed connection.
                        if (e?.code !== "EENVELOPE" || !e.rejectedErrors?.length)
                            throw error;
                        accepted = [];
                        refusals = e.rejectedErrors;
                    }
                    const acceptedKeys = new Set(accepted.map(key));
                    const refusedBy = new Map(refusals.map((r) => [key(String(r.recipient ?? "")), r]));
                    for (const address of pending) {
                        const refusal = refusedBy.get(key(address));
                        if (!refusal || acceptedKeys.has(key(address)))
                            settle(address, true, attempts, "delivered");
                        else if (refusal.permanent === false)
                            deferred.set(address, smtpReply(refusal));
                        else
                            settle(address, false, attempts, `recipient refused: ${smtpReply(refusal)}`);
                    }
                    pending = [...deferred.keys()];
                    if (pending.length)
                        throw new Deferred();
                }, (error) => email_transient(error, signal), { ...options.retry, sleep });
            }
            catch (error) {
                const after = attempts > 1 ? ` after ${attempts} attempts` : "";
                for (const address of pending) {
                    const reply = deferred.get(address);
                    const detail = error instanceof Deferred && reply !== undefined
                        ? `recipient deferred: ${reply}${after}`
                        : `${smtpFailure(error, signal)}${after}`;
                    settle(address, false, attempts, detail);
                }
            }
            return inOrder();
        },
    };
}
/** Some recipients got a 4xx: worth another attempt for them alone. */
class Deferred extends Error {
    constructor() {
        super("some recipients were deferred");
        this.name = "Deferred";
    }
}
function email_transient(error, signal) {
    if (signal?.aborted)
        return undefined;
    // Synthetic 503s: withRetry retries by status, and these are the SMTP equivalents.
    if (error instanceof Deferred)
        return { status: 503 };
    const e = error;
    if (typeof e?.responseCode === "number")
        return e.permanent === false ? { status: 503 } : undefined;
    // A socket that went quiet mid-session may have delivered already: a second copy is worse.
    if (e?.code === "ETIMEDOUT" && e.timeoutType === "SOCKET_TIMEOUT")
        return undefined;
    if (typeof e?.code === "string" && NETWORK_CODES.has(e.code) && !isTlsFailure(e))
        return { status: 503 };
    return undefined;
}
// Certificate and handshake failures come back as ESOCKET; they do not fix themselves.
const isTlsFailure = (e) => e?.code === "ETLS" || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_(?:TLS|SSL)_/.test(e?.originalCode ?? "");
/** "550 Mailbox unavailable": the server's reply, one line. */
function smtpReply(error) {
    return clean(error.response ?? "") || (error.responseCode ? String(error.responseCode) : "refused");
}
/** One line about a failed send; built from the code and the server's reply, never the raw error. */
function smtpFailure(error, signal) {
    const e = error;
    const message = oneLineMessage(error);
    const reply = e?.response ? clean(e.response) : "";
    if (signal?.aborted || e?.code === "EABORT" || e?.name === "AbortError")
        return "aborted";
    if (isTlsFailure(e))
        return `TLS failed: ${message}`;
    switch (e?.code) {
        case "EAUTH":
            return `authentication failed: ${reply || message}`;
        case "ENOAUTH":
            return "authentication failed: the server wants credentials and none are configured";
        case "EENVELOPE":
            return `sender or recipients refused: ${reply || message}`;
        case "EMESSAGE":
            return `message refused: ${reply || message}`;
        case "ETIMEDOUT":
            return `timed out: ${message}`;
        case "ECONNECTION":
        case "ESOCKET":
        case "EDNS":
            return `connection failed: ${message}`;
        default:
            return `send failed: ${message}`;
    }
}
/** The password, and the base64 forms AUTH PLAIN and AUTH LOGIN put on the wire. */
function smtpSecrets(username, password) {
    if (!password)
        return [];
    const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
    return [password, b64(password), b64(`\u0000${username ?? ""}\u0000${password}`)];
}
// --- recipients -----------------------------------------------------------------------------
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;
/** The descriptor's addresses, the maintainer and `always`, once each whatever the case. */
function recipientsOf(notice, always) {
    const seen = new Set();
    const valid = [];
    const invalid = [];
    for (const raw of [...notice.recipients.emails, notice.recipients.maintainer?.email ?? "", ...always]) {
        const address = typeof raw === "string" ? raw.trim() : "";
        if (!address)
            continue;
        const key = address.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        (ADDRESS.test(address) ? valid : invalid).push(address);
    }
    return { valid, invalid };
}
/** Subject, headers, plain-text and HTML bodies for a notice (recipients are added by the notifier). */
function emailMessage(notice, options) {
    const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(options.from)?.[1] ?? "gitops.invalid";
    // Every notice of one release cites the same (never sent) root, so mail clients thread them.
    const release = (0,external_node_crypto_.createHash)("sha256")
        .update(`${notice.environment}\u0000${notice.service}\u0000${notice.commit.sha}`)
        .digest("hex")
        .slice(0, 24);
    const random = (0,external_node_crypto_.randomBytes)(8).toString("hex");
    const root = `<release.${release}@${domain}>`;
    return {
        from: options.from,
        subject: truncate(subjectLine(notice), 200),
        text: emailText(notice, options.jiraUrl),
        html: emailHtml(notice, options.jiraUrl),
        messageId: `<${notice.event}.${release}.${random}@${domain}>`,
        references: root,
        inReplyTo: root,
        headers: {
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-Gitops-Event": notice.event,
            "X-Gitops-Service": truncate(clean(notice.service), 200),
            "X-Gitops-Environment": truncate(clean(notice.environment), 200),
            "X-Gitops-Version": truncate(releasedVersion(notice.version), 200),
        },
    };
}
function facts(notice, jiraUrl) {
    const rows = [
        { label: "Environment", value: clean(notice.environment) },
        { label: "Service", value: clean(notice.service) },
        { label: "Version", value: versionText(notice.version) },
        { label: "Pushed by", value: clean(notice.pusher) },
    ];
    const committer = committerText(notice.committer);
    if (committer)
        rows.push({ label: "Committer", value: committer });
    const commit = releaseLinks(notice).find((l) => l.label === "Commit");
    const sha = shortSha(notice.commit.sha);
    if (sha)
        rows.push({ label: "Commit", value: sha, url: commit?.url });
    const plan = clean(notice.plan);
    if (plan)
        rows.push({ label: "Plan", value: truncate(plan, 1000) });
    return { rows, tickets: ticketRefs(notice.tickets, jiraUrl) };
}
function emailText(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const out = [`${EVENT_EMOJI[notice.event]} ${headline(notice)}`, ""];
    const width = Math.max(...rows.map((r) => r.label.length), "Tickets".length) + 2;
    for (const row of rows)
        out.push(`${`${row.label}:`.padEnd(width)}${row.value}`);
    if (tickets.length) {
        out.push(`${"Tickets:".padEnd(width)}${tickets.map((t) => (t.url ? `${t.key} <${t.url}>` : t.key)).join(", ")}`);
    }
    if (notice.event === "failed" && notice.failure) {
        const reason = clean(notice.failure.reason);
        out.push("", `Failed at ${clean(notice.failure.stage)}${reason ? `: ${truncate(reason, 1000)}` : ""}`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail)
            out.push("", "End of the log:", ...tail.split("\n").map((line) => `    ${line}`));
    }
    if (notice.event === "rolled-back" && notice.rollback)
        out.push("", `Rolled back: ${rollbackText(notice.rollback)}`);
    if (notice.stages.length) {
        out.push("", "Stages:");
        for (const s of notice.stages) {
            const reason = truncate(clean(s.reason), 300);
            out.push(`  ${OUTCOME_MARK[s.outcome] ?? "?"} ${clean(s.stage)}: ${s.outcome} in ${durationText(s.durationMs)}${reason ? ` (${reason})` : ""}`);
        }
    }
    const links = releaseLinks(notice);
    if (links.length) {
        out.push("");
        for (const link of links)
            out.push(`${link.label}: ${link.url}`);
    }
    out.push("", "-- ", `Sent by gitops for ${clean(notice.service)} in ${clean(notice.environment)}.`);
    return `${out.join("\n")}\n`;
}
function emailHtml(notice, jiraUrl) {
    const { rows, tickets } = facts(notice, jiraUrl);
    const a = (url, label) => `<a href="${(0,src_text/* escapeHtml */.ZD)(url)}">${(0,src_text/* escapeHtml */.ZD)(label)}</a>`;
    const th = 'style="text-align:left;padding:2px 12px 2px 0;color:#59636e;font-weight:600"';
    const out = [
        "<!doctype html>",
        "<html><body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;font-size:14px;color:#1f2328\">",
        `<h2 style="margin:0 0 12px">${EVENT_EMOJI[notice.event]} ${(0,src_text/* escapeHtml */.ZD)(headline(notice))}</h2>`,
        '<table style="border-collapse:collapse">',
    ];
    for (const row of rows) {
        out.push(`<tr><th ${th}>${(0,src_text/* escapeHtml */.ZD)(row.label)}</th><td>${row.url ? a(row.url, row.value) : (0,src_text/* escapeHtml */.ZD)(row.value)}</td></tr>`);
    }
    if (tickets.length) {
        const cells = tickets.map((t) => (t.url ? a(t.url, t.key) : (0,src_text/* escapeHtml */.ZD)(t.key))).join(", ");
        out.push(`<tr><th ${th}>Tickets</th><td>${cells}</td></tr>`);
    }
    out.push("</table>");
    if (notice.event === "failed" && notice.failure) {
        const reason = clean(notice.failure.reason);
        out.push(`<p><strong>Failed at ${(0,src_text/* escapeHtml */.ZD)(clean(notice.failure.stage))}</strong>${reason ? `: ${(0,src_text/* escapeHtml */.ZD)(truncate(reason, 1000))}` : ""}</p>`);
        const tail = notice.failure.log ? logTail(notice.failure.log, 30, 4000) : "";
        if (tail) {
            out.push(`<pre style="background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;font-size:12px">${(0,src_text/* escapeHtml */.ZD)(tail)}</pre>`);
        }
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        out.push(`<p><strong>Rolled back:</strong> ${(0,src_text/* escapeHtml */.ZD)(rollbackText(notice.rollback))}</p>`);
    }
    if (notice.stages.length) {
        out.push('<h3 style="margin:16px 0 4px">Stages</h3>', '<table style="border-collapse:collapse">');
        for (const s of notice.stages) {
            out.push(`<tr><td>${OUTCOME_MARK[s.outcome] ?? "?"}</td><td style="padding:2px 8px">${(0,src_text/* escapeHtml */.ZD)(clean(s.stage))}</td><td>${(0,src_text/* escapeHtml */.ZD)(s.outcome)}</td><td style="padding:2px 8px">${durationText(s.durationMs)}</td><td>${(0,src_text/* escapeHtml */.ZD)(truncate(clean(s.reason), 300))}</td></tr>`);
        }
        out.push("</table>");
    }
    const links = releaseLinks(notice);
    if (links.length)
        out.push(`<p>${links.map((l) => a(l.url, l.label)).join(" \u00b7 ")}</p>`);
    out.push(`<p style="color:#59636e;font-size:12px">Sent by gitops for ${(0,src_text/* escapeHtml */.ZD)(clean(notice.service))} in ${(0,src_text/* escapeHtml */.ZD)(clean(notice.environment))}.</p>`, "</body></html>");
    return `${out.join("\n")}\n`;
}

// EXTERNAL MODULE: ../../packages/jira/src/connection.ts
var connection = __webpack_require__(2846);
;// CONCATENATED MODULE: ../../packages/notify/src/jira.ts
// JIRA as notify tells it: a comment (ADF) on every ticket the pushed commits cite, the configured
// transition when the release succeeds, and on failure one open issue per service and environment
// in the failure project, assigned to the committer. "started" writes nothing to JIRA: a comment
// per ticket for every start is noise; the outcome comments say everything a ticket needs.
// Every JIRA problem becomes a Delivery with ok: false; nothing here throws.


/** The label every failure issue carries; with `service:<svc>` and `env:<env>` it finds the open one. */
const FAILURE_LABEL = "gitops-failure";
/** Added when nobody could be assigned. */
const TRIAGE_LABEL = "needs-triage";
const LOG_LINES = 60;
const LOG_CHARS = 4000;
function jiraNotifier(options) {
    const jira = (0,connection/* openJira */.V)(options.connection, {
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
    const base = (options.jiraUrl ?? options.connection.url).replace(/\/+$/, "");
    const browse = (key) => `${base}/browse/${key}`;
    const issueType = options.issueType ?? "Bug";
    /** One delivery's JIRA requests: how many attempts the most-retried one took. */
    const attemptsOf = () => {
        const tally = { attempts: 0 };
        const seen = (n) => {
            tally.attempts = Math.max(tally.attempts, n);
        };
        return { tally, seen };
    };
    async function commentOnTicket(notice, key) {
        const { tally, seen } = attemptsOf();
        const delivery = (ok, detail) => ({
            channel: "jira",
            target: key,
            ok,
            attempts: Math.max(1, tally.attempts),
            detail,
            url: browse(key),
        });
        const done = [];
        try {
            await jira.call(`comment on ${key}`, (api) => api.addComment(api.client, { issueIdOrKey: key, body: releaseComment(notice) }), seen);
            done.push("commented");
        }
        catch (error) {
            const detail = failure(error, key);
            // A ticket that is missing, or credentials that are refused, will not take a transition either.
            if (!(0,connection/* isJiraError */.fV)(error) || !["rejected", "forbidden"].includes(error.kind))
                return delivery(false, detail);
            done.push(`comment refused (${detail})`);
        }
        const transition = notice.event === "succeeded" ? options.transitions?.[notice.environment] : undefined;
        if (!transition)
            return delivery(done[0] === "commented", done.join("; "));
        try {
            const moved = await transitionTicket(key, transition, seen);
            done.push(moved.detail);
            return delivery(done[0] === "commented" && moved.ok, done.join("; "));
        }
        catch (error) {
            done.push(failure(error, key));
            return delivery(false, done.join("; "));
        }
    }
    /**
     * Runs the named transition, unless the ticket already is where it leads. JIRA lists only the
     * transitions leaving the current status, so "already there" is known when a listed transition of
     * that name leads to the current status, or when the status bears the transition's name (as in
     * JIRA's simplified workflows); otherwise an unavailable transition is reported, not guessed at.
     */
    async function transitionTicket(key, name, seen) {
        const issue = await jira.call(`status of ${key}`, (api) => api.getIssue(api.client, { issueIdOrKey: key, fields: ["status"] }), seen);
        const current = issue.fields?.status;
        const status = current?.name ?? "?";
        const same = (a, b) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
        const listed = await jira.call(`transitions of ${key}`, (api) => api.getTransitions(api.client, { issueIdOrKey: key }), seen);
        const named = (listed.transitions ?? []).filter((t) => same(t.name, name));
        const leadsHere = named.find((t) => (t.to?.id !== undefined && t.to.id === current?.id) || same(t.to?.name, status));
        if (leadsHere || same(name, status))
            return { ok: true, detail: `already in ${status}` };
        const available = named.find((t) => t.isAvailable !== false && t.id !== undefined);
        if (!available)
            return { ok: false, detail: `no transition named "${name}" from status "${status}"` };
        await jira.call(`transition ${key}`, (api) => api.doTransition(api.client, { issueIdOrKey: key, transition: { id: available.id } }), seen);
        return { ok: true, detail: `moved to ${available.to?.name ?? name}` };
    }
    /** The newest open failure issue of this service in this environment, if any. */
    async function openFailureIssue(notice, project, seen) {
        const found = await jira.call(`search ${project} for an open failure issue`, (api) => api.searchIssues(api.client, { jql: failureJql(project, notice), fields: ["status"], maxResults: 1 }), seen);
        return found.issues?.[0]?.key;
    }
    async function failureIssue(notice, project) {
        const { tally, seen } = attemptsOf();
        const delivery = (d) => ({
            channel: "jira",
            attempts: Math.max(1, tally.attempts),
            ...d,
        });
        let subject = project;
        try {
            const open = await openFailureIssue(notice, project, seen);
            if (open) {
                subject = open;
                await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: failedAgainComment(notice) }), seen);
                return delivery({
                    target: `${open} (open failure issue, commented)`,
                    ok: true,
                    detail: `failed again: commented on ${open}`,
                    url: browse(open),
                });
            }
            const assignee = await findAssignee(notice, seen);
            const labels = failureLabels(notice, options.labels ?? []);
            const fields = {
                project: { key: project },
                issuetype: { name: issueType },
                summary: failureSummary(notice),
                description: failureDescription(notice, browse),
                labels: assignee.accountId ? labels : [...labels, TRIAGE_LABEL],
                ...(assignee.accountId ? { assignee: { accountId: assignee.accountId } } : {}),
            };
            let detail = assignee.detail;
            let created;
            try {
                created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, { fields }), seen);
            }
            catch (error) {
                // JIRA refused the assignee (not assignable in this project): create it unassigned instead.
                if (!((0,connection/* isJiraError */.fV)(error) &&
                    error.kind === "rejected" &&
                    error.fieldErrors.assignee &&
                    assignee.accountId))
                    throw error;
                const { assignee: _refused, ...unassigned } = fields;
                created = await jira.call(`create a failure issue in ${project}`, (api) => api.createIssue(api.client, {
                    fields: { ...unassigned, labels: [...labels, TRIAGE_LABEL] },
                }), seen);
                detail = `unassigned (${TRIAGE_LABEL}): JIRA refused ${assignee.name} as assignee (${error.fieldErrors.assignee})`;
            }
            const key = created.key ?? "?";
            return delivery({ target: `${key} (new failure issue)`, ok: true, detail, url: browse(key) });
        }
        catch (error) {
            return delivery({ target: `${project} (failure issue)`, ok: false, detail: failure(error, subject) });
        }
    }
    /** The committer, else the maintainer, if JIRA knows their email; else nobody. */
    async function findAssignee(notice, seen) {
        const candidates = [
            { who: "committer", email: notice.committer?.email },
            { who: "maintainer", email: notice.recipients.maintainer.email },
        ].filter((c) => Boolean(c.email?.trim()));
        const misses = [];
        for (const { who, email } of candidates) {
            try {
                const users = await jira.call(`find the user ${email}`, (api) => api.findUsers(api.client, { query: email, maxResults: 20 }), seen);
                const active = users.filter((u) => u.active !== false && u.accountId);
                // The query matches prefixes; take the exact email. A site that hides emails answers without
                // them: one hit is then taken as the person.
                const user = active.find((u) => u.emailAddress?.toLowerCase() === email.toLowerCase()) ??
                    (active.length === 1 && !active[0].emailAddress ? active[0] : undefined);
                if (user?.accountId) {
                    const name = user.displayName ?? email;
                    return { accountId: user.accountId, name, detail: `assigned to ${name} (${who})` };
                }
                misses.push(`no JIRA user for the ${who} ${email}`);
            }
            catch (error) {
                misses.push(`user search for the ${who} failed (${failure(error, email)})`);
            }
        }
        if (candidates.length === 0)
            misses.push("no committer or maintainer email");
        return { name: "nobody", detail: `unassigned (${TRIAGE_LABEL}): ${misses.join("; ")}` };
    }
    return {
        channel: "jira",
        async notify(notice, signal) {
            // "started" is not written to JIRA (see the top of this file).
            if (notice.event === "started")
                return [];
            const deliveries = [];
            const cancelled = (target) => ({
                channel: "jira",
                target,
                ok: false,
                attempts: 0,
                detail: "cancelled before it was sent",
            });
            for (const key of [...new Set(notice.tickets.map((t) => t.trim()).filter(Boolean))]) {
                deliveries.push(signal?.aborted ? cancelled(key) : await commentOnTicket(notice, key));
            }
            const project = options.failureProject;
            if (!project)
                return deliveries;
            if (signal?.aborted)
                return [...deliveries, cancelled(`${project} (failure issue)`)];
            if (notice.event === "failed")
                deliveries.push(await failureIssue(notice, project));
            if (notice.event === "rolled-back") {
                const restored = await recordRollback(notice, project);
                if (restored)
                    deliveries.push(restored);
            }
            return deliveries;
        },
    };
    /** A rollback is recorded on the open failure issue, when there is one. */
    async function recordRollback(notice, project) {
        const { tally, seen } = attemptsOf();
        let subject = project;
        try {
            const open = await openFailureIssue(notice, project, seen);
            if (!open)
                return undefined;
            subject = open;
            await jira.call(`comment on ${open}`, (api) => api.addComment(api.client, { issueIdOrKey: open, body: releaseComment(notice) }), seen);
            return {
                channel: "jira",
                target: `${open} (open failure issue, commented)`,
                ok: true,
                attempts: Math.max(1, tally.attempts),
                detail: `rollback recorded on ${open}`,
                url: browse(open),
            };
        }
        catch (error) {
            return {
                channel: "jira",
                target: `${project} (failure issue)`,
                ok: false,
                attempts: Math.max(1, tally.attempts),
                detail: failure(error, subject),
            };
        }
    }
}
// --- labels and JQL ------------------------------------------------------------------------------
/** A JIRA label: no spaces (JIRA refuses them), lower case, only [a-z0-9._:-], at most 255 characters. */
function labelSafe(value) {
    const label = value
        .toLowerCase()
        .replace(/[^a-z0-9._:-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+|-+$/g, "");
    return (label || "unnamed").slice(0, 255);
}
function failureLabels(notice, configured) {
    return [
        ...new Set([
            ...configured.map((l) => l.trim().replace(/\s+/g, "-")).filter(Boolean),
            FAILURE_LABEL,
            `service:${labelSafe(notice.service)}`,
            `env:${labelSafe(notice.environment)}`,
        ]),
    ];
}
const jqlString = (value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
/** The open failure issue of this service in this environment, newest first. */
function failureJql(project, notice) {
    return [
        `project = ${jqlString(project)}`,
        `labels = ${jqlString(FAILURE_LABEL)}`,
        `labels = ${jqlString(`service:${labelSafe(notice.service)}`)}`,
        `labels = ${jqlString(`env:${labelSafe(notice.environment)}`)}`,
        "statusCategory != Done ORDER BY created DESC",
    ].join(" AND ");
}
// --- messages ------------------------------------------------------------------------------------
/** One line for a failed JIRA call, never a secret (the connection redacts them). */
function failure(error, subject) {
    if (!(0,connection/* isJiraError */.fV)(error))
        return `JIRA: ${oneLine(error instanceof Error ? error.message : String(error))}`;
    const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : "";
    switch (error.kind) {
        case "auth":
            return `JIRA 401: the credentials were refused (check the JIRA account email and API token)`;
        case "not-found":
            return `JIRA 404: ${subject} does not exist or this JIRA account may not see it`;
        case "forbidden":
            return `JIRA 403${tries}: ${error.reason}`;
        case "timeout":
            return error.message;
        default:
            return error.status === undefined ? error.message : `JIRA ${error.status}${tries}: ${error.reason}`;
    }
}
function oneLine(text, max = 300) {
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function failureSummary(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    const version = notice.version.to ? ` ${notice.version.to}` : "";
    return oneLine(`Deployment of ${notice.service}${version} to ${notice.environment} failed at ${stage}`, 255);
}
const versionOf = (notice) => (notice.version.to ? ` ${notice.version.to}` : "");
function jira_headline(notice) {
    switch (notice.event) {
        case "started":
            return `\ud83d\ude80 ${notice.service}${versionOf(notice)} deployment to ${notice.environment} started`;
        case "succeeded":
            return `\u2705 ${notice.service}${versionOf(notice)} deployed to ${notice.environment}`;
        case "failed":
            return `\u274c ${notice.service}${versionOf(notice)} FAILED at ${notice.failure?.stage ?? "an unknown stage"} in ${notice.environment}`;
        case "rolled-back":
            return `\u21a9\ufe0f ${notice.service} rolled back to ${notice.rollback?.version ?? notice.version.from ?? "the previous version"} in ${notice.environment}`;
    }
}
/** The end of a log, where the failure is: the last lines, within a size JIRA renders well. */
function logExcerpt(log) {
    const lines = log.replace(/\s+$/, "").split("\n");
    let kept = lines.slice(-LOG_LINES).join("\n");
    if (kept.length > LOG_CHARS)
        kept = kept.slice(-LOG_CHARS).replace(/^[^\n]*\n/, "");
    const cut = lines.length - kept.split("\n").length;
    return cut > 0 ? `\u2026 ${cut} earlier line${cut === 1 ? "" : "s"} cut\n${kept}` : kept;
}
/** A text node, or nothing for empty text (ADF refuses empty text nodes). */
const jira_text = (value, ...marks) => value === "" ? [] : [{ type: "text", text: value, ...(marks.length > 0 ? { marks } : {}) }];
const strong = (value) => jira_text(value, { type: "strong" });
const jira_link = (value, href) => jira_text(value, { type: "link", attrs: { href } });
const paragraph = (...content) => ({ type: "paragraph", content: content.flat() });
const bulletList = (items) => ({
    type: "bulletList",
    content: items.map((item) => ({ type: "listItem", content: [paragraph(...item)] })),
});
const codeBlock = (code) => ({ type: "codeBlock", content: jira_text(code) });
const doc = (...content) => ({
    version: 1,
    type: "doc",
    content: content.filter((b) => b !== undefined),
});
function stageItems(stages) {
    const icon = { passed: "\u2714", failed: "\u2718", skipped: "\u2013" };
    return stages.map((s) => [
        jira_text(`${icon[s.outcome]} `),
        strong(s.stage),
        jira_text(` ${s.outcome} in ${durationText(s.durationMs)}${s.reason ? ` (${oneLine(s.reason, 200)})` : ""}`),
    ]);
}
function links(notice) {
    const sha = notice.commit.sha.slice(0, 12);
    const parts = [
        jira_text("Commit "),
        notice.commit.url ? jira_link(sha, notice.commit.url) : jira_text(sha, { type: "code" }),
    ];
    if (notice.runUrl)
        parts.push(jira_text(" \u00b7 "), jira_link("workflow run", notice.runUrl));
    return parts;
}
function body(notice, title) {
    const from = notice.version.from ?? "(new service)";
    const to = notice.version.to ?? "(removed)";
    const committer = notice.committer?.name ?? notice.committer?.email;
    const blocks = [
        { type: "heading", attrs: { level: 3 }, content: jira_text(title) },
        paragraph(strong("Version: "), jira_text(`${from} \u2192 ${to}`)),
        paragraph(strong("Pushed by: "), jira_text(notice.pusher), ...(committer ? [jira_text(" \u00b7 "), strong("Committed by: "), jira_text(committer)] : [])),
        notice.plan ? paragraph(strong("Plan: "), jira_text(oneLine(notice.plan))) : undefined,
    ];
    if (notice.event === "failed" && notice.failure) {
        blocks.push(paragraph(strong("Reason: "), jira_text(oneLine(notice.failure.reason, 1000))));
        if (notice.failure.log?.trim())
            blocks.push(codeBlock(logExcerpt(notice.failure.log)));
    }
    if (notice.event === "rolled-back" && notice.rollback) {
        blocks.push(paragraph(strong(notice.rollback.ok ? "Healthy again: " : "Still unhealthy: "), jira_text(oneLine(notice.rollback.reason, 1000) || (notice.rollback.ok ? "yes" : "no"))));
    }
    if (notice.stages.length > 0)
        blocks.push(paragraph(strong("Stages")), bulletList(stageItems(notice.stages)));
    blocks.push(paragraph(...links(notice)));
    return blocks.filter((b) => b !== undefined);
}
/** The comment on a cited ticket (and a rollback's on the failure issue). */
function releaseComment(notice) {
    return doc(...body(notice, jira_headline(notice)));
}
function failedAgainComment(notice) {
    const stage = notice.failure?.stage ?? "an unknown stage";
    return doc(...body(notice, `\u274c failed again: ${notice.service}${versionOf(notice)} at ${stage} in ${notice.environment}`));
}
function failureDescription(notice, browse) {
    const tickets = [...new Set(notice.tickets)];
    const ticketLinks = tickets.flatMap((key, i) => [...(i > 0 ? jira_text(", ") : []), ...jira_link(key, browse(key))]);
    const committer = notice.committer
        ? [notice.committer.name, notice.committer.email ? `<${notice.committer.email}>` : undefined]
            .filter(Boolean)
            .join(" ")
        : "";
    return doc(...body(notice, jira_headline(notice)), tickets.length > 0 ? paragraph(strong("Tickets: "), ticketLinks) : undefined, committer ? paragraph(strong("Committer: "), jira_text(committer)) : undefined, paragraph(jira_text(`Opened by gitops. Later failures of ${notice.service} in ${notice.environment} are added here as comments until this issue is done.`)));
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/notifiers.ts

function notifiersFor(config, secrets, extra = []) {
    const notifiers = [...extra];
    const jiraUrl = secrets.jira?.url ?? config.jira?.url;
    const channels = {};
    for (const [channel, { webhook }] of Object.entries(config.notifications.slack.channels)) {
        const url = secrets.slackWebhook(webhook);
        if (url)
            channels[channel] = url;
    }
    notifiers.push(slackNotifier({ channels, ...(jiraUrl ? { jiraUrl } : {}) }));
    if (secrets.smtp) {
        const { email } = config.notifications;
        notifiers.push(emailNotifier({
            ...secrets.smtp,
            from: email.from ?? "gitops@localhost",
            always: email.always,
        }));
    }
    if (secrets.jira && jiraUrl) {
        const { jira } = config.notifications;
        notifiers.push(jiraNotifier({
            connection: { url: jiraUrl, auth: secrets.jira.auth },
            transitions: jira.transitions,
            issueType: jira.issueType,
            labels: jira.labels,
            ...(jira.failureProject ? { failureProject: jira.failureProject } : {}),
        }));
    }
    return notifiers;
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ../../packages/process/src/duration.ts
/** For people, not for parsing: 300000 \u2192 "5m", 90000 \u2192 "1m 30s", 1500 \u2192 "1.5s", 250 \u2192 "250ms". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Math.round(ms / 100) / 10}s`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean).join(" ");
}

;// CONCATENATED MODULE: ../../packages/process/src/env.ts
/**
 * The named variables of `parent` that are set, and nothing else: the start of a minimal
 * environment, so a command does not see the caller's tokens by accident.
 */
function inheritedEnv(names, parent = process.env) {
    const env = {};
    for (const name of names) {
        const value = parent[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
/** Whether `name=value` can be put in a process's environment. */
function isValidEnvEntry(name, value) {
    return (name !== "" &&
        !name.includes("=") &&
        !name.includes("\0") &&
        typeof value === "string" &&
        !value.includes("\0"));
}

;// CONCATENATED MODULE: ../../packages/process/src/tail.ts
/** How much of a command's output a run keeps: the last 64 Ki characters. */
const OUTPUT_TAIL_CHARS = 64 * 1024;
// CSI (colours, cursor moves), OSC (titles, links) and two-character escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
/** The text without terminal escape sequences (colours, cursor moves, window titles, links). */
function stripAnsi(text) {
    return text.replace(ANSI, "");
}
/** The last `maxChars` characters of a stream of text, kept without holding all of it. */
class Tail {
    buf = "";
    maxChars;
    constructor(maxChars = OUTPUT_TAIL_CHARS) {
        this.maxChars = maxChars;
    }
    add(chunk) {
        this.buf += chunk;
        // Twice the size, so an escape sequence cut at the front is rarely what gets stripped.
        if (this.buf.length > 2 * this.maxChars)
            this.buf = this.buf.slice(-this.maxChars);
    }
    /** What was kept, terminal escapes removed, at most `maxChars` characters. */
    value() {
        let s = stripAnsi(this.buf);
        if (s.length > this.maxChars) {
            s = s.slice(-this.maxChars);
            const first = s.charCodeAt(0);
            if (first >= 0xdc00 && first <= 0xdfff)
                s = s.slice(1); // half of a surrogate pair
        }
        return s;
    }
}

;// CONCATENATED MODULE: ../../packages/process/src/run.ts
// Runs one command the safe way: an argv with no shell, in its own process group, stopped (with
// everything it started that stayed in the group) at a timeout, on cancellation, and when it
// exits. Output is streamed as it comes and its tail kept for reports.






/** Options that cannot be run as given: nothing was started. */
class CommandError extends Error {
    code = "E_COMMAND";
    /** The option at fault. */
    field;
    constructor(field, message, options) {
        super(message, options);
        this.name = "CommandError";
        this.field = field;
    }
}
const DEFAULT_KILL_GRACE_MS = 5000;
/** After the command has been told to stop, how long to wait for its pipes beyond the grace. */
const DRAIN_MS = 2000;
/** setTimeout's limit: a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Throws a CommandError when the options cannot be run as given (checks no file system state). */
function validateCommand(options) {
    const { command, timeoutMs } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    if (!Array.isArray(command) || command.length === 0 || command.some((a) => typeof a !== "string")) {
        throw new CommandError("command", "command must be a non-empty list of strings");
    }
    if (command[0] === "")
        throw new CommandError("command", "command: the program name is empty");
    if (command.some((a) => a.includes("\0"))) {
        throw new CommandError("command", "command: an argument contains a NUL character");
    }
    if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new CommandError("timeoutMs", `timeout must be a positive number of ms, not ${timeoutMs}`);
    }
    if (typeof graceMs !== "number" || !Number.isFinite(graceMs) || graceMs < 0) {
        throw new CommandError("killGraceMs", `killGraceMs must be a non-negative number of ms, not ${graceMs}`);
    }
    if (options.env === null || typeof options.env !== "object") {
        throw new CommandError("env", "env must be an object of strings");
    }
    for (const [k, v] of Object.entries(options.env)) {
        if (!isValidEnvEntry(k, v))
            throw new CommandError("env", `env: ${JSON.stringify(k)} is not a valid variable`);
    }
}
/**
 * Runs the command to the end and says how it ended. Never rejects for the command's sake (a
 * program that cannot be started is a run with `spawnError`); rejects with CommandError for
 * options that cannot be run.
 */
async function runCommand(options) {
    validateCommand(options);
    const { cwd, signal } = options;
    try {
        if (!(await (0,external_node_fs_promises_.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new CommandError("cwd", `the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const now = options.now ?? (() => performance.now());
    const notStarted = { exitCode: null, signal: null, timedOut: false, durationMs: 0, outputTail: "" };
    if (signal?.aborted)
        return { ...notStarted, cancelled: true };
    const tail = new Tail();
    const { onOutput } = options;
    const started = now();
    const run = await execute(options, (chunk, stream) => {
        tail.add(chunk);
        if (onOutput) {
            try {
                onOutput(chunk, stream);
            }
            catch {
                // A listener that throws must not stop the run or lose the output.
            }
        }
    });
    return { ...run, durationMs: Math.max(0, Math.round(now() - started)), outputTail: tail.value() };
}
/**
 * One line for people: "exited 0", "exited 3", "killed by SIGKILL", "timed out after 10m",
 * "cancelled", "cancelled before it started", "command not found: x", "command not executable: x".
 */
function describeRun(command, timeoutMs, run) {
    const program = command[0] ?? "";
    if (run.spawnError !== undefined) {
        const code = run.spawnError.code;
        if (code === "ENOENT")
            return `command not found: ${program}`;
        if (code === "EACCES")
            return `command not executable: ${program}`;
        return `could not start ${program}: ${run.spawnError.message}`;
    }
    if (run.cancelled)
        return run.pid === undefined ? "cancelled before it started" : "cancelled";
    if (run.timedOut)
        return `timed out after ${formatDuration(timeoutMs)}`;
    return run.signal !== null ? `killed by ${run.signal}` : `exited ${run.exitCode}`;
}
function execute(options, emit) {
    const { command, cwd, env, timeoutMs, signal: abort } = options;
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return new Promise((resolve) => {
        const run = { exitCode: null, signal: null, timedOut: false, cancelled: false };
        const timers = [];
        let stopping = false;
        let done = false;
        let killTimer;
        let exited = false;
        // detached: the command leads a new process group (setsid), so one signal to -pid reaches
        // everything it started that did not leave the group itself.
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(command[0], command.slice(1), {
                cwd,
                env,
                shell: false,
                detached: true,
                stdio: ["ignore", "pipe", "pipe"],
                windowsHide: true,
            });
        }
        catch (e) {
            // libuv errors other than the usual ENOENT/EACCES (E2BIG, \u2026) are thrown, not emitted.
            run.spawnError = e;
            resolve(run);
            return;
        }
        if (child.pid !== undefined)
            run.pid = child.pid;
        const killGroup = (sig) => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            try {
                process.kill(-pid, sig);
            }
            catch (e) {
                if (e.code !== "ESRCH") {
                    try {
                        child.kill(sig);
                    }
                    catch {
                        // nothing more to do
                    }
                }
            }
        };
        const groupAlive = () => {
            if (child.pid === undefined)
                return false;
            try {
                process.kill(-child.pid, 0);
                return true;
            }
            catch (e) {
                return e.code === "EPERM";
            }
        };
        const finish = () => {
            if (done)
                return;
            done = true;
            for (const t of timers)
                clearTimeout(t);
            abort?.removeEventListener("abort", onAbort);
            // Members of the group that got SIGTERM but no longer hold the pipes still get their
            // grace period, then SIGKILL, without holding up the result (the timer is unref'd).
            if (killTimer !== undefined && groupAlive())
                killTimer.unref();
            else if (killTimer !== undefined)
                clearTimeout(killTimer);
            resolve(run);
        };
        /** SIGTERM to the group now, SIGKILL after the grace, and stop waiting for the pipes after that. */
        const stop = () => {
            if (stopping)
                return;
            stopping = true;
            killGroup("SIGTERM");
            killTimer = setTimeout(() => killGroup("SIGKILL"), graceMs);
            timers.push(setTimeout(() => {
                // Something outside the group (it called setsid) still holds the pipes.
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, graceMs + DRAIN_MS));
        };
        const onAbort = () => {
            // After the command exited, its leftovers are already being stopped: nothing to cancel.
            if (done || exited)
                return;
            run.cancelled = true;
            stop();
        };
        for (const stream of ["stdout", "stderr"]) {
            const decoder = new external_node_string_decoder_.StringDecoder("utf8");
            const pipe = child[stream];
            pipe?.on("data", (buf) => {
                const text = decoder.write(buf);
                if (text)
                    emit(text, stream);
            });
            pipe?.on("end", () => {
                const text = decoder.end();
                if (text)
                    emit(text, stream);
            });
            pipe?.on("error", () => {
                // a destroyed pipe; the run ends through finish()
            });
        }
        child.on("error", (e) => {
            if (child.pid === undefined) {
                run.spawnError = e;
                finish();
            }
        });
        child.on("exit", (code, sig) => {
            exited = true;
            run.exitCode = code;
            run.signal = sig;
            // The command is done: anything it left running in its group goes too (a server it
            // started, a browser), or it would hold the pipes open and outlive the job.
            stop();
        });
        child.on("close", finish);
        timers.push(setTimeout(() => {
            if (done || stopping)
                return;
            run.timedOut = true;
            stop();
        }, Math.min(timeoutMs, MAX_TIMER_MS)));
        if (abort !== undefined)
            abort.addEventListener("abort", onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ../../packages/deploy/src/driver.ts
/**
 * A driver that cannot be built from its config, or a request it cannot run at all (its workdir
 * is missing): nothing was deployed. A deploy that ran and failed is a DeployResult instead.
 */
class DeployError extends Error {
    code = "E_DEPLOY";
    constructor(message, options) {
        super(message, options);
        this.name = "DeployError";
    }
}

;// CONCATENATED MODULE: ../../packages/deploy/src/command.ts
// The command driver: the environment's own deploy script does the work (kubectl, helm, ssh,
// docker compose, \u2026); the driver hands it the descriptor and judges it by its exit code.





/**
 * Variables of the parent environment a deploy command never sees: GitHub Actions passes each
 * action input as INPUT_<NAME> (webhook URLs, JIRA tokens), and these give access to the
 * runner's cache, artifacts and OIDC tokens. Compared without regard to case.
 */
const WITHHELD_ENV = [
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_RUNTIME_URL",
];
const WITHHELD_ENV_PREFIX = "INPUT_";
/** Set by the driver for each deploy: a value of the same name from the parent never reaches the command. */
const DEPLOY_ENV = [
    "GITOPS_SERVICE",
    "GITOPS_VERSION",
    "GITOPS_ENVIRONMENT",
    "GITOPS_DESCRIPTOR",
    "GITOPS_IMAGE",
    "GITOPS_DEPLOY_REASON",
];
/**
 * Runs `config.command` (an argv, no shell) in the deploy repo checkout to deploy one service.
 *
 * The command's environment: the parent's, less INPUT_* and WITHHELD_ENV; then `config.env`;
 * then GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT, GITOPS_DEPLOY_REASON (deploy or
 * rollback), GITOPS_IMAGE (when the descriptor names one) and GITOPS_DESCRIPTOR: the path of a
 * private (0600) JSON file holding the whole descriptor, removed when the command ends.
 * Descriptor values reach the command only there, never in its arguments.
 *
 * The command leads its own process group. When it exits, whatever it left running in that
 * group is stopped (SIGTERM, then SIGKILL after the grace), as at a timeout or cancellation: a
 * deploy leaves no strays. A script that means to leave something running (a service it
 * starts) must start it in a session of its own (`setsid cmd >log 2>&1 </dev/null &`, or
 * node's spawn with `detached: true`), make sure it got there before exiting (a detached spawn
 * returns only then; after `setsid \u2026 &`, wait until the service answers), and keep its output
 * away from ours (or the run waits for the pipes until the kill grace plus 2 s has passed).
 */
function commandDriver(config, options = {}) {
    if (config.type !== "command") {
        throw new DeployError(`the command driver cannot run a driver of type ${JSON.stringify(config.type)}`);
    }
    const reserved = Object.keys(config.env ?? {}).filter((k) => isReserved(k));
    if (reserved.length > 0) {
        throw new DeployError(`driver.env: ${reserved.join(", ")} ${reserved.length === 1 ? "is" : "are"} set by the driver`);
    }
    try {
        validateCommand({
            command: config.command,
            env: config.env,
            timeoutMs: config.timeoutMs,
            ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
        });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw new DeployError(`driver.${e.message}`, { cause: e });
        throw e;
    }
    const command = [...config.command];
    const configEnv = { ...config.env };
    return {
        type: "command",
        async deploy(request) {
            if (request.signal?.aborted) {
                return { ok: false, reason: "cancelled before it started", durationMs: 0, outputTail: "" };
            }
            const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(options.tmpdir ?? (0,external_node_os_.tmpdir)(), "gitops-deploy-"));
            try {
                const descriptorFile = (0,external_node_path_.join)(dir, "descriptor.json");
                // mkdtemp's directory is 0700; the file is 0600 too in case the directory is shared.
                await (0,external_node_fs_promises_.writeFile)(descriptorFile, `${JSON.stringify(request.descriptor, null, 2)}\n`, {
                    mode: 0o600,
                    flag: "wx",
                });
                const env = commandEnv(options.parentEnv ?? process.env, configEnv, request, descriptorFile);
                const run = await runCommand({
                    command,
                    cwd: request.workdir,
                    env,
                    timeoutMs: config.timeoutMs,
                    ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
                    ...(request.signal === undefined ? {} : { signal: request.signal }),
                    ...(request.onOutput === undefined ? {} : { onOutput: request.onOutput }),
                }).catch((e) => {
                    // A missing workdir, or a descriptor value that cannot be put in an environment.
                    if (e instanceof CommandError)
                        throw new DeployError(e.message, { cause: e });
                    throw e;
                });
                const ok = run.spawnError === undefined &&
                    !run.timedOut &&
                    !run.cancelled &&
                    run.exitCode === 0 &&
                    run.signal === null;
                return {
                    ok,
                    reason: describeRun(command, config.timeoutMs, run),
                    durationMs: run.durationMs,
                    outputTail: run.outputTail,
                };
            }
            finally {
                // Best effort: the descriptor holds no secrets, and a failed clean-up must not turn a
                // deploy's result into an error.
                await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true }).catch(() => { });
            }
        },
    };
}
function isReserved(name) {
    return DEPLOY_ENV.includes(name);
}
function isWithheld(name) {
    const upper = name.toUpperCase();
    return upper.startsWith(WITHHELD_ENV_PREFIX) || WITHHELD_ENV.includes(upper);
}
function commandEnv(parent, configEnv, request, descriptorFile) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isWithheld(name) || isReserved(name) || !isValidEnvEntry(name, value))
            continue;
        env[name] = value;
    }
    Object.assign(env, configEnv);
    const { descriptor } = request;
    env.GITOPS_SERVICE = descriptor.service;
    env.GITOPS_VERSION = descriptor.version;
    env.GITOPS_ENVIRONMENT = request.environment;
    env.GITOPS_DESCRIPTOR = descriptorFile;
    if (descriptor.image !== undefined)
        env.GITOPS_IMAGE = descriptor.image;
    env.GITOPS_DEPLOY_REASON = request.reason;
    return env;
}

;// CONCATENATED MODULE: ../../packages/deploy/src/registry.ts


/** The driver `config.type` names, built from `config`; throws DeployError for a type it does not know. */
function createDriver(config, options = {}) {
    switch (config.type) {
        case "command":
            return commandDriver(config, options);
        default: {
            // Unreachable for a config the model validated; a config built in code may still get here.
            const type = config.type;
            throw new DeployError(`unknown deploy driver ${JSON.stringify(type)}; known: command`);
        }
    }
}

// EXTERNAL MODULE: ../../packages/model/src/descriptor.ts
var descriptor = __webpack_require__(8530);
;// CONCATENATED MODULE: ../../packages/pipeline/src/result.ts
/** The release's outcome from its services': any unrecovered failure fails it. */
function overallOutcome(services, dryRun) {
    if (dryRun)
        return "dry-run";
    const ran = services.filter((s) => s.outcome !== "not-deployed");
    if (ran.length === 0)
        return "nothing-to-deploy";
    if (ran.some((s) => s.outcome === "failed"))
        return "failed";
    if (ran.some((s) => s.outcome === "rolled-back"))
        return "rolled-back";
    return "succeeded";
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ../../packages/checks/src/probe.ts
// One attempt against one target: an HTTP(S) request judged against an expectation, or a TCP connect.
// Built on node:http/https/net rather than fetch so that the TLS trust (a CA, or no verification) and the
// socket's life are ours: every attempt has its own socket (`agent: false`) and destroys it when done.



/** The most body read per response; the rest is not downloaded. */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_FOLLOW_REDIRECTS = 5;
const USER_AGENT = "gitops-checks";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** One attempt. Never rejects: every failure is a result with an `error`. */
async function probe(target, options) {
    const now = options.now ?? (() => performance.now());
    const started = now();
    const guard = new Guard(options.timeoutMs, options.signal);
    let outcome;
    try {
        outcome = target.kind === "tcp" ? await connectTcp(target, guard) : await requestHttp(target, guard);
    }
    catch (err) {
        // Only a bug gets here (everything expected is turned into an outcome); still, a probe never throws.
        outcome = { ok: false, error: { kind: "other", message: messageOf(err) } };
    }
    finally {
        guard.dispose();
    }
    return { ...outcome, latencyMs: Math.max(0, Math.round((now() - started) * 10) / 10) };
}
/** A readable name for the target: the URL, or tcp://host:port. */
function describeTarget(target) {
    return target.kind === "tcp" ? `tcp://${hostPort(target.host, target.port)}` : target.url;
}
/**
 * The probe target of a healthcheck endpoint. Relative paths resolve against the service's domain and port
 * for the environment; scheme https when the endpoint has `tls`. TCP endpoints connect to the domain.
 * `readCa` reads `tls.caFile` (a path as the descriptor gives it); required when an endpoint names one.
 */
function targetFor(endpoint, service, readCa) {
    if (endpoint.kind === "tcp")
        return { kind: "tcp", host: stripBrackets(service.domain), port: endpoint.port };
    const target = {
        kind: "http",
        url: resolveUrl(endpoint.target, service, endpoint.tls ? "https" : "http"),
        method: endpoint.method,
        headers: { ...endpoint.headers },
        expect: endpoint.expect,
    };
    if (endpoint.tls) {
        if (endpoint.tls.insecureSkipVerify)
            target.insecureSkipVerify = true;
        if (endpoint.tls.caFile !== undefined) {
            if (!readCa) {
                throw new Error(`endpoint "${endpoint.name}" trusts the CA in ${endpoint.tls.caFile}, but no readCa was given to read it`);
            }
            target.ca = readCa(endpoint.tls.caFile);
        }
    }
    return target;
}
/** The probe target of a smoke check: its request against the service's domain and port, over http. */
function smokeTarget(check, service) {
    const target = {
        kind: "http",
        url: resolveUrl(check.request.path, service, "http"),
        method: check.request.method,
        headers: { ...check.request.headers },
        expect: check.expect,
    };
    if (check.request.body !== undefined)
        target.body = check.request.body;
    return target;
}
function resolveUrl(pathOrUrl, service, scheme) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl))
        return pathOrUrl;
    const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
    return new URL(path, `${scheme}://${hostPort(service.domain, service.port)}`).toString();
}
function hostPort(host, port) {
    const bare = stripBrackets(host);
    return `${bare.includes(":") ? `[${bare}]` : bare}:${port}`;
}
function stripBrackets(host) {
    return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
class Guard {
    timeoutMs;
    signal;
    reason;
    timer;
    stop;
    onAbort = () => this.fire("cancelled");
    constructor(timeoutMs, signal) {
        this.timeoutMs = timeoutMs;
        this.signal = signal;
        if (signal?.aborted) {
            this.reason = "cancelled";
            return;
        }
        signal?.addEventListener("abort", this.onAbort, { once: true });
        this.timer = setTimeout(() => this.fire("timeout"), Math.max(0, timeoutMs));
    }
    /** Registers how to stop the work in flight; runs it at once when the attempt is already over. */
    onStop(stop) {
        this.stop = stop;
        if (this.reason)
            stop();
    }
    /** The error to report when the guard stopped the attempt. */
    error(where) {
        if (this.reason === "timeout")
            return { kind: "timeout", message: `timed out after ${this.timeoutMs} ms waiting for ${where}` };
        if (this.reason === "cancelled")
            return { kind: "other", message: "cancelled" };
        return undefined;
    }
    dispose() {
        clearTimeout(this.timer);
        this.signal?.removeEventListener("abort", this.onAbort);
        this.stop = undefined;
    }
    fire(reason) {
        if (this.reason)
            return;
        this.reason = reason;
        clearTimeout(this.timer);
        this.stop?.();
    }
}
// ---------------------------------------------------------------------------------------------------------
// TCP
function connectTcp(target, guard) {
    const where = hostPort(target.host, target.port);
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ ok: false, error: early });
        let settled = false;
        const socket = external_node_net_.connect({ host: target.host, port: target.port });
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            resolve(outcome);
        };
        socket.on("connect", () => settle({ ok: true }));
        socket.on("error", (err) => settle({ ok: false, error: guard.error(where) ?? probeErrorFor(err, where) }));
        socket.on("close", () => settle({ ok: false, error: guard.error(where) ?? closedEarly(where) }));
        guard.onStop(() => settle({ ok: false, error: guard.error(where) }));
    });
}
async function requestHttp(target, guard) {
    let url;
    try {
        url = new URL(target.url);
    }
    catch {
        return { ok: false, error: { kind: "other", message: `not a URL: ${target.url}` } };
    }
    let method = target.method;
    let body = target.body;
    let headers = withUserAgent(target.headers);
    const limit = Math.max(0, target.followRedirects ?? DEFAULT_FOLLOW_REDIRECTS);
    for (let hop = 0;; hop++) {
        if (url.protocol !== "http:" && url.protocol !== "https:") {
            return { ok: false, error: { kind: "other", message: `cannot probe ${url.protocol} URLs: ${url}` } };
        }
        const res = await send(url, method, headers, body, target, guard);
        if ("error" in res)
            return { ok: false, error: res.error };
        const location = firstHeader(res.headers.location);
        const follow = REDIRECTS.has(res.status) && location !== undefined && !accepts(target.expect.status, res.status);
        if (!follow || limit === 0)
            return judge(res, target.expect);
        if (hop >= limit) {
            return {
                ok: false,
                status: res.status,
                error: {
                    kind: "unexpected-status",
                    message: `too many redirects: followed ${limit}, then ${res.status} to ${location} at ${url}`,
                },
            };
        }
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            return {
                ok: false,
                status: res.status,
                error: { kind: "other", message: `redirect ${res.status} to an invalid Location: ${location}` },
            };
        }
        if (next.origin !== url.origin)
            headers = without(headers, ["authorization", "cookie", "proxy-authorization"]);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
            if (method !== "HEAD")
                method = "GET";
            body = undefined;
            headers = without(headers, ["content-type", "content-length", "transfer-encoding"]);
        }
        url = next;
    }
}
function send(url, method, headers, body, target, guard) {
    const where = hostPort(url.hostname, Number(url.port) || (url.protocol === "https:" ? 443 : 80));
    return new Promise((resolve) => {
        const early = guard.error(where);
        if (early)
            return resolve({ error: early });
        let settled = false;
        let req;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            req?.destroy();
            resolve(result);
        };
        const fail = (err) => settle({ error: guard.error(where) ?? probeErrorFor(err, where) });
        const options = { method, headers, agent: false };
        if (url.protocol === "https:") {
            if (target.ca !== undefined)
                options.ca = target.ca;
            options.rejectUnauthorized = !target.insecureSkipVerify;
        }
        try {
            req = (url.protocol === "https:" ? external_node_https_ : external_node_http_).request(url, options, (res) => {
                const chunks = [];
                let size = 0;
                let truncated = false;
                const done = () => settle({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString("utf8"),
                    truncated,
                });
                res.on("data", (chunk) => {
                    if (settled)
                        return;
                    const room = MAX_BODY_BYTES - size;
                    if (chunk.length <= room) {
                        chunks.push(chunk);
                        size += chunk.length;
                        return;
                    }
                    // More than we read: judge the first MiB and drop the connection instead of downloading the rest.
                    chunks.push(chunk.subarray(0, room));
                    truncated = true;
                    done();
                    res.destroy();
                });
                res.on("end", done);
                res.on("error", fail);
                res.on("close", () => {
                    if (!res.complete)
                        fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" }));
                });
            });
        }
        catch (err) {
            // Invalid header names or values are thrown synchronously.
            return fail(err);
        }
        req.on("error", fail);
        guard.onStop(() => settle({ error: guard.error(where) }));
        req.end(body);
    });
}
function withUserAgent(headers) {
    return Object.keys(headers).some((name) => name.toLowerCase() === "user-agent")
        ? { ...headers }
        : { "user-agent": USER_AGENT, ...headers };
}
function without(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
// ---------------------------------------------------------------------------------------------------------
// Judging a response
const DEFAULT_STATUS = [{ from: 200, to: 299 }];
function accepts(ranges, status) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS).some((r) => status >= r.from && status <= r.to);
}
/** "200", "2xx", "200-204", joined with "or". */
function describeStatuses(ranges) {
    return (ranges.length > 0 ? ranges : DEFAULT_STATUS)
        .map((r) => r.from === r.to
        ? `${r.from}`
        : r.from % 100 === 0 && r.to === r.from + 99
            ? `${r.from / 100}xx`
            : `${r.from}-${r.to}`)
        .join(" or ");
}
function judge(res, expect) {
    const fail = (kind, message) => ({
        ok: false,
        status: res.status,
        error: { kind, message },
    });
    if (!accepts(expect.status, res.status)) {
        return fail("unexpected-status", `expected status ${describeStatuses(expect.status)}, got ${res.status}`);
    }
    for (const [name, want] of Object.entries(expect.headers)) {
        const value = res.headers[name.toLowerCase()];
        const got = Array.isArray(value) ? value.join(", ") : value;
        if (got === undefined)
            return fail("header-mismatch", `expected header ${name} containing "${want}", got none`);
        if (!got.includes(want)) {
            return fail("header-mismatch", `expected header ${name} to contain "${want}", got "${excerpt(got)}"`);
        }
    }
    const cut = res.truncated ? ` (read the first ${MAX_BODY_BYTES} bytes)` : "";
    if (expect.bodyContains !== undefined && !res.body.includes(expect.bodyContains)) {
        return fail("body-mismatch", `expected the body to contain "${expect.bodyContains}", got "${excerpt(res.body)}"${cut}`);
    }
    const paths = Object.entries(expect.json);
    if (paths.length > 0) {
        let doc;
        try {
            doc = JSON.parse(res.body);
        }
        catch {
            return fail("json-mismatch", `expected a JSON body, got "${excerpt(res.body)}"${cut}`);
        }
        for (const [path, want] of paths) {
            const found = jsonPath(doc, path);
            if (found === "invalid")
                return fail("json-mismatch", `${path} is not a JSON path like $.a.b or $.items[0].id`);
            if (!found.found)
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got nothing`);
            if (found.value !== want) {
                return fail("json-mismatch", `expected ${path} to be ${JSON.stringify(want)}, got ${excerpt(JSON.stringify(found.value))}`);
            }
        }
    }
    return { ok: true, status: res.status };
}
function excerpt(text, max = 120) {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}
/**
 * Reads `$.a.b`, `$.items[0].id`, `$["a key"]` (the `$.` may be left off). "invalid" when the path
 * does not parse.
 */
function jsonPath(doc, path) {
    let rest = path.trim();
    if (rest.startsWith("$"))
        rest = rest.slice(1);
    else if (rest !== "" && !rest.startsWith("["))
        rest = `.${rest}`;
    let value = doc;
    while (rest !== "") {
        const step = /^\.([^.[\]]+)/.exec(rest) ??
            /^\[(\d+)\]/.exec(rest) ??
            /^\[(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest);
        if (!step)
            return "invalid";
        rest = rest.slice(step[0].length);
        if (step[0].startsWith("[") && /^\d+$/.test(step[1] ?? "")) {
            if (!Array.isArray(value))
                return { found: false };
            const index = Number(step[1]);
            if (index >= value.length)
                return { found: false };
            value = value[index];
            continue;
        }
        const key = step[0].startsWith('["')
            ? JSON.parse(`"${step[1]}"`)
            : (step[1] ?? step[2] ?? "");
        if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) {
            return { found: false };
        }
        value = value[key];
    }
    return { found: true, value };
}
// ---------------------------------------------------------------------------------------------------------
// Naming network errors
const TLS_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
    "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
    "INVALID_CA",
    "PATH_LENGTH_EXCEEDED",
    "INVALID_PURPOSE",
    "HOSTNAME_MISMATCH",
    "EPROTO",
]);
/** The category and a sentence for a Node network error met while talking to `where` (host:port). */
function probeErrorFor(err, where) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    const message = messageOf(err);
    switch (code) {
        case "ECONNREFUSED":
            return { kind: "connection-refused", message: `connection refused at ${where}` };
        case "ENOTFOUND":
        case "EAI_AGAIN":
        case "EAI_NONAME":
        case "EAI_FAIL":
            return {
                kind: "dns",
                message: `DNS: cannot resolve ${where.replace(/:\d+$/, "")}${code === "EAI_AGAIN" ? " (temporary failure)" : ""}`,
            };
        case "ECONNRESET":
        case "EPIPE":
            return { kind: "connection-reset", message: `connection reset by ${where}: ${message}` };
        case "ETIMEDOUT":
            return { kind: "timeout", message: `timed out connecting to ${where}` };
    }
    if (TLS_CODES.has(code) || /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_OSSL_)/.test(code)) {
        // Node 24 suggests --use-system-ca for an unknown CA; here the fix is the endpoint's tls.caFile.
        return {
            kind: "tls",
            message: `TLS: ${message.replace(/; if the root CA is installed locally.*$/s, "")}`,
        };
    }
    return { kind: "other", message: code ? `${message} (${code}) at ${where}` : `${message} at ${where}` };
}
function closedEarly(where) {
    return { kind: "connection-reset", message: `connection closed by ${where}` };
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ../../packages/checks/src/healthcheck.ts
// The healthcheck runner: after a startup grace, probe every endpoint until it passes, retrying with a
// growing, jittered delay, within one deadline for the whole run and a bound on probes in flight.


const DEFAULT_BACKOFF = { factor: 1.5, maxMs: 30_000, jitter: 0.2 };
const DEFAULT_CONCURRENCY = 16;
/** The options a descriptor's `healthcheck` asks for, with `overrides` on top. */
function healthcheckOptions(h, overrides = {}) {
    return {
        startupGraceMs: h.startupGraceMs,
        intervalMs: h.intervalMs,
        timeoutMs: h.timeoutMs,
        retries: h.retries,
        ...overrides,
    };
}
/** The descriptor's endpoints as probe targets, for the service's domain and port in one environment. */
function healthcheckTargets(h, service, readCa) {
    return h.endpoints.map((endpoint) => ({
        name: endpoint.name,
        target: targetFor(endpoint, service, readCa),
    }));
}
function defaultDeadlineMs(o, backoff = DEFAULT_BACKOFF) {
    // Room for every attempt and every backed-off wait at its longest jitter, and as much again
    // for a busy runner: the deadline should stop a stuck check, never cut the last retry short.
    let waits = 0;
    for (let n = 0; n < o.retries; n++)
        waits += Math.min(backoff.maxMs, o.intervalMs * backoff.factor ** n) * (1 + backoff.jitter);
    return o.startupGraceMs + 2 * ((o.retries + 1) * o.timeoutMs + waits);
}
/**
 * The wait before retry `n` (0-based): interval \u00d7 factor^n capped at maxMs, then jittered by \u00b1 jitter, never
 * above maxMs (so at the cap the jitter still spreads retries out, downwards).
 */
function backoffDelay(n, intervalMs, backoff, random) {
    const capped = Math.min(backoff.maxMs, intervalMs * backoff.factor ** n);
    const jittered = capped * (1 + backoff.jitter * (2 * random() - 1));
    return Math.round(Math.min(backoff.maxMs, Math.max(0, jittered)));
}
/** Resolves after `ms`, or as soon as `signal` aborts; leaves no timer behind either way. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener("abort", done, { once: true });
    });
}
async function runHealthcheck(targets, options) {
    const now = options.now ?? (() => performance.now());
    const wait = options.sleep ?? abortableSleep;
    const random = options.random ?? Math.random;
    const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    const started = now();
    const deadlineAt = started + (options.deadlineMs ?? defaultDeadlineMs(options, backoff));
    // One signal of our own for everything in flight (probes, waits, queued endpoints), so a run with many
    // endpoints adds one listener to the caller's signal, not one per endpoint.
    const run = new AbortController();
    (0,external_node_events_.setMaxListeners)(0, run.signal);
    const cancel = () => run.abort(options.signal?.reason);
    if (options.signal?.aborted)
        cancel();
    else
        options.signal?.addEventListener("abort", cancel, { once: true });
    const reports = targets.map(({ name, target }) => ({
        name,
        target: describeTarget(target),
        ok: false,
        attempts: 0,
    }));
    let deadlineExceeded = false;
    const pause = async (ms) => {
        try {
            await wait(ms, run.signal);
        }
        catch (err) {
            if (!run.signal.aborted)
                throw err;
        }
    };
    const slots = semaphore(options.concurrency ?? DEFAULT_CONCURRENCY, run.signal);
    const runEndpoint = async (target, report, name) => {
        for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
            const release = await slots.acquire();
            if (!release)
                return;
            let result;
            let clipped;
            try {
                const remaining = deadlineAt - now();
                if (remaining <= 0) {
                    deadlineExceeded = true;
                    return;
                }
                clipped = remaining < options.timeoutMs;
                result = await probe(target, {
                    timeoutMs: Math.min(options.timeoutMs, remaining),
                    signal: run.signal,
                    now,
                });
            }
            finally {
                release();
            }
            if (run.signal.aborted && !result.ok)
                return;
            record(report, attempt, result);
            options.onAttempt?.({ name, attempt, result });
            if (result.ok)
                return;
            if (clipped && result.error?.kind === "timeout") {
                deadlineExceeded = true;
                return;
            }
            if (attempt > options.retries)
                return;
            const delay = backoffDelay(attempt - 1, options.intervalMs, backoff, random);
            if (now() + delay >= deadlineAt) {
                deadlineExceeded = true;
                return;
            }
            await pause(delay);
            if (run.signal.aborted)
                return;
        }
    };
    try {
        if (targets.length > 0 && !run.signal.aborted) {
            const grace = Math.min(options.startupGraceMs, deadlineAt - now());
            if (grace > 0)
                await pause(grace);
            if (grace < options.startupGraceMs)
                deadlineExceeded = true;
            else if (!run.signal.aborted) {
                await Promise.all(targets.map(({ name, target }, i) => runEndpoint(target, reports[i], name)));
            }
        }
    }
    finally {
        options.signal?.removeEventListener("abort", cancel);
    }
    const cancelled = run.signal.aborted;
    return {
        ok: !cancelled && reports.every((r) => r.ok),
        durationMs: Math.max(0, Math.round(now() - started)),
        endpoints: reports,
        deadlineExceeded,
        cancelled,
    };
}
function record(report, attempt, result) {
    report.attempts = attempt;
    report.ok = result.ok;
    report.latencyMs = result.latencyMs;
    if (result.status === undefined)
        delete report.lastStatus;
    else
        report.lastStatus = result.status;
    if (result.error === undefined)
        delete report.lastError;
    else
        report.lastError = result.error;
}
/**
 * At most `limit` holders at once, first come first served. `acquire` resolves to the release function, or to
 * undefined once `signal` aborts (waiters are let go at once).
 */
function semaphore(limit, signal) {
    let free = Math.max(1, Math.floor(limit));
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        if (next)
            next(once(release));
        else
            free++;
    };
    signal.addEventListener("abort", () => {
        for (const waiter of waiting.splice(0))
            waiter(undefined);
    }, { once: true });
    return {
        acquire() {
            if (signal.aborted)
                return Promise.resolve(undefined);
            if (free > 0) {
                free--;
                return Promise.resolve(once(release));
            }
            return new Promise((resolve) => waiting.push(resolve));
        },
    };
}
function once(fn) {
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        fn();
    };
}

;// CONCATENATED MODULE: ../../packages/checks/src/render.ts
// Cells quote what services and test suites said: no HTML of theirs reaches the summary.
const cell = (text) => text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const ms = (n) => (n === undefined ? "\u2014" : `${Math.round(n)} ms`);
function healthText(report) {
    const lines = report.endpoints.map((e) => {
        const mark = e.ok ? "\u2713" : "\u2717";
        const detail = e.ok
            ? `${e.lastStatus ?? "connected"} in ${ms(e.latencyMs)}`
            : (e.lastError?.message ?? "failed");
        return `${mark} ${e.name} (${e.target}): ${detail} after ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}`;
    });
    const verdict = report.cancelled
        ? "cancelled"
        : report.ok
            ? "healthy"
            : report.deadlineExceeded
                ? "unhealthy (deadline exceeded)"
                : "unhealthy";
    return `${[...lines, verdict].join("\n")}\n`;
}
function healthMarkdown(title, report) {
    const rows = report.endpoints.map((e) => `| ${e.ok ? "\u2705" : "\u274c"} | ${cell(e.name)} | \`${cell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "\u2014"} | ${ms(e.latencyMs)} | ${cell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`);
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Endpoint | Target | Attempts | Last status | Latency | Last error |",
        "|---|---|---|---|---|---|---|",
        ...rows,
        "",
    ].join("\n");
}
function smokeText(report) {
    return `${report.checks.map((c) => `${c.ok ? "\u2713" : "\u2717"} ${c.name}: ${c.reason}`).join("\n")}\n${report.ok ? "passed" : "failed"}\n`;
}
function smokeMarkdown(title, report) {
    return [
        `### ${report.ok ? "\u2705" : "\u274c"} ${title}`,
        "",
        "| | Check | Result | Latency |",
        "|---|---|---|---|",
        ...report.checks.map((c) => `| ${c.ok ? "\u2705" : "\u274c"} | ${cell(c.name)} | ${cell(c.reason)} | ${ms(c.latencyMs)} |`),
        "",
    ].join("\n");
}
function regressionMarkdown(title, result) {
    const out = [`### ${result.ok ? "\u2705" : "\u274c"} ${title}`, "", result.reason, ""];
    const report = result.report;
    if (report) {
        out.push("| Tests | Failures | Errors | Skipped |", "|---|---|---|---|", `| ${report.tests} | ${report.failures} | ${report.errors} | ${report.skipped} |`, "");
        const failed = report.cases.filter((c) => c.status === "failed" || c.status === "error");
        if (failed.length > 0) {
            out.push("| Failed test | Message |", "|---|---|");
            for (const c of failed.slice(0, 50))
                out.push(`| ${cell(`${c.classname ? `${c.classname} \u203a ` : ""}${c.name}`)} | ${cell(c.message ?? "")} |`);
            if (failed.length > 50)
                out.push(`| \u2026 ${failed.length - 50} more | |`);
            out.push("");
        }
    }
    for (const e of result.reportErrors)
        out.push(`- ${cell(e)}`);
    return `${out.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/smoke.ts
// Smoke checks: each of the descriptor's requests once, in order, against the deployed service.


async function runSmoke(checks, service, options) {
    const results = [];
    for (const check of checks) {
        if (options.signal?.aborted) {
            results.push({ name: check.name, ok: false, reason: "not run: cancelled", latencyMs: 0 });
            continue;
        }
        const probeOptions = { timeoutMs: check.timeoutMs ?? options.timeoutMs };
        if (options.signal)
            probeOptions.signal = options.signal;
        if (options.now)
            probeOptions.now = options.now;
        const result = await probe(smokeTarget(check, service), probeOptions);
        const entry = {
            name: check.name,
            ok: result.ok,
            reason: result.ok ? statusLine(result.status) : (result.error?.message ?? "failed"),
            latencyMs: result.latencyMs,
        };
        if (result.status !== undefined)
            entry.status = result.status;
        results.push(entry);
    }
    return { ok: results.every((r) => r.ok), checks: results };
}
function statusLine(status) {
    if (status === undefined)
        return "ok";
    const text = external_node_http_.STATUS_CODES[status];
    return text ? `${status} ${text}` : `${status}`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/glob.ts


class GlobError extends Error {
    pattern;
    code = "E_GLOB";
    constructor(message, pattern) {
        super(message);
        this.pattern = pattern;
        this.name = "GlobError";
    }
}
/**
 * The pattern's segments, after refusing what could escape the directory (`..`, an absolute
 * path) or what this glob does not support (`[\u2026]`, `{\u2026}`, backslashes).
 */
function parseGlob(pattern) {
    const bad = (why) => {
        throw new GlobError(`invalid report pattern ${JSON.stringify(pattern)}: ${why}`, pattern);
    };
    if (typeof pattern !== "string" || pattern.trim() === "")
        bad("it is empty");
    if (pattern.includes("\0"))
        bad("it contains a NUL character");
    if (pattern.includes("\\"))
        bad('use "/" to separate directories');
    if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern)) {
        bad("it must be relative to the repository, not absolute");
    }
    if (/[[\]{}]/.test(pattern))
        bad("only *, ** and ? are supported");
    const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
    if (segments.includes(".."))
        bad('".." would leave the repository');
    if (segments.length === 0)
        bad("it names no file");
    return segments;
}
/** Whether a glob segment (`*`, `?`, literal characters) matches a whole file name. */
function matchSegment(segment, name) {
    if (name.startsWith(".") && !segment.startsWith(".") && hasWildcard(segment))
        return false;
    // The usual greedy matcher with one backtrack point: O(len(segment) \u00d7 len(name)), no regex.
    let p = 0;
    let n = 0;
    let star = -1;
    let mark = 0;
    while (n < name.length) {
        const pc = segment[p];
        if (pc !== undefined && pc !== "*" && (pc === "?" || pc === name[n])) {
            p++;
            n++;
        }
        else if (pc === "*") {
            star = p++;
            mark = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++mark;
        }
        else {
            return false;
        }
    }
    while (segment[p] === "*")
        p++;
    return p === segment.length;
}
/** Regular files under `root` that match `pattern` (see parseGlob). */
async function findFiles(root, pattern, options = {}) {
    const segments = parseGlob(pattern);
    const maxEntries = options.maxEntries ?? 100_000;
    const found = new Set();
    const visited = new Set();
    const listings = new Map();
    let seen = 0;
    let truncated = false;
    const list = async (dir) => {
        let entries = listings.get(dir);
        if (entries === undefined) {
            try {
                entries = await (0,external_node_fs_promises_.readdir)(dir, { withFileTypes: true });
            }
            catch {
                entries = []; // gone, not a directory, or unreadable: nothing to match there
            }
            seen += entries.length;
            if (seen > maxEntries)
                truncated = true;
            listings.set(dir, entries);
        }
        return entries;
    };
    const walk = async (dirAbs, dirRel, index) => {
        if (truncated || index >= segments.length)
            return;
        const key = `${index}\0${dirRel}`;
        if (visited.has(key))
            return;
        visited.add(key);
        const segment = segments[index];
        const last = index === segments.length - 1;
        const child = (name) => [
            (0,external_node_path_.join)(dirAbs, name),
            dirRel ? `${dirRel}/${name}` : name,
        ];
        if (segment === "**") {
            await walkStarStar(dirAbs, dirRel, index, last);
            return;
        }
        if (!hasWildcard(segment)) {
            const [abs, rel] = child(segment);
            let st;
            try {
                st = await (0,external_node_fs_promises_.lstat)(abs);
            }
            catch {
                return;
            }
            if (last && st.isFile())
                found.add(rel);
            else if (!last && st.isDirectory())
                await walk(abs, rel, index + 1);
            return;
        }
        for (const e of await list(dirAbs)) {
            if (truncated)
                return;
            if (!matchSegment(segment, e.name))
                continue;
            const [abs, rel] = child(e.name);
            if (last && e.isFile())
                found.add(rel);
            else if (!last && e.isDirectory())
                await walk(abs, rel, index + 1);
        }
    };
    // `**` matches zero or more directories: try the rest of the pattern here, then in each
    // subdirectory with `**` still in front of it.
    const walkStarStar = async (dirAbs, dirRel, index, last) => {
        const entries = await list(dirAbs);
        if (last) {
            // `dir/**` is every file under dir, as `dir/**/*` is.
            for (const e of entries)
                if (e.isFile() && !e.name.startsWith("."))
                    found.add(join2(dirRel, e.name));
        }
        else {
            await walk(dirAbs, dirRel, index + 1);
        }
        for (const e of entries) {
            if (truncated)
                return;
            if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules")
                continue;
            await walk((0,external_node_path_.join)(dirAbs, e.name), join2(dirRel, e.name), index);
        }
    };
    await walk(root, "", 0);
    return { files: [...found].sort(), truncated };
}
function join2(dirRel, name) {
    return dirRel ? `${dirRel}/${name}` : name;
}
function hasWildcard(segment) {
    return segment.includes("*") || segment.includes("?");
}

;// CONCATENATED MODULE: ../../packages/checks/src/junit.ts
// JUnit XML, the report format most test tools can write (pytest, jest-junit, vitest, Maven
// Surefire, go-junit-report, \u2026), read into test cases and totals.
//
// A small, non-recursive XML reader written for this one format: it never expands DTDs (a
// DOCTYPE or ENTITY declaration is refused, so no XXE and no billion laughs), keeps no more
// than it needs, caps the input size and the nesting depth, and runs in time linear in the
// input. Totals are counted from the test cases, not copied from the suites' attributes.

class JUnitParseError extends Error {
    reason;
    file;
    line;
    column;
    code = "E_JUNIT";
    constructor(
    /** What is wrong, without the location. */
    reason, file, 
    /** 1-based position in the XML, when the problem has one. */
    line, column) {
        const where = file === undefined ? "" : line === undefined ? `${file}: ` : `${file}:${line}:${column}: `;
        const at = file === undefined && line !== undefined ? ` (line ${line}, column ${column})` : "";
        super(`${where}${reason}${at}`);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = "JUnitParseError";
    }
}
/** Reports larger than this are refused. */
const MAX_JUNIT_BYTES = 50 * 1024 * 1024;
/** Elements nested deeper than this are refused (real reports nest a handful of levels). */
const MAX_JUNIT_DEPTH = 256;
const MAX_MESSAGE_CHARS = 4 * 1024;
const MAX_DETAILS_CHARS = 64 * 1024;
/**
 * Reads a JUnit XML document: `<testsuites>` or a bare `<testsuite>` at the root, suites nested
 * to any depth, `<testcase>` with `<failure>`, `<error>` or `<skipped>`. Throws a
 * JUnitParseError for anything else: not XML, truncated, not JUnit, a DTD, too large.
 *
 * A suite whose `failures` + `errors` attributes claim more than its cases show (a suite that
 * failed before its cases ran, as some tools report it) gets one extra case with status
 * "error", so such a report never reads as passing.
 */
function parseJUnit(xml, file) {
    if (typeof xml !== "string")
        throw new JUnitParseError("the report is not text", file);
    if (xml.length > MAX_JUNIT_BYTES) {
        throw new JUnitParseError(`the report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`, file);
    }
    return new Reader(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, file).read();
}
/** One report out of many (one file per test file or per package is common). */
function mergeReports(reports) {
    return summarize(reports.flatMap((r) => r.cases));
}
/**
 * The text of a report file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or ISO-8859-1
 * when the XML declaration says so.
 */
function decodeReportBytes(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xff && b1 === 0xfe)
        return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) {
        const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
        for (let i = 0; i < swapped.length; i += 2) {
            swapped[i] = bytes[i + 3];
            swapped[i + 1] = bytes[i + 2];
        }
        return new TextDecoder("utf-16le").decode(swapped);
    }
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
    if (declared === "iso-8859-1" || declared === "latin1" || declared === "latin-1") {
        // Node's "latin1" label is windows-1252 in TextDecoder; Buffer's latin1 is ISO-8859-1 proper.
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM; bad bytes become U+FFFD
}
const MAX_ANNOTATION_MESSAGE_CHARS = (/* unused pure expression or super */ null && (4 * 1024));
/**
 * GitHub annotations for the failed and errored cases. The file is the case's `file`, or its
 * classname or suite name when that is a path (vitest, jest-junit with file-path suite names);
 * the line is the first `file:line` for that file in its stack trace (where it failed), or the
 * case's `line` (where the test starts).
 */
function failureAnnotations(report, options = {}) {
    const out = [];
    for (const c of report.cases) {
        if (c.status !== "failed" && c.status !== "error")
            continue;
        const file = annotationFile(c, options.root);
        // Where it failed (the first frame in the test file) is more use than where the test starts.
        const line = (file === undefined ? undefined : lineInText(file, c.details ?? c.message ?? "")) ?? c.line;
        const owner = c.classname || c.suite;
        const what = owner && owner !== c.name ? `${owner} \u203a ${c.name}` : c.name || owner || "(unnamed test)";
        const title = `${c.status === "error" ? "Test error" : "Test failed"}: ${what}`;
        let message = c.message ?? (c.status === "error" ? "error" : "failed");
        if (c.details && c.details !== c.message)
            message += `\n\n${c.details}`;
        out.push({
            ...(file === undefined ? {} : { file }),
            ...(line === undefined ? {} : { line }),
            title,
            message: junit_truncate(message, MAX_ANNOTATION_MESSAGE_CHARS),
        });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
function summarize(cases) {
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    let time = 0;
    for (const c of cases) {
        if (c.status === "failed")
            failures++;
        else if (c.status === "error")
            errors++;
        else if (c.status === "skipped")
            skipped++;
        time += c.timeSec ?? 0;
    }
    return { tests: cases.length, failures, errors, skipped, timeSec: Math.round(time * 1000) / 1000, cases };
}
const RANK = { passed: 0, skipped: 1, error: 2, failed: 3 };
const STATUS_OF = { failure: "failed", error: "error", skipped: "skipped" };
class Reader {
    s;
    file;
    i = 0;
    /** Local names of the open elements. */
    stack = [];
    suites = [];
    cases = [];
    current;
    capture;
    sawRoot = false;
    constructor(s, file) {
        this.s = s;
        this.file = file;
    }
    read() {
        const s = this.s;
        const n = s.length;
        while (this.i < n) {
            const lt = s.indexOf("<", this.i);
            if (lt === -1) {
                this.text(this.i, n, false);
                break;
            }
            if (lt > this.i)
                this.text(this.i, lt, false);
            if (s.startsWith("<!--", lt)) {
                this.i = this.until("-->", lt + 4, lt, "a comment is not closed");
            }
            else if (s.startsWith("<![CDATA[", lt)) {
                const end = this.until("]]>", lt + 9, lt, "a CDATA section is not closed");
                this.text(lt + 9, end - 3, true);
                this.i = end;
            }
            else if (s.startsWith("<!", lt)) {
                // No DTDs: nothing to expand, nothing to fetch (no XXE, no billion laughs).
                const word = s.slice(lt + 2, lt + 9).toUpperCase();
                if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) {
                    this.fail(`refusing a ${word.startsWith("DOCTYPE") ? "DOCTYPE" : "ENTITY"} declaration`, lt);
                }
                if (s.indexOf(">", lt) === -1)
                    this.fail("unexpected end of the report in a declaration", lt);
                this.fail("unexpected markup declaration", lt);
            }
            else if (s.startsWith("<?", lt)) {
                this.i = this.until("?>", lt + 2, lt, "a processing instruction is not closed");
            }
            else if (s.charCodeAt(lt + 1) === 0x2f /* / */) {
                this.endTag(lt);
            }
            else {
                this.startTag(lt);
            }
        }
        if (this.stack.length > 0) {
            this.fail(`unexpected end of the report: <${this.stack[this.stack.length - 1]}> is not closed`, n);
        }
        if (!this.sawRoot)
            this.fail("no <testsuites> or <testsuite> element: not a JUnit report", 0);
        return summarize(this.cases);
    }
    /** The index after the next `marker`; a report cut off before it (truncated) is refused. */
    until(marker, from, start, problem) {
        const end = this.s.indexOf(marker, from);
        if (end === -1)
            this.fail(`unexpected end of the report: ${problem}`, start);
        return end + marker.length;
    }
    text(from, to, raw) {
        const c = this.capture;
        if (c === undefined || c.chars > MAX_DETAILS_CHARS)
            return;
        const take = Math.min(to, from + MAX_DETAILS_CHARS + 1 - c.chars);
        const piece = raw ? this.s.slice(from, take) : decodeText(this.s.slice(from, take));
        c.text.push(piece);
        c.chars += piece.length;
    }
    startTag(lt) {
        const s = this.s;
        const n = s.length;
        if (lt + 1 >= n)
            this.fail("unexpected end of the report after <", lt);
        let j = lt + 1;
        while (j < n && !isNameEnd(s.charCodeAt(j)))
            j++;
        const qname = s.slice(lt + 1, j);
        if (qname === "" || /[<&"'=]/.test(qname))
            this.fail("a tag has no valid name", lt);
        const attrs = new Map();
        let selfClosing = false;
        for (;;) {
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            const c = s.charCodeAt(j);
            if (c === 0x3e /* > */) {
                j++;
                break;
            }
            if (c === 0x2f /* / */) {
                if (j + 1 >= n)
                    this.fail(`unexpected end of the report inside <${qname}>`, lt);
                if (s.charCodeAt(j + 1) !== 0x3e)
                    this.fail(`unexpected "/" in <${qname}>`, j);
                selfClosing = true;
                j += 2;
                break;
            }
            const nameStart = j;
            while (j < n && !isNameEnd(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x3d /* = */)
                j++;
            const attr = s.slice(nameStart, j);
            if (attr === "")
                this.fail(`unexpected character in <${qname}>`, j);
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            if (s.charCodeAt(j) !== 0x3d)
                this.fail(`attribute ${attr} of <${qname}> has no value`, j);
            j++;
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (j >= n)
                this.fail(`unexpected end of the report inside <${qname}>`, lt);
            const q = s.charCodeAt(j);
            if (q !== 0x22 && q !== 0x27)
                this.fail(`attribute ${attr} of <${qname}> is not quoted`, j);
            const end = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
            if (end === -1)
                this.fail(`unexpected end of the report: attribute ${attr} of <${qname}> is not closed`, j);
            const key = localName(attr);
            if (!attrs.has(key))
                attrs.set(key, decodeAttribute(s.slice(j + 1, end)));
            j = end + 1;
        }
        this.i = j;
        this.open(localName(qname).toLowerCase(), attrs, lt);
        if (selfClosing)
            this.close(lt);
    }
    endTag(lt) {
        const end = this.until(">", lt + 2, lt, "an end tag is not closed");
        const qname = this.s.slice(lt + 2, end - 1).trim();
        const name = localName(qname).toLowerCase();
        const open = this.stack[this.stack.length - 1];
        if (open === undefined)
            this.fail(`</${qname}> closes nothing`, lt);
        if (open !== name)
            this.fail(`</${qname}> does not close <${open}>`, lt);
        this.i = end;
        this.close(lt);
    }
    open(name, attrs, at) {
        const depth = this.stack.length;
        if (depth >= MAX_JUNIT_DEPTH)
            this.fail(`elements nested deeper than ${MAX_JUNIT_DEPTH}`, at);
        this.stack.push(name);
        if (this.capture !== undefined)
            return; // markup inside a <failure>: its text is kept, the rest ignored
        const parent = depth === 0 ? undefined : this.stack[depth - 1];
        if (depth === 0) {
            if (name !== "testsuites" && name !== "testsuite") {
                this.fail(`not a JUnit report: the root element is <${name}>`, at);
            }
            this.sawRoot = true;
        }
        if ((name === "testsuites" || name === "testsuite") && this.current === undefined) {
            const inner = this.innerSuite();
            const suiteFile = attrs.get("file") ?? attrs.get("filepath") ?? inner?.file;
            this.suites.push({
                element: name,
                name: attrs.get("name") ?? (name === "testsuites" ? "" : (inner?.name ?? "")),
                ...(suiteFile ? { file: suiteFile } : {}),
                declared: count(attrs.get("failures")) + count(attrs.get("errors")),
                counted: 0,
            });
            return;
        }
        if (name === "testcase" && this.current === undefined && this.suites.length > 0) {
            const suite = this.innerSuite();
            const value = { suite: suite?.name ?? "", name: attrs.get("name") ?? "", status: "passed" };
            const classname = attrs.get("classname") ?? attrs.get("class");
            if (classname)
                value.classname = classname;
            const file = attrs.get("file") ?? attrs.get("filepath") ?? suite?.file;
            if (file)
                value.file = file;
            const line = lineNumber(attrs.get("line") ?? attrs.get("lineno"), this.zeroBasedLines());
            if (line !== undefined)
                value.line = line;
            const time = seconds(attrs.get("time"));
            if (time !== undefined)
                value.timeSec = time;
            this.current = { depth, value, bad: 0 };
            return;
        }
        if (name === "failure" || name === "error" || name === "skipped") {
            const kase = this.current;
            const status = STATUS_OF[name];
            if (kase !== undefined && parent === "testcase" && kase.depth === depth - 1) {
                if (name !== "skipped")
                    kase.bad++;
                const decides = RANK[status] > RANK[kase.value.status];
                if (decides)
                    kase.value.status = status;
                this.startCapture(name, attrs, depth, decides, false);
            }
            else if (kase === undefined &&
                name !== "skipped" &&
                (parent === "testsuite" || parent === "testsuites")) {
                this.startCapture(name, attrs, depth, true, true);
            }
        }
    }
    startCapture(kind, attrs, depth, decides, suiteLevel) {
        const message = attrs.get("message");
        this.capture = {
            depth,
            kind,
            ...(message === undefined ? {} : { message }),
            text: [],
            chars: 0,
            decides,
            suiteLevel,
        };
    }
    close(at) {
        const name = this.stack.pop();
        const depth = this.stack.length;
        const c = this.capture;
        if (c !== undefined) {
            if (c.depth !== depth)
                return;
            this.capture = undefined;
            this.finishCapture(c);
            return;
        }
        const kase = this.current;
        if (kase !== undefined) {
            if (kase.depth !== depth)
                return;
            this.current = undefined;
            this.cases.push(kase.value);
            for (const f of this.suites)
                f.counted += kase.bad;
            return;
        }
        if (name === "testsuites" || name === "testsuite") {
            const frame = this.suites.pop();
            if (frame === undefined)
                this.fail(`internal: no suite open at </${name}>`, at);
            const missing = frame.declared - frame.counted;
            if (missing > 0) {
                this.cases.push({
                    suite: frame.name,
                    name: `(${frame.element} ${JSON.stringify(frame.name)})`,
                    ...(frame.file ? { file: frame.file } : {}),
                    status: "error",
                    message: `the suite reports ${missing} more failure${missing === 1 ? "" : "s"} or error${missing === 1 ? "" : "s"} than its test cases show`,
                });
                for (const f of this.suites)
                    f.counted += missing;
            }
        }
    }
    finishCapture(c) {
        let text = dedent(c.text.join("").replace(/\r\n?/g, "\n"));
        if (text.length > MAX_DETAILS_CHARS)
            text = `${text.slice(0, MAX_DETAILS_CHARS)}\n\u2026 (truncated)`;
        const firstLine = text
            .split("\n")
            .map((l) => l.trim())
            .find((l) => l !== "");
        const raw = c.message?.trim() || firstLine;
        const message = raw === undefined ? undefined : junit_truncate(raw, MAX_MESSAGE_CHARS);
        if (c.suiteLevel) {
            const suite = this.innerSuite();
            const value = {
                suite: suite?.name ?? "",
                name: `(${suite?.element ?? "testsuite"} ${JSON.stringify(suite?.name ?? "")})`,
                status: STATUS_OF[c.kind],
            };
            if (suite?.file)
                value.file = suite.file;
            if (message !== undefined)
                value.message = message;
            if (text)
                value.details = text;
            this.cases.push(value);
            for (const f of this.suites)
                f.counted++;
            return;
        }
        const v = this.current.value;
        if (c.decides) {
            if (message === undefined)
                delete v.message;
            else
                v.message = message;
            if (text)
                v.details = text;
            else
                delete v.details;
        }
        else if (STATUS_OF[c.kind] === v.status && text) {
            // A second <failure> (a rerun) or <error> of the same rank: keep its text too.
            v.details = junit_truncate(v.details ? `${v.details}\n\n${text}` : text, MAX_DETAILS_CHARS);
        }
    }
    innerSuite() {
        return this.suites[this.suites.length - 1];
    }
    /** pytest writes `line` 0-based (its `item.location`); its default suite name is "pytest". */
    zeroBasedLines() {
        return this.suites.some((f) => f.element === "testsuite" && f.name === "pytest");
    }
    fail(reason, at) {
        let line = 1;
        let lineStart = 0;
        const s = this.s;
        for (let k = s.indexOf("\n"); k !== -1 && k < at; k = s.indexOf("\n", k + 1)) {
            line++;
            lineStart = k + 1;
        }
        throw new JUnitParseError(reason, this.file, line, at - lineStart + 1);
    }
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isNameEnd(c) {
    return isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */;
}
function localName(qname) {
    const colon = qname.indexOf(":");
    return colon === -1 ? qname : qname.slice(colon + 1);
}
function count(v) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return 0;
    return Number(v);
}
function lineNumber(v, zeroBased) {
    if (v === undefined || !/^\s*\d{1,9}\s*$/.test(v))
        return undefined;
    const n = Number(v) + (zeroBased ? 1 : 0);
    return n >= 1 ? n : undefined;
}
/** Seconds, as tools write them: "0.003", "12", "1,234.5" (older Surefire), "0,003" (a decimal comma). */
function seconds(v) {
    if (v === undefined)
        return undefined;
    let t = v.trim();
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
        t = t.replace(/,/g, "");
    else if (/^\d+,\d+$/.test(t))
        t = t.replace(",", ".");
    if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/**
 * Replaces the five predefined entities and character references. Anything else after an `&`
 * (a bare ampersand, an undeclared entity) is kept as written: reports are data, not documents
 * to validate, and some tools do not escape their `&`s.
 */
function decodeEntities(s) {
    let amp = s.indexOf("&");
    if (amp === -1)
        return s;
    let out = "";
    let from = 0;
    while (amp !== -1) {
        const semi = s.indexOf(";", amp + 1);
        if (semi === -1)
            break;
        if (semi - amp <= 10) {
            const ref = s.slice(amp + 1, semi);
            let ch;
            if (ref.charCodeAt(0) === 0x23 /* # */) {
                const code = /^#[xX][0-9a-fA-F]{1,6}$/.test(ref)
                    ? Number.parseInt(ref.slice(2), 16)
                    : /^#\d{1,7}$/.test(ref)
                        ? Number.parseInt(ref.slice(1), 10)
                        : undefined;
                if (code !== undefined) {
                    ch =
                        code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
                            ? "\uFFFD"
                            : String.fromCodePoint(code);
                }
            }
            else {
                ch = NAMED[ref];
            }
            if (ch !== undefined) {
                out += s.slice(from, amp) + ch;
                from = semi + 1;
            }
        }
        amp = s.indexOf("&", amp + 1);
    }
    return out + s.slice(from);
}
function decodeText(s) {
    return decodeEntities(s);
}
/** Attribute-value normalisation: literal tabs and newlines become spaces, `&#10;` stays a newline. */
function decodeAttribute(s) {
    return decodeEntities(s.replace(/\r\n|[\r\n\t]/g, " "));
}
/** Without leading blank lines, trailing whitespace, or the indentation all lines share. */
function dedent(text) {
    const lines = text
        .replace(/^\s*\n/, "")
        .trimEnd()
        .split("\n");
    let indent = Number.POSITIVE_INFINITY;
    for (const l of lines) {
        if (l.trim() === "")
            continue;
        indent = Math.min(indent, l.length - l.trimStart().length);
    }
    if (indent === 0 || indent === Number.POSITIVE_INFINITY)
        return lines.join("\n");
    return lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n");
}
function junit_truncate(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)}\u2026 (truncated)`;
}
/** A relative source file path, as vitest writes classnames (not a Java class or a Go package). */
const PATH_LIKE = /^[^\s:*?"<>|]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|groovy|cs|php|rs|swift|exs?|feature)$/;
function annotationFile(c, root) {
    let f = c.file;
    if (!f) {
        // vitest's classname and jest-junit's `{filepath}` suite names are the test file's path.
        for (const candidate of [c.classname, c.suite]) {
            if (candidate?.includes("/") && PATH_LIKE.test(candidate)) {
                f = candidate;
                break;
            }
        }
    }
    if (!f)
        return undefined;
    f = f.replace(/\\/g, "/");
    if (isAbsolute(f) || /^[A-Za-z]:\//.test(f)) {
        if (root === undefined)
            return f;
        const rel = relative(root, f);
        if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
            return undefined;
        return rel.split(sep).join("/");
    }
    return f.replace(/^(\.\/)+/, "");
}
/** The first `<file>:<line>` in a stack trace that names `file` (by its path or, failing that, its name). */
function lineInText(file, text) {
    if (text === "")
        return undefined;
    for (const needle of [file, basename(file)]) {
        const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const m = new RegExp(`(?:^|[\\s(/"'\\\\])${escaped}:(\\d{1,9})`, "m").exec(text);
        if (m) {
            const n = Number(m[1]);
            if (n >= 1)
                return n;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/checks/src/regression.ts





/** A regression that cannot start as configured: nothing was run. */
class RegressionError extends Error {
    code = "E_REGRESSION";
    constructor(message, options) {
        super(message, options);
        this.name = "RegressionError";
    }
}
const INHERITED_ENV = ["PATH", "HOME", "LANG", "TMPDIR", "CI"];
// Part of this package's API since before the runner moved to @gitops/process.

// The same binding as junit.ts's, so `export *` of both modules is not ambiguous.

async function runRegression(options) {
    const { command, cwd, timeoutMs, signal, onOutput } = options;
    const now = options.now ?? (() => performance.now());
    const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    validate(options, graceMs);
    const env = buildEnv(options);
    let reportDir = [];
    if (options.reports !== undefined) {
        try {
            // The directories before the first wildcard: made ready, since many test tools (node --test,
            // pytest --junitxml) write a report file but not the directory it goes in.
            const segments = parseGlob(options.reports);
            const wild = segments.findIndex(hasWildcard);
            reportDir = segments.slice(0, wild === -1 ? segments.length - 1 : wild);
        }
        catch (e) {
            if (e instanceof GlobError)
                throw new RegressionError(`regression.reports: ${e.message}`, { cause: e });
            throw e;
        }
    }
    try {
        if (!(await (0,external_node_fs_promises_.stat)(cwd)).isDirectory())
            throw new Error("not a directory");
    }
    catch (e) {
        throw new RegressionError(`the working directory ${cwd} cannot be used: ${e.message}`, {
            cause: e,
        });
    }
    const notStarted = {
        ok: false,
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: true,
        durationMs: 0,
        reportFiles: [],
        reportErrors: [],
        outputTail: "",
        reason: "cancelled before it started",
    };
    if (signal?.aborted)
        return notStarted;
    if (reportDir.length > 0)
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.join)(cwd, ...reportDir), { recursive: true });
    const before = options.reports === undefined ? new Map() : await snapshot(cwd, options.reports);
    if (signal?.aborted)
        return notStarted;
    let run;
    try {
        run = await runCommand({
            command,
            cwd,
            env,
            timeoutMs,
            killGraceMs: graceMs,
            ...(signal === undefined ? {} : { signal }),
            ...(onOutput === undefined ? {} : { onOutput }),
            now,
        });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw asRegressionError(e);
        throw e;
    }
    // Aborted while the runner checked cwd: nothing ran, as above.
    if (run.cancelled && run.pid === undefined)
        return notStarted;
    const durationMs = run.durationMs;
    const reportFiles = [];
    const reportErrors = [];
    let report;
    if (options.reports !== undefined) {
        const read = await readReports(cwd, options.reports, before);
        reportFiles.push(...read.files);
        reportErrors.push(...read.errors);
        if (read.reports.length > 0)
            report = mergeReports(read.reports);
    }
    const failedCases = report === undefined ? 0 : report.failures + report.errors;
    const ok = run.spawnError === undefined &&
        !run.timedOut &&
        !run.cancelled &&
        run.exitCode === 0 &&
        run.signal === null &&
        failedCases === 0 &&
        // The descriptor promised a report: a run that wrote none proved nothing.
        (options.reports === undefined || report !== undefined);
    return {
        ok,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        cancelled: run.cancelled,
        durationMs,
        reportFiles,
        ...(report === undefined ? {} : { report }),
        reportErrors,
        outputTail: run.outputTail,
        reason: describe(command, timeoutMs, run, options.reports !== undefined, reportFiles, report, reportErrors),
    };
}
function validate(options, graceMs) {
    try {
        validateCommand({ ...options, killGraceMs: graceMs });
    }
    catch (e) {
        if (e instanceof CommandError)
            throw asRegressionError(e);
        throw e;
    }
}
/** The runner's message, named as the descriptor's regression section names the field. */
function asRegressionError(e) {
    const prefix = e.field === "killGraceMs" || e.field === "cwd"
        ? ""
        : e.field === "timeoutMs"
            ? "regression "
            : "regression.";
    return new RegressionError(`${prefix}${e.message}`, { cause: e });
}
function buildEnv(options) {
    return { ...inheritedEnv(INHERITED_ENV, options.parentEnv ?? process.env), ...options.env };
}
function fingerprint(st) {
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
/**
 * The report files present before the run, by inode, size and modification/change times (to the
 * nanosecond). A file counts as written by the run when it is new or any of these changed.
 * This does not compare file times with the clock: file timestamps come from a coarser kernel
 * clock than the process's, and a report written in the first milliseconds could look older
 * than the start.
 */
async function snapshot(cwd, pattern) {
    const out = new Map();
    const { files } = await findFiles(cwd, pattern);
    for (const f of files) {
        try {
            out.set(f, fingerprint(await (0,external_node_fs_promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true })));
        }
        catch {
            // gone already
        }
    }
    return out;
}
async function readReports(cwd, pattern, before) {
    const files = [];
    const reports = [];
    const errors = [];
    const found = await findFiles(cwd, pattern);
    let stale = 0;
    for (const f of found.files) {
        let st;
        try {
            st = await (0,external_node_fs_promises_.lstat)((0,external_node_path_.join)(cwd, f), { bigint: true });
        }
        catch {
            continue;
        }
        if (before.get(f) === fingerprint(st)) {
            stale++;
            continue;
        }
        files.push(f);
        if (st.size > BigInt(MAX_JUNIT_BYTES)) {
            errors.push(`${f}: larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MiB`);
            continue;
        }
        try {
            const text = decodeReportBytes(await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(cwd, f)));
            reports.push(parseJUnit(text, f));
        }
        catch (e) {
            errors.push(e instanceof Error && "code" in e && e.code === "E_JUNIT" ? e.message : `${f}: ${String(e)}`);
        }
    }
    if (found.truncated)
        errors.push(`stopped looking for ${pattern} after too many files`);
    if (files.length === 0) {
        const old = stale === 0 ? "" : ` (${stale} older file${stale === 1 ? "" : "s"} ignored)`;
        errors.push(`no report matching ${pattern} was written by this run${old}`);
    }
    return { files, reports, errors };
}
// --- the one line for people ---------------------------------------------------------------------
function describe(command, timeoutMs, run, reportsConfigured, reportFiles, report, reportErrors) {
    const exit = describeRun(command, timeoutMs, run);
    // It did not run to its end: the reports do not tell more.
    if (run.spawnError !== undefined || run.cancelled || run.timedOut)
        return exit;
    const unreadable = report === undefined ? 0 : reportErrors.length;
    const note = unreadable === 0 ? "" : `; ${unreadable} report problem${unreadable === 1 ? "" : "s"}`;
    if (report === undefined) {
        if (!reportsConfigured)
            return exit;
        return `${exit}; ${reportFiles.length === 0 ? "no report" : "no readable report"}`;
    }
    const summary = summarizeReport(report);
    if (report.failures + report.errors > 0) {
        return `${summary}${run.exitCode === 0 ? " (though it exited 0)" : ""}${note}`;
    }
    if (run.exitCode !== 0 || run.signal !== null)
        return `${exit} (${summary})${note}`;
    return `${summary}${note}`;
}
/** "12 tests, 2 failed, 1 errored, 3 skipped", or "12 tests passed" / "12 tests passed, 3 skipped". */
function summarizeReport(report) {
    const tests = `${report.tests} test${report.tests === 1 ? "" : "s"}`;
    const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : "";
    if (report.failures + report.errors === 0)
        return `${tests} passed${skipped}`;
    const failed = report.failures > 0 ? `, ${report.failures} failed` : "";
    const errored = report.errors > 0 ? `, ${report.errors} errored` : "";
    return `${tests}${failed}${errored}${skipped}`;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/stages.ts
// The stages a release runs for one service, registered by name. gitops.yaml lists each
// environment's stages in order, so a team reorders or drops them without code; a new kind of
// stage is one more entry here.

const address = (d) => ({ domain: d.domain, port: d.port });
const deployStage = async (ctx) => {
    const result = await ctx.driver.deploy({
        descriptor: ctx.descriptor,
        environment: ctx.environment.name,
        workdir: ctx.workdir,
        reason: ctx.reason,
        onOutput: ctx.onOutput,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    return {
        outcome: result.ok ? "passed" : "failed",
        reason: `${ctx.driver.type}: ${result.reason}`,
        ...(result.ok ? {} : { log: result.outputTail }),
    };
};
const healthcheckStage = async (ctx) => {
    const { healthcheck } = ctx.descriptor;
    const options = healthcheckOptions(healthcheck);
    if (ctx.signal)
        options.signal = ctx.signal;
    const report = await runHealthcheck(healthcheckTargets(healthcheck, address(ctx.descriptor)), options);
    const healthy = report.endpoints.filter((e) => e.ok).length;
    const failing = report.endpoints.filter((e) => !e.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${healthy}/${report.endpoints.length} endpoints healthy`
            : failing.map((e) => `${e.name}: ${e.lastError?.message ?? "failed"}`).join("; "),
        ...(report.ok ? {} : { log: healthText(report) }),
    };
};
const smokeStage = async (ctx) => {
    const { smoke, healthcheck } = ctx.descriptor;
    if (!smoke || smoke.checks.length === 0)
        return { outcome: "skipped", reason: "the descriptor has no smoke checks" };
    const report = await runSmoke(smoke.checks, address(ctx.descriptor), {
        timeoutMs: healthcheck.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const failed = report.checks.filter((c) => !c.ok);
    return {
        outcome: report.ok ? "passed" : "failed",
        reason: report.ok
            ? `${report.checks.length}/${report.checks.length} smoke checks passed`
            : failed.map((c) => `${c.name}: ${c.reason}`).join("; "),
        ...(report.ok ? {} : { log: smokeText(report) }),
    };
};
const regressionStage = async (ctx) => {
    const { regression, service, version } = ctx.descriptor;
    if (!regression)
        return { outcome: "skipped", reason: "the descriptor has no regression command" };
    const result = await runRegression({
        command: regression.command,
        cwd: ctx.workdir,
        env: {
            ...regression.env,
            GITOPS_SERVICE: service,
            GITOPS_VERSION: version,
            GITOPS_ENVIRONMENT: ctx.environment.name,
            GITOPS_SERVICE_URL: `http://${ctx.descriptor.domain}:${ctx.descriptor.port}`,
        },
        timeoutMs: regression.timeoutMs,
        ...(regression.reports ? { reports: regression.reports } : {}),
        onOutput: ctx.onOutput,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    return {
        outcome: result.ok ? "passed" : "failed",
        reason: result.reason,
        ...(result.ok ? {} : { log: result.outputTail }),
    };
};
const builtinStages = {
    deploy: deployStage,
    healthcheck: healthcheckStage,
    smoke: smokeStage,
    regression: regressionStage,
};
/** A rollback redeploys and proves the restored version healthy; further tests are for new versions. */
const ROLLBACK_STAGES = ["deploy", "healthcheck"];

;// CONCATENATED MODULE: ../../packages/pipeline/src/service-release.ts


async function releaseService(ctx, planned) {
    const release = {
        service: planned.service,
        change: planned.change === "unchanged-here" ? "changed" : planned.change,
        file: planned.file,
        version: planned.version,
        outcome: "deployed",
        stages: [],
        deliveries: [],
    };
    const descriptor = planned.change === "removed" ? undefined : ctx.pushed.get(planned.file);
    if (planned.change === "unchanged-here") {
        return { ...release, outcome: "not-deployed", note: `nothing ${ctx.environment.name} runs changed` };
    }
    if (planned.change === "removed" || !descriptor) {
        return {
            ...release,
            outcome: "not-deployed",
            note: "removed from the branch: gitops does not tear services down; remove it with your platform's tools",
        };
    }
    ctx.progress({ type: "service", service: release.service, ...planned.version });
    if (ctx.dryRun) {
        const stages = ctx.environment.stages.map((stage) => ({ stage, outcome: "skipped", durationMs: 0, reason: "dry run" }));
        return { ...release, outcome: "planned", stages };
    }
    // What the branch held before the push (a renamed file's old self): the version to restore.
    const previous = ctx.deployed.get(planned.oldFile ?? planned.file);
    const tell = async (event, extra = {}) => {
        const notice = {
            ...ctx.notice,
            event,
            service: release.service,
            version: release.version,
            recipients: {
                emails: descriptor.notifications.emails,
                slack: descriptor.notifications.slack,
                maintainer: descriptor.maintainer,
            },
            stages: [...release.stages],
            ...extra,
        };
        const deliveries = await deliverAll(ctx.notifiers, notice, {
            ...(ctx.signal ? { signal: ctx.signal } : {}),
            onDelivery: (delivery) => ctx.progress({ type: "delivery", service: release.service, event, delivery }),
        });
        release.deliveries.push(...deliveries.map((d) => ({ ...d, event })));
    };
    await tell("started");
    const failure = await runStages(ctx, descriptor, ctx.environment.stages, "deploy", release.stages);
    if (!failure) {
        await tell("succeeded");
        return finishService(ctx, release);
    }
    release.failure = failure;
    await tell("failed", { failure });
    if (ctx.signal?.aborted) {
        release.outcome = "failed";
        release.note = "the release was cancelled: nothing was rolled back, so check what runs";
        return finishService(ctx, release);
    }
    if (!previous) {
        release.outcome = "failed";
        release.note = "nothing to restore: the branch held no earlier version of this service";
        return finishService(ctx, release);
    }
    const rollbackStages = [];
    const rollbackFailure = await runStages(ctx, previous, ROLLBACK_STAGES, "rollback", rollbackStages);
    release.rollback = {
        version: previous.version,
        ok: !rollbackFailure,
        reason: rollbackFailure
            ? `the restored ${previous.version} failed at ${rollbackFailure.stage}: ${rollbackFailure.reason}`
            : `${previous.version} restored and healthy`,
        stages: rollbackStages,
    };
    release.outcome = rollbackFailure ? "failed" : "rolled-back";
    await tell("rolled-back", {
        failure,
        rollback: { version: previous.version, ok: release.rollback.ok, reason: release.rollback.reason },
    });
    return finishService(ctx, release);
}
function finishService(ctx, release) {
    ctx.progress({ type: "done", service: release.service, outcome: release.outcome });
    return release;
}
/** Runs stages in order into `reports`; returns the first failure, or undefined when all passed. */
async function runStages(ctx, descriptor, names, reason, reports) {
    const service = descriptor.service;
    const rollback = reason === "rollback";
    for (const name of names) {
        ctx.progress({ type: "stage-start", service, stage: name, rollback });
        const started = performance.now();
        let outcome;
        let why;
        let log;
        try {
            const stage = ctx.stages[name];
            if (!stage)
                throw new Error(`no stage is registered as "${name}"`);
            const result = await stage({
                descriptor,
                environment: ctx.environment,
                workdir: ctx.workdir,
                driver: ctx.driver,
                reason,
                onOutput: (chunk, stream) => ctx.progress({ type: "output", service, stage: name, chunk, stream }),
                ...(ctx.signal ? { signal: ctx.signal } : {}),
            });
            ({ outcome, reason: why, log } = result);
        }
        catch (error) {
            // A stage that cannot run (a broken regression glob, a driver that cannot start) has failed.
            outcome = "failed";
            why = error instanceof Error ? error.message : String(error);
        }
        const durationMs = Math.round(performance.now() - started);
        reports.push({ stage: name, outcome, durationMs, reason: why });
        ctx.progress({ type: "stage-end", service, stage: name, rollback, outcome, reason: why, durationMs });
        if (outcome === "failed")
            return { stage: name, reason: why, ...(log ? { log } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/release.ts
// The release of one push: the gate (policy from the trusted ref, the plan, every rule), then
// each changed service through the environment's stages, a few at a time, with notices before
// and after, and the previous version restored when a stage fails.








async function release(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const progress = safe(options.onProgress);
    const before = (0,src_git/* isZeroSha */.hp)(options.before) ? undefined : options.before;
    const gated = await gatePush({
        git: options.git,
        ...(before ? { before } : {}),
        after: options.after,
        ...(options.environment ? { environment: options.environment } : { branch: options.branch ?? "" }),
        pusher: options.pusher,
        github: options.github,
        ...(options.jira ? { jira: options.jira } : {}),
    });
    const planLine = (0,render/* summaryLine */.dC)(gated.plan);
    progress({
        type: "gate",
        environment: gated.environment.name,
        decision: gated.decision,
        reasons: gated.results.filter((r) => r.decision !== "allow").flatMap((r) => r.reasons),
        plan: planLine,
    });
    const result = {
        schema: 1,
        environment: gated.environment.name,
        ...(before ? { before } : {}),
        after: gated.plan.head,
        pusher: options.pusher,
        dryRun: options.dryRun ?? false,
        outcome: gated.decision === "deny" ? "denied" : "skipped",
        gate: { decision: gated.decision, results: gated.results, tickets: gated.tickets.map((t) => t.key) },
        plan: { verdict: gated.plan.verdict, summary: planLine },
        services: [],
        links: options.links ?? {},
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
    };
    if (gated.decision !== "allow")
        return finish(result, started, now);
    const context = await releaseContext(options, gated, before, planLine, progress);
    result.services = await mapLimit(gated.plan.services, gated.environment.concurrency, (planned) => releaseService(context, planned));
    result.outcome = overallOutcome(result.services, result.dryRun);
    return finish(result, started, now);
}
async function releaseContext(options, gated, before, planLine, progress) {
    const environment = gated.environment;
    // Only the changed services' files: the plan has judged the whole repo already.
    const services = gated.plan.services;
    const [pushed, deployed] = await Promise.all([
        descriptorsAt(options.git, gated.plan.head, services.filter((s) => s.change !== "removed").map((s) => s.file), environment.name),
        before
            ? descriptorsAt(options.git, before, services.map((s) => s.oldFile ?? s.file), environment.name)
            : new Map(),
    ]);
    const head = gated.commits.at(-1);
    return {
        environment,
        workdir: options.workdir,
        pushed,
        deployed,
        driver: (options.driverFor ?? createDriver)(environment.driver),
        stages: options.stages ?? builtinStages,
        notifiers: options.dryRun ? [] : (options.notifiers?.(gated.config) ?? []),
        dryRun: options.dryRun ?? false,
        notice: {
            environment: environment.name,
            pusher: options.pusher,
            ...(options.pusherEmail || head
                ? {
                    committer: options.pusherEmail
                        ? { email: options.pusherEmail }
                        : { name: head.committer.name, email: head.committer.email },
                }
                : {}),
            tickets: gated.tickets.map((t) => t.key),
            // Channels label it themselves: "1 to change, \u2026", not "Plan: 1 to change, \u2026".
            plan: planLine.replace(/^Plan: /, ""),
            commit: {
                sha: gated.plan.head,
                ...(options.links?.commit ? { url: options.links.commit } : {}),
            },
            ...(options.links?.run ? { runUrl: options.links.run } : {}),
        },
        progress,
        ...(options.signal ? { signal: options.signal } : {}),
    };
}
/** The valid descriptors among `files` at a commit, as the environment sees them, by file. */
async function descriptorsAt(git, ref, files, environment) {
    const contents = await git.readFiles(ref, files);
    const loaded = await Promise.all([...contents].map(([file, content]) => (0,descriptor/* loadDescriptor */.Km)(file, content)));
    return new Map(loaded.flatMap((r) => (r.ok ? [[r.value.file, (0,descriptor/* forEnvironment */.rR)(r.value, environment)]] : [])));
}
function finish(result, started, now) {
    result.durationMs = Math.max(0, Math.round(now() - started));
    return result;
}
/** A progress listener that throws must not stop a release half-way. */
function safe(listener) {
    return (event) => {
        try {
            listener?.(event);
        }
        catch {
            // the release goes on
        }
    };
}

// EXTERNAL MODULE: ../../packages/pipeline/src/secrets.ts
var secrets = __webpack_require__(8607);
;// CONCATENATED MODULE: ../../packages/pipeline/src/summary.ts
// The release for people: a Markdown job summary (per service: versions from \u2192 to, each stage
// with its time, the outcome, the rollback, every notification) and a short text ending.


const OUTCOME_ICON = {
    succeeded: "\u2705",
    deployed: "\u2705",
    "rolled-back": "\u21a9\ufe0f",
    failed: "\u274c",
    denied: "\u26d4",
    skipped: "\u23ed\ufe0f",
    "nothing-to-deploy": "\u2796",
    "dry-run": "\ud83d\udd0e",
    planned: "\ud83d\udd0e",
    "not-deployed": "\u2796",
};
const STAGE_ICON = { passed: "\u2705", failed: "\u274c", skipped: "\u23ed\ufe0f" };
// Summary cells quote services, commands and test output: no HTML of theirs reaches the page.
const summary_cell = (text) => (0,src_text/* escapeHtml */.ZD)(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
const stagesCell = (stages) => stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${durationText(s.durationMs)}`).join("<br>") || "\u2014";
function releaseMarkdown(result) {
    const short = result.after.slice(0, 12);
    const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
    const out = [
        `## ${OUTCOME_ICON[result.outcome]} Release to ${summary_cell(result.environment)}: ${result.outcome}`,
        "",
        `Commit ${commit} pushed by **${summary_cell(result.pusher)}**${result.links.run ? ` \u00b7 [workflow run](${result.links.run})` : ""} \u00b7 ${durationText(result.durationMs)}`,
        "",
        `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` \u00b7 tickets ${result.gate.tickets.map(summary_cell).join(", ")}` : ""} \u00b7 **Plan:** ${summary_cell(result.plan.summary)}`,
        "",
    ];
    const blocking = result.gate.results.filter((r) => r.decision !== "allow");
    if (blocking.length > 0) {
        out.push("| Rule | Decision | Why |", "|---|---|---|");
        for (const r of blocking)
            out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(summary_cell).join("<br>")} |`);
        out.push("");
    }
    if (result.services.length === 0)
        return `${out.join("\n")}\n`;
    out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
    for (const s of result.services) {
        const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${summary_cell(s.rollback.version)}` : ""}`;
        const stages = s.rollback
            ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
            : stagesCell(s.stages);
        out.push(`| ${summary_cell(s.service)} | ${summary_cell(versionText(s.version))} | ${stages} | ${outcome} |`);
    }
    out.push("");
    for (const s of result.services.filter((s) => s.failure || s.note)) {
        out.push(`### ${OUTCOME_ICON[s.outcome]} ${summary_cell(s.service)}`, "");
        if (s.failure)
            out.push(`Failed at **${s.failure.stage}**: ${summary_cell(s.failure.reason)}`, "");
        if (s.rollback)
            out.push(`Rollback: ${summary_cell(s.rollback.reason)}`, "");
        if (s.note)
            out.push(summary_cell(s.note), "");
        if (s.failure?.log) {
            out.push("<details><summary>Log</summary>", "", "<pre>", (0,src_text/* escapeHtml */.ZD)(lastLines(s.failure.log, 40)), "</pre>", "</details>", "");
        }
    }
    const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
    if (deliveries.length > 0) {
        out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
        for (const d of deliveries) {
            const to = d.url ? `[${summary_cell(d.target)}](${d.url})` : summary_cell(d.target);
            out.push(`| ${summary_cell(d.service)} | ${d.event} | ${summary_cell(d.channel)} | ${to} | ${d.ok ? "\u2705" : "\u26a0\ufe0f"} ${summary_cell(d.detail)} |`);
        }
        out.push("");
    }
    return `${out.join("\n")}\n`;
}
/** The last lines of the release for a terminal: one per service. */
function releaseText(result) {
    const lines = result.services.map((s) => {
        const rollback = s.rollback
            ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
            : "";
        const why = s.failure ? ` \u2014 ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` \u2014 ${s.note}` : "";
        return `${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`;
    });
    const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
    if (failedDeliveries.length > 0)
        lines.push(`\u26a0\ufe0f  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`);
    lines.push(`${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${durationText(result.durationMs)}`);
    return `${lines.join("\n")}\n`;
}
function lastLines(text, n) {
    return text.split("\n").slice(-n).join("\n");
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/index.ts











/***/ })

};
