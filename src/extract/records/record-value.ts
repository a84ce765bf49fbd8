import type { RecordValue } from '../../types.js';

/**
 * The value of a `record` claim. Its extra fields (`head`, `anchor`, `mod`, `time`, `previousText`,
 * `ever`) are declared, optional, on the shared `RecordValue`.
 */
export type RecordClaimValue = RecordValue;
