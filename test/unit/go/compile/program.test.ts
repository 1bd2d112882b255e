import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  type BuildContext,
  checkInjections,
  closeMatches,
  editDistance,
  evalGoBuild,
  evalPlusBuild,
  listProgram,
  type Program,
  parseTarget,
  type RequestedInjection,
  readGoModHead,
  scanProgram,
  selectFiles,
  UndecidableFile,
} from '../../../../packages/go/src/index.js';
import { repoRoot } from '../../../harness/run-action.js';

const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
const goMinor = Number(
  /^go1\.(\d+)/.exec(execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }))![1],
);

function ctxFor(platform: string, cgo = false, tags: string[] = []): BuildContext {
  const t = parseTarget(platform);
  return { goos: t.os, goarch: t.arch, cgo, tags: new Set(tags), goMinor, env: t.env };
}

/** What `go list` says the compiler reads in `dir` for a target: the oracle. */
function goListFiles(dir: string, platform: string, cgo = false, tags: string[] = []): string[] {
  const t = parseTarget(platform);
  const out = execFileSync(
    'go',
    [
      'list',
      ...(tags.length ? [`-tags=${tags.join(',')}`] : []),
      '-f',
      '{{join .GoFiles "\\n"}}\n{{join .CgoFiles "\\n"}}',
      '.',
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...t.env, CGO_ENABLED: cgo ? '1' : '0', GOFLAGS: '' },
    },
  );
  return out.split('\n').filter(Boolean).sort();
}

describe('file selection matches go list', () => {
  const PLATFORMS = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm/v6',
    'windows/amd64',
    'darwin/arm64',
    'freebsd/386',
    'js/wasm',
    'android/arm64',
    'ios/arm64',
    'plan9/amd64',
    'linux/amd64/v3',
  ];

  test('a package made of every kind of constraint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-constraints-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/c\n\ngo 1.22\n');
    const files: Record<string, string> = {
      'a.go': '',
      'a_linux.go': '',
      'a_windows_amd64.go': '',
      'a_arm64.go': '',
      'linux.go': '', // no prefix before _: not a suffix constraint
      'a_test.go': '',
      '_hidden.go': '',
      'x_linux_test.go': '',
      'unix.go': '//go:build unix\n\n',
      'notunix.go': '//go:build !unix\n\n',
      'tagged.go': '//go:build foo && !bar\n\n',
      'old.go': '// +build linux,amd64 darwin\n\n',
      'oldneg.go': '// +build !windows\n\n',
      'both.go': '//go:build windows\n// +build linux\n\n',
      'release.go': `//go:build go1.${goMinor}\n\n`,
      'future.go': `//go:build go1.${goMinor + 1}\n\n`,
      'v3.go': '//go:build amd64.v3\n\n',
      'arm6.go': '//go:build arm.6 && !arm.7\n\n',
      'cgo.go': '//go:build cgo\n\n',
      'usesc.go': '',
      'ignored.go': '//go:build ignore\n\n',
      'android_only.go': '//go:build android\n\n',
      'a_ios.go': '',
      'a_darwin.go': '',
      'paren.go': '//go:build (linux || darwin) && (arm64 || (amd64 && !gc))\n\n',
    };
    for (const [name, header] of Object.entries(files))
      writeFileSync(join(dir, name), `${header}package c\n`);
    writeFileSync(join(dir, 'usesc.go'), 'package c\n\n/*\n#include <stdlib.h>\n*/\nimport "C"\n');
    for (const platform of PLATFORMS) {
      for (const [cgo, tags] of [
        [false, []],
        [true, []],
        [false, ['foo']],
        [false, ['foo', 'bar']],
      ] as [boolean, string[]][]) {
        const ours = selectFiles(dir, ctxFor(platform, cgo, tags))!
          .map((f) => basename(f.path))
          .sort();
        expect({ platform, cgo, tags, files: ours }).toEqual({
          platform,
          cgo,
          tags,
          files: goListFiles(dir, platform, cgo, tags),
        });
      }
    }
  }, 120_000);

  test('standard library packages: decided the same way, or handed to go list', () => {
    let decided = 0;
    let undecided = 0;
    for (const pkg of ['os', 'syscall', 'net', 'time', 'crypto/sha256', 'internal/poll']) {
      const dir = join(goroot, 'src', pkg);
      for (const platform of [
        'linux/amd64',
        'windows/amd64',
        'darwin/arm64',
        'linux/arm/v7',
        'linux/386',
        'js/wasm',
      ]) {
        const t = parseTarget(platform);
        let ours: string[];
        try {
          ours = selectFiles(dir, ctxFor(platform))!
            .map((f) => basename(f.path))
            .sort();
        } catch (err) {
          if (!(err instanceof UndecidableFile)) throw err;
          undecided++;
          continue;
        }
        decided++;
        const out = execFileSync('go', ['list', '-f', '{{join .GoFiles "\\n"}}', pkg], {
          encoding: 'utf8',
          env: { ...process.env, ...t.env, CGO_ENABLED: '0', GOFLAGS: '' },
        });
        expect({ pkg, platform, files: ours }).toEqual({
          pkg,
          platform,
          files: out.split('\n').filter(Boolean).sort(),
        });
      }
    }
    // Most are decided without the go command; the rest (goexperiment tags, other feature levels) fall back.
    expect(decided).toBeGreaterThan(undecided);
  }, 120_000);

  test('expressions: three-valued logic around tags we do not model', () => {
    const c = ctxFor('linux/amd64');
    expect(evalGoBuild('linux && (amd64 || arm64)', c)).toBe(true);
    expect(evalGoBuild('goexperiment.foo', c)).toBeUndefined();
    expect(evalGoBuild('windows && goexperiment.foo', c)).toBe(false); // decided regardless
    expect(evalGoBuild('linux || goexperiment.foo', c)).toBe(true);
    expect(evalPlusBuild(['linux,amd64', '!windows'], c)).toBe(true);
    expect(() => evalGoBuild('linux &&', c)).toThrow(/invalid/);
  });
});

/** A temp copy of the nested-vars fixture (tests may add files to it). */
function fixture(): { dir: string; mod: { path: string; root: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'goship-nested-'));
  cpSync(join(repoRoot, 'test/fixtures/nested-vars'), dir, { recursive: true });
  return { dir, mod: { path: 'example.com/nested', root: dir } };
}

const req = (name: string, origin: RequestedInjection['origin'] = 'x'): RequestedInjection => ({
  name,
  value: 'v',
  origin,
  input: origin === 'x' ? 'x' : 'version-var',
});

describe('program views and -X checks', () => {
  test('the fast scan and go list agree on the program and on every verdict', async () => {
    const { dir, mod } = fixture();
    const names = [
      'example.com/nested/internal/build.Version',
      'example.com/nested/internal/build.Console',
      'example.com/nested/internal/build.Channel',
      'example.com/nested/internal/build.Workers',
      'example.com/nested/internal/build.Verison',
      'example.com/nested/internal/unused.Version',
      'example.com/nested/internal/bild.Version',
      'main.Version',
      'example.com/nested.x',
      'main.port',
    ];
    for (const platform of ['linux/amd64', 'windows/amd64']) {
      const t = parseTarget(platform);
      const scanned = scanProgram(dir, mod, ctxFor(platform))!;
      const listed = await listProgram('.', {
        go: 'go',
        cwd: dir,
        env: { ...process.env, ...t.env, CGO_ENABLED: '0' },
        flags: [],
      });
      expect(scanned.via).toBe('scan');
      expect(listed.via).toBe('go list');
      const own = (p: Program) =>
        [...p.packages.values()]
          .filter((k) => k.module === mod.path)
          .map((k) => k.importPath)
          .sort();
      expect(own(scanned)).toEqual(own(listed));
      expect(scanned.mainImportPath).toBe(listed.mainImportPath);
      const verdicts = (p: Program) => {
        const r = checkInjections(
          p,
          names.map((n) => req(n)),
          platform,
        );
        return {
          accepted: r.accepted.map((a) => a.name),
          errors: r.errors.map((e) => `${e.message} | ${e.hint ?? ''}`),
        };
      };
      expect(verdicts(scanned)).toEqual(verdicts(listed));
    }
  }, 60_000);

  test('verdicts name the variable, the target and close matches', () => {
    const { dir, mod } = fixture();
    const linux = scanProgram(dir, mod, ctxFor('linux/amd64'))!;
    const check = (name: string, origin: RequestedInjection['origin'] = 'x') =>
      checkInjections(linux, [req(name, origin)], 'linux/amd64');
    expect(check('example.com/nested/internal/build.Version').accepted[0]).toMatchObject({
      line: 8,
      file: join(dir, 'internal/build/build.go'),
    });
    expect(check('example.com/nested/internal/build.Verison').errors[0]!.hint).toBe(
      'Did you mean example.com/nested/internal/build.Version?',
    );
    expect(check('example.com/nested/internal/build.Console').errors[0]!.message).toMatch(
      /-X example.com\/nested\/internal\/build.Console \(from 'x'\) would not take effect for linux\/amd64: package example.com\/nested\/internal\/build has no package-level variable Console/,
    );
    const constant = check('example.com/nested/internal/build.Channel').errors[0]!;
    expect(constant.message).toMatch(
      /is a constant; -X can only set a package-level variable of type string/,
    );
    expect(constant.location).toMatchObject({ file: join(dir, 'internal/build/build.go'), line: 17 });
    expect(check('example.com/nested/internal/unused.Version').errors[0]!.message).toMatch(
      /is not part of the program/,
    );
    expect(check('example.com/nested/internal/bild.Version').errors[0]!.hint).toMatch(
      /example.com\/nested\/internal\/build.Version/,
    );
    expect(check('main.Version').errors[0]!.hint).toMatch(/example.com\/nested\/internal\/build.Version/);
    expect(check('example.com/nested.x').errors[0]!.hint).toBe('Use main.x.');
    // A missing default variable is skipped, not an error; an explicit one is an error.
    const dflt = check('main.version', 'auto-default');
    expect(dflt.errors).toEqual([]);
    expect(dflt.skipped[0]!.reason).toMatch(/has no package-level variable version/);
    expect(check('main.version', 'auto-explicit').errors).toHaveLength(1);
    // Workers' type comes from a function call: only the linker can tell, so it is not refused here.
    expect(check('example.com/nested/internal/build.Workers').accepted).toHaveLength(1);
    const windows = scanProgram(dir, mod, ctxFor('windows/amd64'))!;
    expect(
      checkInjections(windows, [req('example.com/nested/internal/build.Console')], 'windows/amd64').accepted,
    ).toHaveLength(1);
  });

  test('a nested module, a missing main package, and unknown experiments are left to go list', () => {
    const { dir, mod } = fixture();
    mkdirSync(join(dir, 'tools'));
    writeFileSync(join(dir, 'tools/go.mod'), 'module example.com/nested/tools\n\ngo 1.22\n');
    writeFileSync(join(dir, 'tools/main.go'), 'package main\n\nfunc main() {}\n');
    expect(scanProgram(join(dir, 'tools'), mod, ctxFor('linux/amd64'))).toBeUndefined();
    expect(scanProgram(join(dir, 'nope'), mod, ctxFor('linux/amd64'))).toBeUndefined();
    writeFileSync(join(dir, 'exp.go'), '//go:build goexperiment.greenteagc\n\npackage main\n');
    expect(scanProgram(dir, mod, ctxFor('linux/amd64'))).toBeUndefined();
  });

  test('go list reports a missing package', async () => {
    const { dir } = fixture();
    await expect(
      listProgram('./cmd/nope', { go: 'go', cwd: dir, env: process.env, flags: [] }),
    ).rejects.toThrow(/cmd\/nope/);
  });

  test('editDistance and closeMatches', () => {
    expect(editDistance('version', 'Version')).toBe(0);
    expect(editDistance('versoin', 'version')).toBe(2);
    expect(closeMatches('comit', ['commit', 'date', 'port', 'compute'])).toEqual(['commit']);
    expect(closeMatches('zzzzzz', ['commit'])).toEqual([]);
  });

  test('readGoModHead', () => {
    expect(
      readGoModHead(
        '// c\nmodule "example.com/q" // x\n\ngo 1.22\nrequire (\n\tgolang.org/x/mod v0.1.0\n)\n',
      ),
    ).toEqual({ module: 'example.com/q', requires: true });
    expect(readGoModHead('module example.com/q\n')).toEqual({ module: 'example.com/q', requires: false });
  });
});
