// Entry of the root action (action.yml at the repository root): the whole pipeline in one step.
// Until the pipeline lands, it fails clearly instead of pretending to deploy.
import { runAction, UserError } from '@goship/kit';

await runAction(async () => {
  throw new UserError('The one-step goship pipeline (uses: goship/goship@v1) is not yet available.', {
    hint: 'Use the individual actions for now: goship/goship/actions/<setup-go|go-build-ldflags|docker-multistage|render-manifests|k8s-rollout>@v1 (see README.md).',
  });
});
