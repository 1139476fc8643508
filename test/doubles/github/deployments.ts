// GitHub's Deployments REST API: deployments and their statuses, with the documented defaults,
// validation, merge and commit-status conflicts, auto_inactive and the delete rule. See README.md
// for what is modelled and what is simplified.
import {
  type BodySchema,
  error,
  listReply,
  notFound,
  positiveInt,
  type Reply,
  type Route,
  type RouteContext,
} from "./routing.ts";
import {
  DEPLOYMENT_STATES,
  type DeploymentPayload,
  type DeploymentRecord,
  type DeploymentState,
  type RepoRecord,
  renderDeployment,
  renderDeploymentStatus,
  type ValidationErrorItem,
} from "./shapes.ts";

const DEPLOYMENTS_DOCS = "https://docs.github.com/rest/deployments/deployments";
const STATUSES_DOCS = "https://docs.github.com/rest/deployments/statuses";

/** GitHub's message (its docs page says "only deployment in the repository"; see README). */
export const DELETE_ACTIVE_MESSAGE =
  "We cannot delete an active deployment unless it is the only deployment in a given environment.";

const createDeploymentBody: BodySchema = {
  required: ["ref"],
  properties: {
    ref: "string",
    task: "string",
    auto_merge: "boolean",
    required_contexts: "string[]",
    payload: "object|string",
    environment: "string",
    description: "string|null",
    transient_environment: "boolean",
    production_environment: "boolean",
  },
};

// GitHub does not run its schema over this body: unknown keys are ignored and a bad `state`
// is a model validation error ("state is not included in the list"), not "Invalid request.".
const createStatusBody: BodySchema = {
  required: [],
  ignoreUnknownKeys: true,
  properties: {
    state: "any",
    target_url: "string",
    log_url: "string",
    description: "string",
    environment: "string",
    environment_url: "string",
    auto_inactive: "boolean",
  },
};

export const deploymentRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/deployments",
    docs: `${DEPLOYMENTS_DOCS}#list-deployments`,
    handle: listDeployments,
  },
  {
    // Where GitHub's Link headers for this list point: by repository id, not by name.
    method: "GET",
    pattern: "/repositories/:repository_id/deployments",
    docs: `${DEPLOYMENTS_DOCS}#list-deployments`,
    handle: listDeployments,
  },
  {
    method: "POST",
    pattern: "/repos/:owner/:repo/deployments",
    docs: `${DEPLOYMENTS_DOCS}#create-a-deployment`,
    body: createDeploymentBody,
    handle: createDeployment,
  },
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/deployments/:deployment_id",
    docs: `${DEPLOYMENTS_DOCS}#get-a-deployment`,
    handle: (ctx) => {
      const deployment = findDeployment(ctx);
      return deployment ? { status: 200, body: renderDeployment(ctx.apiUrl, deployment) } : notFound(ctx);
    },
  },
  {
    method: "DELETE",
    pattern: "/repos/:owner/:repo/deployments/:deployment_id",
    docs: `${DEPLOYMENTS_DOCS}#delete-a-deployment`,
    handle: deleteDeployment,
  },
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/deployments/:deployment_id/statuses",
    docs: `${STATUSES_DOCS}#list-deployment-statuses`,
    handle: listStatuses,
  },
  {
    method: "GET",
    pattern: "/repositories/:repository_id/deployments/:deployment_id/statuses",
    docs: `${STATUSES_DOCS}#list-deployment-statuses`,
    handle: listStatuses,
  },
  {
    method: "POST",
    pattern: "/repos/:owner/:repo/deployments/:deployment_id/statuses",
    docs: `${STATUSES_DOCS}#create-a-deployment-status`,
    body: createStatusBody,
    handle: createStatus,
  },
  {
    method: "GET",
    pattern: "/repos/:owner/:repo/deployments/:deployment_id/statuses/:status_id",
    docs: `${STATUSES_DOCS}#get-a-deployment-status`,
    handle: (ctx) => {
      const id = positiveInt(ctx.params.status_id);
      const status = findDeployment(ctx)?.statuses.find((s) => s.id === id);
      return status ? { status: 200, body: renderDeploymentStatus(ctx.apiUrl, status) } : notFound(ctx);
    },
  },
];

// --- deployments ------------------------------------------------------------------------------

/** Newest first; `sha`, `ref`, `task` and `environment` match exactly, an empty one is ignored. */
function listDeployments(ctx: RouteContext): Reply {
  const repo = findRepo(ctx);
  if (!repo) return notFound(ctx);
  const fields = {
    sha: (d: DeploymentRecord) => d.sha,
    ref: (d: DeploymentRecord) => d.ref,
    task: (d: DeploymentRecord) => d.task,
    // The environment the deployment was created for, not one a later status moved it to.
    environment: (d: DeploymentRecord) => d.originalEnvironment,
  };
  const filters = Object.entries(fields).flatMap(([name, field]) => {
    const wanted = ctx.query.get(name);
    return wanted ? [(d: DeploymentRecord) => field(d) === wanted] : [];
  });
  const all = ctx.state.deploymentsIn(repo).filter((d) => filters.every((matches) => matches(d)));
  return listReply(ctx, all, `${ctx.apiUrl}/repositories/${repo.id}/deployments`, (d) =>
    renderDeployment(ctx.apiUrl, d),
  );
}

/**
 * In GitHub's order: the ref must resolve (422); with auto_merge, a commit behind the default
 * branch is merged (202, no deployment) or conflicts (409); the required commit status contexts
 * must be `success` (409); then the model's own validation (422); then 201.
 */
function createDeployment(ctx: RouteContext): Reply {
  const repo = findRepo(ctx);
  if (!repo) return notFound(ctx);
  const body = ctx.body;
  const ref = body.ref as string;
  const commit = ctx.state.resolveCommit(repo, ref);
  if (!commit) return error(ctx, 422, `No ref found for: ${ref}`);

  const behind = ctx.state.behindDefaultBranch(repo, commit.sha);
  if ((body.auto_merge ?? true) === true && behind) {
    // GitHub can only merge into a branch: a SHA or tag that is behind conflicts.
    const branch = ctx.state.branchNamed(repo, ref);
    if (behind.merge === "clean" && branch !== undefined) {
      const message = `Auto-merged ${behind.defaultBranch} into ${ref} on deployment.`;
      ctx.state.mergeDefaultBranch(repo, branch, commit, ctx.actor, message);
      return { status: 202, body: { message } };
    }
    return error(ctx, 409, `Conflict merging ${behind.defaultBranch} into ${ref}.`);
  }

  // Omitted required_contexts means every context the commit has; [] skips the check.
  const contexts = ctx.state.commitStatusContexts(repo, commit.sha);
  const required = (body.required_contexts as string[] | undefined) ?? contexts.map((c) => c.context);
  const succeeded = new Set(contexts.filter((c) => c.state === "success").map((c) => c.context));
  if (required.some((context) => !succeeded.has(context))) {
    return error(ctx, 409, `Conflict: Commit status checks failed for ${ref}.`, [
      { resource: "Deployment", field: "required_contexts", code: "invalid", contexts },
    ]);
  }

  const task = (body.task as string | undefined) ?? "deploy";
  const environment = (body.environment as string | undefined) ?? "production";
  const payload = (body.payload as DeploymentPayload | undefined) ?? {};
  const invalid = [
    ...lengthProblems("Deployment", "task", task, 1, 128),
    ...lengthProblems("Deployment", "environment", environment, 0, 255),
  ];
  const max = ctx.limits.maxDeploymentPayloadBytes;
  if (Buffer.byteLength(JSON.stringify(payload), "utf8") > max) {
    invalid.push(custom("Deployment", "payload", `payload is too long (maximum is ${max} bytes)`));
  }
  if (invalid.length > 0) return error(ctx, 422, "Validation Failed", invalid);

  const deployment = ctx.state.createDeployment(repo, {
    ref,
    sha: commit.sha,
    task,
    payload,
    environment,
    description: body.description === undefined ? "" : (body.description as string | null),
    transientEnvironment: (body.transient_environment as boolean | undefined) ?? false,
    productionEnvironment:
      (body.production_environment as boolean | undefined) ?? environment === "production",
    creator: ctx.actor,
  });
  const rendered = renderDeployment(ctx.apiUrl, deployment);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
}

/**
 * 204 unless the deployment is active (its latest status is `success`) and another deployment
 * was created for the same environment: then 422 with GitHub's sentence as the only error.
 */
function deleteDeployment(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx);
  if (!deployment) return notFound(ctx);
  const sameEnvironment = ctx.state
    .deploymentsIn(deployment.repo)
    .filter((d) => d.originalEnvironment === deployment.originalEnvironment);
  if (ctx.state.isActive(deployment) && sameEnvironment.length > 1) {
    return error(ctx, 422, "Validation Failed", [DELETE_ACTIVE_MESSAGE]);
  }
  ctx.state.deleteDeployment(deployment);
  return { status: 204 };
}

// --- statuses ---------------------------------------------------------------------------------

/** Newest first. */
function listStatuses(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx);
  if (!deployment) return notFound(ctx);
  const { repo } = deployment;
  return listReply(
    ctx,
    [...deployment.statuses].reverse(),
    `${ctx.apiUrl}/repositories/${repo.id}/deployments/${deployment.id}/statuses`,
    (s) => renderDeploymentStatus(ctx.apiUrl, s),
  );
}

function createStatus(ctx: RouteContext): Reply {
  const deployment = findDeployment(ctx);
  if (!deployment) return notFound(ctx);
  const body = ctx.body;
  const state = body.state;
  const description = body.description as string | undefined;
  // `log_url` replaces `target_url`; either sets both.
  const logUrl = (body.log_url ?? body.target_url) as string | undefined;
  const environmentUrl = body.environment_url as string | undefined;

  const invalid: ValidationErrorItem[] = [];
  if (typeof state !== "string" || !(DEPLOYMENT_STATES as readonly string[]).includes(state)) {
    invalid.push(custom("DeploymentStatus", "state", "state is not included in the list"));
  }
  if (description !== undefined) {
    invalid.push(...lengthProblems("DeploymentStatus", "description", description, 0, 140));
  }
  for (const [field, url] of [
    ["target_url", logUrl],
    ["environment_url", environmentUrl],
  ] as const) {
    if (url && !isHttpUrl(url)) {
      invalid.push(custom("DeploymentStatus", field, `${field} must use http(s) scheme`));
    }
  }
  if (invalid.length > 0) return error(ctx, 422, "Validation Failed", invalid);

  const status = ctx.state.addDeploymentStatus(
    deployment,
    {
      state: state as DeploymentState,
      creator: ctx.actor,
      ...(description === undefined ? {} : { description }),
      ...(body.environment === undefined ? {} : { environment: body.environment as string }),
      ...(logUrl === undefined ? {} : { logUrl }),
      ...(environmentUrl === undefined ? {} : { environmentUrl }),
    },
    (body.auto_inactive as boolean | undefined) ?? true,
  );
  const rendered = renderDeploymentStatus(ctx.apiUrl, status);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
}

// --- helpers ----------------------------------------------------------------------------------

function findRepo(ctx: RouteContext): RepoRecord | undefined {
  const { repository_id, owner, repo } = ctx.params;
  if (repository_id !== undefined) {
    const id = positiveInt(repository_id);
    return id === undefined ? undefined : ctx.state.repoById(id);
  }
  return ctx.state.repo(owner!, repo!);
}

function findDeployment(ctx: RouteContext): DeploymentRecord | undefined {
  const repo = findRepo(ctx);
  const id = positiveInt(ctx.params.deployment_id);
  return repo && id !== undefined ? ctx.state.deployment(repo, id) : undefined;
}

/** A model validation error as GitHub reports it: `code: custom`, the field named in the message. */
function custom(resource: string, field: string, message: string): ValidationErrorItem {
  return { resource, code: "custom", field, message };
}

/** Rails' length validation, counting characters (code points), with its messages. */
function lengthProblems(
  resource: string,
  field: string,
  value: string,
  min: number,
  max: number,
): ValidationErrorItem[] {
  const length = [...value].length;
  const plural = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
  if (length < min) return [custom(resource, field, `${field} is too short (minimum is ${plural(min)})`)];
  if (length > max) return [custom(resource, field, `${field} is too long (maximum is ${plural(max)})`)];
  return [];
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
