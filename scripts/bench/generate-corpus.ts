/**
 * A corpus of any size made from the project's own example articles (`examples/`): each story is the
 * examples again with other places, people, numbers and dates, so every story carries the same kinds of
 * agreements and disagreements. Deterministic: the same count gives the same files.
 *
 *   node .build/scripts/scripts/bench/generate-corpus.js <articles> <folder> [--jsonl FILE]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { variantStory, type StoryVariant } from './vary-text.js';

/** One example article, as read from `examples/`. */
export interface ExampleArticle {
  /** File name without extension. */
  base: string;
  extension: string;
  text: string;
}

export function readExamples(folder = path.resolve(process.cwd(), 'examples')): ExampleArticle[] {
  return readdirSync(folder)
    .filter((name) => /\.(md|txt|html)$/u.test(name))
    .sort()
    .map((name) => ({ base: name.replace(/\.[^.]+$/u, ''), extension: path.extname(name), text: readFileSync(path.join(folder, name), 'utf8') }));
}

/** One generated article. */
export interface GeneratedArticle {
  /** Unique in the corpus: story number and example name. */
  id: string;
  story: string;
  /**
   * Path relative to the corpus folder: `part-NNN/<story>/<id>.<ext>`. Each story is a folder of its own,
   * as `check` expects (a folder is a story); parts hold at most 1,000 articles' stories.
   */
  file: string;
  text: string;
  /** The format the text is in, for JSONL input. */
  format: 'text' | 'markdown' | 'html';
}

const FILES_PER_FOLDER = 1000;
const FORMAT_OF: Record<string, GeneratedArticle['format']> = { '.md': 'markdown', '.txt': 'text', '.html': 'html' };

/** The articles of a corpus of `count` articles, story after story, generated one at a time. */
export function* generateArticles(count: number, examples: readonly ExampleArticle[] = readExamples()): Generator<GeneratedArticle> {
  if (examples.length === 0) throw new Error('no example articles to vary');
  for (let index = 0; index < count; index++) {
    const storyNumber = Math.floor(index / examples.length);
    const example = examples[index % examples.length]!;
    const story: StoryVariant = variantStory(storyNumber);
    const storyId = `s${String(storyNumber).padStart(6, '0')}`;
    const id = `${storyId}-${example.base}`;
    const folder = `part-${String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0')}`;
    yield { id, story: storyId, file: `${folder}/${storyId}/${id}${example.extension}`, text: story.apply(example.text), format: FORMAT_OF[example.extension] ?? 'text' };
  }
}

/** Writes a corpus of `count` articles under `folder` (and, when asked, the same articles as JSONL). */
export function writeCorpus(count: number, folder: string, jsonl?: string): { bytes: number } {
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  const lines: string[] = [];
  let made = '';
  for (const article of generateArticles(count)) {
    const target = path.join(folder, article.file);
    const parent = path.dirname(target);
    if (parent !== made) mkdirSync((made = parent), { recursive: true });
    writeFileSync(target, article.text);
    bytes += Buffer.byteLength(article.text);
    if (jsonl) lines.push(JSON.stringify({ id: article.id, story: article.story, format: article.format, path: article.file, text: article.text }));
  }
  if (jsonl) writeFileSync(jsonl, `${lines.join('\n')}\n`);
  return { bytes };
}

if (process.argv[1]?.endsWith('generate-corpus.js')) {
  const [count, folder, flag, jsonl] = process.argv.slice(2);
  if (!count || !folder || !/^\d+$/u.test(count)) {
    process.stderr.write('usage: generate-corpus <articles> <folder> [--jsonl FILE]\n');
    process.exitCode = 2;
  } else {
    const { bytes } = writeCorpus(Number(count), folder, flag === '--jsonl' ? jsonl : undefined);
    process.stdout.write(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${folder}\n`);
  }
}
