import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifests, parseManifests } from '@goship/cluster';
import type { UserError } from '@goship/kit';
import { expandPatterns, globToRegExp } from '@goship/kit';

const deployment = `# the app
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 2
  selector:
    matchLabels: {app: hello}
  template:
    metadata: {labels: {app: hello}}
    spec:
      containers:
      - name: app
        image: registry.example/hello:1
        volumeMounts: [{name: cfg, mountPath: /etc/cfg}]
      volumes: [{name: cfg, configMap: {name: hello, defaultMode: 0644}}]
`;

const thrown = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    return err as UserError;
  }
  throw new Error('did not throw');
};

describe('parseManifests', () => {
  test('documents with their start line, fields by line (the key’s line), YAML 1.1 as kubectl reads it', () => {
    const errors: UserError[] = [];
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: hello}\ndata: {A: "1"}\n---\n${deployment}---\n`;
    const [cm, d] = parseManifests(text, 'app.yaml', errors);
    expect(errors).toEqual([]);
    expect(cm!.origin).toEqual({ file: 'app.yaml', line: 1, document: 0 });
    expect(d!.origin.line).toBe(7); // after the comment line
    expect(d!.lineOf(['spec', 'selector'])).toBe(13);
    expect(d!.lineOf(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(20);
    expect(d!.lineOf(['spec', 'template', 'spec', 'containers', 0])).toBe(19);
    expect(d!.lineOf(['spec', 'nope'])).toBeUndefined();
    // 0644 is octal in YAML 1.1 (420), as kubectl sends it.
    expect(d!.object.spec.template.spec.volumes[0].configMap.defaultMode).toBe(420);
  });

  test('a name YAML 1.1 reads as a boolean (the Norway problem) is named as such', () => {
    const errors: UserError[] = [];
    parseManifests('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: no\n', 'ns.yaml', errors);
    expect(errors.map((e) => [e.message, e.location?.line, e.hint])).toEqual([
      [
        'ns.yaml:1: Namespace: metadata.name must be a string, but YAML reads it as boolean false',
        4,
        expect.stringContaining('Quote it'),
      ],
    ]);
  });

  test('a List is expanded into its items, each at its own line', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: b}\n';
    const items = parseManifests(text, 'list.yaml', []);
    expect(items.map((m) => `${m.object.kind}@${m.origin.line}`)).toEqual(['ConfigMap@4', 'Secret@7']);
    expect(items[1]!.lineOf(['metadata', 'name'])).toBe(9);
  });

  test('every problem at file:line: syntax, not a mapping, missing fields, generateName', () => {
    const errors: UserError[] = [];
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\n---\n- a list\n---\nkind: Secret\nmetadata: {name: s}\n---\napiVersion: v1\nkind: Pod\nmetadata: {generateName: p-}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: ""}\n';
    parseManifests(text, 'bad.yaml', errors);
    expect(errors.map((e) => `${e.location?.line}: ${e.message}`)).toEqual([
      expect.stringMatching(/^\d+: bad.yaml:\d+: invalid YAML: /),
      '6: bad.yaml:6: document 2 is not a mapping (a Kubernetes object)',
      '8: bad.yaml:8: the object has no apiVersion',
      '11: bad.yaml:11: Pod uses metadata.generateName; apply needs a fixed metadata.name',
      '17: bad.yaml:15: Service s: metadata.namespace must be a non-empty string',
    ]);
  });
});

describe('loadManifests and patterns', () => {
  const ws = mkdtempSync(join(tmpdir(), 'manifests-'));
  mkdirSync(join(ws, 'k8s/base'), { recursive: true });
  writeFileSync(join(ws, 'k8s/b.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n');
  writeFileSync(join(ws, 'k8s/a.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
  writeFileSync(join(ws, 'k8s/notes.txt'), 'not yaml');
  writeFileSync(
    join(ws, 'k8s/base/c.json'),
    '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}',
  );
  writeFileSync(join(ws, 'empty.yaml'), '---\n# nothing\n');

  test('a folder: its manifest files sorted, not recursive; a glob with **; duplicates once', () => {
    expect(loadManifests(['k8s'], ws).map((m) => `${m.origin.file}:${m.object.metadata.name}`)).toEqual([
      'k8s/a.yml:a',
      'k8s/b.yaml:b',
    ]);
    expect(loadManifests(['k8s/**/*.{yaml,json}'], ws).map((m) => m.object.metadata.name)).toEqual([
      'b',
      'c',
    ]);
    expect(loadManifests(['k8s/b.yaml', 'k8s/*.yaml'], ws).map((m) => m.object.metadata.name)).toEqual(['b']);
  });

  test('patterns that match nothing, and files without objects, are input errors', () => {
    expect(thrown(() => loadManifests(['k8s/*.yaml', 'deploy/'], ws)).message).toBe(
      "Input 'manifests': 'deploy/' matched no manifest file. Expected existing files, folders with *.yaml/*.yml/*.json files, or globs that match some.",
    );
    expect(thrown(() => loadManifests(['empty.yaml'], ws)).message).toContain(
      'the files (1) hold no Kubernetes objects',
    );
    expect(thrown(() => loadManifests([], ws)).message).toContain("Input 'manifests': is empty");
  });

  test('problems in several files are reported together', () => {
    writeFileSync(join(ws, 'x1.yaml'), 'kind: A\nmetadata: {name: a}\n');
    writeFileSync(join(ws, 'x2.yaml'), 'apiVersion: v1\nmetadata: {name: b}\n');
    const err = thrown(() => loadManifests(['x1.yaml', 'x2.yaml'], ws));
    expect(err.related.map((e) => `${e.location?.file}:${e.location?.line}`)).toEqual([
      'x1.yaml:1',
      'x2.yaml:1',
    ]);
  });

  test('globToRegExp', () => {
    expect(globToRegExp('**/*.yaml').test('a/b/c.yaml')).toBe(true);
    expect(globToRegExp('**/*.yaml').test('c.yaml')).toBe(true);
    expect(globToRegExp('*.yaml').test('a/c.yaml')).toBe(false);
    expect(globToRegExp('app-?.{yaml,yml}').test('app-1.yml')).toBe(true);
    expect(globToRegExp('[!a]*.yaml').test('b.yaml')).toBe(true);
    expect(expandPatterns(['k8s/*.yaml'], ws, { files: /\.ya?ml$/ })[0]!.files).toEqual([
      join(ws, 'k8s/b.yaml'),
    ]);
  });
});
