import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { describeInterval } from '../compare/granularity.js';
import { independentSources } from '../independence.js';
import { pushTo } from '../../util/push-to.js';

type TimeClaim = Claim<'time'>;

const ids = (claims: readonly TimeClaim[]) => [...claims].sort((a, b) => a.article.localeCompare(b.article) || a.span.start - b.span.start).map((claim) => claim.id);

function sourcesOf(claims: readonly TimeClaim[], context: ReconcileContext): number {
  return independentSources([...new Map(claims.map((claim) => [claim.article, context.articleById.get(claim.article)!])).values()]);
}

/**
 * Corroborations in time: the same clock time given for one event by several outlets, and an earlier
 * occurrence (a past quake, a previous visit) that several articles mention with dates that fit together.
 * Differences in time are not judged here: they decide event identity (`different-events`) and the dates of
 * meetings are compared by the meeting rule.
 */
export const timeAgreementRule: ReconcileRule = {
  meta: {
    id: 'time',
    acrossArticles: true,
    description: 'Clock times of one event, and earlier occurrences mentioned by several articles, that agree across sources.',
    defaultSeverity: 'info',
    help:
      'Times of day are grouped by event and value ("1:53 p.m." and "13:53" are one value); an earlier occurrence ' +
      'mentioned by several articles ("the 2002 quakes", "on Oct. 10, 2002") is one event when its dates overlap. ' +
      'Both are reported as corroborations with the number of independent sources.',
    messages: {
      clock: '{{sources}} independent sources give the same time for the event: {{value}}.',
      earlier: '{{sources}} independent sources mention the earlier occurrence of {{when}}{{where}}.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const clocks = new Map<string, TimeClaim[]>();
    const background = new Map<string, TimeClaim[]>();
    const roleOf = new Map(context.events.map((event) => [event.id, event]));
    for (const claim of context.claims) {
      if (claim.kind !== 'time') continue;
      const time = claim as TimeClaim;
      const event = context.eventOf.get(claim.id);
      if (!event) continue;
      const clock = /T(\d{2}:\d{2})/u.exec(time.value.timex.value)?.[1];
      if (time.value.timex.type === 'TIME' && clock) {
        const key = `${event}\u0000${clock}`;
        pushTo(clocks, key, time);
      } else if (roleOf.get(event)?.role === 'background' && time.value.interval && time.value.timex.type === 'DATE') {
        pushTo(background, event, time);
      }
    }
    const drafts: FindingDraft[] = [];
    for (const key of [...clocks.keys()].sort()) {
      const claims = clocks.get(key)!;
      const sources = sourcesOf(claims, context);
      if (sources < 2) continue;
      const [event, value] = key.split('\u0000') as [string, string];
      drafts.push({ messageId: 'clock', data: { sources, value }, verdict: 'corroborated', confidence: 0.8, event, sources, claims: ids(claims) });
    }
    for (const event of [...background.keys()].sort()) {
      const claims = background.get(event)!;
      const sources = sourcesOf(claims, context);
      const group = roleOf.get(event)!;
      if (sources < 2 || !group.interval) continue;
      const where = group.places?.length ? ` (${group.places.slice(0, 2).join(', ')})` : '';
      drafts.push({
        messageId: 'earlier',
        data: { sources, when: describeInterval(group.interval), where },
        verdict: 'corroborated',
        confidence: 0.6,
        explanation: claims.map((claim) => `${claim.article}: "${claim.text}"`).join('; '),
        event,
        sources,
        claims: ids(claims),
      });
    }
    return drafts;
  },
};
