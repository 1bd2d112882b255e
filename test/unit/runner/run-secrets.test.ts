/*
 * What a workflow run leaves behind and shows, run by runWorkflow with real bash steps: secrets masked
 * everywhere a runner masks them (final table, annotation properties, job summaries), no step script left
 * with the secrets expanded into it, the runner's GITHUB_* variables kept, and a step environment that is
 * the allow-list, not the caller's whole environment.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Annotation, finalTable, loadWorkflow, type RunOptions, runWorkflow } from '@goship/runner';

const SECRET = 'tok-SECRET-value';
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

async function run(yaml: string, opts: Partial<RunOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'goship-runner-unit-'));
  made.push(dir);
  writeFileSync(join(dir, 'wf.yml'), yaml);
  const lines: string[] = [];
  const annotations: Annotation[] = [];
  const view = {
    stepStarted() {},
    stepFinished() {},
    line: (_job: string, text: string) => lines.push(text),
    annotation: (_job: string, a: Annotation) => annotations.push(a),
  };
  const runDir = join(dir, 'run');
  const result = await runWorkflow({
    workflow: await loadWorkflow(join(dir, 'wf.yml'), 'wf.yml'),
    workspace: dir,
    goshipRoot: process.cwd(),
    runDir,
    toolCache: join(dir, 'toolcache'),
    secrets: { TOKEN: SECRET },
    view,
    ...opts,
  });
  return { dir, result, lines, annotations, runDir };
}

/** Every file under `dir`, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('goship run: secrets', () => {
  test('the final table masks outputs before shortening them', async () => {
    const { result } = await run(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - id: s
        run: |
          echo "long=0123456789012345678901234567890123\${{ secrets.TOKEN }}" >> "$GITHUB_OUTPUT"
          echo "plain=\${{ secrets.TOKEN }}" >> "$GITHUB_OUTPUT"
          echo "::add-mask::added-value-42"
          echo "added=added-value-42" >> "$GITHUB_OUTPUT"
`);
    const table = finalTable(result);
    expect(table).toContain('plain=***');
    expect(table).toContain('added=***');
    // The secret starts where the output is cut: shortened first, its first characters would show.
    expect(table).toContain('long=0123456789012345678901234567890123***');
    expect(table).not.toContain('tok-');
    expect(table).not.toContain('added-value');
  });

  test('annotation properties (file=, title=) are masked, not only the message', async () => {
    const { result, annotations } = await run(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: echo "::warning file=src/\${{ secrets.TOKEN }}.go,line=3,title=about \${{ secrets.TOKEN }}::msg \${{ secrets.TOKEN }}"
`);
    const recorded = result.jobs.a!.steps[0]!.annotations;
    for (const list of [annotations, recorded]) {
      expect(list).toContainEqual({
        level: 'warning',
        file: 'src/***.go',
        line: 3,
        title: 'about ***',
        message: 'msg ***',
      });
      expect(JSON.stringify(list)).not.toContain('SECRET');
    }
  });

  test('job summaries are masked: secrets, add-mask values (also ones a later step adds), encoded forms', async () => {
    const { result } = await run(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - env: { TOKEN: "\${{ secrets.TOKEN }}" }
        run: |
          echo "token: $TOKEN" >> "$GITHUB_STEP_SUMMARY"
          echo "basic: $(printf 'user:%s' "$TOKEN" | base64)" >> "$GITHUB_STEP_SUMMARY"
          echo '{"token": "'"$TOKEN"'"}' >> "$GITHUB_STEP_SUMMARY"
          echo "later: mask-me-later" >> "$GITHUB_STEP_SUMMARY"
      - run: |
          echo "::add-mask::mask-me-later"
          echo "::add-mask::in-summary-2"
          echo "own: in-summary-2" >> "$GITHUB_STEP_SUMMARY"
`);
    const [first, second] = result.jobs.a!.steps.map((s) => readFileSync(s.summaryFile!, 'utf8'));
    expect(first).toContain('token: ***');
    expect(first).toContain('later: ***');
    expect(first).not.toContain(SECRET);
    expect(first).not.toContain(b64(`user:${SECRET}`).slice(8, 16));
    expect(second).toBe('own: ***\n');
  });

  test("a run: step's script (the secrets expanded into it) is deleted when the step ends, failed or not", async () => {
    const { runDir, result } = await run(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: test -f "$0" && echo "script is $0 while it runs, \${{ secrets.TOKEN }}"
      - run: exit 3
`);
    expect(result.jobs.a!.steps.map((s) => s.conclusion)).toEqual(['success', 'failure']);
    const left = filesUnder(runDir);
    expect(left.filter((f) => f.endsWith('.sh'))).toEqual([]);
    for (const f of left) expect(readFileSync(f, 'utf8')).not.toContain(SECRET);
  });
});

describe('goship run: the environment of a step', () => {
  test("env: and GITHUB_ENV cannot override the runner's GITHUB_* variables; a warning names each", async () => {
    const { dir, lines, annotations } = await run(`on: push
env: { GITHUB_SHA: from-workflow, CI: from-workflow }
jobs:
  a:
    runs-on: x
    env: { GITHUB_REF: from-job, GITHUB_TOKEN: token-from-job }
    steps:
      - run: |
          echo "GITHUB_WORKSPACE=/evil" >> "$GITHUB_ENV"
          echo "OTHER=fine" >> "$GITHUB_ENV"
      - env: { GITHUB_REPOSITORY: from-step, RUNNER_TEMP: /evil }
        run: echo "sha=$GITHUB_SHA ref=$GITHUB_REF repo=$GITHUB_REPOSITORY ws=$GITHUB_WORKSPACE temp=$RUNNER_TEMP other=$OTHER token=$GITHUB_TOKEN ci=$CI"
`);
    const line = lines.find((l) => l.startsWith('sha='));
    expect(line).toMatch(/^sha=[0-9a-f]{40} ref=refs\/heads\/\S+ repo=local\/goship-runner-unit-\w+ /);
    expect(line).toContain(` ws=${dir} temp=${join(dir, 'run', 'a', 'temp')} other=fine`);
    expect(line).toContain(' token=token-from-job ci=from-workflow');
    const warned = annotations.filter((a) => a.level === 'warning').map((a) => a.message.split(' ')[0]);
    expect(warned.sort()).toEqual([
      'GITHUB_REF',
      'GITHUB_REPOSITORY',
      'GITHUB_SHA',
      'GITHUB_WORKSPACE',
      'RUNNER_TEMP',
    ]);
  });

  test("a step sees the allow-listed variables, not the caller's whole environment", async () => {
    process.env.GOSHIP_UNIT_LEAK = 'leaked-value';
    try {
      const { lines } = await run(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: echo "leak=\${GOSHIP_UNIT_LEAK:-unset} home=$HOME path=\${PATH:+set}"
`);
      expect(lines).toContain(`leak=unset home=${homedir()} path=set`);
    } finally {
      delete process.env.GOSHIP_UNIT_LEAK;
    }
  });
});
