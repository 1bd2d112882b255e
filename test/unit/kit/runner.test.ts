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
  // One step summary file per process, as on the runner (core.summary resolves its path once).
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'kit-summary-')), 'GITHUB_STEP_SUMMARY');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kit-'));
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE']) {
      process.env[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    writeFileSync(summaryFile, '');
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

  test('a masked secret never appears in our own output, summary or outputs', async () => {
    const secret = 's3cr3t-token';
    const out = captureStdout(() => {
      runner.setSecret(secret);
      runner.info(`using ${secret}`);
      runner.error(`bad token ${secret}`);
      runner.setOutput('leak', secret);
    });
    await runner.appendSummary(`| token | ${secret} |`);
    const { masks } = parseAnnotations(out);
    expect(masks).toEqual([secret]);
    const withoutMaskCommand = out.replace(`::add-mask::${secret}`, '');
    expect(withoutMaskCommand).not.toContain(secret);
    expect(withoutMaskCommand).toContain('using ***');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('| token | *** |\n');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8'))).toEqual({ leak: '***' });
  });

  test('values too short to be secrets are not masked (outputs stay intact) and are reported', () => {
    let masked = true;
    const out = captureStdout(() => {
      masked = runner.setSecret('default', { name: "'token' of Secret app/db" });
      runner.setOutput('namespace', 'default');
      runner.setOutput('replicas', '1');
      runner.setSecret('1');
    });
    expect(masked).toBe(false);
    const { annotations, masks } = parseAnnotations(out);
    expect(masks).toEqual([]);
    expect(annotations.map((a) => a.level)).toEqual(['warning', 'warning']);
    expect(annotations[0]!.message).toContain(
      `The secret value 'token' of Secret app/db is shorter than ${runner.MIN_SECRET_LENGTH} characters and is not masked`,
    );
    expect(out).not.toMatch(/default|::add-mask::1/);
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8'))).toEqual({
      namespace: 'default',
      replicas: '1',
    });
    // Exactly the minimum is masked.
    const exact = 'q7#'.repeat(runner.MIN_SECRET_LENGTH).slice(0, runner.MIN_SECRET_LENGTH);
    expect(parseAnnotations(captureStdout(() => runner.setSecret(exact))).masks).toEqual([exact]);
  });

  test('multi-line secrets are masked line by line', () => {
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----';
    const out = captureStdout(() => {
      runner.setSecret(key);
      runner.info(`key: ${key.split('\n')[1]}`);
    });
    expect(parseAnnotations(out).masks).toEqual(key.split('\n'));
    expect(out).toContain('key: ***');
  });

  test("the summary stays under GitHub's 1 MiB per step: cut at a line end with a note, then dropped", async () => {
    const line = `${'x'.repeat(1023)}\n`;
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(chunk)) as unknown as typeof process.stdout.write;
    try {
      await runner.appendSummary(line.repeat(700).trimEnd()); // 700 KiB
      await runner.appendSummary(line.repeat(700).trimEnd()); // does not fit whole
      await runner.appendSummary('dropped');
    } finally {
      process.stdout.write = write;
    }
    const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(runner.SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(runner.SUMMARY_LIMIT_BYTES - 2048);
    expect(summary).toMatch(
      /x\n\n_The rest of this summary was cut: GitHub shows at most 1 MiB per step._\n$/,
    );
    expect(summary).not.toContain('dropped');
    expect(parseAnnotations(out.join('')).annotations).toEqual([
      {
        level: 'warning',
        message: "The job summary reached GitHub's limit of 1 MiB per step; the rest is not shown.",
      },
    ]);
  });

  test('summary tables escape pipes and newlines', () => {
    expect(table(['a', 'b'], [['x|y', 'l1\nl2']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | l1<br>l2 |');
  });
});
