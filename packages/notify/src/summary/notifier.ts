// The job-summary channel: appends each notice's Markdown through the injected writer.
import { errorDetail, safeDetail } from "../detail.ts";
import type { Delivery, Notifier, ReleaseNotice } from "../notice.ts";
import { type SummaryOptions, summaryMarkdown } from "./message.ts";

export function summaryNotifier(
  append: (markdown: string) => void | Promise<void>,
  options: SummaryOptions = {},
): Notifier {
  return {
    channel: "summary",
    async notify(notice: ReleaseNotice): Promise<Delivery[]> {
      try {
        await append(summaryMarkdown(notice, options));
        return [{ channel: "summary", target: "job summary", ok: true, attempts: 1, detail: "delivered" }];
      } catch (error) {
        return [
          {
            channel: "summary",
            target: "job summary",
            ok: false,
            attempts: 1,
            detail: safeDetail(`append failed: ${errorDetail(error)}`, []),
          },
        ];
      }
    },
  };
}
