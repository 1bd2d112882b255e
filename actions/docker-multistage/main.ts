// docker-multistage: the stage (packages/oci/src/stages/docker-multistage.ts) as an action. Every input is
// read and checked before any registry or builder is touched.
import { runStageAction } from '@goship/kit';
import { dockerMultistage } from '@goship/oci';

await runStageAction(dockerMultistage);
