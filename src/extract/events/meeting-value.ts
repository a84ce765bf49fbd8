import type { MeetingValue } from '../../types.js';

/**
 * The value of a `meeting` claim: the shared `MeetingValue` with the fields this extractor adds.
 * `participants` and `counterpart` hold entity keys when a person or organisation claim names the
 * party, else the name or description as written; the `…Names` lists give the display names.
 */
export interface MeetingClaimValue extends MeetingValue {
  /** The word as written, in dictionary form: `meet`, `meeting`, `visit`, `return`, `welcome`, `call`… */
  trigger: string;
  participantNames: string[];
  counterpartNames?: string[];
  /** Claim id of the place claim naming where, when one does. */
  placeClaim?: string;
  /** Who the statement is attributed to ("officials", "the ministry"), as written. */
  source?: string;
  /** Set for remote talks ("telephone talks", "spoke by phone"). */
  mode?: 'phone' | 'video';
}
