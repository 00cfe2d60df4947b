// The city tier (`npm run test:city`, after test/support/ensure-city-services.sh has PostgreSQL and Redis
// running on loopback): the whole e2e tier again on PostgreSQL (same files, selected by TEST_DATABASE_URL:
// see test/support/test-database.ts) and the specs of several instances on one PostgreSQL and one Redis.
const path = require('path');

process.env.TEST_DATABASE_URL ??= `postgres://onewindow:onewindow@127.0.0.1:${process.env.CITY_PG_PORT ?? '5439'}/onewindow`;
process.env.TEST_REDIS_URL ??= `redis://127.0.0.1:${process.env.CITY_REDIS_PORT ?? '6390'}`;

const rootDir = path.resolve(__dirname, '..');
const common = {
  rootDir,
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testEnvironment: 'node',
};
module.exports = {
  testTimeout: 90000,
  rootDir,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/build-views.js',
  projects: [
    {
      ...common,
      displayName: 'e2e-postgres',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      // the SQLite file itself (pragmas, WAL) and the process started from the shell: SQLite only
      testPathIgnorePatterns: ['/node_modules/', 'startup\\.e2e-spec'],
    },
    { ...common, displayName: 'city', testMatch: ['<rootDir>/test/city/**/*.city-spec.ts'] },
  ],
};
