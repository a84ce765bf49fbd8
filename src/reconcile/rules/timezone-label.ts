import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';

/** Zone labels that name standard or daylight time, by region. */
const LABELS: Record<string, { region: 'us' | 'eu-west' | 'eu-central'; daylight: boolean; pair: string }> = {
  EST: { region: 'us', daylight: false, pair: 'EDT' },
  EDT: { region: 'us', daylight: true, pair: 'EST' },
  CST: { region: 'us', daylight: false, pair: 'CDT' },
  CDT: { region: 'us', daylight: true, pair: 'CST' },
  MST: { region: 'us', daylight: false, pair: 'MDT' },
  MDT: { region: 'us', daylight: true, pair: 'MST' },
  PST: { region: 'us', daylight: false, pair: 'PDT' },
  PDT: { region: 'us', daylight: true, pair: 'PST' },
  AKST: { region: 'us', daylight: false, pair: 'AKDT' },
  AKDT: { region: 'us', daylight: true, pair: 'AKST' },
  BST: { region: 'eu-west', daylight: true, pair: 'GMT' },
  CET: { region: 'eu-central', daylight: false, pair: 'CEST' },
  CEST: { region: 'eu-central', daylight: true, pair: 'CET' },
};

/** Day of month of the n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/** The daylight-time period of a year, as [start, end) ISO dates, by each region's law of that year. */
export function daylightPeriod(region: 'us' | 'eu-west' | 'eu-central', year: number): [string, string] | undefined {
  const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (region === 'us') {
    if (year >= 2007) return [iso(3, nthWeekday(year, 3, 0, 2)), iso(11, nthWeekday(year, 11, 0, 1))];
    if (year >= 1987) return [iso(4, nthWeekday(year, 4, 0, 1)), iso(10, nthWeekday(year, 10, 0, -1))];
    return undefined;
  }
  if (year >= 1996) return [iso(3, nthWeekday(year, 3, 0, -1)), iso(10, nthWeekday(year, 10, 0, -1))];
  return undefined;
}

const LABEL_AFTER = /^\s*\(?([A-Z]{3,4})\b/u;

export const timezoneLabelRule: ReconcileRule = {
  meta: {
    id: 'timezone-label',
    description: 'A time-zone label that does not fit the date (PST during daylight saving time).',
    defaultSeverity: 'warning',
    help:
      'Standard-time labels (EST, PST, CET…) are wrong during daylight saving time and daylight labels (EDT, PDT, ' +
      'CEST, BST) outside it. The check uses each region\'s rules for the year (US: second Sunday of March to first ' +
      'Sunday of November since 2007; EU: last Sunday of March to last Sunday of October).',
    messages: {
      label: '"{{label}}" does not fit {{date}}: daylight saving time {{state}} then, so it would be {{expected}}.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const claim of context.claims) {
      if (claim.kind !== 'time') continue;
      const time = claim as Claim<'time'>;
      const date = /^(\d{4})-(\d{2})-(\d{2})/u.exec(time.value.timex.value)?.[0];
      if (!date || time.value.timex.type !== 'TIME') continue;
      const article = context.articleById.get(claim.article);
      if (!article) continue;
      const within = /\b([A-Z]{3,4})\b\)?\s*$/u.exec(claim.text)?.[1];
      const after = LABEL_AFTER.exec(article.text.slice(claim.span.end, claim.span.end + 8))?.[1];
      const label = [within, after].find((candidate) => candidate !== undefined && LABELS[candidate] !== undefined);
      if (!label) continue;
      const zone = LABELS[label]!;
      const period = daylightPeriod(zone.region, Number(date.slice(0, 4)));
      if (!period) continue;
      const inDaylight = date >= period[0] && date < period[1];
      if (inDaylight === zone.daylight) continue;
      drafts.push({
        messageId: 'label',
        data: { label, date, state: inDaylight ? `was in effect (from ${period[0]})` : `was not in effect (${period[0]} to ${period[1]})`, expected: zone.pair },
        verdict: 'conflict',
        confidence: 0.7,
        explanation: `The time is labelled ${label} on ${date}; daylight saving time ran from ${period[0]} to ${period[1]} that year.`,
        ...(context.eventOf.get(claim.id) ? { event: context.eventOf.get(claim.id)! } : {}),
        claims: [claim.id],
      });
    }
    return drafts;
  },
};
