// Three tiers: pure/unit specs beside the code, e2e through the real wiring, browser tests in Chromium.
// The city tier (test/city, real Redis…) has its own config: test/jest.city.config.js, `npm run test:city`.
const path = require('path');
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];
const common = {
  rootDir: path.resolve(__dirname, '..'),
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};
module.exports = {
  // a global option in Jest 30 (ignored per project); generous for the browser and concurrency suites
  testTimeout: 90000,
  rootDir: path.resolve(__dirname, '..'),
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/build-views.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/views/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
