import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { findArticleFiles } from '../../src/ingest/find-files.js';
import { readArticle } from '../../src/ingest/read-article.js';
import { segment } from '../../src/segment/segment.js';
import type { Article } from '../../src/types.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';

// Ingest on the real articles of ../shared, read at run time. Nothing here names a file or a value
// of the corpus: the checks are properties any news corpus should have.

async function articlesUnder(...parts: string[]): Promise<Article[]> {
  const { files } = await findArticleFiles([sharedPath(...parts)]);
  return files.map(({ path: file }) => readArticle(file, readFileSync(file), 'text'));
}

/** Lines of excluded ranges that read like prose: long and ending a sentence. */
function excludedProse(article: Article): string[] {
  const out: string[] = [];
  for (const range of article.excluded) {
    // A comment section runs to the end of the article and may hold readers' sentences.
    if (range.label === 'comment-form' && range.span.end === article.text.length) continue;
    for (const line of article.text.slice(range.span.start, range.span.end).split(/\r?\n/u)) {
      if (line.trim().length >= 80 && /[.!?]["”’]?$/u.test(line.trim())) out.push(`${article.id}: ${line.trim()}`);
    }
  }
  return out;
}

describeWithShared('ingest on ../shared', () => {
  test('corpus folders: only articles are read (no README or EXPECTED), each gives text', async () => {
    const folders = (await readdir(sharedPath('corpus'), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    for (const folder of folders) {
      const { files } = await findArticleFiles([sharedPath('corpus', folder.name)]);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter(({ path: file }) => /^(?:readme|expected)/iu.test(path.basename(file)))).toEqual([]);
    }
  });

  test('ECB+ corpus articles with a URL line get the outlet and a dateline date in the year of their story', async () => {
    const folders = (await readdir(sharedPath('corpus'), { withFileTypes: true })).filter((entry) => entry.isDirectory() && /\d{4}$/u.test(entry.name));
    let checked = 0;
    for (const folder of folders) {
      const year = folder.name.slice(-4);
      for (const article of await articlesUnder('corpus', folder.name)) {
        if (!article.url) continue;
        checked++;
        expect({ id: article.id, outlet: typeof article.outlet, basis: article.published.basis, year: article.published.value?.slice(0, 4) }).toEqual({
          id: article.id,
          outlet: 'string',
          basis: 'dateline',
          year,
        });
        const span = article.published.span!;
        expect(article.published.evidence?.[0]?.text).toBe(article.text.slice(span.start, span.end));
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('boilerplate on the corpus: found where it is, and no prose is excluded', async () => {
    const all = (await Promise.all((await readdir(sharedPath('corpus'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => articlesUnder('corpus', e.name)))).flat();
    expect(all.flatMap(excludedProse)).toEqual([]);
    expect(all.some((article) => article.excluded.some((range) => range.reason === 'boilerplate'))).toBe(true);
  });

  test('the ECB+ bench: every file reads, most dated articles are found, no prose is excluded, sentences quote the text', async () => {
    const articles = await articlesUnder('bench', 'ecbplus');
    expect(articles.length).toBeGreaterThan(900);
    const withUrl = articles.filter((article) => article.url !== undefined);
    const dated = withUrl.filter((article) => article.published.basis === 'dateline');
    expect(dated.length / withUrl.length).toBeGreaterThanOrEqual(0.8);
    expect(articles.flatMap(excludedProse)).toEqual([]);
    for (const article of articles) {
      for (const sentence of segment(article).sentences) {
        if (article.text.slice(sentence.span.start, sentence.span.end) !== sentence.text) throw new Error(`${article.id}: sentence ${sentence.index} misquoted`);
      }
    }
  });
});
