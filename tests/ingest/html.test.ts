import { readHtml } from '../../src/ingest/html.js';

const PAGE = `<!doctype html>
<html><head>
  <title>Pier reopens | Harbour Gazette</title>
  <meta property="og:site_name" content="Harbour Gazette">
  <meta property="og:url" content="https://gazette.example/pier">
  <meta property="article:published_time" content="2019-07-21T09:30:00+01:00">
  <script>var tracking = "Ignore this script text.";</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <header><h1>Pier reopens</h1><time datetime="2019-07-22">22 July</time></header>
    <p>The northern pier reopened on <b>Friday</b> after three weeks of repairs &amp; checks.</p>
    <p>Ferries  will run
       every hour.<br>Cargo waits until Monday.</p>
    <figure><img src="x.jpg"><figcaption>Photo credit line</figcaption></figure>
    <h2>What comes next</h2>
    <ul><li>New timetable</li><li>Repairs to the south pier</li></ul>
    <form><label>Leave a comment</label><textarea></textarea></form>
  </article>
  <footer>© Harbour Gazette</footer>
</body></html>`;

describe('readHtml', () => {
  test('main text from <article>: paragraphs, headings and list items; scripts, nav, figures and forms dropped', () => {
    expect(readHtml(PAGE).text).toBe(
      [
        'The northern pier reopened on Friday after three weeks of repairs & checks.',
        '',
        'Ferries will run every hour.',
        'Cargo waits until Monday.',
        '',
        '## What comes next',
        '',
        '- New timetable',
        '',
        '- Repairs to the south pier',
        '',
      ].join('\n'),
    );
  });

  test('metadata from meta tags wins over <title> and <time>', () => {
    const { text: _text, ...meta } = readHtml(PAGE);
    expect(meta).toEqual({
      title: 'Pier reopens | Harbour Gazette',
      outlet: 'Harbour Gazette',
      url: 'https://gazette.example/pier',
      published: '2019-07-21T09:30:00+01:00',
    });
  });

  test('JSON-LD NewsArticle metadata is read as data', () => {
    const page = `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
       {"@type":"NewsArticle","headline":"Quay wall repaired","datePublished":"2020-02-03T08:00:00Z",
        "publisher":{"@type":"Organization","name":"Quay Times"},"url":"https://quay.example/wall"}]}
    </script></head><body><p>The quay wall was repaired.</p></body></html>`;
    const { text, ...meta } = readHtml(page);
    expect(meta).toEqual({ title: 'Quay wall repaired', outlet: 'Quay Times', url: 'https://quay.example/wall', published: '2020-02-03T08:00:00Z' });
    expect(text).toBe('The quay wall was repaired.\n');
  });

  test('a <time> in the prose does not date the page; one before the prose does', () => {
    const inProse = readHtml('<body><p>The storm hit on <time datetime="2019-07-01">1 July</time>.</p></body>');
    expect(inProse.published).toBeUndefined();
    const before = readHtml('<body><div class="byline"><time datetime="2019-07-21">21 July</time></div><p>Text.</p></body>');
    expect(before.published).toBe('2019-07-21');
    const marked = readHtml('<body><p>On <time datetime="2019-07-01">1 July</time>.</p><time itemprop="datePublished" datetime="2019-07-21">x</time></body>');
    expect(marked.published).toBe('2019-07-21');
  });

  test('invalid JSON-LD is ignored, never evaluated', () => {
    const page = '<html><head><script type="application/ld+json">{"datePublished": (function(){globalThis.pwned=1})()}</script></head><body><p>Text.</p></body></html>';
    expect(readHtml(page).published).toBeUndefined();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test('without <article> or <main>, the body is the text', () => {
    expect(readHtml('<html><body><div>First block.</div><div>Second block.</div></body></html>').text).toBe('First block.\n\nSecond block.\n');
  });

  test('a page with no text gives empty text', () => {
    expect(readHtml('<html><head><title>x</title></head><body><script>1</script></body></html>').text).toBe('');
  });

  test('deeply nested markup (100,000 levels) is read without overflowing the stack', () => {
    const depth = 100_000;
    const page = `<body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body>`;
    expect(readHtml(page).text).toBe('Deep text.\n');
  });

  test('unclosed and malformed tags are tolerated', () => {
    expect(readHtml('<body><p>One<p>Two <b>bold<i>both</b> after</p></div></span>').text).toBe('One\n\nTwo boldboth after\n');
  });
});
