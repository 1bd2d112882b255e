import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mapLimit } from '@goship/kit';
import {
  type BuildContext,
  checkInjections,
  findOverwrites,
  findOverwritten,
  importNames,
  overwriteError,
  parseTarget,
  scanProgram,
} from '../../../../packages/go/src/index.js';

const run = promisify(execFile);

/*
 * Real Go programs, each built with -X and run: what the program prints first is what it saw of the
 * -X value (the oracle), and the detector must report an overwrite exactly when that is not 9999.
 */
const MODULE = 'example.com/ow';
const header = (imports: string[]) =>
  `package main\n\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n\nvar port = "8080"\n\n`;

interface Case {
  name: string;
  src: string;
  /** -X variable (default main.port). */
  x?: string;
  /** Expected reports: kind and the start of the overwriting line (in main.go, or the file named). */
  expected: { kind: 'flag' | 'init' | 'main'; at: string }[];
}

const CASES: Case[] = [
  {
    name: 'flagdefault',
    src: `${header(['flag', 'fmt'])}func main() {\n\tflag.StringVar(&port, "port", "8080", "listen port")\n\tflag.Parse()\n\tfmt.Println(port)\n}\n`,
    expected: [{ kind: 'flag', at: '\tflag.StringVar(&port' }],
  },
  {
    name: 'flagkeeps',
    src: `${header(['flag', 'fmt'])}func main() {\n\tflag.StringVar(&port, "port", port, "listen port")\n\tflag.Parse()\n\tfmt.Println(port)\n}\n`,
    expected: [],
  },
  {
    name: 'flagset',
    src: `${header(['flag', 'fmt', 'os'])}func main() {\n\tfs := flag.NewFlagSet("x", flag.ContinueOnError)\n\tfs.StringVar(\n\t\t&port,\n\t\t"port", os.Getenv("NOPE_PORT"), "p")\n\t_ = fs.Parse(nil)\n\tfmt.Println(port)\n}\n`,
    expected: [{ kind: 'flag', at: '\tfs.StringVar(' }],
  },
  {
    name: 'initassign',
    src: `${header(['fmt'])}var other string\n\nfunc init() {\n\tport, other = "9090", "x"\n}\n\nfunc main() {\n\tfmt.Println(port, other)\n}\n`,
    expected: [{ kind: 'init', at: '\tport, other =' }],
  },
  {
    name: 'mainassign',
    src: `${header(['fmt', 'os'])}func main() {\n\tport = os.Getenv("NOPE_PORT")\n\tfmt.Println(port)\n}\n`,
    expected: [{ kind: 'main', at: '\tport = os.Getenv' }],
  },
  {
    name: 'envoverride',
    src: `${header(['fmt', 'os'])}func main() {\n\tif p := os.Getenv("NOPE_PORT"); p != "" {\n\t\tport = p\n\t}\n\tfmt.Println(port)\n}\n`,
    expected: [],
  },
  {
    name: 'seenfirst',
    src: `${header(['fmt'])}func main() {\n\tfmt.Println(port)\n\tport = "1"\n\tfmt.Println(port)\n}\n`,
    expected: [],
  },
  {
    name: 'selfderived',
    src: `${header(['fmt', 'strings'])}func main() {\n\tport = strings.TrimSpace(port)\n\tfmt.Println(port)\n}\n`,
    expected: [],
  },
  {
    name: 'shadowed',
    src: `${header(['flag', 'fmt'])}func other(fs *flag.FlagSet) {\n\tvar port string\n\tfs.StringVar(&port, "p", "1", "")\n}\n\nfunc init() {\n\tport := "1"\n\t_ = port\n}\n\nfunc main() {\n\tfmt.Println(port)\n\tother(flag.NewFlagSet("x", flag.ContinueOnError))\n}\n`,
    expected: [],
  },
  {
    name: 'qualified',
    src: `package main\n\nimport (\n\t"fmt"\n\n\tcfg "${MODULE}/internal/plain"\n)\n\nfunc main() {\n\tcfg.Port = "1"\n\tfmt.Println(cfg.Port)\n}\n`,
    x: `${MODULE}/internal/plain.Port`,
    expected: [{ kind: 'main', at: '\tcfg.Port = "1"' }],
  },
  {
    name: 'qualifiedinit',
    src: `package main\n\nimport (\n\t"fmt"\n\n\t"${MODULE}/internal/config"\n)\n\nfunc main() {\n\tfmt.Println(config.Port)\n}\n`,
    x: `${MODULE}/internal/config.Port`,
    // The overwrite sits in internal/config/config.go.
    expected: [{ kind: 'init', at: '\tPort = "7070"' }],
  },
];

const CONFIG_GO = 'package config\n\nvar Port = "8080"\n\nfunc init() {\n\tPort = "7070"\n}\n';

let moduleDir: string;
const observed = new Map<string, string>();

beforeAll(async () => {
  moduleDir = mkdtempSync(join(tmpdir(), 'goship-overwrites-'));
  writeFileSync(join(moduleDir, 'go.mod'), `module ${MODULE}\n\ngo 1.21\n`);
  mkdirSync(join(moduleDir, 'internal/config'), { recursive: true });
  writeFileSync(join(moduleDir, 'internal/config/config.go'), CONFIG_GO);
  for (const c of CASES) {
    mkdirSync(join(moduleDir, 'cmd', c.name), { recursive: true });
    writeFileSync(join(moduleDir, 'cmd', c.name, 'main.go'), c.src);
  }
  mkdirSync(join(moduleDir, 'internal/plain'), { recursive: true });
  writeFileSync(join(moduleDir, 'internal/plain/plain.go'), 'package plain\n\nvar Port = "8080"\n');
  // Build and run every program: what it prints first is what it saw of the -X value.
  await mapLimit(CASES, 2, async (c) => {
    const bin = join(moduleDir, 'bin', c.name);
    await run('go', ['build', '-o', bin, `-ldflags=-X ${c.x ?? 'main.port'}=9999`, `./cmd/${c.name}`], {
      cwd: moduleDir,
      env: { ...process.env, GOFLAGS: '' },
    });
    const { stdout } = await run(bin, [], { env: { PATH: process.env.PATH } });
    observed.set(c.name, stdout.split('\n')[0]!.split(' ')[0]!);
  });
}, 240_000);

const ctx: BuildContext = (() => {
  const t = parseTarget(`linux/${process.arch === 'arm64' ? 'arm64' : 'amd64'}`);
  return { goos: t.os, goarch: t.arch, cgo: false, tags: new Set(), goMinor: 21, env: t.env };
})();

describe('findOverwritten agrees with what the built program prints', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const program = scanProgram(join(moduleDir, 'cmd', c.name), { path: MODULE, root: moduleDir }, ctx)!;
    expect(program).toBeDefined();
    const x = c.x ?? 'main.port';
    const check = checkInjections(
      program,
      [{ name: x, value: '9999', origin: 'x', input: 'x' }],
      'linux/amd64',
    );
    expect(check.errors).toEqual([]);
    const found = findOverwritten(program, check.accepted);
    // The oracle: the program saw something other than 9999 exactly when an overwrite is reported.
    expect(found.length > 0).toBe(observed.get(c.name) !== '9999');
    const file = c.name === 'qualifiedinit' ? 'internal/config/config.go' : `cmd/${c.name}/main.go`;
    const text = c.name === 'qualifiedinit' ? CONFIG_GO : c.src;
    const lineOf = (at: string) => text.split('\n').findIndex((l) => l.startsWith(at)) + 1;
    expect(found.map((f) => ({ kind: f.overwrite.kind, line: f.overwrite.line, file: f.file }))).toEqual(
      c.expected.map((e) => ({ kind: e.kind, line: lineOf(e.at), file: join(moduleDir, file) })),
    );
    for (const e of c.expected) expect(lineOf(e.at)).toBeGreaterThan(0);
  });
});

describe('findOverwrites on source text', () => {
  test('pflag StringVarP, a method receiver chain, and the code shown', () => {
    const src = `package main\n\nvar port = "8080"\n\nfunc main() {\n\tcmd.Flags().StringVarP(&port, "port", "p", "8080", "listen port")\n\tflag.StringVar(&port, "port", "80" + "80", "a long usage text that goes on and on and on")\n}\n`;
    const found = findOverwrites(src, { ident: 'port' }, true);
    expect(found.map((f) => [f.line, f.code])).toEqual([
      [6, '….StringVarP(&port, "port", "p", "8080", "listen port")'],
      [7, 'flag.StringVar(&port, "port", "80" + "80", "a long usage text that goes …)'],
    ]);
  });

  test('func main of a package other than main, a method named init, and a body in a string', () => {
    const src = `package lib\n\nvar port = "8080"\n\ntype T struct{}\n\nfunc (T) init() { port = "1" }\n\nfunc main() {\n\tport = "1"\n}\n\nvar s = \`flag.StringVar(&port, "p", "1", "")\`\n`;
    expect(findOverwrites(src, { ident: 'port' }, false)).toEqual([]);
    expect(findOverwrites(src, { ident: 'port' }, true).map((f) => f.kind)).toEqual(['main']);
  });

  test('import names: alias, last element, major version suffix', () => {
    const src = 'package main\n\nimport (\n\tx "a/b/c"\n\t"d/e"\n\t"f/g/v2"\n)\nimport "h"\n';
    expect([...importNames(src)]).toEqual([
      ['a/b/c', 'x'],
      ['d/e', 'e'],
      ['f/g/v2', 'g'],
      ['h', 'h'],
    ]);
  });
});

describe('the message for an overwritten port offers only what the action has', () => {
  const overwritten = () => {
    const program = scanProgram(
      join(moduleDir, 'cmd', 'flagdefault'),
      { path: MODULE, root: moduleDir },
      ctx,
    )!;
    const check = checkInjections(
      program,
      [{ name: 'main.port', value: '9999', origin: 'auto-explicit', input: 'port-var' }],
      'linux/amd64',
    );
    return findOverwritten(program, check.accepted)[0]!;
  };

  test('go-build-ldflags: overwritten-x, and port-var: none', () => {
    const err = overwriteError(overwritten(), 'linux/amd64', 'main.go', 'error', { isPort: true });
    expect(err.message).toContain('(set overwritten-x: warn to build anyway)');
    expect(err.hint).toContain('port-var: none');
    expect(err.hint).not.toContain('port-env');
  });

  test('the one-step action (no overwritten-x input): port-var: none with port-env or args', () => {
    const err = overwriteError(overwritten(), 'linux/amd64', 'main.go', 'error', {
      isPort: true,
      chained: true,
    });
    expect(err.message).not.toContain('overwritten-x');
    expect(err.message).toContain('(set port-var: none to build without it)');
    expect(err.hint).toContain(
      'port-env naming the variable it reads or args passing the port (e.g. --port=$(PORT))',
    );
  });
});
