import type { TimeValue } from '../../types.js';
import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, ROLE_NOUNS } from './lexicon.js';
import { agentAt, isHardStop, namesPeople, nounPhraseEnd, placeIn, readParties, type Party } from './phrases.js';
import { mentionAt, type Mention, type SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/** What the words after a trigger say about the event. */
export interface Arguments {
  participants: Party[];
  counterparts: Party[];
  place?: Mention;
  time?: Mention;
  mode?: 'phone' | 'video';
  /** One past the last token used. */
  end: number;
  /** The verb's object or "with" phrase names no people ("meet the deadline", "met with criticism"): no event. */
  rejected?: boolean;
}

const TRAVEL = new Set(['visit', 'arrive', 'trip']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'around']);
// Phrases that put a second event word inside the first one's frame ("at the G20 summit").
const FRAME_WORDS = new Set(['at', 'during', 'of', 'sidelines', 'on']);
const PHONE = new Set(['phone', 'telephone', 'video', 'videoconference']);

/** A time mention that can date an event: not a duration ("five years") and not inside a record. */
export function datingTimeAt(view: SentenceView, index: number): Mention | undefined {
  const time = mentionAt(view.times, index);
  if (!time || mentionAt(view.records, index)) return undefined;
  const value = time.claim?.value as TimeValue | undefined;
  if (value?.timex.type === 'DURATION' || value?.timex.type === 'SET') return undefined;
  // "recent", "now": a reference to the present or past that dates nothing.
  return value && /_REF$/u.test(value.timex.value) ? undefined : time;
}

/** Whether a comma inside the window lets the arguments go on (", last November," or ", in Paris"). */
function commaContinues(view: SentenceView, index: number): boolean {
  const next = view.lower[index + 1] ?? '';
  // A time set off by commas, maybe with a word the time claim left out (", last November,").
  for (let k = index + 1; k <= index + 2; k++) {
    const time = datingTimeAt(view, k);
    if (!time) continue;
    const after = view.lower[time.to - 1] === ',' ? time.to - 1 : time.to;
    if (view.lower[after] === ',' || isHardStop(view, after) || after >= view.tokens.length) return true;
  }
  return PLACE_PREPOSITIONS.has(next) || next === 'on' || next === 'during' || next === 'between' || next === 'with';
}

/**
 * Reads the arguments on the right of a trigger: its object, then prepositional phrases and time
 * expressions (with whom, between whom, by whom, where, when), until the clause ends or another event
 * word starts. An event word framed by the first one ("met on the sidelines of the summit in Bali")
 * does not end the window: its place and time are the first one's too.
 */
export function readArguments(view: SentenceView, trigger: Trigger, isTrigger: (index: number) => boolean, text: string): Arguments {
  const args: Arguments = { participants: [], counterparts: [], end: trigger.index + 1 };
  if (trigger.mode) args.mode = trigger.mode;
  const n = view.tokens.length;
  const stopAt = (i: number) => isTrigger(i) && i !== trigger.index;
  let k = trigger.index + 1;
  if (trigger.pos === 'verb' && !datingTimeAt(view, k) && !isHardStop(view, k) && agentOrPhraseStarts(view, k)) {
    const place = TRAVEL.has(trigger.predicate) ? placeIn(view, k, nounPhraseEnd(view, k, n)) : undefined;
    if (place && place.from <= k + 1) {
      args.place = place;
      k = args.end = place.to;
    } else if (trigger.lemma !== 'return') {
      const read = readParties(view, k, n, stopAt, text);
      const people = read.parties.filter((party) => namesPeople(view, party));
      // A visit to a thing ("visited the shipyard") keeps its place phrase apart; a meeting needs people.
      if (people.length < read.parties.length && trigger.predicate !== 'visit') args.rejected = true;
      args.counterparts.push(...people.filter((party) => trigger.predicate !== 'visit' || !party.description));
      k = args.end = read.end;
    }
  }
  while (k < n) {
    const word = view.lower[k]!;
    const time = datingTimeAt(view, k) ?? (word === 'on' || PLACE_PREPOSITIONS.has(word) || word === 'for' ? datingTimeAt(view, k + 1) : undefined);
    if (time) {
      args.time ??= time;
      k = args.end = time.to;
      // A time claim may end on the comma after it; the comma still separates.
      if (view.lower[k - 1] === ',') k = args.end = k - 1;
      continue;
    }
    if (k > trigger.index + 1 && view.lower[k - 1] === ',' && datingTimeAt(view, k + 1) && !datingTimeAt(view, k)) {
      // ", last November," where the time claim covers only "November".
      k++;
      continue;
    }
    if (isHardStop(view, k)) break;
    if (word === ',') {
      if (!commaContinues(view, k)) break;
      k++;
      continue;
    }
    if ((word === 'and' && (PLACE_PREPOSITIONS.has(view.lower[k + 1] ?? '') || view.lower[k + 1] === 'with')) || /^\p{Ll}+ly$/u.test(view.tokens[k]!.text)) {
      k++;
      continue;
    }
    if (word === 'with' && TRAVEL.has(trigger.predicate)) {
      // Travelling "with" someone or something: company, not a counterpart.
      k = nounPhraseEnd(view, k + 1, n);
      continue;
    }
    const phraseEnd = (from: number) => nounPhraseEnd(view, from, n);
    const next = view.lower[k + 1] ?? '';
    if (word === 'with' || word === 'between' || (word === 'by' && trigger.pos === 'noun' && !PHONE.has(next) && !/ing$/u.test(next)) || (word === 'of' && k === trigger.index + 1 && trigger.pos === 'noun')) {
      const read = readParties(view, k + 1, n, stopAt, text);
      if (read.parties.length === 0) break;
      if (word === 'with') {
        const people = read.parties.filter((party) => namesPeople(view, party));
        if (people.length === 0) args.rejected = true;
        args.counterparts.push(...people);
      }
      else if (word === 'between') {
        args.participants.push(read.parties[0]!);
        args.counterparts.push(...read.parties.slice(1));
      } else if (!(word === 'of' && !agentAt(view, k + 1) && !isPersonDescription(view, k + 1, read.end))) args.participants.push(...read.parties);
      else break;
      // "calls between different parts of the world", "the meeting between the schools": no people, no event.
      if (word === 'between' && !read.parties.some((party) => namesPeople(view, party))) args.rejected = true;
      k = args.end = read.end;
      continue;
    }
    if (word === 'by' && PHONE.has(view.lower[k + 1] ?? '')) {
      args.mode = view.lower[k + 1]!.startsWith('video') ? 'video' : 'phone';
      k = args.end = k + 2;
      continue;
    }
    if ((word === 'to' && TRAVEL.has(trigger.predicate)) || PLACE_PREPOSITIONS.has(word)) {
      const end = phraseEnd(k + 1);
      const place = placeIn(view, k + 1, end);
      if (!place && !framesEvent(view, k + 1, end, stopAt)) break;
      if (place) args.place ??= place;
      k = args.end = place ? place.to : end;
      continue;
    }
    if ((word === 'on' || word === 'during') && framesEvent(view, k + 1, phraseEnd(k + 1), stopAt)) {
      k = phraseEnd(k + 1);
      continue;
    }
    if (stopAt(k) && k > 0 && FRAME_WORDS.has(view.lower[k - 1]!)) {
      k++;
      continue;
    }
    break;
  }
  return args;
}

/** Whether an object can start here: a mention, a determiner, a name, a bare noun ("union leaders"). */
function agentOrPhraseStarts(view: SentenceView, index: number): boolean {
  const token = view.tokens[index];
  const word = view.lower[index] ?? '';
  if (!token || token.kind !== 'word' || PREPOSITIONS.has(word)) return false;
  if (agentAt(view, index) !== undefined || mentionAt(view.places, index) !== undefined || DETERMINERS.has(word) || /^\p{Lu}/u.test(token.text)) return true;
  return !PREPOSITIONS.has(word) && !AUXILIARIES.has(word) && !CLAUSE_OPENERS.has(word) && !/ly$/u.test(word) && word !== 'and' && word !== 'or';
}

/** "the sidelines of the G20 summit": a phrase that leads to another event word. */
function framesEvent(view: SentenceView, from: number, to: number, stopAt: (index: number) => boolean): boolean {
  for (let i = from; i < Math.min(to + 4, view.tokens.length); i++) if (stopAt(i)) return true;
  return false;
}

/** "the head of the delegation", "his predecessor": a description of a person. */
function isPersonDescription(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ROLE_NOUNS.has(view.lower[i]!) || view.lower[i] === 'head') return true;
  return false;
}
