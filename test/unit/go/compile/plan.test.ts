import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitLdflags } from '@goship/contract';
import { type GoBuildOptions, planBuild } from '../../../../packages/go/src/index.js';
import { repoRoot } from '../../../harness/run-action.js';

// Planning only (no build): the real toolchain answers go env / dist list / go list.

function helloRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goship-plan-'));
  cpSync(join(repoRoot, 'examples/hello'), dir, { recursive: true });
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'p',
    GIT_AUTHOR_EMAIL: 'p@p',
    GIT_COMMITTER_NAME: 'p',
    GIT_COMMITTER_EMAIL: 'p@p',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'p'],
    ['tag', 'v1.0.0'],
  ])
    execFileSync('git', args, { cwd: dir, env });
  return dir;
}

const options = (dir: string, over: Partial<GoBuildOptions> = {}): GoBuildOptions => ({
  workingDirectory: dir,
  workspace: dir,
  packages: ['.'],
  output: 'dist/{name}_{os}_{arch}{variant}{ext}',
  targets: ['linux/amd64', 'windows/arm64'],
  x: [],
  vars: {
    version: { name: 'main.version', explicit: false },
    commit: { name: 'main.commit', explicit: false },
    date: { name: 'main.date', explicit: false },
    port: { name: 'main.port', explicit: false },
  },
  port: 8080,
  cgo: false,
  strip: true,
  trimpath: true,
  buildvcs: false,
  tags: [],
  flags: [],
  ldflags: '',
  env: [],
  baseEnv: { ...process.env, GOFLAGS: '' },
  ...over,
});

describe('planBuild', () => {
  test('jobs: arguments, environment and ldflags per target', async () => {
    const dir = helloRepo();
    const plan = await planBuild(options(dir, { tags: ['netgo'], flags: ['-v'], env: [['GOPROXY', 'off']] }));
    expect(plan.version).toBe('1.0.0');
    expect(plan.verifiedVia).toEqual(['scan', 'scan']);
    const [linux, windows] = plan.jobs;
    expect(windows!.output).toBe(join(dir, 'dist/hello_windows_arm64.exe'));
    expect(windows!.env).toMatchObject({
      GOOS: 'windows',
      GOARCH: 'arm64',
      CGO_ENABLED: '0',
      GOPROXY: 'off',
    });
    expect(linux!.args).toEqual([
      'build',
      '-o',
      join(dir, 'dist/hello_linux_amd64'),
      '-trimpath',
      '-buildvcs=false',
      `-ldflags=${linux!.ldflags.ldflags}`,
      '-tags=netgo',
      // No go.mod or go.sum is ever rewritten by a build (no -mod given here, none in GOFLAGS, no vendor).
      '-mod=readonly',
      '-v',
      '--',
      '.',
    ]);
    expect(splitLdflags(linux!.ldflags.ldflags).slice(0, 5)).toEqual([
      '-s',
      '-w',
      '-buildid=',
      '-X',
      'main.version=1.0.0',
    ]);
    // Each verified at its declaration in examples/hello/main.go.
    const lines = readFileSync(join(dir, 'main.go'), 'utf8').split('\n');
    const declared = (v: string) => lines.findIndex((l) => new RegExp(`^\\s+${v}\\s+=`).test(l)) + 1;
    expect(linux!.injections.map((i) => [i.name, i.line])).toEqual(
      ['version', 'commit', 'date', 'port'].map((v) => [`main.${v}`, declared(v)]),
    );
    expect(declared('version')).toBeGreaterThan(0);
  });

  test('a command from the standard library goes through go list', async () => {
    const dir = helloRepo();
    const plan = await planBuild(options(dir, { packages: ['cmd/gofmt'], targets: ['linux/amd64'] }));
    expect(plan.verifiedVia).toEqual(['go list']);
    expect(plan.jobs[0]!.name).toBe('gofmt');
    expect(plan.skipped.map((s) => s.name)).toEqual([
      'main.version',
      'main.commit',
      'main.date',
      'main.port',
    ]);
  });

  test('workspace mode goes through go list; a modfile is refused there', async () => {
    const dir = helloRepo();
    // At least hello's go line (go 1.26.0, which its OpenTelemetry modules require), as `go work init` writes.
    writeFileSync(join(dir, 'go.work'), 'go 1.26.0\n\nuse .\n');
    const plan = await planBuild(options(dir, { targets: ['linux/amd64'] }));
    expect(plan.verifiedVia).toEqual(['go list']);
    expect(plan.jobs[0]!.injections).toHaveLength(4);
    writeFileSync(join(dir, 'go.prod.mod'), 'module github.com/acme/hello\n\ngo 1.22\n');
    await expect(planBuild(options(dir, { modfile: 'go.prod.mod' }))).rejects.toThrow(
      /Input 'modfile': cannot be used in workspace mode/,
    );
  });

  test('-tags from GOFLAGS select files like the go command does', async () => {
    const dir = helloRepo();
    writeFileSync(join(dir, 'edition_pro.go'), '//go:build pro\n\npackage main\n\nvar edition = "pro"\n');
    const x: [string, string][] = [['main.edition', 'x']];
    await expect(planBuild(options(dir, { x }))).rejects.toThrow(
      /main.edition .* no package-level variable edition/,
    );
    const plan = await planBuild(options(dir, { x, baseEnv: { ...process.env, GOFLAGS: '-tags=pro' } }));
    expect(plan.jobs[0]!.ldflags.injected['main.edition']).toBe('x');
  });

  test('not a module, not a directory, a library package', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'goship-plan-nomod-'));
    await expect(
      planBuild(options(empty, { baseEnv: { ...process.env, GOFLAGS: '', GO111MODULE: 'on' } })),
    ).rejects.toThrow(/Input 'working-directory': .* is not inside a Go module/);
    await expect(planBuild(options(join(empty, 'nope')))).rejects.toThrow(
      /Input 'working-directory': .* is not a directory/,
    );
    const dir = helloRepo();
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib/lib.go'), 'package lib\n\nvar Version string\n');
    await expect(planBuild(options(dir, { packages: ['./lib'] }))).rejects.toThrow(
      /Input 'package': \.\/lib is package lib, not a command/,
    );
  });
});
