import { InputError } from '@goship/kit';
import {
  checkBudgets,
  evaluateAssertion,
  latencyStats,
  parseJsonAssertion,
  parseLatencyBudget,
  parseStatusMatcher,
  percentile,
} from '../../../packages/probe/src/index.js';

const inputError = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
};

describe('expect-status', () => {
  it('accepts codes, classes and ranges', () => {
    const m = parseStatusMatcher('expect-status', ['200', '204', '3xx', '400-404']);
    expect([200, 204, 301, 399, 400, 404].map((c) => m.matches(c))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([201, 299, 405, 500, 429].map((c) => m.matches(c))).toEqual([false, false, false, false, false]);
    expect(m.text).toBe('200, 204, 3xx, 400-404');
  });
  it('class letters are case-insensitive, 2XX = 2xx', () => {
    expect(parseStatusMatcher('expect-status', ['2XX']).matches(250)).toBe(true);
  });
  it.each([
    ['20', "'20' is not a status code"],
    ['6xx', "'6xx' is not a status code"],
    ['700', "'700' is outside 100–599"],
    ['ok', "'ok' is not a status code"],
    ['299-200', "range '299-200' runs backwards"],
    ['2xx 3xx', "'2xx 3xx' is not"],
  ])('rejects %s naming the input', (item, problem) => {
    const err = inputError(() => parseStatusMatcher('expect-status', [item]));
    expect(err.input).toBe('expect-status');
    expect(err.message).toContain(problem);
    expect(err.message).toContain('Expected HTTP status codes');
  });
  it('rejects an empty list', () => {
    expect(inputError(() => parseStatusMatcher('expect-status', [])).message).toContain('is empty');
  });
});

describe('expect-json', () => {
  const doc = {
    version: '1.2.3',
    status: 'ok',
    port: '8080',
    replicas: 3,
    ready: true,
    gone: null,
    items: [{ id: 7 }, { id: 9 }],
    'build-date': '2026-01-01',
    'a key': 'x',
  };
  const run = (text: string) => evaluateAssertion(parseJsonAssertion('expect-json', text), doc);

  it.each([
    '$.version == "1.2.3"',
    "$.status == 'ok'",
    '$.status != "down"',
    '$.replicas >= 3',
    '$.replicas < 4',
    '$.ready == true',
    '$.gone == null',
    '$.items[1].id > 8',
    '$.items[0]["id"] == 7',
    '$["a key"] == "x"',
    '$.build-date =~ /^2026-/',
    '$.version =~ "^1\\\\.2"',
    '$.version',
    '  $.version   ==   "1.2.3"  ',
  ])('%s holds', (text) => {
    expect(run(text)).toEqual({ ok: true, message: text.trim() });
  });

  it.each([
    ['$.version == "1.2.4"', '$.version is "1.2.3", expected == "1.2.4"'],
    ['$.port == 8080', '$.port is "8080", expected == 8080'],
    ['$.replicas > 3', '$.replicas is 3 (a number), expected > 3'],
    ['$.status > 1', 'expected a number > 1'],
    ['$.missing == 1', '$.missing is missing ($ has keys version, status'],
    ['$.items[5].id == 1', '$.items has 2 item(s), no index 5'],
    ['$.status[0] == 1', '$.status is a string, not an array'],
    ['$.version.major == 1', '$.version is a string, not an object'],
    ['$.gone', 'expected to be present and not null'],
    ['$.replicas =~ /3/', 'expected a string matching /3/'],
  ])('%s fails with a message saying what was found', (text, message) => {
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(r.message).toContain(message);
  });

  it('a non-object document is reported, not thrown', () => {
    const r = evaluateAssertion(parseJsonAssertion('expect-json', '$.version == "1"'), ['x']);
    expect(r).toEqual({ ok: false, message: '$.version == "1": $ is an array, not an object' });
  });

  it.each([
    ['version == "1"', "a path starts with '$'"],
    ['$.version = "1"', "'=' is not an operator (use '==' to compare)"],
    ['$.version == 1.2.3', "'1.2.3' is not a value"],
    ['$.version == ok', '\'ok\' is not a value (strings need quotes: "ok"'],
    ['$.version ==', "'==' has no value after it"],
    ['$.version == "1" extra', "unexpected 'extra' after the value"],
    ['$.version == "1', 'has no closing "'],
    ['$.items[x]', "'[' must hold an index"],
    ['$.items[0', "expected ']'"],
    ['$.', "'.' must be followed by a name"],
    ['$.a..b', "'.' must be followed by a name"],
    ['$.v ~= "x"', 'expected an operator'],
    ['$.n > "3"', "'>' compares numbers, but the value is a string"],
    ['$.n =~ /a(/', 'invalid regex'],
    ['$.n =~ /a/g', 'flags g and y make a regex stateful'],
    ['$.n =~ /abc', 'has no closing /'],
    ['$.s == "\\x"', 'is not a valid JSON string'],
    ['$[*].id == 1', "'[' must hold an index"],
  ])('rejects %s strictly', (text, problem) => {
    const err = inputError(() => parseJsonAssertion('expect-json', text));
    expect(err.input).toBe('expect-json');
    expect(err.message).toContain(problem);
    expect(err.message).toMatch(/at column \d+/);
    expect(err.message).toContain('$.version == "1.2.3"');
  });

  it('points at the column of the problem', () => {
    expect(inputError(() => parseJsonAssertion('expect-json', '$.a == nope')).message).toContain(
      'at column 8',
    );
  });
});

describe('latency budget', () => {
  it.each([
    ['p95 < 300ms', { stat: 'p95', percentile: 95, limitMs: 300, inclusive: false, text: 'p95 < 300ms' }],
    ['p99<=1s', { stat: 'p99', percentile: 99, limitMs: 1000, inclusive: true, text: 'p99 <= 1s' }],
    ['max < 2s', { stat: 'max', percentile: 100, limitMs: 2000, inclusive: false, text: 'max < 2s' }],
    ['P50: 100ms', { stat: 'p50', percentile: 50, limitMs: 100, inclusive: true, text: 'p50 <= 100ms' }],
    ['250ms', { stat: 'p95', percentile: 95, limitMs: 250, inclusive: true, text: 'p95 <= 250ms' }],
    [
      'p99.9 < 1.5s',
      { stat: 'p99.9', percentile: 99.9, limitMs: 1500, inclusive: false, text: 'p99.9 < 1.5s' },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseLatencyBudget('latency', text)).toEqual(expected);
  });

  it.each([
    ['p95 < fast', "'fast' in 'p95 < fast' is not a duration"],
    ['p95 > 300ms', 'is not an upper limit'],
    ['max = 1s', 'is not an upper limit'],
    ['avg < 300ms', 'does not name a statistic'],
    ['p0 < 1s', "'p0' is not a percentile"],
    ['p95 < 0ms', 'allows no time at all'],
    ['< 300ms', 'does not name a statistic'],
  ])('rejects %s', (text, problem) => {
    const err = inputError(() => parseLatencyBudget('latency', text));
    expect(err.input).toBe('latency');
    expect(err.message).toContain(problem);
  });

  it('nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(latencyStats([30, 10, 20])).toEqual({ count: 3, p50: 20, p95: 30, max: 30 });
    expect(latencyStats([])).toBeUndefined();
  });

  it('reports each broken budget with the measured value; < is strict, <= is not', () => {
    const samples = [100, 100, 100, 300];
    const budgets = ['p50 < 200ms', 'max < 300ms', 'max <= 300ms', 'p95: 299ms'].map((b) =>
      parseLatencyBudget('latency', b),
    );
    expect(checkBudgets(budgets, samples).map((b) => [b.budget.text, b.measuredMs])).toEqual([
      ['max < 300ms', 300],
      ['p95 <= 299ms', 300],
    ]);
  });
});
