/**
 * Jest runs the TypeScript sources as ES modules through ts-jest, transpiling file by file
 * (`isolatedModules` in tsconfig.json): type errors are `npm run typecheck`'s job, not the tests'.
 * Jest 29 and ts-jest are pure JavaScript, so `npm ci` needs no platform-specific binaries.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // chrono-node exports its locales through a subpath pattern ("./*") that Jest 29 cannot resolve.
    // Its CommonJS build: Jest's ES module loader loses track of chrono's sixty modules when a mocked
    // module's factory imports them ("request for … is not in cache"); CommonJS loads synchronously.
    '^chrono-node/en$': '<rootDir>/node_modules/chrono-node/dist/cjs/locales/en/index.js',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
};
