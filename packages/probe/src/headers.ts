import { InputError } from '@goship/kit';

/** A request header or an expectation on a response header. */
export interface HeaderExpectation {
  text: string;
  /** Lower-case header name. */
  name: string;
  /** Absent: the header must be present. A string: the value must contain it (case-insensitive). */
  contains?: string;
  regex?: RegExp;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `Name: value` per line, as curl -H writes them. A repeated name sends both values. */
export function parseRequestHeaders(input: string, lines: string[]): [string, string][] {
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!TOKEN.test(name)) {
      throw new InputError(
        input,
        colon <= 0
          ? `line '${redactHeaderLine(line)}' has no 'Name:' before the value`
          : `'${name}' is not a valid header name`,
        'one `Name: value` per line, e.g. `Accept: application/json`',
      );
    }
    const value = line.slice(colon + 1).trim();
    if (/[\r\n\0]/.test(value))
      throw new InputError(input, `the value of ${name} holds a control character`, 'a single-line value');
    return [name, value];
  });
}

export function parseHeaderExpectations(input: string, lines: string[]): HeaderExpectation[] {
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    if (!TOKEN.test(name)) {
      throw new InputError(
        input,
        `'${name}' is not a valid header name`,
        'one `Name` (present), `Name: text` (contains, case-insensitive) or `Name: /regex/` per line',
      );
    }
    if (colon < 0) return { text: line.trim(), name: name.toLowerCase() };
    const value = line.slice(colon + 1).trim();
    const re = /^\/(.*)\/([imsu]*)$/.exec(value);
    if (re) {
      try {
        return { text: line.trim(), name: name.toLowerCase(), regex: new RegExp(re[1]!, re[2]) };
      } catch (err) {
        throw new InputError(
          input,
          `'${value}' for ${name} is not a valid regex: ${(err as Error).message}`,
          'a /regex/flags',
        );
      }
    }
    return { text: line.trim(), name: name.toLowerCase(), contains: value };
  });
}

export function checkHeader(
  e: HeaderExpectation,
  headers: Record<string, string | string[] | undefined>,
): string | undefined {
  const raw = headers[e.name];
  if (raw === undefined) return `header ${e.name} is missing`;
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  if (e.regex && !e.regex.test(value)) return `header ${e.name} is '${value}', expected to match ${e.regex}`;
  if (e.contains !== undefined && !value.toLowerCase().includes(e.contains.toLowerCase()))
    return `header ${e.name} is '${value}', expected to contain '${e.contains}'`;
  return undefined;
}

const SECRET_NAME = /auth|token|secret|key|cookie|session|password|passwd|credential|signature/i;

/**
 * The values to mask before anything prints: every header whose name suggests a credential, plus the
 * credential part of `Authorization: <scheme> <credential>` alone (it may appear without the scheme).
 */
export function secretHeaderValues(headers: readonly [string, string][]): string[] {
  const out: string[] = [];
  for (const [name, value] of headers) {
    if (!SECRET_NAME.test(name) || value === '') continue;
    out.push(value);
    const parts = /^\S+\s+(\S.*)$/.exec(value);
    if (parts && /^(proxy-)?authorization$/i.test(name)) {
      out.push(parts[1]!);
      if (/^basic$/i.test(value.split(/\s/)[0]!)) {
        const decoded = Buffer.from(parts[1]!, 'base64').toString('utf8');
        const pw = decoded.slice(decoded.indexOf(':') + 1);
        if (decoded.includes(':') && pw.length >= 3) out.push(pw);
      }
    }
  }
  return out;
}

function redactHeaderLine(line: string): string {
  return line.length > 40
    ? `${line.slice(0, 12)}… (${line.length} characters)`
    : line.replace(/\S{12,}/g, '***');
}
