import path from 'node:path';
import type { Article, ArticleFormat, ExcludedRange, InputProblem, PublishedDate } from '../types.js';
import { findBoilerplate } from './boilerplate.js';
import { decodeBytes } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import type { ArticleMetadata } from './manifest.js';
import { outletFromUrl, readMetadataLines } from './metadata-lines.js';
import { parsePublished } from './published.js';

/** Metadata given from outside the file, with where it came from. */
export interface GivenMetadata extends ArticleMetadata {
  /** Whether `published` came from the command line (wins over everything in the file). */
  publishedFromCommandLine?: boolean;
}

export function articleIdOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/u, '');
}

/** Thrown when a file cannot be turned into an article; the caller reports it as an `input` finding. */
export class ArticleError extends Error {}

function toPublished(raw: string, basis: PublishedDate['basis'], where: string, problems: Omit<InputProblem, 'path'>[]): PublishedDate | undefined {
  const parsed = parsePublished(raw);
  if (!parsed) {
    problems.push({ severity: 'warning', message: `${where}: cannot read "${raw}" as a date; ignored` });
    return undefined;
  }
  return { value: parsed.value, basis, confidence: 1, ...(parsed.dateTime ? { dateTime: parsed.dateTime } : {}) };
}

function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? undefined : String(value);
}

/**
 * Turns one file's bytes into an Article: decodes, reads front matter, metadata lines and HTML,
 * marks boilerplate, and settles the publication date by precedence:
 * command line > front matter > manifest > dateline in the text.
 */
export function readArticle(file: string, bytes: Uint8Array, format: ArticleFormat, given: GivenMetadata = {}): Article {
  const decoded = decodeBytes(bytes);
  const problems: Omit<InputProblem, 'path'>[] = [...decoded.problems];
  let text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  const excluded: ExcludedRange[] = [];
  let title: string | undefined;
  let outlet: string | undefined;
  let url: string | undefined;
  let published: PublishedDate | undefined;
  let textSource: Article['textSource'] = 'file';

  if (format === 'html') {
    const html = readHtml(text);
    text = html.text;
    textSource = 'html-text';
    title = html.title;
    outlet = html.outlet;
    url = html.url;
    if (html.published) published = toPublished(html.published, 'front-matter', 'HTML metadata', problems);
  }

  let bodyStart = 0;
  if (format !== 'html') {
    const frontMatter = readFrontMatter(text);
    if (frontMatter) {
      excluded.push({ span: frontMatter.span, reason: 'front-matter', label: 'yaml' });
      bodyStart = frontMatter.span.end;
      const data = frontMatter.data;
      title = stringField(data, 'title') ?? title;
      outlet = stringField(data, 'outlet') ?? stringField(data, 'source') ?? outlet;
      url = stringField(data, 'url') ?? url;
      const raw = stringField(data, 'published') ?? stringField(data, 'date');
      if (raw) published = toPublished(raw.replace(/T00:00:00\.000Z$/u, ''), 'front-matter', 'front matter "published"', problems) ?? published;
    }
  }

  const lines = readMetadataLines(text, bodyStart);
  for (const line of lines.spans) excluded.push({ span: line.span, reason: 'metadata', label: line.label });
  url ??= lines.url;
  outlet ??= lines.outlet;
  if (!published && given.published && !given.publishedFromCommandLine) {
    published = toPublished(given.published, 'given', 'manifest "published"', problems);
  }
  if (!published && lines.published) {
    published = {
      value: lines.published.value,
      basis: 'dateline',
      confidence: 1,
      span: lines.published.span,
      ...(lines.published.dateTime ? { dateTime: lines.published.dateTime } : {}),
    };
  }
  if (given.published && given.publishedFromCommandLine) {
    published = toPublished(given.published, 'given', '--published', problems) ?? published;
  }
  title = given.title ?? title;
  outlet = given.outlet ?? outlet ?? (given.url ? outletFromUrl(given.url) : undefined) ?? (url ? outletFromUrl(url) : undefined);
  url = given.url ?? url;

  excluded.push(...findBoilerplate(text, bodyStart));
  excluded.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  return {
    id: articleIdOf(file),
    path: file,
    format,
    text,
    textSource,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
    published: published ?? { value: null, basis: null },
    excluded,
    problems: problems.map((problem) => ({ ...problem, path: file })),
  };
}
