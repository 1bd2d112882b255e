import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  annotationPath,
  commonDir,
  distList,
  expandOutput,
  mergeDiagnostics,
  parseBuildOutput,
  parseTarget,
  parseXTypeError,
  programName,
  sha256File,
  TargetError,
  unsupportedTargets,
  writeChecksums,
} from '../../../../packages/go/src/index.js';

describe('targets', () => {
  test('variants become the toolchain variables', () => {
    expect(parseTarget('linux/arm/v7')).toEqual({
      os: 'linux',
      arch: 'arm',
      variant: 'v7',
      platform: 'linux/arm/v7',
      env: { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' },
    });
    expect(parseTarget('linux/amd64/v3').env.GOAMD64).toBe('v3');
    expect(parseTarget('linux/arm64/v8').env.GOARM64).toBe('v8.0');
    expect(parseTarget('linux/arm64/v9.2').env.GOARM64).toBe('v9.2');
    expect(parseTarget(' windows/amd64 ').env).toEqual({ GOOS: 'windows', GOARCH: 'amd64' });
  });

  test.each([
    ['linux', /not a target/],
    ['linux/amd64/v3/x', /not a target/],
    ['Linux/AMD64', /not a target/],
    ['linux/riscv64/v2', /riscv64 has no variants/],
    ['linux/arm/v8', /unknown arm variant 'v8'/],
    ['linux/amd64/v5', /unknown amd64 variant/],
  ])('rejects %s', (text, message) => {
    expect(() => parseTarget(text)).toThrow(TargetError);
    expect(() => parseTarget(text)).toThrow(message);
  });

  test('supported pairs come from the toolchain, cached per version, with suggestions', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'goship-dist-'));
    const version = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
    const list = await distList('go', version, cache);
    expect(list).toContainEqual(
      expect.objectContaining({ GOOS: 'linux', GOARCH: 'amd64', FirstClass: true }),
    );
    expect(JSON.parse(readFileSync(join(cache, `${version}.json`), 'utf8'))).toEqual(list);
    // The cache is what is read next time: a doctored cache entry proves it.
    writeFileSync(join(cache, `${version}.json`), JSON.stringify([{ GOOS: 'linux', GOARCH: 'amd64' }]));
    expect(await distList('go', version, cache)).toHaveLength(1);
    const errors = unsupportedTargets(
      [parseTarget('linux/amd65'), parseTarget('windows/arm64'), parseTarget('plan9/arm64')],
      list,
    );
    expect(errors.map((e) => e.message)).toEqual([
      "'linux/amd65' is not a target this Go toolchain can build",
      "'plan9/arm64' is not a target this Go toolchain can build",
    ]);
    expect(errors[0]!.hint).toMatch(/Did you mean linux\/amd64/);
  });

  test('output templates and program names', () => {
    const t = parseTarget('linux/arm/v7');
    expect(expandOutput('dist/{name}_{os}_{arch}{variant}{ext}', { name: 'hello', target: t })).toBe(
      'dist/hello_linux_armv7',
    );
    expect(
      expandOutput('out/{platform}/{name}{ext}', { name: 'app', target: parseTarget('windows/amd64') }),
    ).toBe('out/windows_amd64/app.exe');
    expect(expandOutput('{name}{ext}', { name: 'w', target: parseTarget('js/wasm') })).toBe('w.wasm');
    expect(() => expandOutput('{nme}', { name: 'x', target: t })).toThrow(/unknown placeholder \{nme\}/);
    expect(programName('github.com/acme/hello')).toBe('hello');
    expect(programName('example.com/app/v2')).toBe('app');
    expect(programName('example.com/cmd/server')).toBe('server');
  });
});

describe('compiler output', () => {
  // Recorded live from the real toolchain: a module with errors in one file, and a non-string -X.
  test('positions, continuation lines, module errors and linker -X errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-diag-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/d\n\ngo 1.22\n');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'main.go'), 'package main\n\nvar port int\n\nfunc main() { println(port) }\n');
    writeFileSync(
      join(dir, 'bad_windows.go'),
      'package main\n\nimport "strings"\n\nfunc init() {\n\tundefinedThing()\n\t_ = strings.Repeat("a")\n}\n',
    );
    const compile = spawnSync('go', ['build', '-o', join(dir, 'out'), '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOOS: 'windows' },
    });
    expect(compile.status).not.toBe(0);
    const parsed = parseBuildOutput(compile.stderr);
    expect(parsed.diagnostics).toEqual([
      { file: './bad_windows.go', line: 6, column: 2, message: 'undefined: undefinedThing' },
      {
        file: './bad_windows.go',
        line: 7,
        column: 21,
        message: 'not enough arguments in call to strings.Repeat\nhave (string)\nwant (string, int)',
      },
    ]);
    expect(annotationPath('./bad_windows.go', join(dir, 'sub/..'), dir)).toBe('bad_windows.go');
    expect(annotationPath('/elsewhere/x.go', dir, dir)).toBe('/elsewhere/x.go');

    const link = spawnSync('go', ['build', '-ldflags=-X main.port=80', '-o', join(dir, 'out'), '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const linkOut = parseBuildOutput(link.stderr);
    expect(linkOut.diagnostics).toEqual([]);
    expect(linkOut.other.map(parseXTypeError).filter(Boolean)).toEqual([
      { symbol: 'main.port', type: 'int' },
    ]);

    const missing = spawnSync('go', ['build', '-o', join(dir, 'out'), 'example.com/nothere/x'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const missingOut = parseBuildOutput(missing.stderr);
    expect(missingOut.other[0]).toMatch(/example.com\/nothere\/x/);

    const merged = mergeDiagnostics([
      { target: 'windows/amd64', diagnostics: parsed.diagnostics },
      { target: 'windows/arm64', diagnostics: parsed.diagnostics.slice(0, 1) },
    ]);
    expect(merged[0]!.targets).toEqual(['windows/amd64', 'windows/arm64']);
    expect(merged[1]!.targets).toEqual(['windows/amd64']);
  }, 60_000);
});

describe('checksums', () => {
  test('sha256sums.txt verifies with coreutils sha256sum -c', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-sums-'));
    mkdirSync(join(dir, 'win'));
    writeFileSync(join(dir, 'b_linux'), 'bee');
    writeFileSync(join(dir, 'win/a b.exe'), 'ay');
    const entries = await Promise.all(
      ['b_linux', 'win/a b.exe'].map(async (f) => ({
        path: join(dir, f),
        sha256: await sha256File(join(dir, f)),
      })),
    );
    expect(commonDir(entries.map((e) => e.path))).toBe(dir);
    const file = writeChecksums(join(dir, 'sha256sums.txt'), entries);
    expect(readFileSync(file, 'utf8')).toBe(
      `${entries[0]!.sha256}  b_linux\n${entries[1]!.sha256}  win/a b.exe\n`,
    );
    expect(execFileSync('sha256sum', ['-c', 'sha256sums.txt'], { cwd: dir, encoding: 'utf8' })).toBe(
      'b_linux: OK\nwin/a b.exe: OK\n',
    );
  });
});
