import path from 'node:path';
import type { Article, ArticleFormat, ExcludedRange, InputProblem, PublishedDate } from '../types.js';
import { findBoilerplate } from './boilerplate.js';
import { decodeBytes, UndecodableError } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import type { ArticleMetadata } from './manifest.js';
import { outletFromUrl, readMetadataLines, type DatelineDate } from './metadata-lines.js';
import { parsePublished } from './published.js';

/** Metadata given from outside the file: the manifest's entry, and `--published` from the command line. */
export interface GivenMetadata {
  manifest?: ArticleMetadata;
  /** `--published`: wins over everything in the file. */
  commandLinePublished?: string;
}

export function articleIdOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/u, '');
}

/** Thrown when a file cannot be turned into an article; the caller reports it as an `input` finding. */
export class ArticleError extends Error {}

type Problem = Omit<InputProblem, 'path'>;

function givenDate(raw: string, basis: 'given' | 'front-matter', where: string, problems: Problem[]): PublishedDate | undefined {
  const parsed = parsePublished(raw);
  if (!parsed) {
    problems.push({ severity: 'warning', message: `${where}: cannot read "${raw}" as a date; ignored` });
    return undefined;
  }
  return { value: parsed.value, basis, confidence: 1, ...(parsed.dateTime ? { dateTime: parsed.dateTime } : {}) };
}

const DATELINE_REASON: Record<DatelineDate['label'], string> = {
  published: 'a "published" line at the top of the article',
  posted: 'a "posted" line at the top of the article',
  bare: 'a date line at the top of the article',
  updated: 'an "updated" line at the top of the article (the first publication may be earlier)',
};

function datelineDate(id: string, text: string, found: DatelineDate, problems: Problem[]): PublishedDate {
  const quoted = text.slice(found.line.start, found.line.end).trim();
  for (const { from, to } of found.corrections) {
    problems.push({ severity: 'info', message: `dateline "${quoted}": read "${from}" as "${to}"` });
  }
  return {
    value: found.value,
    basis: 'dateline',
    confidence: (found.label === 'updated' ? 0.8 : 1) - (found.corrections.length > 0 ? 0.1 : 0),
    ...(found.dateTime ? { dateTime: found.dateTime } : {}),
    span: found.span,
    evidence: [{ article: id, reason: DATELINE_REASON[found.label], text: text.slice(found.span.start, found.span.end), span: found.span }],
  };
}

/** A front-matter value as text; lists and maps are not metadata values. */
function field(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  const lower = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  for (const key of keys) {
    const value = lower.get(key);
    if (value !== undefined && value !== null && typeof value !== 'object' && String(value).trim() !== '') return String(value).trim();
  }
  return undefined;
}

/**
 * Turns one file's bytes into an Article: decodes, reads front matter (or the HTML page's
 * metadata), metadata lines and boilerplate. Metadata precedence, strongest first:
 * command line > front matter / HTML metadata > manifest > lines at the top of the text.
 * Throws `ArticleError` when there is nothing to check (binary or empty file).
 */
export function readArticle(file: string, bytes: Uint8Array, format: ArticleFormat, given: GivenMetadata = {}): Article {
  const id = articleIdOf(file);
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof UndecodableError) throw new ArticleError(error.message);
    throw error;
  }
  const problems: Problem[] = [...decoded.problems];
  let text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  const excluded: ExcludedRange[] = [];
  // What the file says about itself: front matter, or the HTML page's metadata.
  const own: ArticleMetadata = {};
  let textSource: Article['textSource'] = 'file';
  let bodyStart = 0;

  if (format === 'html') {
    const html = readHtml(text);
    text = html.text;
    textSource = 'html-text';
    Object.assign(own, html);
    delete (own as { text?: string }).text;
  } else {
    const frontMatter = readFrontMatter(text);
    if (frontMatter) {
      for (const warning of frontMatter.warnings) problems.push({ severity: 'warning', message: warning });
      if (frontMatter.error !== undefined) problems.push({ severity: 'error', message: frontMatter.error });
      if (frontMatter.span) {
        excluded.push({ span: frontMatter.span, reason: 'front-matter', label: 'yaml' });
        bodyStart = frontMatter.span.end;
      }
      const data = frontMatter.data;
      const values: ArticleMetadata = {
        title: field(data, 'title', 'headline'),
        outlet: field(data, 'outlet', 'source', 'publisher', 'site'),
        url: field(data, 'url', 'link', 'canonical'),
        published: field(data, 'published', 'date', 'publishdate', 'pubdate', 'published_at'),
      };
      for (const key of ['title', 'outlet', 'url', 'published'] as const) if (values[key] !== undefined) own[key] = values[key];
    }
  }
  if (text.slice(bodyStart).trim() === '') {
    throw new ArticleError(format === 'html' ? 'no article text found in the HTML' : bytes.length === 0 ? 'empty file; nothing to check' : 'no article text (only whitespace or front matter)');
  }

  const lines = readMetadataLines(text, bodyStart);
  for (const line of lines.spans) excluded.push({ span: line.span, reason: 'metadata', label: line.label });
  const manifest = given.manifest ?? {};

  const published =
    (given.commandLinePublished !== undefined ? givenDate(given.commandLinePublished, 'given', '--published', problems) : undefined) ??
    (own.published !== undefined ? givenDate(own.published, 'front-matter', format === 'html' ? 'HTML metadata "published"' : 'front matter "published"', problems) : undefined) ??
    (manifest.published !== undefined ? givenDate(manifest.published, 'given', 'manifest "published"', problems) : undefined) ??
    (lines.published ? datelineDate(id, text, lines.published, problems) : undefined) ?? { value: null, basis: null };

  const title = own.title ?? manifest.title;
  const url = own.url ?? manifest.url ?? lines.url;
  const outlet = own.outlet ?? manifest.outlet ?? (url !== undefined ? outletFromUrl(url) : undefined) ?? lines.outlet;

  for (const range of findBoilerplate(text, bodyStart)) excluded.push(range);
  excluded.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  return {
    id,
    path: file,
    format,
    text,
    textSource,
    ...(title !== undefined ? { title } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(url !== undefined ? { url } : {}),
    published,
    excluded,
    problems: problems.map((problem) => ({ ...problem, path: file })),
  };
}
