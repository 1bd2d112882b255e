import { readFileSync } from 'node:fs';
import { runAction, runner, setOutputs } from '@goship/kit';

/** The workflow's event payload (GITHUB_EVENT_PATH), for the pull-request comment. */
function readEvent(env: NodeJS.ProcessEnv): { name?: string; payload?: unknown } {
  const path = env.GITHUB_EVENT_PATH;
  let payload: unknown;
  try {
    payload = path ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch (e) {
    runner.warning(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${(e as Error).message}`);
  }
  return { name: env.GITHUB_EVENT_NAME, payload };
}

await runAction(async ({ inputs, signal }) => {
  // The library (YAML parser, schemas, image references) loads only once the action really runs.
  const lib = await import('@goship/manifests');
  const env = process.env;
  const options = await lib.readRenderOptions(inputs, {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || process.cwd(),
    env,
    event: () => readEvent(env),
  });
  for (const n of options.notices) runner.notice(n);
  let stage: Awaited<ReturnType<typeof lib.renderManifestsStage>>;
  try {
    stage = await runner.group(`Render (${options.request.source})`, () =>
      // Secret values are masked as soon as the set is loaded, before a check could quote one.
      lib.renderManifestsStage({
        ...options,
        signal,
        registerSecret: runner.setSecret,
        log: runner,
        home: env.HOME,
      }),
    );
  } catch (e) {
    if (e instanceof lib.RenderError && e.ports) {
      runner.appendSummary(`### render-manifests failed: port report\n\n${lib.portsTable(e.ports)}\n`);
    }
    throw e;
  }
  const { result, written, comment } = stage;
  for (const w of result.warnings) runner.warning(w.message, w.location);
  for (const n of result.notices) runner.notice(n.message, n.location);
  runner.info(
    `Rendered ${result.objects.length} objects from ${result.producedBy} into ${written.manifests}`,
  );
  runner.appendSummary(stage.summary);
  if (comment) {
    for (const w of comment.warnings) runner.warning(w);
    if (comment.posted) runner.info(`Pull-request comment ${comment.posted.action}: ${comment.posted.url}`);
    runner.appendSummary(`\n${comment.markdown}`);
  }
  setOutputs({ ...stage.outputs, 'comment-url': comment?.posted?.url ?? '' });
});
