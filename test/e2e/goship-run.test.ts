/*
 * `goship run` (dist/cli, the committed bundle) on real workflows: jobs in needs order, matrix legs,
 * expressions, masking, failure()/always(), goship's own actions run from their bundles with a real Go
 * build, refusals with the workflow's file:line, and every workflow and action.yml of the repository
 * validated by GitHub's parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
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
    const r = goship(['run', WF, '--secret', 'TOKEN=very-secret-token', '--event', 'tag:v1.2.3'], dir);
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
