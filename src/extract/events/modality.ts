import type { Modality, Polarity } from '../../types.js';
import {
  CANCEL_CUES,
  CLAUSE_OPENERS,
  CONDITIONALS,
  DENIAL_CUES,
  NEGATORS,
  PLANNED_CUES,
  PLANNING_VERBS,
  POSSIBLE_CUES,
  SPEECH_VERBS,
} from './lexicon.js';
import { isHardStop } from './phrases.js';
import { mentionAt, type SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/** Polarity and modality of one event mention, with the words that decided them. */
export interface ModalityReading {
  polarity: Polarity;
  modality: Modality;
  /** Token indexes of the deciding words left of the trigger (a claim's span may start there). */
  cues: number[];
  /** Who the statement is attributed to ("officials"), token range and text. */
  source?: { from: number; to: number };
  /** After "… was scheduled", the token where its complement starts ("for February"). */
  followingAt?: number;
}

// Adjunct prepositions open a clause of their own unless a gerund follows ("before proceeding to").
const ADJUNCTS = new Set(['after', 'before', 'following', 'during', 'ahead', 'prior', 'amid', 'amidst', 'despite']);
const PREMODIFIER_POSSIBLE = new Set(['possible', 'potential', 'likely', 'rumoured', 'rumored', 'tentative', 'mooted']);
const PREMODIFIER_PLANNED = new Set(['planned', 'proposed', 'scheduled', 'expected', 'anticipated', 'upcoming', 'forthcoming', 'future', 'next']);
const STATE_WORDS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'initially', 'originally', 'later', 'then', 'now', 'since', 'also', 'abruptly', 'reportedly']);

/** First token of the clause that holds `index`, looking left: after a comma or stop, or at an opener. */
export function clauseStart(view: SentenceView, index: number): number {
  for (let k = index - 1; k >= 0; k--) {
    const word = view.lower[k]!;
    // ", as well as meetings …" continues the list the comma opened.
    const asWellAs = view.lower[k + 1] === 'as' && view.lower[k + 2] === 'well' && view.lower[k + 3] === 'as';
    if (word === ',' && asWellAs) continue;
    if (word === 'as' && view.lower[k + 1] === 'well' && view.lower[k + 2] === 'as') continue;
    if (word === 'as' && view.lower[k - 1] === 'well' && view.lower[k - 2] === 'as') continue;
    if (isHardStop(view, k) || word === ',') return k + 1;
    // "denied that …", "said that …": the complement clause stays under the verb that governs it.
    if (word === 'that' && (SPEECH_VERBS.has(view.lower[k - 1] ?? '') || DENIAL_CUES.has(view.lower[k - 1] ?? ''))) continue;
    if (CLAUSE_OPENERS.has(word)) return k;
    if (ADJUNCTS.has(word) && !/ing$/u.test(view.lower[k + 1] ?? '')) return k;
  }
  return 0;
}

interface Flags {
  negative: boolean;
  hypothetical: boolean;
  denied: boolean;
  possible: boolean;
  planned: boolean;
  reported: boolean;
}

/** Reads cue words from `from` to `to` (the trigger, unless given) into `flags`, noting where they stand. */
function readCues(view: SentenceView, from: number, trigger: Trigger, flags: Flags, cues: number[], to = trigger.index): { speech?: number } {
  let speech: number | undefined;
  for (let k = from; k < to; k++) {
    const word = view.lower[k]!;
    const next = view.lower[k + 1] ?? '';
    if (mentionAt(view.times, k) || mentionAt(view.persons, k)) continue;
    const note = (flag: keyof Flags) => {
      flags[flag] = true;
      cues.push(k);
    };
    if (CONDITIONALS.has(word)) note('hypothetical');
    else if (word === 'have' && ['would', 'could', 'might', 'should'].includes(view.lower[k - 1] ?? '')) note('hypothetical');
    else if ((word === 'ruled' || word === 'rule' || word === 'rules') && next === 'out') {
      if (flags.negative) {
        flags.negative = false;
        note('possible');
      } else note('denied');
    } else if (DENIAL_CUES.has(word)) note('denied');
    else if (NEGATORS.has(word) && !(word === 'not' && (next === 'only' || next === 'just'))) note('negative');
    else if (POSSIBLE_CUES.has(word) || (['call', 'calls', 'called', 'calling'].includes(word) && (next === 'for' || next === 'on'))) note('possible');
    else if (PLANNED_CUES.has(word) || (PLANNING_VERBS.has(word) && next === 'to')) note('planned');
    else if (SPEECH_VERBS.has(word) || (word === 'according' && next === 'to')) {
      flags.reported = true;
      speech = k;
    }
  }
  // Headline grammar: "Minister to visit Paris" announces a plan.
  const before = trigger.index - 1;
  const named = mentionAt(view.persons, before - 1) ?? mentionAt(view.organizations, before - 1);
  // Only in a heading or at the start of a sentence; elsewhere "asked X to visit" governs the infinitive.
  const heading = view.sentence.block === 'heading';
  const headline = heading && /^\p{Lu}/u.test(view.tokens[before - 1]?.text ?? '');
  if (trigger.pos === 'verb' && view.lower[before] === 'to' && ((named && (heading || named.from === 0)) || headline)) {
    flags.planned = true;
    cues.push(before);
  }
  return speech === undefined ? {} : { speech };
}

/** Words before a noun trigger inside its phrase: "a possible meeting", "the planned visit". */
function readPremodifiers(view: SentenceView, trigger: Trigger, flags: Flags, cues: number[]): void {
  for (let k = trigger.index - 1; k >= 0 && /^[\p{Ll}-]+$/u.test(view.tokens[k]!.text); k--) {
    const word = view.lower[k]!;
    if (PREMODIFIER_POSSIBLE.has(word)) flags.possible = true;
    else if (PREMODIFIER_PLANNED.has(word)) flags.planned = true;
    else if (CANCEL_CUES.has(word)) flags.planned = flags.negative = true;
    else if (word === 'no') flags.negative = true;
    else continue;
    cues.push(k);
  }
}

/**
 * After a noun trigger's phrase: "… was initially scheduled for", "… was cancelled". Returns the
 * token after the cue word, where a date may follow ("scheduled for February").
 */
function readFollowing(view: SentenceView, end: number, flags: Flags): number | undefined {
  let k = end;
  while (STATE_WORDS.has(view.lower[k] ?? '')) k++;
  if (k === end) return undefined;
  const word = view.lower[k] ?? '';
  if (CANCEL_CUES.has(word) || (word === 'called' && view.lower[k + 1] === 'off')) flags.planned = flags.negative = true;
  else if (PREMODIFIER_PLANNED.has(word) || word === 'set' || word === 'due') flags.planned = true;
  else return undefined;
  return word === 'called' ? k + 2 : k + 1;
}

/** ", officials said." closing the sentence after the trigger attributes it. */
function trailingSpeech(view: SentenceView, after: number): { from: number; to: number } | undefined {
  const n = view.tokens.length;
  let last = n - 1;
  while (last > after && (isHardStop(view, last) || mentionAt(view.times, last))) last--;
  if (!SPEECH_VERBS.has(view.lower[last] ?? '')) return undefined;
  for (let k = last - 1; k >= after && last - k <= 8; k--) if (view.lower[k] === ',' || /^[”"]$/u.test(view.tokens[k]!.text)) return k + 1 < last ? { from: k + 1, to: last } : undefined;
  return undefined;
}

/**
 * Polarity and modality of a trigger, from its clause (from `regionStart`), its own modifiers and
 * what follows its phrase. Precedence: hypothetical, denied, possible, planned, reported, asserted;
 * negation is read apart and makes the polarity negative (a denial always does).
 */
export function readModality(view: SentenceView, trigger: Trigger, regionStart: number, argumentsEnd: number, mainClause?: number): ModalityReading {
  const flags: Flags = { negative: false, hypothetical: false, denied: false, possible: false, planned: false, reported: false };
  const cues: number[] = [];
  let source: { from: number; to: number } | undefined;
  if (trigger.pos === 'noun') readPremodifiers(view, trigger, flags, cues);
  const { speech } = readCues(view, regionStart, trigger, flags, cues);
  // "During talks in Paris, the minister is expected to …": the main clause's verb group tells.
  if (mainClause !== undefined && cues.length === 0) readCues(view, mainClause, trigger, flags, [], Math.min(view.tokens.length, mainClause + 4));
  if (speech !== undefined) {
    const from = view.lower[speech] === 'according' ? speech + 2 : Math.max(regionStart, speech - 6);
    const to = view.lower[speech] === 'according' ? Math.min(trigger.index, speech + 8) : speech;
    if (to > from) source = { from, to };
  }
  const followingAt = trigger.pos === 'noun' ? readFollowing(view, argumentsEnd, flags) : undefined;
  const trailing = trailingSpeech(view, argumentsEnd);
  if (trailing) {
    flags.reported = true;
    source ??= trailing;
  }
  const modality: Modality = flags.hypothetical
    ? 'hypothetical'
    : flags.denied
      ? 'denied'
      : flags.possible
        ? 'possible'
        : flags.planned
          ? 'planned'
          : flags.reported
            ? 'reported'
            : 'asserted';
  const polarity: Polarity = flags.negative || flags.denied ? 'negative' : 'positive';
  return { polarity, modality, cues, ...(source ? { source } : {}), ...(followingAt !== undefined ? { followingAt } : {}) };
}
