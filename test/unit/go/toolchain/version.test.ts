import {
  compareGoVersions,
  formatGoVersion,
  newestMatching,
  parseGoVersion,
  parseVersionSpec,
  releaseToSemver,
  semverToGo,
  type VersionSpec,
} from '../../../../packages/go/src/index.js';

const spec = (text: string): VersionSpec => {
  const r = parseVersionSpec(text);
  if ('problem' in r) throw new Error(r.problem);
  return r.spec;
};

describe('Go versions', () => {
  test('parse and format Go spellings', () => {
    expect(parseGoVersion('go1.22.3')).toEqual({ major: 1, minor: 22, patch: 3 });
    expect(parseGoVersion('1.22')).toEqual({ major: 1, minor: 22 });
    expect(parseGoVersion('1.27rc1')).toEqual({ major: 1, minor: 27, pre: { kind: 'rc', n: 1 } });
    expect(formatGoVersion(parseGoVersion('go1.19beta1')!)).toBe('1.19beta1');
    for (const bad of ['1', '1.22.3.4', '1.22.1rc1', 'v1.22', '1.x', ''])
      expect(parseGoVersion(bad)).toBeUndefined();
  });

  test("language versions order like Go's: 1.21 < 1.21beta1 < 1.21rc1 < 1.21.0 < 1.21.1 < 1.22", () => {
    const order = ['1.21', '1.21beta1', '1.21rc1', '1.21rc2', '1.21.0', '1.21.1', '1.21.10', '1.22'];
    const shuffled = [...order].reverse().map((v) => parseGoVersion(v)!);
    expect(shuffled.sort(compareGoVersions).map(formatGoVersion)).toEqual(order);
  });

  test('release names map to the semver folders actions/setup-go uses in the tool cache, and back', () => {
    expect(releaseToSemver('go1.22.3')).toBe('1.22.3');
    expect(releaseToSemver('go1.20')).toBe('1.20.0');
    expect(releaseToSemver('go1.27rc1')).toBe('1.27.0-rc.1');
    expect(releaseToSemver('go1.19beta1')).toBe('1.19.0-beta.1');
    expect(semverToGo('1.27.0-rc.1')).toBe('1.27rc1');
    expect(semverToGo('1.22.3')).toBe('1.22.3');
  });
});

describe('version specs', () => {
  test('exact versions, with or without a go prefix, including pre-releases', () => {
    expect(spec('1.22.3')).toEqual({ kind: 'exact', text: '1.22.3', semver: '1.22.3' });
    expect(spec('go1.22.3')).toMatchObject({ kind: 'exact', semver: '1.22.3' });
    expect(spec('1.27rc1')).toMatchObject({ kind: 'exact', semver: '1.27.0-rc.1' });
  });

  test('a minor line means its newest patch release', () => {
    const s = spec('1.22');
    expect(s.kind).toBe('range');
    expect(newestMatching(s, ['1.21.13', '1.22.3', '1.22.12', '1.23.0', '1.22.0-rc.1'])).toBe('1.22.12');
  });

  test('semver ranges select the newest match and skip pre-releases unless the range names one', () => {
    const all = ['1.21.0', '1.22.12', '1.23.4', '1.24.0-rc.1'];
    expect(newestMatching(spec('^1.21'), all)).toBe('1.23.4');
    expect(newestMatching(spec('>=1.21 <1.23'), all)).toBe('1.22.12');
    expect(newestMatching(spec('~1.21.0'), all)).toBe('1.21.0');
    expect(newestMatching(spec('>=1.24.0-rc.1'), all)).toBe('1.24.0-rc.1');
    expect(newestMatching(spec('>=1.30'), all)).toBeUndefined();
  });

  test('stable and oldstable are keywords (any case)', () => {
    expect(spec('stable')).toEqual({ kind: 'stable', text: 'stable' });
    expect(spec('OldStable')).toEqual({ kind: 'oldstable', text: 'OldStable' });
  });

  test('bad specs explain themselves', () => {
    expect(parseVersionSpec('')).toEqual({ problem: 'is empty' });
    expect(parseVersionSpec('latest')).toMatchObject({
      problem: "'latest' is not a Go version",
      hint: expect.stringContaining('stable'),
    });
    for (const bad of ['1.22.3.4', 'banana', '>=', '1.22-', '^^1']) {
      expect(parseVersionSpec(bad)).toEqual({
        problem: `'${bad}' is neither a Go version nor a semver range`,
      });
    }
  });
});
