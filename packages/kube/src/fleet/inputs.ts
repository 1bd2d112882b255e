import type { Inputs } from '@goship/kit';
import { type RolloutInputContext, readRolloutOptions } from '../inputs.js';
import { parseClusters } from './clusters.js';
import type { FleetOptions } from './fleet.js';
import { parseWaves } from './waves.js';

/** The fleet inputs on top of the single-cluster ones; undefined when `clusters` is empty (one cluster). */
export function readFleetOptions(inputs: Inputs, ctx: RolloutInputContext): FleetOptions | undefined {
  const clusters = parseClusters(inputs.string('clusters'));
  if (clusters.length === 0) return undefined;
  const { kubeContext: _, verify: _verify, ...single } = readRolloutOptions(inputs, ctx);
  return {
    ...single,
    clusters,
    waves: parseWaves(inputs.string('waves') || '1, 25%, rest'),
    maxParallel: inputs.integer('max-parallel', { min: 1, max: 100, fallback: 10 })!,
    pauseMs: inputs.duration('pause-between', 0)!,
    skipUnreachable: inputs.boolean('skip-unreachable', false),
  };
}
