import type { SentenceViews } from './build-views.js';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, PERSON_PRONOUNS, PLANNING_VERBS, PREPOSITIONS } from './lexicon.js';
import { descriptionStart, resolvePronoun } from './coreference.js';
import { clauseStart as clauseStartOf } from './modality.js';
import { partyOf, type Party } from './phrases.js';
import { isCapitalised, isPossessive, mentionAt, stripPossessive, type Mention, type SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/** Who the words on the left of a trigger say acts, and where that phrase starts (for the span). */
export interface LeftParty {
  party: Party;
  from: number;
  /** For a fronted phrase ("During talks in Paris, the minister …"), where the main clause's verb group starts. */
  mainClause?: number;
}

const PLAN_NOUNS = new Set(['agenda', 'schedule', 'itinerary', 'programme', 'program', 'plans']);
// Words that open a noun phrase and so end the search for a possessor ("a visit", "his trip").
const NP_OPENERS = new Set(`a an the this that these those another any each every no some such whose its their our
  my your his her`.split(/\s+/u));
const FRONTING = new Set(['at', 'in', 'during', 'ahead', 'prior', 'after', 'before', 'following', 'on', 'amid', 'amidst', 'throughout']);

/** The party of a person or organisation mention ending at `end`, resolving pronouns and descriptions. */
function partyEndingAt(views: SentenceViews, s: number, end: number): LeftParty | undefined {
  const view = views.at(s);
  const mention = mentionAt(view.persons, end - 1) ?? mentionAt(view.organizations, end - 1);
  if (mention && mention.to === end) return { party: partyOf(mention), from: mention.from };
  const word = view.lower[end - 1] ?? '';
  if (PERSON_PRONOUNS.has(word)) {
    const antecedent = resolvePronoun(views, s, end - 1);
    return antecedent ? { party: { ...partyOf(antecedent, true), from: end - 1, to: end }, from: end - 1 } : undefined;
  }
  const description = descriptionStart(view, end);
  if (description !== undefined) {
    const antecedent = resolvePronoun(views, s, description);
    if (antecedent) return { party: { ...partyOf(antecedent, true), from: description, to: end }, from: description };
  }
  return undefined;
}

/** A capitalised name no extractor claimed, ending at `end` ("Owner Arte Moreno met …"). */
function capitalisedBefore(view: SentenceView, end: number): LeftParty | undefined {
  let from = end;
  if (view.sentence.block === 'heading') return undefined;
  // Title-case words only: "EMS", "SWAT" and "Q10" are units and products more often than people.
  while (from > 0 && end - from < 3 && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(view.tokens[from - 1]!.text) && !mentionAt(view.places, from - 1) && !mentionAt(view.times, from - 1)) from--;
  if (from === end || FUNCTION_WORDS.has(view.lower[from]!) || (from === 0 && end - from === 1)) return undefined;
  const name = stripPossessive(view.tokens.slice(from, end).map((token) => token.text).join(' '));
  return { party: { key: name, name, from, to: end, kind: 'name' }, from };
}

/** The subject at the start of the clause that "and" continues: its first person or organisation. */
function sharedSubject(views: SentenceViews, s: number, and: number): LeftParty | undefined {
  const view = views.at(s);
  const start = clauseStartOf(view, and);
  let k = start;
  while (k < and && (isCapitalised(view.tokens[k]) || DETERMINERS.has(view.lower[k]!)) && !mentionAt(view.persons, k) && !mentionAt(view.organizations, k)) k++;
  const mention = mentionAt(view.persons, k) ?? mentionAt(view.organizations, k);
  if (!mention || mention.to > and || isPossessive(view.tokens[mention.to - 1])) return undefined;
  return { party: partyOf(mention, true), from: and + 1 };
}

/** The subject of a verb trigger: the phrase before its verb group ("Blinken will also meet"). */
function subjectOfVerb(views: SentenceViews, s: number, trigger: Trigger, regionStart: number): LeftParty | undefined {
  const view = views.at(s);
  let k = trigger.index - 1;
  while (k >= regionStart) {
    const word = view.lower[k]!;
    const time = mentionAt(view.times, k);
    if (time) k = time.from - 1;
    else if (AUXILIARIES.has(word) || PLANNING_VERBS.has(word) || /^\p{Ll}+ly$/u.test(word)) k--;
    else break;
  }
  if (k < 0) return undefined;
  // "Lee flew to Paris on Monday and met …": the coordinated verb shares the first verb's subject.
  if (view.lower[k] === 'and') return sharedSubject(views, s, k);
  if (view.lower[k] === 'who') k = view.lower[k - 1] === ',' ? k - 2 : k - 1;
  // "Lee, the party secretary for the city, welcomed …": skip the apposition back to the name.
  if (view.lower[k] === ',') {
    const opening = view.lower.lastIndexOf(',', k - 1);
    if (opening > 0) return partyEndingAt(views, s, opening);
  }
  return partyEndingAt(views, s, k + 1) ?? capitalisedBefore(view, k + 1);
}

/** The possessor or name before a noun trigger ("Blinken's visit", "his trip", "the G20 summit"). */
function possessorOfNoun(views: SentenceViews, s: number, trigger: Trigger): LeftParty | undefined {
  const view = views.at(s);
  let k = trigger.index - 1;
  while (k >= 0 && !NP_OPENERS.has(view.lower[k]!) && /^[\p{Ll}\d-]+$/u.test(view.tokens[k]!.text) && !isPossessive(view.tokens[k])) k--;
  if (k < 0) return undefined;
  if (isPossessive(view.tokens[k]) || view.lower[k] === 'his' || view.lower[k] === 'her') {
    const owner = partyEndingAt(views, s, k + 1);
    if (owner || !isCapitalised(view.tokens[k]) || mentionAt(view.places, k)) return owner;
  }
  // A name right before the noun: "Group of Seven talks", "the G20 summit", "Lee's visit".
  // A capitalised first word of the sentence is no name unless a claim says so ("Two trips").
  const nameBefore = k > 0 && (k === trigger.index - 1 || (isPossessive(view.tokens[k]) && isCapitalised(view.tokens[k])));
  const demonym = /(?:ese|ian|ean|ish|an|ic|i)$/u.test(view.lower[k]!) && !isPossessive(view.tokens[k]);
  if (nameBefore && isCapitalised(view.tokens[k]) && !FUNCTION_WORDS.has(view.lower[k]!) && !mentionAt(view.places, k) && !mentionAt(view.times, k)) {
    const named = partyEndingAt(views, s, k + 1);
    if (named) return named;
    // With person and organisation claims at hand, an unclaimed capitalised word is no party ("Oscar tour").
    if (!view.guessPersons) return undefined;
    // "an Asian tour", "Chinese talks": an adjective of nationality, not a party.
    if (demonym) return undefined;
    let from = k;
    while (from > 0 && (isCapitalised(view.tokens[from - 1]) || (view.lower[from - 1] === 'of' && isCapitalised(view.tokens[from - 2])))) from--;
    if (from === 0 || DETERMINERS.has(view.lower[from - 1]!) || PREPOSITIONS.has(view.lower[from - 1]!)) {
      const name = stripPossessive(view.tokens.slice(from, k + 1).map((token) => token.text).join(' '));
      return { party: { key: name, name, from, to: k + 1 }, from };
    }
  }
  return undefined;
}

/** "Blinken's agenda includes a meeting with …": the agenda's owner is the one who meets. */
function planOwner(views: SentenceViews, s: number, trigger: Trigger, regionStart: number): LeftParty | undefined {
  const view = views.at(s);
  for (let k = trigger.index - 1; k > regionStart; k--) {
    const owner = view.lower[k - 1]!;
    if (PLAN_NOUNS.has(view.lower[k]!) && (isPossessive(view.tokens[k - 1]) || owner === 'his' || owner === 'her')) return partyEndingAt(views, s, k);
  }
  return undefined;
}

/** "During talks in Paris, the minister said …": the main clause's subject took part. */
function frontedSubject(views: SentenceViews, s: number, trigger: Trigger): LeftParty | undefined {
  const view = views.at(s);
  if (!FRONTING.has(view.lower[0] ?? '')) return undefined;
  // The main clause starts after one of the first commas past the trigger, with its subject.
  let comma = view.lower.indexOf(',', trigger.index);
  for (let tries = 0; comma >= 0 && tries < 3; tries++, comma = view.lower.indexOf(',', comma + 1)) {
    let k = comma + 1;
    while (k < view.tokens.length && isCapitalised(view.tokens[k]) && !mentionAt(view.persons, k) && !mentionAt(view.organizations, k)) k++;
    const mention: Mention | undefined = mentionAt(view.persons, k) ?? mentionAt(view.organizations, k);
    if (mention) return { party: partyOf(mention, true), from: trigger.index, mainClause: mention.to };
    const word = view.lower[comma + 1] ?? '';
    if (word === 'he' || word === 'she') {
      const antecedent = resolvePronoun(views, s, comma + 1);
      if (antecedent) return { party: partyOf(antecedent, true), from: trigger.index, mainClause: comma + 2 };
    }
  }
  return undefined;
}

/** Who acts, read from the left of a trigger; the fronted-clause guess is marked implied. */
export function readSubject(views: SentenceViews, s: number, trigger: Trigger, regionStart: number): LeftParty | undefined {
  if (trigger.pos === 'verb') return subjectOfVerb(views, s, trigger, regionStart);
  return possessorOfNoun(views, s, trigger) ?? planOwner(views, s, trigger, regionStart) ?? frontedSubject(views, s, trigger);
}
