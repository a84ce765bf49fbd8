import type { Claim, MeetingValue } from '../types.js';
import { shareParticipant } from './participants.js';

type Meeting = Claim<'meeting'>;

// Predicates that name the same kind of happening.
const PREDICATE_CLASS: Record<string, string> = {
  meet: 'meet',
  meeting: 'meet',
  talks: 'meet',
  talk: 'meet',
  summit: 'meet',
  'hold talks': 'meet',
  arrive: 'arrive',
  arrival: 'arrive',
  land: 'arrive',
  visit: 'visit',
  trip: 'visit',
};

/** The kind of happening a meeting claim tells (`meet`, `arrive`, `visit`), if it is one the rule compares. */
export function classOf(value: MeetingValue): string | undefined {
  return PREDICATE_CLASS[value.predicate.toLowerCase()];
}

/** Two meeting claims are about the same meeting: same kind, same people on both sides. */
export function sameMeeting(a: Meeting, b: Meeting): boolean {
  const kind = classOf(a.value);
  if (!kind || kind !== classOf(b.value)) return false;
  // A phone call is not the meeting in person.
  if ((a.value.mode ?? 'in-person') !== (b.value.mode ?? 'in-person')) return false;
  if (kind === 'arrive') return a.value.participants.length > 0 && shareParticipant(a.value.participants, b.value.participants);
  if (kind === 'visit') {
    // One person's visit; two places named differently are two legs of a trip, not one visit told two ways.
    const sameTraveller = a.value.participants.length > 0 && shareParticipant(a.value.participants, b.value.participants);
    return sameTraveller && (!a.value.place || !b.value.place || a.value.place === b.value.place);
  }
  const ca = a.value.counterpart ?? [];
  const cb = b.value.counterpart ?? [];
  if (ca.length === 0 || cb.length === 0 || !shareParticipant(ca, cb)) return false;
  // When both name who meets the counterpart, it must be the same person ("Biden met Xi" is not "Blinken meets Xi").
  if (a.value.participants.length > 0 && b.value.participants.length > 0) return shareParticipant(a.value.participants, b.value.participants);
  return true;
}

/**
 * Everything `sameMeeting` reads. Two meetings with one signature match exactly the same meetings,
 * so the rule compares signatures, not meetings: a long article tells the same few meetings
 * thousands of times. A meeting of no compared kind matches nothing and has no signature.
 */
function signatureOf(meeting: Meeting): string | undefined {
  const value = meeting.value;
  const kind = classOf(value);
  if (!kind) return undefined;
  return JSON.stringify([kind, value.mode ?? 'in-person', value.participants, kind === 'meet' ? (value.counterpart ?? []) : [], kind === 'visit' ? (value.place ?? '') : '']);
}

/** `sameMeeting`, answered once per pair of distinct signatures. */
export class MeetingMatcher {
  private readonly signatures = new Map<Meeting, string | undefined>();
  private readonly answers = new Map<string, boolean>();

  /** The meeting's signature: meetings with one signature match the same meetings. */
  signature(meeting: Meeting): string | undefined {
    if (this.signatures.has(meeting)) return this.signatures.get(meeting);
    const signature = signatureOf(meeting);
    this.signatures.set(meeting, signature);
    return signature;
  }

  /** `sameMeeting(member, meeting)`. */
  same(member: Meeting, meeting: Meeting): boolean {
    const a = this.signature(member);
    const b = this.signature(meeting);
    if (a === undefined || b === undefined) return false;
    // Signatures are JSON, where a control character never stands unescaped.
    const pair = `${a}\u0001${b}`;
    let answer = this.answers.get(pair);
    if (answer === undefined) {
      answer = sameMeeting(member, meeting);
      this.answers.set(pair, answer);
    }
    return answer;
  }
}

/** One distinct signature: a meeting that has it, the first slot holding it, where its next meeting goes. */
interface Signature {
  meeting: Meeting;
  /** The lowest slot holding a meeting of this signature. */
  firstSlot: number;
  /** The lowest slot holding a meeting this signature's meetings are the same meeting as: where the next one goes. */
  bestSlot: number;
  /** The signatures whose meetings join a slot holding one of this signature (`sameMeeting(this, them)`). */
  joinedBy: Signature[];
}

/**
 * Groups meetings into slots: each meeting joins the first slot holding a meeting it is the same
 * meeting as (`sameMeeting(member, meeting)`), else opens a new one. Slots keep the meetings' order.
 *
 * Scanning every slot for every meeting is quadratic (a 2 MB article: 18 s). Here a meeting's slot is
 * its signature's `bestSlot`, kept up to date as slots fill: when a signature first lands in a slot
 * lower than before, the signatures whose meetings would join it learn of that slot. The work is
 * two comparisons per pair of distinct signatures of one kind and mode, plus one step per meeting.
 */
export function slotMeetings(meetings: readonly Meeting[]): Meeting[][] {
  // Every meeting here is of a compared kind (the rule keeps only those), so each has a signature.
  const slots: Meeting[][] = [];
  const signatures = new Map<string, Signature>();
  // Signatures of one kind and mode, the only ones that can match each other.
  const byKind = new Map<string, Signature[]>();
  for (const meeting of meetings) {
    const key = signatureOf(meeting)!;
    let signature = signatures.get(key);
    if (!signature) {
      signature = { meeting, firstSlot: Infinity, bestSlot: Infinity, joinedBy: [] };
      signatures.set(key, signature);
      const kindKey = `${classOf(meeting.value)}|${meeting.value.mode ?? 'in-person'}`;
      let kin = byKind.get(kindKey);
      if (!kin) byKind.set(kindKey, (kin = []));
      kin.push(signature);
      // Both ways: a name whose words repeat ("Xi Xi") makes `sameParticipant` one-sided.
      for (const other of kin) {
        if (sameMeeting(other.meeting, meeting)) {
          other.joinedBy.push(signature);
          signature.bestSlot = Math.min(signature.bestSlot, other.firstSlot);
        }
        if (other !== signature && sameMeeting(meeting, other.meeting)) signature.joinedBy.push(other);
      }
    }
    let slot = signature.bestSlot;
    if (slot === Infinity) {
      slot = slots.length;
      slots.push([]);
    }
    slots[slot]!.push(meeting);
    if (slot < signature.firstSlot) {
      signature.firstSlot = slot;
      for (const other of signature.joinedBy) other.bestSlot = Math.min(other.bestSlot, slot);
    }
  }
  return slots;
}
