import { runAction, runner, setOutputs, UserError } from '@goship/kit';
import { parseSmokeTestInputs, reportJson, smokeTest, summaryMarkdown } from '@goship/probe';

await runAction(async ({ inputs, signal }) => {
  const { secrets, ...options } = parseSmokeTestInputs(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
  });
  // Credentials first: tokens, secret header values and URL passwords are masked before anything prints.
  for (const secret of secrets) runner.setSecret(secret);

  const result = await smokeTest({
    ...options,
    signal,
    log: runner,
    // An exec credential plugin's token, a tokenFile's content: masked before anything can print them.
    registerSecret: (secret) => runner.setSecret(secret),
  });

  runner.appendSummary(summaryMarkdown(result));
  const report = reportJson(result);
  setOutputs({ passed: result.passed, report });
  if (result.passed) return;

  const failed = result.targets.filter((t) => !t.passed);
  throw new UserError(
    `Smoke test failed for ${failed.length} of ${result.targets.length} target(s):\n${failed
      .map((t) => `${t.target}: ${t.failure}`)
      .join('\n')}`,
    { hint: [...new Set(failed.map((t) => t.hint).filter(Boolean))].join('\n') || undefined },
  );
});
