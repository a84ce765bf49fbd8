import { flattenDeepNesting } from '../../src/ingest/html-depth.js';

describe('flattenDeepNesting', () => {
  test('pages of ordinary depth are returned unchanged', () => {
    const page = '<html><body><div><p>One<p>Two</div><!-- <div><div> --><script>"<div><div><div>"</script></body></html>';
    expect(flattenDeepNesting(page, 3)).toBe(page);
  });

  test('tags deeper than the cap are dropped, their text kept', () => {
    expect(flattenDeepNesting('<div><div><div><div>deep</div></div></div></div>', 2)).toBe('<div><div>  deep  </div></div>');
  });

  test('unclosed paragraphs and list items do not count as nesting', () => {
    const page = `<body>${'<p>para '.repeat(50)}${'<li>item '.repeat(50)}</body>`;
    expect(flattenDeepNesting(page, 3)).toBe(page);
  });

  test('tags inside scripts and comments do not count', () => {
    const page = `<div><script>${'<div>'.repeat(10)}</script><!--${'<div>'.repeat(10)}--></div>`;
    expect(flattenDeepNesting(page, 2)).toBe(page);
  });
});
