import type { Certainty, ClaimDraft, Extractor, ExtractorContext, PlaceValue, TimeValue } from '../../types.js';
import { buildViews } from './build-views.js';
import type { MeetingClaimValue } from './meeting-value.js';
import type { Party } from './phrases.js';
import { readEvent, type EventReading } from './read-event.js';
import { textOf, type SentenceView } from './sentence-view.js';
import { findTriggers } from './triggers.js';
import { caseInsensitiveTest } from './word-gate.js';

// Stems of every trigger in `triggers.ts`; a sentence without one has no event to read.
const hasEventWord = caseInsensitiveTest(
  String.raw`\b(?:meet|met\b|talk|spoke|speak|visit|arriv|return|land|trip|journey|tour\b|summit|discussion|negotiation|consultation|call|conference|videoconference|welcom|host|receiv)`,
);

/** Whether `inner` stands inside `outer`'s arguments ("met … on the sidelines of the summit in Bali"). */
const frames = (outer: EventReading, inner: EventReading) => inner.trigger.index > outer.trigger.index && inner.trigger.index < outer.argumentsEnd;

/** Whether only "and", commas and noun modifiers stand between two events ("talks with A and a possible meeting with B"). */
function coordinated(view: SentenceView, first: EventReading, second: EventReading): boolean {
  if (first.trigger.pos !== second.trigger.pos || first.argumentsEnd > second.from) return false;
  const between = view.lower.slice(first.argumentsEnd, second.from);
  return between.length > 0 && between.length <= 2 && (between[0] === 'and' || between[0] === 'or');
}

/** Events framed by or coordinated with an earlier one share what they do not state themselves. */
function shareArguments(view: SentenceView, readings: EventReading[]): void {
  for (let i = 0; i < readings.length; i++) {
    for (let j = 0; j < i; j++) {
      const outer = readings[j]!;
      const inner = readings[i]!;
      const linked = frames(outer, inner) || coordinated(view, outer, inner);
      if (!linked) continue;
      if (!inner.time && outer.time) inner.time = outer.time;
      if (!inner.place && outer.place) inner.place = outer.place;
      if (frames(outer, inner) && !outer.place && inner.place) outer.place = inner.place;
      if (inner.participants.length === 0 && coordinated(view, outer, inner)) inner.participants = outer.participants.map((party) => ({ ...party, implied: true }));
    }
  }
}

const names = (parties: readonly Party[]) => parties.map((party) => party.name);
const keys = (parties: readonly Party[]) => parties.map((party) => party.key);

function draftOf(view: SentenceView, reading: EventReading, text: string): ClaimDraft<'meeting'> {
  const { trigger, modality, place, time } = reading;
  let last = reading.to - 1;
  // A span never ends on punctuation (time claims may carry a trailing comma).
  while (last > reading.from && view.tokens[last]!.kind === 'punct') last--;
  const start = view.tokens[reading.from]!.span.start;
  const end = view.tokens[last]!.span.end;
  const timeValue = time?.claim?.value as TimeValue | undefined;
  const value: MeetingClaimValue = {
    predicate: trigger.predicate,
    trigger: trigger.lemma,
    participants: keys(reading.participants),
    participantNames: names(reading.participants),
    polarity: modality.polarity,
    modality: modality.modality,
  };
  if (reading.counterparts.length > 0) {
    value.counterpart = keys(reading.counterparts);
    value.counterpartNames = names(reading.counterparts);
  }
  if (place) {
    value.place = (place.claim?.value as PlaceValue | undefined)?.geo?.name ?? place.name;
    if (place.claim) value.placeClaim = place.claim.id;
  }
  if (time?.claim) {
    value.time = time.claim.id;
    if (timeValue?.interval) value.interval = timeValue.interval;
  }
  if (modality.source) value.source = textOf(view, modality.source.from, modality.source.to, text);
  if (reading.mode) value.mode = reading.mode;
  const certainty: Record<string, Certainty> = {
    predicate: 'stated',
    modality: modality.cues.length > 0 || trigger.tense ? 'stated' : 'implied',
  };
  if (reading.participants.length > 0) certainty.participants = reading.participants.some((party) => party.implied) ? 'implied' : 'stated';
  if (place) certainty.place = place.from >= reading.from && place.to <= reading.to ? 'stated' : 'implied';
  if (time) certainty.time = time.from >= reading.from && time.to <= reading.to ? 'stated' : 'implied';
  return { kind: 'meeting', span: { start, end }, value, certainty };
}

/**
 * Events with participants — meetings, talks, visits, arrivals, trips, summits — with who, with
 * whom, where, when, polarity and modality. Reads the person, organisation, place, time and record
 * claims found before it; an event word inside a record ("the first visit by … since 2010") is the
 * record's, and an event word with nothing said about it ("the trip") is left out.
 */
export const meetingExtractor: Extractor = {
  kind: 'meeting',
  requires: ['time', 'person', 'organization', 'place', 'record'],
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const views = buildViews(doc, earlier);
    const drafts: ClaimDraft[] = [];
    doc.sentences.forEach((sentence, s) => {
      // Most sentences hold no event word: one pattern test keeps them from being read at all.
      if (!hasEventWord(sentence.text)) return;
      const view = views.at(s);
      const triggers = findTriggers(view);
      if (triggers.length === 0) return;
      const indexes = new Set(triggers.map((trigger) => trigger.index));
      const isTrigger = (i: number) => indexes.has(i);
      const readings = triggers.map((trigger) => readEvent(views, s, trigger, isTrigger, doc.article.text));
      shareArguments(view, readings);
      for (const reading of readings) {
        // An event word with nothing stated about it ("during the visit") refers back; it is not a claim.
        const stated = reading.participants.filter((party) => !party.implied);
        const said = stated.length + reading.counterparts.length + (reading.place ? 1 : 0) + (reading.time ? 1 : 0);
        // Only people travel: "rockets landed in …" and "the storm arrived" are not arrivals.
        const traveller = reading.trigger.pos === 'noun' || reading.trigger.predicate !== 'arrive' || reading.participants.some((party) => !party.description && party.kind !== 'organization');
        // "returned to …" is an arrival only with the place it returns to.
        const returned = reading.trigger.lemma !== 'return' || reading.place !== undefined;
        if (said > 0 && !reading.rejected && traveller && returned) drafts.push(draftOf(view, reading, doc.article.text));
      }
    });
    return drafts;
  },
};
