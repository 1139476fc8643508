// Check reports for people: terminal lines and Markdown tables for the job summary.
import { formatDuration, markdownCell } from "@gitops/text";
import type { HealthReport } from "./healthcheck.ts";
import type { JUnitReport } from "./junit.ts";
import type { RegressionResult } from "./regression.ts";
import type { SmokeReport } from "./smoke.ts";

// Cells quote what services and test suites said: markdownCell keeps their HTML and line breaks out.
const ms = (n: number | undefined) => (n === undefined ? "—" : formatDuration(n));

export function healthText(report: HealthReport): string {
  const lines = report.endpoints.map((e) => {
    const mark = e.ok ? "✓" : "✗";
    const detail = e.ok
      ? `${e.lastStatus ?? "connected"} in ${ms(e.latencyMs)}`
      : (e.lastError?.message ?? "failed");
    return `${mark} ${e.name} (${e.target}): ${detail} after ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}`;
  });
  const verdict = report.cancelled
    ? "cancelled"
    : report.ok
      ? "healthy"
      : report.deadlineExceeded
        ? "unhealthy (deadline exceeded)"
        : "unhealthy";
  return `${[...lines, verdict].join("\n")}\n`;
}

export function healthMarkdown(title: string, report: HealthReport): string {
  const rows = report.endpoints.map(
    (e) =>
      `| ${e.ok ? "✅" : "❌"} | ${markdownCell(e.name)} | \`${markdownCell(e.target)}\` | ${e.attempts} | ${e.lastStatus ?? "—"} | ${ms(e.latencyMs)} | ${markdownCell(e.lastError ? `${e.lastError.kind}: ${e.lastError.message}` : "")} |`,
  );
  return [
    `### ${report.ok ? "✅" : "❌"} ${title}`,
    "",
    "| | Endpoint | Target | Attempts | Last status | Latency | Last error |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

export function smokeText(report: SmokeReport): string {
  return `${report.checks.map((c) => `${c.ok ? "✓" : "✗"} ${c.name}: ${c.reason}`).join("\n")}\n${report.ok ? "passed" : "failed"}\n`;
}

export function smokeMarkdown(title: string, report: SmokeReport): string {
  return [
    `### ${report.ok ? "✅" : "❌"} ${title}`,
    "",
    "| | Check | Result | Latency |",
    "|---|---|---|---|",
    ...report.checks.map(
      (c) =>
        `| ${c.ok ? "✅" : "❌"} | ${markdownCell(c.name)} | ${markdownCell(c.reason)} | ${ms(c.latencyMs)} |`,
    ),
    "",
  ].join("\n");
}

export function regressionMarkdown(title: string, result: RegressionResult): string {
  const out = [`### ${result.ok ? "✅" : "❌"} ${title}`, "", result.reason, ""];
  const report: JUnitReport | undefined = result.report;
  if (report) {
    out.push(
      "| Tests | Failures | Errors | Skipped |",
      "|---|---|---|---|",
      `| ${report.tests} | ${report.failures} | ${report.errors} | ${report.skipped} |`,
      "",
    );
    const failed = report.cases.filter((c) => c.status === "failed" || c.status === "error");
    if (failed.length > 0) {
      out.push("| Failed test | Message |", "|---|---|");
      for (const c of failed.slice(0, 50))
        out.push(
          `| ${markdownCell(`${c.classname ? `${c.classname} › ` : ""}${c.name}`)} | ${markdownCell(c.message ?? "")} |`,
        );
      if (failed.length > 50) out.push(`| … ${failed.length - 50} more | |`);
      out.push("");
    }
  }
  for (const e of result.reportErrors) out.push(`- ${markdownCell(e)}`);
  return `${out.join("\n")}\n`;
}
