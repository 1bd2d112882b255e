/*
 * A workflow file, parsed and validated by GitHub's own parser (@actions/workflow-parser): the same schema,
 * the same file:line diagnostics as github.com. The parser's job model drops some step keys (`with`,
 * `shell`, `working-directory`), so those are read from the validated token tree beside it.
 */
import { readFileSync } from 'node:fs';
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { type Contexts, evaluateString, evaluateValue, type JobStatus } from './expressions.js';

export class WorkflowError extends Error {
  constructor(
    message: string,
    readonly diagnostics: string[] = [],
  ) {
    super(diagnostics.length ? `${message}:\n${diagnostics.map((d) => `  ${d}`).join('\n')}` : message);
    this.name = 'WorkflowError';
  }
}

export interface StepSpec {
  /** The step's `id`, or the runner's generated one (`__run`, `__actions_checkout`, …). */
  id: string;
  /** Whether `id` was written by the user (only those appear in the `steps` context). */
  named: boolean;
  name: string;
  if?: string;
  uses?: string;
  /** The `run:` script (may hold expressions). */
  run?: TemplateToken;
  with?: TemplateToken;
  env?: TemplateToken;
  shell?: string;
  workingDirectory?: string;
  continueOnError: boolean;
  line: number;
}

export interface JobSpec {
  id: string;
  /** `defaults.run` (job's over the workflow's): shell and working-directory of `run:` steps. */
  runDefaults: { shell?: string; workingDirectory?: string };
  name?: TemplateToken;
  needs: string[];
  if?: string;
  strategy?: TemplateToken;
  env?: TemplateToken;
  outputs?: TemplateToken;
  steps: StepSpec[];
  line: number;
}

export interface WorkflowSpec {
  file: string;
  name: string;
  env?: TemplateToken;
  jobs: JobSpec[];
  /** workflow_dispatch / workflow_call inputs with their defaults. */
  inputDefaults: Record<string, string>;
}

function scalarText(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  if (isString(token)) return token.value;
  if (isNumber(token) || isBoolean(token)) return String(token.value);
  // The source as written (GitHub shows `Run echo ${{ x }}`, not the format() it compiles to).
  if (isBasicExpression(token)) return token.source?.trim() ?? `\${{ ${token.expression} }}`;
  return undefined;
}

function mappingValue(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined;
}

export async function loadWorkflow(file: string, displayName = file): Promise<WorkflowSpec> {
  const content = readFileSync(file, 'utf8');
  const parsed = parseWorkflow({ name: displayName, content }, new NoOperationTraceWriter());
  const parseErrors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parseErrors.length || !parsed.value)
    throw new WorkflowError(`${displayName} is not a valid workflow`, parseErrors);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const errors = [
    ...parsed.context.errors.getErrors().map((e) => e.message),
    ...(template.errors ?? []).map((e) => e.Message),
  ];
  if (errors.length) throw new WorkflowError(`${displayName} is not a valid workflow`, [...new Set(errors)]);

  const rawJobs = mappingValue(parsed.value, 'jobs');
  const runDefaults = (owner: TemplateToken | undefined) => {
    const run = mappingValue(mappingValue(owner, 'defaults'), 'run');
    return {
      shell: scalarText(mappingValue(run, 'shell')),
      workingDirectory: scalarText(mappingValue(run, 'working-directory')),
    };
  };
  const workflowDefaults = runDefaults(parsed.value);
  const jobs: JobSpec[] = [];
  for (const job of template.jobs) {
    const id = job.id.value;
    if (job.type !== 'job')
      throw new WorkflowError(
        `${displayName}:${job.id.line}: job '${id}' calls a reusable workflow, which goship run does not run`,
      );
    const rawSteps = mappingValue(mappingValue(rawJobs, id), 'steps');
    const steps = job.steps.map((step, i): StepSpec => {
      const raw = rawSteps && isSequence(rawSteps) ? rawSteps.get(i) : undefined;
      if (!('uses' in step) && !('run' in step))
        throw new WorkflowError(`${displayName}: job '${id}' step ${i + 1} is neither 'uses' nor 'run'`);
      const uses = 'uses' in step ? step.uses.value : undefined;
      const run = 'run' in step ? step.run : undefined;
      const named = !step.id.startsWith('__');
      return {
        id: step.id,
        named,
        name:
          scalarText(step.name) ??
          (uses ? `Run ${uses}` : `Run ${(scalarText(run) ?? '').trim().split('\n')[0]}`),
        if: step.if?.expression,
        uses,
        run,
        with: mappingValue(raw, 'with'),
        env: step.env,
        shell: scalarText(mappingValue(raw, 'shell')),
        workingDirectory: scalarText(mappingValue(raw, 'working-directory')),
        continueOnError: step['continue-on-error'] === true,
        line: raw?.line ?? job.id.line ?? 0,
      };
    });
    const jobDefaults = runDefaults(mappingValue(rawJobs, id));
    jobs.push({
      id,
      runDefaults: {
        shell: jobDefaults.shell ?? workflowDefaults.shell,
        workingDirectory: jobDefaults.workingDirectory ?? workflowDefaults.workingDirectory,
      },
      name: job.name,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if?.expression,
      strategy: job.strategy,
      env: job.env,
      outputs: job.outputs,
      steps,
      line: job.id.line ?? 0,
    });
  }
  const inputDefaults: Record<string, string> = {};
  for (const source of [template.events.workflow_dispatch?.inputs, template.events.workflow_call?.inputs]) {
    for (const [k, v] of Object.entries(source ?? {})) {
      const d = (v as { default?: unknown }).default;
      if (d !== undefined && !(k in inputDefaults))
        inputDefaults[k] = typeof d === 'object' ? String(scalarText(d as TemplateToken) ?? '') : String(d);
    }
  }
  return {
    file,
    name: scalarText(mappingValue(parsed.value, 'name')) ?? displayName,
    env: template.env,
    jobs,
    inputDefaults,
  };
}

/** A token's value with every expression in it evaluated; scalars become strings when `strings` is set. */
export function resolveToken(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status: JobStatus,
  strings = false,
): unknown {
  if (!token) return undefined;
  if (isBasicExpression(token))
    return strings
      ? evaluateString(token.expression, contexts, status)
      : evaluateValue(token.expression, contexts, status);
  if (isString(token)) return token.value;
  if (isNumber(token) || isBoolean(token)) return strings ? String(token.value) : token.value;
  if (isSequence(token)) {
    const out: unknown[] = [];
    for (let i = 0; i < token.count; i++) out.push(resolveToken(token.get(i), contexts, status, strings));
    return out;
  }
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of token) {
      const k = isString(key) ? key.value : String(resolveToken(key, contexts, status, true));
      out[k] = resolveToken(value, contexts, status, strings);
    }
    return out;
  }
  return strings ? '' : null;
}

/** A mapping token as KEY → string (env, with, outputs). */
export function resolveStringMap(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status: JobStatus,
): Record<string, string> {
  const v = resolveToken(token, contexts, status, true);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}
