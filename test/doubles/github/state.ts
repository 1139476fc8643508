// What the double knows: repositories, users, issue comments, teams, commits (with their commit
// status contexts) and deployments with their statuses. Plain data and
// lookups, no HTTP. Names are matched case-insensitively, as GitHub matches logins, org, repo and
// team names, and are echoed back as they were first registered.
import { createHash } from "node:crypto";
import type {
  AuthorAssociation,
  CommentRecord,
  CommitRecord,
  CommitStatusContext,
  DeploymentPayload,
  DeploymentRecord,
  DeploymentState,
  DeploymentStatusRecord,
  GitIdentity,
  RepoRecord,
  UserRecord,
  Verification,
} from "./shapes.ts";

/** The account a `GITHUB_TOKEN` acts as; its id is GitHub's real one. */
export const ACTIONS_BOT: UserRecord = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export type TeamRole = "member" | "maintainer";
export type MembershipState = "active" | "pending";

export interface OrgRecord {
  login: string;
  id: number;
  teams: Map<string, TeamRecord>;
}

export interface TeamRecord {
  slug: string;
  id: number;
  members: Map<string, { user: UserRecord; role: TeamRole; state: MembershipState }>;
}

export interface NewCommit {
  /** 40 hex digits (SHA-1), or 64 (a SHA-256 repository). */
  sha: string;
  message: string;
  verified: boolean;
  /** The documented `verification.reason`; default `valid` when verified, else `unsigned`. */
  reason?: string;
  /** GitHub account the author email maps to; without it the commit's `author` is null. */
  authorLogin?: string;
  committerLogin?: string;
  /** Branch names (`main`) under which `GET /commits/{ref}` also finds the commit. */
  branches?: string[];
  tags?: string[];
  parents?: string[];
  /** Author and committer date; default the double's clock. */
  date?: Date;
}

/** A deployment as it is stored: the route (or a test's seeding) has applied the defaults. */
export interface DeploymentInput {
  ref: string;
  /** The full SHA `ref` resolved to. */
  sha: string;
  task: string;
  payload: DeploymentPayload;
  environment: string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  creator: UserRecord;
}

export interface DeploymentStatusInput {
  state: DeploymentState;
  creator: UserRecord;
  description?: string;
  /** Default: the environment of the deployment's latest status, else the deployment's. */
  environment?: string;
  logUrl?: string;
  environmentUrl?: string;
}

/**
 * What happens when a deployment with `auto_merge` asks for a commit that is behind the default
 * branch: GitHub merges the default branch into the requested branch (`clean`) or cannot
 * (`conflict`).
 */
export interface BehindDefaultBranch {
  merge: "clean" | "conflict";
  defaultBranch: string;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const key = (name: string) => name.toLowerCase();
const repoKey = (repo: RepoRecord) => key(`${repo.owner}/${repo.name}`);

export class GitHubState {
  private readonly users = new Map<string, UserRecord>([[key(ACTIONS_BOT.login), ACTIONS_BOT]]);
  private readonly repos = new Map<string, RepoRecord>();
  private readonly orgs = new Map<string, OrgRecord>();
  private readonly commentsById = new Map<number, CommentRecord>();
  private readonly commits = new Map<string, CommitRecord[]>();
  private readonly refs = new Map<string, Map<string, string>>();
  /** repo/sha -> context -> latest state. */
  private readonly commitStatuses = new Map<string, Map<string, string>>();
  /** repo/sha -> what an auto-merge of it would do. */
  private readonly behind = new Map<string, BehindDefaultBranch>();
  private readonly deploymentsById = new Map<number, DeploymentRecord>();
  private nextUserId = 1001;
  private nextRepoId = 700001;
  private nextOrgId = 90001;
  private nextTeamId = 3001;
  private nextCommentId = 1_900_000_001;
  private nextDeploymentId = 2_100_000_001;
  private nextDeploymentStatusId = 4_200_000_001;
  private merges = 0;

  constructor(private readonly now: () => Date) {}

  user(login: string): UserRecord {
    const existing = this.users.get(key(login));
    if (existing) return existing;
    const user: UserRecord = { login, id: this.nextUserId++, type: login.endsWith("[bot]") ? "Bot" : "User" };
    this.users.set(key(login), user);
    return user;
  }

  addRepo(owner: string, name: string): RepoRecord {
    const existing = this.repo(owner, name);
    if (existing) return existing;
    const repo: RepoRecord = { owner, name, id: this.nextRepoId++ };
    this.repos.set(repoKey(repo), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(key(`${owner}/${name}`));
  }

  repoById(id: number): RepoRecord | undefined {
    for (const repo of this.repos.values()) if (repo.id === id) return repo;
    return undefined;
  }

  // --- issue comments -------------------------------------------------------------------------

  addComment(repo: RepoRecord, issue: number, body: string, login: string): CommentRecord {
    const author = this.user(login);
    const at = this.now();
    const comment: CommentRecord = {
      id: this.nextCommentId++,
      repo,
      issue,
      body,
      author,
      association: this.association(repo, author),
      createdAt: at,
      updatedAt: at,
    };
    this.commentsById.set(comment.id, comment);
    return comment;
  }

  updateComment(comment: CommentRecord, body: string): CommentRecord {
    comment.body = body;
    comment.updatedAt = this.now();
    return comment;
  }

  comment(repo: RepoRecord, id: number): CommentRecord | undefined {
    const comment = this.commentsById.get(id);
    return comment?.repo === repo ? comment : undefined;
  }

  /** Ascending id, as GitHub orders issue comments. */
  commentsOn(repo: RepoRecord, issue: number): CommentRecord[] {
    return [...this.commentsById.values()]
      .filter((c) => c.repo === repo && c.issue === issue)
      .sort((a, b) => a.id - b.id);
  }

  /** OWNER for the repo's owner, MEMBER for an active member of a team of the owning org. */
  private association(repo: RepoRecord, user: UserRecord): AuthorAssociation {
    if (key(user.login) === key(repo.owner)) return "OWNER";
    const org = this.orgs.get(key(repo.owner));
    for (const team of org?.teams.values() ?? []) {
      if (team.members.get(key(user.login))?.state === "active") return "MEMBER";
    }
    return "NONE";
  }

  // --- teams ----------------------------------------------------------------------------------

  addTeam(org: string, slug: string): { org: OrgRecord; team: TeamRecord } {
    let orgRecord = this.orgs.get(key(org));
    if (!orgRecord) {
      orgRecord = { login: org, id: this.nextOrgId++, teams: new Map() };
      this.orgs.set(key(org), orgRecord);
    }
    let team = orgRecord.teams.get(key(slug));
    if (!team) {
      team = { slug, id: this.nextTeamId++, members: new Map() };
      orgRecord.teams.set(key(slug), team);
    }
    return { org: orgRecord, team };
  }

  team(org: string, slug: string): { org: OrgRecord; team: TeamRecord } | undefined {
    const orgRecord = this.orgs.get(key(org));
    const team = orgRecord?.teams.get(key(slug));
    return orgRecord && team ? { org: orgRecord, team } : undefined;
  }

  membership(org: string, slug: string, login: string) {
    const found = this.team(org, slug);
    const member = found?.team.members.get(key(login));
    return found && member ? { org: found.org, team: found.team, ...member } : undefined;
  }

  addTeamMember(org: string, slug: string, login: string, role: TeamRole, state: MembershipState): void {
    const { team } = this.addTeam(org, slug);
    team.members.set(key(login), { user: this.user(login), role, state });
  }

  removeTeamMember(org: string, slug: string, login: string): void {
    this.team(org, slug)?.team.members.delete(key(login));
  }

  // --- commits --------------------------------------------------------------------------------

  addCommit(repo: RepoRecord, input: NewCommit): CommitRecord {
    if (!SHA.test(input.sha))
      throw new Error(`addCommit: sha must be 40 or 64 hex digits, got "${input.sha}"`);
    const sha = input.sha.toLowerCase();
    const date = input.date ?? this.now();
    const authorUser = input.authorLogin === undefined ? null : this.user(input.authorLogin);
    const committerUser = input.committerLogin === undefined ? authorUser : this.user(input.committerLogin);
    const author = identity(authorUser, date);
    const committer = identity(committerUser, date);
    const treeSha = createHash("sha1").update(`tree:${sha}`).digest("hex");
    const parents = input.parents ?? [];
    const record: CommitRecord = {
      repo,
      sha,
      treeSha,
      message: input.message,
      parents,
      author,
      committer,
      authorUser,
      committerUser,
      verification: verification(
        input,
        { treeSha, parents, author, committer, message: input.message },
        date,
      ),
    };
    const commits = (this.commits.get(repoKey(repo)) ?? []).filter((c) => c.sha !== sha);
    commits.push(record);
    this.commits.set(repoKey(repo), commits);
    for (const branch of input.branches ?? []) this.setRef(repo, `heads/${branch}`, sha);
    for (const tag of input.tags ?? []) this.setRef(repo, `tags/${tag}`, sha);
    return record;
  }

  setRef(repo: RepoRecord, ref: string, sha: string): void {
    const refs = this.refs.get(repoKey(repo)) ?? new Map<string, string>();
    refs.set(ref.replace(/^refs\//, ""), sha.toLowerCase());
    this.refs.set(repoKey(repo), refs);
  }

  /**
   * A SHA (full, or an unambiguous prefix of at least 7 digits), a branch or tag name, or
   * `heads/…`, `tags/…`, `refs/heads/…`, `refs/tags/…`.
   */
  resolveCommit(repo: RepoRecord, ref: string): CommitRecord | undefined {
    const commits = this.commits.get(repoKey(repo)) ?? [];
    const bySha = (sha: string) => commits.find((c) => c.sha === sha);
    const refs = this.refs.get(repoKey(repo)) ?? new Map<string, string>();
    const name = ref.replace(/^refs\//, "");
    const named = refs.get(name) ?? refs.get(`heads/${name}`) ?? refs.get(`tags/${name}`);
    if (named) return bySha(named);
    if (SHA.test(ref)) return bySha(ref.toLowerCase());
    if (/^[0-9a-f]{7,63}$/i.test(ref)) {
      const matches = commits.filter((c) => c.sha.startsWith(ref.toLowerCase()));
      return matches.length === 1 ? matches[0] : undefined;
    }
    return undefined;
  }

  /** The branch `ref` names (`topic`, `heads/topic`, `refs/heads/topic`), if the double knows it. */
  branchNamed(repo: RepoRecord, ref: string): string | undefined {
    const refs = this.refs.get(repoKey(repo));
    const name = ref.replace(/^refs\//, "").replace(/^heads\//, "");
    return refs?.has(`heads/${name}`) ? name : undefined;
  }

  // --- commit statuses ------------------------------------------------------------------------

  /** The latest state of `context` on the commit (a commit status or a check run alike). */
  setCommitStatus(repo: RepoRecord, sha: string, context: string, state: string): void {
    const k = `${repoKey(repo)}@${sha.toLowerCase()}`;
    const contexts = this.commitStatuses.get(k) ?? new Map<string, string>();
    contexts.set(context, state);
    this.commitStatuses.set(k, contexts);
  }

  /** Every context of the commit with its latest state, in the order they were first set. */
  commitStatusContexts(repo: RepoRecord, sha: string): CommitStatusContext[] {
    const contexts = this.commitStatuses.get(`${repoKey(repo)}@${sha.toLowerCase()}`);
    return [...(contexts ?? [])].map(([context, state]) => ({ context, state }));
  }

  // --- the default branch, for auto_merge -----------------------------------------------------

  setBehindDefaultBranch(repo: RepoRecord, sha: string, behind: BehindDefaultBranch | undefined): void {
    const k = `${repoKey(repo)}@${sha.toLowerCase()}`;
    if (behind) this.behind.set(k, behind);
    else this.behind.delete(k);
  }

  behindDefaultBranch(repo: RepoRecord, sha: string): BehindDefaultBranch | undefined {
    return this.behind.get(`${repoKey(repo)}@${sha.toLowerCase()}`);
  }

  /** Merges the default branch into `branch`: a new commit the branch now points at. */
  mergeDefaultBranch(repo: RepoRecord, branch: string, into: CommitRecord, by: UserRecord, message: string) {
    const behind = this.behindDefaultBranch(repo, into.sha);
    const base = behind && this.resolveCommit(repo, `heads/${behind.defaultBranch}`);
    const sha = createHash("sha1")
      .update(`merge:${repoKey(repo)}:${into.sha}:${++this.merges}`)
      .digest("hex");
    return this.addCommit(repo, {
      sha,
      message,
      verified: true,
      authorLogin: by.login,
      parents: base ? [into.sha, base.sha] : [into.sha],
      branches: [branch],
    });
  }

  // --- deployments ----------------------------------------------------------------------------

  createDeployment(repo: RepoRecord, input: DeploymentInput): DeploymentRecord {
    const at = this.now();
    const deployment: DeploymentRecord = {
      id: this.nextDeploymentId++,
      repo,
      sha: input.sha.toLowerCase(),
      ref: input.ref,
      task: input.task,
      payload: input.payload,
      originalEnvironment: input.environment,
      environment: input.environment,
      description: input.description,
      creator: input.creator,
      transientEnvironment: input.transientEnvironment,
      productionEnvironment: input.productionEnvironment,
      createdAt: at,
      updatedAt: at,
      statuses: [],
    };
    this.deploymentsById.set(deployment.id, deployment);
    return deployment;
  }

  deployment(repo: RepoRecord, id: number): DeploymentRecord | undefined {
    const deployment = this.deploymentsById.get(id);
    return deployment?.repo === repo ? deployment : undefined;
  }

  /** Newest first, as GitHub lists them. */
  deploymentsIn(repo: RepoRecord): DeploymentRecord[] {
    return [...this.deploymentsById.values()].filter((d) => d.repo === repo).sort((a, b) => b.id - a.id);
  }

  /** Active: the latest status is `success` (a deployment without statuses is not active). */
  isActive(deployment: DeploymentRecord): boolean {
    return deployment.statuses.at(-1)?.state === "success";
  }

  deleteDeployment(deployment: DeploymentRecord): void {
    this.deploymentsById.delete(deployment.id);
  }

  /**
   * Adds a status; with `autoInactive`, a `success` gives every prior deployment of the
   * repository with the same environment name whose latest status is `success`, and that is
   * neither transient nor production, an `inactive` status (as its last status's creator, keeping
   * its log URL), as GitHub documents.
   */
  addDeploymentStatus(
    deployment: DeploymentRecord,
    input: DeploymentStatusInput,
    autoInactive: boolean,
  ): DeploymentStatusRecord {
    const status = this.pushStatus(deployment, input);
    if (autoInactive && status.state === "success") {
      for (const prior of this.deploymentsIn(deployment.repo)) {
        const latest = prior.statuses.at(-1);
        if (
          prior.id < deployment.id &&
          prior.environment === deployment.environment &&
          !prior.transientEnvironment &&
          !prior.productionEnvironment &&
          latest?.state === "success"
        ) {
          this.pushStatus(prior, {
            state: "inactive",
            creator: latest.creator,
            environment: deployment.environment,
            logUrl: latest.logUrl,
          });
        }
      }
    }
    return status;
  }

  private pushStatus(deployment: DeploymentRecord, input: DeploymentStatusInput): DeploymentStatusRecord {
    const at = this.now();
    const status: DeploymentStatusRecord = {
      id: this.nextDeploymentStatusId++,
      deployment,
      state: input.state,
      creator: input.creator,
      description: input.description ?? "",
      environment: input.environment ?? deployment.environment,
      logUrl: input.logUrl ?? "",
      environmentUrl: input.environmentUrl ?? "",
      createdAt: at,
      updatedAt: at,
    };
    deployment.statuses.push(status);
    deployment.environment = status.environment;
    deployment.updatedAt = at;
    return status;
  }
}

function identity(user: UserRecord | null, date: Date): GitIdentity {
  const login = user?.login ?? "Unlinked Author";
  return {
    name: login,
    email: user ? `${user.id}+${login}@users.noreply.github.com` : "unlinked@example.invalid",
    date,
  };
}

/** The documented `verification` object: a signed commit carries signature and payload. */
function verification(
  input: NewCommit,
  raw: { treeSha: string; parents: string[]; author: GitIdentity; committer: GitIdentity; message: string },
  date: Date,
): Verification {
  const reason = input.reason ?? (input.verified ? "valid" : "unsigned");
  if (reason === "unsigned") {
    return { verified: false, reason, signature: null, payload: null, verified_at: null };
  }
  const stamp = (i: GitIdentity) => `${i.name} <${i.email}> ${Math.floor(i.date.getTime() / 1000)} +0000`;
  const payload = [
    `tree ${raw.treeSha}`,
    ...raw.parents.map((p) => `parent ${p}`),
    `author ${stamp(raw.author)}`,
    `committer ${stamp(raw.committer)}`,
    "",
    raw.message,
  ].join("\n");
  const digest = createHash("sha256").update(payload).digest("base64");
  return {
    verified: input.verified,
    reason,
    signature: `-----BEGIN PGP SIGNATURE-----\n\n${digest}\n-----END PGP SIGNATURE-----\n`,
    payload,
    verified_at: input.verified ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
  };
}
