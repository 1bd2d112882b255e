/*
 * What each stage is given: the one-step action's inputs, and the values earlier stages produced (version,
 * commit, binaries, image, rendered manifests). Written once, so the pre-flight check (every stage's inputs
 * read before the first stage runs, with stand-ins for what earlier stages will produce) reads exactly what
 * the stages will.
 */
import { splitPinnedReference } from '@goship/contract';
import { InputError, Inputs, objectInputs } from '@goship/kit';
import { type StageName, stageInputs } from './stages.js';

/** What the stages before a stage produced. */
export interface Upstream {
  version: string;
  commit: string;
  /** go-build-ldflags' artifacts (what docker-multistage assembles). */
  artifacts: unknown[];
  /** The pushed image, `registry/repo@sha256:…`. */
  image: string;
  /** The rendered manifests' path. */
  manifests: string;
}

export interface Wiring {
  inputs: Record<string, string>;
  workdir: string;
  port: number;
  servicePort: number;
  namespace: string;
  /** With clusters: the fleet (each cluster smoke-tested through its own API server). */
  fleet: boolean;
  /** The smoke test's target: `url`, else the Service through the API server. */
  smokeTarget: string;
  smokePath: string;
  rollbackOnSmokeFailure: boolean;
  setupGo(): Inputs;
  build(): Inputs;
  image(up: Pick<Upstream, 'artifacts'>): Inputs;
  render(up: Pick<Upstream, 'image' | 'version' | 'commit'>): Inputs;
  rollout(up: Pick<Upstream, 'manifests' | 'version'>): Inputs;
  /** The smoke test's inputs; `set` replaces the target (a fleet's cluster). */
  smoke(up: Pick<Upstream, 'version' | 'commit'>, set?: Record<string, string | undefined>): Inputs;
}

const joinWorkdir = (workspace: string, dir: string) =>
  dir && dir !== '.' ? `${workspace}/${dir}` : workspace;

/**
 * The root inputs the pipeline itself reads (not passed through to a stage under the same name) are checked
 * here, by the names the user wrote.
 */
export function wireStages(o: {
  inputs: Record<string, string>;
  actionsRoot: string;
  workspace: string;
}): Wiring {
  const inputs = o.inputs;
  const root = new Inputs(objectInputs(inputs));
  const token = inputs.token ?? '';
  const workdir = joinWorkdir(o.workspace, inputs['working-directory'] ?? '.');
  const port = root.port('port', 8080)!;
  const servicePort = root.port('service-port', 80)!;
  const smokePath = inputs['smoke-path'] || '/version';
  if (!smokePath.startsWith('/'))
    throw new InputError('smoke-path', `'${smokePath}' does not start with /`, 'a path such as /version');
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
  const stage = (name: StageName, set: Record<string, string | number | boolean | undefined>) =>
    stageInputs(o.actionsRoot, name, inputs, set, token);
  const smokeTarget = url || `${namespace}/${inputs.name}:${servicePort}${smokePath}`;

  return {
    inputs,
    workdir,
    port,
    servicePort,
    namespace,
    fleet,
    smokeTarget,
    smokePath,
    rollbackOnSmokeFailure,
    setupGo: () =>
      stage('setup-go', {
        'go-version-file': inputs['go-version']
          ? undefined
          : `${workdir}/${inputs['go-version-file'] || 'go.mod'}`,
      }),
    build: () => stage('go-build-ldflags', { 'working-directory': workdir, port }),
    image: (up) =>
      stage('docker-multistage', {
        mode: 'assemble',
        artifacts: JSON.stringify(up.artifacts),
        port,
        context: workdir,
      }),
    render: (up) =>
      stage('render-manifests', {
        source: given ? 'files' : 'builtin',
        files: given || undefined,
        // Your files name their own Service, ports and replicas: the builtin-only inputs stay out.
        ...(given ? { 'service-port': '', 'service-type': '', 'node-port': '', replicas: '' } : {}),
        // kubeconfig and context are the rollout's; render-manifests reads them only for its PR comment.
        kubeconfig: '',
        context: '',
        name: given ? '' : inputs.name,
        image: given ? '' : up.image,
        images: given ? `${splitPinnedReference(up.image)?.name ?? up.image}=${up.image}` : undefined,
        port: given ? '' : port,
        'expected-port': port,
        version: up.version,
        commit: up.commit,
        // With clusters each cluster may override the namespace: the manifests then name none, the rollout sets it.
        namespace: fleet ? '' : inputs.namespace || undefined,
        vars: given ? `APP_PORT=${port}\nPORT=${port}\nIMAGE=${up.image}\nVERSION=${up.version}` : undefined,
      }),
    rollout: (up) =>
      stage('k8s-rollout', {
        manifests: up.manifests,
        version: up.version,
        namespace: inputs.namespace || undefined,
        'github-token': token,
        'environment-url': url || undefined,
      }),
    smoke: (up, set) =>
      stage('smoke-test', {
        ...(set ?? { url: url || undefined, service: url ? undefined : smokeTarget }),
        'expect-version': up.version,
        'expect-commit': up.commit,
        timeout: inputs['smoke-timeout'] || '2m',
      }),
  };
}
