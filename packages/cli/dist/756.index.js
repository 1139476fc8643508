export const id = 756;
export const ids = [756];
export const modules = {

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubFromEnv: () => (/* binding */ githubFromEnv)
});

// EXTERNAL MODULE: ../retry/src/retry.ts
var src_retry = __webpack_require__(5277);
;// CONCATENATED MODULE: ../gate/src/github.ts
// GitHub as the gate asks it: team membership and commit signatures, through an Octokit
// `request` function the adapter passes in (so this package never loads a GitHub client).

const asRequestError = (error) => typeof error === "object" && error !== null && typeof error.status === "number"
    ? error
    : undefined;
function githubFacts(request, repository, retry = {}) {
    const call = (what, run) => (0,src_retry/* withRetry */.bD)(what, run, (error) => {
        const e = asRequestError(error);
        if (!e)
            return undefined;
        const retryAfter = e.response?.headers?.["retry-after"];
        return retryAfter === undefined ? { status: e.status } : { status: e.status, retryAfter };
    }, retry).catch((error) => {
        const e = asRequestError(error);
        throw new Error(`GitHub: ${what} failed${e ? ` (${e.status} ${e.message})` : `: ${error.message}`}`);
    });
    return {
        async isTeamMember(org, team, login) {
            try {
                const { data } = await call(`team membership of ${login} in ${org}/${team}`, () => request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
                    org,
                    team_slug: team,
                    username: login,
                }));
                // A pending invitation is not membership.
                return data.state === "active";
            }
            catch (error) {
                // GitHub answers 404 both for "not a member" and for a team the token cannot see.
                if (/\(404 /.test(error.message))
                    return false;
                throw error;
            }
        },
        async isCommitVerified(sha) {
            const { data } = await call(`signature of ${sha.slice(0, 12)}`, () => request("GET /repos/{owner}/{repo}/commits/{ref}", { ...repository, ref: sha }));
            return (data.commit?.verification?.verified ===
                true);
        },
    };
}
/**
 * GitHubFacts whose client is made on the first question: an adapter passes how to load
 * Octokit, and a run whose rules ask GitHub nothing never loads it.
 */
function lazyGitHubFacts(loadRequest, repository, retry = {}) {
    let facts;
    const load = () => (facts ??= loadRequest().then((request) => githubFacts(request, repository, retry)));
    return {
        isTeamMember: async (org, team, login) => (await load()).isTeamMember(org, team, login),
        isCommitVerified: async (sha) => (await load()).isCommitVerified(sha),
    };
}

;// CONCATENATED MODULE: ./src/clients.ts
// GitHub as a command asks it (team membership, commit signatures), from the environment. The
// client loads only when a rule asks it something.

function githubFromEnv(io) {
    const token = io.env.GITHUB_TOKEN;
    const [owner = "", repo = ""] = (io.env.GITHUB_REPOSITORY ?? "").split("/");
    if (!token) {
        const missing = async () => {
            throw new Error("set GITHUB_TOKEN (and GITHUB_REPOSITORY=owner/repo) to ask GitHub");
        };
        return { isTeamMember: missing, isCommitVerified: missing };
    }
    return lazyGitHubFacts(async () => {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 329).then(__webpack_require__.bind(__webpack_require__, 1329));
        return getOctokit(token, { baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com" }).request;
    }, { owner, repo });
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   lI: () => (/* binding */ RetryGaveUp)
/* harmony export */ });
// Patient calls to services that ask for patience: retry 429 and 5xx with exponential
// backoff, waiting at least what Retry-After says, and give up after a few attempts so a
// gate never hangs a deployment.
class RetryGaveUp extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
        this.name = "RetryGaveUp";
    }
}
const retryable = (status) => status === 429 || status >= 500;
/** How long Retry-After asks to wait, in ms, or undefined when it says nothing usable. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
async function withRetry(what, call, failure, options = {}) {
    const attempts = options.attempts ?? 4;
    const base = options.baseMs ?? 500;
    const max = options.maxMs ?? 30_000;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            const http = failure(error);
            if (!http || !retryable(http.status) || attempt >= attempts)
                throw error;
            const asked = retryAfterMs(http.retryAfter);
            if (asked !== undefined && asked > max) {
                throw new RetryGaveUp(`${what}: asked to wait ${Math.round(asked / 1000)} s (status ${http.status}); not waiting that long`, error);
            }
            await sleep(Math.max(asked ?? 0, Math.min(max, base * 2 ** (attempt - 1))));
        }
    }
}


/***/ })

};
