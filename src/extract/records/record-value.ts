import type { RecordValue } from '../../types.js';

/** The value of a `record` claim: the shared `RecordValue` with the fields this extractor adds. */
export interface RecordClaimValue extends RecordValue {
  /** The head noun of `what` ("visit", "level", "heist"), from the noun phrase before when elided. */
  head?: string;
  /** The date the look-back counts from (publication, or the duration claim's anchor). */
  anchor?: string;
  /** TIMEX3 mod of the gap: `APPROX` ("nearly"), `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`. */
  mod?: string;
  /** Claim id of the time claim the previous date or the gap came from. */
  time?: string;
  /** The since-phrase as written, dated or not ("the end of the Cold War"). */
  previousText?: string;
  /** "ever", "on record", "in history", "so far": the record is over all time known. */
  ever?: boolean;
}
