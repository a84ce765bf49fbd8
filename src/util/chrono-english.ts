import { createRequire } from 'node:module';
import path from 'node:path';
import type * as ChronoEn from 'chrono-node/en';

let english: typeof ChronoEn | undefined;

/**
 * chrono-node's English module, loaded on first use. The package root loads every locale (costly at
 * start-up), so we take `chrono-node/en` — required by file, because the package's exports map sends
 * that name to `dist/cjs/locales/en/index.js` through a subpath pattern that Jest 29's resolver does
 * not read. The same CommonJS module is shared by every caller.
 */
export function chronoEnglish(): typeof ChronoEn {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = require(path.join(path.dirname(require.resolve('chrono-node')), 'locales', 'en', 'index.js')) as typeof ChronoEn;
  }
  return english;
}
