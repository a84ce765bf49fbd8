import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { junitReporter } from '../../src/report/junit-reporter.js';
import type { CheckResult } from '../../src/types.js';
import { EMPTY_RESULT, RESULT } from './fixtures/story.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

function parse(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junitReporter', () => {
  test('is well-formed XML with one test case per finding, grouped by the article of its first side', () => {
    const doc = parse(junitReporter(RESULT, { color: false }));
    expect(doc.testsuites).toMatchObject({ name: 'corroborate', tests: '6', failures: '4', errors: '0' });
    const suites = doc.testsuites.testsuite;
    expect(suites.map((suite: { name: string }) => suite.name)).toEqual(['stories/001.md', 'stories/002.txt', 'stories/003.txt', 'stories/004.txt', '005']);
    const cases = suites.flatMap((suite: { testcase?: unknown[] }) => suite.testcase ?? []);
    expect(cases).toHaveLength(RESULT.findings.length);
    const first = suites[0];
    expect(first).toMatchObject({ tests: '4', failures: '3' });
    expect(first.testcase[0]).toMatchObject({
      name: 'meeting-modality: A meeting with Rui Calado is possible in 001 but not on the schedule in 002.',
      classname: 'corroborate.meeting-modality',
      file: 'stories/001.md',
      line: '9',
      failure: { type: 'error' },
    });
    expect(first.testcase[0].failure['#text']).toContain('stories/002.txt:4:1 “A meeting with Prime Minister Rui Calado is not on her schedule”');
  });

  test('info findings pass, with their detail in system-out', () => {
    const doc = parse(junitReporter(RESULT, { color: false }));
    const corroboration = doc.testsuites.testsuite[0].testcase.find((c: { name: string }) => c.name.startsWith('time-agreement'));
    expect(corroboration.failure).toBeUndefined();
    expect(corroboration['system-out']).toContain('corroborated: info time-agreement');
  });

  test('markup, quotes and control characters in messages stay well-formed', () => {
    const hostile: CheckResult = {
      ...RESULT,
      findings: [{ ...RESULT.findings[0]!, message: 'x <b>"&\'</b> ]]> \u0001 \uD800 end' }],
    };
    const doc = parse(junitReporter(hostile, { color: false }));
    expect(doc.testsuites.testsuite[0].testcase[0].failure.message).toBe('x <b>"&\'</b> ]]> \uFFFD \uFFFD end');
  });

  test('an empty result is a valid report with no test cases', () => {
    const doc = parse(junitReporter(EMPTY_RESULT, { color: false }));
    expect(doc.testsuites).toMatchObject({ tests: '0', failures: '0' });
  });
});
