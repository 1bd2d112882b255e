// ESM-only toolkit packages (@actions/*) need ts-jest's ESM mode; see README "Development".
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // Subpaths that are one file, not a folder (package.json "exports").
    '^@goship/cluster/kubeconfig$': '<rootDir>/packages/cluster/src/kubeconfig.ts',
    '^@goship/kube/inputs$': '<rootDir>/packages/kube/src/readers.ts',
    '^@goship/([^/]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^@goship/([^/]+)/(.+)$': '<rootDir>/packages/$1/src/$2/index.ts',
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
    },
  ],
};
