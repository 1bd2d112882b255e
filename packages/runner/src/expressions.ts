/*
 * `${{ }}` expressions, evaluated with GitHub's own expression engine (@actions/expressions), so that what
 * runs locally means what it means on a runner. The status functions (success(), failure(), always(),
 * cancelled()) are the runner's, not the library's: we supply them from the job's state.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';

export type Contexts = Record<string, unknown>;

export interface JobStatus {
  /** A previous step (or a needed job) failed. */
  failed: boolean;
  cancelled: boolean;
}

const statusFunctions = (status: JobStatus): FunctionDefinition[] => [
  {
    name: 'success',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(!status.failed && !status.cancelled),
  },
  {
    name: 'failure',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(status.failed && !status.cancelled),
  },
  { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) },
  { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status.cancelled) },
];

const STATUS_NAMES = ['success', 'failure', 'always', 'cancelled'];

export class ExpressionFailure extends Error {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(`\${{ ${expression} }}: ${message}`);
    this.name = 'ExpressionFailure';
  }
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function evaluate(expression: string, contexts: Contexts, status: JobStatus): data.ExpressionData {
  const fns = statusFunctions(status);
  try {
    const { tokens } = new Lexer(expression).lex();
    const ast = new Parser(tokens, Object.keys(contexts), fns).parse();
    const dict = new data.Dictionary();
    for (const [k, v] of Object.entries(contexts)) dict.add(k, toData(v));
    return new Evaluator(ast, dict, new Map(fns.map((f) => [f.name, f]))).evaluate();
  } catch (err) {
    throw new ExpressionFailure(expression, err instanceof Error ? err.message : String(err));
  }
}

/** The value of an expression as plain JSON data (strings, numbers, booleans, null, arrays, objects). */
export function evaluateValue(expression: string, contexts: Contexts, status: JobStatus): unknown {
  return JSON.parse(JSON.stringify(evaluate(expression, contexts, status), data.replacer));
}

/** The value as the runner turns it into a string (inputs, env values, `run:` scripts). */
export function evaluateString(expression: string, contexts: Contexts, status: JobStatus): string {
  const v = evaluate(expression, contexts, status);
  if (v.kind === data.Kind.Array || v.kind === data.Kind.Dictionary)
    return JSON.stringify(JSON.parse(JSON.stringify(v, data.replacer)), null, 2);
  return v.coerceString();
}

/**
 * An `if:` condition. As on the runner, a condition that calls no status function is implicitly
 * `success() && (<condition>)`.
 */
export function evaluateCondition(
  expression: string | undefined,
  contexts: Contexts,
  status: JobStatus,
): boolean {
  const source =
    (expression ?? '')
      .trim()
      .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
      .trim() || 'success()';
  const callsStatus = STATUS_NAMES.some((n) => new RegExp(`\\b${n}\\s*\\(`).test(source));
  const full = callsStatus ? source : `success() && (${source})`;
  return truthy(evaluate(full, contexts, status));
}
