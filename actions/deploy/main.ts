// Entry of the root action (action.yml at the repository root): the whole pipeline in one step. A thin
// adapter: the inputs → runPipeline (packages/pipeline) → outputs, the integrity table, the summary.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OutputValue, runAction, runner, setOutputs, UserError } from '@goship/kit';
import {
  integrityTable,
  PipelineError,
  type PipelineResult,
  ROOT_INPUTS,
  runPipeline,
} from '@goship/pipeline';

// dist/deploy/index.js → the repository root, where actions/<stage>/action.yml hold the stage defaults.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function report(result: PipelineResult): void {
  const stages = result.stages.map(
    (s) => `| ${s.stage} | ${s.ok ? '✓' : '✗'} | ${(s.durationMs / 1000).toFixed(1)} s |`,
  );
  runner.appendSummary(
    [
      `### goship: ${result.passed ? 'deployed and verified' : 'not verified'}`,
      '',
      '| stage | result | time |',
      '|---|---|---|',
      ...stages,
      '',
      result.integrity
        ? `### Integrity: one port, one version, one digest\n\n${integrityTable(result.integrity)}`
        : '',
      result.rolledBack ? `**Rolled back** after the smoke test failed: ${result.rolledBack}` : '',
      ...result.stages.map((s) => s.summary),
    ].join('\n'),
  );
  setOutputs({
    passed: result.passed,
    url: result.url,
    version: result.version,
    image: result.image,
    digest: result.digest,
    ports: result.ports as OutputValue,
    ...Object.fromEntries(result.stages.map((s) => [`${s.stage}-json`, s.outputs as OutputValue])),
  });
}

await runAction(async ({ inputs, signal }) => {
  const values = Object.fromEntries(ROOT_INPUTS.map((name) => [name, inputs.string(name)]));
  if (values['registry-password']) runner.setSecret(values['registry-password']);
  if (values.token) runner.setSecret(values.token);
  const env = process.env;
  let result: PipelineResult;
  try {
    result = await runPipeline({
      inputs: values,
      actionsRoot: join(root, 'actions'),
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      runnerTemp: env.RUNNER_TEMP || '/tmp',
      homedir: homedir(),
      env,
      applyEnv(vars, path) {
        for (const [k, v] of Object.entries(vars)) runner.exportVariable(k, v);
        for (const dir of [...path].reverse()) runner.addPath(dir);
      },
      run: {
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        repository: env.GITHUB_REPOSITORY,
        runId: env.GITHUB_RUN_ID,
        serverUrl: env.GITHUB_SERVER_URL,
      },
      signal,
      log: {
        info: runner.info,
        warning: (m, where) => runner.warning(m, where),
        notice: (m) => runner.notice(m),
        secret: (v) => void runner.setSecret(v),
        group: runner.group,
      },
    });
  } catch (err) {
    if (err instanceof PipelineError) {
      report(err.result);
      throw err.cause instanceof UserError ? err.cause : err;
    }
    throw err;
  }
  report(result);
  if (result.integrity) runner.info(integrityTable(result.integrity));
  if (!result.passed)
    throw new UserError(
      `The deployment is live but its layers disagree:\n${result.integrity?.problems.join('\n')}`,
    );
});
