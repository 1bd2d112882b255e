// The smoke test as the rollout's verification: one that throws (here the kubeconfig's exec plugin failing
// when the smoke test asks it for a token, from the real probe code) is a failed smoke test — rolled back
// like a wrong answer, its cause in the failure — never a pass, and never an exception that skips the rollback.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '../../../packages/kit/src';
import * as kube from '../../../packages/kube/src';
import { fleetRolloutStage } from '../../../packages/pipeline/src/fleet';
import { runSmoke, smokeFailure, smokeRecord, smokeVerdict } from '../../../packages/pipeline/src/smoke';
// The probe's smoke test itself, not its package index (which also loads the listening check).
import { parseSmokeTestInputs } from '../../../packages/probe/src/options';
import { smokeTest } from '../../../packages/probe/src/smoke-test';
import { reportJson, summaryMarkdown } from '../../../packages/probe/src/summary';
import { ReplayApiServer, type Scenario } from '../kube/api-server';
import { rawFixture } from '../kube/fixtures';

const probe = {
  smokeTest,
  parseSmokeTestInputs,
  reportJson,
  summaryMarkdown,
} as unknown as typeof import('@goship/probe');
const scenario = rawFixture<Scenario>('verify-rollback');
const ws = mkdtempSync(join(tmpdir(), 'pipeline-smoke-'));
const plugin = join(ws, 'credential-plugin.sh');
// A one-time login: a token once per state file, then the login is used up. k8s-rollout's client asks first
// and keeps the token for the whole rollout (and its rollback); the smoke test's own client asks again: it throws.
writeFileSync(
  plugin,
  `#!/bin/sh\nif [ -e "$1" ]; then echo 'the one-time login was used' >&2; exit 1; fi\ntouch "$1"\necho '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"exec-token-not-a-secret"}}'\n`,
  { mode: 0o755 },
);
/** The user of a kubeconfig that gets its token from that plugin, its login state in `state`. */
const execUser = (state: string) =>
  `{exec: {apiVersion: client.authentication.k8s.io/v1, command: ${plugin}, args: [${join(ws, state)}], interactiveMode: Never}}`;
const execKubeconfig = (server: string, name: string) => `apiVersion: v1
kind: Config
current-context: ${name}
clusters: [{name: ${name}, cluster: {server: '${server}'}}]
contexts: [{name: ${name}, context: {cluster: ${name}, user: admin}}]
users: [{name: admin, user: ${execUser(`${name}.login`)}}]
`;
const EXEC_FAILED = `Input 'kubeconfig': user 'admin': the exec plugin '${plugin}' exited with code 1: the one-time login was used`;
const smokeInputs = (set: Record<string, string | undefined>) =>
  new Inputs(objectInputs({ ...set, 'expect-version': '2.0.0', timeout: '10s' } as Record<string, string>));
const quiet = { info: () => {}, warning: () => {}, secret: () => {} };

describe('a smoke test that throws', () => {
  const options = () => {
    writeFileSync(join(ws, 'one.kubeconfig'), execKubeconfig('https://127.0.0.1:6443', 'one'));
    // Its login already used (no rollout here asked first).
    writeFileSync(join(ws, 'one.login'), '');
    const { secrets: _, ...o } = parseSmokeTestInputs(
      smokeInputs({ service: 'apps/hello:80/version', kubeconfig: 'one.kubeconfig' }),
      { workspace: ws, env: {} },
    );
    return { ...o, signal: new AbortController().signal };
  };

  test('is a failed smoke test with its cause: SmokeTestFailed (rolled back), or left with rollback-on-smoke-failure: false', async () => {
    const run = await runSmoke(probe, options());
    expect(run.smoke).toBeUndefined();
    expect(run.error).toBe(EXEC_FAILED);
    expect(smokeFailure(run)).toBe(`the smoke test could not run: ${EXEC_FAILED}`);
    const warnings: string[] = [];
    expect(smokeVerdict(run, true, (m) => warnings.push(m))).toEqual({
      reason: 'SmokeTestFailed',
      message: `the smoke test could not run: ${EXEC_FAILED}`,
    });
    expect(warnings).toEqual([
      'The smoke test could not run after a successful rollout: rolling the release back.',
    ]);
    // Left as deployed when told so; the pipeline still fails the step on smokeFailure.
    expect(smokeVerdict(run, false, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings.at(-1)).toMatch(/rollback-on-smoke-failure is false: left as deployed/);
    expect(smokeRecord(probe, run)).toMatchObject({
      ok: false,
      outputs: { passed: false, error: EXEC_FAILED },
    });
  });
});

describe("the pipeline's fleet rollout (recorded scenario served back by a loopback API server)", () => {
  const servers: ReplayApiServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  /** east (wave 1) and west (wave 2), both on v1, both with the one-time-login user; v2 rolled out to them. */
  async function fleet(rollbackOnSmokeFailure: boolean) {
    const [east, west] = [new ReplayApiServer(scenario, 'v1'), new ReplayApiServer(scenario, 'v1')];
    servers.push(east, west);
    await Promise.all([east.start(), west.start()]);
    for (const c of ['east', 'west']) rmSync(join(ws, `${c}.login`), { force: true });
    writeFileSync(join(ws, 'east.kubeconfig'), east.kubeconfig('east', execUser('east.login')));
    writeFileSync(join(ws, 'west.kubeconfig'), west.kubeconfig('west', execUser('west.login')));
    writeFileSync(join(ws, 'app.yaml'), scenario.manifests.v2);
    const smokes: string[] = [];
    const run = await fleetRolloutStage({
      kube,
      probe,
      fleet: {
        context: { workspace: ws },
        kubeconfig: '',
        kubeconfigFromEnv: false,
        insecure: false,
        manifests: ['app.yaml'],
        namespace: scenario.namespace,
        timeoutMs: 30_000,
        waitFor: ['Deployment'],
        applySet: 'hello',
        prune: false,
        pruneKinds: [],
        serverSide: true,
        force: false,
        rollback: 'auto',
        onFirstFailure: 'keep',
        failureThreshold: 3,
        settleMs: 0,
        annotations: new Map(),
        signal: new AbortController().signal,
        log: { ...quiet, debug: () => {}, notice: () => {}, setSecret: () => {} },
        clusters: kube.parseClusters(
          '- {name: east, kubeconfig: east.kubeconfig}\n- {name: west, kubeconfig: west.kubeconfig}',
        ),
        waves: kube.parseWaves('1, rest'),
        maxParallel: 1,
        pauseMs: 0,
        skipUnreachable: false,
      },
      smokeInputs,
      name: 'hello',
      servicePort: 80,
      smokePath: '/version',
      rollbackOnSmokeFailure,
      workspace: ws,
      env: {},
      signal: new AbortController().signal,
      log: quiet,
      onSmoke: (cluster, r) => smokes.push(`${cluster}: ${smokeRecord(probe, r).ok ? 'passed' : r.error}`),
    });
    return { ...run, east, west, smokes };
  }

  test('the smoke test throws in wave 1: that cluster is rolled back (SmokeTestFailed, the cause named), wave 2 is not touched', async () => {
    const { result, leftFailed, east, west, smokes } = await fleet(true);
    const [e, w] = result.clusters;
    expect(e).toMatchObject({ name: 'east', status: 'rolled-back', endsOn: 'old' });
    expect(w).toMatchObject({ name: 'west', status: 'untouched', endsOn: 'old' });
    expect(result.status).toBe('rolled-back');
    expect(result.failure).toBe(
      `cluster 'east' (wave 1) failed: SmokeTestFailed: the smoke test could not run: ${EXEC_FAILED}`,
    );
    // east: applied, then its ConfigMap and pod template put back; west: nothing applied.
    expect(east.applies().map((r) => r.path.split('/').at(-2))).toEqual([
      'configmaps',
      'deployments',
      'configmaps',
      'deployments',
    ]);
    expect(east.applies()[3]!.body.spec.template).toEqual(scenario.rollbackBodies.deployment.spec.template);
    expect(east.state).toBe('rolledBack');
    expect(west.applies()).toEqual([]);
    // The smoke-test row of the stage table says why it failed.
    expect(smokes).toEqual([`east: ${EXEC_FAILED}`]);
    expect(leftFailed).toEqual([]);
  });

  test('with rollback-on-smoke-failure: false the clusters stay deployed, as for a wrong answer, and are named as failed', async () => {
    const { result, leftFailed, east, west } = await fleet(false);
    expect(result.status).toBe('succeeded');
    expect([east.state, west.state]).toEqual(['v2', 'v2']);
    // What the pipeline fails the step with (it no longer passes as "deployed and verified").
    expect(leftFailed).toEqual([
      `cluster 'east': the smoke test could not run: ${EXEC_FAILED}`,
      `cluster 'west': the smoke test could not run: ${EXEC_FAILED}`,
    ]);
  });
});
