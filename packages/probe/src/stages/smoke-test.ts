/*
 * smoke-test as a stage (packages/kit/src/stage.ts): read = parseSmokeTestInputs (credentials masked at
 * once); run = the checks. In the one-step pipeline the version and commit to expect arrive typed from the
 * build (`chain`), and the pipeline runs this stage as the rollout's verification.
 */
import { type Stage, UserError } from '@goship/kit';
import { type ParsedSmokeTest, parseSmokeTestInputs } from '../options.js';
import type { SmokeTestResult } from '../smoke-test.js';

export type { SmokeTestResult };

import { withDefaultPath } from '../target.js';

export type SmokeTestConfig = Omit<ParsedSmokeTest, 'secrets'>;

export interface SmokeTestUpstream {
  /** The version and commit the build injected: what the service must answer on the version path. */
  version?: string;
  commit?: string;
}

/** The options with the build's version and commit to expect. */
export function chain(config: SmokeTestConfig, up: SmokeTestUpstream): SmokeTestConfig {
  const version = up.version || undefined;
  const commit = up.commit || undefined;
  if (!version && !commit) return config;
  return {
    ...config,
    targets: config.targets.map((t) => withDefaultPath(t, config.versionPath)),
    expect: { ...config.expect, version: { version, commit } },
  };
}

/** The step's failure: every failed target with its cause. */
export function smokeTestError(result: SmokeTestResult): UserError | undefined {
  if (result.passed) return undefined;
  const failed = result.targets.filter((t) => !t.passed);
  return new UserError(
    `Smoke test failed for ${failed.length} of ${result.targets.length} target(s):\n${failed
      .map((t) => `${t.target}: ${t.failure}`)
      .join('\n')}`,
    { hint: [...new Set(failed.map((t) => t.hint).filter(Boolean))].join('\n') || undefined },
  );
}

export const smokeTestStage: Stage<SmokeTestConfig, SmokeTestUpstream, SmokeTestResult> = {
  name: 'smoke-test',
  read(inputs, ctx) {
    const { secrets, ...config } = parseSmokeTestInputs(inputs, ctx);
    // Credentials first: tokens, secret header values and URL passwords are masked before anything prints.
    for (const secret of secrets) ctx.log.secret(secret);
    return config;
  },
  async run(config, upstream, ctx) {
    const probe = await import('../index.js');
    const result = await probe.smokeTest({
      ...chain(config, upstream),
      signal: ctx.signal,
      // An exec credential plugin's token, a tokenFile's content: masked (log.secret) before anything can print them.
      log: ctx.log,
    });
    const failed = smokeTestError(result);
    return {
      outputs: { passed: result.passed, report: probe.reportJson(result) },
      summary: probe.summaryMarkdown(result),
      failures: failed ? [failed] : [],
      value: result,
    };
  },
};
