/*
 * The chain's YAML dialect (@goship/contract): what render-manifests writes reads back as the same strings
 * under YAML 1.2 (core), YAML 1.1 and the kubectl (go-yaml v2) reading; what k8s-rollout reads means what
 * it means to kubectl; alias bombs and duplicate keys are problems at a line.
 */
import {
  documentProblems,
  documentValue,
  KIND_ORDER,
  kindRank,
  needsQuotes,
  parseYamlStream,
  toYaml,
} from '@goship/contract';
import { load as jsYamlLoad } from 'js-yaml';
import { parse } from 'yaml';
import { AMBIGUOUS } from './forms.js';

/** Strings every reader already reads as themselves: left plain. */
const PLAIN = ['hello', '50m', '64Mi', 'a:b', 'nginx:1.27', 'x y', 'v1.2.3', 'info', 'yesterday', 'only'];

const readers: [string, (text: string) => unknown][] = [
  ['YAML 1.2 core (eemeli/yaml)', (t) => parse(t)],
  ['YAML 1.2 (js-yaml)', (t) => jsYamlLoad(t)],
  ['YAML 1.1 (eemeli/yaml, full schema)', (t) => parse(t, { version: '1.1' })],
  [
    'kubectl dialect (k8s-rollout)',
    (t) => {
      const s = parseYamlStream(t);
      return documentValue(s.documents[0]!, s).value;
    },
  ],
];

describe('toYaml: one text, the same strings for every reader', () => {
  const object = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'forms' },
    data: Object.fromEntries([...AMBIGUOUS, ...PLAIN].map((v, i) => [`K${i}`, v])),
    keys: Object.fromEntries([...AMBIGUOUS, ...PLAIN].filter(Boolean).map((v) => [v, v])),
    env: [...AMBIGUOUS, ...PLAIN].map((value, i) => ({ name: `E${i}`, value })),
  };
  const text = toYaml(object);

  test.each(readers)('%s reads back the object unchanged', (_, read) => {
    expect(read(text)).toEqual(object);
  });

  test('the issue-11 forms are quoted; plain strings stay plain', () => {
    const all = [...AMBIGUOUS, ...PLAIN];
    for (const v of ['yes', 'on', '12:30', '1_000'])
      expect(text).toContain(`\n  K${all.indexOf(v)}: "${v}"\n`);
    for (const v of PLAIN) expect(text).toContain(`\n  K${all.indexOf(v)}: ${v}\n`);
  });

  test('needsQuotes: exactly the ambiguous forms', () => {
    expect(AMBIGUOUS.filter((v) => !needsQuotes(v))).toEqual([]);
    expect(PLAIN.filter((v) => needsQuotes(v))).toEqual([]);
  });
});

describe('parseYamlStream: as kubectl (go-yaml v2) reads', () => {
  const read = (text: string) => {
    const s = parseYamlStream(text);
    const doc = s.documents[0]!;
    return { problems: documentProblems(doc, s), ...documentValue(doc, s) };
  };

  test('YAML 1.1 scalars, with go-yaml integers and without sexagesimal numbers or timestamps', () => {
    const v = read(
      'a: yes\nb: on\nc: n\nd: 0644\ne: 0o14\nf: 0X1F\ng: 0b101\nh: 1_000\ni: 1e3\nj: 12:30\nk: 2001-12-14\nl: e5\nm: .\nn2: ~\no: .inf\n',
    ).value;
    expect(v).toEqual({
      a: true,
      b: true,
      c: false,
      d: 420,
      e: 12,
      f: 31,
      g: 5,
      h: 1000,
      i: 1000,
      j: '12:30',
      k: '2001-12-14',
      l: 'e5',
      m: '.',
      n2: null,
      o: Number.POSITIVE_INFINITY,
    });
    // keys too: kubectl reads the key `y` as the boolean true (sigs.k8s.io/yaml then writes "true")
    expect(read('y: 1\n"n": 2\n').value).toEqual({ true: 1, n: 2 });
  });

  test('duplicate keys are problems at their line', () => {
    expect(read('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "1"\n  b: "2"\n  a: "3"\n').problems).toEqual([
      { message: 'duplicate key "a"', line: 6, column: 3, kind: 'duplicate-key' },
    ]);
  });

  test('an alias bomb is "too many aliases" at its line, not a ReferenceError', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const r = read(bomb);
    expect(r.value).toBeUndefined();
    expect(r.problem).toMatchObject({ line: 2, kind: 'too-many-aliases' });
    expect(r.problem?.message).toMatch(/^too many aliases/);
    // ordinary anchors are fine
    expect(read('a: &a {x: 1}\nb: *a\nc: {<<: *a, z: 2}\n').value).toEqual({
      a: { x: 1 },
      b: { x: 1 },
      c: { x: 1, z: 2 },
    });
  });
});

describe('KIND_ORDER', () => {
  test("Helm's install order: what others use before what uses it; unknown kinds last", () => {
    const order = [
      'Deployment',
      'Widget',
      'Service',
      'ConfigMap',
      'Namespace',
      'CustomResourceDefinition',
      'Secret',
    ];
    expect([...order].sort((a, b) => kindRank(a) - kindRank(b))).toEqual([
      'Namespace',
      'Secret',
      'ConfigMap',
      'CustomResourceDefinition',
      'Service',
      'Deployment',
      'Widget',
    ]);
    expect(new Set(KIND_ORDER).size).toBe(KIND_ORDER.length);
  });
});
