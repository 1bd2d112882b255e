// The smoke test as the rollout's verification: one that throws (here because the kubeconfig user's exec
// credential plugin fails when the smoke test runs it, after it gave the rollout a token — through the real
// smoke-test stage) is a failed smoke test — rolled back like a wrong answer, its cause in the failure —
// never a pass, and never an exception that skips the rollback.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StageContext } from '../../../packages/kit/src';
import * as kube from '../../../packages/kube/src';
import { k8sRolloutStage } from '../../../packages/kube/src/stages';
import { runSmoke, smokeFailure, smokeRecord, smokeVerdict } from '../../../packages/pipeline/src/smoke';
import { readSmokeConfigs, smokeVerification } from '../../../packages/pipeline/src/verification';
import { wireStages } from '../../../packages/pipeline/src/wiring';
import { smokeTestStage } from '../../../packages/probe/src/stages';
import { ReplayApiServer, type Scenario } from '../kube/api-server';
import { rawFixture } from '../kube/fixtures';

const scenario = rawFixture<Scenario>('verify-rollback');
const ws = mkdtempSync(join(tmpdir(), 'pipeline-smoke-'));
const plugin = join(ws, 'credential-plugin.sh');
// Gives a token on its first run per cluster (the rollout's), then fails (the smoke test's).
writeFileSync(
  plugin,
  `#!/bin/sh
count="${ws}/$1.count"
n=$(cat "$count" 2>/dev/null || echo 0)
echo $((n + 1)) > "$count"
if [ "$n" -ge 1 ]; then echo "no more credentials for $1" >&2; exit 1; fi
echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"exec-token-not-a-secret"}}'
`,
  { mode: 0o755 },
);
/** The user of a kubeconfig that gets its token from the exec plugin above, for cluster `name`. */
const execUser = (name: string) =>
  `{exec: {apiVersion: client.authentication.k8s.io/v1, command: ${plugin}, args: [${name}], interactiveMode: Never}}`;
const execKubeconfig = (server: string, name: string) => `apiVersion: v1
kind: Config
current-context: ${name}
clusters: [{name: ${name}, cluster: {server: '${server}'}}]
contexts: [{name: ${name}, context: {cluster: ${name}, user: admin}}]
users: [{name: admin, user: ${execUser(name)}}]
`;
const quiet = {
  info: () => {},
  notice: () => {},
  warning: () => {},
  debug: () => {},
  secret: () => {},
  group: <T>(_: string, fn: () => Promise<T>) => fn(),
};
const ctx: StageContext = {
  workspace: ws,
  runnerTemp: ws,
  homedir: ws,
  env: {},
  run: {},
  signal: new AbortController().signal,
  log: quiet,
  chained: true,
};
const wiring = (clusters?: string) =>
  wireStages({
    inputs: {
      name: 'hello',
      kubeconfig: 'one.kubeconfig',
      'smoke-timeout': '10s',
      ...(clusters ? { clusters } : {}),
    },
    workspace: ws,
  });
const upstream = { version: '2.0.0' };

describe('a smoke test that throws', () => {
  const config = () => {
    writeFileSync(join(ws, 'one.kubeconfig'), execKubeconfig('https://127.0.0.1:6443', 'one'));
    // The rollout has had its token: the plugin fails from now on.
    writeFileSync(join(ws, 'one.count'), '1');
    return smokeTestStage.read(wiring().stage('smoke-test'), ctx);
  };

  test('is a failed smoke test with its cause: SmokeTestFailed (rolled back), or left with rollback-on-smoke-failure: false', async () => {
    const run = await runSmoke(await config(), upstream, ctx);
    expect(run.smoke).toBeUndefined();
    expect(run.error).toMatch(/plugin/);
    const cause = run.error!;
    expect(smokeFailure(run)).toBe(`the smoke test could not run: ${cause}`);
    const warnings: string[] = [];
    expect(smokeVerdict(run, true, (m) => warnings.push(m))).toEqual({
      reason: 'SmokeTestFailed',
      message: `the smoke test could not run: ${cause}`,
    });
    expect(warnings).toEqual([
      'The smoke test could not run after a successful rollout: rolling the release back.',
    ]);
    // Left as deployed when told so; the pipeline still fails the step on smokeFailure.
    expect(smokeVerdict(run, false, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings.at(-1)).toMatch(/rollback-on-smoke-failure is false: left as deployed/);
    expect(smokeRecord(run)).toMatchObject({ ok: false, outputs: { passed: false, error: cause } });
  });
});

describe("the pipeline's fleet rollout (recorded scenario served back by a loopback API server)", () => {
  const servers: ReplayApiServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  /** east (wave 1) and west (wave 2), both on v1, both with the exec-plugin user; v2 rolled out to them. */
  async function fleet(rollbackOnSmokeFailure: boolean) {
    const [east, west] = [new ReplayApiServer(scenario, 'v1'), new ReplayApiServer(scenario, 'v1')];
    servers.push(east, west);
    await Promise.all([east.start(), west.start()]);
    for (const c of ['east', 'west']) rmSync(join(ws, `${c}.count`), { force: true });
    writeFileSync(join(ws, 'east.kubeconfig'), east.kubeconfig('east', execUser('east')));
    writeFileSync(join(ws, 'west.kubeconfig'), west.kubeconfig('west', execUser('west')));
    writeFileSync(join(ws, 'app.yaml'), scenario.manifests.v2);
    const smokes: string[] = [];
    const clusters =
      '- {name: east, kubeconfig: east.kubeconfig}\n- {name: west, kubeconfig: west.kubeconfig}';
    const config = {
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
        rollback: 'auto' as const,
        onFirstFailure: 'keep' as const,
        failureThreshold: 3,
        settleMs: 0,
        annotations: new Map(),
        clusters: kube.parseClusters(clusters),
        waves: kube.parseWaves('1, rest'),
        maxParallel: 1,
        pauseMs: 0,
        skipUnreachable: false,
      },
    };
    const verification = smokeVerification({
      configs: await readSmokeConfigs(wiring(clusters), config, ctx),
      upstream,
      rollbackOnSmokeFailure,
      ctx,
      onSmoke: (cluster, r) => smokes.push(`${cluster}: ${smokeRecord(r).ok ? 'passed' : r.error}`),
    });
    const run = await k8sRolloutStage.run(config, { verify: verification.verify }, ctx);
    const result = run.value.fleet!;
    return { result, leftFailed: verification.leftFailed, east, west, smokes };
  }

  test('the smoke test throws in wave 1: that cluster is rolled back (SmokeTestFailed, the cause named), wave 2 is not touched', async () => {
    const { result, leftFailed, east, west, smokes } = await fleet(true);
    const [e, w] = result.clusters;
    expect(e).toMatchObject({ name: 'east', status: 'rolled-back', endsOn: 'old' });
    expect(w).toMatchObject({ name: 'west', status: 'untouched', endsOn: 'old' });
    expect(result.status).toBe('rolled-back');
    expect(result.failure).toMatch(
      /^cluster 'east' \(wave 1\) failed: SmokeTestFailed: the smoke test could not run: .*plugin/,
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
    expect(smokes).toEqual([expect.stringMatching(/^east: .*plugin/)]);
    expect(leftFailed).toEqual([]);
  });

  test('with rollback-on-smoke-failure: false the clusters stay deployed, as for a wrong answer, and are named as failed', async () => {
    const { result, leftFailed, east, west } = await fleet(false);
    expect(result.status).toBe('succeeded');
    expect([east.state, west.state]).toEqual(['v2', 'v2']);
    // What the pipeline fails the step with (it no longer passes as "deployed and verified").
    expect(leftFailed).toEqual([
      expect.stringMatching(/^cluster 'east': the smoke test could not run: .*plugin/),
      expect.stringMatching(/^cluster 'west': the smoke test could not run: .*plugin/),
    ]);
  });
});
