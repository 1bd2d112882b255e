// Entry of the root action (action.yml at the repository root, bundled as dist/deploy): the whole pipeline
// in one step. A thin adapter: the inputs → runPipeline → outputs, the integrity table, the summary.
import { actionContext, type OutputValue, runAction, runner, setOutputs, UserError } from '@goship/kit';
import { integrityTable, PipelineError, type PipelineResult, ROOT_INPUTS, runPipeline } from './index.js';

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
      result.deliveryTable ?? '',
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
  const ctx = actionContext(signal);
  let result: PipelineResult;
  try {
    result = await runPipeline({
      ...ctx,
      inputs: values,
      applyEnv(vars, path) {
        for (const [k, v] of Object.entries(vars)) runner.exportVariable(k, v);
        for (const dir of [...path].reverse()) runner.addPath(dir);
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
}, 'deploy');
