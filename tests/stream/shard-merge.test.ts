/**
 * The distributed recipe, run locally: split a corpus into shards, extract each shard in its own
 * process at the same time (the map stage), reconcile the union of their records (the reduce stage),
 * and get the report one `check` run gives — byte for byte.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../../scripts/bench/generate-corpus.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';
import { spawnCli } from './built-cli.js';

// Each test starts several processes; on a busy 2-core machine that takes a while.
const TIMEOUT = 180_000;

/** Article files under a folder, relative to `cwd`, in a stable order. */
function filesUnder(cwd: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(cwd, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(md|txt|html)$/u.test(entry.name) && !/^(README|EXPECTED)/iu.test(entry.name)) out.push(child);
    }
  };
  walk(folder);
  return out;
}

/** Round-robin shards, so that each shard holds articles from all over the corpus. */
function shards<T>(items: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, (_, shard) => items.filter((_, index) => index % count === shard));
}

async function checkAgainstShards(cwd: string, folder: string, shardCount: number): Promise<void> {
  const files = filesUnder(cwd, folder);
  expect(files.length).toBeGreaterThanOrEqual(shardCount);
  const [single, ...mapped] = await Promise.all([
    spawnCli(['check', folder, '--format', 'json', '--ci', '--jobs', '1'], { cwd }),
    // The map stage: every shard at once, one process each, one of them on worker threads.
    ...shards(files, shardCount).map((shard, index) => spawnCli(['extract', ...shard, '--format', 'jsonl', '--jobs', index === 0 ? '2' : '1'], { cwd })),
  ]);
  expect(single!.code).not.toBe(2);
  for (const shard of mapped) expect(shard.stderr.includes('internal error')).toBe(false);
  // The shuffle: shards arrive in any order, their lines too.
  const union = mapped.map((shard) => shard.stdout).reverse().join('');
  const reduced = await spawnCli(['reconcile', '--format', 'json'], { cwd, stdin: union });
  expect(reduced.code).toBe(single!.code);
  const [expected, actual] = [JSON.parse(single!.stdout), JSON.parse(reduced.stdout)];
  expect(actual.findings).toEqual(expected.findings);
  expect(actual.findings.length).toBeGreaterThan(0);
  expect(reduced.stdout).toBe(single!.stdout);
}

describe('shards extracted in parallel processes, then reconciled, equal one check run', () => {
  let temp: TempFolder;
  beforeAll(async () => {
    temp = await tempFolder();
  });
  afterAll(() => temp.remove());

  test("the project's examples, in two shards", async () => {
    await checkAgainstShards(process.cwd(), 'examples', 2);
  }, TIMEOUT);

  test('a generated corpus of 15 stories in 3 shards', async () => {
    writeCorpus(60, path.join(temp.root, 'corpus'));
    await checkAgainstShards(temp.root, 'corpus', 3);
  }, TIMEOUT);

  test('JSONL articles on stdin, sharded by line, give each story what check gives on its files', async () => {
    const jsonl = path.join(temp.root, 'stories.jsonl');
    writeCorpus(12, path.join(temp.root, 'stories'), jsonl);
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(jsonl, 'utf8')).trim().split('\n');
    const mapped = await Promise.all(shards(lines, 3).map((shard) => spawnCli(['extract', '-', '--format', 'jsonl'], { stdin: `${shard.join('\n')}\n` })));
    const reduced = await spawnCli(['reconcile', '--format', 'jsonl'], { stdin: mapped.map((shard) => shard.stdout).join('') });
    const records = reduced.stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string; story: string; finding?: { id: string } });
    const stories = [...new Set(lines.map((line) => (JSON.parse(line) as { story: string }).story))];
    expect(stories).toHaveLength(3);
    for (const story of stories) {
      // The generator's `path` is relative to the corpus folder, so check runs there on the story's files.
      const storyFiles = filesUnder(path.join(temp.root, 'stories'), '.').filter((file) => path.basename(file).startsWith(`${story}-`));
      const single = await spawnCli(['check', ...storyFiles.map((file) => path.normalize(file)), '--format', 'json', '--ci'], { cwd: path.join(temp.root, 'stories') });
      const findings = records.filter((record) => record.type === 'finding' && record.story === story).map((record) => record.finding);
      expect(findings).toEqual(JSON.parse(single.stdout).findings);
    }
  }, TIMEOUT);

  test('as under Hadoop Streaming: keyed map output, sorted by key only, reduced story by story with --grouped', async () => {
    const jsonl = path.join(temp.root, 'hadoop.jsonl');
    writeCorpus(16, path.join(temp.root, 'hadoop'), jsonl);
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(jsonl, 'utf8')).trim().split('\n');
    const mapped = await Promise.all(shards(lines, 2).map((shard) => spawnCli(['extract', '-', '--format', 'jsonl', '--keyed', '--exit-zero'], { stdin: `${shard.join('\n')}\n` })));
    const union = mapped.flatMap((shard) => shard.stdout.trim().split('\n'));
    // The shuffle sorts by key and nothing else: within a story, records come in any order.
    const keyOf = (line: string) => line.slice(0, line.indexOf('\t'));
    const shuffled = union.map((line, index) => ({ line, tie: (index * 7919) % union.length })).sort((a, b) => (keyOf(a.line) < keyOf(b.line) ? -1 : keyOf(a.line) > keyOf(b.line) ? 1 : a.tie - b.tie)).map((entry) => entry.line);
    const [grouped, whole] = await Promise.all([
      spawnCli(['reconcile', '--grouped', '--exit-zero'], { stdin: `${shuffled.join('\n')}\n` }),
      spawnCli(['reconcile', '--exit-zero'], { stdin: `${union.join('\n')}\n` }),
    ]);
    expect(grouped.code).toBe(0);
    expect(grouped.stdout.length).toBeGreaterThan(0);
    expect(grouped.stdout).toBe(whole.stdout);
  }, TIMEOUT);
});

describeWithShared('shards of a real corpus', () => {
  test('the Blinken articles in three shards equal one check run', async () => {
    const blinken = sharedPath('corpus', 'blinken');
    await checkAgainstShards(path.dirname(blinken), 'blinken', 3);
  }, TIMEOUT);
});
