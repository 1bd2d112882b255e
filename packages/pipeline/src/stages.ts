/*
 * Each stage's inputs as its own action reads them: the stage action's action.yml defaults, overlaid with
 * what the pipeline passes. The same readers the six adapters use then turn them into stage options, so
 * the one-step action and the six steps validate and behave alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { parse } from 'yaml';

export type StageName =
  | 'setup-go'
  | 'go-build-ldflags'
  | 'docker-multistage'
  | 'render-manifests'
  | 'k8s-rollout'
  | 'smoke-test';

export const STAGES: StageName[] = [
  'setup-go',
  'go-build-ldflags',
  'docker-multistage',
  'render-manifests',
  'k8s-rollout',
  'smoke-test',
];

const cache = new Map<string, Record<string, string>>();

/** The input defaults of actions/<stage>/action.yml (`${{ github.token }}` is the token the pipeline was given). */
export function stageDefaults(actionsRoot: string, stage: StageName, token = ''): Record<string, string> {
  let defaults = cache.get(stage);
  if (!defaults) {
    const spec = parse(readFileSync(join(actionsRoot, stage, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: unknown }>;
    };
    defaults = {};
    for (const [name, input] of Object.entries(spec.inputs ?? {}))
      if (input.default !== undefined) defaults[name] = String(input.default);
    cache.set(stage, defaults);
  }
  return Object.fromEntries(
    Object.entries(defaults).map(([k, v]) => [k, v.replace(/\$\{\{\s*github\.token\s*\}\}/g, token)]),
  );
}

/** The names a stage declares (to pass the one-step action's inputs through under the same names). */
export function stageInputNames(actionsRoot: string, stage: StageName): string[] {
  const spec = parse(readFileSync(join(actionsRoot, stage, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, unknown>;
  };
  return Object.keys(spec.inputs ?? {});
}

/** Typed inputs for one stage: defaults, then pass-through inputs, then what the pipeline sets. */
export function stageInputs(
  actionsRoot: string,
  stage: StageName,
  passThrough: Record<string, string>,
  set: Record<string, string | number | boolean | undefined>,
  token = '',
): Inputs {
  const names = new Set(stageInputNames(actionsRoot, stage));
  const given = Object.fromEntries(Object.entries(passThrough).filter(([k, v]) => names.has(k) && v !== ''));
  const values: Record<string, string | number | boolean | undefined> = {
    ...stageDefaults(actionsRoot, stage, token),
    ...given,
  };
  for (const [k, v] of Object.entries(set)) if (v !== undefined) values[k] = v;
  return new Inputs(objectInputs(values));
}

/** The one-step action's inputs (root action.yml; a test keeps the two equal). */
export const ROOT_INPUTS = [
  'name',
  'working-directory',
  'go-version-file',
  'go-version',
  'go-download-base-url',
  'package',
  'targets',
  'version-var',
  'commit-var',
  'date-var',
  'port-var',
  'port',
  'image',
  'base',
  'registry-username',
  'registry-password',
  'registry-ca',
  'insecure-registries',
  'listening-check',
  'kubeconfig',
  'kubeconfig-from-env',
  'context',
  'namespace',
  'manifests',
  'service-port',
  'service-type',
  'node-port',
  'replicas',
  'timeout',
  'settle-time',
  'clusters',
  'waves',
  'max-parallel',
  'pause-between',
  'skip-unreachable',
  'smoke-path',
  'smoke-timeout',
  'url',
  'rollback-on-smoke-failure',
  'environment',
  'github-required',
  'token',
] as const;
