import type { Reporter } from './reporter.js';

/** The JSON report contract (schema in `schema/report.schema.json`), pretty-printed, newline-terminated. */
export const jsonReporter: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;

/** One claim per line, for `extract --format jsonl` and distributed stages. */
export const jsonlReporter: Reporter = (result) => result.claims.map((claim) => `${JSON.stringify(claim)}\n`).join('');
