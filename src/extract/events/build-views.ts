import type { Claim, Document } from '../../types.js';
import { fallbackPersons } from './fallback-names.js';
import { mentionOf, type Mention, type SentenceView } from './sentence-view.js';
import { DocumentCache } from '../document-cache.js';

/** The sentence views of one article, built when first asked for. */
export interface SentenceViews {
  readonly length: number;
  at(index: number): SentenceView;
}

/** Sorts the claims of earlier extractors into their sentences, in one pass. */
function claimsBySentence(doc: Document, earlier: readonly Claim[]): Claim[][] {
  const buckets: Claim[][] = doc.sentences.map(() => []);
  for (const claim of earlier) buckets[claim.sentence]?.push(claim);
  return buckets;
}

function mentionsOf(claims: readonly Claim[], kind: Claim['kind'], tokens: SentenceView['tokens']): Mention[] {
  const mentions: Mention[] = [];
  for (const claim of claims) {
    if (claim.kind !== kind) continue;
    const mention = mentionOf(claim, tokens);
    if (mention) mentions.push(mention);
  }
  return mentions.sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * Views are built on demand: most sentences hold no event word and no superlative, and are never
 * looked at. Record claims are laid over again when the meeting extractor asks after the record
 * extractor added some.
 */
class LazyViews implements SentenceViews {
  private readonly built: (SentenceView | undefined)[];
  private readonly buckets: Claim[][];
  private records: Claim[][];
  private readonly guessPlaces: boolean;
  /** Names found from capitalisation, per sentence, when the article has no person claims. */
  private readonly fallback: Mention[][] | undefined;

  constructor(
    private readonly doc: Document,
    earlier: readonly Claim[],
  ) {
    this.built = new Array(doc.sentences.length);
    this.buckets = claimsBySentence(doc, earlier.filter((claim) => claim.kind !== 'record'));
    this.records = claimsBySentence(doc, earlier.filter((claim) => claim.kind === 'record'));
    this.guessPlaces = !earlier.some((claim) => claim.kind === 'place');
    // Surnames are learnt in reading order, so fallback names are found for the whole article at once.
    this.fallback = earlier.some((claim) => claim.kind === 'person') ? undefined : this.fallbackNames();
  }

  get length(): number {
    return this.doc.sentences.length;
  }

  at(index: number): SentenceView {
    return (this.built[index] ??= this.make(index));
  }

  /** Lays the record claims of `earlier` over the views again. */
  refreshRecords(earlier: readonly Claim[]): void {
    this.records = claimsBySentence(this.doc, earlier.filter((claim) => claim.kind === 'record'));
    this.built.forEach((view, index) => {
      if (view) view.records = mentionsOf(this.records[index]!, 'record', view.tokens);
    });
  }

  private make(index: number): SentenceView {
    const sentence = this.doc.sentences[index]!;
    const claims = this.buckets[index]!;
    const tokens = sentence.tokens;
    return {
      sentence,
      tokens,
      lower: tokens.map((token) => token.text.toLowerCase()),
      persons: this.fallback ? this.fallback[index]! : mentionsOf(claims, 'person', tokens),
      organizations: mentionsOf(claims, 'organization', tokens),
      places: mentionsOf(claims, 'place', tokens),
      times: mentionsOf(claims, 'time', tokens),
      records: mentionsOf(this.records[index]!, 'record', tokens),
      guessPlaces: this.guessPlaces,
      guessPersons: this.fallback !== undefined,
    };
  }

  private fallbackNames(): Mention[][] {
    const surnames = new Map<string, string>();
    return this.doc.sentences.map((sentence, index) => {
      const claims = this.buckets[index]!;
      const others = [...mentionsOf(claims, 'organization', sentence.tokens), ...mentionsOf(claims, 'place', sentence.tokens), ...mentionsOf(claims, 'time', sentence.tokens)];
      const claimed = (i: number) => others.some((mention) => mention.from <= i && i < mention.to);
      return fallbackPersons(sentence.tokens, surnames, claimed);
    });
  }
}

/** The sentence views of a document: read by the record and meeting extractors. */
export const VIEWS_CACHE = new DocumentCache<{ others: number; views: LazyViews }>();

/**
 * The sentence views of an article: tokens lower-cased and the person, organisation, place, time
 * and record claims laid over them. When the article has no person claims at all (the person
 * extractor did not run), names are found from capitalisation and titles instead. The record and
 * meeting extractors share one set per article when only record claims were added in between.
 */
export function buildViews(doc: Document, earlier: readonly Claim[]): SentenceViews {
  const others = earlier.reduce((count, claim) => (claim.kind === 'record' ? count : count + 1), 0);
  const cached = VIEWS_CACHE.get(doc);
  if (cached && cached.others === others) {
    cached.views.refreshRecords(earlier);
    return cached.views;
  }
  const views = new LazyViews(doc, earlier);
  VIEWS_CACHE.set(doc, { others, views });
  return views;
}
