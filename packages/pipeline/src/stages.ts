/*
 * The chain's stages in order, and each stage's inputs as its own action would receive them: its
 * action.yml defaults (stage-inputs.ts, generated from them), overlaid with the one-step action's inputs of
 * the same names, then what the pipeline sets. Values an earlier stage produces never pass through here:
 * they reach `run` typed, as `upstream` (pipeline.ts).
 */
import { Inputs, objectInputs } from '@goship/kit';
import { STAGE_INPUTS } from './stage-inputs.js';

export type StageName = keyof typeof STAGE_INPUTS;

export const STAGES = Object.keys(STAGE_INPUTS) as StageName[];

/** Typed inputs for one stage: defaults, then pass-through inputs, then what the pipeline sets. */
export function stageInputs(
  stage: StageName,
  passThrough: Record<string, string>,
  set: Record<string, string | number | boolean | undefined>,
  token = '',
): Inputs {
  const declared: Record<string, string | null> = STAGE_INPUTS[stage];
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const [name, fallback] of Object.entries(declared)) {
    // `${{ github.token }}` is the token the one-step action was given.
    if (fallback !== null) values[name] = fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    const given = passThrough[name];
    if (given !== undefined && given !== '') values[name] = given;
  }
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
  'tag-prefix',
  'version-var',
  'commit-var',
  'date-var',
  'netrc',
  'goprivate',
  'port-var',
  'port',
  'port-env',
  'args',
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
  'health-path',
  'timeout',
  'settle-time',
  'clusters',
  'waves',
  'max-parallel',
  'pause-between',
  'skip-unreachable',
  'smoke-path',
  'smoke-version',
  'smoke-timeout',
  'url',
  'rollback-on-smoke-failure',
  'otel',
  'otel-endpoint',
  'environment',
  'github-required',
  'token',
] as const;
