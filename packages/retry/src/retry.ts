// Patient calls to services that ask for patience: retry 429 and 5xx with exponential
// backoff, waiting at least what Retry-After says, and give up after a few attempts so a
// gate never hangs a deployment.

export interface RetryOptions {
  attempts?: number; // default 4
  baseMs?: number; // default 500
  maxMs?: number; // default 30_000: a Retry-After beyond this is not worth waiting for
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpFailure {
  status: number;
  /** Seconds, or an HTTP date, as the Retry-After header says. */
  retryAfter?: string;
}

export class RetryGaveUp extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = "RetryGaveUp";
  }
}

const retryable = (status: number) => status === 429 || status >= 500;

/** How long Retry-After asks to wait, in ms, or undefined when it says nothing usable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export async function withRetry<T>(
  what: string,
  call: () => Promise<T>,
  failure: (error: unknown) => HttpFailure | undefined,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const http = failure(error);
      if (!http || !retryable(http.status) || attempt >= attempts) throw error;
      const asked = retryAfterMs(http.retryAfter);
      if (asked !== undefined && asked > max) {
        throw new RetryGaveUp(
          `${what}: asked to wait ${Math.round(asked / 1000)} s (status ${http.status}); not waiting that long`,
          error,
        );
      }
      await sleep(Math.max(asked ?? 0, Math.min(max, base * 2 ** (attempt - 1))));
    }
  }
}
