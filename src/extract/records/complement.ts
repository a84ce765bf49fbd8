import type { DateInterval, TimeValue } from '../../types.js';
import { CLAUSE_OPENERS, PREPOSITIONS, ROLE_NOUNS } from '../events/lexicon.js';
import { agentAt, isHardStop } from '../events/phrases.js';
import { mentionAt, stripPossessive, type Mention, type SentenceView } from '../events/sentence-view.js';
import { readGap, type Gap } from './gap.js';
import { intervalOfValue, ownDate } from './dates.js';

/** What follows a record's phrase: the previous occurrence, the look-back, or "ever". */
export interface Complement {
  kind: 'since' | 'gap' | 'ever';
  from: number;
  to: number;
  /** The previous occurrence, dated. */
  previous?: DateInterval & { text?: string; timex?: string };
  /** The since-phrase as written ("the end of the Cold War", "Hillary Clinton in 2010"). */
  previousText?: string;
  previousHolder?: string;
  gap?: Gap;
  /** The time claim the date or duration came from. */
  time?: Mention;
}

const SINCE_STOPS = new Set(['and', 'but', 'who', 'which', 'when', 'while', 'as', 'because', 'although', 'though']);

/** The dated previous occurrence inside `[from, to)`: a time claim's interval, else a year read here. */
function datedIn(view: SentenceView, from: number, to: number, text: string): { previous?: Complement['previous']; time?: Mention } {
  for (const time of view.times) {
    if (time.from < from || time.to > to) continue;
    const value = time.claim?.value as TimeValue | undefined;
    if (!value || value.timex.type !== 'DATE') continue;
    const interval = value.interval ?? intervalOfValue(value.timex.value);
    if (!interval) continue;
    return { previous: { ...interval, text: time.claim!.text, timex: value.timex.value }, time };
  }
  const own = ownDate(text.slice(view.tokens[from]!.span.start, view.tokens[to - 1]!.span.end));
  return own ? { previous: own } : {};
}

/** The person a since-phrase names: a person mention in it, or a name in apposition to a role. */
function holderIn(view: SentenceView, from: number, to: number): string | undefined {
  for (const person of view.persons) if (person.from >= from && person.to <= to) return stripPossessive(person.name);
  return undefined;
}

/** "since Hillary Clinton in 2010", "since the October 2018 trip of his predecessor, Mike Pompeo". */
function readSince(view: SentenceView, at: number, text: string): Complement {
  const n = view.tokens.length;
  let k = at + 1;
  let dated = false;
  while (k < n && k - at <= 14) {
    const word = view.lower[k]!;
    if (isHardStop(view, k) || SINCE_STOPS.has(word) || (CLAUSE_OPENERS.has(word) && word !== 'since')) break;
    // Once dated, a new prepositional phrase is an adjunct of the clause ("… since 2001 on Tuesday").
    if (dated && PREPOSITIONS.has(word) && word !== 'of') break;
    const time = mentionAt(view.times, k);
    if (time) dated = true;
    if (view.tokens[k]!.kind === 'number' && /^[12]\d{3}$/u.test(word)) dated = true;
    if (word === ',') {
      // "… of his predecessor, Mike Pompeo," names the predecessor.
      const named = ROLE_NOUNS.has(view.lower[k - 1]!) ? agentAt(view, k + 1) : undefined;
      if (!named) break;
      k = named.to;
      continue;
    }
    k++;
  }
  const date = k > at + 1 ? datedIn(view, at + 1, k, text) : {};
  const holder = holderIn(view, at + 1, k);
  return {
    kind: 'since',
    from: at,
    to: k,
    ...(date.previous ? { previous: date.previous } : {}),
    ...(k > at + 1 ? { previousText: text.slice(view.tokens[at + 1]!.span.start, view.tokens[k - 1]!.span.end) } : {}),
    ...(holder ? { previousHolder: holder } : {}),
    ...(date.time ? { time: date.time } : {}),
  };
}

/**
 * "in nearly five years": the duration, from a time claim of type DURATION over it when there is
 * one (it may carry the anchor the look-back counts from), else read here.
 */
function readLookBack(view: SentenceView, at: number): Complement | undefined {
  const gap = readGap(view.lower, at + 1);
  if (!gap) return undefined;
  const to = at + 1 + gap.length;
  const time = view.times.find((mention) => mention.from < to && mention.to > at + 1 && (mention.claim?.value as TimeValue | undefined)?.timex.type === 'DURATION');
  const timex = (time?.claim?.value as TimeValue | undefined)?.timex;
  const merged: Gap = timex ? { ...gap, value: timex.value, ...(timex.mod ? { mod: timex.mod } : {}) } : gap;
  return { kind: 'gap', from: at, to: Math.max(to, time?.to ?? 0), gap: merged, ...(time ? { time } : {}) };
}

/** The complement starting at token `at`, if any. */
export function readComplement(view: SentenceView, at: number, text: string): Complement | undefined {
  const word = view.lower[at];
  const next = view.lower[at + 1];
  if (word === 'since') return view.tokens[at + 1] && !isHardStop(view, at + 1) ? readSince(view, at, text) : undefined;
  if (word === 'in' && next === 'history') return { kind: 'ever', from: at, to: at + 2 };
  if (word === 'in') return readLookBack(view, at);
  if (word === 'ever' || word === 'yet') return { kind: 'ever', from: at, to: at + 1 };
  if ((word === 'on' && next === 'record') || (word === 'to' && next === 'date') || (word === 'so' && next === 'far')) return { kind: 'ever', from: at, to: at + 2 };
  return undefined;
}

