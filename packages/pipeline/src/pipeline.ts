/*
 * The whole chain in one process: setup-go → go-build-ldflags → docker-multistage → render-manifests →
 * k8s-rollout (verified by smoke-test), each the same stage its own action runs (packages/kit/src/stage.ts).
 * Every stage's `read` runs first — that is the pre-flight: a typo in a late stage's input costs no Go
 * download, build or push. Then each `run` gets the typed values earlier stages produced as `upstream`.
 * At the end the integrity report puts every layer's port, version and digest side by side.
 */
import { delimiter } from 'node:path';
import {
  type Delivery,
  errorMessage,
  type Log,
  type RunInfo,
  runStageTraced,
  type Stage,
  type StageContext,
  StageError,
  stageFailure,
} from '@goship/kit';
import { integrityObservations } from './evidence.js';
import { checkIntegrity, type IntegrityReport } from './integrity.js';
import { SMOKE_TEST_FAILED, smokeRecord } from './smoke.js';
import { smokeExpectation } from './smoke-expectation.js';
import type { StageName } from './stages.js';
import { type Wiring, wireStages } from './wiring.js';

export interface PipelineOptions {
  /** The one-step action's inputs (with its action.yml defaults applied). */
  inputs: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  homedir: string;
  /** The job's environment; stages that change it (setup-go) return the changes through `applyEnv`. */
  env: Record<string, string | undefined>;
  /** Makes variables and PATH entries visible to the stages that follow (and to later steps). */
  applyEnv(vars: Record<string, string>, path: string[]): void;
  /** The run k8s-rollout records in its annotations. */
  run: RunInfo;
  signal: AbortSignal;
  log: Log;
}

export interface StageRecord {
  stage: StageName;
  ok: boolean;
  durationMs: number;
  outputs: Record<string, unknown>;
  summary: string;
}

export interface PipelineResult {
  passed: boolean;
  url?: string;
  version?: string;
  commit?: string;
  image?: string;
  digest?: string;
  ports?: unknown;
  stages: StageRecord[];
  integrity?: IntegrityReport;
  /** Set when the smoke test failed after the rollout and the release was rolled back. */
  rolledBack?: string;
  /** The delivery figures k8s-rollout measured: one cluster (a fleet's, per cluster, are in its clusters' reports). */
  delivery?: Delivery;
  /** k8s-rollout's "Delivery" table (a row per cluster for a fleet), for the top of the summary; '' for none. */
  deliveryTable?: string;
  failure?: Error;
}

export class PipelineError extends Error {
  constructor(
    /** The stage that failed; undefined for the one-step action's own inputs. */
    readonly stage: StageName | undefined,
    override readonly cause: unknown,
    readonly result: PipelineResult,
  ) {
    super(`${stage ? `${stage}: ` : ''}${errorMessage(cause)}`);
    this.name = 'PipelineError';
  }
}

/** The stages, loaded once the one-step action's own inputs are valid (a bad one fails before they parse). */
async function loadStages() {
  const [go, oci, manifests, kube, verification] = await Promise.all([
    import('@goship/go'),
    import('@goship/oci'),
    import('@goship/manifests'),
    import('@goship/kube'),
    import('./verification.js'),
  ]);
  return {
    ...verification,
    setupGo: go.setupGo,
    goBuildLdflags: go.goBuildLdflags,
    dockerMultistage: oci.dockerMultistage,
    readBackImage: oci.readBackImage,
    renderManifests: manifests.renderManifests,
    k8sRolloutStage: kube.k8sRolloutStage,
  };
}

/** Every stage's config, read in chain order: the pre-flight. Nothing is written or contacted. */
export async function readStages(w: Wiring, ctx: StageContext) {
  const { setupGo, goBuildLdflags, dockerMultistage, renderManifests, k8sRolloutStage, readSmokeConfigs } =
    await loadStages();
  const read = async <C>(stage: Stage<C, never, unknown>, name: StageName): Promise<C> => {
    try {
      return await stage.read(w.stage(name), ctx);
    } catch (err) {
      throw new PipelineError(name, err, { passed: false, stages: [] });
    }
  };
  const setup = await read(setupGo, 'setup-go');
  const build = await read(goBuildLdflags, 'go-build-ldflags');
  const image = await read(dockerMultistage, 'docker-multistage');
  const render = await read(renderManifests, 'render-manifests');
  const rollout = await read(k8sRolloutStage, 'k8s-rollout');
  let smoke: Awaited<ReturnType<typeof readSmokeConfigs>>;
  try {
    smoke = await readSmokeConfigs(w, rollout, ctx);
  } catch (err) {
    throw new PipelineError(rollout.fleet ? 'k8s-rollout' : 'smoke-test', err, { passed: false, stages: [] });
  }
  return { setup, build, image, render, rollout, smoke };
}

/**
 * Runs one stage in its log group and records it; a failure (its own, or what `check` finds in its value)
 * ends the pipeline with the stage's report kept. Environment changes (setup-go) reach later stages.
 */
function stepRunner(result: PipelineResult, ctx: StageContext, o: Pick<PipelineOptions, 'log' | 'applyEnv'>) {
  return async <C, U, V>(
    stage: Stage<C, U, V>,
    config: C,
    upstream: U,
    check?: (value: V) => Error | undefined,
  ): Promise<V> => {
    const name = stage.name as StageName;
    const started = performance.now();
    const record = (ok: boolean, outputs: Record<string, unknown>, summary: string) =>
      result.stages.push({ stage: name, ok, durationMs: performance.now() - started, outputs, summary });
    let cause: unknown;
    try {
      const r = await o.log.group(name, () => runStageTraced(stage, config, upstream, ctx));
      // The check sees the value whether or not the stage failed: a rolled-back rollout is reported too.
      const checked = check?.(r.value);
      const failed = stageFailure(r.failures) ?? checked;
      record(!failed, r.outputs, r.summary);
      if (r.environment) {
        o.applyEnv(r.environment.vars, r.environment.path);
        Object.assign(ctx.env, r.environment.vars, {
          PATH: [...r.environment.path, ctx.env.PATH ?? ''].join(delimiter),
        });
      }
      if (!failed) return r.value;
      cause = failed;
    } catch (err) {
      const report = err instanceof StageError ? err.report : {};
      record(false, report.outputs ?? {}, report.summary ?? '');
      cause = err instanceof StageError ? err.failure : err;
    }
    result.failure = cause instanceof Error ? cause : new Error(String(cause));
    throw new PipelineError(name, cause, result);
  };
}

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const result: PipelineResult = { passed: false, stages: [] };
  const ctx: StageContext = {
    workspace: o.workspace,
    runnerTemp: o.runnerTemp,
    homedir: o.homedir,
    env: { ...o.env },
    run: o.run,
    signal: o.signal,
    log: o.log,
    chained: true,
  };
  let w: Wiring;
  let configs: Awaited<ReturnType<typeof readStages>>;
  try {
    w = wireStages({ inputs: o.inputs, workspace: o.workspace });
    configs = await readStages(w, ctx);
  } catch (err) {
    result.failure = err instanceof Error ? err : new Error(String(err));
    if (err instanceof PipelineError) throw new PipelineError(err.stage, err.cause, result);
    throw err;
  }

  const {
    setupGo,
    goBuildLdflags,
    dockerMultistage,
    readBackImage,
    renderManifests,
    k8sRolloutStage,
    smokeVerification,
  } = await loadStages();
  const step = stepRunner(result, ctx, o);
  await step(setupGo, configs.setup, {});
  const built = await step(goBuildLdflags, configs.build, {});
  const build = built.outputs;
  result.version = build.version;
  result.commit = build.commit;
  // The smoke test expects the version and commit only where the service can say them (typed: the
  // variables the build injected); otherwise a success status on smoke-path, and the digest proves the release.
  const expectation = smokeExpectation({
    mode: w.smokeVersion,
    injected: built.injected,
    version: build.version,
    commit: build.commit,
    smokePath: w.smokePath,
  });
  if (expectation.notice) o.log.notice(expectation.notice, { title: 'goship: smoke test' });

  const image = await step(dockerMultistage, configs.image, {
    artifacts: build.artifacts,
    version: build.version,
  });
  result.image = image.image;
  result.digest = image.digest;
  // The integrity report compares the image as the registry serves it, not the config we meant to push.
  const versionTag = image.tags.includes(build.version) ? build.version : undefined;
  const pushed = await readBackImage(configs.image, image, versionTag ? [versionTag] : [], ctx);

  const rendered = await step(renderManifests, configs.render, {
    image: image.image,
    version: build.version,
    commit: build.commit,
    port: w.port,
  });
  result.ports = rendered.outputs.ports;

  // The smoke test is the rollout's verification: a wrong answer after a successful rollout is a failed
  // rollout, rolled back by the same recovery (pod templates, and the ConfigMaps they read).
  const verification = smokeVerification({
    configs: configs.smoke,
    upstream: expectation.upstream,
    rollbackOnSmokeFailure: w.rollbackOnSmokeFailure,
    ctx,
    onSmoke: (cluster, run) => {
      const record = smokeRecord(run);
      result.stages.push({
        stage: 'smoke-test',
        durationMs: run.durationMs,
        ...record,
        outputs: w.fleet ? { cluster, ...record.outputs } : record.outputs,
      });
    },
  });
  const deployed = await step(
    k8sRolloutStage,
    configs.rollout,
    {
      manifests: rendered.outputs.manifests,
      version: build.version,
      verify: verification.verify,
      // The lead time starts at the time the build stamped (describeSource: the commit's, or SOURCE_DATE_EPOCH).
      commitTime: build.date,
      commit: build.commit,
    },
    ({ single, fleet, delivery, deliveryTable }) => {
      result.delivery = delivery;
      result.deliveryTable = deliveryTable;
      if (fleet?.status === 'rolled-back') result.rolledBack = fleet.failure;
      if (single?.status === 'rolled-back' && single.failure?.reason === SMOKE_TEST_FAILED)
        result.rolledBack = single.recovery.join(' ');
      // Left as deployed (rollback-on-smoke-failure: false): the step still fails.
      const left = verification.leftFailed;
      return left.length > 0 ? new Error(`smoke test failed: ${left.join('; ')}`) : undefined;
    },
  );
  // With clusters there is no one URL: each cluster's smoke target is in the k8s-rollout and smoke-test rows.
  result.url = w.fleet ? undefined : w.smokeTarget(expectation.path);

  result.integrity = checkIntegrity(
    { port: w.port, version: build.version, commit: build.commit, digest: image.digest },
    await integrityObservations({
      wiring: w,
      artifacts: build.artifacts,
      image,
      pushed,
      versionTag,
      ports: rendered.outputs.ports,
      rollout: configs.rollout,
      deployed,
      smokes: verification.runs,
      smokePath: expectation.path,
      reportsVersion: expectation.notice === undefined,
      signal: o.signal,
      log: o.log,
    }),
  );
  result.passed = result.integrity.consistent;
  return result;
}
