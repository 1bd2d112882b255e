/*
 * Module problems as the go command reports them, replayed from real runs of go1.26.8 `go list -mod=readonly
 * -e -deps -json=ImportPath,Error -- .` on test/fixtures/services/deps with its go.sum changed (testdata/modules:
 * the package entries that carry an error, and stderr), and the errors the build reports for them.
 * refused-401.stderr is go1.26's error for a private module server that wanted credentials
 * (test/e2e/go-build-private.test.ts); refused-git.stderr is the go command's report of a private
 * repository fetched with git, as printed in theopenlane/core issue #2032.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  listedProblems,
  moduleError,
  parseModuleProblems,
  readRequires,
} from '../../../../packages/go/src/compile/modules.js';
import { modFlag } from '../../../../packages/go/src/compile/toolchain.js';
import { repoRoot } from '../../../harness/run-action.js';

const fixture = join(repoRoot, 'test/fixtures/services/deps');
const testdata = join(repoRoot, 'test/unit/go/compile/testdata/modules');
const gomodText = readFileSync(join(fixture, 'go.mod'), 'utf8');
const requires = readRequires(gomodText);
const read = (name: string) => readFileSync(join(testdata, name), 'utf8');

/** A checkout holding the fixture's go.mod and go.sum, as the build sees them. */
function files(sum = readFileSync(join(fixture, 'go.sum'), 'utf8')) {
  const dir = mkdtempSync(join(tmpdir(), 'goship-modules-'));
  writeFileSync(join(dir, 'go.mod'), gomodText);
  writeFileSync(join(dir, 'go.sum'), sum);
  return { gomod: join(dir, 'go.mod'), gosum: join(dir, 'go.sum'), cwd: dir, workspace: dir };
}

describe('readRequires', () => {
  it('reads single lines and blocks, with their line numbers', () => {
    expect(requires.get('github.com/go-chi/chi/v5')).toEqual({ version: 'v5.5.0', line: 6 });
    expect(requires.get('golang.org/x/sys')?.version).toBe('v0.48.0');
    expect(readRequires('module a\n\nrequire b.example/c v1.0.0 // indirect\n')).toEqual(
      new Map([['b.example/c', { version: 'v1.0.0', line: 3 }]]),
    );
  });
});

describe('parseModuleProblems', () => {
  it('a tampered hash: the module, its version and both hashes', () => {
    expect(listedProblems('', read('mismatch.stderr'), requires)).toEqual([
      {
        kind: 'checksum-mismatch',
        module: 'github.com/go-chi/chi/v5',
        version: 'v5.5.0',
        goModOnly: false,
        downloaded: 'h1:xdKQ1dJmVJsmgahrXSKhUx8NyVPzpwdlyrrQFpMPJgg=',
        recorded: 'h1:AdKQ1dJmVJsmgahrXSKhUx8NyVPzpwdlyrrQFpMPJgg=',
      },
    ]);
  });

  it('a module go.sum does not list: the go command names the package, go.mod gives module and version', () => {
    expect(listedProblems(read('missing.json'), '', requires)).toEqual([
      {
        kind: 'missing-sum',
        module: 'github.com/go-chi/chi/v5',
        version: 'v5.5.0',
        goModOnly: false,
        neededBy: 'github.com/acme/deps',
      },
    ]);
  });

  it('a missing go.mod hash of an indirect dependency, reported once for several packages', () => {
    expect(listedProblems(read('gomod-only.json'), '', requires)).toEqual([
      { kind: 'missing-sum', module: 'github.com/prometheus/common', version: 'v0.72.0', goModOnly: true },
    ]);
  });

  it('a module server that answers 401: the module, the URL and the status', () => {
    expect(parseModuleProblems(read('refused-401.stderr'), requires)).toEqual([
      {
        kind: 'refused',
        module: 'goship.test/private/greet',
        version: 'v1.0.0',
        goModOnly: false,
        url: 'https://127.0.0.1:36247/goship.test/private/greet/@v/v1.0.0.zip',
        status: '401 Unauthorized',
      },
    ]);
  });

  it('a private repository git could not read: the module and the host git asked a user name for', () => {
    expect(parseModuleProblems(read('refused-git.stderr'), requires)).toEqual([
      expect.objectContaining({
        kind: 'refused',
        module: 'github.com/theopenlane/corejobs',
        version: 'v0.1.9',
        url: 'https://github.com',
      }),
    ]);
  });

  it('finds nothing in a clean load', () => {
    expect(parseModuleProblems('go: downloading github.com/go-chi/chi/v5 v5.5.0\n', requires)).toEqual([]);
  });
});

describe('moduleError', () => {
  it('a mismatch: at the go.sum line, naming the module and what to run', () => {
    const [p] = listedProblems('', read('mismatch.stderr'), requires);
    const f = files();
    const err = moduleError(p!, f, []);
    expect(err.message).toBe(
      'go.sum does not match the download of github.com/go-chi/chi/v5@v5.5.0: downloaded h1:xdKQ1dJmVJsmgahrXSKhUx8NyVPzpwdlyrrQFpMPJgg=, go.sum has h1:AdKQ1dJmVJsmgahrXSKhUx8NyVPzpwdlyrrQFpMPJgg=',
    );
    expect(err.hint).toContain('go mod download github.com/go-chi/chi/v5');
    expect(err.hint).toContain('commit go.sum');
    const line = readFileSync(f.gosum, 'utf8').split('\n')[(err.location?.line ?? 0) - 1];
    expect(err.location!.file).toBe('go.sum');
    expect(line).toMatch(/^github\.com\/go-chi\/chi\/v5 v5\.5\.0 h1:/);
  });

  it('a missing entry: at the go.mod require line, with the targets it was found for', () => {
    const [p] = listedProblems(read('missing.json'), '', requires);
    const err = moduleError(p!, files(), ['linux/arm64']);
    expect(err.message).toBe(
      'go.sum has no entry for github.com/go-chi/chi/v5@v5.5.0, needed by github.com/acme/deps (linux/arm64); the build does not change go.sum (-mod=readonly)',
    );
    expect(err.hint).toBe(
      'Run `go mod download github.com/go-chi/chi/v5` (or `go mod tidy`) in . and commit go.sum.',
    );
    expect(err.location).toEqual({ file: 'go.mod', line: 6 });
  });
});

describe('refused downloads', () => {
  it('name the netrc machine (with its port) and goprivate', () => {
    const [p] = parseModuleProblems(read('refused-401.stderr'), requires);
    const err = moduleError(p!, files(), []);
    expect(err.message).toBe(
      'could not download goship.test/private/greet@v1.0.0: https://127.0.0.1:36247/goship.test/private/greet/@v/v1.0.0.zip answered 401 Unauthorized',
    );
    expect(err.hint).toContain('netrc input (machine 127.0.0.1:36247 login USER');
    expect(err.hint).toContain('goprivate (e.g. goship.test/*)');
    const [git] = parseModuleProblems(read('refused-git.stderr'), requires);
    expect(moduleError(git!, files(), []).hint).toContain('machine github.com login USER');
  });
});

describe('modFlag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goship-modflag-'));
  it.each([
    ['the mod input', 'vendor' as const, {}, ['-mod=vendor']],
    ['-mod in GOFLAGS (the go command reads it there)', undefined, { GOFLAGS: '-trimpath -mod=mod' }, []],
    ['otherwise readonly', undefined, { GOFLAGS: '-buildvcs=false' }, ['-mod=readonly']],
  ])('%s', (_name, mod, goEnv, expected) => {
    expect(modFlag(mod, goEnv, dir, false)).toEqual(expected);
  });

  it('none with a vendor directory (the go command then defaults to -mod=vendor)', () => {
    const vendored = mkdtempSync(join(tmpdir(), 'goship-modflag-'));
    expect(modFlag(undefined, {}, vendored, false)).toEqual(['-mod=readonly']);
    mkdirSync(join(vendored, 'vendor'));
    writeFileSync(join(vendored, 'vendor', 'modules.txt'), '');
    expect(modFlag(undefined, {}, vendored, false)).toEqual([]);
    // Workspace mode: the vendor directory is next to go.work.
    expect(modFlag(undefined, { GOWORK: join(vendored, 'go.work') }, dir, true)).toEqual([]);
  });
});
