/**
 * How alike two quotes are in wording: word bigrams and content words, each measured against the
 * shorter quote, so a fragment quoted in one article matches the full quote in another.
 */

const STOPWORDS = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its this that these those
  we our us i me my you your he him his she her they them their there here not no do does did have has had will would
  can could should may might must shall so than then if about into over also just very what which who whom when where`.split(/\s+/u),
);

// Short fragments are weak evidence: "different place" could be anyone's words.
const FULL_WEIGHT_WORDS = 4;

/** The words of a quote, lower-cased, curly apostrophes straightened, punctuation dropped. */
export function quoteWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);
}

/** Content words of a quote (stopwords removed), the keys quotes are indexed by. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((word) => !STOPWORDS.has(word));
}

function bigrams(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 1; i < words.length; i++) result.add(`${words[i - 1]} ${words[i]}`);
  if (words.length === 1) result.add(words[0]!);
  return result;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

/**
 * A quote's profile with its words and bigrams numbered (`QuoteNumbering`), so that counting what two
 * quotes share is a walk over small integers: the same sizes and shared counts as `quoteProfile`.
 */
export interface NumberedProfile {
  sizes: ProfileSizes;
  /** Distinct content words, in first-seen order. */
  content: number[];
  /** Distinct bigrams (a one-word quote's word stands for its bigram, as in `quoteProfile`). */
  bigrams: number[];
}

// Below this, two word numbers make one integer V8 keeps unboxed (under 2^30), which a Map hashes fast.
const SMALL_WORD_ID = 2 ** 15;

function bigramKey(first: number, second: number): number | string {
  return first < SMALL_WORD_ID && second < SMALL_WORD_ID ? first * SMALL_WORD_ID + second : `${first} ${second}`;
}

/** The numbers of the words and bigrams of the quotes profiled together: dense, from 0. */
export class QuoteNumbering {
  private readonly wordIds = new Map<string, number>();
  // Keys of bigrams: (first word, second word) as one small integer while the numbers are small (a
  // story's quotes), as text beyond; a lone word w is -1 - w.
  private readonly bigramIds = new Map<number | string, number>();
  // The last profile each word and bigram was seen in (profiles are counted from 1): sets of the
  // numbers met in one quote, cleared by counting on, with no Set made per quote.
  private profiles = 0;
  private readonly wordSeenIn: number[] = [];
  private readonly bigramSeenIn: number[] = [];

  get words(): number {
    return this.wordIds.size;
  }

  get bigrams(): number {
    return this.bigramIds.size;
  }

  profile(words: readonly string[]): NumberedProfile {
    const profile = ++this.profiles;
    const ids = words.map((word) => this.wordId(word));
    const content: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (STOPWORDS.has(words[i]!) || this.wordSeenIn[id] === profile) continue;
      this.wordSeenIn[id] = profile;
      content.push(id);
    }
    // Words never hold a space, so a bigram's two numbers say what its text ("w1 w2") says.
    const bigrams: number[] = [];
    const addBigram = (id: number) => {
      if (this.bigramSeenIn[id] === profile) return;
      this.bigramSeenIn[id] = profile;
      bigrams.push(id);
    };
    for (let i = 1; i < ids.length; i++) addBigram(this.bigramId(bigramKey(ids[i - 1]!, ids[i]!)));
    if (ids.length === 1) addBigram(this.bigramId(-1 - ids[0]!));
    return { sizes: { length: words.length, bigrams: bigrams.length, content: content.length }, content, bigrams };
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(word, id);
    }
    return id;
  }

  private bigramId(key: number | string): number {
    let id = this.bigramIds.get(key);
    if (id === undefined) {
      id = this.bigramIds.size;
      this.bigramIds.set(key, id);
    }
    return id;
  }
}

/** What similarity needs of one quote, computed once however many quotes it is compared with. */
export interface QuoteProfile {
  length: number;
  bigrams: ReadonlySet<string>;
  content: ReadonlySet<string>;
}

export function quoteProfile(words: readonly string[]): QuoteProfile {
  return { length: words.length, bigrams: bigrams(words), content: new Set(contentWords(words)) };
}

/** How many words, distinct bigrams and distinct content words a quote has. */
export interface ProfileSizes {
  length: number;
  bigrams: number;
  content: number;
}

/** What two quotes have in common: distinct bigrams and distinct content words. */
export interface SharedItems {
  bigrams: number;
  content: number;
}

/** Shared items as a share of the smaller quote's; 0 when that quote has none. */
function containment(shared: number, a: number, b: number): number {
  const smaller = Math.min(a, b);
  return smaller === 0 ? 0 : shared / smaller;
}

/**
 * `quoteSimilarity` from counts alone: how the shared items are counted (sets of words here, numbered
 * words in `alignQuotes`) does not change the score.
 */
export function similarityOfShared(a: ProfileSizes, b: ProfileSizes, shared: SharedItems): number {
  if (a.length === 0 || b.length === 0) return 0;
  const byBigrams = containment(shared.bigrams, a.bigrams, b.bigrams);
  const byContent = containment(shared.content, a.content, b.content);
  const weight = Math.min(1, Math.min(a.length, b.length) / FULL_WEIGHT_WORDS);
  return ((byBigrams + byContent) / 2) * weight;
}

/** `quoteSimilarity` of two profiles. */
export function profileSimilarity(a: QuoteProfile, b: QuoteProfile): number {
  const sizes = (profile: QuoteProfile): ProfileSizes => ({ length: profile.length, bigrams: profile.bigrams.size, content: profile.content.size });
  return similarityOfShared(sizes(a), sizes(b), { bigrams: sharedCount(a.bigrams, b.bigrams), content: sharedCount(a.content, b.content) });
}

/**
 * Similarity in [0, 1] of two quotes given as words: the mean of bigram and content-word
 * containment in the shorter one, scaled down for fragments under four words.
 */
export function quoteSimilarity(a: readonly string[], b: readonly string[]): number {
  return profileSimilarity(quoteProfile(a), quoteProfile(b));
}
