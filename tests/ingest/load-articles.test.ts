import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuplicateIdError, loadArticles } from '../../src/ingest/load-articles.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => folder.remove());

const BODY = 'The northern pier reopened on Friday after three weeks of repairs.\n';

describe('loadArticles', () => {
  test('manifests apply from the article folder upwards, nearest entry first', async () => {
    await folder.write('corroborate.yaml', 'articles:\n  top.txt: { outlet: Top Manifest }\n  nested/deep.txt: { outlet: From Above }\n');
    await folder.write('nested/corroborate.yml', 'articles:\n  near.txt: { outlet: Near Manifest }\n');
    for (const name of ['top.txt', 'nested/deep.txt', 'nested/near.txt']) await folder.write(name, BODY);
    const { articles, failures } = await loadArticles([folder.root]);
    expect(articles.map((a) => [a.id, a.outlet])).toEqual([
      ['deep', 'From Above'],
      ['near', 'Near Manifest'],
      ['top', 'Top Manifest'],
    ]);
    expect(failures).toEqual([]);
  });

  test('a manifest is not looked for above the folder that was given', async () => {
    await folder.write('corroborate.yaml', 'articles:\n  inner/a.txt: { outlet: Outside }\n');
    await folder.write('inner/a.txt', BODY);
    const { articles } = await loadArticles([path.join(folder.root, 'inner')]);
    expect(articles[0]!.outlet).toBeUndefined();
  });

  test('manifest entries outside the folder are refused, unused entries reported, the rest applied', async () => {
    const manifest = await folder.write('corroborate.yaml', 'articles:\n  ../../etc/passwd: { title: x }\n  a.txt: { title: Pier }\n  gone.txt: { title: y }\n');
    await folder.write('a.txt', BODY);
    const { articles, failures } = await loadArticles([folder.root]);
    expect(articles[0]!.title).toBe('Pier');
    expect(failures).toEqual([
      { path: manifest, severity: 'error', message: '"../../etc/passwd" points outside the manifest\'s folder; entry refused' },
      { path: manifest, severity: 'warning', message: 'lists "gone.txt" but no such article was found; entry unused' },
    ]);
  });

  test('a broken manifest is reported and the articles are read without it', async () => {
    const manifest = await folder.write('corroborate.yaml', 'articles: [\n');
    await folder.write('a.txt', BODY);
    const { articles, failures } = await loadArticles([folder.root]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ path: manifest, severity: 'error' });
  });

  test('--published by id and for all', async () => {
    await folder.write('a.txt', BODY);
    await folder.write('b.txt', BODY);
    const { articles, failures } = await loadArticles([folder.root], { publishedById: new Map([['a', '2019-07-21'], ['zz', '2019-01-01']]), publishedForAll: '2019-07-22' });
    expect(articles.map((a) => [a.id, a.published.value, a.published.basis])).toEqual([
      ['a', '2019-07-21', 'given'],
      ['b', '2019-07-22', 'given'],
    ]);
    expect(failures).toEqual([{ path: '--published zz', severity: 'warning', message: 'no article has the id "zz"; ignored' }]);
  });

  test('two files with one id stop the run, naming both', async () => {
    const first = await folder.write('one/story.txt', BODY);
    const second = await folder.write('two/story.md', BODY);
    const error = await loadArticles([folder.root]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateIdError);
    expect((error as Error).message).toBe(`two articles have the id "story": ${first} and ${second}; rename one of them`);
  });

  test('a file that cannot be read is a failure on that file; the others are read', async () => {
    await folder.write('a.txt', BODY);
    const locked = await folder.write('b.txt', BODY);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const readFileOrDeny = async (file: string) => {
      if (file === locked) throw denied;
      return readFile(file);
    };
    const { articles, failures } = await loadArticles([folder.root], { readFile: readFileOrDeny });
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(failures).toEqual([{ path: locked, severity: 'error', message: 'cannot read the file: permission denied' }]);
  });
});

describe('loadArticles: size limit', () => {
  test('a file above 64 MB is not read; it is named with its size', async () => {
    const { open } = await import('node:fs/promises');
    const big = path.join(folder.root, 'dump.txt');
    const handle = await open(big, 'w');
    await handle.truncate(65 * 1024 * 1024); // sparse: no 65 MB actually written
    await handle.close();
    await folder.write('a.txt', BODY);
    const { articles, failures } = await loadArticles([folder.root]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(failures).toEqual([{ path: big, severity: 'error', message: 'the file is 65 MB; articles above 64 MB are not read' }]);
  });
});
