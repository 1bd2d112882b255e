import { Masker, parseFileCommands, parseWorkflowCommand } from '@goship/runner';

describe('the runner side of the action protocol', () => {
  test('file commands: name=value and heredocs (as @actions/core writes them)', () => {
    const text = 'a=1\nmulti<<ghadelimiter_123\nline 1\nline=2\nghadelimiter_123\nb=x=y\n';
    expect(parseFileCommands(text)).toEqual({ a: '1', multi: 'line 1\nline=2', b: 'x=y' });
    expect(() => parseFileCommands('x<<EOF\nno end\n', 'GITHUB_OUTPUT')).toThrow(
      /GITHUB_OUTPUT: no closing 'EOF'/,
    );
    expect(() => parseFileCommands('garbage\n', 'GITHUB_ENV')).toThrow(/GITHUB_ENV: line 1/);
  });

  test('workflow commands: annotations with properties, masks, groups', () => {
    expect(parseWorkflowCommand('::error file=go.mod,line=3,col=1,title=T::bad%0Aworse')).toEqual({
      kind: 'annotation',
      annotation: { level: 'error', message: 'bad\nworse', file: 'go.mod', line: 3, col: 1, title: 'T' },
    });
    expect(parseWorkflowCommand('::add-mask::s3cret')).toEqual({ kind: 'mask', value: 's3cret' });
    expect(parseWorkflowCommand('::group::Build')).toEqual({ kind: 'group', title: 'Build' });
    expect(parseWorkflowCommand('plain line')).toBeUndefined();
    expect(parseWorkflowCommand('::unknown::x')).toBeUndefined();
  });

  test('masking: whole value, each line of a multi-line one, longest first', () => {
    const m = new Masker();
    m.add('abc');
    m.add('abcdef');
    m.add('line-one\nline-two');
    expect(m.mask('x abcdef y abc line-two')).toBe('x *** y *** ***');
  });

  test('masking: overlapping secrets are masked whole (occurrences merged, as the runner does)', () => {
    const m = new Masker();
    m.add('abcd');
    m.add('cdef');
    expect(m.mask('x abcdef y')).toBe('x *** y');
    expect(m.mask('abcdcdef')).toBe('***');
  });

  const b64 = (s: string) => Buffer.from(s).toString('base64');

  test('masking: the secret base64-encoded at any of the 3 byte offsets, with whatever around it', () => {
    const secret = 'p@ss"word\nsecond-line';
    const m = new Masker();
    m.add(secret);
    // The aligned encoding, without the last character (it also holds bits of what follows): ADR 0297.
    const simple = new Masker();
    simple.add('secret!');
    expect(simple.mask(b64('secret!\n'))).toBe('***Qo=');
    expect(simple.mask(b64('secret!'))).toBe('***');
    for (const prefix of ['', 'u', 'us', 'user:', 'Authorization: Basic '])
      for (const suffix of ['', '\n', '!!', 'x']) {
        const encoded = b64(`${prefix}${secret}${suffix}`);
        const masked = m.mask(encoded);
        expect(masked.split('***')).toHaveLength(2);
        // Hidden: every character of the secret's but those of at most 2 bytes at each edge.
        const hidden = encoded.length - (masked.length - 3);
        expect(hidden).toBeGreaterThanOrEqual(Math.floor(((Buffer.byteLength(secret) - 4) * 4) / 3));
      }
  });

  test('masking: the JSON-string-escaped and URL-encoded forms of a secret', () => {
    const secret = 'p@ss"word\nsecond/line';
    const m = new Masker();
    m.add(secret);
    // Each line alone is masked too, so without the escaped form only the second line would be.
    expect(m.mask(`{"password":${JSON.stringify(secret)}}`)).toBe('{"password":"***"}');
    expect(m.mask(`https://x/?p=${encodeURIComponent(secret)}&q=1`)).toBe('https://x/?p=***&q=1');
  });

  test('masking: any non-blank value, however short (as before); no short encoded fragments', () => {
    const m = new Masker();
    m.add(' ');
    m.add('');
    m.add('k');
    expect(m.mask('a k b')).toBe('a *** b');
    expect(m.mask('  ')).toBe('  ');
    // base64 of the 1-byte secret at an offset would be a single character: not masked.
    expect(m.mask('YWJj aw')).toBe('YWJj aw');
  });
});
