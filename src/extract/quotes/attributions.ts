import type { Sentence, Span, Token } from '../../types.js';
import { ESTIMATE_VERBS, SPEECH_VERBS } from './speaker-lexicon.js';
import { speakerAfter, speakerBefore, subjectAt, type ScanBounds, type SpeakerPhrase } from './speaker-phrase.js';

/** How the attribution is built. */
export type AttributionForm = 'speaker-first' | 'speaker-last' | 'verb-first' | 'according-to' | 'quoted-as-saying' | 'participle';

/** "X said Y": who, with which verb, and which words of the sentence are attributed. */
export interface Attribution {
  speaker: SpeakerPhrase;
  verb: string;
  verbSpan: Span;
  /** Speech verbs report words (quotes); estimate verbs only attribute figures ("put it at 5.9"). */
  speech: boolean;
  /** The attributed words, in article offsets (may be empty when the verb ends the sentence). */
  content: Span;
  form: AttributionForm;
  sentence: number;
}

/** Verbs that give a direct quote its speaker but do not make reported speech ("called it “horrific”"). */
const QUOTE_VERBS = new Set(['called', 'calls', 'described', 'describes', 'dubbed', 'termed', 'branded']);
const QUOTE_MARK = /^["“”«»'‘’]$/u;
/** Every word that can attribute: checked first, so most tokens cost one set lookup. */
const ATTRIBUTING = new Set([...SPEECH_VERBS, ...ESTIMATE_VERBS, ...QUOTE_VERBS, 'according']);
const ATTRIBUTING_HINT = new RegExp(`\\b(?:${[...ATTRIBUTING].sort((a, b) => b.length - a.length).join('|')}|According)\\b`, 'u');
const CLAUSE_BREAK = new Set(['but', 'whereas']);
// Words between a verb and its content that belong to neither ("said on Monday that …").
const CONTENT_LEAD = /^(?:(?:on|in|at|by|to|from|during|late|early|last|this|over|via|around|about|shortly|before|after)\s+(?:[\p{L}\p{N}.'’]+\s+){0,6}?(?=that\b)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later)\b[ ,]*|in\s+(?:a|an)\s+(?:statement|interview|alert|briefing|release|report)\b[ ,]*|by\s+(?:tele)?phone\b[ ,]*|on\s+(?:condition|customary\s+condition)\s+of\s+anonymity\b[ ,]*|that\b\s*|[,:]\s*)+/iu;
// Listeners after "told": "told reporters", "told the AFP news agency", "told Xinhua by phone".
const LISTENER = /^(?:(?:the|a|an|this|state|local|foreign|reporters|journalists)\s+)*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:reporters|journalists|news\s+agency|news|agency|television|tv|radio|newspaper|website|parliament|council|lawmakers|members|audience|crowd|delegation|congress|conference|us|me|him|her|them|\p{Lu}[\p{L}.'’-]*)\b[ ,]*/u;

const lowerOf = (token: Token) => token.text.toLowerCase();
const ADDRESSEE = /^(?:[\p{L}\p{N}.'’-]+\s+){1,5}?that\s+/u;
// What may follow a clause-final speech verb: "…, officials said after the meeting in Rome."
const TRAILING_ADVERBIAL = /^(?:on|in|at|after|before|during|ahead|from|while|as|when|adding|citing|speaking|via|through|without|with)\b/iu;

function wordCount(text: string, offset: number, span: Span): number {
  return (text.slice(span.start - offset, span.end - offset).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
/** Verbs that may come before their speaker (", said the governor"). */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'reported', 'wrote', 'writes', 'explained', 'warned', 'noted', 'insisted']);
// What follows an inverted verb but is no speaker: ", said on Monday", ", said in a statement".
const NOT_A_SPEAKER = /^(?:on|in|at|by|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

/** The person quoted between "quoted" and "as saying", preferring a name set off by commas. */
function quotedPerson(bounds: ScanBounds, verbIndex: number, asIndex: number): SpeakerPhrase | undefined {
  const pieces: number[] = [verbIndex];
  for (let k = verbIndex + 1; k < asIndex; k++) if (bounds.tokens[k]!.text === ',') pieces.push(k);
  const candidates = pieces.map((start) => speakerAfter({ ...bounds, to: asIndex }, start)).filter((phrase) => phrase !== undefined);
  return candidates.find((phrase) => phrase.kind === 'named' && !phrase.institution) ?? candidates[0];
}

/** Clause bounds inside a sentence: split at ";" and before "but" / "whereas" so two sources stay apart. */
function clauseBounds(tokens: readonly Token[]): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.text === ';' || (index > 0 && token.kind === 'word' && isClauseBreak(token.text))) {
      if (index > start) bounds.push([start, index]);
      start = index + 1;
    }
  }
  if (start < tokens.length) bounds.push([start, tokens.length]);
  return bounds;
}

/** "but", "whereas" in any case; only words of their lengths are lower-cased (this runs on every word). */
function isClauseBreak(text: string): boolean {
  return (text.length === 3 || text.length === 7) && CLAUSE_BREAK.has(text.toLowerCase());
}

/** Index of "as" in "as saying" after token `i` and before `to`, or -1. */
function asSayingAfter(tokens: readonly Token[], i: number, to: number): number {
  for (let k = i + 1; k < to; k++) {
    const next = tokens[k + 1];
    if (tokens[k]!.text.length === 2 && next !== undefined && lowerOf(tokens[k]!) === 'as' && lowerOf(next) === 'saying') return k;
  }
  return -1;
}

function trimSpan(text: string, offset: number, start: number, end: number): Span {
  while (start < end && /[\s,:;"“”'‘’]/u.test(text[start - offset]!)) start++;
  while (end > start && /[\s,.:;!?"“”'‘’]/u.test(text[end - offset - 1]!)) end--;
  return { start, end };
}

/**
 * Index of the first token starting at or after `offset`, -1 when none: what
 * `tokens.findIndex((t) => t.span.start >= offset)` finds, by halving, tokens being in text order.
 */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.span.start >= offset) high = mid;
    else low = mid + 1;
  }
  return low < tokens.length ? low : -1;
}

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((span) => span.start <= at && at < span.end);
}

/** Content after a speaker-first verb: skips listeners, time phrases and "that". */
function contentAfter(sentence: Sentence, verbToken: Token, verb: string, clauseEnd: number): Span {
  const offset = sentence.span.start;
  let start = verbToken.span.end;
  let rest = sentence.text.slice(start - offset, clauseEnd - offset);
  const leading = rest.length - rest.trimStart().length;
  start += leading;
  rest = rest.trimStart();
  if (verb === 'told' || verb === 'tells' || verb === 'tell') {
    const listener = LISTENER.exec(rest);
    if (listener) {
      start += listener[0].length;
      rest = rest.slice(listener[0].length);
    }
  }
  const lead = CONTENT_LEAD.exec(rest);
  if (lead) {
    start += lead[0].length;
    rest = rest.slice(lead[0].length);
  }
  // "warned Israel that …", "assured residents that …": the addressee is not part of the words.
  const addressee = verb.startsWith('sa') ? null : ADDRESSEE.exec(rest);
  if (addressee) start += addressee[0].length;
  return trimSpan(sentence.text, offset, start, clauseEnd);
}

/**
 * Finds who is said to have said what in one sentence. `quoted` are the direct-quote spans of the
 * article: a verb inside quotation marks is part of someone's words, not an attribution.
 */
export function findAttributions(sentence: Sentence, quoted: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const offset = sentence.span.start;
  // Most sentences attribute nothing: one pattern test on the text decides before tokens are read.
  if (!ATTRIBUTING_HINT.test(sentence.text)) return found;
  const { tokens } = sentence;
  for (const [from, to] of clauseBounds(tokens)) {
    const bounds: ScanBounds = { tokens, from, to, text: sentence.text, offset };
    const clauseStart = tokens[from]!.span.start;
    const clauseEnd = tokens[to - 1]!.span.end;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      // Verbs are lower case: "the United States" has no verb "states". "According to" may open the sentence.
      if (token.kind !== 'word') continue;
      const verb = token.text === 'According' ? 'according' : token.text;
      if (!ATTRIBUTING.has(verb) || inside(quoted, token.span.start)) continue;
      const add = (speaker: SpeakerPhrase | undefined, content: Span, form: AttributionForm) => {
        if (!speaker || inside(quoted, speaker.span.start)) return;
        found.push({ speaker, verb, verbSpan: token.span, speech: SPEECH_VERBS.has(verb) || QUOTE_VERBS.has(verb) || verb === 'according', content, form, sentence: sentence.index });
      };
      if (verb === 'according' && tokens[i + 1] && lowerOf(tokens[i + 1]!) === 'to') {
        const speaker = speakerAfter(bounds, i + 1);
        const atStart = i === from;
        const content = atStart && speaker
          ? trimSpan(sentence.text, offset, speaker.span.end, clauseEnd)
          : trimSpan(sentence.text, offset, clauseStart, token.span.start);
        add(speaker, content, 'according-to');
        continue;
      }
      if (verb === 'according') continue;
      const previous = tokens[i - 1];
      if (verb === 'saying' && previous?.text === ',') {
        add(subjectAt(bounds, from), trimSpan(sentence.text, offset, token.span.end, clauseEnd), 'participle');
        continue;
      }
      const asSaying = asSayingAfter(tokens, i, to);
      if (verb === 'quoted' && asSaying > i + 1 && !['by', 'as'].includes(lowerOf(tokens[i + 1]!))) {
        // "IRNA quoted the governor, Ali Rezapour, as saying …": the speaker is the one quoted.
        add(quotedPerson(bounds, i, asSaying), trimSpan(sentence.text, offset, tokens[asSaying + 1]!.span.end, clauseEnd), 'quoted-as-saying');
        continue;
      }
      if (previous && i > from && (previous.text === ',' || QUOTE_MARK.test(previous.text)) && INVERTING_VERBS.has(verb)) {
        // ", said X" and "…," said X" put the content before the verb.
        const speaker = speakerAfter(bounds, i);
        // An inverted speaker is a noun phrase that ends the clause: ", said Jane Doe." / ", said X, a …".
        const next = speaker ? tokens[firstTokenFrom(tokens, speaker.span.end)] : undefined;
        const endsHere = !next || next.kind === 'punct';
        if (speaker && speaker.kind !== 'pronoun' && endsHere && !NOT_A_SPEAKER.test(speaker.text)) {
          add(speaker, trimSpan(sentence.text, offset, clauseStart, previous.span.start), 'verb-first');
          continue;
        }
      }
      if (previous && i > from && (lowerOf(previous) === 'and' || lowerOf(previous) === 'but')) {
        // "Israel accused Hamas …, and said …": the clause's subject speaks.
        add(subjectAt(bounds, from), contentAfter(sentence, token, verb, clauseEnd), 'speaker-first');
        continue;
      }
      const speaker = speakerBefore(bounds, i);
      if (!speaker) continue;
      const before = firstTokenFrom(tokens, speaker.span.start) - 1;
      const marker = before >= from ? tokens[before]! : undefined;
      const contentFrom = verb === 'quoted' && asSaying > i ? tokens[asSaying + 1]! : token;
      const after = contentAfter(sentence, contentFrom, verb, clauseEnd);
      // ", officials said." ends its clause; "In Paris, the minister said that …" does not.
      const endsClause = marker !== undefined && (QUOTE_MARK.test(marker.text) || (marker.text === ',' && (wordCount(sentence.text, offset, after) < 3 || TRAILING_ADVERBIAL.test(sentence.text.slice(after.start - offset)))));
      if (marker && endsClause) add(speaker, trimSpan(sentence.text, offset, clauseStart, marker.span.end), 'speaker-last');
      else add(speaker, after, 'speaker-first');
    }
  }
  return cutTrailingAttributions(found, sentence);
}

/** "X said A, IRNA reported": X's words stop where the trailing attribution begins. */
function cutTrailingAttributions(found: Attribution[], sentence: Sentence): Attribution[] {
  for (const first of found) {
    if (first.form !== 'speaker-first') continue;
    for (const other of found) {
      if ((other.form === 'speaker-last' || other.form === 'verb-first') && other.verbSpan.start > first.verbSpan.end) {
        const cut = Math.min(other.speaker.span.start, other.verbSpan.start);
        if (cut > first.content.start && cut <= first.content.end) first.content = trimSpan(sentence.text, sentence.span.start, first.content.start, cut);
      }
    }
  }
  return found;
}
