import { readFileSync } from 'node:fs';
import { locate, parseManifests, toYaml } from '../../../packages/manifests/src/index.js';
import { seed, thrown } from './helpers.js';

const parse = (text: string, file = 'm.yaml') =>
  parseManifests(text, { file, via: 'files', linesAreInFile: true });

describe('parseManifests', () => {
  test('keeps the line of every field and list item', () => {
    const text = readFileSync(seed('service-nodeport.yaml'), 'utf8');
    const [svc] = parse(text, 'seed/service-nodeport.yaml');
    expect(locate(svc!, ['spec', 'ports', 0, 'targetPort'])).toEqual({
      file: 'seed/service-nodeport.yaml',
      line: 12,
      column: 7,
    });
    expect(locate(svc!, ['spec', 'ports', 0, 'nodePort'])?.line).toBe(13);
    // a missing field falls back to its nearest recorded ancestor
    expect(locate(svc!, ['spec', 'ports', 0, 'name'])?.line).toBe(10);
  });

  test('multi-document files: positions are per document, empty documents are skipped', () => {
    const text = readFileSync(seed('configmap-port.yaml'), 'utf8');
    const [cm, pod] = parse(`---\n${text}\n---\n# only a comment\n`);
    expect(cm!.object.kind).toBe('ConfigMap');
    expect(locate(cm!, ['data', 'SERVER_PORT'])?.line).toBe(7); // line 6 of the file, after the leading ---
    expect(locate(pod!, ['spec', 'containers', 0, 'ports', 0, 'containerPort'])?.line).toBe(24);
  });

  test('invalid YAML is an error at file:line (the seed §3.3 init container as written)', () => {
    const text = readFileSync(seed('init-container-wait-verbatim.yaml'), 'utf8');
    const e = thrown(() => parse(text, 'seed/init-container-wait-verbatim.yaml'));
    expect(e.location).toMatchObject({ file: 'seed/init-container-wait-verbatim.yaml', line: 14 });
    expect(e.message).toMatch(/^Invalid YAML in seed\/init-container-wait-verbatim.yaml:14:/);
  });

  test('duplicate keys are errors, as kubectl strict validation has them', () => {
    const e = thrown(() => parse('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n'));
    expect(e.location?.line).toBe(5);
    expect(e.hint).toMatch(/duplicate fields/);
  });

  test('a document that is not a mapping, or lacks apiVersion/kind/name, is an error', () => {
    expect(thrown(() => parse('- a\n- b\n')).message).toBe('m.yaml is a list, not a Kubernetes object');
    expect(thrown(() => parse('just text\n')).message).toBe('m.yaml is a string, not a Kubernetes object');
    const e = thrown(() =>
      parse('apiVersion: v1\nkind: ConfigMap\ndata: {}\n---\nkind: Secret\nmetadata: {name: s}\n'),
    );
    expect(e.related.map((r) => [r.message, r.location?.line])).toEqual([
      ['document 1 of m.yaml has no metadata.name', 1],
      ['document 2 of m.yaml has no apiVersion', 5],
    ]);
  });

  test('kind: List is flattened, with positions rebased to each item', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: b\n';
    const ms = parse(text);
    expect(ms.map((m) => (m.object.metadata as { name: string }).name)).toEqual(['a', 'b']);
    expect(locate(ms[1]!, ['metadata', 'name'])?.line).toBe(11);
  });

  test('tool output has no lines: objects point at the file given (a kustomization, a chart template)', () => {
    const [m] = parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n', {
      file: 'k8s/kustomization.yaml',
      via: 'kubectl kustomize k8s',
      linesAreInFile: false,
    });
    expect(locate(m!, ['metadata', 'name'])).toEqual({ file: 'k8s/kustomization.yaml' });
  });

  test('anchors, aliases and merge keys resolve as kubectl resolves them', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: &l {app: x}\n  annotations:\n    <<: *l\n    extra: "1"\n';
    const [m] = parse(text);
    expect(m!.object.metadata).toEqual({
      name: 'a',
      labels: { app: 'x' },
      annotations: { app: 'x', extra: '1' },
    });
  });
});

describe('toYaml', () => {
  test('quotes strings that would read back as other types and keeps long lines whole', () => {
    const long = 'x'.repeat(200);
    const text = toYaml({ a: '8080', b: 'true', c: 'null', d: long, e: 'line1\nline2', f: 8080 });
    expect(text).toBe(`a: "8080"\nb: "true"\nc: "null"\nd: ${long}\ne: |-\n  line1\n  line2\nf: 8080\n`);
  });
});
