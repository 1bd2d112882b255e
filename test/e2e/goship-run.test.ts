/*
 * `goship run` (dist/cli, the committed bundle) on real workflows: jobs in needs order, matrix legs,
 * expressions, masking, failure()/always(), goship's own actions run from their bundles with a real Go
 * build, refusals with the workflow's file:line, secrets kept out of what a run shows and leaves behind, and
 * every workflow and action.yml of the repository validated by GitHub's parser. Needs no test infrastructure
 * (GOSHIP_INFRA= starts none); Go on PATH for the go-build-ldflags case.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTracked } from '../harness/copy-tracked';
import { node24, repoRoot } from '../harness/run-action';

const cli = join(repoRoot, 'dist/cli/index.js');

function goship(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(node24, [cli, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A git repository holding `files` (path → content), with one commit. */
function repo(files: Record<string, string>, copyFrom?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'goship-run-e2e-'));
  if (copyFrom) copyTracked(copyFrom, dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const git = (...a: string[]) =>
    execFileSync('git', a, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'init');
  return dir;
}

const WF = '.github/workflows/wf.yml';

describe('goship run', () => {
  test('needs order, matrix legs in parallel, outputs across jobs, env precedence, masking, failure()', () => {
    const dir = repo({
      [WF]: `name: t
on: push
env: { LEVEL: workflow, KEEP: w }
jobs:
  build:
    runs-on: ubuntu-latest
    strategy: { matrix: { arch: [amd64, arm64] } }
    env: { LEVEL: job }
    outputs: { v: "\${{ steps.a.outputs.v }}" }
    steps:
      - id: a
        run: |
          echo "v=\${{ matrix.arch }}-$LEVEL-$KEEP" >> "$GITHUB_OUTPUT"
          echo "FROM_STEP=1" >> "$GITHUB_ENV"
      - env: { LEVEL: step }
        run: echo "level=$LEVEL from_step=$FROM_STEP token=\${{ secrets.TOKEN }} ref=\${{ github.ref_name }}"
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo "got \${{ needs.build.outputs.v }}"
      - run: exit 3
      - if: failure()
        run: echo cleanup-ran
      - run: echo must-not-run
`,
    });
    const r = goship(['run', WF, '--secret', 'TOKEN', '--event', 'tag:v1.2.3'], dir, {
      TOKEN: 'very-secret-token',
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('[build (amd64)]   level=step from_step=1 token=*** ref=v1.2.3');
    expect(r.out).toContain('[build (arm64)]   level=step from_step=1 token=*** ref=v1.2.3');
    expect(r.out).not.toContain('very-secret-token');
    expect(r.out).toMatch(/\[deploy\] {3}got (amd64|arm64)-job-w/);
    expect(r.out).toContain('[deploy]   cleanup-ran');
    expect(r.out).not.toContain('[deploy]   must-not-run');
    expect(r.out).toMatch(/\| deploy \| Run echo must-not-run \| – skipped/);
    expect(r.out).toContain('workflow failure');
    // deploy starts only after both legs of build finished.
    const lastBuild = Math.max(
      r.out.lastIndexOf('[build (amd64)] ✓'),
      r.out.lastIndexOf('[build (arm64)] ✓'),
    );
    expect(r.out.indexOf('[deploy] ▶')).toBeGreaterThan(lastBuild);
  });

  test('secrets stay out of what a run shows and leaves; steps see the allow-listed environment', () => {
    const secret = 'p@ss"word\nsecond-line';
    const dir = repo({
      [WF]: `on: push
jobs:
  a:
    runs-on: x
    steps:
      - id: s
        env: { PW: "\${{ secrets.PW }}", PW_JSON: "\${{ toJSON(secrets.PW) }}" }
        run: |
          FIRST=$(printf '%s' "$PW" | head -1)
          printf 'user:%s' "$PW" | base64 -w0; echo
          echo "{\\"pw\\":$PW_JSON}"
          echo "::warning file=$FIRST-file,title=about $FIRST::see $FIRST"
          echo "out=$FIRST" >> "$GITHUB_OUTPUT"
          echo "summary: $PW" >> "$GITHUB_STEP_SUMMARY"
          echo "GITHUB_SHA=bad" >> "$GITHUB_ENV"
          echo "leak=\${GOSHIP_E2E_LEAK:-unset} passed=\${GOSHIP_E2E_PASSED:-unset}"
`,
    });
    const env = { PW: secret, GOSHIP_E2E_LEAK: 'leaked', GOSHIP_E2E_PASSED: 'passed' };
    const r = goship(['run', WF, '--secret', 'PW', '--env', 'GOSHIP_E2E_PASSED'], dir, env);
    expect(r.code).toBe(0);
    for (const part of ['p@ss', 'second-line', Buffer.from(`user:${secret}`).toString('base64').slice(8, 20)])
      expect(r.out).not.toContain(part);
    expect(r.out).toContain('[a]   {"pw":"***"}');
    expect(r.out).toMatch(/\[a\] \*\*\*-file: warning: see \*\*\*/);
    expect(r.out).toMatch(/\| a \| Run FIRST=.* \| ✓ success \| [\d.]+s \| out=\*\*\* \| below \|/);
    expect(r.out).toContain('summary: ***');
    expect(r.out).toMatch(/warning: GITHUB_SHA from GITHUB_ENV .* is ignored/);
    expect(r.out).toContain('[a]   leak=unset passed=passed');
    // The run's folder is gone; with --keep it stays, holding no step script and a masked summary.
    const runDir = /files in (\S+)\)/.exec(r.out)![1]!;
    expect(existsSync(runDir)).toBe(false);
    const kept = goship(['run', WF, '--secret', 'PW', '--keep'], dir, env);
    const keptDir = /files in (\S+)\)/.exec(kept.out)![1]!;
    const files = readdirSync(keptDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.sh'))).toEqual([]);
    expect(readFileSync(join(keptDir, 'a/step-01-s/summary.md'), 'utf8')).toBe('summary: ***\n');
    // A secret in argv works, with a warning that others can read it in the process list.
    const argv = goship(['run', WF, '--secret', `PW=${secret.split('\n')[0]}`], dir);
    expect(argv.code).toBe(0);
    expect(argv.err).toContain('--secret PW=…: the value is visible to other users of this machine');
  });

  test('--job runs one job and what it needs; unknown jobs are named', () => {
    const dir = repo({
      [WF]: `on: push
jobs:
  a: { runs-on: x, steps: [ { run: echo in-a } ] }
  b: { runs-on: x, needs: a, steps: [ { run: echo in-b } ] }
  c: { runs-on: x, steps: [ { run: echo in-c } ] }
`,
    });
    const r = goship(['run', WF, '--job', 'b'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('in-a');
    expect(r.out).toContain('in-b');
    expect(r.out).not.toContain('in-c');
    const bad = goship(['run', WF, '--job', 'nope'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--job nope: no such job');
    expect(bad.err).toContain('jobs: a, b, c');
  });

  test("a malformed workflow fails with the parser's file:line diagnostics before anything runs", () => {
    const dir = repo({
      [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a\n        run: b\n      - foo: 1\n',
    });
    const r = goship(['run', WF], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a valid workflow');
    expect(r.err).toMatch(/wf\.yml \(Line: 7, Col: 9\): Unexpected value 'run'/);
    expect(r.out).not.toContain('▶');
  });

  test('any other action is refused, naming it and its line; the job fails', () => {
    const dir = repo({
      [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo first\n      - uses: docker/build-push-action@v6\n',
    });
    const r = goship(['run', WF], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/wf\.yml:7: error: docker\/build-push-action@v6: .*is not run locally/);
  });

  test("goship's own actions run from their bundles (uses: owner/goship/actions/<name>@ref), with a real Go build", () => {
    const dir = repo(
      {
        [WF]: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: build
        uses: goship/goship/actions/go-build-ldflags@v1
        with: { targets: linux/amd64, port: 8080, version: 1.2.3 }
      - run: test "\${{ steps.build.outputs.version }}" = 1.2.3 && echo "artifact \${{ fromJSON(steps.build.outputs.artifacts)[0].platform }}"
`,
      },
      join(repoRoot, 'examples/hello'),
    );
    const r = goship(['run', WF, '--quiet'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /\| build \| Run goship\/goship\/actions\/go-build-ldflags@v1 \| ✓ success .*version=1\.2\.3/,
    );
    expect(r.out).toContain('workflow success');
  });
});

test("every workflow and action.yml in the repository is valid for GitHub's parser", () => {
  const files = [
    'action.yml',
    ...readdirSync(join(repoRoot, 'actions'))
      .map((a) => `actions/${a}/action.yml`)
      .filter((f) => existsSync(join(repoRoot, f))),
    ...readdirSync(join(repoRoot, '.github/workflows')).map((f) => `.github/workflows/${f}`),
    ...readdirSync(join(repoRoot, 'examples/hello/.github/workflows')).map(
      (f) => `examples/hello/.github/workflows/${f}`,
    ),
  ];
  const r = goship(['validate', ...files], repoRoot);
  expect(r.err).toBe('');
  expect(r.out).toContain(`${files.length}/${files.length} valid`);
  // The validator is not a rubber stamp: a broken action.yml is reported with its line.
  const dir = mkdtempSync(join(tmpdir(), 'goship-validate-'));
  writeFileSync(
    join(dir, 'action.yml'),
    'name: x\ndescription: y\nruns:\n  using: node24\n  mian: index.js\n',
  );
  const bad = goship(['validate', 'action.yml'], dir);
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/action\.yml \(Line: 5/);
});
