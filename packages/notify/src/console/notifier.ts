// The console channel: writes each notice's line through the injected writer.
import { errorDetail, safeDetail } from "../detail.ts";
import type { Delivery, Notifier, ReleaseNotice } from "../notice.ts";
import { consoleLine } from "./message.ts";

export function consoleNotifier(write: (line: string) => void): Notifier {
  return {
    channel: "console",
    async notify(notice: ReleaseNotice): Promise<Delivery[]> {
      try {
        write(consoleLine(notice));
        return [{ channel: "console", target: "console", ok: true, attempts: 1, detail: "delivered" }];
      } catch (error) {
        return [
          {
            channel: "console",
            target: "console",
            ok: false,
            attempts: 1,
            detail: safeDetail(`write failed: ${errorDetail(error)}`, []),
          },
        ];
      }
    },
  };
}
