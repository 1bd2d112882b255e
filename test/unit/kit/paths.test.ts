import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confinedPath, InputError } from '@goship/kit';

describe('confinedPath', () => {
  const ws = mkdtempSync(join(tmpdir(), 'goship-confine-'));
  const outside = mkdtempSync(join(tmpdir(), 'goship-outside-'));
  mkdirSync(join(ws, 'sub'));
  symlinkSync(outside, join(ws, 'escape'));
  symlinkSync(join(ws, 'sub'), join(ws, 'fine'));
  const o = { input: 'go-version-file', expected: 'a file of the repository' };

  it('resolves a relative path inside the root, existing or not', () => {
    expect(confinedPath('sub/go.mod', ws, o)).toBe(join(ws, 'sub/go.mod'));
    expect(confinedPath('dist/a/b', ws, o)).toBe(join(ws, 'dist/a/b'));
    expect(confinedPath('fine/x', ws, o)).toBe(join(ws, 'fine/x'));
    expect(confinedPath('sub/../go.mod', ws, o)).toBe(join(ws, 'go.mod'));
  });

  it('takes an absolute path as given', () => {
    expect(confinedPath('/etc/passwd', ws, o)).toBe('/etc/passwd');
  });

  it.each([
    [
      '../x',
      /Input 'go-version-file': '\.\.\/x' is outside the workspace \(.*\)\. Expected a file of the repository/,
    ],
    ['sub/../../x', /'sub\/\.\.\/\.\.\/x' is outside the workspace/],
    [
      'escape/go.mod',
      /'escape\/go\.mod' reaches escape, a link to .*goship-outside-.*, outside the workspace/,
    ],
    ['escape/not/yet/written', /reaches escape, a link to/],
  ])('refuses %s, naming the input', (given, message) => {
    const run = () => confinedPath(given, ws, o);
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });

  it('names another root and shows what the user wrote', () => {
    expect(() =>
      confinedPath('../../x', join(ws, 'sub'), { ...o, rootName: 'the context', shownAs: '{name}/../../x' }),
    ).toThrow("'{name}/../../x' is outside the context");
  });
});

describe('confinedPath with a root that does not exist yet', () => {
  it('judges the path by its name only', () => {
    expect(confinedPath('dist/x', '/nonexistent/ws', { input: 'output', expected: 'e' })).toBe(
      '/nonexistent/ws/dist/x',
    );
    expect(() => confinedPath('../x', '/nonexistent/ws', { input: 'output', expected: 'e' })).toThrow(
      "'../x' is outside the workspace (/nonexistent/ws)",
    );
  });
});
