import { markdownReporter, markdownText } from '../../src/report/markdown-reporter.js';
import { ARTICLES, EMPTY_RESULT, RESULT } from './fixtures/story.js';

const render = () => markdownReporter(RESULT, { color: false, articles: ARTICLES });

describe('markdownReporter', () => {
  test('lists the articles with outlet, date and how the date was known, with evidence for inferred ones', () => {
    const md = render();
    expect(md).toContain('| **001** stories/001.md | Northern Ledger | Whitlock opens trade talks in Lisbon | 2024-04-17 | front matter |');
    expect(md).toContain('| **002** stories/002.txt | Harbour Daily |  | 2024-04-18 | dateline in the text |');
    expect(md).toContain('| 2023-03 | inferred from the text (confidence 0.6) |');
    expect(md).toContain('- **003** → 2023-03\n  - 003: “March 14, 2023” the latest dated event it reports is on 2023-03-14');
  });

  test('counts findings by severity', () => {
    expect(render()).toContain('| ✖ error | 2 |\n| ⚠ warning | 2 |\n| ℹ info | 2 |');
  });

  test('groups findings by event, in the order of the events, loose findings last', () => {
    const md = render();
    const headings = md.split('\n').filter((line) => line.startsWith('## Event') || line === '## Not tied to one event');
    expect(headings).toEqual([
      '## Event: visit to Lisbon, 2024-04 (2024-04-16 – 2024-04-18)',
      '## Event: visit to Lisbon, 2023-03 (2023-03-13 – 2023-03-14)',
      '## Not tied to one event',
    ]);
    // Within a group the error comes before the warning, whatever the input order.
    const loose = md.slice(md.indexOf('## Not tied to one event'));
    expect(loose.indexOf('✖ error: stories/005.txt')).toBeLessThan(loose.indexOf('⚠ warning: The person name'));
  });

  test('shows the quote from every side with article and line:column, in its sentence, and the explanation', () => {
    const md = render();
    const block = md.slice(md.indexOf('### ✖ error: A meeting'), md.indexOf('### ⚠ warning: The quote'));
    expect(block).toContain('- **001 (Northern Ledger)**, line 9:16: “she could meet Prime Minister Rui Calado”');
    expect(block).toContain('  > Officials said **she could meet Prime Minister Rui Calado** before leaving on Thursday.');
    expect(block).toContain('- **002 (Harbour Daily)**, line 4:1: “A meeting with Prime Minister Rui Calado is not on her schedule”');
    expect(block).toContain('Why: Both articles speak of the same trip');
    expect(block).toContain('Rule `meeting-modality` · verdict conflict · confidence 85 %');
  });

  test('says what corroborates what, with the number of independent sources', () => {
    expect(render()).toContain(
      '### What corroborates what\n\n- ✔ The arrival on Tuesday 2024-04-16 is reported alike. — 3 independent sources: 001 (Northern Ledger) 6:50 “on Tuesday”; 002 (Harbour Daily) 3:31 “on Tuesday”;',
    );
  });

  test('article text and metadata cannot inject markup', () => {
    const md = render();
    // Every < is backslash-escaped, so Markdown renders it as text, never as an HTML tag.
    expect(md).not.toMatch(/(?<!\\)</u);
    expect(md).toContain('\\<script\\>alert("outlet")\\</script\\>');
    expect(markdownText('a | b *c* [d](e) `f`')).toBe('a \\| b \\*c\\* \\[d\\](e) \\`f\\`');
  });

  test('a result without findings says so; the same result gives the same bytes', () => {
    expect(markdownReporter(EMPTY_RESULT, { color: false })).toContain('No findings');
    expect(render()).toBe(render());
  });
});

describe('markdownText', () => {
  test('underscores inside words stay; those that could start emphasis are escaped', () => {
    expect(markdownText('38_11ecbplus and _stress_ here')).toBe('38_11ecbplus and \\_stress\\_ here');
  });
});
