/*
 * `expect-version` / `expect-commit`: the answer must carry exactly the version (and commit) just built,
 * so an old pod still answering fails instead of passing. A JSON body with `version`/`commit` fields (what
 * examples/hello's /version returns) is compared field by field; any other body must contain the version
 * as a whole token (1.2.3 does not match 1.2.30 or 1.2.3-dirty).
 */

export interface VersionExpectation {
  version?: string;
  commit?: string;
}

const strip = (v: string) => v.replace(/^v(?=\d)/, '');
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Commits match when equal or when the shorter (≥ 7 hex digits) is a prefix of the longer. */
export function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && /^[0-9a-f]+$/.test(short) && long.startsWith(short);
}

function hasToken(body: string, token: string): boolean {
  return new RegExp(`(^|[^0-9A-Za-z.+-])${escapeRegex(token)}($|[^0-9A-Za-z+-]|\\.(?![0-9A-Za-z]))`).test(
    body,
  );
}

/** Problems found (empty when the body carries what is expected). */
export function checkVersion(expect: VersionExpectation, body: string, json: unknown): string[] {
  const problems: string[] = [];
  const fields =
    json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (expect.version) {
    const got = fields?.version;
    if (typeof got === 'string') {
      if (strip(got) !== strip(expect.version))
        problems.push(
          `version is '${got}', expected '${expect.version}' (an older or different build answered)`,
        );
    } else if (!hasToken(body, expect.version) && !hasToken(body, strip(expect.version))) {
      problems.push(
        `the body does not carry version '${expect.version}'${fields ? ' (its JSON has no string field "version")' : ''}: ${excerpt(body)}`,
      );
    }
  }
  if (expect.commit) {
    const got = fields?.commit;
    if (typeof got === 'string') {
      if (!sameCommit(got, expect.commit))
        problems.push(
          `commit is '${got}', expected '${expect.commit}' (an older or different build answered)`,
        );
    } else {
      const short = expect.commit.slice(0, 7);
      if (!new RegExp(`(^|[^0-9a-f])${escapeRegex(short.toLowerCase())}`).test(body.toLowerCase()))
        problems.push(`the body does not carry commit '${expect.commit}': ${excerpt(body)}`);
    }
  }
  return problems;
}

export function excerpt(body: string, max = 200): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return '(empty body)';
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine);
}
