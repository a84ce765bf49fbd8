import path from 'node:path';
import { leftToCallingThread, runStoryTask, type StoryTask } from '../../src/parallel/story-task.js';
import { prettyElement } from '../../src/stream/write-json.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

// A story of its own writing: two undated reports of one ferry accident that disagree on the toll,
// and a file that is not text, between them.
let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await folder.write('ferry/a-first.txt', 'The ferry to Kisumu sank on Monday; 12 people died, police said on Tuesday.\n');
  await folder.write('ferry/b-binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await folder.write('ferry/c-second.txt', 'Police said on Tuesday that 14 people died when the ferry to Kisumu sank on Monday.\n');
});
afterAll(() => folder.remove());

function task(extra: Partial<StoryTask> = {}): StoryTask {
  const story = path.join(folder.root, 'ferry');
  const files = ['a-first.txt', 'b-binary.txt', 'c-second.txt'];
  return { story, articles: files.map((name) => ({ job: { path: path.join(story, name), format: 'text', given: {} } })), reconcile: true, ...extra };
}

describe('runStoryTask', () => {
  test('gives every file in input order, the articles with claims quoting their text, and the story reconciled', async () => {
    const outcome = await runStoryTask(task());
    expect(outcome.files.map((file) => ('failure' in file ? 'failure' : file.article.id))).toEqual(['a-first', 'failure', 'c-second']);
    for (const file of outcome.files) {
      if ('failure' in file) continue;
      expect(file.claims.length).toBeGreaterThan(0);
      for (const claim of file.claims) expect(file.article.text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    }
    // 12 dead against 14: a finding across the two articles, grouped under one event.
    expect(outcome.findings.some((finding) => new Set(finding.positions.map((position) => position.article)).size === 2)).toBe(true);
    expect(outcome.events.length).toBeGreaterThan(0);
  });

  test('without reconciling, the same claims and no findings', async () => {
    const reconciled = await runStoryTask(task());
    const extracted = await runStoryTask(task({ reconcile: false }));
    expect(extracted.findings).toEqual([]);
    expect(extracted.events).toEqual([]);
    expect(extracted.files).toEqual(reconciled.files);
  });

  test('renders the claims as the JSON report lists them when asked', async () => {
    const plain = await runStoryTask(task());
    const rendered = await runStoryTask(task({ renderClaims: true }));
    expect(rendered.files.map((file) => ('failure' in file ? [] : file.claims))).toEqual([[], [], []]);
    expect(rendered.files.map((file) => ('failure' in file ? undefined : file.rendered))).toEqual(
      plain.files.map((file) => ('failure' in file ? undefined : file.claims.length === 0 ? [] : [{ text: file.claims.map(prettyElement).join(',\n    '), count: file.claims.length }])),
    );
    expect(rendered.findings).toEqual(plain.findings);
  });
});

describe('leftToCallingThread', () => {
  test('stories holding a file of 4 MiB or more are left to the calling thread; others, and missing files, are not', async () => {
    expect(leftToCallingThread([task()])).toBe(false);
    const big = await folder.write('huge/long.txt', 'The ferry sank. '.repeat((4 * 1024 * 1024) / 16));
    const huge: StoryTask = { story: path.dirname(big), articles: [{ job: { path: big, format: 'text', given: {} } }], reconcile: true };
    expect(leftToCallingThread([task(), huge])).toBe(true);
    const missing: StoryTask = { ...huge, articles: [{ job: { path: path.join(folder.root, 'none.txt'), format: 'text', given: {} } }] };
    expect(leftToCallingThread([missing])).toBe(false);
  });
});
