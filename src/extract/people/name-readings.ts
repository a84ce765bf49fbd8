import type { GazetteerEntry } from '../../gazetteer/index.js';
import type { PlaceShape } from '../places/read-place.js';
import type { OrganizationShape } from './read-organization.js';
import { memoize } from './memo.js';

/**
 * What the readers make of one name on its own (its organisation shape, place shape, gazetteer
 * candidates, person shape), in one record per name, each field filled the first time its reader
 * asks. Every chunk is read by all four: one lookup in one large table finds them all, where a table
 * per reader cost a lookup each, mostly in memory the processor had not touched for a while.
 */
export interface NameReadings {
  organization: OrganizationShape | undefined;
  place: PlaceShape | undefined;
  candidates: readonly GazetteerEntry[] | undefined;
  personShaped: boolean | undefined;
}

/** The record of a name (the readings are pure functions of the name, so one record serves every caller). */
export const readingsOf = memoize((name: string): NameReadings => ({ organization: undefined, place: undefined, candidates: undefined, personShaped: undefined }));
