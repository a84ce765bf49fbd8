import type { Article, Claim, EventGroup } from '../types.js';

/**
 * Groups claims into events across articles. (The reconciler issue makes this real: time intervals,
 * places with containment, participants and predicate.) Until then, every article's claims form one
 * story-level group so rules can still compare across articles.
 */
export function groupEvents(articles: readonly Article[], claims: readonly Claim[]): EventGroup[] {
  if (articles.length === 0) return [];
  return [
    {
      id: 'story',
      label: 'the story',
      articles: articles.map((article) => article.id),
      claims: claims.map((claim) => claim.id),
    },
  ];
}
