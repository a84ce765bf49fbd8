import { ArticleError, readArticle } from '../../src/ingest/read-article.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const BODY = 'The northern pier reopened on Friday after three weeks of repairs to its deck.\n';
const FRONT = '---\ntitle: Pier reopens (front matter)\noutlet: Front Gazette\npublished: 2019-07-20\n---\n';
const DATELINE = 'URL: https://www.line-news.example/pier\nPublished: July 18, 2019\n';
const MANIFEST = { title: 'Pier reopens (manifest)', outlet: 'Manifest Times', url: 'https://manifest.example/pier', published: '2019-07-19' };

describe('readArticle: metadata precedence (command line > front matter > manifest > dateline)', () => {
  test('the command line wins over everything in or beside the file', () => {
    const article = readArticle('a.md', bytes(FRONT + DATELINE + BODY), 'markdown', { manifest: MANIFEST, commandLinePublished: '2019-07-21' });
    expect(article.published).toEqual({ value: '2019-07-21', basis: 'given', confidence: 1 });
  });

  test('front matter wins over the manifest and the dateline, for every field', () => {
    const article = readArticle('a.md', bytes(FRONT + DATELINE + BODY), 'markdown', { manifest: MANIFEST });
    expect(article.published).toEqual({ value: '2019-07-20', basis: 'front-matter', confidence: 1 });
    expect([article.title, article.outlet, article.url]).toEqual(['Pier reopens (front matter)', 'Front Gazette', 'https://manifest.example/pier']);
  });

  test('the manifest wins over the dateline and the URL line', () => {
    const article = readArticle('a.txt', bytes(DATELINE + BODY), 'text', { manifest: MANIFEST });
    expect(article.published).toEqual({ value: '2019-07-19', basis: 'given', confidence: 1 });
    expect([article.title, article.outlet, article.url]).toEqual(['Pier reopens (manifest)', 'Manifest Times', 'https://manifest.example/pier']);
  });

  test('the dateline when nothing else is given, with its span and evidence; the outlet from the URL line', () => {
    const text = DATELINE + BODY;
    const article = readArticle('a.txt', bytes(text), 'text');
    expect(article.published).toMatchObject({ value: '2019-07-18', basis: 'dateline', confidence: 1 });
    expect(text.slice(article.published.span!.start, article.published.span!.end)).toBe('July 18, 2019');
    expect(article.published.evidence).toEqual([{ article: 'a', reason: 'a "published" line at the top of the article', text: 'July 18, 2019', span: article.published.span }]);
    expect([article.url, article.outlet]).toEqual(['https://www.line-news.example/pier', 'line-news.example']);
    expect(article.excluded.map((range) => [text.slice(range.span.start, range.span.end), range.reason, range.label])).toEqual([
      ['URL: https://www.line-news.example/pier', 'metadata', 'url-line'],
      ['Published: July 18, 2019', 'metadata', 'dateline'],
    ]);
  });

  test('no date anywhere: value and basis are null', () => {
    expect(readArticle('a.txt', bytes(BODY), 'text').published).toEqual({ value: null, basis: null });
  });

  test('an unreadable given date is a warning and the next source is used', () => {
    const article = readArticle('a.txt', bytes(DATELINE + BODY), 'text', { commandLinePublished: 'sometime soon' });
    expect(article.published.value).toBe('2019-07-18');
    expect(article.problems).toEqual([{ path: 'a.txt', severity: 'warning', message: '--published: cannot read "sometime soon" as a date; ignored' }]);
  });

  test('an "updated" stamp alone is used with lower confidence', () => {
    expect(readArticle('a.txt', bytes(`Last Updated: July 18, 2019\n${BODY}`), 'text').published).toMatchObject({ value: '2019-07-18', confidence: 0.8 });
  });

  test('a misspelt month in the dateline is read and reported as info', () => {
    const article = readArticle('a.txt', bytes(`Septmber 3, 2019\n${BODY}`), 'text');
    expect(article.published).toMatchObject({ value: '2019-09-03', basis: 'dateline', confidence: 0.9 });
    expect(article.problems).toEqual([{ path: 'a.txt', severity: 'info', message: 'dateline "Septmber 3, 2019": read "Septmber" as "September"' }]);
  });

  test('HTML: metadata from the page, offsets refer to the extracted text', () => {
    const page = '<html><head><meta property="article:published_time" content="2019-07-20T08:00:00Z"><meta property="og:site_name" content="Page Post"></head><body><article><p>The pier reopened on Friday.</p></article></body></html>';
    const article = readArticle('p.html', bytes(page), 'html', { manifest: MANIFEST });
    expect(article).toMatchObject({ text: 'The pier reopened on Friday.\n', textSource: 'html-text', outlet: 'Page Post', published: { value: '2019-07-20', basis: 'front-matter', dateTime: '2019-07-20T08:00:00Z' } });
  });
});

describe('readArticle: text and problems', () => {
  test('the text is the file as read; only a BOM is removed', () => {
    const text = `${FRONT}Line one.\r\nLine two.\r\n`;
    const article = readArticle('a.md', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(text)]), 'markdown');
    expect(article.text).toBe(text);
    expect(article.excluded[0]).toEqual({ span: { start: 0, end: FRONT.length }, reason: 'front-matter', label: 'yaml' });
  });

  test('malformed front matter: the article is still read, the block excluded, the problem an error', () => {
    const text = `---\ntitle: [broken\n---\n${BODY}`;
    const article = readArticle('a.md', bytes(text), 'markdown');
    expect(article.problems).toHaveLength(1);
    expect(article.problems[0]).toMatchObject({ path: 'a.md', severity: 'error' });
    expect(article.problems[0]!.message).toMatch(/^malformed front matter \(ignored\): /u);
    expect(article.excluded[0]!.reason).toBe('front-matter');
    expect(article.text.slice(article.excluded[0]!.span.end)).toBe(BODY);
  });

  test.each([
    ['an empty file', '', 'empty file; nothing to check'],
    ['only whitespace', ' \n\t\r\n', 'no article text (only whitespace or front matter)'],
    ['only front matter', FRONT, 'no article text (only whitespace or front matter)'],
  ])('%s has nothing to check', (_name, text, message) => {
    expect(() => readArticle('a.txt', bytes(text), 'text')).toThrow(new ArticleError(message));
  });

  test('HTML without text has nothing to check', () => {
    expect(() => readArticle('a.html', bytes('<html><body><nav>Menu</nav></body></html>'), 'html')).toThrow('no article text found in the HTML');
  });

  test('binary content is not an article', () => {
    expect(() => readArticle('a.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]), 'text')).toThrow('binary content (NUL bytes); not a text article');
  });
});
