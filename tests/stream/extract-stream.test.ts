import type { ArticleTask } from '../../src/parallel/article-task.js';
import { storyBatches } from '../../src/stream/extract-stream.js';

/** Tasks for files named "story/file", in the order given. */
function tasks(...paths: string[]): ArticleTask[] {
  return paths.map((file) => ({ job: { path: `/corpus/${file}`, format: 'text', given: {} } }));
}

/** Many small stories: `stories` folders of `size` files each. */
function storiesOf(stories: number, size: number): ArticleTask[] {
  return tasks(...Array.from({ length: stories * size }, (_, i) => `s${String(Math.floor(i / size)).padStart(3, '0')}/a${i}.txt`));
}

describe('storyBatches', () => {
  test('groups consecutive whole stories until a batch holds eight articles', () => {
    const batches = storyBatches(storiesOf(10, 3), 2, { reconcile: true })!;
    expect(batches.map((batch) => batch.map((story) => story.story.replace('/corpus/', '')))).toEqual([
      ['s000', 's001', 's002'],
      ['s003', 's004', 's005'],
      ['s006', 's007', 's008'],
      ['s009'],
    ]);
    const first = batches[0]![0]!;
    expect(first.articles.map((task) => task.job!.path)).toEqual(['/corpus/s000/a0.txt', '/corpus/s000/a1.txt', '/corpus/s000/a2.txt']);
    expect(first.reconcile).toBe(true);
  });

  test('passes the kinds and the work asked for to every story', () => {
    const batches = storyBatches(storiesOf(4, 2), 2, { reconcile: false }, ['time'])!;
    expect(batches.flat().every((story) => story.kinds?.join() === 'time' && !story.reconcile && !story.renderClaims)).toBe(true);
    const rendering = storyBatches(storiesOf(4, 2), 2, { reconcile: true, renderClaims: true })!;
    expect(rendering.flat().every((story) => story.reconcile && story.renderClaims && story.kinds === undefined)).toBe(true);
  });

  test('on one thread, takes any run whose stories come together, whatever their sizes', () => {
    expect(storyBatches(storiesOf(1, 30), 1, { reconcile: true })!.map((batch) => batch.map((story) => story.articles.length))).toEqual([[30]]);
    expect(storyBatches([...storiesOf(2, 3), ...tasks(...Array.from({ length: 40 }, (_, i) => `big/${i}.txt`))], 1, { reconcile: true })!.flat()).toHaveLength(3);
  });

  test('leaves the run split by article when threads cannot take whole stories', () => {
    // One story: no second thread could share it.
    expect(storyBatches(storiesOf(1, 30), 2, { reconcile: true })).toBeUndefined();
    // A story whose files are not together in the input: its claims must still come in input order.
    expect(storyBatches(tasks('a/1.txt', 'b/1.txt', 'a/2.txt'), 2, { reconcile: true })).toBeUndefined();
    expect(storyBatches(tasks('a/1.txt', 'b/1.txt', 'a/2.txt'), 1, { reconcile: true })).toBeUndefined();
    // A story bigger than a quarter of a thread's share of the run would keep one thread busy alone at the end.
    expect(storyBatches([...storiesOf(10, 3), ...tasks(...Array.from({ length: 12 }, (_, i) => `big/${i}.txt`))], 2, { reconcile: true })).toBeUndefined();
    expect(storyBatches([...storiesOf(30, 3), ...tasks(...Array.from({ length: 12 }, (_, i) => `big/${i}.txt`))], 2, { reconcile: true })).toBeDefined();
  });
});
