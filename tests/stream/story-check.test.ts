import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { runCheck, runExtract } from '../../src/pipeline.js';
import { runByStory, type SpooledRun } from '../../src/stream/story-check.js';
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
    await run.spool.write(head, async (text) => void (out += text), { label: run.label, ...options });
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

describe('check story by story', () => {
  test('writes the report check builds in memory, byte for byte, over several interleaved stories', async () => {
    const published = { publishedById: new Map([['undated', '2025-03-12']]) };
    const expected = await inMemory((await runCheck([folder.root], { ...published })).result as unknown as Record<string, unknown>);
    const actual = await written(await runByStory([folder.root], { ...published, reconcile: true }), { events: true });
    expect(actual).toBe(expected);
    const report = JSON.parse(actual) as { articles: unknown[]; findings: Finding[]; events: { id: string }[] };
    // The run holds three stories, so event ids carry their story's label; the bad files are findings.
    expect(report.events.some((event) => event.id.startsWith('quake/later/'))).toBe(true);
    expect(report.findings.filter((finding) => finding.rule === 'input' && finding.severity === 'error')).toHaveLength(3);
  });

  test('with --quiet, only the errors are written; the rest of the report is unchanged', async () => {
    const full = (await runCheck([folder.root])).result;
    const expected = await inMemory({ ...full, findings: full.findings.filter((finding) => finding.severity === 'error') } as unknown as Record<string, unknown>);
    const actual = await written(await runByStory([folder.root], { reconcile: true }), { events: true, keep: (finding) => finding.severity === 'error' });
    expect(actual).toBe(expected);
  });

  test('without reconciling, it writes what extract writes', async () => {
    const expected = await inMemory((await runExtract([folder.root])).result as unknown as Record<string, unknown>);
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
