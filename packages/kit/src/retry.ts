export interface RetryOptions {
  /** Total attempts including the first (default 4). */
  attempts?: number;
  /** First delay in ms (default 500); doubles each time up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Decides whether an error is worth another attempt (default: every error). */
  retryable?: (err: unknown) => boolean;
  /** Past `attempts`, a retryable error is still retried while this holds (an outage tolerated for a time). */
  beyondAttempts?: (err: unknown) => boolean;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
  /** Source of randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

/** Exponential backoff with "full jitter", so parallel clients that failed together do not retry together. */
export function backoffDelay(
  attempt: number,
  base: number,
  max: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(max, base * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (opts.signal?.aborted || (opts.retryable && !opts.retryable(err))) throw err;
      if (attempt >= attempts && !opts.beyondAttempts?.(err)) throw err;
      const delay = backoffDelay(attempt, base, max, opts.random);
      opts.onRetry?.(err, attempt, delay);
      await sleep(delay, opts.signal);
    }
  }
}
