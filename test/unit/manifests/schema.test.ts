import { parseManifests, SchemaCatalog, validateManifests } from '../../../packages/manifests/src/index.js';
import { loadFixtures, rejection } from './helpers.js';

const catalog = new SchemaCatalog('1.34');
const parse = (text: string) => parseManifests(text, { file: 'm.yaml', via: 'files', linesAreInFile: true });
const validate = async (text: string) => {
  const { errors, notices } = await validateManifests(parse(text), catalog);
  return {
    errors: errors.map((e) => [e.message.replace(/ \(m\.yaml:\d+\)$/, ''), e.location?.line]),
    notices,
  };
};

const deployment = (containerExtra: string, specExtra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
${specExtra}  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
${containerExtra}`;

describe('schema validation (Kubernetes 1.34 OpenAPI, strict)', () => {
  test('a correct Deployment and the seed fixtures validate cleanly', async () => {
    expect(
      (await validate(deployment('          ports:\n            - containerPort: 8080\n'))).errors,
    ).toEqual([]);
    const seedSet = loadFixtures(
      'seed/service-nodeport.yaml',
      'seed/nginx-deployment.yaml',
      'seed/configmap-port.yaml',
      'seed/edge-deployment.yaml',
    );
    expect((await validateManifests(seedSet, catalog)).errors).toEqual([]);
  });

  test('unknown fields are errors at their line, as kubectl apply --validate=strict reports them', async () => {
    const r = await validate(deployment('          portz:\n            - containerPort: 8080\n'));
    expect(r.errors).toEqual([
      ['Deployment/web: unknown field "spec.template.spec.containers[0].portz"', 15],
    ]);
  });

  test('wrong types, int32 overflow, bad quantities and missing required fields', async () => {
    const r = await validate(
      deployment(
        '          ports:\n            - containerPort: "80a"\n            - containerPort: 4294967296\n          resources:\n            limits: {memory: 2 gigs}\n',
        '  replicas: two\n',
      ),
    );
    expect(r.errors).toEqual([
      ['Deployment/web: spec.replicas: expected an integer, got string "two"', 8],
      [
        'Deployment/web: spec.template.spec.containers[0].ports[0].containerPort: expected an integer, got string "80a"',
        17,
      ],
      [
        'Deployment/web: spec.template.spec.containers[0].ports[1].containerPort: 4294967296 does not fit in a 32-bit integer',
        18,
      ],
      [
        'Deployment/web: spec.template.spec.containers[0].resources.limits.memory: "2 gigs" is not a quantity (e.g. 100m, 0.5, 64Mi, 1Gi)',
        20,
      ],
    ]);
    const missing = await validate(
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - targetPort: 80\n',
    );
    expect(missing.errors).toEqual([['Service/s: missing required field "spec.ports[0].port"', 6]]);
  });

  test('Secret data must be base64', async () => {
    const r = await validate(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  ok: aGVsbG8=\n  bad: hello world!\n',
    );
    expect(r.errors).toEqual([
      [
        'Secret/s: data.bad: not valid base64 (Secret data must be base64-encoded; use stringData for plain text)',
        6,
      ],
    ]);
  });

  test('a Deployment without containers, or whose selector misses its template, is rejected', async () => {
    const none = await validate(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: []\n',
    );
    expect(none.errors).toEqual([
      ['Deployment/d: Deployment d has no containers (spec.template.spec.containers is empty)', 8],
    ]);
    const missing = await validate(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: c}}\n    spec: {}\n',
    );
    expect(missing.errors.map((e) => e[0])).toEqual([
      'Deployment/d: missing required field "spec.template.spec.containers"',
      'Deployment/d: Deployment d has no containers (spec.template.spec.containers is missing)',
      'Deployment/d: Deployment d: spec.selector {"matchLabels":{"a":"b"}} does not match the template labels {"a":"c"}',
    ]);
  });

  test('names, labels and port names follow the API server rules', async () => {
    const r = await validate(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: 9svc\n  labels: {"bad key!": x, ok: "not valid value"}\nspec:\n  ports: [{port: 80}]\n',
    );
    expect(r.errors.map((e) => e[0])).toEqual([
      "Service/9svc: Service name '9svc' must be a DNS-1035 label: at most 63 lower-case letters, digits and -, starting with a letter",
      "Service/9svc: label key 'bad key!' is not valid",
      "Service/9svc: label ok: value 'not valid value' is not valid",
    ]);
    const ports = await validate(
      deployment('          ports:\n            - {name: http_port, containerPort: 80}\n'),
    );
    expect(ports.errors.map((e) => e[0])).toEqual(["Deployment/web: port name 'http_port' is not valid"]);
  });

  test('unknown kinds and versions: suggestions for built-in groups, notices for custom resources', async () => {
    const typo = await validateManifests(
      parse('apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: d}\n'),
      catalog,
    );
    expect(typo.errors.map((e) => [e.message, e.hint, e.location?.line])).toEqual([
      ['Deploymnet/d: apps/v1 has no kind Deploymnet (m.yaml:1)', 'Did you mean Deployment?', 1],
    ]);
    const removed = await validate('apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d}\n');
    expect(removed.errors).toEqual([
      ['Deployment/d: apiVersion extensions/v1beta1 is not served by Kubernetes 1.34', 1],
    ]);
    const old = await validateManifests(
      parse('apiVersion: apps/v1beta2\nkind: Deployment\nmetadata: {name: d}\n'),
      catalog,
    );
    expect(old.errors[0]!.hint).toBe('Use apiVersion: apps/v1 for Deployment.');
    const crd = await validate(
      'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\nspec: {anything: goes}\n',
    );
    expect(crd.errors).toEqual([]);
    expect(crd.notices.map((n) => n.message)).toEqual([
      'ServiceMonitor/m (monitoring.coreos.com/v1) is a custom resource: not validated offline',
    ]);
  });

  test('the schema version input accepts 1.34 / v1.34.4 and names what exists otherwise', async () => {
    expect(SchemaCatalog.parseVersion('kubernetes-version', 'v1.34.4')).toBe('1.34');
    const e = await rejection(() => SchemaCatalog.parseVersion('kubernetes-version', '1.20'));
    expect(e.message).toBe(
      "Input 'kubernetes-version': Kubernetes 1.20 has no bundled schema. Expected one of 1.33, 1.34, 1.35, 1.36.",
    );
    expect(await catalog.namespaced('v1', 'Namespace')).toBe(false);
    expect(await catalog.namespaced('apps/v1', 'Deployment')).toBe(true);
    expect(await catalog.namespaced('example.com/v1', 'Thing')).toBeUndefined();
  });

  test('each bundled version is its own API: resource.k8s.io/v1 (GA in 1.34) is not served by 1.33', async () => {
    const claim = parse(
      'apiVersion: resource.k8s.io/v1\nkind: ResourceClaim\nmetadata: {name: gpu}\nspec: {}\n',
    );
    expect((await validateManifests(claim, new SchemaCatalog('1.34'))).errors).toEqual([]);
    const old = await validateManifests(claim, new SchemaCatalog('1.33'));
    expect(old.errors.map((e) => [e.message, e.hint])).toEqual([
      [
        'ResourceClaim/gpu: apiVersion resource.k8s.io/v1 is not served by Kubernetes 1.33 (m.yaml:1)',
        'Use apiVersion: resource.k8s.io/v1alpha3 or resource.k8s.io/v1beta1 or resource.k8s.io/v1beta2 for ResourceClaim.',
      ],
    ]);
  });
});
