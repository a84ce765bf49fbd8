import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../src/cli/cli.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => folder.remove());

const ARTICLE = 'The pier reopened on Friday after repairs, the harbour master said.\n';

describe('writeFileAtomic', () => {
  test('replaces the content, leaves no temporary file, keeps the permissions of the old file', async () => {
    const file = path.join(folder.root, 'out', 'report.json');
    await writeFileAtomic(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(['report.json']);
  });

  test('a failed rename removes the temporary file and leaves the target as it was', async () => {
    const target = path.join(folder.root, 'is-a-folder');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/u) });
    expect(await readdir(folder.root)).toEqual(['is-a-folder']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  test('readers see the old content or the new one, never a part', async () => {
    const file = path.join(folder.root, 'big.txt');
    const before = 'a'.repeat(4 << 20);
    const after = 'b'.repeat(6 << 20);
    await writeFile(file, before);
    const writing = writeFileAtomic(file, after);
    const seen = new Set<string>();
    let done = false;
    void writing.then(() => (done = true));
    while (!done) {
      const text = await readFile(file, 'utf8');
      seen.add(text === before ? 'old' : text === after ? 'new' : `partial(${text.length})`);
    }
    seen.add((await readFile(file, 'utf8')) === after ? 'new' : 'wrong');
    expect([...seen].filter((state) => state !== 'old' && state !== 'new')).toEqual([]);
  });

  test('concurrent writers: the file holds one of the contents whole, no temporary file remains', async () => {
    const file = path.join(folder.root, 'shared.json');
    const contents = Array.from({ length: 20 }, (_, i) => JSON.stringify({ writer: i, padding: 'x'.repeat(10_000 + i) }));
    await Promise.all(contents.map((content) => writeFileAtomic(file, content)));
    expect(contents).toContain(await readFile(file, 'utf8'));
    expect(await readdir(folder.root)).toEqual(['shared.json']);
  });
});

describe('check -o FILE', () => {
  test('writes the report atomically, creating parent folders', async () => {
    await folder.write('articles/a.txt', ARTICLE);
    const io = memoryIO({ cwd: folder.root });
    const code = await run(['check', path.join(folder.root, 'articles'), '--format', 'json', '-o', 'reports/new/check.json'], io);
    expect(code).not.toBe(2);
    expect(io.out).toBe('');
    const report = JSON.parse(await readFile(path.join(folder.root, 'reports/new/check.json'), 'utf8')) as { articles: unknown[] };
    expect(report.articles).toHaveLength(1);
    expect(await readdir(path.join(folder.root, 'reports/new'))).toEqual(['check.json']);
  });

  test.each([
    ['a parent of it is a file', 'blocker/report.json', 'a parent of it is a file, not a folder'],
    ['it is a folder', 'existing-folder', 'it is a folder'],
  ])('an unwritable output path (%s) exits 2 with one line', async (_name, output, reason) => {
    await folder.write('articles/a.txt', ARTICLE);
    await folder.write('blocker', 'a file where a folder should be');
    await mkdir(path.join(folder.root, 'existing-folder', 'child'), { recursive: true });
    const io = memoryIO({ cwd: folder.root });
    const code = await run(['check', path.join(folder.root, 'articles'), '--format', 'json', '-o', output], io);
    expect(code).toBe(2);
    expect(io.err).toBe(`corroborate: cannot write ${output}: ${reason}\n`);
    expect(io.out).toBe('');
  });

  test('a folder without write permission exits 2 (where permissions apply)', async () => {
    await folder.write('articles/a.txt', ARTICLE);
    const locked = path.join(folder.root, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      const writable = await writeFile(path.join(locked, 'probe'), 'x').then(() => true, () => false);
      const io = memoryIO({ cwd: folder.root });
      const code = await run(['check', path.join(folder.root, 'articles'), '--format', 'json', '-o', 'locked/report.json'], io);
      if (writable) {
        // Running as root: permissions do not stop the write.
        expect(code).not.toBe(2);
      } else {
        expect(code).toBe(2);
        expect(io.err).toBe('corroborate: cannot write locked/report.json: permission denied\n');
      }
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
