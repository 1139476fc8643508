export const id = 659;
export const ids = [659];
export const modules = {

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  citedKeys: () => (/* reexport */ rules/* citedKeys */._l),
  commitsToCite: () => (/* reexport */ rules/* commitsToCite */.fO),
  configChange: () => (/* reexport */ rules/* configChange */.fg),
  decide: () => (/* reexport */ rules/* decide */.LD),
  evaluateGate: () => (/* reexport */ rules/* evaluateGate */.DR),
  githubFacts: () => (/* reexport */ githubFacts),
  jiraTicketSource: () => (/* reexport */ jira/* jiraTicketSource */.m),
  jiraTickets: () => (/* reexport */ rules/* jiraTickets */.yB),
  lazyGitHubFacts: () => (/* reexport */ lazyGitHubFacts),
  planVerdict: () => (/* reexport */ rules/* planVerdict */.Ft),
  pusherAllowed: () => (/* reexport */ rules/* pusherAllowed */.c2),
  signedCommits: () => (/* reexport */ rules/* signedCommits */.dw),
  skipMarker: () => (/* reexport */ rules/* skipMarker */.eE),
  stalePush: () => (/* reexport */ rules/* stalePush */.sW)
});

// EXTERNAL MODULE: ../../packages/retry/src/retry.ts
var src_retry = __webpack_require__(5426);
;// CONCATENATED MODULE: ../../packages/gate/src/github.ts
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

// EXTERNAL MODULE: ../../packages/gate/src/jira.ts
var jira = __webpack_require__(727);
// EXTERNAL MODULE: ../../packages/gate/src/rules.ts
var rules = __webpack_require__(1812);
;// CONCATENATED MODULE: ../../packages/gate/src/index.ts






/***/ })

};
