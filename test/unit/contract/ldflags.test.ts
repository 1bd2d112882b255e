import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  composeLdflags,
  findInjections,
  joinLdflags,
  LdflagsQuotingError,
  ldflagsBuildArg,
  parseXName,
  quoteLdflagsArg,
  shellQuote,
  splitLdflags,
} from '@goship/contract';

// Values users put in -X that must survive the go command's splitting unchanged.
const TRICKY = [
  'plain',
  'with space',
  'tab\there',
  "it's",
  'say "hi"',
  'it\'s "quoted"', // both quote kinds, with a space: not representable
  'a=b=c',
  '$HOME and ${PATH}',
  "'leading single",
  '"leading double',
  'a\'b"c', // both kinds, no whitespace: representable unquoted
  '',
  'ünïcödé ✓',
  'back\\slash',
];

describe('splitLdflags (port of cmd/internal/quoted.Split)', () => {
  test.each([
    ['-s -w', ['-s', '-w']],
    ['  -s\t-w\n', ['-s', '-w']],
    ["-X 'main.v=a b'", ['-X', 'main.v=a b']],
    ['-X "main.v=it\'s"', ['-X', "main.v=it's"]],
    ["-X main.v='a b'", ['-X', "main.v='a", "b'"]], // quotes only count at the start of a field
    ["'a''b'", ['a', 'b']], // a closing quote ends the field
    ["''", ['']],
    ['', []],
  ])('%j', (input, expected) => {
    expect(splitLdflags(input)).toEqual(expected);
  });

  test('an unterminated quote is an error', () => {
    expect(() => splitLdflags("-X 'main.v=oops")).toThrow(/unterminated ' string/);
    expect(() => splitLdflags('-X "main.v=oops')).toThrow(LdflagsQuotingError);
  });
});

describe('quoteLdflagsArg', () => {
  test.each(TRICKY.filter((v) => v !== 'it\'s "quoted"'))('round-trips %j', (value) => {
    const arg = `main.v=${value}`;
    expect(splitLdflags(quoteLdflagsArg(arg))).toEqual([arg]);
    expect(splitLdflags(quoteLdflagsArg(value))).toEqual([value]);
  });

  test('leaves arguments that need nothing alone', () => {
    expect(quoteLdflagsArg('main.v=1.2.3')).toBe('main.v=1.2.3');
    expect(quoteLdflagsArg('main.v=a\'b"c')).toBe('main.v=a\'b"c');
    expect(quoteLdflagsArg('main.v=a b')).toBe("'main.v=a b'");
    expect(quoteLdflagsArg("main.v=it's a")).toBe('"main.v=it\'s a"');
  });

  test('rejects what the go command cannot read back', () => {
    expect(() => quoteLdflagsArg('main.v=it\'s "x"')).toThrow(/both a single quote .* and a double quote/);
    expect(() => quoteLdflagsArg('"\'')).toThrow(LdflagsQuotingError);
    expect(() => quoteLdflagsArg('a\0b')).toThrow(/NUL/);
  });

  test('joinLdflags is the inverse of splitLdflags', () => {
    const args = ['-s', '-w', '-X', 'main.a=x y', '-X', "main.b=it's", '-X', 'main.c='];
    expect(splitLdflags(joinLdflags(args))).toEqual(args);
  });
});

describe('parseXName', () => {
  test.each([
    ['main.version', { pkg: 'main', ident: 'version' }],
    [
      'github.com/acme/app/internal/build.Commit',
      { pkg: 'github.com/acme/app/internal/build', ident: 'Commit' },
    ],
    ['example.com/m/v2.Version', { pkg: 'example.com/m/v2', ident: 'Version' }],
    ['main._x9', { pkg: 'main', ident: '_x9' }],
    ['main.versión', { pkg: 'main', ident: 'versión' }],
  ])('%s', (name, expected) => expect(parseXName(name)).toEqual(expected));

  test.each([
    'version',
    'main.',
    '.version',
    'main.9lives',
    'main.ver-sion',
    'main.a b',
    'a//b.c',
    '/abs.x',
    'main.v=1',
  ])('rejects %j', (name) => expect(parseXName(name)).toBeUndefined());
});

describe('composeLdflags', () => {
  test('reproducible defaults, injections in order, extra flags last', () => {
    const c = composeLdflags({
      inject: [
        { name: 'main.version', value: '1.2.3' },
        { name: 'main.msg', value: 'hello world' },
      ],
      extra: "-extldflags '-static -v' -X main.version=override",
    });
    expect(c.ldflags).toBe(
      "-s -w -buildid= -X main.version=1.2.3 -X 'main.msg=hello world' -extldflags '-static -v' -X main.version=override",
    );
    expect(c.args).toEqual(splitLdflags(c.ldflags));
    // The linker keeps the last -X per name, and so does the report.
    expect(c.injected).toEqual({ 'main.version': 'override', 'main.msg': 'hello world' });
  });

  test('strip and build id can be turned off', () => {
    expect(
      composeLdflags({ strip: false, emptyBuildId: false, inject: [{ name: 'main.p', value: '80' }] })
        .ldflags,
    ).toBe('-X main.p=80');
    expect(composeLdflags({ strip: false, emptyBuildId: false }).ldflags).toBe('');
  });

  test('rejects unrepresentable values, bad names, broken or pattern-form extra flags', () => {
    expect(() => composeLdflags({ inject: [{ name: 'main.v', value: `it's "x"` }] })).toThrow(
      LdflagsQuotingError,
    );
    expect(() => composeLdflags({ inject: [{ name: 'version', value: '1' }] })).toThrow(
      /not an import path, a dot/,
    );
    expect(() => composeLdflags({ extra: "-X 'main.v=1" })).toThrow(/unterminated/);
    expect(() => composeLdflags({ extra: 'all=-s' })).toThrow(/pattern/);
    expect(() => composeLdflags({ strip: false, emptyBuildId: false, extra: "'-extldflags=-a b'" })).toThrow(
      /start with '/,
    );
  });

  test('findInjections understands every spelling the linker flag parser accepts', () => {
    expect(findInjections(['-X', 'a.b=1', '-X=c.d=2=3', '--X', 'e.f=', '-s'])).toEqual([
      { name: 'a.b', value: '1' },
      { name: 'c.d', value: '2=3' },
      { name: 'e.f', value: '' },
    ]);
  });
});

describe('shell and Dockerfile helpers', () => {
  test('shellQuote survives a real sh', () => {
    for (const v of TRICKY) {
      const out = execFileSync('sh', ['-c', `printf %s ${shellQuote(v)}`], { encoding: 'utf8' });
      expect(out).toBe(v);
    }
  });

  test('ldflagsBuildArg expands intact through a double-quoted build argument in sh', () => {
    const { ldflags } = composeLdflags({ inject: [{ name: 'main.v', value: "$HOME it's" }] });
    const b = ldflagsBuildArg(ldflags);
    expect(b.argv).toEqual(['--build-arg', `GOSHIP_LDFLAGS=${ldflags}`]);
    const out = execFileSync('sh', ['-c', `printf %s ${b.goBuildFlag}`], {
      encoding: 'utf8',
      env: { GOSHIP_LDFLAGS: ldflags },
    });
    expect(out).toBe(`-ldflags=${ldflags}`);
    expect(() => ldflagsBuildArg(ldflags, 'bad name')).toThrow();
  });
});

describe('against the real go command', () => {
  // The oracle is cmd/go + cmd/link: every representable value is read back from a built program.
  test('every representable value reaches the program unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-ldflags-'));
    const values = TRICKY.filter((v) => v !== 'it\'s "quoted"');
    const vars = values.map((_, i) => `v${i}`);
    writeFileSync(join(dir, 'go.mod'), 'module example.com/ldq\n\ngo 1.22\n');
    writeFileSync(
      join(dir, 'main.go'),
      `package main\n\nimport "fmt"\n\nvar (\n${vars.map((v) => `\t${v} string\n`).join('')})\n\nfunc main() {\n${vars
        .map((v) => `\tfmt.Printf("%q\\n", ${v})\n`)
        .join('')}}\n`,
    );
    const { ldflags } = composeLdflags({ inject: values.map((value, i) => ({ name: `main.v${i}`, value })) });
    const bin = join(dir, 'ldq');
    execFileSync('go', ['build', `-ldflags=${ldflags}`, '-o', bin, '.'], { cwd: dir, stdio: 'pipe' });
    const printed = execFileSync(bin, { encoding: 'utf8' }).trimEnd().split('\n');
    // %q output of Go is valid JSON for these strings.
    expect(printed.map((l) => JSON.parse(l))).toEqual(values);
  }, 120_000);
});
