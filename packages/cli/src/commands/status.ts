// gitops status: what each environment's branch names, what the deployment record says runs,
// and where the two drift apart.
import { defineCommand, EXIT } from "../command.ts";
import { defaultBranchOption, envOption, repoOption } from "./options.ts";

export const status = defineCommand({
  name: "status",
  summary: "what runs where: each branch, the deployment record, and the drift between them",
  description: `For each environment (or --env) and service: the version the environment's branch names,
what the deployment record says runs (since when, pushed by whom, how its last release ended), and
where the two disagree. The record is refs/gitops/ENV, fetched from origin when there is one.`,
  options: {
    env: envOption("only this environment"),
    repo: repoOption,
    "default-branch": defaultBranchOption,
  },
  formats: ["text", "json", "markdown"],
  exits: [
    [EXIT.ok, "every branch names what runs"],
    [EXIT.failed, "some service drifts (or the status could not be read)"],
  ],
  async run({ values, format }, io) {
    const [{ branchRef, listingConfig, openDeployRepo }, pipeline] = await Promise.all([
      import("../deploy-repo.ts"),
      import("@gitops/pipeline"),
    ]);
    try {
      const repo = await openDeployRepo(io, values.repo, values["default-branch"]);
      if (await repo.git.hasOrigin()) await repo.git.fetch(["+refs/heads/*:refs/remotes/origin/*"]);
      const report = await pipeline.environmentStatus({
        git: repo.git,
        record: repo.record,
        config: await listingConfig(repo),
        ...(values.env ? { environments: [values.env] } : {}),
        branchRef: (branch) => branchRef(repo, branch),
      });
      const render = {
        text: () => pipeline.statusText(report),
        json: () => `${JSON.stringify(report, null, 2)}\n`,
        markdown: () => pipeline.statusMarkdown(report),
      };
      io.stdout(render[format]());
      return report.environments.some((e) => e.services.some((s) => s.drift)) ? EXIT.failed : EXIT.ok;
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      io.stderr(`gitops status: ${error.message}\n`);
      return EXIT.failed;
    }
  },
});
