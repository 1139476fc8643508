// gitops gate --after SHA --as LOGIN: the gate's decision on a push, as a dry run from a
// laptop. GitHub and JIRA credentials come from the environment.
import { defineCommand, EXIT } from "../command.ts";
import { defaultBranchOption, envOption, repoOption } from "./options.ts";

export const gate = defineCommand({
  name: "gate",
  summary: "the gate's decision on a push, as a dry run",
  description: `The gate's decision on a push, with every rule and its reasons. GitHub and JIRA are
asked with GITHUB_TOKEN, GITHUB_REPOSITORY, JIRA_URL, and JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or
JIRA_TOKEN (Data Center) from the environment. Anything that cannot be answered denies. The
policy and what runs come from the deployment record (refs/gitops/ENV, fetched from origin).`,
  options: {
    after: { type: "string", required: true, value: "SHA", description: "the pushed commit" },
    before: {
      type: "string",
      value: "SHA",
      description: "the branch head before the push (none: a first push)",
    },
    env: envOption("the environment (default: the one whose branch is --before)"),
    as: { type: "string", required: true, value: "LOGIN", description: "the GitHub login that pushed" },
    repo: repoOption,
    "default-branch": defaultBranchOption,
  },
  formats: ["text", "json"],
  exits: [
    [EXIT.ok, "allow"],
    [EXIT.skipped, "skip: a skip marker, nothing deploys"],
    [EXIT.failed, "deny, or the gate could not decide"],
  ],
  async run({ values, format }, io) {
    const [{ openDeployRepo }, { gatePush, jiraFromEnv }, { githubFromEnv }] = await Promise.all([
      import("../deploy-repo.ts"),
      import("@gitops/pipeline"),
      import("../clients.ts"),
    ]);
    const jira = jiraFromEnv(io.env);
    try {
      const repo = await openDeployRepo(io, values.repo, values["default-branch"]);
      const result = await gatePush({
        ...repo,
        ...(values.before ? { before: values.before } : {}),
        after: values.after,
        ...(values.env ? { environment: values.env } : { branch: values.before ?? values.after }),
        pusher: values.as,
        github: githubFromEnv(io),
        ...(jira ? { jira } : {}),
      });
      if (format === "json") {
        const { decision, results, tickets } = result;
        io.stdout(
          `${JSON.stringify({ decision, environment: result.environment.name, results, tickets }, null, 2)}\n`,
        );
      } else {
        for (const r of result.results)
          io.stdout(`${r.decision.padEnd(5)} ${r.rule}: ${r.reasons.join("; ")}\n`);
        io.stdout(`\nGate for ${values.as} → ${result.environment.name}: ${result.decision}\n`);
      }
      return { allow: EXIT.ok, skip: EXIT.skipped, deny: EXIT.failed }[result.decision];
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      io.stderr(`gitops gate: the gate could not decide, so it denies: ${error.message}\n`);
      return EXIT.failed;
    }
  },
});
