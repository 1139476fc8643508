// gitops rollback --env NAME --service NAME [--to VERSION]: a commit on the environment's branch
// that puts the service back to a version the deployment record shows ran healthy there, pushed
// to origin, so the branch names what runs again and the next release has nothing to undo.
import { defineCommand, EXIT } from "../command.ts";
import { envOption, repoOption } from "./options.ts";

export const rollback = defineCommand({
  name: "rollback",
  summary: "put a service's descriptor back to a version that ran healthy, on its branch",
  description: `Commits to the environment's branch the descriptor of the service as it last ran healthy
there (or of --to VERSION, if the deployment record shows that version ran healthy there), and
pushes the commit to origin. The commit cites the tickets of the release that failed and names
its failure issue; the release it starts plans the return as safe, not as a risky downgrade.`,
  options: {
    env: { ...envOption("the environment"), required: true },
    service: { type: "string", required: true, value: "NAME", description: "the service to roll back" },
    to: {
      type: "string",
      value: "VERSION",
      description: "a version that ran healthy there (default: the one that runs)",
    },
    ticket: {
      type: "string",
      value: "KEY",
      description: "a ticket to cite besides those of the failed release",
    },
    "no-push": { type: "boolean", default: false, description: "make the commit, leave pushing to you" },
    repo: repoOption,
  },
  formats: ["text", "json"],
  exits: [
    [EXIT.ok, "committed (and pushed)"],
    [EXIT.failed, "nothing healthy to go back to, or the push was refused"],
  ],
  async run({ values, format }, io) {
    const [{ openDeployRepo }, pipeline] = await Promise.all([
      import("../deploy-repo.ts"),
      import("@gitops/pipeline"),
    ]);
    try {
      const repo = await openDeployRepo(io, values.repo);
      const done = await pipeline.rollbackToHealthy({
        git: repo.git,
        record: repo.record,
        environment: values.env,
        service: values.service,
        ...(values.to ? { to: values.to } : {}),
        ...(values.ticket ? { tickets: [values.ticket] } : {}),
        push: !values["no-push"],
      });
      const origin = await repo.git.hasOrigin();
      if (format === "json") io.stdout(`${JSON.stringify(done, null, 2)}\n`);
      else
        io.stdout(
          `${values.service}: ${done.from ?? "?"} → ${done.to.version} on ${done.branch} (${done.commit.slice(0, 12)})${done.pushed ? (origin ? ", pushed to origin" : "") : `; push it: git push origin ${done.commit}:refs/heads/${done.branch}`}\n`,
        );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      io.stderr(`gitops rollback: ${error.message}\n`);
      return EXIT.failed;
    }
  },
});
