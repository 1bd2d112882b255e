import { setOutput } from './runner.js';

export type OutputValue = string | number | boolean | null | undefined | object;

function render(value: OutputValue): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Writes each output as its own value (objects as compact JSON) and all of them together as one `json`
 * output, so a workflow can use `steps.x.outputs.digest` or `fromJSON(steps.x.outputs.json).digest`.
 */
export function setOutputs(values: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(values)) setOutput(name, render(value));
  setOutput('json', JSON.stringify(values));
}
