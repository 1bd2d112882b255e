import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runner, setOutputs, table } from '@goship/kit';
import { parseAnnotations, parseFileCommands } from '../../harness/run-action.js';

/** Captures what the action writes to stdout (the workflow-command channel). */
function captureStdout(fn: () => void): string {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('runner protocol', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kit-'));
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      process.env[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  test('outputs are written as heredocs, each value plus one json output', () => {
    setOutputs({ digest: 'sha256:abc', tags: ['a', 'b'], multi: 'line1\nline2', port: 8080 });
    const out = parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8'));
    expect(out.digest).toBe('sha256:abc');
    expect(out.tags).toBe('["a","b"]');
    expect(out.multi).toBe('line1\nline2');
    expect(out.port).toBe('8080');
    expect(JSON.parse(out.json!)).toEqual({
      digest: 'sha256:abc',
      tags: ['a', 'b'],
      multi: 'line1\nline2',
      port: 8080,
    });
  });

  test('env, path and state go to their files and to this process', () => {
    runner.exportVariable('GOROOT', '/opt/go');
    runner.addPath('/opt/go/bin');
    runner.saveState('key', 'v=1');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_ENV!, 'utf8'))).toEqual({ GOROOT: '/opt/go' });
    expect(readFileSync(process.env.GITHUB_PATH!, 'utf8')).toBe('/opt/go/bin\n');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE!, 'utf8'))).toEqual({ key: 'v=1' });
    expect(process.env.PATH!.startsWith('/opt/go/bin:')).toBe(true);
    expect(process.env.GOROOT).toBe('/opt/go');
  });

  test('annotations carry file/line and escape newlines, colons and commas', () => {
    const out = captureStdout(() => {
      runner.error('port 80 != 8080\nsecond line', {
        file: 'k8s/svc.yaml',
        line: 12,
        column: 3,
        title: 'a, b: c',
      });
      runner.warning('plain');
    });
    const { annotations } = parseAnnotations(out);
    expect(annotations).toEqual([
      {
        level: 'error',
        message: 'port 80 != 8080\nsecond line',
        file: 'k8s/svc.yaml',
        line: 12,
        col: 3,
        title: 'a, b: c',
      },
      { level: 'warning', message: 'plain' },
    ]);
  });

  test('a masked secret never appears in our own output, summary or outputs', () => {
    const secret = 's3cr3t-token';
    const out = captureStdout(() => {
      runner.setSecret(secret);
      runner.info(`using ${secret}`);
      runner.error(`bad token ${secret}`);
      runner.appendSummary(`| token | ${secret} |`);
      runner.setOutput('leak', secret);
    });
    const { masks } = parseAnnotations(out);
    expect(masks).toEqual([secret]);
    const withoutMaskCommand = out.replace(`::add-mask::${secret}`, '');
    expect(withoutMaskCommand).not.toContain(secret);
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).not.toContain(secret);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).not.toContain(secret);
  });

  test('summary tables escape pipes and newlines', () => {
    expect(table(['a', 'b'], [['x|y', 'l1\nl2']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | l1<br>l2 |');
  });
});
