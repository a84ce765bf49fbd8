import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCheck } from '../../src/pipeline.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { checkJson, problems, STACK_LINE } from './check-helpers.js';

// Every case puts one bad input beside a good article and runs `corroborate check` on the folder:
// the bad input is named in one line with its problem, the good article is still checked, and no
// stack trace reaches the user.
const GOOD = 'The harbour authority reopened the northern pier on Friday after repairs, its director said.\n';

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
  await folder.write('good.txt', GOOD);
});
afterEach(() => folder.remove());

function expectGoodArticleChecked(result: Awaited<ReturnType<typeof checkJson>>): void {
  expect(result.report?.articles.map((a) => a.id)).toContain('good');
  expect(result.report?.claims.some((claim) => claim.article === 'good')).toBe(true);
  expect(result.stderr).not.toMatch(STACK_LINE);
  for (const finding of result.inputFindings) expect(finding.message).not.toContain('\n');
}

/** Each claim of `article` quotes the file as decoded at its span. */
function expectClaimsQuote(result: Awaited<ReturnType<typeof checkJson>>, article: string, fileText: string): void {
  const claims = result.report!.claims.filter((claim) => claim.article === article);
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) expect(fileText.slice(claim.span.start, claim.span.end)).toBe(claim.text);
}

describe('one bad input beside a good article', () => {
  test('an empty file is an error finding; the good article is checked; exit 1', async () => {
    const file = await folder.write('empty.txt', '');
    const result = await checkJson([folder.root]);
    expect(result.code).toBe(1);
    expect(problems(result)).toEqual([['error', `${file}: empty file; nothing to check`]]);
    expectGoodArticleChecked(result);
  });

  test('binary content (NUL bytes) is an error finding', async () => {
    const file = await folder.write('photo.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    const result = await checkJson([folder.root]);
    expect(result.code).toBe(1);
    expect(problems(result)).toEqual([['error', `${file}: binary content (NUL bytes); not a text article`]]);
    expectGoodArticleChecked(result);
  });

  test('invalid UTF-8 is read as Windows-1252 with a warning, and checked', async () => {
    // "Café owners said the quay reopened on Tuesday." with é as the single byte 0xE9.
    const bytes = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners said the quay reopened on Tuesday.\n')]);
    const file = await folder.write('latin.txt', bytes);
    const result = await checkJson([folder.root]);
    expect(problems(result)).toEqual([['warning', `${file}: not valid UTF-8; read as Windows-1252`]]);
    expectClaimsQuote(result, 'latin', 'Café owners said the quay reopened on Tuesday.\n');
    expectGoodArticleChecked(result);
  });

  test('UTF-16 with a BOM is read without complaint; spans refer to the decoded text', async () => {
    const text = 'Zürich’s ferry resumed on Tuesday, officials said.\r\n';
    await folder.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await checkJson([folder.root]);
    expect(problems(result)).toEqual([]);
    expectClaimsQuote(result, 'utf16', text);
    expectGoodArticleChecked(result);
  });

  test('CRLF line endings: spans are exact and lines count CRLF once', async () => {
    const text = 'Pier news\r\n\r\nThe pier reopened on Friday.\r\nFerries ran again on Saturday.\r\n';
    await folder.write('crlf.txt', text);
    const result = await checkJson([folder.root]);
    expectClaimsQuote(result, 'crlf', text);
    for (const claim of result.report!.claims.filter((c) => c.article === 'crlf')) {
      const before = text.slice(0, claim.span.start);
      const lineStart = before.lastIndexOf('\r\n') + 2;
      expect([claim.line, claim.column]).toEqual([before.split('\r\n').length, claim.span.start - (lineStart === 1 ? 0 : lineStart) + 1]);
    }
    expect(result.report!.claims.some((c) => c.article === 'crlf' && c.line === 4)).toBe(true);
    expectGoodArticleChecked(result);
  });

  test('a very long text without punctuation is read and checked', async () => {
    const words = Array.from({ length: 20_000 }, (_, i) => ['harbour', 'ferry', 'pier', 'crane', 'tide'][i % 5]).join(' ');
    await folder.write('run-on.txt', words);
    const result = await checkJson([folder.root]);
    expect(result.code).not.toBe(2);
    expect(result.report!.articles.map((a) => a.id)).toContain('run-on');
    expectGoodArticleChecked(result);
  });

  test('deeply nested HTML (100,000 levels) is read', async () => {
    const depth = 100_000;
    await folder.write('deep.html', `<html><body>${'<div>'.repeat(depth)}<p>The crane collapsed on Monday.</p>${'</div>'.repeat(depth)}</body></html>`);
    const result = await checkJson([folder.root]);
    expect(problems(result)).toEqual([]);
    expect(result.report!.claims.some((claim) => claim.article === 'deep' && claim.text.includes('Monday'))).toBe(true);
    expectGoodArticleChecked(result);
  });

  test('malformed front matter is an error finding; the article body is still checked', async () => {
    const text = '---\ntitle: [unclosed\npublished: 2019-07-20\n---\nThe pier reopened on Friday.\n';
    const file = await folder.write('broken.md', text);
    const result = await checkJson([folder.root]);
    expect(result.code).toBe(1);
    expect(problems(result)).toHaveLength(1);
    expect(problems(result)[0]![1]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: malformed front matter \\(ignored\\): `, 'u'));
    expectClaimsQuote(result, 'broken', text);
    expectGoodArticleChecked(result);
  });

  test('an unreadable file is an error finding; the others are checked', async () => {
    const file = await folder.write('locked.txt', GOOD);
    await chmod(file, 0o000);
    const deniedForUs = await readFile(file).then(() => false, () => true);
    if (deniedForUs) {
      const result = await checkJson([folder.root]);
      expect(problems(result)).toEqual([['error', `${file}: cannot read the file: permission denied`]]);
      expectGoodArticleChecked(result);
    } else {
      // Running as root, where chmod does not deny reading: the read itself is made to fail.
      const denied = Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
      const outcome = await runCheck([folder.root], { readFile: async (name) => (name === file ? Promise.reject(denied) : readFile(name)) });
      expect(outcome.articles.map((a) => a.id)).toEqual(['good']);
      expect(outcome.result.findings.filter((f) => f.rule === 'input').map((f) => [f.severity, f.message])).toEqual([
        ['error', `${file}: cannot read the file: permission denied`],
      ]);
    }
  });

  test('symbolic link loops: folders are walked once, looping file links are named and skipped', async () => {
    await symlink(folder.root, path.join(folder.root, 'again'));
    await symlink(path.join(folder.root, 'b.txt'), path.join(folder.root, 'a.txt'));
    await symlink(path.join(folder.root, 'a.txt'), path.join(folder.root, 'b.txt'));
    const result = await checkJson([folder.root]);
    expect(result.report!.articles.map((a) => a.id)).toEqual(['good']);
    expect(problems(result)).toEqual([
      ['warning', `${path.join(folder.root, 'a.txt')}: symbolic link loop; skipped`],
      ['warning', `${path.join(folder.root, 'b.txt')}: symbolic link loop; skipped`],
    ]);
    expectGoodArticleChecked(result);
  });

  test('names with spaces and non-ASCII characters are read and named as they are', async () => {
    await folder.write('Überfahrt am See/Fähre nach Lindau.txt', 'Die Fähre nach Lindau fuhr am Montag wieder.\n');
    await folder.write('東京 report.md', 'The Tokyo office reopened on Monday.\n');
    const result = await checkJson([folder.root]);
    expect(result.report!.articles.map((a) => [a.id, path.relative(folder.root, a.path)])).toEqual([
      ['good', 'good.txt'],
      ['Fähre nach Lindau', 'Überfahrt am See/Fähre nach Lindau.txt'],
      ['東京 report', '東京 report.md'],
    ]);
    expectGoodArticleChecked(result);
  });
});

describe('when nothing can be done: exit 2 with one line', () => {
  test('two articles with one id: exit 2, both files named, nothing printed on stdout', async () => {
    const other = await folder.write('elsewhere/good.md', GOOD);
    const result = await checkJson([folder.root]);
    expect(result.code).toBe(2);
    expect(result.report).toBeUndefined();
    // Folder entries are read in code-unit order: "elsewhere" comes before "good.txt".
    expect(result.stderr).toBe(`corroborate: two articles have the id "good": ${other} and ${path.join(folder.root, 'good.txt')}; rename one of them\n`);
  });

  test('a folder with no articles: exit 2', async () => {
    const empty = path.join(folder.root, 'nothing-here');
    await mkdir(empty);
    await writeFile(path.join(empty, 'notes.docx'), 'x');
    const result = await checkJson([empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`corroborate: no articles found in ${empty} (looked for .txt, .md and .html files)\n`);
  });

  test('only unreadable articles: exit 2 naming each', async () => {
    const only = path.join(folder.root, 'bad-only');
    await mkdir(only);
    await writeFile(path.join(only, 'a.txt'), '');
    await writeFile(path.join(only, 'b.txt'), Uint8Array.from([0, 1, 2, 0]));
    const result = await checkJson([only]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `corroborate: no article could be read: ${path.join(only, 'a.txt')}: empty file; nothing to check; ${path.join(only, 'b.txt')}: binary content (NUL bytes); not a text article\n`,
    );
  });

  test('a missing path: exit 2 naming it', async () => {
    const missing = path.join(folder.root, 'no-such-folder');
    const result = await checkJson([missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`corroborate: ${missing}: no such file or folder\n`);
  });
});
