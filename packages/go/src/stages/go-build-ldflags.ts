/*
 * go-build-ldflags as a stage (packages/kit/src/stage.ts): read = readGoBuildInput plus every check that
 * needs no toolchain (the -X grammar, flag lines, option combinations); run loads the build half only.
 */
import type { Log, Stage } from '@goship/kit';
import type { BuildLog, GoBuildStageInput, GoBuildStageResult } from '../compile/stage.js';
import { readGoBuildInput } from '../inputs/index.js';

export type GoBuildConfig = Omit<GoBuildStageInput, 'signal'>;

/** Nothing typed comes from upstream: the toolchain setup-go installed is on the job's PATH (ctx.env). */
export type GoBuildUpstream = Record<string, never>;

/** The build's log: problems that do not stop it become warnings at their file:line. */
export function buildLog(log: Log, title = 'go-build-ldflags'): BuildLog {
  return {
    info: log.info,
    warning: (w) =>
      log.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
        ...w.location,
        title: `${title}: -X value overwritten`,
      }),
    notice: (message) => log.notice(message, { title }),
    group: log.group,
  };
}

export const goBuildLdflags: Stage<GoBuildConfig, GoBuildUpstream, GoBuildStageResult> = {
  name: 'go-build-ldflags',
  async read(inputs, ctx) {
    const { signal: _signal, ...config } = readGoBuildInput(inputs, ctx);
    // The checks that need the -X grammar live with the build; loading them costs no toolchain call.
    const { checkGoBuildInput } = await import('../compile/stage.js');
    checkGoBuildInput(config);
    return config;
  },
  async run(config, _upstream, ctx) {
    const { goBuildStage } = await import('../compile/stage.js');
    const r = await goBuildStage({ ...config, baseEnv: ctx.env, signal: ctx.signal }, buildLog(ctx.log));
    return { outputs: r.outputs, summary: r.summary, failures: r.failures, value: r };
  },
};
