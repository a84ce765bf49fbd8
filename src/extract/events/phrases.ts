import { AUXILIARIES, DETERMINERS, PERSON_HEADS, PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { isCapitalised, isPossessive, mentionAt, textOf, type Mention, type SentenceView } from './sentence-view.js';

/** A participant or counterpart: a person or organisation mention, or a description as written. */
export interface Party {
  key: string;
  name: string;
  from: number;
  to: number;
  /** Claim id of the person or organisation claim, when there is one. */
  claim?: string;
  /** True when found by resolving a pronoun or description, not written at this place. */
  implied?: boolean;
  /** True for a description as written ("business leaders"), not a named person or organisation. */
  description?: boolean;
  /** The kind of mention it came from, when it came from one. */
  kind?: Mention['kind'];
}

// A period inside a sentence belongs to an abbreviation ("Mr."), so it is no stop.
const HARD_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '!', '?', '[', ']']);
const NP_STOPS = new Set(['and', 'or', 'who', 'which', 'that', 'where', 'when', 'while', 'as', 'but', 'if', 'until', 'unless', 'because', 'since', 'although', 'though', 'whether']);

/** Whether token `index` ends a phrase: a stop inside the sentence, or past its last word. */
export const isHardStop = (view: SentenceView, index: number): boolean => {
  const token = view.tokens[index];
  return token === undefined || HARD_STOPS.has(token.text) || (token.text === '.' && index === view.tokens.length - 1);
};

export function partyOf(mention: Mention, resolved = false): Party {
  // A pronoun the person extractor resolved is as implied as one we resolve ourselves.
  const implied = resolved || (mention.claim?.value as { mention?: string } | undefined)?.mention === 'pronoun';
  return {
    key: mention.key,
    name: mention.name,
    from: mention.from,
    to: mention.to,
    kind: mention.kind,
    ...(mention.claim ? { claim: mention.claim.id } : {}),
    ...(implied ? { implied } : {}),
  };
}

/** A person or organisation mention starting at `index`. */
export function agentAt(view: SentenceView, index: number): Mention | undefined {
  const person = mentionAt(view.persons, index);
  if (person && person.from === index) return person;
  const organization = mentionAt(view.organizations, index);
  return organization && organization.from === index ? organization : undefined;
}

/**
 * End (exclusive) of the noun phrase starting at `from`: it runs to the next preposition other
 * than "of", comma, hard stop, time mention or clause word, or to `limit`.
 */
export function nounPhraseEnd(view: SentenceView, from: number, limit: number): number {
  let k = from;
  while (k < limit) {
    const lower = view.lower[k]!;
    if (isHardStop(view, k) || lower === ',' || NP_STOPS.has(lower)) break;
    // Verbs end a noun phrase: auxiliaries, verbs of saying, gerunds ("by attending").
    if (k > from && (AUXILIARIES.has(lower) || SPEECH_VERBS.has(lower)) && !DETERMINERS.has(lower)) break;
    if (k === from && /^\p{Ll}+ing$/u.test(view.tokens[k]!.text)) break;
    if (k > from && PREPOSITIONS.has(lower) && lower !== 'of') break;
    if (k > from && mentionAt(view.times, k)) break;
    k++;
  }
  return k;
}

/**
 * The person named by a noun phrase whose head is a person mention ("Chinese President Xi Jinping",
 * "Nixon aide John Dean"). An "of" before the name makes the name a complement ("the wife of X").
 */
function headPerson(view: SentenceView, from: number, to: number): Mention | undefined {
  const last = mentionAt(view.persons, to - 1) ?? mentionAt(view.organizations, to - 1);
  if (!last || last.to !== to || isPossessive(view.tokens[to - 1])) return undefined;
  for (let k = from; k < last.from; k++) {
    if (view.lower[k] === 'of' && !isCapitalised(view.tokens[k - 1])) return undefined;
  }
  return last;
}

/**
 * The parties named from `from` on: mentions and descriptions joined by "and" or commas, with an
 * appositive name after a role ("his counterpart, Xi Jinping") taking the place of the role.
 * Stops before a phrase that holds another event word (`stopAt`).
 */
export function readParties(view: SentenceView, from: number, limit: number, stopAt: (index: number) => boolean, text: string): { parties: Party[]; end: number } {
  const parties: Party[] = [];
  let k = from;
  while (k < limit) {
    const end = nounPhraseEnd(view, k, limit);
    if (end <= k) break;
    let stop = false;
    for (let i = k; i < end; i++) if (stopAt(i)) stop = true;
    if (stop) break;
    const person = headPerson(view, k, end);
    let party: Party = person ? partyOf(person) : { key: textOf(view, k, end, text), name: textOf(view, k, end, text), from: k, to: end, description: true };
    k = end;
    // Appositive: "his Chinese counterpart, Xi Jinping" names the counterpart.
    if (!person && ROLE_NOUNS.has(view.lower[end - 1]!) && view.lower[k] === ',') {
      const named = agentAt(view, k + 1);
      if (named) {
        party = partyOf(named);
        k = named.to;
      }
    }
    // "the leaders of Japan and the Philippines": a place after "and" continues an "of" phrase.
    const previous = parties[parties.length - 1];
    if (previous && !previous.claim && view.lower.slice(previous.from, previous.to).includes('of') && previous.to === party.from - 1 && !person && placeIn(view, party.from, party.to)) {
      previous.name = previous.key = `${previous.name} and ${party.name}`;
      previous.to = party.to;
    } else parties.push(party);
    const joiner = view.lower[k];
    if ((joiner === 'and' || joiner === ',') && k + 1 < limit && opensParty(view, k + 1)) {
      const next = nounPhraseEnd(view, k + 1, limit);
      let holdsEvent = false;
      for (let i = k + 1; i < next; i++) if (stopAt(i)) holdsEvent = true;
      if (holdsEvent || next <= k + 1 || (joiner === ',' && !agentAt(view, k + 1))) break;
      k++;
      continue;
    }
    break;
  }
  return { parties, end: k };
}

/** Whether a description names people ("business leaders", "the leaders of two allies"), by its head noun. */
export function namesPeople(view: SentenceView, party: Party): boolean {
  if (!party.description) return true;
  // A capitalised name no extractor recognised ("talks with Ortega") is taken for a party.
  if (isCapitalised(view.tokens[party.from]) && !DETERMINERS.has(view.lower[party.from]!) && party.to - party.from <= 3) return true;
  const words = view.lower.slice(party.from, party.to);
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return PERSON_HEADS.has(head);
}

/** Whether a party can start at `index`: a mention, a determiner, a capitalised word. */
function opensParty(view: SentenceView, index: number): boolean {
  const word = view.lower[index] ?? '';
  return agentAt(view, index) !== undefined || (DETERMINERS.has(word) && !PREPOSITIONS.has(word)) || isCapitalised(view.tokens[index]);
}

/** A place named in the phrase `[from, to)`: the last place claim in it, else a capitalised name. */
export function placeIn(view: SentenceView, from: number, to: number): Mention | undefined {
  let found: Mention | undefined;
  for (const place of view.places) {
    // A name both a person and a place claim cover is taken for the person.
    const person = view.persons.some((mention) => mention.claim && mention.from < place.to && place.from < mention.to);
    if (place.from >= from && place.to <= to && !isPossessive(view.tokens[place.to - 1]) && !person) found = place;
  }
  if (found || !view.guessPlaces) return found;
  // No place claims in the article: a capitalised name that no claim names a person stands in
  // (not in a title-case heading, where every word is capitalised).
  if (view.sentence.block === 'heading') return undefined;
  let k = from;
  while (k < to && DETERMINERS.has(view.lower[k]!)) k++;
  let end = k;
  while (end < to && isCapitalised(view.tokens[end]) && !mentionAt(view.persons, end)?.claim) end++;
  if (end === k || isPossessive(view.tokens[end - 1])) return undefined;
  const start = view.tokens[k]!.span.start;
  const stop = view.tokens[end - 1]!.span.end;
  const name = view.tokens.slice(k, end).map((token) => token.text).join(' ');
  return { from: k, to: end, span: { start, end: stop }, kind: 'name', key: name, name };
}
