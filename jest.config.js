// ESM + TypeScript through ts-jest; tests import sources with .js suffixes (NodeNext style).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/support/store-env.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/lib/'],
  // the engine lane (scripts/docker-up.sh LANE) is put into the environment before any worker starts
  globalSetup: './__tests__/support/engine-lane.mjs',
  testTimeout: 120000,
  maxWorkers: 2,
};
