import { parseRunArgs } from '../../../packages/runner/src/cli';

describe('goship run arguments', () => {
  test('inputs, secrets from env, events', () => {
    const a = parseRunArgs(
      [
        'wf.yml',
        '--input',
        'registry=127.0.0.1:5000',
        '--secret',
        'TOK',
        '--event',
        'tag:v1.2.3',
        '--job',
        'deploy',
      ],
      { TOK: 'from-env' },
    );
    expect(a).toMatchObject({
      workflow: 'wf.yml',
      job: 'deploy',
      inputs: { registry: '127.0.0.1:5000' },
      secrets: { TOK: 'from-env' },
      event: { name: 'tag', tag: 'v1.2.3' },
    });
  });

  test('bad arguments say what was expected', () => {
    expect(() => parseRunArgs(['wf.yml', '--input', 'novalue'])).toThrow(
      /--input novalue: expected NAME=VALUE/,
    );
    expect(() => parseRunArgs(['wf.yml', '--event', 'release'])).toThrow(/expected push, tag:<tag>/);
    expect(() => parseRunArgs(['wf.yml', '--secret', 'NOPE'], {})).toThrow(/no environment variable NOPE/);
    expect(() => parseRunArgs(['wf.yml', '--max-parallel', '0'])).toThrow(/whole number/);
    expect(() => parseRunArgs([])).toThrow(/needs a workflow file/);
    expect(() => parseRunArgs(['wf.yml', '--bogus'])).toThrow(/unknown option --bogus/);
  });
});
