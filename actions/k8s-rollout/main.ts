// k8s-rollout: the stage (packages/kube/src/stages/k8s-rollout.ts) as an action. With `clusters`, the fleet
// runs the same rollout cluster by cluster, in waves. Apply, watch, rollback and GitHub deployments load
// only once every input is valid: a bad input fails ~50 ms of CPU sooner (bench/startup.ts).
import { runStageAction } from '@goship/kit';
import { k8sRolloutStage } from '@goship/kube';

await runStageAction(k8sRolloutStage);
