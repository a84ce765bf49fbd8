import { escapeData, escapeProperty, githubReporter } from '../../src/report/github-reporter.js';
import type { CheckResult } from '../../src/types.js';
import { EMPTY_RESULT, RESULT } from './fixtures/story.js';

describe('githubReporter', () => {
  test('one workflow command per finding: ::error, ::warning, ::notice, located at the first side', () => {
    const lines = githubReporter(RESULT, { color: false, cwd: process.cwd() }).trimEnd().split('\n');
    expect(lines).toHaveLength(RESULT.findings.length);
    expect(lines[0]).toBe(
      '::error file=stories/001.md,line=9,col=16,endLine=9,endColumn=55,title=corroborate meeting-modality (conflict)::' +
        'A meeting with Rui Calado is possible in 001 but not on the schedule in 002.' +
        '%0A↔ stories/002.txt:4:1 “A meeting with Prime Minister Rui Calado is not on her schedule”' +
        '%0ABoth articles speak of the same trip; one hedges a meeting as possible, the other says it is not planned.',
    );
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::warning', '::warning', '::notice', '::notice', '::error']);
    // A file that could not be read as an article gets an annotation without a location.
    expect(lines[5]).toBe('::error title=corroborate input (input)::stories/005.txt: cannot decode the file as text');
  });

  test('escapes what GitHub requires: % CR LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const odd: CheckResult = {
      ...RESULT,
      articles: [{ ...RESULT.articles[0]!, path: 'news/a,b:c.md' }],
      findings: [{ ...RESULT.findings[0]!, message: 'line one\nline two: 50%', explanation: undefined, positions: RESULT.findings[0]!.positions.slice(0, 1) }],
    };
    expect(githubReporter(odd, { color: false })).toBe(
      '::error file=news/a%2Cb%3Ac.md,line=9,col=16,endLine=9,endColumn=55,title=corroborate meeting-modality (conflict)::line one%0Aline two: 50%25\n',
    );
  });

  test('prints nothing when there is nothing to report', () => {
    expect(githubReporter(EMPTY_RESULT, { color: false })).toBe('');
  });
});
