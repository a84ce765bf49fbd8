import type { Claim, Document } from '../../types.js';
import { fallbackPersons } from './fallback-names.js';
import { mentionOf, type Mention, type SentenceView } from './sentence-view.js';

/** Sorts the claims of earlier extractors into their sentences, in one pass. */
function claimsBySentence(doc: Document, earlier: readonly Claim[]): Claim[][] {
  const buckets: Claim[][] = doc.sentences.map(() => []);
  for (const claim of earlier) buckets[claim.sentence]?.push(claim);
  return buckets;
}

function mentionsOf(claims: readonly Claim[], kind: Claim['kind'], view: Pick<SentenceView, 'tokens'>): Mention[] {
  const mentions: Mention[] = [];
  for (const claim of claims) {
    if (claim.kind !== kind) continue;
    const mention = mentionOf(claim, view.tokens);
    if (mention) mentions.push(mention);
  }
  return mentions.sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * One view per sentence: tokens lower-cased and the person, organisation, place, time and record
 * claims laid over them. When the article has no person claims at all (the person extractor did
 * not run), names are found from capitalisation and titles instead.
 */
export function buildViews(doc: Document, earlier: readonly Claim[]): SentenceView[] {
  // The record and meeting extractors both read the article; the second reuses the first's views
  // when only record claims were added in between.
  const others = earlier.reduce((count, claim) => (claim.kind === 'record' ? count : count + 1), 0);
  const cached = CACHE.get(doc);
  if (cached && cached.others === others) {
    const records = claimsBySentence(doc, earlier.filter((claim) => claim.kind === 'record'));
    for (const view of cached.views) view.records = mentionsOf(records[view.sentence.index] ?? [], 'record', view);
    return cached.views;
  }
  const views = freshViews(doc, earlier);
  CACHE.set(doc, { others, views });
  return views;
}

const CACHE = new WeakMap<Document, { others: number; views: SentenceView[] }>();

function freshViews(doc: Document, earlier: readonly Claim[]): SentenceView[] {
  const buckets = claimsBySentence(doc, earlier);
  const hasPersons = earlier.some((claim) => claim.kind === 'person');
  const guessPlaces = !earlier.some((claim) => claim.kind === 'place');
  const surnames = new Map<string, string>();
  return doc.sentences.map((sentence, index) => {
    const claims = buckets[index]!;
    const base = { tokens: sentence.tokens };
    const view: SentenceView = {
      sentence,
      tokens: sentence.tokens,
      lower: sentence.tokens.map((token) => token.text.toLowerCase()),
      persons: mentionsOf(claims, 'person', base),
      organizations: mentionsOf(claims, 'organization', base),
      places: mentionsOf(claims, 'place', base),
      times: mentionsOf(claims, 'time', base),
      records: mentionsOf(claims, 'record', base),
      guessPlaces,
      guessPersons: !hasPersons,
    };
    if (!hasPersons) {
      const others = [...view.organizations, ...view.places, ...view.times];
      const claimed = (i: number) => others.some((mention) => mention.from <= i && i < mention.to);
      view.persons = fallbackPersons(sentence.tokens, surnames, claimed);
    }
    return view;
  });
}
