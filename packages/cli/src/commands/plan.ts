// gitops plan --base REF --head REF [--env NAME]: what deploying head over base would change.
import { resolve } from "node:path";
import { GitError, openGit } from "@gitops/git";
import { buildPlan, PlanError, renderJson, renderMarkdown, renderText } from "@gitops/plan";
import { type CliIo, EXIT } from "../io.ts";

export interface PlanArgs {
  repo: string;
  base?: string;
  head: string;
  environment?: string;
  format: "text" | "json" | "markdown";
}

export async function plan(args: PlanArgs, io: CliIo): Promise<number> {
  try {
    const result = await buildPlan({
      git: openGit(resolve(io.cwd, args.repo)),
      ...(args.base ? { base: args.base } : {}),
      head: args.head,
      ...(args.environment ? { environment: args.environment } : { branch: args.base ?? args.head }),
    });
    const render = {
      text: () => renderText(result, { color: io.color }),
      json: () => renderJson(result),
      markdown: () => renderMarkdown(result),
    };
    io.stdout(render[args.format]());
    // Like `terraform plan -detailed-exitcode`: the verdict is in the exit status too.
    return result.verdict === "allow"
      ? EXIT.ok
      : result.verdict === "needs-approval"
        ? EXIT.needsApproval
        : EXIT.failed;
  } catch (error) {
    if (!(error instanceof PlanError || error instanceof GitError)) throw error;
    io.stderr(`gitops plan: ${error.message}\n`);
    for (const d of error instanceof PlanError ? error.diagnostics : [])
      io.stderr(
        `  ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}\n`,
      );
    return EXIT.failed;
  }
}
