import type { Article, ArticleFormat, InputProblem } from '../types.js';
import type { GivenMetadata } from '../ingest/read-article.js';

/**
 * One article on a line of JSONL input (`corroborate extract -`): `id` and `text` are required;
 * `published` (a date or a date-time with zone), `outlet`, `url` and `title` are the metadata a
 * manifest would give; `story` names the group it is reconciled with; `path` is shown in reports
 * (default: the id); `format` is `text` (default), `markdown` or `html`.
 */
export interface ArticleInput {
  id: string;
  text: string;
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
  story?: string;
  path?: string;
  format?: ArticleFormat;
}

/** An input line turned into what `readArticle` needs, or the problem that keeps it out. */
export type ParsedInput = { input: ArticleInput; given: GivenMetadata } | { problem: InputProblem };

const FORMATS: readonly ArticleFormat[] = ['text', 'markdown', 'html'];
const OPTIONAL_STRINGS = ['published', 'outlet', 'url', 'title', 'story', 'path'] as const;

/**
 * Validates one JSONL article (`where` is `<stdin>:LINE`, for the message). `commandLinePublished`
 * is `--published`, which wins over the record's own date, as it wins over a file's.
 */
export function parseArticleInput(line: string, where: string, commandLinePublished?: (id: string) => string | undefined): ParsedInput {
  const problem = (message: string): ParsedInput => ({ problem: { path: where, severity: 'error', message } });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return problem(`not a JSON object: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('not a JSON object; each line must be {"id": …, "text": …}');
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id.trim() === '') return problem('no "id" (a non-empty string)');
  if (typeof record.text !== 'string') return problem(`article "${record.id}" has no "text" (a string)`);
  for (const key of OPTIONAL_STRINGS) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') return problem(`article "${record.id}": "${key}" must be a string`);
  }
  const format = record.format ?? 'text';
  if (!FORMATS.includes(format as ArticleFormat)) return problem(`article "${record.id}": "format" must be one of ${FORMATS.join(', ')}`);
  const input: ArticleInput = { id: record.id, text: record.text, format: format as ArticleFormat };
  for (const key of OPTIONAL_STRINGS) if (typeof record[key] === 'string') input[key] = record[key];
  const manifest = { ...(input.title !== undefined ? { title: input.title } : {}), ...(input.outlet !== undefined ? { outlet: input.outlet } : {}), ...(input.url !== undefined ? { url: input.url } : {}), ...(input.published !== undefined ? { published: input.published } : {}) };
  const overridden = commandLinePublished?.(input.id);
  return { input, given: { manifest, ...(overridden !== undefined ? { commandLinePublished: overridden } : {}) } };
}

/**
 * Gives an article read from an input line the record's own id: `readArticle` derives ids from file
 * names, which would cut an id such as `2024.04.24-wire` at its first dot.
 */
export function withInputId(article: Article, id: string): Article {
  if (article.id === id) return article;
  const from = article.id;
  const published = article.published.evidence
    ? { ...article.published, evidence: article.published.evidence.map((step) => (step.article === from ? { ...step, article: id } : step)) }
    : article.published;
  return { ...article, id, published };
}
