// The release for people: a Markdown job summary (per service: versions from → to, each stage
// with its time, the outcome, the rollback, every notification) and a short text ending.
import { type StageReport, versionText } from "@gitops/notify";
import { markdownCell as cell, clean, escapeHtml, formatDuration } from "@gitops/text";
import type { ServiceDeployment } from "./deploy-service.ts";
import type { ReleaseOutcome, ReleaseResult, ServiceRelease } from "./result.ts";

const OUTCOME_ICON: Record<ReleaseOutcome | ServiceRelease["outcome"], string> = {
  succeeded: "✅",
  deployed: "✅",
  "rolled-back": "↩️",
  failed: "❌",
  denied: "⛔",
  skipped: "⏭️",
  "nothing-to-deploy": "➖",
  "dry-run": "🔎",
  planned: "🔎",
  "not-deployed": "➖",
};
const STAGE_ICON = { passed: "✅", failed: "❌", skipped: "⏭️" } as const;

const stagesCell = (stages: StageReport[]) =>
  stages.map((s) => `${STAGE_ICON[s.outcome]} ${s.stage} ${formatDuration(s.durationMs)}`).join("<br>") ||
  "—";

export function releaseMarkdown(result: ReleaseResult): string {
  const short = result.after.slice(0, 12);
  const commit = result.links.commit ? `[\`${short}\`](${result.links.commit})` : `\`${short}\``;
  const out = [
    `## ${OUTCOME_ICON[result.outcome]} Release to ${cell(result.environment)}: ${result.outcome}`,
    "",
    `Commit ${commit} pushed by **${cell(result.pusher)}**${result.links.run ? ` · [workflow run](${result.links.run})` : ""} · ${formatDuration(result.durationMs)}`,
    "",
    `**Gate:** ${result.gate.decision}${result.gate.tickets.length ? ` · tickets ${result.gate.tickets.map(cell).join(", ")}` : ""} · **Plan:** ${cell(result.plan.summary)}`,
    "",
  ];
  const blocking = result.gate.results.filter((r) => r.decision !== "allow");
  if (blocking.length > 0) {
    out.push("| Rule | Decision | Why |", "|---|---|---|");
    for (const r of blocking) out.push(`| ${r.rule} | ${r.decision} | ${r.reasons.map(cell).join("<br>")} |`);
    out.push("");
  }
  if (result.note) out.push(`**${cell(result.note)}**`, "");
  if (result.record && !result.record.ok && !result.note) out.push(`⚠️ ${cell(result.record.detail)}`, "");
  if (result.services.length === 0) return `${out.join("\n")}\n`;

  out.push("| Service | Version | Stages | Outcome |", "|---|---|---|---|");
  for (const s of result.services) {
    const outcome = `${OUTCOME_ICON[s.outcome]} ${s.outcome}${s.rollback ? ` to ${cell(s.rollback.version)}` : ""}`;
    const stages = s.rollback
      ? `${stagesCell(s.stages)}<br>rollback: ${stagesCell(s.rollback.stages)}`
      : stagesCell(s.stages);
    out.push(`| ${cell(s.service)} | ${cell(versionText(s.version))} | ${stages} | ${outcome} |`);
  }
  out.push("");

  for (const s of result.services.filter((s) => s.failure || s.note)) {
    out.push(`### ${OUTCOME_ICON[s.outcome]} ${cell(s.service)}`, "");
    if (s.failure) out.push(`Failed at **${s.failure.stage}**: ${cell(s.failure.reason)}`, "");
    if (s.rollback) out.push(`Rollback: ${cell(s.rollback.reason)}`, "");
    if (s.note) out.push(cell(s.note), "");
    if (s.failure?.log) {
      out.push(
        "<details><summary>Log</summary>",
        "",
        "<pre>",
        escapeHtml(lastLines(s.failure.log, 40)),
        "</pre>",
        "</details>",
        "",
      );
    }
  }

  const deliveries = result.services.flatMap((s) => s.deliveries.map((d) => ({ service: s.service, ...d })));
  if (deliveries.length > 0) {
    out.push("### Notifications", "", "| Service | Event | Channel | To | Result |", "|---|---|---|---|---|");
    for (const d of deliveries) {
      const to = d.url ? `[${cell(d.target)}](${d.url})` : cell(d.target);
      out.push(
        `| ${cell(d.service)} | ${d.event} | ${cell(d.channel)} | ${to} | ${d.ok ? "✅" : "⚠️"} ${cell(d.detail)} |`,
      );
    }
    out.push("");
  }
  out.push(...statusRows(result));
  return `${out.join("\n")}\n`;
}

/** The environment's row after the release: what each released service's branch names and what runs. */
function statusRows(result: ReleaseResult): string[] {
  const status = result.status;
  if (!status || status.services.length === 0) return [];
  const out = [
    `### What runs in ${cell(status.environment)} now`,
    "",
    "| Service | Branch names | Runs | Since |",
    "|---|---|---|---|",
  ];
  for (const s of status.services) {
    const runs = s.running ? `${cell(s.running.version)}${s.drift ? " ⚠" : " ✓"}` : "—";
    out.push(
      `| ${cell(s.service)} | ${cell(s.branch?.version ?? "—")} | ${runs} | ${cell(s.running?.since ?? "—")} |`,
    );
  }
  out.push("");
  for (const s of status.services.filter((x) => x.drift))
    out.push(
      `⚠ ${cell(s.service)}: ${cell(s.drift!)}. \`gitops rollback --env ${cell(status.environment)} --service ${cell(s.service)}\` makes the branch name what runs.`,
      "",
    );
  return out;
}

/** The last lines of the release for a terminal: one per service. */
export function releaseText(result: ReleaseResult): string {
  const lines = result.services.map((s) => {
    const rollback = s.rollback
      ? ` (rolled back to ${s.rollback.version}: ${s.rollback.ok ? "healthy" : "NOT healthy"})`
      : "";
    const why = s.failure ? ` — ${s.failure.stage}: ${s.failure.reason}` : s.note ? ` — ${s.note}` : "";
    return clean(
      `${OUTCOME_ICON[s.outcome]} ${s.service} ${versionText(s.version)}: ${s.outcome}${rollback}${why}`,
    );
  });
  if (result.note) lines.push(`⚠️  ${clean(result.note)}`);
  const failedDeliveries = result.services.flatMap((s) => s.deliveries.filter((d) => !d.ok));
  if (failedDeliveries.length > 0)
    lines.push(
      `⚠️  ${failedDeliveries.length} notification${failedDeliveries.length === 1 ? "" : "s"} not delivered`,
    );
  lines.push(
    `${OUTCOME_ICON[result.outcome]} release to ${result.environment}: ${result.outcome} in ${formatDuration(result.durationMs)}`,
  );
  return `${lines.join("\n")}\n`;
}

/** One service deployed or restored on its own (the deploy action): its stages as a table. */
export function deploymentMarkdown(d: ServiceDeployment): string {
  const what = `${d.reason} ${d.service}${d.version ? ` ${d.version}` : ""} to ${d.environment}`;
  const out = [`### ${d.ok ? "✅" : "❌"} ${cell(what)}`, ""];
  if (d.stages.length === 0) return `${[...out, cell(d.detail), ""].join("\n")}\n`;
  out.push("| Stage | Outcome | Time | Why |", "|---|---|---|---|");
  for (const s of d.stages)
    out.push(
      `| ${cell(s.stage)} | ${STAGE_ICON[s.outcome]} ${s.outcome} | ${formatDuration(s.durationMs)} | ${cell(s.reason)} |`,
    );
  return `${out.join("\n")}\n`;
}

function lastLines(text: string, n: number): string {
  return text.split("\n").slice(-n).join("\n");
}
