import { CLAUSE_OPENERS, PREPOSITIONS } from '../events/lexicon.js';
import { isHardStop } from '../events/phrases.js';
import { isCapitalised, isPossessive, mentionAt, type SentenceView } from '../events/sentence-view.js';
import { readGap } from './gap.js';

/** What a record is about, read from the words after its superlative. */
export interface RecordPhrase {
  /** The head noun ("visit", "level", "heist"); absent when elided ("the first by a US envoy"). */
  head?: string;
  /** Head with its agent and complements ("visit by a US secretary of state"). */
  what: string;
  /** Where or among what ("to the city", "in France", "of the campaign"). */
  scope?: string;
  /** Token range of the scope phrase. */
  scopeRange?: { from: number; to: number };
  /** One past the last token of the phrase (what and scope), where a complement may start. */
  to: number;
}

const SCOPE_PREPOSITIONS = new Set(['to', 'in', 'at', 'on', 'across', 'among', 'for', 'within', 'throughout']);
const PHRASE_PREPOSITIONS = new Set(['by', 'of', 'from', 'with', 'between', 'against', 'over', 'under', 'into', 'than']);
const VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'said', 'says', 'could', 'may', 'might', 'can']);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her', 'your', 'our', 'my']);
// Heads that take an "of" complement as part of what they are ("loss of life", "secretary of state").
const OF_HEADS = new Set(['loss', 'number', 'amount', 'level', 'rate', 'share', 'part', 'use', 'kind', 'type', 'wave', 'outbreak', 'show', 'display', 'hint', 'sign']);

/** Whether a complement ("since", "in N years", "ever", "on record") starts at `k`. */
export function complementAt(view: SentenceView, k: number): boolean {
  const word = view.lower[k] ?? '';
  const next = view.lower[k + 1] ?? '';
  if (word === 'since' || word === 'ever' || word === 'yet') return true;
  if (word === 'in' && (next === 'history' || readGap(view.lower, k + 1))) return true;
  return (word === 'on' && next === 'record') || (word === 'to' && next === 'date') || (word === 'so' && next === 'far');
}

/** Whether the phrase must stop at `k`: punctuation, a clause word, a verb, a complement. */
function stopsAt(view: SentenceView, k: number): boolean {
  const word = view.lower[k]!;
  if (isHardStop(view, k) || word === ',' || word === 'and' || word === 'or' || word === '-' || VERBS.has(word)) return true;
  // Prepositions this phrase does not read ("during", "after") start an adjunct of the clause.
  if (PREPOSITIONS.has(word) && !SCOPE_PREPOSITIONS.has(word) && !PHRASE_PREPOSITIONS.has(word)) return true;
  if (CLAUSE_OPENERS.has(word) && word !== 'since') return true;
  // A period after anything but a short capitalised abbreviation ("Corp.") ends the phrase.
  if (word === '.' && !/^\p{Lu}[\p{L}]{0,3}$/u.test(view.tokens[k - 1]?.text ?? '')) return true;
  // A time expression, or a past form right after a noun ("question … involved"), starts the clause's own words.
  if (mentionAt(view.times, k) && !complementAt(view, k)) return true;
  if (/^\p{Ll}+ed$/u.test(view.tokens[k]!.text) && /^\p{Ll}+$/u.test(view.tokens[k - 1]?.text ?? '') && !ARTICLES.has(view.lower[k - 1]!)) return true;
  return complementAt(view, k);
}

function join(view: SentenceView, from: number, to: number, text: string): string {
  return to > from ? text.slice(view.tokens[from]!.span.start, view.tokens[to - 1]!.span.end) : '';
}

/**
 * Reads "visit by a US secretary of state to the city" after a superlative: the head noun phrase
 * (up to a preposition other than "of"), agent and infinitive phrases (part of what), and the first
 * phrase of place or extent (the scope). "the deadliest strike of the war": an "of the …" after a
 * head that does not take one is the scope.
 */
export function readRecordPhrase(view: SentenceView, from: number, text: string): RecordPhrase {
  const n = view.tokens.length;
  let k = from;
  while (k < n && !stopsAt(view, k) && !SCOPE_PREPOSITIONS.has(view.lower[k]!) && !PHRASE_PREPOSITIONS.has(view.lower[k]!)) k++;
  const headEnd = k;
  const head = headEnd > from ? view.lower[headEnd - 1] : undefined;
  let whatEnd = headEnd;
  let scope: { from: number; to: number } | undefined;
  while (k < n && !stopsAt(view, k) && k - from < 20) {
    const word = view.lower[k]!;
    const next = view.tokens[k + 1];
    const infinitive = word === 'to' && next !== undefined && /^\p{Ll}+$/u.test(next.text) && !ARTICLES.has(next.text);
    let end = k + 1;
    while (end < n && !stopsAt(view, end) && !SCOPE_PREPOSITIONS.has(view.lower[end]!) && !(PHRASE_PREPOSITIONS.has(view.lower[end]!) && view.lower[end] !== 'of')) end++;
    if (infinitive) {
      // "to visit China": the infinitive's own object runs on through one place phrase.
      end = k + 2;
      while (end < n && !stopsAt(view, end) && !SCOPE_PREPOSITIONS.has(view.lower[end]!)) end++;
    }
    const placeLike = isCapitalised(view.tokens[k + 1]) || ARTICLES.has(view.lower[k + 1] ?? '') || isPossessive(view.tokens[k + 1]);
    // "of the war" is the scope unless the head takes an "of" of its own first ("loss of life of the war").
    const ofScope = word === 'of' && ARTICLES.has(view.lower[k + 1] ?? '') && head !== undefined && (!OF_HEADS.has(head) || whatEnd > headEnd);
    if (!scope && ((SCOPE_PREPOSITIONS.has(word) && !infinitive && placeLike) || ofScope)) scope = { from: k, to: end };
    else if (!scope && (PHRASE_PREPOSITIONS.has(word) || infinitive)) whatEnd = end;
    else break;
    k = end;
  }
  const what = join(view, from, whatEnd, text);
  return {
    ...(head !== undefined ? { head } : {}),
    what,
    ...(scope ? { scope: join(view, scope.from, scope.to, text), scopeRange: scope } : {}),
    to: Math.max(whatEnd, scope?.to ?? 0),
  };
}

/**
 * The noun a record leaves out ("Lee's visit to Busan, the first by …"; "The visit is the first
 * since …"): the head of the noun phrase before the comma or copula that precedes the record.
 */
export function elidedHead(view: SentenceView, recordFrom: number): { head: string; scope?: { from: number; to: number } } | undefined {
  let end = recordFrom;
  const before = view.lower[end - 1] ?? '';
  if (before === ',' || ['is', 'was', 'be', 'marks', 'marked', 'became', 'becomes'].includes(before)) end--;
  else return undefined;
  if (['will', 'would'].includes(view.lower[end - 1] ?? '')) end--;
  // Walk back over the noun phrase to its start: an article or a possessive.
  let start = end - 1;
  while (start > 0 && !isHardStop(view, start - 1) && view.lower[start - 1] !== ',' && !ARTICLES.has(view.lower[start]!) && !isPossessive(view.tokens[start]) && end - start < 10) start--;
  let head = start + 1;
  while (head < end && !SCOPE_PREPOSITIONS.has(view.lower[head]!) && view.lower[head] !== 'of') head++;
  const noun = view.tokens[head - 1];
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || head - 1 <= start - 1) return undefined;
  return { head: noun.text, ...(head < end ? { scope: { from: head, to: end } } : {}) };
}
