/**
 * Worker threads change how fast, never what: the built CLI gives the same bytes with one thread and
 * with several, for every output that lists claims.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeCorpus } from '../../scripts/bench/generate-corpus.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';
import { spawnCli } from '../stream/built-cli.js';

const TIMEOUT = 180_000;

describe('output with worker threads', () => {
  let temp: TempFolder;
  let corpus: string;
  let jsonl: string;
  beforeAll(async () => {
    temp = await tempFolder();
    corpus = path.join(temp.root, 'corpus');
    jsonl = path.join(temp.root, 'corpus.jsonl');
    // Enough articles for several batches per worker.
    writeCorpus(96, corpus, jsonl);
  });
  afterAll(() => temp.remove());

  test('check --format json: the same bytes with --jobs 1 and --jobs 3', async () => {
    const [one, three] = await Promise.all([
      spawnCli(['check', corpus, '--format', 'json', '--ci', '--jobs', '1']),
      spawnCli(['check', corpus, '--format', 'json', '--ci', '--jobs', '3']),
    ]);
    expect(one.code).not.toBe(2);
    expect(JSON.parse(one.stdout).articles).toHaveLength(96);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  }, TIMEOUT);

  test('check --format sarif (a report built in memory): the same bytes with --jobs 1 and --jobs 3', async () => {
    // Three threads take whole stories (each finished where it was extracted); one thread finishes them itself.
    const [one, three] = await Promise.all([spawnCli(['check', corpus, '--format', 'sarif', '--jobs', '1']), spawnCli(['check', corpus, '--format', 'sarif', '--jobs', '3'])]);
    expect(one.code).not.toBe(2);
    expect(JSON.parse(one.stdout).runs[0].results.length).toBeGreaterThan(0);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  }, TIMEOUT);

  test('extract --format jsonl from stdin: the same records, in input order, with --jobs 1 and --jobs 2', async () => {
    const input = await readFile(jsonl, 'utf8');
    const [one, two] = await Promise.all([
      spawnCli(['extract', '-', '--format', 'jsonl', '--jobs', '1'], { stdin: input }),
      spawnCli(['extract', '-', '--format', 'jsonl', '--jobs', '2'], { stdin: input }),
    ]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const articleIds = one.stdout.trim().split('\n').map((line) => JSON.parse(line)).filter((record) => record.type === 'article').map((record) => record.article.id);
    const inputIds = input.trim().split('\n').map((line) => JSON.parse(line).id);
    expect(articleIds).toEqual(inputIds);
  }, TIMEOUT);
});

describeWithShared('output with worker threads, articles without a publication date', () => {
  // Most of the shared stories' articles carry no date: it is inferred from the story after the
  // workers are done, and the articles are extracted again with the time expressions the workers found.
  test('check --format json on every shared story: the same bytes with --jobs 1 and --jobs 2', async () => {
    const corpus = sharedPath('corpus');
    const [one, two] = await Promise.all([
      spawnCli(['check', corpus, '--format', 'json', '--ci', '--jobs', '1']),
      spawnCli(['check', corpus, '--format', 'json', '--ci', '--jobs', '2']),
    ]);
    expect(one.code).not.toBe(2);
    const articles = JSON.parse(one.stdout).articles as { published: { basis: string | null } }[];
    expect(articles.some((article) => article.published.basis === 'inferred')).toBe(true);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  }, TIMEOUT);
});
