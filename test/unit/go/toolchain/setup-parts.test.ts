import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserError } from '@goship/kit';
import {
  cacheKeys,
  cacheServiceAvailable,
  checkRequirements,
  globFiles,
  goEnvironment,
  goPlatform,
  hashFiles,
  manifestAuthHeaders,
  parseGoMod,
  saveGoCache,
} from '../../../../packages/go/src/index.js';

describe('platforms', () => {
  test('Node and Go spellings map to the manifest arch and the tool-cache folder', () => {
    expect(goPlatform('x64', 'linux')).toEqual({ os: 'linux', arch: 'amd64', cacheArch: 'x64' });
    expect(goPlatform('amd64', 'linux')).toEqual({ os: 'linux', arch: 'amd64', cacheArch: 'x64' });
    expect(goPlatform('ARM64', 'darwin')).toEqual({ os: 'darwin', arch: 'arm64', cacheArch: 'arm64' });
    expect(goPlatform('arm', 'linux')).toEqual({ os: 'linux', arch: 'armv6l', cacheArch: 'arm' });
    expect(goPlatform('ia32', 'win32')).toEqual({ os: 'windows', arch: '386', cacheArch: 'x86' });
    expect(goPlatform('sparc', 'linux')).toBeUndefined();
  });
});

describe('go.mod requirements (GOTOOLCHAIN=local)', () => {
  const mod = parseGoMod('module m\n\ngo 1.23\n\ntoolchain go1.24.0\n', 'svc/go.mod');

  test('a Go at least as new as the go line passes (the toolchain line is only a preference)', () => {
    expect(() => checkRequirements([mod], '1.23.0')).not.toThrow();
    expect(() => checkRequirements([mod], '1.23rc1')).not.toThrow();
    expect(() => checkRequirements([parseGoMod('module m\ngo 1.22.3\n')], '1.22.3')).not.toThrow();
  });

  test('an older Go fails at the go line, naming both versions', () => {
    let err: UserError | undefined;
    try {
      checkRequirements([mod], '1.22.12');
    } catch (e) {
      err = e as UserError;
    }
    expect(err?.message).toBe(
      'svc/go.mod:3 requires go >= 1.23, but the Go chosen here is 1.22.12; with GOTOOLCHAIN=local the go command would refuse to build this module',
    );
    expect(err?.location).toEqual({ file: 'svc/go.mod', line: 3 });
    expect(err?.hint).toContain("go-version: '1.23'");
    expect(() => checkRequirements([parseGoMod('module m\ngo 1.22.3\n')], '1.22.2')).toThrow(
      /requires go >= 1\.22\.3/,
    );
  });
});

describe('module/build cache', () => {
  test('keys: OS, arch, Go version, dependency hash; the restore key drops the hash', () => {
    expect(cacheKeys({ os: 'Linux', arch: 'amd64', goVersion: '1.22.3', depHash: 'abc' })).toEqual({
      key: 'goship-go-Linux-amd64-go1.22.3-abc',
      restoreKeys: ['goship-go-Linux-amd64-go1.22.3-'],
    });
  });

  test('the cache service is detected the way @actions/cache detects it', async () => {
    const cache = await import('@actions/cache');
    const cases: NodeJS.ProcessEnv[] = [
      {},
      { ACTIONS_CACHE_URL: 'https://cache.example/' },
      { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://cache.example/' },
      { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results.example/' },
    ];
    const saved = { ...process.env };
    for (const env of cases) {
      for (const k of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2'])
        delete process.env[k];
      Object.assign(process.env, env);
      expect(cacheServiceAvailable(process.env)).toBe(cache.isFeatureAvailable());
    }
    process.env = saved;
  });

  test('dependency files: globs over the repository, skipping vendor/ and node_modules/', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'goship-deps-'));
    for (const f of [
      'go.mod',
      'go.sum',
      'svc/a/go.mod',
      'svc/a/go.sum',
      'vendor/x/go.mod',
      'node_modules/y/go.sum',
      'README.md',
    ]) {
      mkdirSync(join(ws, f, '..'), { recursive: true });
      writeFileSync(join(ws, f), f);
    }
    expect(globFiles(ws, ['**/go.sum', '**/go.mod'])).toEqual([
      'go.mod',
      'go.sum',
      'svc/a/go.mod',
      'svc/a/go.sum',
    ]);
    expect(globFiles(ws, ['svc/*/go.sum'])).toEqual(['svc/a/go.sum']);
    expect(globFiles(ws, [join(ws, 'go.sum')])).toEqual(['go.sum']);
    expect(globFiles(ws, ['nothing/**'])).toEqual([]);
    const before = await hashFiles(ws, ['go.mod', 'go.sum']);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(ws, 'go.sum'), 'changed');
    expect(await hashFiles(ws, ['go.mod', 'go.sum'])).not.toBe(before);
  });

  test('save decisions that need no service', async () => {
    const paths = ['/nonexistent/mod', '/nonexistent/build'];
    expect(await saveGoCache({ paths, key: 'k', restoreOnly: true })).toEqual({
      saved: false,
      reason: 'cache-restore-only is true: the cache is restored but never saved',
    });
    expect((await saveGoCache({ paths, key: 'k', matchedKey: 'k', restoreOnly: false })).reason).toContain(
      'nothing new to save',
    );
    expect((await saveGoCache({ paths, key: 'k', restoreOnly: false })).reason).toContain(
      'no go command ran',
    );
  });
});

describe('Go environment', () => {
  test('defaults follow the go command; values already set are kept', () => {
    const env = goEnvironment({ HOME: '/home/runner' });
    expect(env.GOPATH).toBe('/home/runner/go');
    expect(env.GOMODCACHE).toBe('/home/runner/go/pkg/mod');
    expect(env.GOCACHE).toBe(
      process.platform === 'darwin' ? '/home/runner/Library/Caches/go-build' : '/home/runner/.cache/go-build',
    );
    expect(goEnvironment({ HOME: '/h', GOPATH: '/gp:/other', XDG_CACHE_HOME: '/xdg' })).toEqual({
      GOPATH: '/gp',
      GOMODCACHE: '/gp/pkg/mod',
      GOCACHE: process.platform === 'darwin' ? '/h/Library/Caches/go-build' : '/xdg/go-build',
    });
    expect(goEnvironment({ HOME: '/h', GOMODCACHE: '/m', GOCACHE: '/c' })).toMatchObject({
      GOMODCACHE: '/m',
      GOCACHE: '/c',
    });
  });
});

describe('the token', () => {
  test('goes only to GitHub hosts, never to a mirror', () => {
    expect(manifestAuthHeaders('t0ken', 'https://raw.githubusercontent.com/acme/go-mirror/main')).toEqual({
      Authorization: 'token t0ken',
    });
    expect(manifestAuthHeaders('t0ken', 'https://ghes.example.com/dl', 'https://ghes.example.com')).toEqual({
      Authorization: 'token t0ken',
    });
    expect(manifestAuthHeaders('t0ken', 'https://go.dev/dl')).toBeUndefined();
    expect(manifestAuthHeaders('t0ken', 'https://mirror.example/golang')).toBeUndefined();
    expect(manifestAuthHeaders('t0ken', 'https://github.com.evil.example/dl')).toBeUndefined();
    expect(manifestAuthHeaders('', 'https://github.com/x')).toBeUndefined();
  });

  test('never over plain http, nor to another port of a GitHub host (issue 11)', () => {
    expect(manifestAuthHeaders('t0ken', 'http://github.com/acme/go-mirror')).toBeUndefined();
    expect(manifestAuthHeaders('t0ken', 'http://raw.githubusercontent.com/acme/m/main')).toBeUndefined();
    expect(manifestAuthHeaders('t0ken', 'http://api.github.com/x')).toBeUndefined();
    expect(manifestAuthHeaders('t0ken', 'https://github.com:8443/dl')).toBeUndefined();
    // A GitHub Enterprise server reached over http: its own URL, but the token would cross the wire in clear.
    expect(
      manifestAuthHeaders('t0ken', 'http://ghes.example.com/dl', 'http://ghes.example.com'),
    ).toBeUndefined();
    expect(
      manifestAuthHeaders('t0ken', 'http://ghes.example.com/dl', 'https://ghes.example.com'),
    ).toBeUndefined();
  });
});
