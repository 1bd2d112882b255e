import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifests, resolveKubeconfig } from '@goship/cluster';
import { UserError } from '@goship/kit';
import {
  fleetRollout,
  parseClusters,
  parseWaves,
  type RolloutOptions,
  type RolloutResult,
  rollout,
  rolloutError,
  rolloutOutputs,
} from '../../../packages/kube/src/index.js';
import { ReplayApiServer, type Scenario, type StateName } from './api-server.js';
import { rawFixture, rolloutDefaults } from './fixtures.js';

/*
 * The rollout's verification (the pipeline's smoke test runs in `verify`) against a scenario recorded from the
 * real control plane, served back by a loopback API server: v2 (with a changed ConfigMap) rolls out over v1,
 * then the verification fails. A verify that throws — here with the message of an exec plugin that fails
 * when the smoke test asks it for a token — is a failed verification, rolled back exactly as one that returns a verdict:
 * the ConfigMap's previous content, then the previous pod template, each watched back to complete.
 */

const scenario = rawFixture<Scenario>('verify-rollback');
const EXEC_PLUGIN_FAILED =
  "Input 'kubeconfig': user 'u': the exec plugin 'get-token' exited with code 1: the one-time login was used";
const throwing = async (): Promise<undefined> => {
  throw new UserError(EXEC_PLUGIN_FAILED);
};
const smokeFailed = async () => ({ reason: 'SmokeTestFailed', message: 'GET /version: HTTP 503' });

const log = { info: () => {}, warning: () => {}, debug: () => {}, notice: () => {}, secret: () => {} };
const servers: ReplayApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function replay(state: StateName): Promise<ReplayApiServer> {
  const api = await new ReplayApiServer(scenario, state).start();
  servers.push(api);
  return api;
}

function workspace(version: 'v1' | 'v2'): string {
  const ws = mkdtempSync(join(tmpdir(), 'verify-'));
  writeFileSync(join(ws, 'app.yaml'), scenario.manifests[version]);
  return ws;
}

function options(
  api: ReplayApiServer,
  version: 'v1' | 'v2',
  verify: RolloutOptions['verify'],
): RolloutOptions {
  const ws = workspace(version);
  return {
    kubeconfig: resolveKubeconfig({ value: api.kubeconfig(), env: {}, cwd: ws }),
    manifests: loadManifests(['app.yaml'], ws),
    namespace: scenario.namespace,
    timeoutMs: 30_000,
    serverSide: true,
    force: false,
    prune: false,
    rollback: 'auto',
    onFirstFailure: 'keep',
    failureThreshold: 3,
    settleMs: 0,
    waitFor: new Set(['Deployment']),
    applySet: 'hello',
    workloadAnnotations: {},
    signal: new AbortController().signal,
    log,
    verify,
  };
}

/** What was applied, in order: `resource name`. */
const applied = (api: ReplayApiServer) =>
  api.applies().map((r) => `${r.path.split('/').at(-2)} ${r.path.split('/').at(-1)}`);

/** `rollout`, and what it threw if it did: a verify's exception must not escape (it would skip the rollback). */
const run = (o: RolloutOptions): Promise<RolloutResult | Error> => rollout(o).catch((err: Error) => err);

function expectRolledBack(api: ReplayApiServer, r: RolloutResult | Error): asserts r is RolloutResult {
  // What the API server was sent: the run's apply (ConfigMap, Deployment), then the rollback — the ConfigMap's
  // previous content first, then the previous pod template.
  expect(applied(api)).toEqual([
    'configmaps hello-config',
    'deployments hello',
    'configmaps hello-config',
    'deployments hello',
  ]);
  expect(r).not.toBeInstanceOf(Error);
  if (r instanceof Error) throw r;
  expect(r.status).toBe('rolled-back');
  const [, , config, template] = api.applies();
  expect(config!.state).toBe('v2');
  expect(config!.body.data).toEqual(scenario.states.v1.configmaps.items[0].data);
  expect(template!.body.spec.template).toEqual(scenario.rollbackBodies.deployment.spec.template);
  expect(api.state).toBe('rolledBack');
  const deployment = r.objects.find((o) => o.kind === 'Deployment')!;
  expect(deployment.outcome).toBe('rolled-back');
  expect(r.revision).toBe(
    scenario.states.rolledBack.deployments.items[0].metadata.annotations['deployment.kubernetes.io/revision'],
  );
  expect(r.recovery.join(' ')).toMatch(
    /rolled back its pod template only, to the previous revision's \(revision 1, now revision 3\); restored ConfigMap .*\/hello-config to their previous content/,
  );
}

test('a verify that throws is a failed verification: rolled back like a returned failure, its message in the failure', async () => {
  const api = await replay('v1');
  const r = await run(options(api, 'v2', throwing));
  expectRolledBack(api, r);
  expect(r.failure).toMatchObject({
    kind: 'Deployment',
    namespace: scenario.namespace,
    name: 'hello',
    reason: 'VerifyError',
    file: 'app.yaml',
  });
  expect(r.failure!.message).toBe(
    `the verification after the rollout failed with an error: ${EXEC_PLUGIN_FAILED}`,
  );
  // The step's outputs and error, as for any failed rollout.
  expect(rolloutOutputs(r)).toMatchObject({
    status: 'rolled-back',
    'rolled-back': true,
    failure: { reason: 'VerifyError', message: r.failure!.message },
  });
  expect(rolloutError(r)!.message).toBe(
    `Deployment ${scenario.namespace}/hello: VerifyError (rolled back: pod template only): ${r.failure!.message}`,
  );

  // The same run with a verify that returns its failure (the smoke test's wrong answer): the same requests.
  const same = await replay('v1');
  const smoke = await run(options(same, 'v2', smokeFailed));
  expectRolledBack(same, smoke);
  expect(smoke.failure).toMatchObject({ reason: 'SmokeTestFailed', message: 'GET /version: HTTP 503' });
  const sent = (s: ReplayApiServer) =>
    s.requests.map((q) => `${q.method} ${q.path} ${q.query.get('dryRun') ?? ''}`);
  expect(sent(api)).toEqual(sent(same));
});

test('a first deploy whose verify throws: as a failed smoke test on a first deploy, left as it is (nothing to go back to), and failed', async () => {
  const api = await replay('none');
  const r = await run(options(api, 'v1', throwing));
  expect(r).not.toBeInstanceOf(Error);
  if (r instanceof Error) throw r;
  expect(r.status).toBe('failed');
  expect(r.failure).toMatchObject({ reason: 'VerifyError' });
  expect(r.failure!.message).toContain(EXEC_PLUGIN_FAILED);
  expect(applied(api)).toEqual(['configmaps hello-config', 'deployments hello']);
  expect(r.recovery.join(' ')).toMatch(
    /first deploy failed and there is no previous revision to roll back to; left as it is/,
  );
  expect(rolloutError(r)!.message).toContain(
    `VerifyError: the verification after the rollout failed with an error`,
  );
});

test('a fleet: a verify that throws in wave 2 rolls that cluster back, and wave 1 with it', async () => {
  const [east, west] = [await replay('v1'), await replay('v1')];
  const ws = workspace('v2');
  for (const [name, api] of [
    ['east', east],
    ['west', west],
  ] as const)
    writeFileSync(join(ws, `${name}.kubeconfig`), api.kubeconfig(name));
  const verified: string[] = [];
  const r = await fleetRollout({
    context: { workspace: ws },
    kubeconfig: '',
    kubeconfigFromEnv: false,
    insecure: false,
    manifests: ['app.yaml'],
    namespace: scenario.namespace,
    timeoutMs: 30_000,
    waitFor: ['Deployment'],
    applySet: 'hello',
    ...rolloutDefaults(),
    signal: new AbortController().signal,
    log,
    clusters: parseClusters(
      '- {name: east, kubeconfig: east.kubeconfig}\n- {name: west, kubeconfig: west.kubeconfig}',
    ),
    waves: parseWaves('1, rest'),
    maxParallel: 1,
    pauseMs: 0,
    skipUnreachable: false,
    verify: async (_result, cluster) => {
      verified.push(cluster);
      if (cluster === 'west') await throwing();
      return undefined;
    },
  });
  expect(verified).toEqual(['east', 'west']);
  const by = Object.fromEntries(r.clusters.map((c) => [c.name, c]));
  expect(by.west).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.west!.cause).toContain(EXEC_PLUGIN_FAILED);
  expect(by.east).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.east!.cause).toMatch(/rolled back: cluster 'west' failed in wave 2 \(VerifyError\)/);
  expect(r.status).toBe('rolled-back');
  expect(r.failure).toContain(
    `cluster 'west' (wave 2) failed: VerifyError: the verification after the rollout failed with an error`,
  );
  for (const api of [east, west]) {
    expect(applied(api)).toEqual([
      'configmaps hello-config',
      'deployments hello',
      'configmaps hello-config',
      'deployments hello',
    ]);
    expect(api.applies()[3]!.body.spec.template).toEqual(scenario.rollbackBodies.deployment.spec.template);
    expect(api.state).toBe('rolledBack');
  }
});
