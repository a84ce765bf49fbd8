import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/cli.js';
import type { CheckResult, Claim } from '../../src/types.js';
import { memoryIO } from '../helpers/memory-io.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';

/** The first day after the publication period (`2024-04` → `2024-05-01`). */
function periodEnd(value: string): string {
  const [year, month] = value.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return `${year + 1}-01-01`;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The sentence around a claim, read from the file. */
function sentenceAround(text: string, claim: Claim): string {
  const start = Math.max(text.lastIndexOf('. ', claim.span.start), text.lastIndexOf('\n', claim.span.start)) + 1;
  const ends = [text.indexOf('. ', claim.span.end), text.indexOf('\n', claim.span.end)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

const FUTURE = /\b(?:will|would|'ll|next|upcoming|if|plans?|expected)\b/iu;

describeWithShared('publication dates inferred on ../shared/corpus/blinken (no dates given)', () => {
  let report: CheckResult;

  beforeAll(async () => {
    const io = memoryIO({ env: {} });
    await run(['check', sharedPath('corpus', 'blinken'), '--format', 'json'], io);
    report = JSON.parse(io.out) as CheckResult;
  });

  test('003 comes out in June 2023 and the four others in April 2024', () => {
    const dates = Object.fromEntries(report.articles.map((article) => [article.id.slice(0, 3), article.published.value]));
    expect(dates).toEqual({ '000': '2024-04', '001': '2024-04', '002': '2024-04', '003': '2023-06', '004': '2024-04' });
    for (const article of report.articles) {
      expect(article.published.basis).toBe('inferred');
      expect(article.published.confidence).toBeGreaterThanOrEqual(0.4);
    }
  });

  test('the evidence chain is readable and quotes the files exactly', () => {
    const byId = new Map(report.articles.map((article) => [article.id, readFileSync(article.path, 'utf8')]));
    for (const article of report.articles) {
      const evidence = article.published.evidence ?? [];
      expect(evidence.length).toBeGreaterThanOrEqual(2);
      for (const step of evidence) {
        expect(step.reason.length).toBeGreaterThan(10);
        if (step.span) expect(byId.get(step.article)!.slice(step.span.start, step.span.end)).toBe(step.text);
      }
    }
    const reasons = (id: string) => report.articles.find((a) => a.id.startsWith(id))!.published.evidence!.map((e) => e.reason).join('\n');
    expect(reasons('003')).toMatch(/"nearly five years" back to "October 2018"/u);
    expect(reasons('004')).toMatch(/"14 years" back to "2010" \(article 000_/u);
  });

  test('no date lands after its article unless the sentence is about the future', () => {
    const texts = new Map(report.articles.map((article) => [article.id, readFileSync(article.path, 'utf8')]));
    const published = new Map(report.articles.map((article) => [article.id, article.published.value!]));
    const late = report.claims
      .filter((claim): claim is Claim<'time'> => claim.kind === 'time')
      .filter((claim) => claim.value.interval && claim.value.interval.start >= periodEnd(published.get(claim.article)!))
      .filter((claim) => !FUTURE.test(sentenceAround(texts.get(claim.article)!, claim)))
      .map((claim) => `${claim.article}: "${claim.text}" → ${claim.value.timex.value}`);
    expect(late).toEqual([]);
  });

  test('"in 14 years" is a look-back to 2010, never the year 2038', () => {
    const claim = report.claims.find((c): c is Claim<'time'> => c.kind === 'time' && c.text === '14 years')!;
    expect(claim.value.timex).toMatchObject({ type: 'DURATION', value: 'P14Y', anchor: '2024-04' });
    expect(claim.value.relation).toBe('since');
    expect(claim.value.interval).toEqual({ start: '2010-04-01', end: '2024-04-01' });
  });
});
