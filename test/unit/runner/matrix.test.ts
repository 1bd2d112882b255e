import { expandStrategy, legName } from '@goship/runner';

describe("expandStrategy (GitHub's documented matrix rules)", () => {
  test('cartesian product in key order', () => {
    const s = expandStrategy({ matrix: { os: ['a', 'b'], v: [1, 2] } });
    expect(s.combinations).toEqual([
      { os: 'a', v: 1 },
      { os: 'a', v: 2 },
      { os: 'b', v: 1 },
      { os: 'b', v: 2 },
    ]);
    expect(s.failFast).toBe(true);
  });

  test('exclude removes partial matches', () => {
    const s = expandStrategy({ matrix: { os: ['a', 'b'], v: [1, 2], exclude: [{ os: 'b', v: 2 }] } });
    expect(s.combinations).toHaveLength(3);
    expect(s.combinations).not.toContainEqual({ os: 'b', v: 2 });
  });

  // The example from GitHub's docs ("Expanding or adding matrix configurations").
  test('include extends matching combinations without overwriting originals, else adds one', () => {
    const s = expandStrategy({
      matrix: {
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      },
    });
    expect(s.combinations).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  test('fail-fast and max-parallel are read; bad matrices are errors', () => {
    expect(expandStrategy({ 'fail-fast': false, 'max-parallel': 3, matrix: { a: [1] } })).toMatchObject({
      failFast: false,
      maxParallel: 3,
    });
    expect(() => expandStrategy({ matrix: { a: [] } })).toThrow(/strategy.matrix.a must be a non-empty list/);
    expect(() => expandStrategy({ matrix: { a: 'x' } })).toThrow(/non-empty list/);
    expect(expandStrategy(undefined).combinations).toEqual([{}]);
  });

  test('leg names as GitHub shows them', () => {
    expect(legName('build', { os: 'linux', arch: 'arm64' })).toBe('build (linux, arm64)');
    expect(legName('build', {})).toBe('build');
  });
});
