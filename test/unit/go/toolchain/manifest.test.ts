import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserError } from '@goship/kit';
import {
  archiveFor,
  goPlatform,
  manifestUrl,
  parseManifest,
  parseVersionSpec,
  type Release,
  resolveRelease,
  type VersionSpec,
} from '../../../../packages/go/src/index.js';

const URL = 'https://go.dev/dl/?mode=json&include=all';
const text = readFileSync(join(import.meta.dirname, 'fixtures/go-dev-manifest.json'), 'utf8');
const releases: Release[] = parseManifest(text, URL);
const linuxAmd64 = goPlatform('x64', 'linux')!;
const spec = (s: string): VersionSpec => (parseVersionSpec(s) as { spec: VersionSpec }).spec;
const pick = (s: string, platform = linuxAmd64) => resolveRelease(spec(s), releases, platform, URL);
const failure = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    return err as UserError;
  }
  throw new Error('expected a failure');
};

describe("go.dev's release manifest", () => {
  test('parses the recorded excerpt, newest first, with semver forms', () => {
    expect(releases.map((r) => r.version).slice(0, 4)).toEqual([
      'go1.27.0',
      'go1.27rc3',
      'go1.27rc1',
      'go1.26.7',
    ]);
    const go120 = releases.find((r) => r.version === 'go1.20')!;
    expect(go120.semver).toBe('1.20.0');
    const file = archiveFor(releases.find((r) => r.version === 'go1.22.3')!, linuxAmd64)!;
    expect(file).toMatchObject({
      filename: 'go1.22.3.linux-amd64.tar.gz',
      sha256: '8920ea521bad8f6b7bc377b4824982e011c19af27df88a815e3586ea895f1b36',
      kind: 'archive',
    });
  });

  test('the manifest URL of a base URL', () => {
    expect(manifestUrl('https://go.dev/dl')).toBe(URL);
    expect(manifestUrl('http://127.0.0.1:8080/mirror/')).toBe(
      'http://127.0.0.1:8080/mirror/?mode=json&include=all',
    );
  });

  test('a non-JSON answer (an HTML page, a proxy error) says what it got', () => {
    const err = failure(() => parseManifest('<!doctype html><title>Downloads</title>', URL));
    expect(err.message).toContain('is not JSON');
    expect(err.message).toContain('<!doctype html>');
    expect(err.hint).toContain('go-download-base-url');
  });

  test('structural problems name the release', () => {
    expect(failure(() => parseManifest('{"version":"go1.22.3"}', URL)).message).toContain('not a JSON array');
    expect(failure(() => parseManifest('[{"version":"go1.22.3","stable":true}]', URL)).message).toContain(
      'release #1 (go1.22.3) has no "files" array',
    );
    expect(
      failure(() => parseManifest('[{"version":"go1.22.3","stable":true,"files":[{"filename":"x"}]}]', URL))
        .message,
    ).toContain('file #1 lacks filename/os/arch/sha256');
  });
});

describe('resolving specs against the manifest', () => {
  test('exact versions, including pre-releases and the old go1.20 naming', () => {
    expect(pick('1.22.3')).toMatchObject({ release: { version: 'go1.22.3' }, reason: 'exact version' });
    expect(pick('1.27rc1').release.version).toBe('go1.27rc1');
    expect(pick('1.20.0').release.version).toBe('go1.20');
  });

  test('ranges pick the newest stable match', () => {
    expect(pick('1.22').release.version).toBe('go1.22.12');
    expect(pick('^1.21').release.version).toBe('go1.27.0');
    expect(pick('>=1.21 <1.23').release.version).toBe('go1.22.12');
    expect(pick('1.20').release.version).toBe('go1.20');
    expect(pick('~1.26.0').reason).toBe('newest stable release matching ~1.26.0');
  });

  test('stable and oldstable honour the stable flags', () => {
    expect(pick('stable')).toMatchObject({
      release: { version: 'go1.27.0' },
      reason: 'newest stable release',
    });
    expect(pick('oldstable').release.version).toBe('go1.26.7');
    // Without 1.27.0 the rc is not "stable": 1.26.7 becomes stable, 1.25.14 oldstable.
    const before = releases.filter((r) => r.version !== 'go1.27.0');
    expect(resolveRelease(spec('stable'), before, linuxAmd64, URL).release.version).toBe('go1.26.7');
    expect(resolveRelease(spec('oldstable'), before, linuxAmd64, URL).release.version).toBe('go1.25.14');
  });

  test('picks the archive of the requested platform', () => {
    expect(pick('1.22.3', goPlatform('arm64', 'linux')).file.filename).toBe('go1.22.3.linux-arm64.tar.gz');
    expect(pick('1.22.3', goPlatform('arm', 'linux')).file.filename).toBe('go1.22.3.linux-armv6l.tar.gz');
    expect(pick('1.22.3', goPlatform('arm64', 'darwin')).file.filename).toBe('go1.22.3.darwin-arm64.tar.gz');
  });

  test('an unknown version names the nearest available ones', () => {
    const err = failure(() => pick('1.22.99'));
    expect(err.message).toBe(`Go 1.22.99 is not in the release manifest at ${URL} for linux/amd64`);
    expect(err.hint).toBe('Nearest available: 1.22.3, 1.22.12, 1.24.13, 1.25.0.');
    expect(failure(() => pick('1.18.5')).hint).toBe('Nearest available: 1.19.13, 1.20.');
  });

  test('a range that matches nothing says so, with what is near', () => {
    const err = failure(() => pick('>=1.30'));
    expect(err.message).toBe(
      `No Go release matching '>=1.30' is in the release manifest at ${URL} for linux/amd64`,
    );
    expect(err.hint).toBe('Nearest available: 1.26.7, 1.27.0.');
    expect(failure(() => pick('1.23')).hint).toBe('Nearest available: 1.22.3, 1.22.12, 1.24.13, 1.25.0.');
  });

  test('a version that exists but not for this platform lists where it exists', () => {
    const err = failure(() => pick('1.22.3', goPlatform('riscv64', 'linux')));
    expect(err.message).toBe(`Go 1.22.3 has no download for linux/riscv64 in ${URL}`);
    expect(err.hint).toContain('linux/amd64');
    expect(err.hint).toContain('linux/s390x');
    expect(failure(() => pick('stable', goPlatform('loong64', 'linux'))).message).toContain(
      'lists no stable Go for linux/loong64',
    );
  });
});
