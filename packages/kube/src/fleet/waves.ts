import { InputError, splitList } from '@goship/kit';

/*
 * The `waves` input: the size of each wave in order, comma- or newline-separated. A size is a count (`1`), a
 * percentage of all clusters (`25%`, rounded up, at least one cluster) or `rest` (every cluster not yet in a
 * wave; only last). When the sizes run out before the clusters do, the last size repeats (`1` alone: one
 * cluster at a time). Clusters are taken in the order the `clusters` input lists them.
 */

export type WaveSize = { count: number } | { percent: number } | { rest: true };

const INPUT = 'waves';
const EXPECTED =
  'wave sizes in order, e.g. `1, 25%, rest`: a count, a percentage of the clusters, or rest (last)';

export function parseWaves(text: string): WaveSize[] {
  const items = splitList(text);
  if (items.length === 0) throw new InputError(INPUT, 'is empty', EXPECTED);
  return items.map((item, i) => {
    const value = item.trim().toLowerCase();
    if (value === 'rest') {
      if (i !== items.length - 1)
        throw new InputError(
          INPUT,
          `'rest' is wave ${i + 1} of ${items.length}`,
          EXPECTED,
          'rest takes every remaining cluster, so it can only be the last wave.',
        );
      return { rest: true };
    }
    const pct = /^(\d+(?:\.\d+)?)%$/.exec(value);
    if (pct) {
      const percent = Number(pct[1]);
      if (percent <= 0 || percent > 100)
        throw new InputError(INPUT, `'${item}' (wave ${i + 1}) is not between 0% and 100%`, EXPECTED);
      return { percent };
    }
    if (/^\d+$/.test(value)) {
      const count = Number(value);
      if (count < 1) throw new InputError(INPUT, `'${item}' (wave ${i + 1}) is zero clusters`, EXPECTED);
      return { count };
    }
    throw new InputError(INPUT, `'${item}' (wave ${i + 1}) is not a wave size`, EXPECTED);
  });
}

/** Splits `total` clusters (by index, in order) into waves; every wave holds at least one cluster. */
export function planWaves(total: number, sizes: WaveSize[]): number[][] {
  const waves: number[][] = [];
  let next = 0;
  for (let i = 0; next < total; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)]!;
    const n =
      'rest' in size
        ? total - next
        : 'percent' in size
          ? Math.max(1, Math.ceil((total * size.percent) / 100 - 1e-9))
          : size.count;
    const end = Math.min(total, next + n);
    waves.push(Array.from({ length: end - next }, (_, k) => next + k));
    next = end;
  }
  return waves;
}
