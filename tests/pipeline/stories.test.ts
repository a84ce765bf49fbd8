import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCheck } from '../../src/pipeline.js';
import { storyLabels, storyOf } from '../../src/stories.js';
import { makeArticle } from '../helpers/claims.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

describe('stories', () => {
  test("an article's story is the one its input names, else its folder", () => {
    expect(storyOf(makeArticle('a', '', null, { path: 'corpus/quake/a.txt' }))).toBe('corpus/quake');
    expect(storyOf(makeArticle('b', '', null, { path: 'corpus/quake/b.txt', story: 'storm' }))).toBe('storm');
  });

  test('labels are paths below the folder all stories share', () => {
    expect([...storyLabels(['bench/ecb/1', 'bench/ecb/12']).values()]).toEqual(['1', '12']);
    expect([...storyLabels(['examples']).values()]).toEqual(['examples']);
  });

  describe('check over two story folders', () => {
    let temp: TempFolder;
    beforeAll(async () => {
      temp = await tempFolder();
      const write = async (folder: string, name: string, published: string, text: string) => {
        await mkdir(path.join(temp.root, folder), { recursive: true });
        await writeFile(path.join(temp.root, folder, name), `---\npublished: ${published}\n---\n${text}\n`);
      };
      // The same day and the same kind of number in two unrelated stories: never compared.
      await write('flood', 'a.md', '2025-05-02', 'The flood killed 12 people on Thursday, officials said.');
      await write('flood', 'b.md', '2025-05-02', 'The flood killed 12 people on Thursday, the mayor said.');
      await write('fire', 'c.md', '2025-05-02', 'The fire killed 3 people on Thursday, officials said.');
    });
    afterAll(() => temp.remove());

    test('articles are compared only within their folder, and event ids name their story', async () => {
      const { result } = await runCheck([temp.root]);
      const serious = result.findings.filter((finding) => finding.severity !== 'info');
      expect(serious).toEqual([]);
      const stories = new Set((result.events ?? []).map((event) => event.id.split('/')[0]));
      expect([...stories].sort()).toEqual(['fire', 'flood']);
      for (const finding of result.findings) expect(new Set(finding.positions.map((p) => p.article === 'c' ? 'fire' : 'flood')).size).toBe(1);
    });
  });
});
