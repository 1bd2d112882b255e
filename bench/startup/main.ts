import { runAction, setOutputs } from '@goship/kit';

await runAction(async ({ inputs }) => {
  setOutputs({ port: inputs.port('port', 8080) });
});
