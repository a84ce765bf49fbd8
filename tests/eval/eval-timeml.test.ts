import { evaluate, formatTable } from '../../scripts/eval-timeml.js';
import { TimeMLError, dctDate, readTimeML } from '../../scripts/timeml/read-timeml.js';
import { prf, scoreDocument } from '../../scripts/timeml/score-timex.js';

// A TimeML document written for this test (an invented news item), with its gold TIMEX3.
const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-24" temporalFunction="false" functionInDocument="CREATION_TIME">April 24, 2024</TIMEX3></DCT>
<TEXT>
The ferry company said <TIMEX3 tid="t1" type="DATE" value="2024-04-22">Monday</TIMEX3> that crossings would resume <TIMEX3 tid="t2" type="DATE" value="2024-05">next month</TIMEX3> &amp; fares would rise.
It was the first strike at the port in <TIMEX3 tid="t3" type="DURATION" value="P14Y">14 years</TIMEX3>, a spokesman said.
Crews <EVENT eid="e1">walked out</EVENT> in <TIMEX3 tid="t4" type="DATE" value="2023-11">November</TIMEX3>.
</TEXT>
</TimeML>`;

describe('reading TimeML', () => {
  test('the DCT, the plain text of <TEXT> and the gold spans into it', () => {
    const doc = readTimeML('sample-1', SAMPLE);
    expect(doc.dct).toBe('2024-04-24');
    expect(dctDate('1998-08-07T10:35:00')).toBe('1998-08-07');
    expect(doc.text).toContain('next month & fares would rise');
    expect(doc.text).not.toContain('<');
    expect(doc.gold.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Monday', 'DATE', '2024-04-22'],
      ['next month', 'DATE', '2024-05'],
      ['14 years', 'DURATION', 'P14Y'],
      ['November', 'DATE', '2023-11'],
    ]);
  });

  test('a document without a DCT is a clear error', () => {
    expect(() => readTimeML('broken', '<TimeML><TEXT>x</TEXT></TimeML>')).toThrow(TimeMLError);
  });
});

describe('TempEval-3 scoring', () => {
  const t = (start: number, end: number, value: string) => ({ start, end, text: '', type: 'DATE', value });

  test('strict needs the same span, relaxed an overlap; value counts over relaxed matches', () => {
    const score = scoreDocument([t(0, 10, 'a'), t(20, 30, 'b'), t(40, 50, 'c')], [t(0, 10, 'a'), t(22, 30, 'x'), t(60, 70, 'd')]);
    expect(score.counts).toEqual({ gold: 3, system: 3, strict: 1, relaxed: 2, type: 2, value: 1 });
    expect(score.missed.map((m) => m.value)).toEqual(['c']);
    expect(score.spurious.map((s) => s.value)).toEqual(['d']);
    expect(prf(score.counts.relaxed, score.counts).f1).toBeCloseTo(2 / 3);
  });

  test('corroborate and the chrono-only baseline on the sample', () => {
    const evaluation = evaluate([readTimeML('sample-1', SAMPLE)]);
    expect(evaluation.ours).toEqual({ gold: 4, system: 4, strict: 4, relaxed: 4, type: 4, value: 4 });
    // chrono alone reads "Monday", "next month" and "November", but "in 14 years" as a future date.
    expect(evaluation.chrono.gold).toBe(4);
    expect(evaluation.chrono.value).toBeLessThan(evaluation.ours.value);
    const table = formatTable(evaluation);
    expect(table).toContain('| relaxed extent | 1.000 | 1.000 | **1.000** |');
    expect(table).toContain('| value (relaxed) | 1.000 | 1.000 | **1.000** |');
  });
});
