import { Readable } from 'node:stream';
import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

// Articles written for these tests: two stories, each told twice with one number that differs.
const STORIES = [
  { story: 'slide', id: 'slide-a', text: 'A landslide killed 12 people in the hill village of Arno on Tuesday, the regional police said.' },
  { story: 'slide', id: 'slide-b', text: 'The regional police said 15 people were killed when a landslide hit the village of Arno on Tuesday.' },
  { story: 'bridge', id: 'bridge-a', text: 'The new bridge over the Tamar opened on Friday after 14 months of work, the council said.' },
  { story: 'bridge', id: 'bridge-b', text: 'The council said the bridge over the Tamar opened on Friday after 18 months of work.' },
].map((article) => ({ ...article, published: '2024-05-10' }));

async function cli(args: string[], stdin = '') {
  const io = memoryIO({ stdin: Readable.from([stdin]) });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

/** Stage records of the articles, as the map stage writes them. */
async function stageRecords(articles: readonly object[], ...args: string[]): Promise<string> {
  const extracted = await cli(['extract', '-', '--format', 'jsonl', ...args], articles.map((article) => `${JSON.stringify(article)}\n`).join(''));
  expect(extracted.code).toBe(0);
  return extracted.out;
}

describe('reconcile (the reduce stage)', () => {
  test("on one story's records, --format json is exactly check's report on the same files", async () => {
    const records = await cli(['extract', 'examples', '--format', 'jsonl']);
    const reduced = await cli(['reconcile', '--format', 'json'], records.out);
    const checked = await cli(['check', 'examples', '--format', 'json', '--ci']);
    expect(reduced.out).toBe(checked.out);
    expect(reduced.code).toBe(checked.code);
  });

  test('reconciles each story apart, whatever the order of the records, and tags each finding with its story', async () => {
    const records = (await stageRecords(STORIES)).trim().split('\n');
    const shuffled = records.map((line, index) => ({ line, key: (index * 7919) % records.length })).sort((a, b) => a.key - b.key).map((entry) => entry.line);
    const inOrder = await cli(['reconcile'], `${records.join('\n')}\n`);
    const outOfOrder = await cli(['reconcile'], `${shuffled.join('\n')}\n`);
    expect(outOfOrder.out).toBe(inOrder.out);
    const results = inOrder.out.trim().split('\n').map((line) => JSON.parse(line));
    const findings = results.filter((record) => record.type === 'finding');
    expect(new Set(findings.map((record) => record.story))).toEqual(new Set(['slide', 'bridge']));
    // No finding ever links two stories.
    for (const { story, finding } of findings) {
      for (const position of finding.positions) expect(position.article.startsWith(story)).toBe(true);
    }
    expect(results.some((record) => record.type === 'event')).toBe(true);
  });

  test('keyed lines (STORY<TAB>{…}) are read like plain ones', async () => {
    const plain = await cli(['reconcile'], await stageRecords(STORIES));
    const keyed = await cli(['reconcile'], await stageRecords(STORIES, '--keyed'));
    expect(keyed.out).toBe(plain.out);
  });

  test('--format json shows one story only: several are exit 2, naming jsonl', async () => {
    const result = await cli(['reconcile', '--format', 'json'], await stageRecords(STORIES));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^corroborate: --format json shows one story, and the input holds 2 .*use --format jsonl\n$/u);
  });

  test('--grouped streams story after story, and refuses a story that comes back', async () => {
    const records = (await stageRecords(STORIES)).trim().split('\n');
    const grouped = await cli(['reconcile', '--grouped'], `${records.join('\n')}\n`);
    expect(grouped.code).not.toBe(2);
    // slide, then bridge, then slide again.
    const slide = records.filter((line) => line.includes('"story":"slide"'));
    const bridge = records.filter((line) => line.includes('"story":"bridge"'));
    const interleaved = [slide[0]!, ...bridge, ...slide.slice(1)];
    const refused = await cli(['reconcile', '--grouped'], `${interleaved.join('\n')}\n`);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^corroborate: <stdin>:\d+: story "slide" comes again after other stories/u);
  });

  test('a line that is not a stage record is exit 2, naming the line', async () => {
    const result = await cli(['reconcile'], '{"type":"claim","claim":{"id":"x"}}\n');
    expect(result.code).toBe(2);
    expect(result.err).toBe('corroborate: <stdin>:1: a claim needs "id", "article" and "kind" (strings)\n');
    const notJson = await cli(['reconcile'], '\n\nnot json\n');
    expect(notJson.err).toMatch(/^corroborate: <stdin>:3: not JSON/u);
  });

  test('claims whose article record never came are reported, not silently dropped', async () => {
    const records = (await stageRecords(STORIES.slice(0, 2))).trim().split('\n').filter((line) => !(line.includes('"type":"article"') && line.includes('"id":"slide-b"')));
    const result = await cli(['reconcile'], `${records.join('\n')}\n`);
    const messages = result.out.trim().split('\n').map((line) => JSON.parse(line)).filter((record) => record.type === 'finding').map((record) => record.finding.message);
    expect(messages).toContain('slide-b: claims of article "slide-b" came without its article record; they are left out');
    expect(result.code).toBe(1);
  });

  test('--exit-zero: findings are written, and the stage still exits 0 (a reduce task must not fail on them)', async () => {
    const records = await stageRecords(STORIES);
    const strict = await cli(['reconcile'], records);
    const lenient = await cli(['reconcile', '--exit-zero'], records);
    expect(strict.code).toBe(1);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toBe(strict.out);
  });

  test('a record file that cannot be read is exit 2 with one line', async () => {
    const result = await cli(['reconcile', 'no/such/records.jsonl']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('corroborate: no/such/records.jsonl: cannot read: ENOENT\n');
  });
});
