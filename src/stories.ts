import path from 'node:path';
import type { Article } from './types.js';

/**
 * The story an article is compared within: the one its input names (a JSONL record's `story`), else
 * the folder that holds it. Articles of different stories are never compared, so a run over a tree of
 * story folders (a newsroom's archive, a research corpus) costs the sum of its stories, not their product.
 */
export function storyOf(article: Article): string {
  return article.story ?? storyOfFile(article.path);
}

/** The story of an article read from a file: its folder (a file never names another). */
export function storyOfFile(file: string): string {
  return path.dirname(file);
}

/** Articles grouped by story, stories in the order their first article comes, articles in input order. */
export function groupByStory(articles: readonly Article[]): Map<string, Article[]> {
  const stories = new Map<string, Article[]>();
  for (const article of articles) {
    const story = storyOf(article);
    const list = stories.get(story);
    if (list) list.push(article);
    else stories.set(story, [article]);
  }
  return stories;
}

/**
 * Short, stable labels for stories, used to keep event ids apart when a run holds several: each story's
 * path relative to the folder all of them share ("1", "12", "blinken").
 */
export function storyLabels(stories: readonly string[]): Map<string, string> {
  const parts = stories.map((story) => story.split(/[\\/]+/u));
  let common = 0;
  while (parts.every((p) => p.length > common + 1 && p[common] === parts[0]![common])) common++;
  return new Map(stories.map((story, i) => [story, parts[i]!.slice(common).join('/') || story]));
}
