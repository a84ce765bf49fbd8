import type { Token } from '../../types.js';
import { FUNCTION_WORDS, TITLE_WORDS } from './lexicon.js';
import { isCapitalised, isPossessive, stripPossessive, type Mention } from './sentence-view.js';

// Capitalised words that end a name of a thing, not of a person ("Stimson Center", "Qeshm Island").
const NON_PERSON_WORDS = new Set(
  `university college school institute center centre council committee ministry department agency bank
  party group company corp inc ltd house street avenue road island islands river sea gulf ocean city
  county province state states republic kingdom union nations times post news press service forces army
  navy court parliament congress senate assembly association organization organisation foundation
  airport station hospital museum stadium square bridge valley mountains mountain lake bay coast
  north south east west northern southern eastern western january february march april may june july
  august september october november december monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/u),
);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame']);

const isTitle = (lower: string) => TITLE_WORDS.has(lower) || HONORIFICS.has(lower);

// After these, an untitled capitalised name is a place ("in San Francisco", "to Lagos").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'across', 'inside', 'outside', 'toward', 'towards']);

/** A demonym before a title opens the title ("Chinese President", "Russian Foreign Minister"). */
function isDemonymBeforeTitle(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return /(?:ese|ian|ean|ish|an|i)$/u.test(tokens[index]!.text.toLowerCase()) && next !== undefined && isTitle(next.text.toLowerCase());
}

interface Run {
  /** Where the name proper starts, after any title. */
  nameFrom: number;
  to: number;
  titled: boolean;
}

/** The run of capitalised words (titles, "of" inside titles, "Mr." with its period) starting at `from`. */
function runAt(tokens: readonly Token[], from: number, claimed: (index: number) => boolean): Run {
  let to = from;
  let nameFrom = from;
  let titled = false;
  while (to < tokens.length && !claimed(to)) {
    const token = tokens[to]!;
    const lower = token.text.toLowerCase();
    const titleOf = lower === 'of' && titled && to === nameFrom && isCapitalised(tokens[to + 1]);
    if (!isCapitalised(token) && !titleOf) break;
    if (titleOf || isTitle(lower) || (to === nameFrom && isDemonymBeforeTitle(tokens, to))) {
      titled ||= isTitle(lower);
      nameFrom = to + 1;
      if (HONORIFICS.has(lower) && tokens[to + 1]?.text === '.') nameFrom = ++to + 1;
    }
    to++;
    if (isPossessive(token)) break;
  }
  return { nameFrom, to, titled };
}

/**
 * Person names found from capitalisation and titles, used only when no person extractor ran. A run
 * of capitalised words is a person when a title or honorific stands before its last words ("Foreign
 * Minister Wang Yi", "Mr Lee"), or when it is two or three name-like words not covered by another
 * claim; a single word is a person when it is the surname of a name already found in the article.
 * `known` maps surnames to full names and grows as the article is read.
 */
export function fallbackPersons(tokens: readonly Token[], known: Map<string, string>, claimed: (index: number) => boolean): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isCapitalised(token) || claimed(i) || FUNCTION_WORDS.has(token.text.toLowerCase())) {
      i++;
      continue;
    }
    const run = runAt(tokens, i, claimed);
    const nameTokens = tokens.slice(run.nameFrom, run.to);
    const words = nameTokens.map((word) => stripPossessive(word.text));
    const nameLike =
      words.length >= 1 && words.length <= 3 && nameTokens.every((word) => isCapitalised(word) && !NON_PERSON_WORDS.has(stripPossessive(word.text).toLowerCase()));
    let name: string | undefined;
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    // "in San Francisco", "the Cold War": an untitled name after these is a place or a thing.
    const placeLike = !run.titled && (PLACE_PREPOSITIONS.has(before) || before === 'the');
    if (placeLike) name = undefined;
    else if (nameLike && (run.titled || words.length >= 2)) name = words.join(' ');
    else if (nameLike) name = known.get(words[0]!);
    if (name !== undefined) {
      if (words.length === 1) name = known.get(words[0]!) ?? name;
      else known.set(words[words.length - 1]!, name);
      found.push({
        from: run.nameFrom,
        to: run.to,
        span: { start: tokens[run.nameFrom]!.span.start, end: tokens[run.to - 1]!.span.end },
        kind: 'name',
        key: name,
        name,
      });
    }
    i = Math.max(run.to, i + 1);
  }
  return found;
}
