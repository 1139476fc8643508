// The release's live progress as lines, the same in a terminal and in a runner's log: one
// line a stage, a heading a service, the commands' output as its own kind of line (the action
// logs it where it cannot issue workflow commands; the terminal shows it with --verbose).
import { clean, formatDuration } from "@gitops/text";
import type { ReleaseProgress } from "./result.ts";

export type Style = "bold" | "dim" | "green" | "red" | "yellow";
export type Paint = (style: Style, text: string) => string;

export interface ProgressLine {
  kind: "heading" | "stage" | "delivery" | "output";
  text: string;
  /** A failed stage or delivery: the runner shows it as an error. */
  failed: boolean;
}

const MARK = {
  passed: ["green", "✓"],
  failed: ["red", "✗"],
  skipped: ["yellow", "–"],
} as const satisfies Record<string, [Style, string]>;

// Every line-break form: a command's output is split into lines that cannot break again.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

const plain: Paint = (_style, text) => text;

/** A formatter for one release: it sizes the service column from the services the gate lets through. */
export function progressFormatter(paint: Paint = plain): (event: ReleaseProgress) => ProgressLine[] {
  let width = 0;
  const column = (service: string) => clean(service).padEnd(width);
  const line = (kind: ProgressLine["kind"], text: string, failed = false): ProgressLine => ({
    kind,
    text,
    failed,
  });
  return (event) => {
    switch (event.type) {
      case "gate":
        width = Math.max(0, ...event.services.map((s) => clean(s).length));
        return [
          line(
            "heading",
            `${paint("bold", `gate ${clean(event.environment)}`)}: ${event.decision} · ${clean(event.plan)}`,
          ),
          ...event.reasons.map((reason) => line("heading", `  ${clean(reason)}`)),
        ];
      case "service": {
        const from = event.from && event.from !== event.to ? `${clean(event.from)} → ` : "";
        return [
          line("heading", `${paint("bold", `▶ ${clean(event.service)}`)} ${from}${clean(event.to ?? "")}`),
        ];
      }
      case "stage-end": {
        const [style, mark] = MARK[event.outcome];
        const stage = `${event.rollback ? "rollback " : ""}${event.stage}`;
        const time = formatDuration(event.durationMs).padStart(7);
        const text = `  ${column(event.service)}  ${stage.padEnd(20)} ${paint(style, mark)} ${time}  ${clean(event.reason)}`;
        return [line("stage", text, event.outcome === "failed")];
      }
      case "output":
        return event.chunk
          .split(LINE_BREAK)
          .filter((l) => l.trim() !== "")
          .map((l) => line("output", paint("dim", `  ${column(event.service)}  │ ${l}`)));
      case "delivery": {
        const d = event.delivery;
        const [style, mark] = d.ok ? MARK.passed : MARK.failed;
        const what = `notify ${event.event}`.padEnd(20);
        const text = `  ${column(event.service)}  ${what} ${paint(style, mark)} ${clean(d.channel)} ${clean(d.target)}: ${clean(d.detail)}`;
        return [line("delivery", text, !d.ok)];
      }
      default:
        return [];
    }
  };
}
