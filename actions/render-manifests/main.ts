import { runAction, runner, setOutputs } from '@goship/kit';

await runAction(async ({ inputs, signal }) => {
  // The library (YAML parser, schemas, image references) loads only once the action really runs.
  const lib = await import('@goship/manifests');
  const env = process.env;
  const options = await lib.readRenderOptions(inputs, {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || process.cwd(),
    env,
  });
  let stage: Awaited<ReturnType<typeof lib.renderManifestsStage>>;
  try {
    stage = await runner.group(`Render (${options.request.source})`, () =>
      // Secret values are masked as soon as the set is loaded, before a check could quote one.
      lib.renderManifestsStage({ ...options, signal, registerSecret: runner.setSecret }),
    );
  } catch (e) {
    if (e instanceof lib.RenderError && e.ports) {
      runner.appendSummary(`### render-manifests failed: port report\n\n${lib.portsTable(e.ports)}\n`);
    }
    throw e;
  }
  const { result, written } = stage;
  for (const w of result.warnings) runner.warning(w.message, w.location);
  for (const n of result.notices) runner.notice(n.message, n.location);
  runner.info(
    `Rendered ${result.objects.length} objects from ${result.producedBy} into ${written.manifests}`,
  );
  runner.appendSummary(stage.summary);
  setOutputs({ ...stage.outputs });
});
