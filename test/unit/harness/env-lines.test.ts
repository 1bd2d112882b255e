/*
 * An infra `up`'s KEY=VALUE lines are sourced by bash (scripts/example.sh) and read by the harness
 * (test/harness/infra.ts): every line shape is sourced by the real bash here and the two readings compared.
 * The printing function is test/infra/lib.sh's infra_print_var, run in isolation (no `up` is started).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnvLines } from '../../harness/env-lines.js';
import { repoRoot } from '../../harness/run-action.js';

const lib = join(repoRoot, 'test/infra/lib.sh');
const dir = mkdtempSync(join(tmpdir(), 'env-lines-'));

/** What bash makes of `text` when it sources it: the named variables, or its complaint. */
function sourced(text: string): { vars: Record<string, string> } | { error: string } {
  const file = join(dir, 'env');
  writeFileSync(file, text);
  const names = [...text.matchAll(/^[ \t]*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!);
  const script =
    'set -a; . "$1"; rc=$?; set +a; [ "$rc" = 0 ] || exit "$rc"; shift;' +
    ' for n; do printf "%s\\0%s\\0" "$n" "${!n}"; done';
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', script, 'bash', file, ...names], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: '/home/someone' },
  });
  if (r.status !== 0 || r.stderr !== '') return { error: `exit ${r.status}: ${r.stderr.trim()}` };
  const parts = r.stdout.split('\0');
  const vars: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) vars[parts[i]!] = parts[i + 1]!;
  return { vars };
}

/** infra_print_var NAME VALUE for each value, as the up scripts call it. */
function printed(values: string[]): string {
  const calls = values.map((_, i) => `infra_print_var V${i} "\${${i + 2}}"`).join('; ');
  return execFileSync('bash', ['--noprofile', '--norc', '-c', `. "$1"; ${calls}`, 'bash', lib, ...values], {
    encoding: 'utf8',
  });
}

const VALUES = [
  '',
  'plain',
  '/tmp/goship-infra/cluster/kubeconfig',
  'https://127.0.0.1:22594',
  '127.0.0.1:45619',
  'a=b,c@d%e+f',
  'with spaces',
  '  leading and trailing  ',
  // the line that broke scripts/example.sh (test/infra/cluster/node.sh's reason, verbatim shape)
  'the real node of this machine belongs to the cluster in /tmp/x/cluster (one per machine: kube-proxy owns the KUBE-* iptables chains); stop it with GOSHIP_STATE=/tmp/x test/infra/cluster/down',
  "it's",
  "'",
  "''''",
  'say "hi"',
  `mixed 'single' and "double" quotes`,
  '$HOME and ${HOME} and $(id) and `id`',
  'back\\slash\\',
  'tab\there',
  '~/not-expanded:~/either',
  '#not a comment',
  'a;b&c|d<e>f',
  '* ? [a] {a,b}',
  '!history',
  'ünïcödé ✓',
];

describe('infra_print_var (test/infra/lib.sh)', () => {
  test('every value comes back exactly when bash sources the lines, and the harness reads the same', () => {
    const text = printed(VALUES);
    const bash = sourced(text);
    expect(bash).toEqual({ vars: Object.fromEntries(VALUES.map((v, i) => [`V${i}`, v])) });
    expect(parseEnvLines(text, 'test')).toEqual((bash as { vars: Record<string, string> }).vars);
  });

  test('one line per variable: a line break in a value becomes a space', () => {
    const text = printed(['two\nlines', 'cr\r\nlf']);
    expect(text.split('\n')).toHaveLength(3);
    expect(sourced(text)).toEqual({ vars: { V0: 'two lines', V1: 'cr  lf' } });
    expect(parseEnvLines(text, 'test')).toEqual({ V0: 'two lines', V1: 'cr  lf' });
  });

  test('values of plain characters stay unquoted (what `grep ^NAME=.` and `sed s/^NAME=//` readers expect)', () => {
    expect(printed(['', '127.0.0.1:45619', 'x y'])).toBe("V0=\nV1=127.0.0.1:45619\nV2='x y'\n");
  });

  test('a name that is not a variable name is refused', () => {
    const r = spawnSync('bash', ['-c', '. "$1"; infra_print_var "a b" x', 'bash', lib], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/'a b' is not a variable name/);
  });
});

describe('the harness reads a line as bash does (test/harness/env-lines.ts)', () => {
  // Shapes other printers make (printf %q, double quotes, legacy unquoted lines).
  const ACCEPTED = [
    'A=plain',
    'A=',
    "A=''",
    "A='x (y)'",
    'A=x\\ \\(y\\)\\;\\ z',
    'A="double \\"q\\" \\$x \\` \\\\ \\n"',
    `A=x'y'"z"w`,
    "A='it'\\''s'",
    '  A=indented',
    'A=trailing   ',
    "A='#'",
    '# a comment\n\nA=1\nB=2',
    'lower_case=ok',
  ];
  test.each(ACCEPTED)('%j', (line) => {
    const bash = sourced(`${line}\n`);
    expect(bash).toHaveProperty('vars');
    expect(parseEnvLines(line, 'test')).toEqual((bash as { vars: Record<string, string> }).vars);
  });

  // Bash rejects these, splits them or expands them: the harness refuses rather than read something else.
  const REFUSED: [string, RegExp][] = [
    ['REAL_NODE_UNAVAILABLE=held by /x (one per machine: kube-proxy)', /unquoted " "/],
    ['A=x(y)', /unquoted "\("/],
    ['A=a b', /unquoted " "/],
    ['A=$HOME', /unquoted "\$"/],
    ['A="$HOME"', /\$ inside double quotes/],
    ['A=`id`', /unquoted "`"/],
    ['A=~/x', /unquoted "~"/],
    ["A=$'x'", /unquoted "\$"/],
    ["A='open", /unterminated single quote/],
    ['A="open', /unterminated double quote/],
    ['A=x\\', /backslash at the end/],
    ['A=x # note', /unquoted " "/],
    ['ready', /not a NAME=VALUE line/],
  ];
  test.each(REFUSED)('%j', (line, why) => {
    const bash = sourced(`${line}\n`);
    const literal = line.slice(line.indexOf('=') + 1);
    // bash fails, or gives something other than the text after `=`
    if ('vars' in bash) expect(bash.vars.A).not.toBe(literal);
    expect(() => parseEnvLines(line, 'test/infra/x/up')).toThrow(why);
    expect(() => parseEnvLines(line, 'test/infra/x/up')).toThrow(
      /test\/infra\/x\/up printed .*infra_print_var/,
    );
  });
});

test('every up prints its KEY=VALUE lines through infra_print_var', () => {
  const infra = join(repoRoot, 'test/infra');
  const ups = readdirSync(infra, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(infra, d.name)).includes('up'))
    .map((d) => join(infra, d.name, 'up'));
  expect(ups.length).toBeGreaterThanOrEqual(3);
  for (const up of ups) {
    const text = readFileSync(up, 'utf8');
    expect(text).toMatch(/infra_print_var [A-Z]/);
    // a KEY= printed any other way
    expect({ up, raw: text.match(/^\s*(echo|printf)\s+['"]?[A-Z][A-Z0-9_]*=/gm) }).toEqual({ up, raw: null });
  }
});
