// gitops plan --head REF [--base REF] [--env NAME]: what deploying head over base would change.
import { resolve } from "node:path";
import { defineCommand, EXIT } from "../command.ts";
import { envOption, repoOption } from "./options.ts";

export const plan = defineCommand({
  name: "plan",
  summary: "what deploying a commit changes, and how risky it is",
  description: `What deploying head over base changes, and how risky it is, read from git (no
checkout needed). No --base: a first deployment. --base refs/gitops/ENV plans from what the
deployment record says runs there. No --env: the environment whose branch is --base (or --head).
Like terraform plan -detailed-exitcode, the verdict is the exit status.`,
  options: {
    head: { type: "string", required: true, value: "REF", description: "the commit to deploy" },
    base: { type: "string", value: "REF", description: "what is deployed now" },
    env: envOption("the environment (default: the one whose branch is --base)"),
    repo: repoOption,
  },
  formats: ["text", "json", "markdown"],
  exits: [
    [EXIT.ok, "allow"],
    [EXIT.needsApproval, "needs approval"],
    [EXIT.failed, "deny, or the plan could not be made"],
  ],
  async run({ values, format }, io) {
    const [{ GitError, openGit }, planning, { printDiagnostics }] = await Promise.all([
      import("@gitops/git"),
      import("@gitops/plan"),
      import("../format-diagnostics.ts"),
    ]);
    try {
      const result = await planning.buildPlan({
        git: openGit(resolve(io.cwd, values.repo)),
        ...(values.base ? { base: values.base } : {}),
        // The deployment record is no commit of the branch: planning from it is no force push.
        ...(values.base?.startsWith("refs/gitops/") ? { pushedOver: "" } : {}),
        head: values.head,
        ...(values.env ? { environment: values.env } : { branch: values.base ?? values.head }),
      });
      const render = {
        text: () => planning.renderText(result, { color: io.color }),
        json: () => planning.renderJson(result),
        markdown: () => planning.renderMarkdown(result),
      };
      io.stdout(render[format]());
      return result.verdict === "allow"
        ? EXIT.ok
        : result.verdict === "needs-approval"
          ? EXIT.needsApproval
          : EXIT.failed;
    } catch (error) {
      if (!(error instanceof planning.PlanError || error instanceof GitError)) throw error;
      io.stderr(`gitops plan: ${error.message}\n`);
      if (error instanceof planning.PlanError) printDiagnostics(io, error.diagnostics);
      return EXIT.failed;
    }
  },
});
