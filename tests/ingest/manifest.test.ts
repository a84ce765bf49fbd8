import path from 'node:path';
import { parseManifest } from '../../src/ingest/manifest.js';

const folder = path.resolve('/tmp/corpus-for-manifest-test');
const file = path.join(folder, 'corroborate.yaml');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseManifest', () => {
  test('maps relative file names to metadata by absolute path', () => {
    const manifest = parseManifest(
      file,
      bytes('articles:\n  a.txt: { outlet: Harbour Gazette, published: 2019-07-21 }\n  nested/b.md:\n    title: "Pier reopens"\n    url: https://example.org/b\n'),
    );
    expect([...manifest.entries]).toEqual([
      [path.join(folder, 'a.txt'), { outlet: 'Harbour Gazette', published: '2019-07-21' }],
      [path.join(folder, 'nested', 'b.md'), { title: 'Pier reopens', url: 'https://example.org/b' }],
    ]);
    expect(manifest.problems).toEqual([]);
  });

  test('JSON manifests, with a BOM', () => {
    const json = parseManifest(path.join(folder, 'corroborate.json'), bytes('\ufeff{"articles": {"a.txt": {"published": "2019-07-21"}}}'));
    expect(json.entries.get(path.join(folder, 'a.txt'))).toEqual({ published: '2019-07-21' });
  });

  test.each(['../../etc/passwd', '/etc/passwd', 'sub/../../outside.txt', '.'])('"%s" is refused: it leaves the folder', (entry) => {
    const manifest = parseManifest(file, bytes(`articles:\n  "${entry}": { title: x }\n  ok.txt: { title: y }\n`));
    expect(manifest.problems).toEqual([{ path: file, severity: 'error', message: `"${entry}" points outside the manifest's folder; entry refused` }]);
    expect([...manifest.entries.keys()]).toEqual([path.join(folder, 'ok.txt')]);
  });

  test('invalid YAML is one error on the manifest, with no entries', () => {
    const manifest = parseManifest(file, bytes('articles:\n  a.txt: { title: [\n'));
    expect(manifest.entries.size).toBe(0);
    expect(manifest.problems).toHaveLength(1);
    expect(manifest.problems[0]!.message).toMatch(/^not a valid YAML manifest \(ignored\): /u);
  });

  test('a manifest without "articles:" is named as such', () => {
    expect(parseManifest(file, bytes('title: nothing\n')).problems[0]!.message).toBe('manifest ignored: expected a mapping "articles:" of file names to metadata');
  });

  test('entries that are not mappings, and values that are not single values, are reported', () => {
    const manifest = parseManifest(file, bytes('articles:\n  a.txt: just text\n  b.txt: { title: [x, y], outlet: Gazette }\n'));
    expect(manifest.problems.map((p) => [p.severity, p.message])).toEqual([
      ['error', 'the entry for "a.txt" is not a mapping of metadata; ignored'],
      ['warning', '"b.txt": "title" is not a single value; ignored'],
    ]);
    expect(manifest.entries.get(path.join(folder, 'b.txt'))).toEqual({ outlet: 'Gazette' });
  });
});
