// ESM-only toolkit packages (@actions/*) need ts-jest's ESM mode; see README "Development".
const common = {
  preset: 'ts-jest/presets/default-esm',
  // Node's, with a TMPDIR of the suite's own, removed when it ends (and the e2e machine lock).
  testEnvironment: '<rootDir>/test/harness/machine-environment.cjs',
  extensionsToTreatAsEsm: ['.ts'],
  // @goship/* resolve as everything else does: node_modules/@goship/<name> (npm's workspace links) and each
  // package.json's "exports", the one place module resolution is written. Only the ESM `.js` suffix of a
  // relative TypeScript import is mapped.
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
      // Suites run at once; one that says `@goship-alone <why>` in its header runs alone (machine lock).
      testEnvironmentOptions: { machineLock: true },
    },
  ],
};
