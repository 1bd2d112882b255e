import { InputError } from '@goship/kit';

/**
 * `expect-status`: codes (`200`), classes (`2xx`) and ranges (`200-299`), comma- or newline-separated.
 * A listed 4xx/5xx is an expected answer, never retried.
 */
export interface StatusMatcher {
  matches(code: number): boolean;
  /** As given, normalised: `200, 204, 3xx`. */
  text: string;
}

interface StatusRange {
  from: number;
  to: number;
  text: string;
}

const EXPECTED = 'HTTP status codes (200), classes (2xx) or ranges (200-299), e.g. `200,204` or `2xx`';

export function parseStatusMatcher(input: string, items: string[]): StatusMatcher {
  if (items.length === 0) throw new InputError(input, 'is empty', EXPECTED);
  const ranges: StatusRange[] = items.map((raw) => {
    const item = raw.trim();
    const cls = /^([1-5])xx$/i.exec(item);
    if (cls) {
      const d = Number(cls[1]) * 100;
      return { from: d, to: d + 99, text: `${cls[1]}xx` };
    }
    const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(item);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      checkCode(input, from, item);
      checkCode(input, to, item);
      if (from > to) throw new InputError(input, `range '${item}' runs backwards`, EXPECTED);
      return { from, to, text: `${from}-${to}` };
    }
    if (/^\d{3}$/.test(item)) {
      const code = Number(item);
      checkCode(input, code, item);
      return { from: code, to: code, text: item };
    }
    throw new InputError(input, `'${item}' is not a status code, class or range`, EXPECTED);
  });
  return {
    matches: (code) => ranges.some((r) => code >= r.from && code <= r.to),
    text: ranges.map((r) => r.text).join(', '),
  };
}

function checkCode(input: string, code: number, item: string): void {
  if (code < 100 || code > 599) throw new InputError(input, `'${item}' is outside 100–599`, EXPECTED);
}

/** Transient answers worth another attempt when they are not expected: server errors and rate limiting. */
export function isRetryableStatus(code: number): boolean {
  return code === 429 || code >= 500;
}
