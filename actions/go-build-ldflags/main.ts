import { readGoBuildInput } from '@goship/go/inputs';
import { runAction, runner, setOutputs, UserError } from '@goship/kit';

const TITLE = 'go-build-ldflags';

await runAction(async ({ inputs, signal }) => {
  // Every input is read and checked before the library (and anything it touches) is loaded.
  const input = readGoBuildInput(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
    signal,
  });

  // The build half only: @goship/go's index also loads the toolchain half (@actions/cache, tool-cache),
  // a 3.4 MB chunk that costs ~0.2 s to parse and is never used here.
  const go = await import('@goship/go/compile');
  const result = await go.goBuildStage(input, {
    info: runner.info,
    warning: (w) =>
      runner.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
        ...w.location,
        title: `${TITLE}: -X value overwritten`,
      }),
    notice: (message) => runner.notice(message, { title: TITLE }),
    group: runner.group,
  });
  setOutputs(result.outputs);
  runner.appendSummary(result.summary);
  runner.info(`step ${Math.round(performance.now())} ms since the process started`);
  const { failures } = result;
  if (failures.length > 0) throw new UserError(failures[failures.length - 1]!.message, { related: failures });
});
