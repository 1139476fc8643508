// JSON shapes the double sends, checked at compile time against GitHub's own OpenAPI description
// (@octokit/openapi-types, generated from github/rest-api-description), so a field that drifts
// from the documented schema fails `tsc` rather than a consumer at run time.
import type { components } from "@octokit/openapi-types";

type Schemas = components["schemas"];

export const DOCS_ROOT = "https://docs.github.com/rest";
export const RATE_LIMIT_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
export const SECONDARY_RATE_LIMIT_DOCS = `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`;
/** The HTML host; API URLs in bodies use the double's own address, as GHES uses its own. */
export const HTML_ROOT = "https://github.com";

export type AuthorAssociation = Schemas["author-association"];

/** Body of every GitHub error response ("basic-error" plus the `status` string GitHub sends). */
export interface ApiError {
  message: string;
  documentation_url: string;
  status: string;
  /** Objects ("validation-error"), or plain sentences ("validation-error-simple"). */
  errors?: (ValidationErrorItem | string)[];
}

/** An item of a 422 "Validation Failed" body ("validation-error" in the OpenAPI description). */
export interface ValidationErrorItem {
  resource: string;
  code: string;
  field: string;
  message?: string;
  /** A deployment refused for its commit statuses: every context of the commit, with its state. */
  contexts?: CommitStatusContext[];
}

export interface CommitStatusContext {
  context: string;
  state: string;
}

export function apiError(
  status: number,
  message: string,
  documentationUrl: string = DOCS_ROOT,
  errors?: (ValidationErrorItem | string)[],
): ApiError {
  return errors === undefined
    ? { message, documentation_url: documentationUrl, status: String(status) }
    : { message, errors, documentation_url: documentationUrl, status: String(status) };
}

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface SimpleUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: "User" | "Bot";
  user_view_type: string;
  site_admin: boolean;
}

export function renderUser(apiUrl: string, user: UserRecord): SimpleUser {
  const url = `${apiUrl}/users/${encodeURIComponent(user.login)}`;
  const bot = user.type === "Bot";
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(bot ? "BOT_kgDO" : "U_kgDO", user.id),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? "in" : "u"}/${user.id}?v=4`,
    gravatar_id: "",
    url,
    html_url: bot ? `${HTML_ROOT}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${HTML_ROOT}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  } satisfies Schemas["simple-user"];
}

export interface RepoRecord {
  owner: string;
  name: string;
  id: number;
}

export interface CommentRecord {
  id: number;
  repo: RepoRecord;
  issue: number;
  body: string;
  author: UserRecord;
  association: AuthorAssociation;
  createdAt: Date;
  updatedAt: Date;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: SimpleUser;
  created_at: string;
  updated_at: string;
  author_association: AuthorAssociation;
}

export function renderComment(apiUrl: string, c: CommentRecord): IssueComment {
  const repoApi = `${apiUrl}/repos/${c.repo.owner}/${c.repo.name}`;
  return {
    id: c.id,
    node_id: nodeId("IC_kwDO", c.id),
    url: `${repoApi}/issues/comments/${c.id}`,
    html_url: `${HTML_ROOT}/${c.repo.owner}/${c.repo.name}/issues/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${repoApi}/issues/${c.issue}`,
    body: c.body,
    user: renderUser(apiUrl, c.author),
    created_at: timestamp(c.createdAt),
    updated_at: timestamp(c.updatedAt),
    author_association: c.association,
  } satisfies Schemas["issue-comment"];
}

export interface TeamMembership {
  url: string;
  role: "member" | "maintainer";
  state: "active" | "pending";
}

export function renderMembership(
  apiUrl: string,
  ids: { org: number; team: number },
  login: string,
  role: TeamMembership["role"],
  state: TeamMembership["state"],
): TeamMembership {
  return {
    url: `${apiUrl}/organizations/${ids.org}/team/${ids.team}/memberships/${encodeURIComponent(login)}`,
    role,
    state,
  } satisfies Schemas["team-membership"];
}

export interface GitIdentity {
  name: string;
  email: string;
  date: Date;
}

export interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

export interface CommitRecord {
  repo: RepoRecord;
  sha: string;
  treeSha: string;
  message: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  authorUser: UserRecord | null;
  committerUser: UserRecord | null;
  verification: Verification;
}

export interface Commit {
  url: string;
  sha: string;
  node_id: string;
  html_url: string;
  comments_url: string;
  commit: {
    url: string;
    author: { name: string; email: string; date: string };
    committer: { name: string; email: string; date: string };
    message: string;
    comment_count: number;
    tree: { sha: string; url: string };
    verification: Verification;
  };
  author: SimpleUser | null;
  committer: SimpleUser | null;
  parents: { sha: string; url: string; html_url: string }[];
  stats: { total: number; additions: number; deletions: number };
  files: never[];
}

export function renderCommit(apiUrl: string, c: CommitRecord): Commit {
  const repoApi = `${apiUrl}/repos/${c.repo.owner}/${c.repo.name}`;
  const repoHtml = `${HTML_ROOT}/${c.repo.owner}/${c.repo.name}`;
  const identity = (i: GitIdentity) => ({ name: i.name, email: i.email, date: timestamp(i.date) });
  return {
    url: `${repoApi}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId("C_kwDO", Number.parseInt(c.sha.slice(0, 8), 16)),
    html_url: `${repoHtml}/commit/${c.sha}`,
    comments_url: `${repoApi}/commits/${c.sha}/comments`,
    commit: {
      url: `${repoApi}/git/commits/${c.sha}`,
      author: identity(c.author),
      committer: identity(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.treeSha, url: `${repoApi}/git/trees/${c.treeSha}` },
      verification: c.verification,
    },
    author: c.authorUser && renderUser(apiUrl, c.authorUser),
    committer: c.committerUser && renderUser(apiUrl, c.committerUser),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${repoApi}/commits/${sha}`,
      html_url: `${repoHtml}/commit/${sha}`,
    })),
    stats: { total: 0, additions: 0, deletions: 0 },
    files: [],
  } satisfies Schemas["commit"];
}

// --- deployments ------------------------------------------------------------------------------

export type DeploymentState = Schemas["deployment-status"]["state"];

export const DEPLOYMENT_STATES: readonly DeploymentState[] = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success",
];

export type DeploymentPayload = Record<string, unknown> | string;

export interface DeploymentRecord {
  id: number;
  repo: RepoRecord;
  sha: string;
  /** As the request named it: a branch, tag or SHA. */
  ref: string;
  task: string;
  payload: DeploymentPayload;
  /** The environment the deployment was created for. */
  originalEnvironment: string;
  /** The environment of its latest status (the original one until a status names another). */
  environment: string;
  description: string | null;
  creator: UserRecord;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Ascending id; the API lists them newest first. */
  statuses: DeploymentStatusRecord[];
}

export interface DeploymentStatusRecord {
  id: number;
  deployment: DeploymentRecord;
  state: DeploymentState;
  creator: UserRecord;
  description: string;
  environment: string;
  /** `log_url` and `target_url` are one value: setting either sets both. */
  logUrl: string;
  environmentUrl: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Deployment {
  url: string;
  id: number;
  node_id: string;
  sha: string;
  ref: string;
  task: string;
  payload: DeploymentPayload;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: SimpleUser;
  created_at: string;
  updated_at: string;
  statuses_url: string;
  repository_url: string;
  transient_environment: boolean;
  production_environment: boolean;
  performed_via_github_app: null;
}

export function renderDeployment(apiUrl: string, d: DeploymentRecord): Deployment {
  const repoApi = `${apiUrl}/repos/${d.repo.owner}/${d.repo.name}`;
  return {
    url: `${repoApi}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId("DE_kwDO", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: typeof d.payload === "string" ? d.payload : structuredClone(d.payload),
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: renderUser(apiUrl, d.creator),
    created_at: timestamp(d.createdAt),
    updated_at: timestamp(d.updatedAt),
    statuses_url: `${repoApi}/deployments/${d.id}/statuses`,
    repository_url: repoApi,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null,
  } satisfies Schemas["deployment"];
}

export interface DeploymentStatus {
  url: string;
  id: number;
  node_id: string;
  state: DeploymentState;
  creator: SimpleUser;
  description: string;
  environment: string;
  target_url: string;
  created_at: string;
  updated_at: string;
  deployment_url: string;
  repository_url: string;
  environment_url: string;
  log_url: string;
  performed_via_github_app: null;
}

export function renderDeploymentStatus(apiUrl: string, s: DeploymentStatusRecord): DeploymentStatus {
  const d = s.deployment;
  const repoApi = `${apiUrl}/repos/${d.repo.owner}/${d.repo.name}`;
  return {
    url: `${repoApi}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId("DES_kwDO", s.id),
    state: s.state,
    creator: renderUser(apiUrl, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: timestamp(s.createdAt),
    updated_at: timestamp(s.updatedAt),
    deployment_url: `${repoApi}/deployments/${d.id}`,
    repository_url: repoApi,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  } satisfies Schemas["deployment-status"];
}

/** GitHub's timestamps: ISO 8601, UTC, whole seconds ("2011-04-14T16:00:49Z"). */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function nodeId(prefix: string, id: number): string {
  return prefix + Buffer.from(`${prefix}:${id}`).toString("base64url");
}
