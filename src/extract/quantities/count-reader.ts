import {
  isPeopleNoun,
  LIVES_BEFORE,
  PREDICATES_AFTER,
  PREDICATES_BEFORE,
  SELF_COUNTED,
  STRUCTURES,
  THING_PREDICATES,
  THING_PREDICATES_BEFORE,
  thingOf,
  TOLL_BEFORE,
} from './counted-lexicon.js';
import { lastWord } from './last-word.js';
import { FirstMatching } from './pattern-union.js';
import { qualifierBefore } from './qualifiers.js';
import type { ReadInput, Reading } from './reading.js';

const POPULATION_BEFORE =
  /\b(?:home\s+(?:to|for|by)|(?:with\s+(?:a\s+)?|has\s+a\s+)?populations?(?:\s+of)?|(?:city|town|village|island|country|nation|province|region|state|area|capital|metropolis|community|district|municipality|county|archipelago|port|settlement)\s+of)\s+$/iu;
// The last word of every population cue ("home to", "population of", "a city of").
const POPULATION_HINTS = new Set(['to', 'for', 'by', 'of', 'population', 'populations']);
const POPULATION_NOUN = /^\s+(?:people|residents|inhabitants|souls|persons)\b/iu;
const POPULATION_AFTER = /^\s+(?:people\s+)?(?:population|inhabitants)\b/iu;
// Words a death-toll phrase needs; the full pattern runs only when one is there.
const TOLL_WORDS = /toll|dea[dt]|fatalit/iu;
const NOTHING_AFTER = /^\s*(?:[,.;:)!?]|$|and\b|but\b|-|–)/u;
const PLACE_BEFORE = /(\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*(?:\s+(?:\p{Lu}[\p{L}'’.]*|island|city|town|province|state|county|district|region|village))*)[^\p{Lu}]{0,60}$/u;
const SUBJECT_AT_START = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:is|has|,)/u;
// Between a noun and its predicate: auxiliaries, adverbs, "who had", an "including …," aside.
const PREDICATE_LEAD =
  /^(?:\s*,\s*including\b[^,]{0,80},)?(?:\s+(?:were|was|are|is|have|has|had|been|being|reportedly|also|all|so\s+far|now|already|seriously|critically|badly|slightly|severely|lightly|fatally|mortally|partially|totally|completely|confirmed|believed|feared|said\s+to\s+(?:have|be)|reported|who|that|which|got|remain|remained|still|later|each|in\s+total|in\s+all|either|mostly|then|eventually|subsequently))*\s+/iu;
const MODIFIER_STOPS = new Set(
  'of in on at to from by for with as than and or but who that which were was are is have has had the a an this these those its their his her our per into over under after before during since about while when where'.split(' '),
);
const WORD = /[\p{L}][\p{L}'’-]*|\S/gu;
// The predicates after a count, first match in their order, from one pattern call.
const FIRST_PREDICATE_AFTER = new FirstMatching(PREDICATES_AFTER.map(([pattern]) => pattern), 'iu');

/** Starts with a letter (what `/^\p{L}/u` tests; ASCII without a pattern call). */
function startsWithLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 0x20;
  if (word.charCodeAt(0) < 128) return code >= 97 && code <= 122;
  return /^\p{L}/u.test(word);
}

interface Noun {
  word: string;
  end: number;
  people: boolean;
  thing?: string;
}

/** The head noun right after a number, past a few modifiers ("1,500 mudbrick houses"). */
function nounAfter(text: string, end: number, vague: boolean): Noun | undefined {
  const window = text.slice(end, end + 70);
  let seen = 0;
  // An exec loop, not matchAll, which copies the pattern on every call (one per number read as a count).
  WORD.lastIndex = 0;
  for (let match = WORD.exec(window); match; match = WORD.exec(window)) {
    const word = match[0];
    const key = word.toLowerCase();
    if (seen === 0 && vague && key === 'of') continue;
    if (!startsWithLetter(word)) return undefined;
    const wordEnd = end + match.index + word.length;
    // "three other employees": "other" is a modifier when a noun follows it.
    if ((key === 'other' || key === 'more') && /^\s+[\p{Ll}][\p{L}-]*s\b/u.test(text.slice(wordEnd, wordEnd + 30)) && !/^\s+(?:was|were|is|has|had)\b/u.test(text.slice(wordEnd, wordEnd + 12))) {
      seen++;
      continue;
    }
    if (isPeopleNoun(word)) return { word, end: wordEnd, people: true };
    const thing = thingOf(word);
    if (thing) {
      // "school buildings", "office buildings": the last noun of the compound is the head.
      const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(wordEnd, wordEnd + 30));
      const nextThing = next ? thingOf(next[1]!) : undefined;
      if (next && nextThing) return { word: next[1]!, end: wordEnd + next[0].length, people: false, thing: nextThing };
      return { word, end: wordEnd, people: false, thing };
    }
    if (MODIFIER_STOPS.has(key)) return undefined;
    // A plural the lexicon does not know ("nine shoppers", "four hikers") may still be people;
    // the count is kept only if a predicate of people follows or precedes it.
    if (word.endsWith('s') && /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u.test(word) && seen < 2) return { word, end: wordEnd, people: true };
    if (++seen > 3) return undefined;
  }
  return undefined;
}

/** "home to 120,000 people", "a city of 160,000", "with a population of 120,000", "230 million population". */
function readPopulation(input: ReadInput, cueText: string, cueEnd: number): Reading | undefined {
  const { text, group } = input;
  const last = group.members[group.members.length - 1]!;
  const after = text.slice(last.end, last.end + 40);
  const hint = lastWord(cueText, cueText.length)?.word;
  const cue = hint && POPULATION_HINTS.has(hint) ? POPULATION_BEFORE.exec(cueText) : null;
  const noun = POPULATION_NOUN.exec(after);
  const trailing = POPULATION_AFTER.exec(after);
  if (!trailing && !(cue && (noun || NOTHING_AFTER.test(after)))) return undefined;
  const matched = trailing ?? noun;
  const end = last.end + (matched ? matched[0].length : 0);
  const cueStart = cue ? cueEnd - cue[0].length : group.start;
  const subject = placeBefore(text, cueStart, cue?.[0] ?? '');
  return { start: group.start, end, dimension: 'count', unit: 'people', counted: 'population', ...(subject ? { subject } : {}) };
}

function placeBefore(text: string, cueStart: number, cue: string): string | undefined {
  if (/population/iu.test(cue) && /^(?:with|has)\b/iu.test(cue.trim())) {
    const subject = SUBJECT_AT_START.exec(text);
    if (subject) return subject[1];
  }
  const place = PLACE_BEFORE.exec(text.slice(0, cueStart));
  // A capitalised word that starts the sentence is only a place when the sentence is about it.
  if (!place || (place.index === 0 && !SUBJECT_AT_START.test(text))) return undefined;
  return place[1]!.trim();
}

const PAST: Record<string, string> = {
  destroying: 'destroyed', damaging: 'damaged', flattening: 'flattened', razing: 'razed', levelling: 'levelled',
  leveling: 'levelled', leveled: 'levelled', toppling: 'toppled', firing: 'fired', launching: 'launched', hitting: 'hit',
  burning: 'burned',
};

/** "destroying" → "destroyed", so predicates compare across phrasings. */
const pastTense = (verb: string) => PAST[verb] ?? verb;

/** The previous count, so "seven soldiers and four civilians" share "lost". */
export interface PreviousCount {
  end: number;
  counted: string;
  people: boolean;
}

/**
 * Counts of people (killed, injured, missing, displaced…), of things (houses, villages, bridges,
 * aftershocks) and populations. A count of people needs a predicate that says what happened to
 * them; a bare "ten people" is not a claim.
 */
export function readCount(input: ReadInput, previous?: PreviousCount): Reading | undefined {
  const { text, group } = input;
  const first = group.members[0]!;
  const last = group.members[group.members.length - 1]!;
  if (first.glued) return undefined;
  const qualifier = qualifierBefore(text, group.start);
  const cueEnd = qualifier ? qualifier.start : group.start;
  // Cues sit right before the number: a short tail keeps the end-anchored patterns cheap.
  const tailStart = Math.max(0, cueEnd - 90);
  const cueText = text.slice(tailStart, cueEnd);
  const beforeText = text.slice(Math.max(0, group.start - 90), group.start);
  const population = readPopulation(input, cueText, cueEnd);
  if (population) return population;
  const noun = nounAfter(text, last.end, last.parsed.vague);
  const afterNoun = noun ? noun.end : last.end;
  const lead = PREDICATE_LEAD.exec(text.slice(afterNoun, afterNoun + 90));
  const predicateText = text.slice(afterNoun + (lead ? lead[0].length : 0), afterNoun + 120);
  const start = group.start;
  let end = noun ? noun.end : last.end;
  if (!noun || noun.people) {
    const self = noun ? SELF_COUNTED[noun.word.toLowerCase()] : undefined;
    let counted = self === 'killed' && noun!.word.toLowerCase() === 'lives' ? (LIVES_BEFORE.test(cueText) ? 'killed' : undefined) : self;
    let readingStart = start;
    // A verb right before the count governs it ("killed about 40 Palestinians sheltering in …").
    const verb = counted ? undefined : lastWord(text, cueEnd);
    const slot = verb ? PREDICATES_BEFORE.get(verb.word) : undefined;
    if (slot) {
      counted = slot;
      readingStart = verb!.start;
    }
    if (!counted && lead) {
      const predicate = FIRST_PREDICATE_AFTER.exec(predicateText);
      if (predicate) {
        counted = PREDICATES_AFTER[predicate.index]![1];
        end = afterNoun + lead[0].length + predicate.matched.length;
      }
    }
    if (!counted && TOLL_WORDS.test(beforeText) && (TOLL_BEFORE.test(cueText) || TOLL_BEFORE.test(beforeText))) counted = 'killed';
    if (!counted && previous?.people && noun && /^\s*(?:,|and|,\s*and)\s*$/iu.test(text.slice(previous.end, cueEnd))) counted = previous.counted;
    if (!counted) return undefined;
    const subject = noun && !SELF_COUNTED[noun.word.toLowerCase()] && !/^(?:others?|more)$/iu.test(noun.word) ? noun.word.toLowerCase() : undefined;
    return { start: readingStart, end, dimension: 'count', unit: 'people', counted, ...(subject ? { subject } : {}) };
  }
  const thing = noun.thing!;
  let predicate: string | undefined;
  // "buildings in seven villages were destroyed": the predicate belongs to the buildings.
  const located = /\b(?:in|of|from|across|among|at)\s+$/iu.test(cueText);
  const after = located ? null : lead ? THING_PREDICATES.exec(predicateText) : THING_PREDICATES.exec(text.slice(afterNoun).replace(/^\s+/u, ''));
  if (after) {
    predicate = after[0].toLowerCase().replace(/\s+/gu, ' ');
    end = text.indexOf(after[0], afterNoun) + after[0].length;
  } else {
    const before = THING_PREDICATES_BEFORE.exec(cueText);
    if (before) predicate = pastTense(before[1]!.toLowerCase());
  }
  if (!predicate && !STRUCTURES.has(thing)) return undefined;
  return { start, end, dimension: 'count', unit: thing, counted: thing, ...(predicate ? { predicate } : {}) };
}
