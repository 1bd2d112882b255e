/*
 * What each stage's reader is given in the one-step action: the root inputs under the stage's own names,
 * and the few inputs the pipeline decides (the working directory, assemble mode, the smoke target). The
 * values earlier stages produce (artifacts, the pinned image, version, commit, manifests) are not inputs
 * here: they reach each stage's `run` typed (pipeline.ts).
 */
import { argsInput, portEnvInput } from '@goship/contract';
import { InputError, Inputs, objectInputs } from '@goship/kit';
import { SMOKE_VERSIONS, type SmokeVersion } from './smoke-expectation.js';
import { type StageName, stageInputs } from './stages.js';

export interface Wiring {
  inputs: Record<string, string>;
  workdir: string;
  port: number;
  /** The variable the service reads its port from (port-env). */
  portEnv: string;
  /** port-var: none — no -X port; the service reads portEnv or takes args. */
  noPortVar: boolean;
  servicePort: number;
  namespace: string;
  /** With clusters: the fleet (each cluster smoke-tested through its own API server). */
  fleet: boolean;
  /** The smoke test's target: `url`, else the Service through the API server, at `path`. */
  smokeTarget(path: string): string;
  /** smoke-path as given ('' for the default: /version when the version is expected, else /). */
  smokePath: string;
  /** smoke-version: whether the smoke test expects the version and commit (smoke-expectation.ts). */
  smokeVersion: SmokeVersion;
  rollbackOnSmokeFailure: boolean;
  /** A stage's inputs; for the smoke test, `set` replaces the target (a fleet's cluster). */
  stage(name: StageName, set?: Record<string, string | undefined>): Inputs;
}

const joinWorkdir = (workspace: string, dir: string) =>
  dir && dir !== '.' ? `${workspace}/${dir}` : workspace;

/**
 * The root inputs the pipeline itself reads (not passed through to a stage under the same name) are checked
 * here, by the names the user wrote.
 */
export function wireStages(o: { inputs: Record<string, string>; workspace: string }): Wiring {
  const inputs = o.inputs;
  const root = new Inputs(objectInputs(inputs));
  const token = inputs.token ?? '';
  const workdir = joinWorkdir(o.workspace, inputs['working-directory'] ?? '.');
  const port = root.port('port', 8080)!;
  const { portEnv, noPortVar } = portInputs(inputs, root);
  const servicePort = root.port('service-port', 80)!;
  const smokePath = inputs['smoke-path']?.trim() ?? '';
  if (smokePath && !smokePath.startsWith('/'))
    throw new InputError(
      'smoke-path',
      `'${smokePath}' does not start with /`,
      'a path such as /version, or empty for the default',
    );
  const smokeVersion = root.enum('smoke-version', SMOKE_VERSIONS, 'auto');
  root.duration('smoke-timeout');
  const rollbackOnSmokeFailure = root.boolean('rollback-on-smoke-failure', true);
  const url = inputs.url?.trim() ?? '';
  const fleet = (inputs.clusters?.trim() ?? '') !== '';
  if (fleet && url)
    throw new InputError(
      'url',
      'is one address, but clusters lists several',
      'no url with clusters',
      'Each cluster is smoke-tested through its own API server (the service proxy); remove url.',
    );
  const namespace = inputs.namespace || 'default';
  const given = inputs.manifests?.trim() ?? '';
  // Without smoke-path the service target names no path: the smoke test's version-path fills it in when the
  // version is expected (smoke-test's chain), and / is requested otherwise.
  const smokeTarget = (path: string) => url || `${namespace}/${inputs.name}:${servicePort}${path}`;

  const set: Record<StageName, () => Record<string, string | number | boolean | undefined>> = {
    'setup-go': () => ({
      'go-version-file': inputs['go-version']
        ? undefined
        : `${workdir}/${inputs['go-version-file'] || 'go.mod'}`,
    }),
    'go-build-ldflags': () => ({ 'working-directory': workdir, port }),
    'docker-multistage': () => ({ mode: 'assemble', port, context: workdir }),
    'render-manifests': () => ({
      source: given ? 'files' : 'builtin',
      files: given || undefined,
      // Your files name their own Service, ports, replicas and args (args still reach the listening check).
      ...(given ? { 'service-port': '', 'service-type': '', 'node-port': '', replicas: '', args: '' } : {}),
      // Without health-path the probes check the port (TCP), not a path the service may not serve.
      'health-path': given ? '' : inputs['health-path']?.trim() || 'tcp',
      // kubeconfig and context are the rollout's; render-manifests reads them only for its PR comment.
      kubeconfig: '',
      context: '',
      name: given ? '' : inputs.name,
      // The port, the image, the version and the commit arrive typed from the earlier stages.
      port: '',
      image: '',
      // With clusters each cluster may override the namespace: the manifests then name none, the rollout sets it.
      namespace: fleet ? '' : inputs.namespace || undefined,
    }),
    'k8s-rollout': () => ({
      // The rendered set arrives typed from render-manifests (the root `manifests` are its source files).
      manifests: '',
      namespace: inputs.namespace || undefined,
      'github-token': token,
      'environment-url': url || undefined,
    }),
    'smoke-test': () => ({
      url: url || undefined,
      service: url ? undefined : smokeTarget(smokePath),
      'version-path': smokePath || '/version',
      timeout: inputs['smoke-timeout'] || '2m',
    }),
  };

  return {
    inputs,
    workdir,
    port,
    portEnv,
    noPortVar,
    servicePort,
    namespace,
    fleet,
    smokeTarget,
    smokePath,
    smokeVersion,
    rollbackOnSmokeFailure,
    stage: (name, override) => stageInputs(name, inputs, { ...set[name](), ...override }, token),
  };
}

/**
 * How the service reads its port: port-var (an -X variable; empty: main.port where the program has it; none),
 * port-env (its variable), args.
 */
function portInputs(inputs: Record<string, string>, root: Inputs): { portEnv: string; noPortVar: boolean } {
  argsInput(root);
  return { portEnv: portEnvInput(root), noPortVar: inputs['port-var']?.trim() === 'none' };
}
