/*
 * `strategy.matrix` expanded as GitHub documents it: the cartesian product of the array keys, minus the
 * `exclude` entries (partial matches), then each `include` entry extends every combination it does not
 * contradict on an original key, or is added as a combination of its own.
 * https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow
 */
export type Combination = Record<string, unknown>;

export interface Strategy {
  combinations: Combination[];
  failFast: boolean;
  maxParallel?: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function expandStrategy(strategy: unknown): Strategy {
  if (strategy === undefined || strategy === null) return { combinations: [{}], failFast: true };
  if (typeof strategy !== 'object' || Array.isArray(strategy)) throw new Error('strategy must be a mapping');
  const s = strategy as Record<string, unknown>;
  const failFast = s['fail-fast'] === undefined ? true : s['fail-fast'] === true || s['fail-fast'] === 'true';
  const maxParallel = s['max-parallel'] === undefined ? undefined : Number(s['max-parallel']);
  const matrix = (s.matrix ?? {}) as Record<string, unknown>;
  if (typeof matrix !== 'object' || Array.isArray(matrix))
    throw new Error('strategy.matrix must be a mapping');

  const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
  let combos: Combination[] = keys.length ? [{}] : [];
  for (const key of keys) {
    const values = matrix[key];
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`strategy.matrix.${key} must be a non-empty list`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const exclude = (matrix.exclude ?? []) as Combination[];
  combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))));

  // Only combinations of the matrix proper are extended; an added one is never extended later.
  const originals = combos.map((c) => ({ ...c }));
  const extendable = combos.length;
  for (const inc of (matrix.include ?? []) as Combination[]) {
    let matched = false;
    combos.slice(0, extendable).forEach((c, i) => {
      const original = originals[i]!;
      const contradicts = Object.entries(inc).some(([k, v]) => k in original && !same(original[k], v));
      if (contradicts) return;
      matched = true;
      for (const [k, v] of Object.entries(inc)) if (!(k in original)) c[k] = v;
    });
    if (!matched) combos.push({ ...inc });
  }
  if (combos.length === 0) combos = [{}];
  if (combos.length > 256)
    throw new Error(`strategy.matrix has ${combos.length} combinations; GitHub allows 256`);
  return {
    combinations: combos,
    failFast,
    maxParallel: Number.isFinite(maxParallel) ? maxParallel : undefined,
  };
}

/** The leg's display suffix as GitHub shows it: `build (linux, amd64)`. */
export function legName(jobName: string, combination: Combination): string {
  const values = Object.values(combination).map((v) =>
    typeof v === 'object' ? JSON.stringify(v) : String(v),
  );
  return values.length ? `${jobName} (${values.join(', ')})` : jobName;
}
