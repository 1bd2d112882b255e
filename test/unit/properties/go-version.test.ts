/*
 * Properties of Go version parsing (packages/go/src/toolchain/version.ts): Go's spelling round-trips, the
 * order agrees with the semver form the tool cache uses, and a spec carrying shell or other foreign text is
 * never taken for a version or a range.
 */

import fc from 'fast-check';
import { compare } from 'semver';
import {
  compareGoVersions,
  formatGoVersion,
  type GoVersion,
  parseGoVersion,
  parseVersionSpec,
  releaseToSemver,
  semverToGo,
} from '../../../packages/go/src/index.js';

const RUNS = 1000;

const goVersion: fc.Arbitrary<GoVersion> = fc
  .record({
    major: fc.nat({ max: 3 }),
    minor: fc.nat({ max: 40 }),
    tail: fc.oneof(
      fc.constant(undefined),
      fc.nat({ max: 20 }).map((patch) => ({ patch })),
      fc.record({ kind: fc.constantFrom<'beta' | 'rc'>('beta', 'rc'), n: fc.integer({ min: 1, max: 9 }) }),
    ),
  })
  .map(({ major, minor, tail }) => {
    const v: GoVersion = { major, minor };
    if (tail && 'patch' in tail) v.patch = tail.patch;
    else if (tail) v.pre = tail;
    return v;
  });

/** A published release: a patch version, or a pre-release of a minor line (what go.dev lists). */
const release = goVersion.filter((v) => v.patch !== undefined || v.pre !== undefined);

describe('Go versions', () => {
  test('format then parse gives the same version, with or without the go prefix', () => {
    fc.assert(
      fc.property(goVersion, fc.boolean(), (v, prefix) => {
        const text = `${prefix ? 'go' : ''}${formatGoVersion(v)}`;
        expect(parseGoVersion(text)).toEqual(v);
      }),
      { numRuns: RUNS },
    );
  });

  test('releases: Go order = semver order of the tool-cache form; semverToGo inverts releaseToSemver', () => {
    fc.assert(
      fc.property(release, release, (a, b) => {
        const sa = releaseToSemver(formatGoVersion(a))!;
        const sb = releaseToSemver(formatGoVersion(b))!;
        expect(Math.sign(compareGoVersions(a, b))).toBe(Math.sign(compare(sa, sb)));
        expect(parseGoVersion(semverToGo(sa))).toEqual(a.patch === 0 ? { ...a } : a);
      }),
      { numRuns: RUNS },
    );
  });

  test('the order is antisymmetric and a language version sorts below its releases', () => {
    fc.assert(
      fc.property(goVersion, goVersion, (a, b) => {
        // `0 === -0`, which toBe (Object.is) would not accept for two equal versions.
        expect(Math.sign(compareGoVersions(a, b)) === -Math.sign(compareGoVersions(b, a))).toBe(true);
        const line: GoVersion = { major: a.major, minor: a.minor };
        if (a.patch !== undefined || a.pre) expect(compareGoVersions(line, a)).toBeLessThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  test('an exact version spec is exact; a spec with shell text after it is refused, quoting it', () => {
    const shellTail = fc.constantFrom(';', '; rm -rf /', '$(id)', '`id`', '&&true', '|sh', '>x', "'", '"');
    fc.assert(
      fc.property(release, shellTail, (v, tail) => {
        const text = formatGoVersion(v);
        expect(parseVersionSpec(text)).toEqual({
          spec: { kind: 'exact', text, semver: releaseToSemver(text) },
        });
        const bad = `${text}${tail}`;
        const parsed = parseVersionSpec(bad);
        expect(parsed).toHaveProperty('problem');
        expect((parsed as { problem: string }).problem).toContain(`'${bad.trim()}'`);
      }),
      { numRuns: RUNS },
    );
  });
});
