import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHeader, scanGoFile, tokenize } from '../../../../packages/go/src/index.js';
import { repoRoot } from '../../../harness/run-action.js';

const decls = (src: string) =>
  scanGoFile(src).declarations.map(
    (d) => `${d.kind} ${d.name}${d.kind === 'var' ? `:${d.isString}` : ''}@${d.line}`,
  );

describe('scanGoFile', () => {
  test('the example service: version, commit, date, port are string vars', () => {
    const info = scanGoFile(readFileSync(join(repoRoot, 'examples/hello/main.go'), 'utf8'));
    expect(info.packageName).toBe('main');
    expect(info.imports).toContain('net/http');
    const vars = info.declarations.filter((d) => d.kind === 'var');
    expect(vars.map((d) => [d.name, d.isString])).toEqual([
      ['version', 'yes'],
      ['commit', 'yes'],
      ['date', 'yes'],
      ['port', 'yes'],
    ]);
    expect(info.declarations.filter((d) => d.kind === 'func').map((d) => d.name)).toEqual([
      'listenPort',
      'setupTracing',
      'main',
    ]);
  });

  test('declarations are found by structure, not text in comments, strings or bodies', () => {
    const src = [
      'package p', // 1
      '', // 2
      '// var fake string', // 3
      '/* var fake2 string', // 4
      '   */', // 5
      'import (', // 6
      '\t"fmt"', // 7
      '\tstr "strings"', // 8
      ')', // 9
      '', // 10
      'var raw = `var inRaw string', // 11
      'still raw`', // 12
      'var a, b string', // 13
      'var c, d = "x", 1', // 14
      'var (', // 15
      '\te = "y" + "z"', // 16
      '\tf int = 3', // 17
      '\tg = fmt.Sprint(1)', // 18
      '\th []string', // 19
      '\t_ = str.ToUpper', // 20
      '\ti, j = compute()', // 21
      ')', // 22
      'const k = "konst"', // 23
      'const (', // 24
      '\tl Level = iota', // 25
      '\tm', // 26
      ')', // 27
      'type Level int', // 28
      'type (', // 29
      '\tPair[T any] struct{ a, b T }', // 30
      ')', // 31
      'func (l Level) String() string { var inMethod string; return inMethod }', // 32
      'func Generic[T any](v T) T {', // 33
      '\tvar inFunc = "no"', // 34
      "\t_ = '\"'", // 35
      '\treturn v', // 36
      '}', // 37
      "var r rune = '\\''", // 38
      'var n = 1e-9', // 39
      'var last string', // 40
    ].join('\n');
    expect(decls(src)).toEqual([
      'var raw:yes@11',
      'var a:yes@13',
      'var b:yes@13',
      'var c:yes@14',
      'var d:unknown@14',
      'var e:yes@16',
      'var f:no@17',
      'var g:unknown@18',
      'var h:no@19',
      'var i:unknown@21',
      'var j:unknown@21',
      'const k@23',
      'const l@25',
      'const m@26',
      'type Level@28',
      'type Pair@30',
      'func Generic@33',
      'var r:no@38',
      'var n:unknown@39',
      'var last:yes@40',
    ]);
    expect(scanGoFile(src).imports).toEqual(['fmt', 'strings']);
  });

  test('cgo and build constraints in the header only', () => {
    const src =
      '// Copyright\n\n//go:build linux && !cgo\n// +build linux,!cgo\n\npackage x\n\nimport "C"\n\n//go:build ignore\n';
    const info = scanGoFile(src);
    expect(info.constraint).toBe('linux && !cgo');
    expect(info.usesCgo).toBe(true);
    expect(readHeader('// +build windows\n\npackage x\n').plusBuild).toEqual(['windows']);
  });

  test('automatic semicolons follow the spec', () => {
    const kinds = tokenize('x := f(\n\ta,\n)\nreturn\n').map((t) => (t.kind === ';' ? ';' : t.text));
    expect(kinds).toEqual(['x', ':=', 'f', '(', 'a', ',', ')', ';', 'return', ';']);
  });

  test('unterminated literals are reported with their line', () => {
    expect(() => tokenize('package p\nvar s = "oops\n')).toThrow(/line 2/);
    expect(() => tokenize('package p\n/* never closed')).toThrow(/comment not terminated/);
  });
});

describe('against go/parser', () => {
  // The oracle is the real Go parser (testdata/decls.go) over a few hundred real files of the standard
  // library: every package-level declaration, its line, and the string-ness rule must agree.
  test('standard library packages and the fixtures', () => {
    const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
    const dirs = [
      'net/http',
      'fmt',
      'os',
      'go/build',
      'runtime',
      'time',
      'strconv',
      'syscall',
      'crypto/tls',
      'cmd/go/internal/load',
    ].map((d) => join(goroot, 'src', d));
    const files = [
      ...dirs.flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.go'))
          .map((f) => join(d, f)),
      ),
      join(repoRoot, 'examples/hello/main.go'),
      join(repoRoot, 'test/fixtures/nested-vars/internal/build/build.go'),
    ];
    const oracle = JSON.parse(
      execFileSync('go', ['run', join(repoRoot, 'test/unit/go/compile/testdata/decls.go')], {
        input: files.join('\n'),
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    ) as {
      path: string;
      package: string;
      imports: string[];
      decls: { name: string; kind: string; line: number; isString?: string }[];
    }[];
    expect(oracle.length).toBeGreaterThan(500);
    for (const want of oracle) {
      const got = scanGoFile(readFileSync(want.path, 'utf8'));
      const shape = {
        path: want.path,
        package: got.packageName,
        imports: got.imports,
        decls: got.declarations.map((d) => ({
          name: d.name,
          kind: d.kind,
          line: d.line,
          ...(d.kind === 'var' ? { isString: d.isString } : {}),
        })),
      };
      expect(shape).toEqual(want);
    }
  }, 120_000);
});
