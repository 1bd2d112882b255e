/*
 * go-build-ldflags as a stage (packages/kit/src/stage.ts): read = readGoBuildInput plus every check that
 * needs no toolchain (the -X grammar, flag lines, option combinations); run loads the build half only.
 */
import { netrcSecrets, type Stage } from '@goship/kit';
import type { GoBuildStageInput, GoBuildStageResult } from '../compile/stage.js';
import { readGoBuildInput } from '../inputs/index.js';

export type GoBuildConfig = Omit<GoBuildStageInput, 'signal'>;

/** Nothing typed comes from upstream: the toolchain setup-go installed is on the job's PATH (ctx.env). */
export type GoBuildUpstream = Record<string, never>;

export const goBuildLdflags: Stage<GoBuildConfig, GoBuildUpstream, GoBuildStageResult> = {
  name: 'go-build-ldflags',
  async read(inputs, ctx) {
    // Masked before anything runs (a netrc parse error never quotes a value).
    const { signal: _signal, ...config } = readGoBuildInput(inputs, ctx);
    for (const secret of netrcSecrets(config.netrc ?? [])) ctx.log.secret(secret);
    // The checks that need the -X grammar live with the build; loading them costs no toolchain call.
    const { checkGoBuildInput } = await import('../compile/stage.js');
    checkGoBuildInput(config);
    return config;
  },
  async run(config, _upstream, ctx) {
    const { goBuildStage } = await import('../compile/stage.js');
    const r = await goBuildStage({ ...config, baseEnv: ctx.env, signal: ctx.signal }, ctx.log);
    return { outputs: r.outputs, summary: r.summary, failures: r.failures, value: r };
  },
};
