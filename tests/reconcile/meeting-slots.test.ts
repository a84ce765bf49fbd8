import fc from 'fast-check';
import type { Claim, MeetingValue } from '../../src/types.js';
import { MeetingMatcher, sameMeeting, slotMeetings } from '../../src/reconcile/meeting-slots.js';
import { claimOn, makeArticle } from '../helpers/claims.js';

const text = 'Lopez met Harald. Berg visited Oslo. Lopez arrived. Xi Xi met Harald.';
const article = makeArticle('a', text, '2025-06-02');
const meetingOf = (quote: string, value: Partial<MeetingValue>): Claim<'meeting'> =>
  claimOn(article, 'meeting', quote, { predicate: 'meet', participants: [], polarity: 'positive', modality: 'asserted', ...value });

/** The definition the slots must keep: each meeting joins the first slot holding a meeting it matches. */
function slotsByScanning(meetings: readonly Claim<'meeting'>[]): Claim<'meeting'>[][] {
  const slots: Claim<'meeting'>[][] = [];
  for (const meeting of meetings) {
    const slot = slots.find((members) => members.some((member) => sameMeeting(member, meeting)));
    if (slot) slot.push(meeting);
    else slots.push([meeting]);
  }
  return slots;
}

describe('slotMeetings', () => {
  test('a meeting told again joins its first slot; other people open their own', () => {
    const first = meetingOf('Lopez met Harald', { participants: ['Maria Lopez'], counterpart: ['King Harald'] });
    const other = meetingOf('Berg visited Oslo', { predicate: 'visit', participants: ['Erik Berg'], place: 'Oslo' });
    const again = meetingOf('Lopez met Harald', { participants: ['Lopez'], counterpart: ['Harald'] });
    const slots = slotMeetings([first, other, again]);
    expect(slots.map((slot) => slot.map((meeting) => [meeting.span.start, meeting.text]))).toEqual([
      [
        [0, 'Lopez met Harald'],
        [0, 'Lopez met Harald'],
      ],
      [[18, 'Berg visited Oslo']],
    ]);
  });

  test('a meeting matching nothing, not even itself (no counterpart), is alone every time', () => {
    const lone = () => meetingOf('Lopez met Harald', { participants: ['Maria Lopez'] });
    expect(slotMeetings([lone(), lone(), lone()]).map((slot) => slot.length)).toEqual([1, 1, 1]);
  });

  test('a slot that gains a matching meeting draws later meetings to it, as a scan of every slot would', () => {
    // "Lopez" and "Lopez and Berg" match; "Berg" matches only the second: it goes to the first slot once that slot holds it.
    const lopez = meetingOf('Lopez arrived', { predicate: 'arrive', participants: ['Maria Lopez'] });
    const berg = meetingOf('Berg visited Oslo', { predicate: 'arrive', participants: ['Erik Berg'] });
    const both = meetingOf('Lopez arrived', { predicate: 'arrive', participants: ['Maria Lopez', 'Erik Berg'] });
    const meetings = [lopez, berg, both, berg];
    expect(slotMeetings(meetings)).toEqual(slotsByScanning(meetings));
    expect(slotMeetings(meetings).map((slot) => slot.map((meeting) => meeting.value.participants.join('+')))).toEqual([
      ['Maria Lopez', 'Maria Lopez+Erik Berg', 'Erik Berg'],
      ['Erik Berg'],
    ]);
  });

  test('the same slots as scanning every slot, on any sequence of meetings', () => {
    const names = ['Maria Lopez', 'Lopez', 'Erik Berg', 'Berg', 'King Harald', 'Harald', 'Xi Xi', 'Xi Jinping', 'Antony Blinken', 'Anthony Blinken'];
    const value = fc.record({
      predicate: fc.constantFrom('meet', 'talks', 'visit', 'arrive', 'trip', 'land', 'call'),
      participants: fc.subarray(names, { maxLength: 2 }),
      counterpart: fc.option(fc.subarray(names, { maxLength: 2 }), { nil: undefined }),
      place: fc.option(fc.constantFrom('Oslo', 'Bergen'), { nil: undefined }),
      mode: fc.option(fc.constantFrom('phone' as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const meetings = values.map(({ counterpart, place, mode, ...rest }) =>
          meetingOf('Xi Xi met Harald', { ...rest, ...(counterpart ? { counterpart } : {}), ...(place ? { place } : {}), ...(mode ? { mode } : {}) }),
        );
        expect(slotMeetings(meetings)).toEqual(slotsByScanning(meetings));
        // The matcher answers from signatures what sameMeeting answers from the meetings.
        const matcher = new MeetingMatcher();
        for (const a of meetings) for (const b of meetings) expect([a.id, b.id, matcher.same(a, b)]).toEqual([a.id, b.id, sameMeeting(a, b)]);
      }),
    );
  });
});
