import { MemoryReport } from '../../src/stream/memory-report.js';
import type { EventGroup, Finding } from '../../src/types.js';

/** A finding at `start` in article `article`, of `severity`, in `event` when given. */
function finding(id: string, severity: Finding['severity'], article: string, start: number, event?: string): Finding {
  return {
    id,
    rule: 'quantity',
    severity,
    verdict: 'conflict',
    message: id,
    confidence: 1,
    ...(event !== undefined ? { event } : {}),
    positions: [{ article, claim: null, text: 'x', span: { start, end: start + 1 }, line: 1, column: start + 1, value: null }],
  } as Finding;
}

function event(id: string): EventGroup {
  return { id, label: id, articles: [], claims: [] };
}

const label = (story: string) => ({ '/corpus/quake': 'quake', '/corpus/strike': 'strike' })[story];

describe('MemoryReport', () => {
  test('keeps claims in the order they come', () => {
    const report = new MemoryReport();
    const claims = ['c1', 'c2', 'c3'].map((id) => ({ id }) as never);
    for (const claim of claims) report.addClaim(claim);
    expect(report.claims).toEqual(claims);
  });

  test('sorts findings as compareFindings does, ties kept in the order of one array of the whole run', () => {
    const report = new MemoryReport();
    // Stories finish out of their order (group 1 before group 0); two findings tie on everything the sort reads.
    report.addFinding(finding('f-same', 'warning', 'b', 5, 'event-1'), 1, '/corpus/strike');
    report.addFinding(finding('f-error', 'error', 'z', 0, 'event-1'), 1, '/corpus/strike');
    report.addFinding(finding('f-same', 'warning', 'b', 5, 'event-2'), 0, '/corpus/quake');
    report.addFinding(finding('f-early', 'warning', 'a', 9), 0, '/corpus/quake');
    report.addFinding(finding('f-same', 'warning', 'b', 5), -1);
    const { findings } = report.report(label);
    expect(findings.map((f) => [f.id, f.event ?? null])).toEqual([
      ['f-error', 'strike/event-1'],
      ['f-early', null],
      // Input problems first, then the stories in their order, whatever order they finished in.
      ['f-same', null],
      ['f-same', 'quake/event-2'],
      ['f-same', 'strike/event-1'],
    ]);
  });

  test('lists events story by story, labelled; a run of one story keeps its ids', () => {
    const report = new MemoryReport();
    report.addEvents('/corpus/strike', 1, [event('event-1')]);
    report.addEvents('/corpus/quake', 0, [event('event-1'), event('event-2')]);
    report.addEvents('/corpus/empty', 2, []);
    expect(report.report(label).events.map((e) => e.id)).toEqual(['quake/event-1', 'quake/event-2', 'strike/event-1']);
    expect(report.report(() => undefined).events.map((e) => e.id)).toEqual(['event-1', 'event-2', 'event-1']);
  });
});
