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
    const [{ branchRef, openDeployRepo }, { configAt }, pipeline] = await Promise.all([
      import("../deploy-repo.ts"),
      import("@gitops/plan"),
      import("@gitops/pipeline"),
    ]);
    try {
      const repo = await openDeployRepo(io, values.repo);
      const origin = await repo.git.hasOrigin();
      if (origin) await repo.git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
      const recorded = await repo.record.read(values.env);
      if (!recorded?.state.allowed) throw new Error(`nothing was released to ${values.env} yet`);
      // The branch as the record's trusted gitops.yaml names it.
      const config = await configAt(repo.git, recorded.commit);
      const environment = config.environments.find((e) => e.name === values.env);
      if (!environment) throw new Error(`the recorded gitops.yaml has no environment "${values.env}"`);
      const branch = await branchRef(repo, environment.branch);
      if (!branch) throw new Error(`there is no branch ${environment.branch} to commit to`);
      const done = await pipeline.rollbackCommit({
        git: repo.git,
        record: repo.record,
        environment: values.env,
        service: values.service,
        branch,
        ...(values.to ? { to: values.to } : {}),
        ...(values.ticket ? { tickets: [values.ticket] } : {}),
      });
      const target = `refs/heads/${environment.branch}`;
      let pushed = false;
      if (!values["no-push"]) {
        if (origin) {
          if ((await repo.git.push(done.commit, target, done.parent)) === "rejected")
            throw new Error(`origin's ${environment.branch} moved while rolling back; run it again`);
          await repo.git.updateRef(`refs/remotes/origin/${environment.branch}`, done.commit, done.parent);
        } else if (!(await repo.git.updateRef(target, done.commit, done.parent))) {
          throw new Error(`${environment.branch} moved while rolling back; run it again`);
        }
        pushed = true;
      }
      if (format === "json") io.stdout(`${JSON.stringify({ ...done, pushed }, null, 2)}\n`);
      else
        io.stdout(
          `${values.service}: ${done.from ?? "?"} → ${done.to.version} on ${environment.branch} (${done.commit.slice(0, 12)})${pushed ? (origin ? ", pushed to origin" : "") : `; push it: git push origin ${done.commit}:${target}`}\n`,
        );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      io.stderr(`gitops rollback: ${error.message}\n`);
      return EXIT.failed;
    }
  },
});
