/* Error explanations replayed on the Status bodies the real API server sent (fixtures/api-errors.json). */

import {
  ApiError,
  type ApiStatus,
  buildPlan,
  explainApplyError,
  fieldPath,
  mergePatch,
  parseManifests,
  type ResourceInfo,
} from '@goship/cluster';
import type { UserError } from '@goship/kit';
import { rawFixture } from '../kube/fixtures.js';

const statuses =
  rawFixture<Record<'immutableSelector' | 'conflict' | 'unknownField' | 'wrongType', ApiStatus>>(
    'api-errors',
  );
const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 4
  replicaz: 3
  selector:
    matchLabels: {app: hello, tier: web}
  template:
    metadata: {labels: {app: hello, tier: web}}
    spec: {containers: [{name: app, image: x}]}
`;
const info: ResourceInfo = {
  apiVersion: 'apps/v1',
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  resource: 'deployments',
  namespaced: true,
};
const [planned] = buildPlan([{ manifest: parseManifests(text, 'deploy.yaml', [])[0]!, info }], {
  defaultNamespace: 'web',
  applySet: 'x',
  workloadAnnotations: {},
});
// Only what explainApplyError reads of the client: who we are, and the generic explanations.
const client = { target: { user: 'deployer' } as never, explain: (e: unknown) => e };
const explain = (s: ApiStatus) =>
  explainApplyError(new ApiError(s.code!, s, 'PATCH', '/x'), planned!, client) as UserError;

describe('explainApplyError (real Status bodies)', () => {
  test('immutable selector: names the field, its line, and the ways out', () => {
    const e = explain(statuses.immutableSelector);
    expect(e.message).toMatch(
      /^deploy.yaml:8: Deployment web\/hello: field spec.selector is immutable and differs from the live object \(the server said: Deployment.apps "hello" is invalid: spec.selector: Invalid value: .*field is immutable\)$/,
    );
    expect(e.location).toEqual({ file: 'deploy.yaml', line: 8 });
    expect(e.hint).toContain('kubectl delete deployment hello -n web');
    expect(e.hint).toContain('keep the old value');
  });

  test('conflict with another field manager: who, which field, force-conflicts', () => {
    const e = explain(statuses.conflict);
    expect(e.message).toBe(
      'deploy.yaml:6: Deployment web/hello: Apply failed with 1 conflict: conflict with "ops-team": .spec.replicas',
    );
    expect(e.hint).toContain('owned by another field manager (ops-team)');
    expect(e.hint).toContain('force-conflicts: true');
    expect(e.location?.line).toBe(6);
  });

  test('unknown field and wrong type (strict validation): the field’s line', () => {
    const unknown = explain(statuses.unknownField);
    expect(unknown.message).toMatch(
      /^deploy.yaml:7: Deployment web\/hello is invalid: .*\.spec\.replicaz: field not declared in schema$/,
    );
    const wrong = explain(statuses.wrongType);
    expect(wrong.message).toMatch(
      /^deploy.yaml:6: Deployment web\/hello is invalid: .*\.spec\.replicas: expected numeric/,
    );
  });

  test('missing namespace and forbidden', () => {
    const ns = explain({
      code: 404,
      reason: 'NotFound',
      message: 'namespaces "web" not found',
      details: { name: 'web', kind: 'namespaces' },
    });
    expect(ns.message).toBe(
      "deploy.yaml:1: Deployment web/hello: namespace 'web' does not exist on the server",
    );
    const forbidden = explain({
      code: 403,
      reason: 'Forbidden',
      message:
        'deployments.apps "hello" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "deployments"',
    });
    expect(forbidden.message).toContain('forbidden: deployments.apps "hello" is forbidden');
    expect(forbidden.hint).toContain("user 'deployer' lacks RBAC permission");
  });
});

describe('helpers', () => {
  test('fieldPath', () => {
    expect(fieldPath('.spec.template.spec.containers[0].image')).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'image',
    ]);
    expect(fieldPath('spec.selector')).toEqual(['spec', 'selector']);
  });

  test('mergePatch: sets what is desired, removes what the last apply set and is gone, replaces lists', () => {
    const previous = { data: { A: '1', B: '2' }, metadata: { labels: { x: 'y' } }, list: [1, 2] };
    const desired = { data: { A: '3' }, list: [3], metadata: { name: 'n' } };
    expect(mergePatch(previous, desired)).toEqual({
      data: { A: '3', B: null },
      list: [3],
      metadata: { name: 'n', labels: null },
    });
    expect(mergePatch(undefined, desired)).toEqual(desired);
  });
});
