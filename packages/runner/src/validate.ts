/* Every workflow and action.yml checked by GitHub's own parser and schemas, with its file:line diagnostics. */
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

/** The diagnostics for one file (empty when valid); an action.yml is recognised by its name. */
export function validateFile(file: string, displayName = file): string[] {
  const content = readFileSync(file, 'utf8');
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  const parse = isAction ? parseAction : parseWorkflow;
  const result = parse({ name: displayName, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}
