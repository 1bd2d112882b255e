/*
 * The whole chain in one process: setup-go → go-build-ldflags → docker-multistage → render-manifests →
 * k8s-rollout → smoke-test, each stage the same function its own action calls, with its inputs read by
 * the same reader. One version, one commit, one port and one image digest flow through; at the end the
 * integrity report puts every layer's port, version and digest side by side. A smoke test that fails after
 * a successful rollout rolls the release back (unless told not to), and says so.
 */
import { delimiter } from 'node:path';
import { readGoBuildInput, readSetupGoOptions } from '@goship/go/inputs';
import type { SourceLocation } from '@goship/kit';
import { fleetObservations, fleetRolloutStage } from './fleet.js';
import { checkIntegrity, type IntegrityReport, type Observation } from './integrity.js';
import { liveFacts } from './live.js';
import {
  buildObservations,
  imageObservations,
  listeningObservation,
  liveObservations,
  renderObservations,
  smokeObservations,
} from './observations.js';
import { PreflightError, preflight } from './preflight.js';
import {
  runSmoke,
  SMOKE_TEST_FAILED,
  type SmokeRun,
  smokeFailure,
  smokeRecord,
  smokeVerdict,
} from './smoke.js';
import type { StageName } from './stages.js';
import { wireStages } from './wiring.js';

export interface PipelineLog {
  info(message: string): void;
  warning(message: string, where?: SourceLocation): void;
  notice(message: string): void;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface PipelineOptions {
  /** The one-step action's inputs (with its action.yml defaults applied). */
  inputs: Record<string, string>;
  /** Where actions/<stage>/action.yml live (the stages' own input defaults). */
  actionsRoot: string;
  workspace: string;
  runnerTemp: string;
  homedir: string;
  /** The job's environment; stages that change it (setup-go) return the changes through `applyEnv`. */
  env: Record<string, string | undefined>;
  /** Makes variables and PATH entries visible to the stages that follow (and to later steps). */
  applyEnv(vars: Record<string, string>, path: string[]): void;
  /** The run context k8s-rollout records in its annotations. */
  run: { ref?: string; sha?: string; repository?: string; runId?: string; serverUrl?: string };
  signal: AbortSignal;
  log: PipelineLog;
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
  failure?: Error;
}

export class PipelineError extends Error {
  constructor(
    readonly stage: StageName,
    override readonly cause: unknown,
    readonly result: PipelineResult,
  ) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'PipelineError';
  }
}

/** A stage that failed with a report to keep (a rollout's per-object or per-cluster outcome). */
class StageFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly outputs: Record<string, unknown>,
    readonly summary: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const result: PipelineResult = { passed: false, stages: [] };
  const inputs = o.inputs;
  const env = { ...o.env };
  // Every input, the root's and each stage's, is checked before the first stage changes anything.
  let w: ReturnType<typeof wireStages>;
  try {
    w = wireStages({ inputs, actionsRoot: o.actionsRoot, workspace: o.workspace });
    await preflight(w, { ...o, env });
  } catch (err) {
    result.failure = err instanceof Error ? err : new Error(String(err));
    if (err instanceof PreflightError) throw new PipelineError(err.stage, err.cause, result);
    throw err;
  }
  const { port } = w;
  const stage = async <T>(
    name: StageName,
    fn: () => Promise<{ outputs: Record<string, unknown>; summary: string; value: T }>,
  ) => {
    const started = performance.now();
    try {
      const r = await o.log.group(name, fn);
      result.stages.push({
        stage: name,
        ok: true,
        durationMs: performance.now() - started,
        outputs: r.outputs,
        summary: r.summary,
      });
      return r.value;
    } catch (err) {
      const report = err instanceof StageFailure ? err : undefined;
      result.stages.push({
        stage: name,
        ok: false,
        durationMs: performance.now() - started,
        outputs: report?.outputs ?? {},
        summary: report?.summary ?? '',
      });
      const cause = report ? report.cause : err;
      result.failure = cause instanceof Error ? cause : new Error(String(cause));
      throw new PipelineError(name, cause, result);
    }
  };

  // 1. Go
  const go = await import('@goship/go/toolchain');
  await stage('setup-go', async () => {
    const options = readSetupGoOptions(w.setupGo(), {
      workspace: o.workspace,
      env,
      homedir: o.homedir,
      signal: o.signal,
    });
    const r = await go.setupGoStage({ ...options, log: o.log });
    o.applyEnv(r.env, r.path);
    Object.assign(env, r.env, { PATH: [...r.path, env.PATH ?? ''].join(delimiter) });
    return { outputs: r.outputs, summary: r.summary, value: r };
  });

  // 2. Build
  const compile = await import('@goship/go/compile');
  const build = await stage('go-build-ldflags', async () => {
    const input = readGoBuildInput(w.build(), {
      workspace: o.workspace,
      env,
      signal: o.signal,
    });
    const r = await compile.goBuildStage(
      { ...input, signal: o.signal },
      {
        info: o.log.info,
        warning: (w) => o.log.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, w.location),
        notice: o.log.notice,
        group: (_name, fn) => fn(),
      },
    );
    if (r.failures.length > 0) throw r.failures[r.failures.length - 1];
    return { outputs: r.outputs, summary: r.summary, value: r.outputs };
  });
  result.version = build.version;
  result.commit = build.commit;

  // 3. Image
  const oci = await import('@goship/oci');
  const image = await stage('docker-multistage', async () => {
    const request = oci.readPublishRequest(w.image({ artifacts: build.artifacts }), {
      workspace: o.workspace,
      runnerTemp: o.runnerTemp,
      env,
      signal: o.signal,
      log: o.log,
    });
    // The listening check runs inside publishImage, before the push (a mismatch fails the stage).
    const r = await oci.publishImage(request).finally(oci.closeConnections);
    // The integrity report compares the image as the registry serves it, read back with the same
    // credentials and origin rules, not the config we meant to push.
    const versionTag = r.tags.includes(build.version) ? build.version : undefined;
    const pushed = await oci
      .readPushedImage(
        new oci.RegistryPool({ ...request.registry, signal: o.signal, log: o.log.info }),
        request.image,
        r.digest,
        versionTag ? [versionTag] : [],
      )
      .finally(oci.closeConnections);
    return {
      outputs: {
        image: r.image,
        digest: r.digest,
        tags: r.tags.join(','),
        platforms: r.platforms.join(','),
        'listening-port': r.listening.port ?? '',
      },
      summary: oci.publishSummary(r),
      value: { ...r, pushed, versionTag },
    };
  });
  result.image = image.image;
  result.digest = image.digest;

  // 4. Manifests
  const manifests = await import('@goship/manifests');
  const rendered = await stage('render-manifests', async () => {
    const options = await manifests.readRenderOptions(
      w.render({ image: image.image, version: build.version, commit: build.commit }),
      { workspace: o.workspace, runnerTemp: o.runnerTemp, env },
    );
    const r = await manifests.renderManifestsStage({
      ...options,
      signal: o.signal,
      registerSecret: o.log.secret,
    });
    for (const w of r.result.warnings) o.log.warning(w.message, w.location);
    return { outputs: { ...r.outputs }, summary: r.summary, value: r.outputs };
  });
  result.ports = rendered.ports;

  // 5 + 6. Rollout, and the smoke test as its verification: a wrong answer after a successful rollout is a
  // failed rollout, rolled back by the same recovery (pod templates, and the ConfigMaps they read).
  const kube = await import('@goship/kube');
  const probe = await import('@goship/probe');
  const ns = w.namespace;
  const servicePort = w.servicePort;
  const target = w.smokeTarget;
  const smokeInputs = w.smoke(build);
  let smokeRun: SmokeRun | undefined;
  const rolloutInputs = () => w.rollout({ manifests: rendered.manifests, version: build.version });
  const rolloutContext = {
    workspace: o.workspace,
    env,
    run: o.run,
    signal: o.signal,
    log: { ...o.log, debug: () => {}, setSecret: o.log.secret },
  };
  // With `clusters`: the fleet, each cluster smoke-tested through its own API server (fleet.ts).
  const fleetRun = w.fleet
    ? await stage('k8s-rollout', async () => {
        const fleet = kube.readFleetOptions(rolloutInputs(), rolloutContext)!;
        const run = await fleetRolloutStage({
          kube,
          probe,
          fleet,
          smokeInputs: (set) => w.smoke(build, set),
          name: inputs.name!,
          servicePort,
          smokePath: w.smokePath,
          rollbackOnSmokeFailure: w.rollbackOnSmokeFailure,
          workspace: o.workspace,
          env,
          signal: o.signal,
          log: o.log,
          onSmoke: (cluster, s) => {
            const record = smokeRecord(probe, s);
            result.stages.push({
              stage: 'smoke-test',
              durationMs: s.durationMs,
              ...record,
              outputs: { cluster, ...record.outputs },
            });
          },
        });
        if (run.result.status === 'rolled-back') result.rolledBack = run.result.failure;
        const report = {
          outputs: kube.fleetOutputs(run.result),
          summary: kube.fleetSummaryMarkdown(run.result),
        };
        const failed = kube.fleetError(run.result);
        if (failed) throw new StageFailure(failed, report.outputs, report.summary);
        // Left as deployed (rollback-on-smoke-failure: false): the step still fails, as with one cluster.
        if (run.leftFailed.length > 0)
          throw new StageFailure(
            new Error(`smoke test failed: ${run.leftFailed.join('; ')}`),
            report.outputs,
            report.summary,
          );
        return { ...report, value: { run, fleet } };
      })
    : undefined;
  const rollout = fleetRun
    ? undefined
    : await stage('k8s-rollout', async () => {
        const options = kube.readRolloutOptions(rolloutInputs(), rolloutContext);
        const { secrets, ...smokeOptions } = probe.parseSmokeTestInputs(smokeInputs, {
          workspace: o.workspace,
          env,
        });
        for (const s of secrets) o.log.secret(s);
        const r = await kube.k8sRollout({
          ...options,
          // A smoke test that throws is a failed one (smoke.ts): rolled back like a wrong answer.
          verify: async () => {
            smokeRun = await runSmoke(probe, {
              ...smokeOptions,
              signal: o.signal,
              log: o.log,
              registerSecret: o.log.secret,
            });
            result.stages.push({
              stage: 'smoke-test',
              durationMs: smokeRun.durationMs,
              ...smokeRecord(probe, smokeRun),
            });
            return smokeVerdict(smokeRun, w.rollbackOnSmokeFailure, (m) => o.log.warning(m));
          },
        });
        if (r.status === 'rolled-back' && r.failure?.reason === SMOKE_TEST_FAILED)
          result.rolledBack = r.recovery.join(' ');
        const failed = kube.rolloutError(r);
        if (failed) throw new StageFailure(failed, kube.rolloutOutputs(r), kube.summaryMarkdown(r));
        // Left as deployed (rollback-on-smoke-failure: false): the step still fails.
        const smokeFailed = smokeRun && smokeFailure(smokeRun);
        if (smokeFailed) throw new Error(`smoke test failed: ${smokeFailed}`);
        return {
          outputs: kube.rolloutOutputs(r),
          summary: kube.summaryMarkdown(r),
          value: { result: r, options },
        };
      });
  // With clusters there is no one URL: each cluster's smoke target is in the k8s-rollout and smoke-test rows.
  result.url = fleetRun ? undefined : target;

  // 7. Integrity: every layer's port, version and digest.
  const observations: Observation[] = [
    ...buildObservations(build),
    listeningObservation(image.listening),
    ...imageObservations(image.pushed, { port, versionTag: image.versionTag }),
    ...renderObservations(rendered.ports),
    ...(fleetRun
      ? await fleetObservations(kube, fleetRun.fleet, fleetRun.run, inputs.name!, o.signal)
      : [
          ...liveObservations(
            await liveFacts(
              kube.rolloutKubeconfig(rollout!.options),
              rollout!.options.log,
              { namespace: ns, service: inputs.name!, deployment: inputs.name! },
              o.signal,
            ),
          ),
          ...smokeObservations(smokeRun?.smoke),
        ]),
  ];
  result.integrity = checkIntegrity(
    { port, version: build.version, commit: build.commit, digest: image.digest },
    observations,
  );
  result.passed = result.integrity.consistent;
  return result;
}
