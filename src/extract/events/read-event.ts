import type { SentenceViews } from './build-views.js';
import { readArguments, datingTimeAt, type Arguments } from './arguments.js';
import { clauseStart, readModality, type ModalityReading } from './modality.js';
import { PREPOSITIONS } from './lexicon.js';
import { nounPhraseEnd, placeIn, type Party } from './phrases.js';
import { mentionAt, type Mention, type SentenceView } from './sentence-view.js';
import { readSubject } from './subject.js';
import type { Trigger } from './triggers.js';

/** Everything read about one trigger before it becomes a claim. */
export interface EventReading {
  trigger: Trigger;
  participants: Party[];
  counterparts: Party[];
  place?: Mention;
  time?: Mention;
  mode?: 'phone' | 'video';
  modality: ModalityReading;
  /** Token range of the claim's span. */
  from: number;
  to: number;
  /** The window of the trigger's own arguments, for framing and coordination. */
  argumentsEnd: number;
  /** What follows names no people where people are needed: not an event. */
  rejected: boolean;
}

// A subject or cue farther than this from the trigger is not quoted in the span.
const SPAN_REACH = 10;

/** A time or place on the left of the trigger, in its clause, with no other event word between. */
function leftOf<T extends Mention>(view: SentenceView, from: number, trigger: Trigger, find: (index: number) => T | undefined, isTrigger: (i: number) => boolean): T | undefined {
  for (let k = trigger.index - 1; k >= from; k--) {
    if (isTrigger(k)) return undefined;
    const found = find(k);
    if (found) return found;
  }
  return undefined;
}

/** "In November, the leaders met …": a time fronted before the clause's comma dates the clause. */
function frontedTime(view: SentenceView, region: number): Mention | undefined {
  if (region < 2 || view.lower[region - 1] !== ',') return undefined;
  const time = mentionAt(view.times, region - 2);
  const opener = time ? (time.from === 0 ? 0 : time.from === 1 && ['in', 'on', 'at', 'by'].includes(view.lower[0]!) ? 1 : -1) : -1;
  return time && opener >= 0 && time.to === region - 1 && datingTimeAt(view, time.from) ? time : undefined;
}

const VERB_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'to', 'not', 'did', 'does']);

/**
 * A time on the left that dates a verb: between its subject and the verb ("Lee yesterday met …"),
 * or right before it with only adverbs between. "Monday and talked" is another clause's time.
 */
function timeBefore(view: SentenceView, trigger: Trigger, region: number, subjectFrom: number | undefined): Mention | undefined {
  if (trigger.pos !== 'verb') return undefined;
  for (let k = trigger.index - 1; k >= Math.max(region, trigger.index - 4); k--) {
    const time = datingTimeAt(view, k);
    if (time) return subjectFrom === undefined || time.from > subjectFrom ? time : undefined;
    if (view.lower[k] === 'and' || view.lower[k] === ',' || view.lower[k] === 'to') return undefined;
  }
  return undefined;
}

/** The place named by the capitalised words that end at `end` ("… in the city of Lyon, where"). */
function placeBefore(view: SentenceView, end: number): Mention | undefined {
  let from = end;
  while (from > 0 && /^\p{Lu}/u.test(view.tokens[from - 1]!.text)) from--;
  return from < end ? placeIn(view, from, end) : undefined;
}

// Words that open a noun phrase; the span of a noun trigger starts at one when it stands right there.
const OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'no', 'his', 'her', 'its', 'their', 'our', 'any', 'another']);

/**
 * Where a noun phrase headed by a noun trigger starts: at its determiner, over up to three
 * modifiers ("a possible meeting", "the Nordic summit"). Without a determiner right there the
 * words before are not known to be modifiers ("held talks"), and the phrase starts at the noun.
 */
function phraseStart(view: SentenceView, trigger: Trigger): number {
  if (trigger.pos === 'verb') return trigger.index;
  let k = trigger.index;
  while (k > 0 && trigger.index - k < 3) {
    const text = view.tokens[k - 1]!.text;
    const lower = view.lower[k - 1]!;
    if (view.tokens[k - 1]!.kind === 'punct' || OPENERS.has(lower) || mentionAt(view.persons, k - 1) || VERB_WORDS.has(lower) || PREPOSITIONS.has(lower) || /[^s]s$/u.test(text)) break;
    k--;
  }
  return k > 0 && OPENERS.has(view.lower[k - 1]!) ? k - 1 : trigger.index;
}

/** Reads one trigger of sentence `s`: its arguments, subject, modality, time and place. */
export function readEvent(views: SentenceViews, s: number, trigger: Trigger, isTrigger: (i: number) => boolean, text: string): EventReading {
  const view = views.at(s);
  const region = clauseStart(view, trigger.index);
  const args: Arguments = readArguments(view, trigger, isTrigger, text);
  const subject = readSubject(views, s, trigger, region);
  const modality = readModality(view, trigger, region, args.end, subject?.mainClause);
  const participants = [...args.participants];
  if (subject && !participants.some((party) => party.key === subject.party.key)) participants.unshift(subject.party);
  let place = args.place;
  // ", where he will …" after a place: the clause happens there.
  if (!place && view.lower[region] === 'where') place = placeBefore(view, region - (view.lower[region - 1] === ',' ? 1 : 0));
  // "proceeding to Beijing for talks": a place just before, in the same clause.
  place ??= leftOf(view, Math.max(region, trigger.index - 6), trigger, (k) => {
    if (!['to', 'in', 'at'].includes(view.lower[k]!)) return undefined;
    const end = nounPhraseEnd(view, k + 1, trigger.index);
    return end < trigger.index - 1 ? undefined : placeIn(view, k + 1, end);
  }, isTrigger);
  const following = modality.followingAt;
  const afterCue = following === undefined ? undefined : (datingTimeAt(view, following) ?? datingTimeAt(view, following + 1));
  const time = args.time ?? timeBefore(view, trigger, region, subject?.from) ?? frontedTime(view, region) ?? afterCue;
  let from = phraseStart(view, trigger);
  if (subject && subject.from >= region && trigger.index - subject.from <= SPAN_REACH) from = Math.min(from, subject.from);
  for (const cue of modality.cues) if (cue >= region && trigger.index - cue <= SPAN_REACH) from = Math.min(from, cue);
  if (time && time.from < from && time.from >= region) from = time.from;
  // The span does not reach back over a comma: what stands before it is another phrase.
  for (let k = trigger.index - 1; k >= from; k--) {
    if (view.lower[k] === ',') {
      from = phraseStart(view, trigger);
      break;
    }
  }
  return {
    trigger,
    participants,
    counterparts: args.counterparts,
    ...(place ? { place } : {}),
    ...(time ? { time } : {}),
    ...(args.mode ? { mode: args.mode } : {}),
    modality,
    from,
    to: Math.max(args.end, trigger.index + 1),
    argumentsEnd: args.end,
    rejected: args.rejected === true,
  };
}
