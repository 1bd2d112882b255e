import { buildPlan, parseManifests, type ResourceInfo } from '@goship/cluster';
import { pruneKinds, restoreConfigObject, templateReferences } from '../../../packages/kube/src/index.js';
import { resourceInfo } from './fixtures.js';

/* The pure parts of the safety rails: which kinds prune may list, what a rollback restores. */

const info = resourceInfo;
const INFOS: Record<string, ResourceInfo> = {
  Namespace: info('', 'Namespace', 'namespaces', false),
  ConfigMap: info('', 'ConfigMap', 'configmaps'),
  Secret: info('', 'Secret', 'secrets'),
  PersistentVolumeClaim: info('', 'PersistentVolumeClaim', 'persistentvolumeclaims'),
  Deployment: info('apps', 'Deployment', 'deployments'),
  ClusterRole: info('rbac.authorization.k8s.io', 'ClusterRole', 'clusterroles', false),
  Widget: info('example.com', 'Widget', 'widgets'),
};

function plan(text: string) {
  const manifests = parseManifests(text, 'app.yaml', []);
  return buildPlan(
    manifests.map((manifest) => ({ manifest, info: INFOS[manifest.object.kind]! })),
    { defaultNamespace: 'team-a', applySet: 'hello', workloadAnnotations: {} },
  );
}

const APP = `apiVersion: v1
kind: Namespace
metadata: {name: team-a}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
`;

describe('pruneKinds', () => {
  const kinds = (listed: ResourceInfo[] = []) =>
    pruneKinds(plan(APP), listed)
      .map((k) => k.kind)
      .sort();

  test('no PersistentVolumeClaims, Secrets or cluster-scoped kinds unless listed, even when in the manifests', () => {
    const k = kinds();
    for (const never of ['PersistentVolumeClaim', 'Secret', 'Namespace', 'ClusterRole'])
      expect(k).not.toContain(never);
    // The common app kinds and the manifests' own namespaced kinds are listed.
    expect(k).toEqual(expect.arrayContaining(['ConfigMap', 'Deployment', 'Service', 'Widget']));
  });

  test('listed kinds are added back', () => {
    const k = kinds([INFOS.Secret!, INFOS.ClusterRole!]);
    expect(k).toContain('Secret');
    expect(k).toContain('ClusterRole');
    expect(k).not.toContain('PersistentVolumeClaim');
    expect(k).not.toContain('Namespace');
  });
});

describe('templateReferences', () => {
  test('env, envFrom, volumes, projected volumes and image pull secrets, in every container list', () => {
    const refs = templateReferences({
      spec: {
        initContainers: [{ name: 'wait', envFrom: [{ configMapRef: { name: 'init-cm' } }] }],
        containers: [
          {
            name: 'app',
            env: [
              { name: 'PORT', valueFrom: { configMapKeyRef: { name: 'hello-config', key: 'SERVER_PORT' } } },
              { name: 'PW', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
              { name: 'PLAIN', value: 'x' },
            ],
            envFrom: [{ secretRef: { name: 'env-secret' } }],
          },
        ],
        volumes: [
          { name: 'a', configMap: { name: 'files' } },
          { name: 'b', secret: { secretName: 'tls' } },
          {
            name: 'c',
            projected: { sources: [{ configMap: { name: 'p-cm' } }, { secret: { name: 'p-s' } }] },
          },
          { name: 'd', emptyDir: {} },
        ],
        imagePullSecrets: [{ name: 'pull' }],
      },
    });
    expect([...refs.ConfigMap].sort()).toEqual(['files', 'hello-config', 'init-cm', 'p-cm']);
    expect([...refs.Secret].sort()).toEqual(['db', 'env-secret', 'p-s', 'pull', 'tls']);
    expect(templateReferences(undefined).ConfigMap.size).toBe(0);
  });
});

describe('restoreConfigObject', () => {
  test("the previous data (and a Secret's type), with the planned name, namespace and labels only", () => {
    const planned = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'hello-config', namespace: 'ns', labels: { 'goship.dev/apply-set': 'hello' } },
      data: { SERVER_PORT: '9090' },
    };
    const live = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'hello-config', namespace: 'ns', resourceVersion: '42', uid: 'u', managedFields: [] },
      data: { SERVER_PORT: '8080', OLD: 'x' },
    };
    expect(restoreConfigObject(planned, live)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'hello-config', namespace: 'ns', labels: { 'goship.dev/apply-set': 'hello' } },
      data: { SERVER_PORT: '8080', OLD: 'x' },
    });
    const secret = restoreConfigObject(
      { ...planned, kind: 'Secret' },
      { ...live, kind: 'Secret', type: 'Opaque', data: { k: 'dg==' } },
    );
    expect(secret).toMatchObject({ kind: 'Secret', type: 'Opaque', data: { k: 'dg==' } });
  });
});
