import { runCheck } from '../../src/pipeline.js';
import type { CheckResult, Finding } from '../../src/types.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';

const serious = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';
const touches = (finding: Finding, article: string, pattern: RegExp) => finding.positions.some((p) => p.article.startsWith(article) && pattern.test(p.text));

describeWithShared('reconciler acceptance on ../shared/corpus/blinken (no publication dates given)', () => {
  let report: CheckResult;

  beforeAll(async () => {
    report = (await runCheck([sharedPath('corpus', 'blinken')])).result;
  });

  test('003 describes a June 2023 trip, the others the April 2024 trip: different events, as info', () => {
    const different = report.findings.filter((finding) => finding.rule === 'different-events');
    expect(different.length).toBeGreaterThan(0);
    const split = different.find((finding) => finding.positions.some((p) => p.article.startsWith('003')));
    expect(split).toBeDefined();
    expect(split!.severity).toBe('info');
    expect(split!.message).toMatch(/2023-06/u);
    expect(split!.message).toMatch(/2024-04/u);
    const sides = new Set(split!.positions.map((p) => p.article.slice(0, 3)));
    expect(sides.has('003')).toBe(true);
    expect([...sides].filter((id) => id !== '003').length).toBeGreaterThanOrEqual(1);
  });

  test('the Xi meeting: possible in 001, not on the agenda in 004, is a conflict', () => {
    const xi = report.findings.find((finding) => serious(finding) && touches(finding, '001', /Xi/u) && touches(finding, '004', /Xi/u));
    expect(xi).toBeDefined();
    expect(xi!.severity).toBe('error');
  });

  test('"Anthony" vs "Antony" is flagged', () => {
    expect(report.findings.some((finding) => finding.rule === 'name-variant' && finding.positions.some((p) => /Anthony/u.test(p.text)) && finding.positions.some((p) => /Antony/u.test(p.text)))).toBe(true);
  });

  test.each([
    ['California vs San Francisco', /California/u, /San Francisco/u],
    ['"since 2010" vs "in 14 years"', /2010/u, /14 years/u],
    ['"February 2022" vs "2022"', /February 2022/u, /^(?:in )?2022$/u],
    ['"Friday" vs "Wednesday through Friday"', /^(?:on )?Friday$/u, /Wednesday through Friday/u],
    ['the two November meetings', /November/u, /November/u],
  ])('no error or warning for %s', (_label, left, right) => {
    const offending = report.findings.filter((finding) => {
      if (!serious(finding)) return false;
      const texts = finding.positions.map((p) => `${p.article}\u0000${p.text}`);
      return texts.some((a) => left.test(a.split('\u0000')[1]!) && texts.some((b) => b !== a && right.test(b.split('\u0000')[1]!) && b.split('\u0000')[0] !== a.split('\u0000')[0]));
    });
    expect(offending.map((finding) => finding.message)).toEqual([]);
  });

  test('at most a dozen error and warning findings in all', () => {
    expect(report.findings.filter(serious).length).toBeLessThanOrEqual(12);
  });
});
