/*
 * `goship run` as a command (main(), in this process): the run's folder deleted unless --keep, the job
 * summaries shown instead (masked), a warning for a secret given in argv, and --env.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/runner/src/cli';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A workspace holding .github/workflows/wf.yml; returns the workflow's path. */
function workflow(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'goship-cli-unit-'));
  made.push(dir);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/wf.yml'), yaml);
  return join(dir, '.github/workflows/wf.yml');
}

async function goship(...argv: string[]) {
  let out = '';
  let err = '';
  const [write, writeErr] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => {
    err += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(argv);
    return { code, out, err, runDir: /files in (\S+)\)/.exec(out)?.[1] ?? '' };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

const SUMMARY_WF = `on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: echo "deployed with \${{ secrets.UNIT_TOKEN }}" >> "$GITHUB_STEP_SUMMARY"
`;

describe('goship run (the command)', () => {
  beforeAll(() => {
    process.env.UNIT_TOKEN = 'cli-secret-value';
  });
  afterAll(() => {
    delete process.env.UNIT_TOKEN;
  });

  test("the run's folder is deleted at the end; the job summaries are shown instead, masked", async () => {
    const r = await goship('run', workflow(SUMMARY_WF), '--secret', 'UNIT_TOKEN');
    expect(r.code).toBe(0);
    expect(r.runDir).not.toBe('');
    expect(existsSync(r.runDir)).toBe(false);
    expect(r.out).toMatch(/\| a \| Run echo .* \| ✓ success \| [\d.]+s \| {2}\| below \|/);
    expect(r.out).toContain('── summary: a / Run echo');
    expect(r.out).toContain('deployed with ***');
    expect(r.out).not.toContain('cli-secret-value');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('workflow success');
    expect(r.err).not.toContain('goship:');
  });

  test('--keep keeps the folder; the table names each summary file, which is masked', async () => {
    const r = await goship('run', workflow(SUMMARY_WF), '--secret', 'UNIT_TOKEN', '--keep');
    made.push(r.runDir);
    expect(r.code).toBe(0);
    expect(existsSync(r.runDir)).toBe(true);
    const file = new RegExp(`\\| (${r.runDir}/a/step-01-__run/summary\\.md) \\|`).exec(r.out)?.[1];
    expect(file).toBeDefined();
    expect(readFileSync(file!, 'utf8')).toBe('deployed with ***\n');
    expect(r.out).not.toContain('── summary:');
  });

  test('--secret NAME=VALUE works but warns that the value is visible in the process list', async () => {
    const wf = workflow('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "true"\n');
    const r = await goship('run', wf, '--secret', 'ARGV_TOKEN=argv-secret');
    expect(r.code).toBe(0);
    expect(r.err).toContain('goship: warning: --secret ARGV_TOKEN=…: the value is visible to other users');
    expect(r.err).toContain('give --secret ARGV_TOKEN, or use --secrets-file');
    expect(r.err).not.toContain('argv-secret');
    expect((await goship('run', wf, '--secret', 'UNIT_TOKEN')).err).not.toContain('goship:');
  });

  test("--env NAME passes one more of the caller's variables; the others stay out", async () => {
    process.env.UNIT_EXTRA = 'extra-value';
    process.env.UNIT_OTHER = 'other-value';
    try {
      const wf = workflow(
        'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "extra=${UNIT_EXTRA:-unset} other=${UNIT_OTHER:-unset}"\n',
      );
      const r = await goship('run', wf, '--env', 'UNIT_EXTRA');
      expect(r.code).toBe(0);
      expect(r.out).toContain('extra=extra-value other=unset');
    } finally {
      delete process.env.UNIT_EXTRA;
      delete process.env.UNIT_OTHER;
    }
  });

  test('bad --env names the flag; the usage text documents --env, the allow-list and --keep', async () => {
    const wf = workflow(SUMMARY_WF);
    for (const [name, message] of [
      ['UNIT_NOT_SET', '--env UNIT_NOT_SET: no environment variable UNIT_NOT_SET'],
      ['GITHUB_SHA', '--env GITHUB_SHA: the runner sets GITHUB_SHA itself'],
      ['A=B', '--env A=B: expected the name of an environment variable'],
    ]) {
      const r = await goship('run', wf, '--env', name!);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`goship: ${message}`);
      expect(r.err).toContain('[--env NAME]...');
      expect(r.err).toMatch(/PATH HOME USER .*LC_\* .*HTTPS_PROXY .*no_proxy .*GOSHIP_CACHE/);
      expect(r.err).toContain('--keep ');
    }
  });
});
