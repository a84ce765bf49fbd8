import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { checkJson, problems, STACK_LINE } from './check-helpers.js';

// The acceptance: a run over a folder mixing good and bad articles reports the good ones
// and names each bad one.
let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.remove());

test('good articles are reported with their claims; each bad one is named with its problem', async () => {
  const good = {
    'wire.txt': 'URL: https://wire.example/quay\nPublished: July 20, 2019\n\nA crane collapsed at the quay on Friday, injuring four workers, the port authority said.\n',
    'daily.md': '---\ntitle: Crane falls at quay\npublished: 2019-07-21\n---\nFour workers were hurt when a crane fell at the quay on Friday.\n',
    'gazette.html': '<html><head><meta property="og:site_name" content="Gazette"></head><body><article><p>A crane fell at the quay on Friday and four workers were injured.</p></article></body></html>',
    'crlf notes.txt': 'Crane accident\r\n\r\nThe crane fell on Friday.\r\n',
  };
  for (const [name, text] of Object.entries(good)) await folder.write(name, text);
  const bad = {
    empty: await folder.write('empty.txt', ''),
    binary: await folder.write('scan.txt', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0x01])),
    frontMatter: await folder.write('broken.md', '---\npublished: [2019\n---\nThe crane fell on Friday.\n'),
    latin: await folder.write('legacy.txt', Uint8Array.from([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' beside the quay closed on Friday.\n')])),
  };
  const loop = path.join(folder.root, 'loop.txt');
  await symlink(loop, loop);

  const result = await checkJson([folder.root]);
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.report!.articles.map((a) => a.id).sort()).toEqual(['broken', 'crlf notes', 'daily', 'gazette', 'legacy', 'wire']);
  for (const id of ['wire', 'daily', 'gazette', 'crlf notes', 'legacy', 'broken']) {
    expect(result.report!.claims.some((claim) => claim.article === id)).toBe(true);
  }
  const named = problems(result);
  expect(named).toEqual(
    expect.arrayContaining([
      ['error', `${bad.empty}: empty file; nothing to check`],
      ['error', `${bad.binary}: binary content (NUL bytes); not a text article`],
      ['warning', `${bad.latin}: not valid UTF-8; read as Windows-1252`],
      ['warning', `${loop}: symbolic link loop; skipped`],
    ]),
  );
  expect(named.find(([, message]) => message.startsWith(`${bad.frontMatter}: malformed front matter`))?.[0]).toBe('error');
  expect(named).toHaveLength(5);
  for (const [, message] of named) expect(message).not.toContain('\n');
});
