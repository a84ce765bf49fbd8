import type { Sentence, Token } from '../../types.js';
import { isSpace } from '../../segment/tokenize.js';
import { COMMON_WORDS, GENERIC_ACRONYMS } from './lexicon/common-words.js';
import { FEATURE_HEADS } from '../places/lexicon.js';
import { ORGANIZATION_HEADS } from './lexicon/organizations.js';
import { TITLE_HEADS } from './lexicon/titles.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { endsWithPossessive, foldWord, isAllCaps, isCapitalised, startsLower } from './words.js';

/** One word of a capitalised chunk, with its span in the article. */
export interface ChunkWord {
  text: string;
  /** `foldWord(text)`, made once with the word: every reader looks the word up in lexicons by it. */
  folded: string;
  start: number;
  end: number;
  /** Index of its token in the sentence. */
  token: number;
}

/**
 * A run of capitalised words ("US Secretary of State Antony Blinken", "Bandar Abbas"), the raw
 * material of every name. Small connectors stay inside when capitalised words follow them.
 */
export interface Chunk {
  sentence: number;
  words: ChunkWord[];
  start: number;
  end: number;
  /** The article text from `start` to `end`. */
  name: string;
  /** The last word carried "'s", now removed from the chunk. */
  possessive: boolean;
  /** The first word stands where any word would be capitalised (sentence start, after a quote or colon). */
  initial: boolean;
  /** The sentence is a headline in title case: capitals say little there. */
  headline: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'del', 'della', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'di', 'y', '&']);
const OF_HEADS = new Set(['republic', 'kingdom', 'emirate', 'states', 'federation', 'commonwealth', 'principality', 'people', 'friends', 'daughters', 'sons', 'church', 'order', 'house', 'court', 'queen', 'king', 'prince', 'duke', 'bank', 'port']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '…']);
// Abbreviations whose period belongs to the word ("Gov. Smith", "St. Louis", "Dr. Lee").
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'st', 'mt', 'ft', 'jr', 'sr', 'cpl', 'pvt', 'insp', 'supt', 'det', 'fr']);
const MAX_ABBREVIATED = Math.max(...[...ABBREVIATED].map((word) => word.length));
// Patterns with Unicode properties are module constants: the CLI bundle writes such literals as
// `new RegExp(…)`, which inside a function builds a new pattern at every call.
const HAS_LETTER = /\p{L}/u;
const RUN_INTO_LOWER = /^(.+?)-(\p{Ll}[\p{L}']*)$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** A word read on its own, with no place in the article (a part of a hyphenated word, a word of a memoised name). */
export function wordOf(text: string): ChunkWord {
  return { text, folded: foldWord(text), start: 0, end: 0, token: 0 };
}

/** The words' texts. One shared helper (not a callback at every call site): fewer functions for V8 to compile. */
export function textsOf(words: readonly ChunkWord[]): string[] {
  const texts: string[] = [];
  for (const word of words) texts.push(word.text);
  return texts;
}

/** The texts of `words[from..to)` joined by single spaces ("Antony Blinken"); '' when the range is empty. */
export function joinedText(words: readonly ChunkWord[], from = 0, to = words.length): string {
  if (from >= to) return '';
  let text = words[from]!.text;
  for (let k = from + 1; k < to; k++) text += ` ${words[k]!.text}`;
  return text;
}

/**
 * The chunk's words joined by single spaces (what `joinedText(chunk.words)` gives): its own text when
 * the words stand one space apart, as they almost always do. Name-level readings are memoised by this
 * string; the chunk's text is one string whose hash is computed once for every lookup, where a joined
 * one would be built, flattened and hashed again each time.
 */
export function spacedName(chunk: Chunk): string {
  const words = chunk.words;
  const name = chunk.name;
  for (let k = 1; k < words.length; k++) {
    const gap = words[k - 1]!.end;
    if (words[k]!.start !== gap + 1 || name.charCodeAt(gap - chunk.start) !== 32) return joinedText(words);
  }
  return name;
}

/** Builds a chunk; one constructor so every chunk has one object shape. */
export function makeChunk(sentence: Sentence, words: ChunkWord[], possessive: boolean, initial: boolean, headline: boolean): Chunk {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const name = sentence.text.slice(start - sentence.span.start, end - sentence.span.start);
  return { sentence: sentence.index, words, start, end, name, possessive, initial, headline };
}

/** Lower-case words the article itself uses, singular and plural: "Officials" at a sentence start is one of them. */
export function lowerCaseVocabulary(sentences: readonly Sentence[]): Set<string> {
  const vocabulary = new Set<string>();
  // Indexed loops, the first character before the kind: this runs over every token of a run, mostly
  // before V8 optimises it, where an array iterator and a getter call per token cost as much as the set.
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s]!.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const text = token.text;
      const first = text.charCodeAt(0);
      // ASCII lower case is the common case; other scripts go through the Unicode test.
      if (!(first >= 97 && first <= 122) && !(first > 127 && startsLower(text))) continue;
      if (token.kind !== 'word') continue;
      vocabulary.add(endsWithPossessive(text) ? text.slice(0, -2).toLowerCase() : text.toLowerCase());
    }
  }
  return vocabulary;
}

/** Whether the article writes the word in lower case, in the singular or the plural. */
function inVocabulary(word: string, vocabulary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return vocabulary.has(lower) || vocabulary.has(`${lower}s`) || (lower.endsWith('s') && vocabulary.has(lower.slice(0, -1)));
}

/** Whether a capitalised word is just an ordinary word written at the start of a sentence or in a headline. */
export function isCommonWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  // Acronyms are names ("US", "AFP") unless they are function words of an all-capitals headline ("THE").
  if (isAllCaps(word)) return ALL_CAPS_FUNCTION_WORDS.has(word) || GENERIC_ACRONYMS.has(word.includes('.') ? word.replace(/\./gu, '') : word);
  const folded = foldWord(word);
  if (COMMON_WORDS.has(folded) || inVocabulary(word, vocabulary)) return true;
  // "Sadly, …", "Meanwhile": sentence adverbs; given names that end the same way ("Kelly") stay names.
  if (folded.length > 4 && folded.endsWith('ly') && !GIVEN_NAMES.has(folded)) return true;
  // "State-run", "Cross-border": a hyphenated word that goes on in lower case is an ordinary word.
  if (!word.includes('-')) return false;
  const [head, ...rest] = word.split('-');
  return rest.length > 0 && rest.every((part) => startsLower(part)) && (COMMON_WORDS.has(foldWord(head!)) || inVocabulary(head!, vocabulary));
}

const ALL_CAPS_FUNCTION_WORDS = new Set(['THE', 'A', 'AN', 'AND', 'OF', 'IN', 'ON', 'TO', 'FOR', 'BY', 'AT', 'WITH', 'FROM', 'AS', 'IS', 'ARE', 'WAS']);

/** Whether the text ends like a sentence: `/[.!?]["”’]?$/u` on the text without its trailing spaces, without copying it. */
function endsLikeSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  let last = text.charCodeAt(end - 1);
  if (last === 0x22 || last === 0x201d || last === 0x2019) {
    if (end === 1) return false;
    last = text.charCodeAt(end - 2);
  }
  return last === 0x2e || last === 0x21 || last === 0x3f;
}

/** A headline in title case: several ordinary words capitalised, and no full stop at the end. */
function isHeadline(sentence: Sentence, vocabulary: ReadonlySet<string>): boolean {
  if (sentence.block !== 'heading' && endsLikeSentence(sentence.text)) return false;
  const tokens = sentence.tokens;
  let words = 0;
  let capitalised = 0;
  let ordinary = 0;
  let allCaps = true;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    const word = token.text;
    if (allCaps && !isAllCaps(word) && HAS_LETTER.test(word)) allCaps = false;
    // The first word is capitalised in any sentence.
    if (words++ === 0 || !isCapitalised(word)) continue;
    capitalised++;
    if (word.length > 3 && isCommonWord(word, vocabulary)) ordinary++;
  }
  return (words >= 3 && allCaps) || (ordinary >= 2 && ordinary * 5 >= capitalised * 2);
}

/** A word an "of"/"for" complement belongs to ("Ministry", "Gulf", "Secretary"), folded once for the four lexicons. */
function isHeadOfComplement(folded: string): boolean {
  return OF_HEADS.has(folded) || ORGANIZATION_HEADS.has(folded) || FEATURE_HEADS.has(folded) || TITLE_HEADS.has(folded);
}

/** `firstContent`: index of the sentence's first word or number (no word or number comes before `index` when it is `index`). */
function isInitialPosition(sentence: Sentence, index: number, firstContent: number): boolean {
  if (index === 0) return true;
  const previous = sentence.tokens[index - 1]!;
  if (previous.text === '"') {
    // A straight quote opens when it follows a space and touches the word.
    const at = previous.span.start - sentence.span.start;
    return (at === 0 || /\s/u.test(sentence.text[at - 1]!)) && previous.span.end === sentence.tokens[index]!.span.start;
  }
  if (OPENERS.has(previous.text) && previous.text !== '-' && previous.text !== "'") return true;
  return firstContent >= index;
}

/** Token `k` is a capitalised word (false past the end). A module function, not a closure made for every sentence. */
function capitalisedAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  // The text first: most tokens are lower-case words, and `kind` is a getter.
  return token !== undefined && isCapitalised(token.text) && token.kind === 'word';
}

/** Capitalised chunks of one sentence, in order. Ordinary words at a sentence start are left out. */
export function chunksOf(sentence: Sentence, vocabulary: ReadonlySet<string>): Chunk[] {
  const tokens = sentence.tokens;
  const headline = isHeadline(sentence, vocabulary);
  const chunks: Chunk[] = [];
  let firstContent = 0;
  for (; firstContent < tokens.length; firstContent++) {
    const kind = tokens[firstContent]!.kind;
    if (kind === 'word' || kind === 'number') break;
  }
  let i = 0;
  while (i < tokens.length) {
    if (!capitalisedAt(tokens, i)) {
      i++;
      continue;
    }
    const words: ChunkWord[] = [];
    let possessive = false;
    let j = i;
    for (;;) {
      const token = tokens[j]!;
      // "Blinken's" ends the chunk at "Blinken"; the possessive says the name is complete.
      const possessiveWord = token.text.length > 2 && endsWithPossessive(token.text);
      let text = possessiveWord ? token.text.slice(0, -2) : token.text;
      // "Gaza-where", "Manokwari-a": a name run into the next word by a lost space.
      const joined = text.includes('-') ? RUN_INTO_LOWER.exec(text) : null;
      let cut = false;
      if (joined && (COMMON_WORDS.has(joined[2]!) || inVocabulary(joined[2]!, vocabulary))) {
        text = joined[1]!;
        cut = true;
      }
      let end = token.span.start + text.length;
      const period = tokens[j + 1];
      // "Gov. Smith", "St. Louis", and middle initials ("James R. Brandlin") keep their full stop.
      const initialLetter = text.length <= 2 && ONE_CAPITAL.test(text) && capitalisedAt(tokens, j + 2);
      if (!possessiveWord && period?.text === '.' && period.span.start === end && (initialLetter || (text.length <= MAX_ABBREVIATED && ABBREVIATED.has(text.toLowerCase())))) {
        text += '.';
        end += 1;
        j++;
      }
      words.push({ text, folded: foldWord(text), start: token.span.start, end, token: j });
      if (cut) break;
      if (possessiveWord) {
        possessive = true;
        break;
      }
      if (capitalisedAt(tokens, j + 1)) {
        j++;
        continue;
      }
      const connector = tokens[j + 1];
      // "Ministry of Foreign Affairs", "Secretary of State", "Gulf of Oman" — but not "Christopher Gunness of the UN".
      const headOf = (connector?.text !== 'of' && connector?.text !== 'for') || isHeadOfComplement(foldWord(text));
      if (connector?.kind === 'word' && CONNECTORS.has(connector.text) && headOf) {
        const skipThe = tokens[j + 2]?.text === 'the' && connector.text === 'of' ? 1 : 0;
        if (capitalisedAt(tokens, j + 2 + skipThe)) {
          words.push({ text: connector.text, folded: foldWord(connector.text), start: connector.span.start, end: connector.span.end, token: j + 1 });
          if (skipThe) words.push({ text: 'the', folded: 'the', start: tokens[j + 2]!.span.start, end: tokens[j + 2]!.span.end, token: j + 2 });
          j += 2 + skipThe;
          continue;
        }
      }
      break;
    }
    const initial = isInitialPosition(sentence, i, firstContent);
    let trimmed = words;
    // A sentence-initial ordinary word is no part of the name ("But Blinken", "The U.S. Geological Survey").
    if (initial && isCommonWord(words[0]!.text, vocabulary)) {
      trimmed = words.slice(1);
      while (trimmed.length > 0 && CONNECTORS.has(trimmed[0]!.text)) trimmed = trimmed.slice(1);
    }
    if (trimmed.length > 0) {
      chunks.push(makeChunk(sentence, trimmed, possessive, initial && trimmed === words, headline));
    }
    i = j + 1;
  }
  return headline ? chunks.flatMap((chunk) => splitAtOrdinaryWords(sentence, chunk, vocabulary)) : chunks;
}

/** In a title-case headline, ordinary capitalised words separate the names ("Villages on Iranian Island of Qeshm"). */
function splitAtOrdinaryWords(sentence: Sentence, chunk: Chunk, vocabulary: ReadonlySet<string>): Chunk[] {
  const pieces: Chunk[] = [];
  let current: ChunkWord[] = [];
  const flush = (last: boolean) => {
    while (current.length > 0 && CONNECTORS.has(current[current.length - 1]!.text)) current.pop();
    while (current.length > 0 && CONNECTORS.has(current[0]!.text)) current.shift();
    if (current.length > 0) {
      pieces.push(makeChunk(sentence, current, last && chunk.possessive, false, chunk.headline));
    }
    current = [];
  };
  chunk.words.forEach((word, k) => {
    if (!CONNECTORS.has(word.text) && isCommonWord(word.text, vocabulary)) flush(false);
    else current.push(word);
    if (k === chunk.words.length - 1) flush(true);
  });
  return pieces;
}
