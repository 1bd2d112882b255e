// Default and explicit -X variables, planned against real programs with the real toolchain (no build):
// a default variable the program lacks is skipped (a notice), a name the user wrote must exist, the result
// says which values reached the program (what the one-step action's smoke test can expect), and the hint
// for an overwritten -X value names an input the user has where they are.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type GoBuildOptions,
  type GoBuildStageInput,
  injectedVars,
  planBuild,
  resolveStageInput,
} from '../../../../packages/go/src/index.js';
import { repoRoot } from '../../../harness/run-action.js';

function repo(from: string | Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'goship-defaults-'));
  if (typeof from === 'string') cpSync(join(repoRoot, from), dir, { recursive: true });
  else for (const [name, text] of Object.entries(from)) writeFileSync(join(dir, name), text);
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

/** Options as go-build-ldflags' stage makes them from its inputs (*-var as written: '' is the default). */
function options(dir: string, vars: GoBuildStageInput['vars'], over: Partial<GoBuildOptions> = {}) {
  const input: GoBuildStageInput = {
    workingDirectory: dir,
    workspace: dir,
    packages: ['.'],
    output: 'dist/{name}_{os}_{arch}',
    targets: ['linux/amd64'],
    x: [],
    vars,
    port: 8080,
    cgo: false,
    strip: true,
    trimpath: true,
    buildvcs: false,
    tags: [],
    flagLines: [],
    ldflags: '',
    env: [],
  };
  const { vars: resolved, flags } = resolveStageInput(input);
  return { ...input, vars: resolved, flags, baseEnv: { ...process.env, GOFLAGS: '' }, ...over };
}

const DEFAULTS = { version: '', commit: '', date: '', port: '' };

describe('the *-var defaults on a plain service (no version variables)', () => {
  test('every default is skipped with its reason, nothing is an error, nothing is injected', async () => {
    const dir = repo('test/fixtures/services/plain');
    const plan = await planBuild(options(dir, DEFAULTS));
    expect(plan.skipped.map((s) => [s.name, s.input])).toEqual([
      ['main.version', 'version-var'],
      ['main.commit', 'commit-var'],
      ['main.date', 'date-var'],
      ['main.port', 'port-var'],
    ]);
    expect(plan.skipped[0]!.reason).toBe('package main has no package-level variable version');
    expect(plan.jobs[0]!.injections).toEqual([]);
    expect(injectedVars(plan.jobs)).toEqual({});
    // The version is still derived (it reaches the image labels, the annotations and the integrity table).
    expect(plan.version).toBe('1.0.0');
  });

  test('a name the user wrote must exist, even when it is the default name', async () => {
    const dir = repo('test/fixtures/services/plain');
    await expect(planBuild(options(dir, { ...DEFAULTS, version: 'main.version' }))).rejects.toThrow(
      /-X main\.version \(from 'version-var'\) would not take effect for linux\/amd64: package main has no package-level variable version/,
    );
  });

  test('examples/hello has them all: each one injected, by the variable that received it', async () => {
    const dir = repo('examples/hello');
    const plan = await planBuild(options(dir, { ...DEFAULTS, date: 'none' }));
    expect(plan.skipped).toEqual([]);
    expect(injectedVars(plan.jobs)).toEqual({
      version: 'main.version',
      commit: 'main.commit',
      port: 'main.port',
    });
  });

  test('injectedVars: a value counts only when every target received it in the same variable', () => {
    const job = (names: [string, string][]) => ({
      injections: names.map(([input, name]) => ({
        name,
        input,
        value: 'v',
        origin: 'auto-default' as const,
        file: 'main.go',
        line: 1,
      })),
    });
    expect(
      injectedVars([job([['version-var', 'main.version']]), job([['commit-var', 'main.commit']])]),
    ).toEqual({});
    expect(
      injectedVars([job([['version-var', 'main.version']]), job([['version-var', 'main.version']])]),
    ).toEqual({ version: 'main.version' });
    // The user's own -X (x) for the version variable is their value, not the build's version.
    expect(
      injectedVars([{ injections: [{ ...job([['x', 'main.version']]).injections[0]!, origin: 'x' }] }]),
    ).toEqual({});
    expect(injectedVars([])).toEqual({});
  });
});

describe('an overwritten -X port: the hint names an input the user has', () => {
  const overwrites = {
    'go.mod': 'module example.com/flagport\n\ngo 1.26\n',
    'main.go': [
      'package main',
      '',
      'import (',
      '\t"flag"',
      '\t"fmt"',
      ')',
      '',
      'var port = "8080"',
      '',
      'func main() {',
      '\tflag.StringVar(&port, "port", "9090", "listen port")',
      '\tflag.Parse()',
      '\tfmt.Println(port)',
      '}',
      '',
    ].join('\n'),
  };

  test('go-build-ldflags alone: set overwritten-x: warn', async () => {
    const dir = repo(overwrites);
    await expect(planBuild(options(dir, DEFAULTS))).rejects.toThrow(
      /-X main\.port \(from 'port-var'\).*\(set overwritten-x: warn to build anyway\)/,
    );
  });

  test('in the one-step action (no overwritten-x there): set port-var: none', async () => {
    const dir = repo(overwrites);
    const err = await planBuild(options(dir, DEFAULTS, { chained: true })).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /-X main\.port \(from 'port-var'\).*\(set port-var: none to build without it\)/,
    );
    expect(err?.message).not.toContain('overwritten-x');
  });
});
