import { InputError, Inputs, objectInputs, parseDuration } from '@goship/kit';

const inputs = (values: Record<string, string>) => new Inputs(objectInputs(values));

describe('Inputs', () => {
  test('port accepts 1..65535 and names the input otherwise', () => {
    expect(inputs({ port: '8080' }).port('port')).toBe(8080);
    expect(inputs({}).port('port', 80)).toBe(80);
    for (const bad of ['0', '70000', '80a', '-1', '8.5']) {
      expect(() => inputs({ port: bad }).port('port')).toThrow(InputError);
      expect(() => inputs({ port: bad }).port('port')).toThrow(/Input 'port'.*1 to 65535/);
    }
  });

  test('booleans follow the YAML 1.2 core schema', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(inputs({ b: t }).boolean('b')).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(inputs({ b: f }).boolean('b', true)).toBe(false);
    expect(inputs({}).boolean('b', true)).toBe(true);
    expect(() => inputs({ b: 'yes' }).boolean('b')).toThrow(/Input 'b': 'yes' is not a boolean/);
  });

  test('durations', () => {
    expect(parseDuration('t', '90s')).toBe(90_000);
    expect(parseDuration('t', '5m')).toBe(300_000);
    expect(parseDuration('t', '1h30m')).toBe(5_400_000);
    expect(parseDuration('t', '250ms')).toBe(250);
    expect(parseDuration('t', '2')).toBe(2000);
    for (const bad of ['5 minutes', 'm', '1x', ''])
      expect(() => parseDuration('timeout', bad)).toThrow(/Input 'timeout'/);
  });

  test('lists split on newlines and commas, dropping blanks and comments', () => {
    expect(inputs({ l: 'a, b\n# note\nc,\n\n d ' }).list('l')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('key=value maps keep the value verbatim after the first =', () => {
    const m = inputs({ x: 'main.version=1.2.3\nmain.msg=a = b, c $HOME "q"' }).keyValues('x');
    expect([...m]).toEqual([
      ['main.version', '1.2.3'],
      ['main.msg', 'a = b, c $HOME "q"'],
    ]);
    expect(() => inputs({ x: 'novalue' }).keyValues('x')).toThrow(/Input 'x': entry 'novalue' has no key/);
    expect(() => inputs({ x: 'a=1\na=2' }).keyValues('x')).toThrow(/given twice/);
    expect(() => inputs({ x: 'a b=1' }).keyValues('x', { keyPattern: /^\w+$/, keyForm: 'a word' })).toThrow(
      /key 'a b' is not valid. Expected a word/,
    );
  });

  test('enum and required', () => {
    expect(inputs({ m: 'assemble' }).enum('m', ['assemble', 'dockerfile'] as const)).toBe('assemble');
    expect(() => inputs({ m: 'x' }).enum('m', ['assemble', 'dockerfile'] as const)).toThrow(
      /one of assemble, dockerfile/,
    );
    expect(() => inputs({}).string('image', { required: true })).toThrow(/Input 'image': is required/);
  });
});
