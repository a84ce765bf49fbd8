import type { Article } from '../types.js';

/**
 * How many independent sources stand behind a set of articles: articles of one outlet count once.
 * (Copies of one wire story under different outlets still count apart: we cannot see syndication.)
 */
export function independentSources(articles: readonly Article[]): number {
  const keys = new Set(articles.map((article) => (article.outlet ? `outlet:${article.outlet.toLowerCase()}` : `article:${article.id}`)));
  return keys.size;
}
