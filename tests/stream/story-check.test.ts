import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildResult, checkExtracted, problemFindings, readAndExtract, runCheck, runExtract, type RunOptions } from '../../src/pipeline.js';
import { runByStory, type SpooledRun } from '../../src/stream/story-check.js';
import { openExtractStream } from '../../src/stream/extract-stream.js';
import { writePrettyJson } from '../../src/stream/write-json.js';
import type { Finding } from '../../src/types.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

// The example articles, told as two stories in a tree where one folder's files come before and after
// another story's folder (a walk visits `quake/a-…`, `quake/later/…`, then `quake/z-…`), plus files
// that cannot be read.
let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  const examples = path.resolve('examples');
  const names = (await readdir(examples)).filter((name) => /\.(md|txt|html)$/u.test(name)).sort();
  for (const [i, name] of names.entries()) {
    const text = await readFile(path.join(examples, name), 'utf8');
    // Story "quake": the examples as they are, one of them walked after the sub-folder's story.
    await folder.write(`quake/${i === 2 ? 'z' : 'a'}-${name}`, text);
    // Story "quake/later": the same articles a year on, with other ids.
    await folder.write(`quake/later/${name.replace(/^\d+/u, (n) => `x${n}`)}`, text.replace(/2025/gu, '2026'));
  }
  await folder.write('quake/empty.txt', '');
  // A story whose first file cannot be read, and whose first article comes after another story's.
  await folder.write('mixed/a-broken.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await folder.write('mixed/m/ferry.txt', 'The ferry to Kisumu sank on Monday; 12 people died, police said on Tuesday.\n');
  await folder.write('mixed/z-ferry.txt', 'Police said on Tuesday that 14 people died when the ferry to Kisumu sank on Monday.\n');
  await folder.write('other/undated.txt', 'Rescuers said on Tuesday that 40 people had died after the dam failed near Kisumu.\n');
  // The start of a PNG file: NUL bytes where no text has them.
  await folder.write('other/binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
});
afterAll(() => folder.remove());

async function written(run: SpooledRun, options: { events: boolean; keep?: (finding: Pick<Finding, 'severity'>) => boolean }): Promise<string> {
  let out = '';
  const head = { schemaVersion: 1, tool: { name: 'corroborate', version: 'test' }, articles: run.articles };
  try {
    await run.spool.write(head, async (text) => void (out += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), { label: run.label, ...options });
  } finally {
    run.spool.close();
  }
  return out;
}

async function inMemory(value: Record<string, unknown>): Promise<string> {
  let out = '';
  await writePrettyJson({ ...value, tool: { name: 'corroborate', version: 'test' } }, async (text) => void (out += text));
  return out;
}

/** The report of the whole run held in memory, reconciled once every article is extracted: what going story by story must give. */
async function wholeRun(paths: string[], options: RunOptions = {}) {
  return checkExtracted(await readAndExtract(paths, options)).result;
}

/** The claims of the whole run held in memory, dated once every article is extracted. */
async function wholeExtract(paths: string[], options: RunOptions = {}) {
  const run = await readAndExtract(paths, options);
  return buildResult(run.articles, run.claims, problemFindings(run));
}

describe('check story by story', () => {
  test('writes the report check builds in memory, byte for byte, over several interleaved stories', async () => {
    const published = { publishedById: new Map([['undated', '2025-03-12']]) };
    const expected = await inMemory((await wholeRun([folder.root], { ...published })) as unknown as Record<string, unknown>);
    expect(await inMemory((await runCheck([folder.root], { ...published })).result as unknown as Record<string, unknown>)).toBe(expected);
    const actual = await written(await runByStory([folder.root], { ...published, reconcile: true }), { events: true });
    expect(actual).toBe(expected);
    const report = JSON.parse(actual) as { articles: unknown[]; findings: Finding[]; events: { id: string }[] };
    // The run holds three stories, so event ids carry their story's label; the bad files are findings.
    expect(report.events.some((event) => event.id.startsWith('quake/later/'))).toBe(true);
    expect(report.findings.filter((finding) => finding.rule === 'input' && finding.severity === 'error')).toHaveLength(3);
  });

  test('with --quiet, only the errors are written; the rest of the report is unchanged', async () => {
    const full = await wholeRun([folder.root]);
    const expected = await inMemory({ ...full, findings: full.findings.filter((finding) => finding.severity === 'error') } as unknown as Record<string, unknown>);
    const actual = await written(await runByStory([folder.root], { reconcile: true }), { events: true, keep: (finding) => finding.severity === 'error' });
    expect(actual).toBe(expected);
  });

  test('without reconciling, it writes what extract writes', async () => {
    const expected = await inMemory((await wholeExtract([folder.root])) as unknown as Record<string, unknown>);
    expect(await inMemory((await runExtract([folder.root])).result as unknown as Record<string, unknown>)).toBe(expected);
    const actual = await written(await runByStory([folder.root], { reconcile: false }), { events: false });
    expect(actual).toBe(expected);
  });

  test('counts findings by severity, and a run of one story keeps its event ids as they are', async () => {
    const run = await runByStory([path.join(folder.root, 'quake', 'later')], { reconcile: true });
    const counts = run.spool.counts();
    const report = JSON.parse(await written(run, { events: true })) as { findings: Finding[]; events: { id: string }[] };
    expect(counts).toEqual({
      error: report.findings.filter((finding) => finding.severity === 'error').length,
      warning: report.findings.filter((finding) => finding.severity === 'warning').length,
      info: report.findings.filter((finding) => finding.severity === 'info').length,
    });
    expect(report.events.length).toBeGreaterThan(0);
    expect(report.events.every((event) => !event.id.includes('/'))).toBe(true);
  });
});

describe('whole stories on the threads', () => {
  // Stories whose files come together, as a walk of story folders gives them: each can be extracted,
  // dated and reconciled on one thread. Undated articles, dated from their story; an unreadable file
  // inside a story; a story of one article.
  let stories: TempFolder;
  beforeAll(async () => {
    stories = await tempFolder();
    const examples = path.resolve('examples');
    const names = (await readdir(examples)).filter((name) => /\.(md|txt|html)$/u.test(name)).sort();
    for (const name of names) await stories.write(`a-quake/${name}`, await readFile(path.join(examples, name), 'utf8'));
    // Undated: dated from their own text and each other's (a month cue, a record, a year).
    const march = (crowd: string, extra: string) =>
      `About ${crowd} people walked through Tollan on Saturday, the biggest march in the city in nearly six years.\n\n` +
      'It was the first march past the Marenbury assembly since the November 2015 protests against the dam.\n\n' +
      `The organisers had to cope with record rain for mid-August, which flooded the square on Friday. ${extra}\n`;
    await stories.write('b-march/march-a.txt', march('30,000', 'Police put the crowd at 12,000.'));
    await stories.write('b-march/march-b.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await stories.write('b-march/march-c.txt', march('20,000', 'The mayor, Ilse Varga, spoke at the end.'));
    await stories.write('c-ferry/ferry-1.txt', 'The ferry to Kisumu sank on Monday; 12 people died, police said on Tuesday.\n');
    await stories.write('c-ferry/ferry-2.txt', 'Police said on Tuesday that 14 people died when the ferry to Kisumu sank on Monday.\n');
    await stories.write('d-dam/alone.txt', 'Rescuers said on Tuesday that 40 people had died after the dam failed near Kisumu.\n');
  });
  afterAll(() => stories.remove());

  // With two threads asked for under the test runner, where there is no worker script, the stories
  // run on this thread, by the same code a worker runs.
  test('the run is split by story when its stories come together, by article when one is spread over the input', async () => {
    for (const jobs of [1, 2]) {
      const split = await openExtractStream({ paths: [stories.root] }, { jobs, keepScans: true, wholeStories: { reconcile: true } });
      expect(split.stories).toBeDefined();
      for await (const story of split.stories!) expect(story.files.length).toBeGreaterThan(0);
    }
    const spread = await openExtractStream({ paths: [folder.root] }, { jobs: 1, keepScans: true, wholeStories: { reconcile: true } });
    expect(spread.outcomes).toBeDefined();
    for await (const outcome of spread.outcomes!) expect(outcome).toBeDefined();
  });

  test('check gives the report of the whole run, in memory and spooled', async () => {
    const expected = await inMemory((await wholeRun([stories.root])) as unknown as Record<string, unknown>);
    const report = JSON.parse(expected) as { articles: { published: { basis: string | null } }[]; findings: Finding[]; events: unknown[] };
    // What makes the comparison worth it: dates inferred, findings across articles, an unreadable file
    // inside a story.
    expect(report.articles.some((article) => article.published.basis === 'inferred')).toBe(true);
    expect(report.findings.some((finding) => finding.rule !== 'input')).toBe(true);
    expect(report.findings.filter((finding) => finding.rule === 'input' && finding.severity === 'error')).toHaveLength(1);
    expect(report.events.length).toBeGreaterThan(0);

    for (const jobs of [1, 2]) {
      expect(await inMemory((await runCheck([stories.root], { jobs })).result as unknown as Record<string, unknown>)).toBe(expected);
      expect(await written(await runByStory([stories.root], { jobs, reconcile: true }), { events: true })).toBe(expected);
    }
  });

  test('extract gives the claims of the whole run', async () => {
    const expected = await inMemory((await wholeExtract([stories.root])) as unknown as Record<string, unknown>);
    for (const jobs of [1, 2]) {
      expect(await inMemory((await runExtract([stories.root], { jobs })).result as unknown as Record<string, unknown>)).toBe(expected);
      expect(await written(await runByStory([stories.root], { jobs, reconcile: false }), { events: false })).toBe(expected);
    }
  });
});
