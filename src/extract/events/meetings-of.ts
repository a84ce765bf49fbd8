import type { Claim, DateInterval, Modality, Polarity } from '../../types.js';
import type { MeetingClaimValue } from './meeting-value.js';

/** One line of an article's meeting list: who meets (or visits) whom, where, when, and how sure. */
export interface ArticleMeeting {
  /** The meeting claim's id and quote. */
  claim: string;
  text: string;
  predicate: string;
  who: string[];
  withWhom: string[];
  place?: string;
  interval?: DateInterval;
  polarity: Polarity;
  modality: Modality;
}

/**
 * The meeting list of each article, in text order: for every `meeting` claim, who takes part, whom
 * they meet, where and when, with polarity and modality ("a possible meeting with X" is listed as
 * possible; "did not include a meeting with X" as negative and planned). Articles without meeting
 * claims are absent from the map.
 */
export function meetingsOf(claims: readonly Claim[]): Map<string, ArticleMeeting[]> {
  const lists = new Map<string, ArticleMeeting[]>();
  const meetings = claims.filter((claim): claim is Claim<'meeting'> => claim.kind === 'meeting');
  meetings.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.span.start - b.span.start));
  for (const claim of meetings) {
    const value = claim.value as MeetingClaimValue;
    const entry: ArticleMeeting = {
      claim: claim.id,
      text: claim.text,
      predicate: value.predicate,
      who: value.participantNames ?? value.participants,
      withWhom: value.counterpartNames ?? value.counterpart ?? [],
      polarity: value.polarity,
      modality: value.modality,
    };
    if (value.place) entry.place = value.place;
    if (value.interval) entry.interval = value.interval;
    const list = lists.get(claim.article) ?? [];
    list.push(entry);
    lists.set(claim.article, list);
  }
  return lists;
}
