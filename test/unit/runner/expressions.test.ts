import { ExpressionFailure, evaluateCondition, evaluateString, evaluateValue } from '@goship/runner';

const ok = { failed: false, cancelled: false };
const failed = { failed: true, cancelled: false };
const cancelled = { failed: false, cancelled: true };
const ctx = {
  github: { ref: 'refs/tags/v1.2.3', ref_name: 'v1.2.3' },
  steps: { build: { outputs: { version: '1.2.3', artifacts: '[{"platform":"linux/amd64"}]' } } },
  matrix: { arch: 'arm64' },
  env: { PORT: '8080' },
};

describe("expressions (GitHub's evaluator, the runner's status functions)", () => {
  test('contexts, operators and built-in functions', () => {
    expect(evaluateString("steps.build.outputs.version == '1.2.3'", ctx, ok)).toBe('true');
    expect(evaluateString("format('{0}-{1}', matrix.arch, env.PORT)", ctx, ok)).toBe('arm64-8080');
    expect(evaluateValue('fromJSON(steps.build.outputs.artifacts)[0].platform', ctx, ok)).toBe('linux/amd64');
    expect(evaluateString("startsWith(github.ref, 'refs/tags/')", ctx, ok)).toBe('true');
    expect(evaluateString('steps.missing.outputs.x', ctx, ok)).toBe('');
    expect(evaluateString("inputs.registry || 'ghcr.io'", { ...ctx, inputs: {} }, ok)).toBe('ghcr.io');
  });

  test('an if without a status function means success() && (…)', () => {
    expect(evaluateCondition("env.PORT == '8080'", ctx, ok)).toBe(true);
    expect(evaluateCondition("env.PORT == '8080'", ctx, failed)).toBe(false);
    expect(evaluateCondition(undefined, ctx, failed)).toBe(false);
    expect(evaluateCondition('${{ always() }}', ctx, failed)).toBe(true);
    expect(evaluateCondition('failure()', ctx, failed)).toBe(true);
    expect(evaluateCondition('failure()', ctx, ok)).toBe(false);
    expect(evaluateCondition('cancelled()', ctx, cancelled)).toBe(true);
    expect(evaluateCondition('success()', ctx, cancelled)).toBe(false);
  });

  test('syntax errors name the expression', () => {
    expect(() => evaluateString('steps.build.outputs.version ==', ctx, ok)).toThrow(ExpressionFailure);
    expect(() => evaluateString('nosuch.context', ctx, ok)).toThrow(/nosuch\.context/);
  });
});
