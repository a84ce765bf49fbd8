import type { Article, ArticleReport } from '../types.js';

/** An article as the JSON report lists it: where it is and what is known of it, not its text. */
export function articleReport(article: Article): ArticleReport {
  return {
    id: article.id,
    path: article.path,
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    textSource: article.textSource,
    published: article.published,
  };
}
