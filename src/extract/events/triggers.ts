import { AUXILIARIES, DETERMINERS } from './lexicon.js';
import { isCapitalised, isPossessive, mentionAt, type SentenceView } from './sentence-view.js';

/** The normalised predicates of meeting claims. */
export type Predicate = 'meet' | 'talks' | 'visit' | 'arrive' | 'trip' | 'summit';

/** A word that names an event with participants. */
export interface Trigger {
  /** Token index of the trigger word. */
  index: number;
  predicate: Predicate;
  /** The dictionary form of the word as written ("return", "welcome", "arrival"). */
  lemma: string;
  pos: 'verb' | 'noun';
  /** Tense read off the verb form; absent for nouns and bare forms. */
  tense?: 'past' | 'present';
  mode?: 'phone' | 'video';
}

interface Form {
  predicate: Predicate;
  lemma: string;
  pos: 'verb' | 'noun' | 'either';
  tense?: 'past' | 'present';
  /** The verb needs a person (or place, for travel) right after it to count. */
  needs?: 'person-object' | 'place-object' | 'in-place' | 'with-person';
}

const FORMS = new Map<string, Form>();
function add(predicate: Predicate, lemma: string, pos: Form['pos'], list: string, tense?: Form['tense'], needs?: Form['needs']): void {
  for (const word of list.split(' ')) FORMS.set(word, { predicate, lemma, pos, ...(tense ? { tense } : {}), ...(needs ? { needs } : {}) });
}
add('meet', 'meet', 'verb', 'meet');
add('meet', 'meet', 'verb', 'meets', 'present');
add('meet', 'meet', 'verb', 'met', 'past');
add('meet', 'meeting', 'either', 'meeting meetings');
add('meet', 'welcome', 'verb', 'welcomed', 'past', 'person-object');
add('meet', 'welcome', 'verb', 'welcomes', 'present', 'person-object');
add('meet', 'host', 'verb', 'hosted', 'past', 'person-object');
add('meet', 'host', 'verb', 'hosts', 'present', 'person-object');
add('meet', 'receive', 'verb', 'received', 'past', 'person-object');
add('talks', 'talks', 'either', 'talks');
add('talks', 'talks', 'noun', 'discussions negotiations consultations');
add('talks', 'talk', 'verb', 'talked', 'past', 'with-person');
add('talks', 'speak', 'verb', 'spoke', 'past', 'with-person');
add('talks', 'speak', 'verb', 'speaks', 'present', 'with-person');
add('talks', 'speak', 'verb', 'speak talk', undefined, 'with-person');
add('visit', 'visit', 'either', 'visit visits');
add('visit', 'visit', 'verb', 'visited', 'past');
add('visit', 'visit', 'verb', 'visiting');
add('arrive', 'arrive', 'verb', 'arrive arriving');
add('arrive', 'arrive', 'verb', 'arrives', 'present');
add('arrive', 'arrive', 'verb', 'arrived', 'past');
add('arrive', 'arrival', 'noun', 'arrival');
add('arrive', 'land', 'verb', 'landed', 'past', 'in-place');
add('arrive', 'land', 'verb', 'lands', 'present', 'in-place');
add('arrive', 'land', 'verb', 'land', undefined, 'in-place');
add('arrive', 'return', 'either', 'return', undefined, 'place-object');
add('arrive', 'return', 'verb', 'returns', 'present', 'place-object');
add('arrive', 'return', 'verb', 'returned', 'past', 'place-object');
add('arrive', 'return', 'verb', 'returning', undefined, 'place-object');
add('trip', 'trip', 'noun', 'trip trips journey tour');
add('summit', 'summit', 'noun', 'summit summits');

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'you']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s"]);
const CALL_MODES = new Map<string, 'phone' | 'video'>([
  ['phone', 'phone'],
  ['telephone', 'phone'],
  ['video', 'video'],
]);
const CALL_WORDS = new Set(['call', 'calls', 'conference']);

/** Decides between noun and verb for words such as "visit" or "talks" from their neighbours. */
function partOfSpeech(view: SentenceView, index: number, form: Form): 'verb' | 'noun' {
  if (form.pos !== 'either') return form.pos;
  const previous = view.tokens[index - 1];
  const before = view.lower[index - 1] ?? '';
  const after = view.lower[index + 1] ?? '';
  if (form.lemma === 'meeting') return BE.has(before) ? 'verb' : 'noun';
  if ((AUXILIARIES.has(before) && !DETERMINERS.has(before)) || SUBJECT_PRONOUNS.has(before)) return 'verb';
  if (DETERMINERS.has(before) || isPossessive(previous) || previous?.kind === 'number' || /-/u.test(before)) return 'noun';
  if (after === 'to' && form.lemma !== 'return') return 'noun';
  if (after === 'by' || after === 'of') return 'noun';
  if (mentionAt(view.persons, index - 1)) return 'verb';
  return 'noun';
}

/** Whether the words after a verb carry what the verb needs to be an event of ours. */
function hasNeeded(view: SentenceView, index: number, needs: Form['needs']): boolean {
  const next = index + 1;
  if (needs === 'person-object') return mentionAt(view.persons, next) !== undefined && !isPossessive(view.tokens[mentionAt(view.persons, next)!.to - 1]);
  if (needs === 'place-object') return view.lower[next] === 'to' && (mentionAt(view.places, next + 1) !== undefined || isCapitalised(view.tokens[next + 1]));
  if (needs === 'in-place') return (view.lower[next] === 'in' || view.lower[next] === 'at') && (mentionAt(view.places, next + 1) !== undefined || isCapitalised(view.tokens[next + 1]));
  if (needs === 'with-person') {
    let at = next;
    if (view.lower[at] === 'by' && CALL_MODES.has(view.lower[at + 1] ?? '')) at += 2;
    return (view.lower[at] === 'with' || view.lower[at] === 'to') && mentionAt(view.persons, at + 1) !== undefined;
  }
  return true;
}

/** The event words of a sentence, in order. "phone call" and "telephone talks" carry their mode. */
export function findTriggers(view: SentenceView): Trigger[] {
  const triggers: Trigger[] = [];
  for (let index = 0; index < view.tokens.length; index++) {
    const word = view.lower[index]!;
    const form = FORMS.get(word);
    if (!form) {
      const mode = CALL_WORDS.has(word) ? CALL_MODES.get(view.lower[index - 1] ?? '') : word === 'videoconference' ? 'video' : undefined;
      if (mode) triggers.push({ index, predicate: 'talks', lemma: 'call', pos: 'noun', mode });
      continue;
    }
    const token = view.tokens[index]!;
    if (token.kind !== 'word') continue;
    // A capitalised event word inside a sentence is part of a name ("the Winter Meetings", "Summit Entertainment").
    if (index > 0 && /^\p{Lu}/u.test(token.text) && view.sentence.block !== 'heading') continue;
    // "the visiting team": a participle used as an adjective.
    if (/ing$/u.test(word) && form.pos === 'verb' && (DETERMINERS.has(view.lower[index - 1] ?? '') || isPossessive(view.tokens[index - 1]))) continue;
    const modeWord = CALL_MODES.get(view.lower[index - 1] ?? '');
    if (mentionAt(view.records, index)) continue;
    const pos = partOfSpeech(view, index, form);
    if (pos === 'verb' && !hasNeeded(view, index, form.needs)) continue;
    if (pos === 'noun' && form.needs === 'place-object' && !hasNeeded(view, index, form.needs)) continue;
    const trigger: Trigger = { index, predicate: form.predicate, lemma: form.lemma, pos };
    if (pos === 'verb' && form.tense) trigger.tense = form.tense;
    if (modeWord) trigger.mode = modeWord;
    triggers.push(trigger);
  }
  return triggers;
}
