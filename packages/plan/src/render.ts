// A plan as people and programs read it: a terminal diff in the spirit of `terraform plan`,
// Markdown for the job summary and pull-request comments, and stable JSON.
import { markdownCell } from "@gitops/text";
import type { FieldChange, Value } from "./diff.ts";
import type { Plan, ServicePlan } from "./plan.ts";
import type { Finding } from "./rules.ts";

const SIGN: Record<ServicePlan["change"], string> = {
  added: "+",
  changed: "~",
  removed: "-",
  renamed: "~",
  "unchanged-here": "=",
};

const VERDICT: Record<Plan["verdict"], string> = {
  allow: "allow",
  "needs-approval": "needs approval",
  deny: "deny",
};

/** "Plan: 1 to add, 2 to change, 0 to remove; 1 destructive" */
export function summaryLine(plan: Plan): string {
  const s = plan.summary;
  const risk = [
    s.destructive ? `${s.destructive} destructive` : "",
    s.risky ? `${s.risky} risky` : "",
  ].filter(Boolean);
  const rename = s.rename ? `, ${s.rename} to rename` : "";
  return `Plan: ${s.add} to add, ${s.change} to change, ${s.remove} to remove${rename}${risk.length ? `; ${risk.join(", ")}` : ""}`;
}

const show = (v: Value | undefined) =>
  v === undefined ? "" : Array.isArray(v) ? `[${v.join(", ")}]` : String(v);

function fieldLine(f: FieldChange): { sign: string; text: string } {
  if (f.change === "added") return { sign: "+", text: `${f.path}: ${show(f.to)}` };
  if (f.change === "removed") return { sign: "-", text: `${f.path}: ${show(f.from)}` };
  return { sign: "~", text: `${f.path}: ${show(f.from)} → ${show(f.to)}` };
}

function headline(s: ServicePlan): string {
  const v = s.version;
  const version =
    v.from && v.to && v.from !== v.to
      ? ` ${v.from} → ${v.to}`
      : v.to
        ? ` ${v.to}`
        : v.from
          ? ` ${v.from}`
          : "";
  const rename = s.oldFile ? ` (was ${s.oldFile})` : "";
  const note = s.change === "unchanged-here" ? " (nothing changes in this environment)" : "";
  return `${s.service}${version}${rename}${note}`;
}

const findingsFor = (plan: Plan, service?: string) => plan.findings.filter((f) => f.service === service);

export function renderText(plan: Plan, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const signColor: Record<string, string> = { "+": "32", "-": "31", "~": "33", "=": "2" };
  const severityColor: Record<Finding["severity"], string> = { destructive: "1;31", risky: "33", safe: "2" };
  const out: string[] = [`gitops plan for ${plan.environment}: ${range(plan)}`, ""];

  for (const s of plan.services) {
    const sign = SIGN[s.change];
    out.push(paint(signColor[sign]!, `${sign} ${headline(s)}`));
    for (const f of s.fields) {
      const line = fieldLine(f);
      out.push(`    ${paint(signColor[line.sign]!, `${line.sign} ${line.text}`)}`);
    }
    for (const f of findingsFor(plan, s.service)) {
      out.push(`    ${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
    }
  }
  for (const f of findingsFor(plan, undefined)) {
    out.push(`${paint(severityColor[f.severity], `! ${f.severity}: ${f.message}`)} [${f.rule}]`);
  }
  for (const d of plan.diagnostics) {
    out.push(
      paint(
        "31",
        `✗ ${d.file}:${d.start.line}:${d.start.column} ${d.field ? `${d.field}: ` : ""}${d.message}`,
      ),
    );
  }
  if (plan.services.length === 0) out.push("No service changes.");
  out.push(
    "",
    summaryLine(plan),
    `Verdict: ${paint(plan.verdict === "allow" ? "32" : plan.verdict === "deny" ? "1;31" : "33", VERDICT[plan.verdict])}`,
  );
  return `${out.join("\n")}\n`;
}

function range(plan: Plan): string {
  const short = (sha: string) => sha.slice(0, 12);
  const flags = [
    plan.firstPush ? "first push" : "",
    plan.forcePush ? "force push" : "",
    plan.configChanged ? "gitops.yaml changed" : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${plan.base ? short(plan.base) : "(nothing deployed)"}..${short(plan.head)}${flags ? ` (${flags})` : ""}`;
}

/** A marker that lets a workflow find and update its own pull-request comment. */
export const COMMENT_MARKER = "<!-- gitops-plan -->";

export function renderMarkdown(plan: Plan, options: { marker?: boolean } = {}): string {
  const icon = { allow: "✅", "needs-approval": "⚠️", deny: "⛔" }[plan.verdict];
  const out: string[] = [];
  if (options.marker) out.push(COMMENT_MARKER);
  out.push(
    `### ${icon} gitops plan for \`${plan.environment}\`: ${VERDICT[plan.verdict]}`,
    "",
    `**${summaryLine(plan)}**`,
    "",
  );
  if (plan.findings.length > 0) {
    out.push("| | Rule | Service | Finding |", "|---|---|---|---|");
    for (const f of plan.findings) {
      const mark =
        f.severity === "destructive" ? "⛔ destructive" : f.severity === "risky" ? "⚠️ risky" : "safe";
      out.push(
        `| ${mark} | \`${f.rule}\` | ${f.service ? markdownCell(f.service) : "—"} | ${markdownCell(f.message)} |`,
      );
    }
    out.push("");
  }
  if (plan.diagnostics.length > 0) {
    out.push("**Invalid files**", "");
    for (const d of plan.diagnostics) {
      out.push(
        `- \`${d.file}:${d.start.line}:${d.start.column}\` ${d.field ? `\`${d.field}\`: ` : ""}${markdownCell(d.message)}`,
      );
    }
    out.push("");
  }
  if (plan.services.length > 0) {
    out.push("```diff");
    for (const s of plan.services) {
      out.push(
        `${SIGN[s.change] === "~" ? "!" : SIGN[s.change] === "=" ? "#" : SIGN[s.change]} ${headline(s)}`,
      );
      for (const f of s.fields) {
        const line = fieldLine(f);
        // diff highlighting knows + and -; "!" marks a change in both GitHub and most viewers.
        out.push(`${line.sign === "~" ? "!" : line.sign}     ${line.text}`);
      }
    }
    out.push("```");
  } else {
    out.push("No service changes.");
  }
  out.push("", `<sub>${range(plan)}</sub>`);
  return `${out.join("\n")}\n`;
}

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
