import type { Article } from '../types.js';

/**
 * Articles of one run that tell the same story (the same trip, the same quake) are published within
 * days of each other, so what one says about its date speaks for the others. Two articles are linked
 * by the distinctive names they share — runs of capitalised words that are not common words (no
 * lower-case use anywhere in the run) — each weighted by its rarity in the run, so a name that every
 * article carries (the main actor's) says nothing about which story it is.
 */

const NOT_NAMES = new Set(
  ('the a an and but or if in on at of for to from by with as it its he she they we i you his her their our this that these those ' +
    'there here then when where while after before since until during mr mrs ms dr also however meanwhile ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday')
    .split(' '),
);

/** The text an article's names are read from: its prose, without boilerplate and metadata. */
function proseOf(article: Article): string {
  let text = article.text;
  for (const range of article.excluded) text = text.slice(0, range.span.start) + ' '.repeat(range.span.end - range.span.start) + text.slice(range.span.end);
  return text;
}

// A word is a run of letters, apostrophes and hyphens. Sticky, tried only on characters past ASCII.
const WORD_CHAR_AT = /[\p{L}'’-]/uy;

/** How many code units the word character at `at` takes (two for a letter beyond the BMP), or 0. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45 ? 1 : 0;
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - at : 0;
}

/**
 * Lower-case words of the whole run: a capitalised word also used in lower case is a common word.
 * Read character by character, and only words starting with a-z made into strings: the run's
 * texts are read whole, and most of their words need no string of their own.
 */
function commonWords(texts: readonly string[]): Set<string> {
  const common = new Set<string>();
  for (const text of texts) {
    const length = text.length;
    let at = 0;
    while (at < length) {
      const first = wordCharAt(text, at);
      if (first === 0) {
        at++;
        continue;
      }
      const start = at;
      at += first;
      for (let next = wordCharAt(text, at); next > 0; next = wordCharAt(text, at)) at += next;
      const code = text.charCodeAt(start);
      if (code >= 97 && code <= 122) common.add(text.slice(start, at));
    }
  }
  return common;
}

/** Distinctive names of one text: maximal runs of capitalised words, not at a sentence start. */
export function namesOf(text: string, common: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*/gu)) {
    // Not at a sentence or line start, where every word is capitalised: a space or tab comes right
    // before (a quick test that rules out most of the others), after a word or a mark.
    const previous = text.charCodeAt(match.index - 1);
    if (previous !== 32 && previous !== 9) continue;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (!/[\p{L}\d,;:()—–-][ \t]+$/u.test(before)) continue;
    const name = nameOf(match[0], common);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** The name a run of capitalised words gives, in lower case: its words but common ones, without "'s". */
function nameOf(run: string, common: ReadonlySet<string>): string | undefined {
  // A run holds no other space than spaces and tabs between its words.
  const bare = run.includes("'") || run.includes('’') ? run.replace(/['’]s\b/gu, '') : run;
  const words = bare.includes(' ') || bare.includes('\t') ? bare.split(/\s+/u) : [bare];
  const kept: string[] = [];
  let letters = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || common.has(lower)) continue;
    kept.push(word);
    letters += word.length;
  }
  return kept.length > 0 && letters >= 3 ? kept.join(' ').toLowerCase() : undefined;
}

export interface StoryLink {
  article: string;
  /** The shared names, rarest first. */
  shared: string[];
  /** Sum of the shared names' rarity (log inverse document frequency in the run). */
  similarity: number;
  /** `similarity` over the article's strongest link: 1 for its closest article. */
  ratio: number;
}

/** Links weaker than this share of an article's strongest link are not kept. */
const MIN_RATIO = 0.25;

/**
 * For each article that needs a date, its links to the other articles of the run, strongest first.
 * Only names shared by some but not all articles count; the rarer, the more.
 */
export function storyLinks(articles: readonly Article[], needing: ReadonlySet<string>): Map<string, StoryLink[]> {
  // A name counts when another article shares it: an article alone has no link, and reading the
  // words of its text (a whole 25 MB article, to date it) would find none.
  if (articles.length < 2) return new Map([...needing].map((id) => [id, []]));
  const texts = articles.map(proseOf);
  const common = commonWords(texts);
  const names = new Map(articles.map((article, i) => [article.id, namesOf(texts[i]!, common)]));
  const df = new Map<string, number>();
  for (const set of names.values()) for (const name of set) df.set(name, (df.get(name) ?? 0) + 1);
  const n = articles.length;
  // Each name's rarity computed once: names are ordered by it.
  const rarity = new Map<string, number>();
  const idf = (name: string) => {
    let value = rarity.get(name);
    if (value === undefined) rarity.set(name, (value = Math.log((n + 1) / (df.get(name) ?? 1))));
    return value;
  };
  const rarestFirst = (x: string, y: string) => idf(y) - idf(x) || (x < y ? -1 : 1);
  // Names in (almost) every article, and in too many to enumerate their pairs, carry no story.
  const cap = Math.max(2, Math.min(n - 1, 50));
  const byName = new Map<string, string[]>();
  for (const [id, set] of names) {
    for (const name of set) {
      const count = df.get(name) ?? 0;
      if (count >= 2 && count <= cap) (byName.get(name) ?? byName.set(name, []).get(name)!).push(id);
    }
  }
  const pairs = new Map<string, Map<string, string[]>>();
  const add = (a: string, b: string, name: string) => {
    const row = pairs.get(a) ?? pairs.set(a, new Map()).get(a)!;
    (row.get(b) ?? row.set(b, []).get(b)!).push(name);
  };
  // Names are paired rarest first, so each pair's shared names come in that order without a sort
  // of their own (a story's pairs share many of the same names).
  for (const [name, ids] of [...byName].sort(([x], [y]) => rarestFirst(x, y))) {
    for (const a of ids) {
      if (!needing.has(a)) continue;
      for (const b of ids) if (a !== b) add(a, b, name);
    }
  }
  const links = new Map<string, StoryLink[]>();
  for (const id of needing) {
    const row = [...(pairs.get(id) ?? new Map<string, string[]>())].map(([article, shared]) => ({
      article,
      shared,
      similarity: shared.reduce((sum, name) => sum + idf(name), 0),
    }));
    const strongest = Math.max(0, ...row.map((link) => link.similarity));
    links.set(
      id,
      row
        .map((link) => ({ ...link, ratio: strongest > 0 ? link.similarity / strongest : 0 }))
        .filter((link) => link.ratio >= MIN_RATIO)
        .sort((x, y) => y.similarity - x.similarity || (x.article < y.article ? -1 : 1)),
    );
  }
  return links;
}
