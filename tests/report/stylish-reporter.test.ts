import { stylishReporter } from '../../src/report/stylish-reporter.js';
import { EMPTY_RESULT, RESULT } from './fixtures/story.js';

describe('stylishReporter', () => {
  test('groups findings under the article of their first side, with every side quoted', () => {
    const text = stylishReporter(RESULT, { color: false });
    expect(text).toContain(
      [
        'stories/001.md',
        '  9:16    error   A meeting with Rui Calado is possible in 001 but not on the schedule in 002.  meeting-modality',
        '                  “she could meet Prime Minister Rui Calado”',
        '                  ↔ stories/002.txt:4:1 “A meeting with Prime Minister Rui Calado is not on her schedule”',
      ].join('\n'),
    );
    expect(text.trimEnd().split('\n').pop()).toBe('✖ 4 articles, 15 claims: 2 errors, 2 warnings, 2 info');
  });

  test('colour only when asked', () => {
    expect(stylishReporter(RESULT, { color: false })).not.toContain('\u001b[');
    expect(stylishReporter(RESULT, { color: true })).toContain('\u001b[31m');
    expect(stylishReporter(EMPTY_RESULT, { color: false })).toBe('✔ 1 article, 0 claims: 0 errors, 0 warnings, 0 info\n');
  });
});
