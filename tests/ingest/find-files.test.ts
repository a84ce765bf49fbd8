import { chmod, mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { findArticleFiles, InputPathError, isArticleName } from '../../src/ingest/find-files.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => folder.remove());

const relative = (files: { path: string }[]) => files.map((file) => path.relative(folder.root, file.path));

describe('findArticleFiles', () => {
  test('walks folders recursively in a stable order and keeps only article extensions', async () => {
    for (const name of ['b.txt', 'a.md', 'sub/c.html', 'sub/deeper/d.htm', 'notes.docx', 'image.png', '.hidden.txt', '.git/e.txt', 'node_modules/f.txt']) {
      await folder.write(name, 'x');
    }
    const { files, problems } = await findArticleFiles([folder.root]);
    expect(relative(files)).toEqual(['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.htm']);
    expect(problems).toEqual([]);
  });

  test('project documents beside the articles are not articles, unless named explicitly', async () => {
    for (const name of ['README.md', 'EXPECTED.md', 'DATA-LICENSE.txt', 'CHANGELOG.md', 'story.txt']) await folder.write(name, 'x');
    expect(relative((await findArticleFiles([folder.root])).files)).toEqual(['story.txt']);
    expect(relative((await findArticleFiles([path.join(folder.root, 'README.md')])).files)).toEqual(['README.md']);
    expect(isArticleName('readme-notes.md')).toBe(true);
  });

  test('names with spaces and non-ASCII characters', async () => {
    await folder.write('Zürich 2019/Überschwemmung am See.txt', 'x');
    await folder.write('東京 report.md', 'x');
    expect(relative((await findArticleFiles([folder.root])).files)).toEqual(['Zürich 2019/Überschwemmung am See.txt', '東京 report.md']);
  });

  test('a symbolic link loop between folders is walked once', async () => {
    await folder.write('a/story.txt', 'x');
    await symlink(folder.root, path.join(folder.root, 'a', 'back-to-top'));
    await symlink(path.join(folder.root, 'a'), path.join(folder.root, 'alias-of-a'));
    const { files, problems } = await findArticleFiles([folder.root]);
    expect(relative(files)).toEqual(['a/story.txt']);
    expect(problems).toEqual([]);
  });

  test('a link loop between files and a broken link are reported and skipped', async () => {
    await folder.write('ok.txt', 'x');
    await symlink(path.join(folder.root, 'loop-b.txt'), path.join(folder.root, 'loop-a.txt'));
    await symlink(path.join(folder.root, 'loop-a.txt'), path.join(folder.root, 'loop-b.txt'));
    await symlink(path.join(folder.root, 'missing.txt'), path.join(folder.root, 'dangling.txt'));
    const { files, problems } = await findArticleFiles([folder.root]);
    expect(relative(files)).toEqual(['ok.txt']);
    expect(problems.map((p) => [path.basename(p.path), p.severity, p.message])).toEqual([
      ['dangling.txt', 'warning', 'broken symbolic link; skipped'],
      ['loop-a.txt', 'warning', 'symbolic link loop; skipped'],
      ['loop-b.txt', 'warning', 'symbolic link loop; skipped'],
    ]);
  });

  test('the same file reached twice (a link to it, or named twice) is read once', async () => {
    const story = await folder.write('story.txt', 'x');
    await symlink(story, path.join(folder.root, 'z-link.txt'));
    expect(relative((await findArticleFiles([folder.root, story])).files)).toEqual(['story.txt']);
  });

  test('a missing input path is an InputPathError naming it', async () => {
    const missing = path.join(folder.root, 'nope');
    await expect(findArticleFiles([missing])).rejects.toEqual(new InputPathError(missing, 'no such file or folder'));
  });

  test('an unreadable folder is a problem on that folder, the rest is walked', async () => {
    await folder.write('ok.txt', 'x');
    const locked = path.join(folder.root, 'locked');
    await mkdir(locked);
    await folder.write('locked/inside.txt', 'x');
    await chmod(locked, 0o000);
    try {
      const deniedForUs = await readdir(locked).then(() => false, () => true);
      const { files, problems } = await findArticleFiles([folder.root]);
      if (deniedForUs) {
        expect(relative(files)).toEqual(['ok.txt']);
        expect(problems).toEqual([{ path: locked, severity: 'error', message: 'cannot read the folder: permission denied' }]);
      } else {
        // Running as root: permissions do not stop us, so the folder is simply read.
        expect(relative(files)).toEqual(['locked/inside.txt', 'ok.txt']);
      }
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
