/**
 * Two projects: `unit` needs nothing, `integration` talks to a real Neo4j that
 * tests/global-setup.ts starts (a throw-away local instance unless NEO4J_URI is set).
 * Integration files share one database, so they run one at a time.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 240000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/schema/**/*.test.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/tests/support/jest-esm-shims.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/tests/support/jest-esm-shims.ts'],
    },
  ],
};
