/*
 * setup-go as a stage (packages/kit/src/stage.ts): read = readSetupGoOptions (light); run loads the
 * toolchain half (@actions/cache, tool-cache) only once every input is valid.
 */
import type { Stage } from '@goship/kit';
import { readSetupGoOptions } from '../inputs/index.js';
import type { SetupGoStageOptions, SetupGoStageResult } from '../toolchain/stage.js';

export type SetupGoConfig = Omit<SetupGoStageOptions, 'log' | 'signal' | 'env'>;

/** Nothing comes from upstream: setup-go is the first stage. */
export type SetupGoUpstream = Record<string, never>;

export const setupGo: Stage<SetupGoConfig, SetupGoUpstream, SetupGoStageResult> = {
  name: 'setup-go',
  read(inputs, ctx) {
    const { env: _env, signal: _signal, ...config } = readSetupGoOptions(inputs, ctx);
    return config;
  },
  async run(config, _upstream, ctx) {
    const { setupGoStage } = await import('../toolchain/stage.js');
    const r = await setupGoStage({ ...config, env: ctx.env, signal: ctx.signal, log: ctx.log });
    return {
      outputs: r.outputs,
      summary: r.summary,
      failures: [],
      value: r,
      environment: { title: 'Go environment', vars: r.env, path: r.path },
    };
  },
};

/** The post step: saves the module/build cache the main step restored (state from `value.saveCache`). */
export async function saveSetupGoCache(state: NonNullable<SetupGoStageResult['saveCache']>) {
  const { saveGoCache } = await import('../toolchain/index.js');
  return saveGoCache(state);
}
