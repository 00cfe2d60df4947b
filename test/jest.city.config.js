// The city tier: specs against the services a city deployment runs beside the app (Redis now; PostgreSQL
// later), started by test/support/ensure-city-services.sh. `npm run test:city`; not part of `npm test`.
const path = require('path');
module.exports = {
  testTimeout: 90000,
  rootDir: path.resolve(__dirname, '..'),
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/build-views.js',
  projects: [
    {
      displayName: 'city',
      rootDir: path.resolve(__dirname, '..'),
      moduleFileExtensions: ['js', 'json', 'ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/city/**/*.city-spec.ts'],
    },
  ],
};
