import { parseManifests } from '@goship/cluster';
import { InputError } from '@goship/kit';
import {
  applyOverrides,
  type ClusterSpec,
  parseClusters,
  parseWaves,
  planWaves,
} from '../../../packages/kube/src/index.js';

const names = (waves: number[][]) => waves.map((w) => w.length);

describe('waves', () => {
  test('1, 25%, rest over 5, 10 and 20 clusters: a canary, a quarter rounded up, then the rest', () => {
    const sizes = parseWaves('1, 25%, rest');
    expect(names(planWaves(5, sizes))).toEqual([1, 2, 2]);
    expect(names(planWaves(10, sizes))).toEqual([1, 3, 6]);
    expect(names(planWaves(20, sizes))).toEqual([1, 5, 14]);
    expect(planWaves(5, sizes)).toEqual([[0], [1, 2], [3, 4]]);
  });

  test('rounding: a percentage rounds up, never to zero; an exact one is not inflated by float error', () => {
    expect(names(planWaves(3, parseWaves('10%')))).toEqual([1, 1, 1]);
    expect(names(planWaves(7, parseWaves('50%')))).toEqual([4, 3]);
    // 100 × 7% = 7.000000000000001 in floating point
    expect(names(planWaves(100, parseWaves('7%, rest')))).toEqual([7, 93]);
  });

  test('the last size repeats; fewer clusters than waves leaves no empty wave', () => {
    expect(names(planWaves(5, parseWaves('2')))).toEqual([2, 2, 1]);
    expect(names(planWaves(7, parseWaves('1, 3')))).toEqual([1, 3, 3]);
    expect(names(planWaves(2, parseWaves('1, 1, 1, rest')))).toEqual([1, 1]);
    expect(names(planWaves(1, parseWaves('1, 25%, rest')))).toEqual([1]);
  });

  test('newline-separated sizes, REST in any case', () => {
    expect(parseWaves('1\n50%\nREST')).toEqual([{ count: 1 }, { percent: 50 }, { rest: true }]);
  });

  test.each([
    ['', /Input 'waves': is empty/],
    ['0', /'0' \(wave 1\) is zero clusters/],
    ['1, 0%', /'0%' \(wave 2\) is not between 0% and 100%/],
    ['150%', /'150%' \(wave 1\) is not between/],
    ['rest, 1', /'rest' is wave 1 of 2/],
    ['1, half', /'half' \(wave 2\) is not a wave size/],
    ['-1', /'-1' \(wave 1\) is not a wave size/],
  ])('bad waves %j: an error naming the input and the wave', (value, message) => {
    const err = (() => {
      try {
        parseWaves(value);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('waves');
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toMatch(/Expected wave sizes in order, e.g. `1, 25%, rest`/);
  });
});

describe('clusters', () => {
  const digest = `sha256:${'0f'.repeat(32)}`;

  test('context names and mappings with overrides', () => {
    const specs = parseClusters(`
- eu-west
- name: us-east
  kubeconfig: kube/us-east.yaml
  namespace: shop
  image: mirror.us.example:5000/acme/hello@${digest}
  node-selector: {kubernetes.io/arch: arm64, gpu: true}
`);
    expect(specs).toEqual([
      { name: 'eu-west', context: 'eu-west', line: 2 },
      {
        name: 'us-east',
        kubeconfig: 'kube/us-east.yaml',
        context: undefined,
        namespace: 'shop',
        image: `mirror.us.example:5000/acme/hello@${digest}`,
        nodeSelector: { 'kubernetes.io/arch': 'arm64', gpu: 'true' },
        line: 3,
      },
    ]);
    expect(parseClusters('  \n')).toEqual([]);
  });

  test.each([
    ['a: b', /is not a YAML list/],
    ['- [a, b]', /entry at line 1 is neither a context name nor a mapping/],
    ['- name: a\n  contxt: x', /entry at line 1 has unknown key 'contxt'/],
    ['- name: a', /cluster 'a' has neither kubeconfig nor context/],
    ['- a\n- a', /cluster 'a' is listed twice \(line 2\)/],
    ['- name: a\n  context: a\n  namespace: Shop', /namespace 'Shop' is not a valid namespace name/],
    [
      '- name: a\n  context: a\n  image: mirror.example/app:1.0',
      /image 'mirror.example\/app:1.0' is not pinned by digest/,
    ],
    ['- name: a\n  context: a\n  node-selector: arm64', /node-selector must be a mapping/],
    ['- name: "a b"\n  context: a', /cluster name 'a b' \(line 1\) is not valid/],
    ['- name: a\n  context: [x', /is not valid YAML/],
    ['- name: a\n  name: b\n  context: x', /is not valid YAML/],
  ])('bad clusters %j: an error naming the input', (value, message) => {
    expect(() => parseClusters(value)).toThrow(InputError);
    expect(() => parseClusters(value)).toThrow(message);
    expect(() => parseClusters(value)).toThrow(/Input 'clusters'/);
  });
});

describe('per-cluster overrides', () => {
  const digest = `sha256:${'0f'.repeat(32)}`;
  const manifests = () =>
    parseManifests(
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: hello}
spec:
  template:
    spec:
      nodeSelector: {disk: ssd}
      initContainers: [{name: init, image: "registry.example/acme/hello@${digest}"}]
      containers:
      - {name: app, image: "registry.example/acme/hello@${digest}"}
      - {name: sidecar, image: "registry.example/proxy:1.0"}
---
apiVersion: v1
kind: Service
metadata: {name: hello}
spec: {ports: [{port: 80}]}
`,
      'app.yaml',
      [],
    );
  const spec = (o: Partial<ClusterSpec>): ClusterSpec => ({ name: 'eu', context: 'eu', line: 3, ...o });

  test('the mirror replaces every image with the same digest, node selectors are added; the originals stay as they were', () => {
    const original = manifests();
    const out = applyOverrides(
      original,
      spec({
        image: `mirror.eu.example/acme/hello@${digest}`,
        nodeSelector: { 'kubernetes.io/arch': 'arm64' },
      }),
    );
    const pod = out[0]!.object.spec.template.spec;
    expect(pod.containers.map((c: { image: string }) => c.image)).toEqual([
      `mirror.eu.example/acme/hello@${digest}`,
      'registry.example/proxy:1.0',
    ]);
    expect(pod.initContainers[0].image).toBe(`mirror.eu.example/acme/hello@${digest}`);
    expect(pod.nodeSelector).toEqual({ disk: 'ssd', 'kubernetes.io/arch': 'arm64' });
    expect(out[1]!.object).toEqual(original[1]!.object);
    expect(original[0]!.object.spec.template.spec.containers[0].image).toBe(
      `registry.example/acme/hello@${digest}`,
    );
    expect(out[0]!.lineOf(['kind'])).toBe(2);
  });

  test('a mirror with another digest is refused: it would deploy different code to that cluster', () => {
    const other = `sha256:${'1e'.repeat(32)}`;
    expect(() =>
      applyOverrides(manifests(), spec({ image: `mirror.eu.example/acme/hello@${other}` })),
    ).toThrow(
      new RegExp(
        `cluster 'eu' \\(line 3\\): image 'mirror.eu.example/acme/hello@${other}' has digest ${other}, which no container image in the manifests has`,
      ),
    );
  });
});
