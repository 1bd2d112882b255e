/*
 * Properties of -ldflags quoting (packages/contract/src/ldflags.ts): a value quoted into `-X main.value=…`
 * reaches the program unchanged. The pure half (joinLdflags/splitLdflags, our port of cmd/internal/quoted)
 * runs many times; the proof runs a few dozen times through the REAL `go build` of a tiny program that
 * prints the variable, so the go command's own reading of -ldflags is what is checked, not our port of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinLdflags, LdflagsQuotingError, ldflagsQuotingProblem, splitLdflags } from '@goship/contract';
import { jest } from '@jest/globals';
import fc from 'fast-check';

jest.setTimeout(600_000);

const PURE_RUNS = 2000;
const GO_BUILD_RUNS = 30;

/** Values rich in what breaks quoting: blanks, both quotes, '=', '$', backslashes, '-' prefixes, non-ASCII. */
const value = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(' ', '\t', '\n', "'", '"', '=', '$', '\\', '`', '-', ';', '%') },
    { weight: 1, arbitrary: fc.constantFrom('é', '日', '🙂', '\r') },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 16,
});

const representable = (v: string) => ldflagsQuotingProblem(`main.value=${v}`) === undefined;

describe('ldflags quoting', () => {
  test('joinLdflags then splitLdflags gives the arguments back, or refuses exactly the unrepresentable', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        const args = values.flatMap((v, i) => ['-X', `main.v${i}=${v}`]);
        if (args.every((a) => ldflagsQuotingProblem(a) === undefined)) {
          expect(splitLdflags(joinLdflags(args))).toEqual(args);
        } else {
          expect(() => joinLdflags(args)).toThrow(LdflagsQuotingError);
        }
      }),
      { numRuns: PURE_RUNS },
    );
  });

  describe('through the real go build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-prop-ldflags-'));
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', CGO_ENABLED: '0' };
    beforeAll(() => {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src/go.mod'), 'module sample\n\ngo 1.21\n');
      writeFileSync(
        join(dir, 'src/main.go'),
        'package main\n\nimport "os"\n\nvar value string\n\nfunc main() { os.Stdout.WriteString(value) }\n',
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('a value quoted into -X main.value=… is what the built program prints', () => {
      let built = 0;
      fc.assert(
        fc.property(value.filter(representable), (v) => {
          const ldflags = joinLdflags(['-s', '-X', `main.value=${v}`]);
          const bin = join(dir, `bin-${built++}`);
          execFileSync('go', ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', bin, '.'], {
            cwd: join(dir, 'src'),
            env,
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          const printed = execFileSync(bin, { encoding: 'utf8' });
          rmSync(bin);
          expect(printed).toBe(v);
        }),
        { numRuns: GO_BUILD_RUNS },
      );
      expect(built).toBe(GO_BUILD_RUNS);
    });
  });
});
