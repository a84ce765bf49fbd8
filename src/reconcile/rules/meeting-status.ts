import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { compareIntervals } from '../compare/granularity.js';
import { compareStatuses, describeStatus, statusOf } from '../compare/modality.js';
import { independentSources } from '../independence.js';
import { displayName } from '../participants.js';
import { classOf, MeetingMatcher, slotMeetings } from '../meeting-slots.js';
import { pushTo } from '../../util/push-to.js';

type Meeting = Claim<'meeting'>;

const NOUNS: Record<string, string> = { meet: 'meeting', talks: 'talks', talk: 'talks', summit: 'summit', arrive: 'arrival', land: 'arrival', visit: 'visit', trip: 'trip' };

/** "the meeting of Antony Blinken with Xi Jinping", "the arrival of Antony Blinken". */
function describe(meeting: Meeting): string {
  const value = meeting.value;
  const who = (value.participantNames ?? value.participants.map(displayName)).join(' and ');
  const whomNames = value.counterpartNames ?? value.counterpart?.map(displayName) ?? [];
  const noun = NOUNS[value.predicate.toLowerCase()] ?? value.predicate;
  return `the ${noun}${who ? ` of ${who}` : ''}${whomNames.length > 0 ? ` with ${whomNames.join(' and ')}` : ''}`;
}

export const meetingStatusRule: ReconcileRule = {
  meta: {
    id: 'meeting',
    acrossArticles: true,
    description: 'Whether, where and when a meeting or arrival happens is compared across the articles about the same event.',
    defaultSeverity: 'error',
    help:
      'Meetings are aligned by event, kind and participants on both sides. Their status — happened, planned, ' +
      'possible, not happening — is compared with polarity and modality: planned and happened agree, possible ' +
      'or planned against "not on the agenda" conflict. Places are compared with containment and dates with ' +
      'granularity.',
    messages: {
      status: 'The articles disagree on whether {{what}} takes place: {{statuses}}.',
      place: 'The articles put {{what}} in different places: {{places}}.',
      time: 'The articles date {{what}} differently: {{times}}.',
      corroborated: '{{sources}} independent sources agree on {{what}}: it {{status}}.',
      mixed: '{{article}} gives {{what}} {{value}}, as {{others}} report for another occurrence ({{when}}): it may mix up the two.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const byEvent = new Map<string, Meeting[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'meeting') continue;
      const event = context.eventOf.get(claim.id);
      if (event) pushTo(byEvent, event, claim as Meeting);
    }
    const placesBySentence = new Map<string, Claim<'place'>[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'place') continue;
      const key = `${claim.article}#${claim.sentence}`;
      pushTo(placesBySentence, key, claim as Claim<'place'>);
    }
    // The same meeting told for another occurrence, to tell a mix-up from a conflict. Asked for every
    // disagreeing pair, and the same for every meeting of one signature: kept per event and signature
    // (a long article against a short one: one scan of all meetings per pair was quadratic).
    const matcher = new MeetingMatcher();
    const found = new Map<string, Meeting[]>();
    const elsewhere = (meeting: Meeting, event: string): Meeting[] => {
      const key = `${event}\u0000${matcher.signature(meeting)}`;
      let matches = found.get(key);
      if (!matches) {
        matches = [...byEvent.entries()].filter(([other]) => other !== event).flatMap(([, list]) => list.filter((candidate) => matcher.same(candidate, meeting)));
        found.set(key, matches);
      }
      return matches;
    };
    const drafts: FindingDraft[] = [];
    for (const event of [...byEvent.keys()].sort()) {
      const meetings = byEvent.get(event)!.filter((meeting) => classOf(meeting.value));
      // Group into slots: each meeting joins the first slot it matches.
      for (const slot of slotMeetings(meetings)) {
        if (new Set(slot.map((meeting) => meeting.article)).size < 2) continue;
        drafts.push(...compareSlot(slot, event, context, placesBySentence, (meeting) => elsewhere(meeting, event)));
      }
    }
    return drafts;
  },
};

function compareSlot(
  slot: Meeting[],
  event: string,
  context: ReconcileContext,
  placesBySentence: ReadonlyMap<string, Claim<'place'>[]>,
  elsewhere: (meeting: Meeting) => Meeting[],
): FindingDraft[] {
  const mixed: FindingDraft[] = [];
  /** When one side's place or date is what another occurrence's articles report, that side mixed them up. */
  const mixedUp = (a: Meeting, b: Meeting, fits: (x: Meeting, y: Meeting) => boolean, value: (m: Meeting) => string): boolean => {
    for (const [odd, other] of [[a, b], [b, a]] as const) {
      const matches = elsewhere(odd).filter((candidate) => fits(candidate, odd) && !fits(candidate, other));
      if (matches.length === 0) continue;
      const otherEvent = context.events.find((group) => group.id === context.eventOf.get(matches[0]!.id));
      mixed.push({
        messageId: 'mixed',
        data: { article: odd.article, what: describe(odd), value: value(odd), others: [...new Set(matches.map((m) => m.article))].sort().join(', '), when: otherEvent?.interval ? otherEvent.interval.start.slice(0, 7) : 'another date' },
        verdict: 'mixed-events',
        severity: 'warning',
        confidence: 0.6,
        explanation: `"${odd.text}" (${odd.article}) disagrees with "${other.text}" (${other.article}) but matches ${matches.map((m) => `"${m.text}" (${m.article})`).join(', ')}, told of another occurrence.`,
        event,
        claims: [odd.id, ...matches.map((m) => m.id), other.id],
      });
      return true;
    }
    return false;
  };
  const samePlace = (x: Meeting, y: Meeting) => {
    const [px, py] = [placeOf(x, placesBySentence, context.claimById), placeOf(y, placesBySentence, context.claimById)];
    return px !== undefined && py !== undefined && !px.different(py);
  };
  const sameTime = (x: Meeting, y: Meeting) => x.value.interval !== undefined && y.value.interval !== undefined && compareIntervals(x.value.interval, y.value.interval).relation !== 'different';
  const statusConflicts = new Set<Meeting>();
  const placeConflicts = new Set<Meeting>();
  const timeConflicts = new Set<Meeting>();
  const reasons: string[] = [];
  for (let i = 0; i < slot.length; i++) {
    for (let j = i + 1; j < slot.length; j++) {
      const [a, b] = [slot[i]!, slot[j]!];
      if (a.article === b.article) continue;
      const status = compareStatuses(statusOf(a.value.polarity, a.value.modality), statusOf(b.value.polarity, b.value.modality));
      if (status.relation === 'different') {
        statusConflicts.add(a).add(b);
        reasons.push(`${a.article} vs ${b.article}: ${status.reason}.`);
      }
      if (a.value.place && b.value.place && a.value.polarity === 'positive' && b.value.polarity === 'positive') {
        const placeA = placeOf(a, placesBySentence, context.claimById);
        const placeB = placeOf(b, placesBySentence, context.claimById);
        if (placeA && placeB && placeA.different(placeB) && !mixedUp(a, b, samePlace, (m) => `in ${m.value.place}`)) {
          placeConflicts.add(a).add(b);
          reasons.push(`${a.article} vs ${b.article}: ${a.value.place} is not ${b.value.place}, and neither contains the other.`);
        }
      }
      if (a.value.interval && b.value.interval && compareIntervals(a.value.interval, b.value.interval).relation === 'different' && !mixedUp(a, b, sameTime, (m) => `on ${m.value.interval!.start}`)) {
        timeConflicts.add(a).add(b);
        reasons.push(`${a.article} vs ${b.article}: ${compareIntervals(a.value.interval, b.value.interval).reason}.`);
      }
    }
  }
  const what = describe(slot[0]!);
  const ids = (set: Set<Meeting>) => [...set].sort((x, y) => x.article.localeCompare(y.article) || x.span.start - y.span.start).map((m) => m.id);
  const drafts: FindingDraft[] = [...mixed];
  const explanation = reasons.join(' ');
  if (statusConflicts.size > 0) {
    const statuses = [...statusConflicts].map((m) => `${m.article} says it ${describeStatus(statusOf(m.value.polarity, m.value.modality))} ("${m.text}")`).join('; ');
    drafts.push({ messageId: 'status', data: { what, statuses }, verdict: 'conflict', confidence: 0.8, explanation, event, claims: ids(statusConflicts) });
  }
  if (placeConflicts.size > 0) {
    const places = [...placeConflicts].map((m) => `${m.value.place} (${m.article})`).join(' vs ');
    drafts.push({ messageId: 'place', data: { what, places }, verdict: 'conflict', confidence: 0.7, explanation, event, claims: ids(placeConflicts) });
  }
  if (timeConflicts.size > 0) {
    const times = [...timeConflicts].map((m) => `${m.value.interval!.start} (${m.article})`).join(' vs ');
    drafts.push({ messageId: 'time', data: { what, times }, verdict: 'conflict', confidence: 0.7, explanation, event, claims: ids(timeConflicts) });
  }
  if (drafts.length === 0 && reasons.length === 0) {
    const articles = [...new Map(slot.map((m) => [m.article, context.articleById.get(m.article)!])).values()];
    const sources = independentSources(articles);
    if (sources >= 2) {
      const status = describeStatus(statusOf(slot[0]!.value.polarity, slot[0]!.value.modality));
      drafts.push({ messageId: 'corroborated', data: { what, status, sources }, verdict: 'corroborated', severity: 'info', confidence: 0.8, event, sources, claims: ids(new Set(slot)) });
    }
  }
  return drafts;
}

/** The place claim a meeting names, compared by containment when both are in the gazetteer. */
function placeOf(meeting: Meeting, placesBySentence: ReadonlyMap<string, Claim<'place'>[]>, claimById: ReadonlyMap<string, Claim>): { different(other: { key: string; within: string[] }): boolean; key: string; within: string[] } | undefined {
  const linked = meeting.value.placeClaim ? claimById.get(meeting.value.placeClaim) : undefined;
  const place =
    linked?.kind === 'place'
      ? (linked as Claim<'place'>)
      : placesBySentence.get(`${meeting.article}#${meeting.sentence}`)?.find((claim) => claim.value.name === meeting.value.place || claim.value.geo?.name === meeting.value.place);
  if (!place?.value.geo) return undefined;
  const key = place.value.geo.id;
  const within = place.value.containedIn;
  return {
    key,
    within,
    different(other) {
      return key !== other.key && !within.includes(other.key) && !other.within.includes(key);
    },
  };
}
