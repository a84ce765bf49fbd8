import { wordDiff } from '../../src/report/word-diff.js';

describe('wordDiff', () => {
  test('marks the words one quote leaves out, with their exact spans', () => {
    const a = 'We want a deal that works for farmers on both sides';
    const b = 'We want a deal that works for both sides';
    const difference = wordDiff(a, b)!;
    expect(difference.onlyInA.map((span) => a.slice(span.start, span.end))).toEqual(['farmers on']);
    expect(difference.onlyInB).toEqual([]);
    expect(difference.similarity).toBeGreaterThan(0.7);
  });

  test('a changed word shows on both sides; case differences count', () => {
    const a = 'The envoy called the talks frank.';
    const b = 'The envoy called the talks Frank and useful.';
    const difference = wordDiff(a, b)!;
    expect(difference.onlyInA.map((span) => a.slice(span.start, span.end))).toEqual(['frank']);
    expect(difference.onlyInB.map((span) => b.slice(span.start, span.end))).toEqual(['Frank and useful']);
  });

  test('whitespace alone is no difference, and unrelated sentences score low', () => {
    expect(wordDiff('two  spaces here', 'two spaces here')).toEqual({ onlyInA: [], onlyInB: [], similarity: 1 });
    expect(wordDiff('Rain fell on the hills.', 'Officials counted seven ballots.')!.similarity).toBeLessThan(0.35);
  });
});
