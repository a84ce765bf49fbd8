import type { GazetteerEntry } from '../../gazetteer/index.js';
import type { PlaceContext } from './cues.js';

/**
 * What the entity analysis of one article finds, before claims are built: every mention with its
 * span and the evidence that decided its kind (`cue`, kept for debugging and tests).
 */

export interface PersonMention {
  kind: 'person';
  sentence: number;
  /** Span of the name as written (with the honorific for "Mr Blinken"). */
  start: number;
  end: number;
  /** The name words alone, without honorific. */
  nameWords: string[];
  honorific?: string;
  /** Title written at this mention ("Secretary of State"). */
  title?: string;
  /** An appositive or role phrase at this mention ("a senior fellow at the Stimson Center"). */
  role?: string;
  organization?: string;
  country?: string;
  cue: string;
}

export interface OrganizationMention {
  kind: 'organization';
  sentence: number;
  start: number;
  end: number;
  name: string;
  category?: string;
  country?: string;
  cue: string;
}

export interface PlaceMention {
  kind: 'place';
  sentence: number;
  start: number;
  end: number;
  /** The name as written ("Qeshm Island", "Bandar Abbas"). */
  name: string;
  /** What to look up: the name without a generic head ("Qeshm" for "Qeshm Island"). */
  lookupName: string;
  /** The generic head when there was one ("island", "county"). */
  feature?: string;
  /** Gazetteer candidates for `lookupName`. */
  candidates: readonly GazetteerEntry[];
  context: PlaceContext;
  /** Region or country written right after ("Santa Rosa, California" → `US-CA`). */
  qualifier?: string;
  /** No gazetteer entry can be right (a continent, "the Middle East"); containment from `within`. */
  within?: string[];
  cue: string;
}

export type EntityMention = PersonMention | OrganizationMention | PlaceMention;

// Constructors that always build the same object shape (every field present, absent ones undefined):
// the analysis creates tens of thousands of mentions, and one shape per kind keeps V8's code monomorphic.

export function personMentionOf(fields: Omit<PersonMention, 'kind'>): PersonMention {
  return {
    kind: 'person',
    sentence: fields.sentence,
    start: fields.start,
    end: fields.end,
    nameWords: fields.nameWords,
    honorific: fields.honorific,
    title: fields.title,
    role: fields.role,
    organization: fields.organization,
    country: fields.country,
    cue: fields.cue,
  };
}

export function organizationMentionOf(fields: Omit<OrganizationMention, 'kind'>): OrganizationMention {
  return {
    kind: 'organization',
    sentence: fields.sentence,
    start: fields.start,
    end: fields.end,
    name: fields.name,
    category: fields.category,
    country: fields.country,
    cue: fields.cue,
  };
}

export function placeMentionOf(fields: Omit<PlaceMention, 'kind'>): PlaceMention {
  return {
    kind: 'place',
    sentence: fields.sentence,
    start: fields.start,
    end: fields.end,
    name: fields.name,
    lookupName: fields.lookupName,
    feature: fields.feature,
    candidates: fields.candidates,
    context: fields.context,
    qualifier: fields.qualifier,
    within: fields.within,
    cue: fields.cue,
  };
}
