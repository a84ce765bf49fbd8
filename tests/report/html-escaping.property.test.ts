import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { htmlReporter } from '../../src/report/html/html-reporter.js';
import type { Article, CheckResult, Claim } from '../../src/types.js';

// Text made mostly of the characters that matter to HTML, so markup-like runs come up often.
const character = fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', '\n', 'a', 's', 'c', 'r', 'i', 'p', 't', 'é', '😀');
const text = fc.array(character, { minLength: 1, maxLength: 60 }).map((chars) => chars.join(''));

function build(body: string, cuts: [number, number][]): { result: CheckResult; article: Article } {
  const article: Article = {
    id: 'a<b>',
    path: 'x/"a".txt',
    format: 'text',
    text: body,
    textSource: 'file',
    title: body.slice(0, 10),
    published: { value: null, basis: null },
    excluded: [],
    problems: [],
  };
  const claims: Claim[] = cuts.map(([x, y], index) => {
    const [start, end] = [Math.min(x, y), Math.max(x, y) + 1].map((n) => Math.min(n, body.length)) as [number, number];
    return {
      id: `quote-${index}`,
      article: article.id,
      kind: 'quote',
      text: body.slice(start, end),
      span: { start, end },
      line: 1,
      column: start + 1,
      sentence: 0,
      value: { quote: body.slice(start, end), speakerKind: 'unknown', direct: true },
      certainty: {},
    };
  });
  const result: CheckResult = {
    schemaVersion: 1,
    tool: { name: 'corroborate', version: 'test' },
    articles: [{ id: article.id, path: article.path, title: article.title!, textSource: 'file', published: article.published }],
    claims,
    findings: claims.length
      ? [
          {
            id: 'f-1',
            rule: 'quote-wording',
            severity: 'warning',
            verdict: 'altered-quote',
            message: body,
            confidence: 0.5,
            positions: claims.map((claim) => ({ article: claim.article, claim: claim.id, text: claim.text, span: claim.span, line: 1, column: 1, value: claim.value })),
          },
        ]
      : [],
  };
  return { result, article };
}

describe('HTML report escaping (property)', () => {
  test('any article text comes back exactly as text, and the only element that runs is our script', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(59), fc.nat(59)), { maxLength: 4 }), (body, cuts) => {
        const { result, article } = build(body, cuts);
        const dom = parseDocument(htmlReporter(result, { color: false, articles: [article] }));
        const elements = findAll(() => true, dom.children) as Element[];
        expect(elements.filter((element) => element.name === 'script')).toHaveLength(1);
        expect(elements.some((element) => Object.keys(element.attribs).some((name) => name.startsWith('on')))).toBe(false);
        const view = elements.find((element) => element.attribs.class === 'article-text')!;
        expect(textContent(view)).toBe(body);
      }),
      { numRuns: 200 },
    );
  });
});
