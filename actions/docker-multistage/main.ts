/*
 * docker-multistage: read and check every input (readPublishRequest, before any registry or builder is
 * touched), then publishImage() from @goship/oci, then outputs and the job summary.
 */
import { runAction, runner, setOutputs } from '@goship/kit';
import { closeConnections, publishImage, publishSummary, readPublishRequest } from '@goship/oci';

runAction(async ({ inputs, signal }) => {
  const request = readPublishRequest(inputs, {
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP ?? '/tmp',
    env: process.env,
    signal,
    log: {
      info: runner.info,
      notice: (m) => runner.notice(m),
      warning: (m, where) => runner.warning(m, where),
      secret: (v) => runner.setSecret(v),
    },
  });
  const { mode } = request;
  // Every input is read and checked above; the builder's output is long: one collapsible group.
  const result = await runner.group(`${mode}: ${request.image.registry}/${request.image.repository}`, () =>
    publishImage(request).finally(closeConnections),
  );

  setOutputs({
    image: result.image,
    digest: result.digest,
    tags: result.tags.join(','),
    platforms: result.platforms.join(','),
    platform: result.platforms.length === 1 ? result.platforms[0] : '',
    'listening-port': result.listening.port ?? '',
    metadata: result,
  });
  runner.appendSummary(publishSummary(result));
  runner.info(
    `${result.pushed ? 'pushed' : 'wrote'} ${result.image} (${result.tags.join(', ') || 'no tags'})`,
  );
});
