// Who is mailed about a release.
import type { ReleaseNotice } from "../notice.ts";

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;

/** The descriptor's addresses, the maintainer and `always`, once each whatever the case. */
export function recipientsOf(
  notice: ReleaseNotice,
  always: readonly string[],
): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of [...notice.recipients.emails, notice.recipients.maintainer?.email ?? "", ...always]) {
    const address = typeof raw === "string" ? raw.trim() : "";
    if (!address) continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (ADDRESS.test(address) ? valid : invalid).push(address);
  }
  return { valid, invalid };
}
