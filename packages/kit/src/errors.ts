/** Where a problem is, so the runner can draw an annotation on that line. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
}

/**
 * An error the user can fix. Its message is shown as the step's failure; `hint` says how to fix it and
 * `location` (when known) turns it into a file:line annotation.
 */
export class UserError extends Error {
  readonly hint?: string;
  readonly location?: SourceLocation;
  /** Further problems found at the same time (all of them reported, the first one is `this`). */
  readonly related: UserError[];

  constructor(
    message: string,
    opts: { hint?: string; location?: SourceLocation; related?: UserError[]; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'UserError';
    this.hint = opts.hint;
    this.location = opts.location;
    this.related = opts.related ?? [];
  }
}

/** A bad value for one action input: names the input, the value's problem and the expected form. */
export class InputError extends UserError {
  readonly input: string;

  constructor(input: string, problem: string, expected: string, hint?: string) {
    super(`Input '${input}': ${problem}. Expected ${expected}.`, { hint });
    this.name = 'InputError';
    this.input = input;
  }
}

/** Several independent problems found by one check, reported together rather than one per run. */
export function aggregate(errors: UserError[], summary: string): UserError {
  if (errors.length === 1) return errors[0]!;
  return new UserError(`${summary}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`, {
    related: errors,
  });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
