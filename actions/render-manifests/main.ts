// render-manifests: the stage (packages/manifests/src/stages/render-manifests.ts) as an action.
import { runStageAction } from '@goship/kit';
import { renderManifests } from '@goship/manifests';

await runStageAction(renderManifests);
