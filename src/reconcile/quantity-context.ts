import type { Article, Claim } from '../types.js';

// How far around a claim its sentence is looked for: news sentences are rarely longer.
const WINDOW = 400;

/** Whether a sentence ends at `index`: a line break, or final punctuation before a space ("4.8" does not end one). */
function endsAt(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return true;
  return (char === '.' || char === '!' || char === '?') && (index + 1 >= text.length || /\s/u.test(text[index + 1]!));
}

/** The sentence around a claim, found by scanning to the nearest sentence ends (bounded, so linear overall). */
export function sentenceAround(article: Article, claim: Claim): string {
  const text = article.text;
  let start = claim.span.start;
  const lowest = Math.max(0, start - WINDOW);
  while (start > lowest && !endsAt(text, start - 1)) start--;
  let end = claim.span.end;
  const highest = Math.min(text.length, end + WINDOW);
  while (end < highest && !endsAt(text, end)) end++;
  return text.slice(start, end);
}

// "raising an earlier toll of four", "up from 12", "revised from 5.9": the number is what was said before.
const SUPERSEDED_BEFORE = /\b(?:(?:an?|the)\s+)?(?:earlier|previous|initial|original|preliminary|first)\s+(?:toll|figure|count|estimate|reading|report|number|tally)s?\s+(?:of\s+)?(?:about\s+|some\s+|at\s+least\s+)?$|\b(?:up|down|revised|raised|lowered|increased|decreased)\s+from\s+(?:about\s+|some\s+)?$/iu;

/** Whether the words just before a number present it as a figure since replaced ("an earlier toll of four"). */
export function isSuperseded(article: Article, claim: Claim): boolean {
  return SUPERSEDED_BEFORE.test(article.text.slice(Math.max(0, claim.span.start - 60), claim.span.start));
}

// Nouns of an event and of its sub-events; "second"/"another" before a main noun makes it a sub-event too.
const EVENT_NOUN = /\b(?:(second|another)\s+)?(aftershocks?|earthquakes?|quakes?|tremors?|temblors?|shocks?|blasts?|explosions?|attacks?|strikes?)\b/giu;

/**
 * The sub-event a quantity is about, when its sentence ties it to one ("the strongest aftershock, of magnitude
 * 4.8, struck … 35 kilometres west"): its numbers are not the main event's. The event noun right after the
 * number decides ("a magnitude 6.2 earthquake"), else the last one before it in the sentence, so "aftershocks
 * have shaken the coast since Monday's earthquake, which killed seven" is about the earthquake. A count of
 * the sub-events themselves ("a dozen aftershocks") is about the main event.
 */
export function subEventOf(article: Article, claim: Claim<'quantity'>): string | undefined {
  if (claim.value.counted && /aftershock/iu.test(claim.value.counted)) return undefined;
  const after = /^[\s,]*(?:[\p{L}-]+\s+)?/u.exec(article.text.slice(claim.span.end, claim.span.end + 40))![0];
  const following = [...article.text.slice(claim.span.end, claim.span.end + after.length + 20).matchAll(EVENT_NOUN)].find((match) => match.index! <= after.length);
  const sentence = sentenceAround(article, claim);
  const offset = sentence.indexOf(claim.text);
  const before = offset >= 0 ? [...sentence.slice(0, offset).matchAll(EVENT_NOUN)].pop() : undefined;
  const noun = following ?? before;
  if (!noun) return undefined;
  const [, ordinal, head] = noun;
  if (/^aftershock/iu.test(head!)) return 'aftershock';
  return ordinal ? `${ordinal.toLowerCase()} ${head!.toLowerCase().replace(/s$/u, '')}` : undefined;
}
