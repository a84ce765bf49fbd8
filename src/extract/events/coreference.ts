import type { SentenceViews } from './build-views.js';
import { DETERMINERS, PREPOSITIONS, RELATIONAL_ROLES, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { isCapitalised, mentionAt, type Mention, type SentenceView } from './sentence-view.js';

// How far back a pronoun may look for its antecedent, in sentences.
const LOOK_BACK = 3;

/**
 * Whether a person mention stands where a subject stands: not right after a preposition, "and" or
 * a verb of saying ("…, said Mr Lee"). Titles before the name ("Secretary of State", "Mr.") are skipped.
 */
function isSubjectLike(view: SentenceView, mention: Mention): boolean {
  let k = mention.from - 1;
  while (k >= 0 && !mentionAt(view.persons, k)) {
    const title = isCapitalised(view.tokens[k]) || (view.lower[k] === 'of' && isCapitalised(view.tokens[k - 1])) || (view.lower[k] === '.' && isCapitalised(view.tokens[k - 1]));
    if (!title) break;
    k--;
  }
  const before = view.lower[k] ?? '';
  return !(PREPOSITIONS.has(before) || before === 'and' || before === 'or' || SPEECH_VERBS.has(before));
}

/** The mention a relative "who" stands for, when one opens the clause holding `index`. */
function relativeAntecedent(view: SentenceView, index: number): Mention | undefined {
  for (let k = index - 1; k > 0; k--) {
    if (mentionAt(view.persons, k) || /^[;:.!?]$/u.test(view.tokens[k]!.text)) return undefined;
    if (view.lower[k] !== 'who') continue;
    const before = view.lower[k - 1] === ',' ? k - 2 : k - 1;
    return mentionAt(view.persons, before);
  }
  return undefined;
}

/**
 * The person a singular pronoun ("he", "his") at token `index` of sentence `s` stands for: the
 * antecedent of a relative "who" when the pronoun is inside such a clause, else the latest person in
 * subject position earlier in the sentence, else the subject of the nearest earlier sentence that
 * names a person (news prose keeps its topic in subject position).
 */
export function resolvePronoun(views: SentenceViews, s: number, index: number): Mention | undefined {
  const view = views.at(s);
  const relative = relativeAntecedent(view, index);
  if (relative) return relative;
  let best: Mention | undefined;
  for (const mention of view.persons) if (mention.to <= index && isSubjectLike(view, mention)) best = mention;
  if (best) return best;
  const first = Math.max(0, s - LOOK_BACK);
  for (let back = s - 1; back >= first; back--) {
    const earlier = views.at(back);
    const subject = earlier.persons.find((mention) => isSubjectLike(earlier, mention));
    if (subject) return subject;
  }
  for (let back = s - 1; back >= first; back--) if (views.at(back).persons.length > 0) return views.at(back).persons[0];
  return undefined;
}

/**
 * A definite description of a person ending at `end` ("the US diplomat", "the minister"), as the
 * token where it starts; undefined when the words before `end` are not one.
 */
export function descriptionStart(view: SentenceView, end: number): number | undefined {
  const role = view.lower[end - 1] ?? '';
  if (!ROLE_NOUNS.has(role) || RELATIONAL_ROLES.has(role)) return undefined;
  let k = end - 2;
  while (k >= 0 && !DETERMINERS.has(view.lower[k]!) && (isCapitalised(view.tokens[k]) || /^[\p{Ll}-]+$/u.test(view.lower[k]!)) && end - k < 6) k--;
  return view.lower[k] === 'the' ? k : undefined;
}
