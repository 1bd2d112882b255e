import { checkHeader, type HeaderExpectation } from './headers.js';
import type { HttpResponse } from './http.js';
import { evaluateAssertion, type JsonAssertion } from './json-assert.js';
import { isRetryableStatus, type StatusMatcher } from './status.js';
import { checkVersion, excerpt, type VersionExpectation } from './version.js';

/** Everything one answer must satisfy. */
export interface Expectations {
  status: StatusMatcher;
  /** Substrings the body must contain. */
  body: string[];
  bodyRegex: RegExp[];
  json: JsonAssertion[];
  headers: HeaderExpectation[];
  version?: VersionExpectation;
}

export interface Verdict {
  ok: boolean;
  /** Worth another attempt: an unexpected 5xx or 429 (a wrong body or a 4xx is a definite answer). */
  retryable: boolean;
  problems: string[];
}

export function checkResponse(e: Expectations, res: HttpResponse): Verdict {
  if (!e.status.matches(res.status)) {
    return {
      ok: false,
      retryable: isRetryableStatus(res.status),
      problems: [`status ${res.status}, expected ${e.status.text}; body: ${excerpt(res.body)}`],
    };
  }
  const problems: string[] = [];
  for (const h of e.headers) {
    const p = checkHeader(h, res.headers);
    if (p) problems.push(p);
  }
  for (const s of e.body)
    if (!res.body.includes(s))
      problems.push(`the body does not contain ${JSON.stringify(s)}: ${excerpt(res.body)}`);
  for (const re of e.bodyRegex)
    if (!re.test(res.body)) problems.push(`the body does not match ${re}: ${excerpt(res.body)}`);
  let json: unknown;
  let parsed = false;
  if (e.json.length > 0 || e.version) {
    try {
      json = JSON.parse(res.body);
      parsed = true;
    } catch {
      /* judged below */
    }
  }
  if (e.json.length > 0) {
    if (!parsed)
      problems.push(
        `the body is not JSON${res.truncated ? ' (it was cut at the size limit)' : ''}: ${excerpt(res.body)}`,
      );
    else
      for (const a of e.json) {
        const r = evaluateAssertion(a, json);
        if (!r.ok) problems.push(r.message);
      }
  }
  if (e.version) problems.push(...checkVersion(e.version, res.body, json));
  return { ok: problems.length === 0, retryable: false, problems };
}
