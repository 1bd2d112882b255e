/*
 * Every stage's inputs, read by the stage's own reader before the first stage runs: a typo in `waves` or
 * `smoke-timeout` must not cost a Go download, a build and a pushed image first. What earlier stages will
 * produce (version, commit, binaries, image, manifests) is stood in for by values of the right form; the
 * kubeconfigs the rollout and the smoke test will use are read (not contacted), and every secret found is
 * masked now. Nothing here writes anything or talks to the network.
 */

import { join } from 'node:path';
import { formatReference, pinReference } from '@goship/contract';
import { readGoBuildInput, readSetupGoOptions } from '@goship/go/inputs';
import { readClusterSmokeOptions } from './fleet.js';
import type { StageName } from './stages.js';
import type { Upstream, Wiring } from './wiring.js';

export interface PreflightContext {
  workspace: string;
  runnerTemp: string;
  homedir: string;
  env: Record<string, string | undefined>;
  run: { ref?: string; sha?: string; repository?: string; runId?: string; serverUrl?: string };
  signal: AbortSignal;
  log: { info(m: string): void; warning(m: string): void; secret(v: string): void };
}

/** An input a stage refused before anything ran. */
export class PreflightError extends Error {
  constructor(
    readonly stage: StageName,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PreflightError';
  }
}

const ZERO_DIGEST = `sha256:${'0'.repeat(64)}`;

export async function preflight(w: Wiring, c: PreflightContext): Promise<void> {
  const check = async <T>(stage: StageName, read: () => T | Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (err) {
      throw new PreflightError(stage, err);
    }
  };
  const quiet = { info: () => {}, notice: () => {}, warning: () => {}, secret: c.log.secret };
  const stand: Upstream = {
    version: '0.0.0',
    commit: '0'.repeat(40),
    artifacts: [
      {
        name: w.inputs.name || 'app',
        os: 'linux',
        arch: 'amd64',
        path: join(w.workdir, '.goship-preflight'),
      },
    ],
    image: '',
    manifests: join(c.runnerTemp, 'render-manifests'),
  };

  await check('setup-go', () =>
    readSetupGoOptions(w.setupGo(), { workspace: c.workspace, env: c.env, homedir: c.homedir }),
  );
  const [compile, oci, manifests, kube, probe] = await Promise.all([
    import('@goship/go/compile'),
    import('@goship/oci'),
    import('@goship/manifests'),
    import('@goship/kube/inputs'),
    import('@goship/probe'),
  ]);
  await check('go-build-ldflags', () =>
    compile.checkGoBuildInput(readGoBuildInput(w.build(), { workspace: c.workspace, env: c.env })),
  );
  const request = await check('docker-multistage', () =>
    oci.readPublishRequest(w.image(stand), {
      workspace: c.workspace,
      runnerTemp: c.runnerTemp,
      env: c.env,
      log: quiet,
    }),
  );
  stand.image = pinReference(formatReference({ ...request.image, tag: undefined }), ZERO_DIGEST);
  await check('render-manifests', () =>
    manifests.readRenderOptions(w.render(stand), {
      workspace: c.workspace,
      runnerTemp: c.runnerTemp,
      env: c.env,
    }),
  );
  const rolloutContext = {
    workspace: c.workspace,
    env: c.env,
    run: c.run,
    signal: c.signal,
    log: { ...quiet, debug: () => {}, setSecret: c.log.secret },
  };
  if (w.fleet) {
    const fleet = await check('k8s-rollout', () => kube.readFleetOptions(w.rollout(stand), rolloutContext)!);
    await check('smoke-test', () =>
      readClusterSmokeOptions({
        probe,
        fleet,
        smokeInputs: (set) => w.smoke(stand, set),
        name: w.inputs.name ?? '',
        servicePort: w.servicePort,
        smokePath: w.smokePath,
        workspace: c.workspace,
        env: c.env,
        log: c.log,
      }),
    );
    return;
  }
  await check('k8s-rollout', () => {
    const options = kube.readRolloutOptions(w.rollout(stand), rolloutContext);
    for (const secret of kube.rolloutKubeconfig(options).secrets) c.log.secret(secret);
  });
  await check('smoke-test', () => {
    const { secrets } = probe.parseSmokeTestInputs(w.smoke(stand), { workspace: c.workspace, env: c.env });
    for (const secret of secrets) c.log.secret(secret);
  });
}
