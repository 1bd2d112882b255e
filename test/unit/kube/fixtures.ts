import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubeObject, ResourceInfo } from '@goship/cluster';
import type { KubeEvent, RolloutTarget } from '../../../packages/kube/src/index.js';

/** A scenario recorded from the real API server by fixtures/record.ts. */
export interface Fixture {
  scenario: string;
  description: string;
  server: string;
  target: RolloutTarget;
  workload: KubeObject;
  replicaSets: KubeObject[];
  pods: KubeObject[];
  events: KubeEvent[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Fixture;
}

export function snapshotOf(f: Fixture) {
  return { workload: f.workload, replicaSets: f.replicaSets, pods: f.pods, events: f.events };
}

export function rawFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as T;
}

/** A ResourceInfo as discovery reports it for `<group>/v1` (or core `v1`). */
export const resourceInfo = (
  group: string,
  kind: string,
  resource: string,
  namespaced = true,
): ResourceInfo => ({
  apiVersion: group ? `${group}/v1` : 'v1',
  group,
  version: 'v1',
  kind,
  resource,
  namespaced,
});

/** The rollout options every unit test here leaves at the action's defaults (a fresh annotations map each). */
export const rolloutDefaults = () => ({
  prune: false,
  pruneKinds: [] as string[],
  serverSide: true,
  force: false,
  rollback: 'auto' as const,
  onFirstFailure: 'keep' as const,
  failureThreshold: 3,
  settleMs: 0,
  annotations: new Map<string, string>(),
});
