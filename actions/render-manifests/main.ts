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
  let result: Awaited<ReturnType<typeof lib.render>>;
  try {
    result = await runner.group(`Render (${options.request.source})`, () =>
      lib.render({ ...options.request, signal }),
    );
  } catch (e) {
    if (e instanceof lib.RenderError && e.ports) {
      runner.appendSummary(`### render-manifests failed: port report\n\n${lib.portsTable(e.ports)}\n`);
    }
    throw e;
  }
  // Secret values in the rendered set are masked before anything could print them.
  for (const s of result.manifests) {
    if (s.object.kind !== 'Secret') continue;
    for (const v of Object.values((s.object.stringData ?? {}) as object)) runner.setSecret(String(v));
    for (const v of Object.values((s.object.data ?? {}) as object)) {
      runner.setSecret(String(v));
      runner.setSecret(Buffer.from(String(v), 'base64').toString('utf8')); // the value itself
    }
  }
  for (const w of result.warnings) runner.warning(w.message, w.location);
  for (const n of result.notices) runner.notice(n.message, n.location);
  const written = lib.writeRendered(result, options.outputDir);
  runner.info(
    `Rendered ${result.objects.length} objects from ${result.producedBy} into ${written.manifests}`,
  );
  runner.appendSummary(lib.renderSummary(result, written.manifests));
  setOutputs({
    manifests: written.manifests,
    'manifests-dir': written.objectsDir,
    objects: result.objects.map(({ apiVersion, kind, namespace, name }) => ({
      apiVersion,
      kind,
      namespace: namespace ?? '',
      name,
    })),
    ports: result.ports,
    port: result.ports.port,
    version: options.version,
  });
});
