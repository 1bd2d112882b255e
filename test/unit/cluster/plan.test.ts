import {
  APPLY_SET_LABEL,
  buildPlan,
  kindRank,
  parseManifests,
  type ResourceInfo,
  toLabelValue,
} from '@goship/cluster';
import type { UserError } from '@goship/kit';

const info = (group: string, kind: string, resource: string, namespaced = true): ResourceInfo => ({
  apiVersion: group ? `${group}/v1` : 'v1',
  group,
  version: 'v1',
  kind,
  resource,
  namespaced,
});
const INFOS: Record<string, ResourceInfo> = {
  Namespace: info('', 'Namespace', 'namespaces', false),
  ConfigMap: info('', 'ConfigMap', 'configmaps'),
  Service: info('', 'Service', 'services'),
  Deployment: info('apps', 'Deployment', 'deployments'),
  Job: info('batch', 'Job', 'jobs'),
  ClusterRole: info('rbac.authorization.k8s.io', 'ClusterRole', 'clusterroles', false),
  Widget: info('example.com', 'Widget', 'widgets'),
};

function plan(text: string, opts: { namespace?: string } = {}) {
  const manifests = parseManifests(text, 'app.yaml', []);
  return buildPlan(
    manifests.map((manifest) => ({ manifest, info: INFOS[manifest.object.kind]! })),
    {
      namespace: opts.namespace,
      defaultNamespace: 'team-a',
      applySet: 'hello',
      workloadAnnotations: { 'kubernetes.io/change-cause': 'v2' },
    },
  );
}
const thrown = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    return err as UserError;
  }
  throw new Error('did not throw');
};
const doc = (kind: string, name: string, extra = '') =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}---\n`;

describe('buildPlan', () => {
  test('dependency order, stable within a kind; custom resources last', () => {
    const p = plan(
      doc('Widget', 'w') +
        doc('Deployment', 'd') +
        doc('Service', 's') +
        doc('ConfigMap', 'c2') +
        doc('ConfigMap', 'c1') +
        doc('Namespace', 'ns1') +
        doc('ClusterRole', 'r') +
        doc('Job', 'j'),
    );
    expect(p.map((o) => `${o.info.kind}/${o.object.metadata.name}`)).toEqual([
      'Namespace/ns1',
      'ConfigMap/c2',
      'ConfigMap/c1',
      'ClusterRole/r',
      'Service/s',
      'Deployment/d',
      'Job/j',
      'Widget/w',
    ]);
    expect(kindRank('Namespace')).toBeLessThan(kindRank('CustomResourceDefinition'));
    expect(kindRank('CustomResourceDefinition')).toBeLessThan(kindRank('Widget'));
  });

  test('namespaces: the input fills objects without one; cluster-scoped objects get none; the default otherwise', () => {
    const p = plan(
      doc('ConfigMap', 'c') + doc('ClusterRole', 'r') + doc('Service', 's', '  namespace: team-b\n'),
    );
    expect(p.map((o) => o.object.metadata.namespace)).toEqual(['team-a', undefined, 'team-b']);
    expect(plan(doc('ConfigMap', 'c'), { namespace: 'ci' })[0]!.object.metadata.namespace).toBe('ci');
  });

  test('labels on everything, change-cause annotations on workloads only; the manifest is not modified', () => {
    const p = plan(doc('ConfigMap', 'c') + doc('Deployment', 'd', '  annotations: {team: a}\n'));
    expect(p.map((o) => o.object.metadata.labels?.[APPLY_SET_LABEL])).toEqual(['hello', 'hello']);
    expect(p[0]!.object.metadata.annotations).toBeUndefined();
    expect(p[1]!.object.metadata.annotations).toEqual({ team: 'a', 'kubernetes.io/change-cause': 'v2' });
    expect(p[1]!.workload).toBe('Deployment');
    expect(p[1]!.manifest.object.metadata.labels).toBeUndefined();
  });

  test('namespace mismatch, a namespaced cluster object and duplicates are reported together at file:line', () => {
    const text =
      doc('Service', 's', '  namespace: prod\n') +
      doc('ClusterRole', 'r', '  namespace: x\n') +
      doc('ConfigMap', 'c') +
      doc('ConfigMap', 'c', '  namespace: ci\n');
    const err = thrown(() => plan(text, { namespace: 'ci' }));
    expect(err.related.map((e) => `${e.location?.line}: ${e.message}`)).toEqual([
      "5: app.yaml:1: Service s is in namespace 'prod', but the 'namespace' input is 'ci' (namespace mismatch)",
      "11: app.yaml:7: ClusterRole r is cluster-scoped but sets metadata.namespace 'x'",
      '18: app.yaml:18: ConfigMap ci/c is defined twice (first at app.yaml:13)',
    ]);
    expect(err.related[0]!.hint).toContain('never overrides one');
  });

  test('toLabelValue', () => {
    expect(toLabelValue('acme/hello')).toBe('acme.hello');
    expect(toLabelValue('-x-')).toBe('x');
    expect(toLabelValue('a'.repeat(80))).toHaveLength(63);
    expect(toLabelValue('///')).toBe('default');
  });
});
