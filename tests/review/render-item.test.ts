import { ansi } from '../../src/report/ansi.js';
import { markQuote, renderWordDiff } from '../../src/review/render-item.js';
import { describeValue } from '../../src/review/describe-value.js';

const plain = ansi(false);

describe('markQuote', () => {
  test('marks the quote in its sentence', () => {
    expect(markQuote('The dam opened in   spring.', 'in spring', plain, false)).toBe('The dam opened in   spring.');
    expect(markQuote('The dam opened in spring.', 'in spring', plain, false)).toBe('The dam opened «in spring».');
  });

  test('cuts a long sentence to a window around the quote', () => {
    const before = 'word '.repeat(60);
    const after = ' more'.repeat(60);
    const marked = markQuote(`${before}on 3 May${after}`, 'on 3 May', plain, false);
    expect(marked.startsWith('…')).toBe(true);
    expect(marked.endsWith('…')).toBe(true);
    expect(marked).toContain('«on 3 May»');
    expect(marked.length).toBeLessThan(200);
  });
});

describe('renderWordDiff', () => {
  test('shows removed and added words, not letters', () => {
    expect(renderWordDiff('Mayor Ilse Varga', 'Mayor Ilse Vargha', plain, false)).toBe('Mayor Ilse [-Varga-]{+Vargha+}');
  });
});

describe('describeValue', () => {
  test('reads the common value shapes', () => {
    expect(describeValue({ timex: { type: 'DATE', value: '2031-05-02' } })).toBe('DATE 2031-05-02');
    expect(describeValue({ amount: 40, low: 40, high: 70, unit: '%', dimension: 'percent', qualifier: 'range' })).toBe('range 40–70 %');
    expect(describeValue({ name: 'Port Velm', containedIn: [], geo: { id: 'XX:Port Velm', name: 'Port Velm', level: 'city' } })).toBe('Port Velm [XX:Port Velm]');
    expect(describeValue({ predicate: 'meet', participants: ['A. Envoy'], counterpart: ['B. Leader'], polarity: 'negative', modality: 'planned' })).toBe(
      'meet: A. Envoy with B. Leader (negated) (planned)',
    );
    expect(describeValue({ odd: [1, 2] })).toBe('{"odd":[1,2]}');
    expect(describeValue(null)).toBe('');
  });
});
