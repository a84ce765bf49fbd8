import { readFrontMatter } from '../../src/ingest/front-matter.js';

describe('readFrontMatter', () => {
  test('reads a YAML mapping and spans the whole block with its fences', () => {
    const text = '---\ntitle: Pier reopens\npublished: 2019-07-21\n---\nThe pier reopened.\n';
    const result = readFrontMatter(text)!;
    expect(result.data).toEqual({ title: 'Pier reopens', published: '2019-07-21' });
    expect(text.slice(result.span!.start, result.span!.end)).toBe('---\ntitle: Pier reopens\npublished: 2019-07-21\n---\n');
    expect(result.error).toBeUndefined();
  });

  test('CRLF fences', () => {
    const text = '---\r\ntitle: Pier\r\n---\r\nBody.\r\n';
    const result = readFrontMatter(text)!;
    expect(result.data).toEqual({ title: 'Pier' });
    expect(text.slice(result.span!.end)).toBe('Body.\r\n');
  });

  test('dates stay text: the core schema makes no Date objects', () => {
    expect(readFrontMatter('---\npublished: 2019-07-21T09:00:00+02:00\n---\n')!.data).toEqual({ published: '2019-07-21T09:00:00+02:00' });
  });

  test('malformed YAML: the block is still spanned, the problem named, no data', () => {
    const result = readFrontMatter('---\ntitle: [unclosed\n---\nBody.\n')!;
    expect(result.span).toBeDefined();
    expect(result.data).toEqual({});
    expect(result.error).toMatch(/^malformed front matter \(ignored\): /u);
    expect(result.error).not.toContain('\n');
  });

  test('a list is not front matter metadata', () => {
    expect(readFrontMatter('---\n- a\n- b\n---\nBody.\n')!.error).toBe('front matter is not a mapping of keys to values (ignored)');
  });

  test('an unclosed block that looks like metadata is reported and read as text', () => {
    const result = readFrontMatter('---\ntitle: Pier\n\nBody without a closing fence.\n')!;
    expect(result.span).toBeUndefined();
    expect(result.error).toBe('front matter starts with "---" but has no closing "---"; read as text');
  });

  test('a Markdown rule at the top is not front matter', () => {
    expect(readFrontMatter('---\nJust prose after a rule.\n')).toBeUndefined();
    expect(readFrontMatter('---\nProse between two rules.\n---\nMore.\n')).toBeUndefined();
  });

  test('no fence, no front matter', () => {
    expect(readFrontMatter('title: not front matter\n')).toBeUndefined();
  });

  test('unsafe YAML tags are never constructed: kept as plain text with a warning', () => {
    const text = '---\ntitle: !!js/function "function () { globalThis.pwned = true }"\nother: !!python/object:os.system ls\n---\nBody.\n';
    const result = readFrontMatter(text)!;
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(typeof result.data.title).toBe('string');
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  test('alias bombs are refused instead of expanded', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const result = readFrontMatter(`---\n${lines.join('\n')}\n---\nBody.\n`)!;
    expect(result.error).toMatch(/malformed front matter/u);
    expect(result.data).toEqual({});
  });
});
