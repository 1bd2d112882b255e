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
});
