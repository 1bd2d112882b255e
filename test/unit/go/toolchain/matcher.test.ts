/*
 * The Go problem matcher (actions/setup-go/matchers.json) applied the way the runner applies it — the regexp to
 * each output line — to output from the real go command: compile errors, vet findings and test failures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const matchers = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../actions/setup-go/matchers.json'), 'utf8'),
);
const pattern = matchers.problemMatcher[0].pattern[0];
const regexp = new RegExp(pattern.regexp);

function annotations(output: string) {
  return output.split('\n').flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    return [
      {
        file: m[pattern.file],
        line: Number(m[pattern.line]),
        column: m[pattern.column] ? Number(m[pattern.column]) : undefined,
        message: m[pattern.message],
      },
    ];
  });
}

const mod = mkdtempSync(join(tmpdir(), 'goship-matcher-'));
writeFileSync(join(mod, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
mkdirSync(join(mod, 'cmd/tool'), { recursive: true });
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' };
const go = (args: string[]) => {
  const r = spawnSync('go', args, { cwd: mod, env, encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
};

describe('Go problem matcher', () => {
  test('is one owner with file, line, column and message groups', () => {
    expect(matchers.problemMatcher).toHaveLength(1);
    expect(pattern).toMatchObject({ file: 1, line: 2, column: 3, message: 4 });
    expect(execFileSync('go', ['version'], { encoding: 'utf8' })).toMatch(/^go version go/);
  });

  test('compile errors from go build become file:line:column annotations', () => {
    writeFileSync(join(mod, 'main.go'), 'package main\n\nfunc main() {\n\tundefinedThing()\n}\n');
    writeFileSync(join(mod, 'cmd/tool/tool.go'), 'package main\n\nfunc main() {\n\tvar x int = "s"\n}\n');
    const out = go(['build', './...']);
    expect(annotations(out)).toEqual(
      expect.arrayContaining([
        { file: 'main.go', line: 4, column: 2, message: 'undefined: undefinedThing' },
        { file: 'cmd/tool/tool.go', line: 4, column: 14, message: expect.stringContaining('cannot use "s"') },
      ]),
    );
    // The "# example.com/m" package headers are not problems.
    expect(annotations(out).every((a) => a.file.endsWith('.go'))).toBe(true);
  });

  test('go vet findings', () => {
    writeFileSync(
      join(mod, 'main.go'),
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "text")\n}\n',
    );
    writeFileSync(join(mod, 'cmd/tool/tool.go'), 'package main\n\nfunc main() {}\n');
    const out = go(['vet', './...']);
    expect(annotations(out)).toEqual([
      {
        file: 'main.go',
        line: 6,
        column: expect.any(Number),
        message: expect.stringContaining('fmt.Printf format %d has arg "text" of wrong type string'),
      },
    ]);
  });

  test('go test failures (file:line without a column), but not panic stack frames', () => {
    writeFileSync(join(mod, 'main.go'), 'package main\n\nfunc main() {}\n\nfunc crash() { panic("boom") }\n');
    writeFileSync(
      join(mod, 'main_test.go'),
      'package main\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif 1+1 != 3 {\n\t\tt.Errorf("1+1 = %d, want 3", 1+1)\n\t}\n}\n\nfunc TestCrash(t *testing.T) { crash() }\n',
    );
    const out = go(['test', '.']);
    expect(out).toContain('panic: boom');
    expect(annotations(out)).toEqual([
      { file: 'main_test.go', line: 7, column: undefined, message: '1+1 = 2, want 3' },
    ]);
  });
});
