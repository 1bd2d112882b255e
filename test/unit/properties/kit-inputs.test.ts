/*
 * Properties of the kit's port and duration parsers (packages/kit/src/inputs.ts): every well-formed value
 * parses to what it says, and everything else is refused with an InputError that names the input and the
 * expected form. fast-check generates the values; a failure prints the shrunk counterexample and its seed.
 */
import { InputError, parseDuration, parsePort } from '@goship/kit';
import fc from 'fast-check';

const RUNS = 1000;

/** The InputError thrown by `parse`, or a failure saying that nothing (or something else) was thrown. */
function refusal(parse: () => unknown): InputError {
  try {
    parse();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw new Error(`threw ${String(err)} instead of an InputError`);
  }
  throw new Error('accepted');
}

describe('ports', () => {
  test('every decimal 1..65535 parses to itself (leading zeros and surrounding blanks allowed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 65535 }),
        fc.nat({ max: 3 }),
        fc.constantFrom('', ' ', '\t'),
        (n, zeros, pad) => {
          expect(parsePort('port', `${pad}${'0'.repeat(zeros)}${n}${pad}`)).toBe(n);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('integers outside 1..65535 are refused, naming the input and the range', () => {
    const outside = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 65536, max: Number.MAX_SAFE_INTEGER }),
      fc.bigInt({ min: 10n ** 16n, max: 10n ** 40n }),
    );
    fc.assert(
      fc.property(outside, (n) => {
        const err = refusal(() => parsePort('service-port', String(n)));
        expect(err.input).toBe('service-port');
        expect(err.message).toMatch(
          /^Input 'service-port': .*Expected a TCP port number from 1 to 65535\.$/s,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('anything that is not all digits is refused, quoting the value', () => {
    const notDigits = fc.string({ maxLength: 12 }).filter((s) => !/^\s*\d+\s*$/.test(s));
    fc.assert(
      fc.property(notDigits, (text) => {
        const err = refusal(() => parsePort('port', text));
        expect(err.message).toContain(`'${text}' is not a port number`);
        expect(err.message).toContain('1 to 65535');
      }),
      { numRuns: RUNS },
    );
  });
});

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
type Unit = keyof typeof UNIT_MS;

describe('durations', () => {
  test('a sequence of <number><unit> parts is the sum of its parts, in ms', () => {
    const part = fc.record({
      whole: fc.nat({ max: 10_000 }),
      // Decimals as written by people: up to three places.
      frac: fc.option(fc.stringMatching(/^[0-9]{1,3}$/), { nil: undefined }),
      unit: fc.constantFrom<Unit>('ms', 's', 'm', 'h'),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.map((p) => `${p.whole}${p.frac ? `.${p.frac}` : ''}${p.unit}`).join('');
        const expected = parts.reduce(
          (sum, p) => sum + Number(`${p.whole}${p.frac ? `.${p.frac}` : ''}`) * UNIT_MS[p.unit],
          0,
        );
        expect(parseDuration('timeout', text)).toBe(Math.round(expected));
      }),
      { numRuns: RUNS },
    );
  });

  test('a bare number is seconds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (n) => {
        expect(parseDuration('timeout', String(n))).toBe(n * 1000);
      }),
      { numRuns: RUNS },
    );
  });

  test('text outside the grammar is refused, naming the input and the expected form', () => {
    const grammar = /^\s*(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)\s*$/;
    const noise = fc.oneof(
      fc.string({ maxLength: 10 }),
      // Near misses: real parts with a stray character, unit or sign in them.
      fc
        .tuple(
          fc.stringMatching(/^[0-9]{1,3}(ms|s|m|h)$/),
          fc.constantFrom('-', ' ', 'd', 'us', ';', '1e3', 'sm', '.', 'M', 'H'),
          fc.stringMatching(/^[0-9]{0,3}(ms|s|m|h)?$/),
        )
        .map(([a, b, c]) => a + b + c),
    );
    fc.assert(
      fc.property(
        noise.filter((s) => !grammar.test(s)),
        (text) => {
          const err = refusal(() => parseDuration('wait-timeout', text));
          expect(err.input).toBe('wait-timeout');
          expect(err.message).toContain(`'${text}' is not a duration`);
          expect(err.message).toContain('90s, 5m, 1h30m or 250ms');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
