import { qualifierBefore } from './qualifiers.js';
import type { Reader, Reading } from './reading.js';

const QUAKE_WORD = String.raw`(?:earthquake|quake|temblor|tremor|aftershock|shock|shaker|jolt)s?`;
/** "5.9-magnitude", "7.6 magnitude", "6.0 on the Richter scale", "6.7 degree quake". */
const AFTER = new RegExp(
  String.raw`^(?:[ \t]?-?[ \t]?(?:magnitude|strength)\b|\s+on\s+the\s+richter(?:\s+scale)?\b|\s+richter\b|[ \t]?-?[ \t]?degrees?(?=\s+(?:${QUAKE_WORD}\b|on\s+the\s+richter)))`,
  'iu',
);
/** "a 3.0 quake", "a 2.9 aftershock" (one decimal place, so "two quakes" is not a magnitude). */
const QUAKE_AFTER = new RegExp(String.raw`^[ \t]?-?[ \t]?${QUAKE_WORD}\b`, 'iu');
/** "magnitude 6.1", "a magnitude of at least 5.9", "put the quake's magnitude at 5.9". */
const MAGNITUDE_BEFORE = /\bmagnitudes?(?:\s+(?:of|at|was|is|as|to|reading\s+of|measured\s+at|reading))?\s+$/iu;
/** "M7.5", "Mw 6.1". */
const M_BEFORE = /(?<![\p{L}\d])M[wlsb]?\s?$/u;
/** "measuring 7.6 and 7.4", "aftershocks of around 4.0". */
const MEASURING_BEFORE = new RegExp(String.raw`\b(?:measur(?:ing|ed)(?:\s+at)?|registering|registered(?:\s+at)?|${QUAKE_WORD}\s+of)\s+$`, 'iu');
const SUBJECT_NEAR = /\b(aftershocks?|foreshocks?)\b/iu;

const isMagnitude = (value: number) => value > 0 && value <= 10;

/**
 * Earthquake magnitudes. A number is a magnitude when "magnitude", "Richter" or a quake noun is
 * attached to it, or when "measuring" introduces it in a sentence about a quake.
 */
export const readMagnitude: Reader = ({ text, group, quake }) => {
  const first = group.members[0]!;
  const last = group.members[group.members.length - 1]!;
  if (!group.members.every((member) => member.parsed.digits || member.parsed.value <= 10) || !group.members.every((m) => isMagnitude(m.parsed.value))) return undefined;
  const qualifier = qualifierBefore(text, group.start);
  const cueEnd = qualifier ? qualifier.start : group.start;
  const beforeCue = text.slice(Math.max(0, cueEnd - 50), cueEnd);
  const after = text.slice(last.end, last.end + 40);
  let start = qualifier ? qualifier.start : group.start;
  let end = last.end;
  let subject: string | undefined;
  const attached = AFTER.exec(after);
  const quakeNoun = QUAKE_AFTER.exec(after);
  const oneDecimal = group.members.every((m) => /^\d\.\d$/u.test(text.slice(m.start, m.end)));
  const magnitudeCue = MAGNITUDE_BEFORE.exec(beforeCue);
  const mCue = first.glued || /\s$/u.test(beforeCue) ? M_BEFORE.exec(beforeCue) : null;
  const measuringCue = MEASURING_BEFORE.exec(beforeCue);
  const measuring = measuringCue && quake() ? measuringCue : null;
  if (!attached && !(quakeNoun && oneDecimal) && !magnitudeCue && !(mCue && !qualifier) && !(measuring && (oneDecimal || /richter/iu.test(after)))) return undefined;
  // The claim text runs from the cue ("magnitude of", "measuring", "M") to the unit after the number.
  if (magnitudeCue) start = cueEnd - magnitudeCue[0].length;
  else if (mCue && !qualifier) start = cueEnd - mCue[0].length;
  else if (measuring) start = cueEnd - measuring[0].length;
  if (attached) end = last.end + attached[0].length;
  const noun = QUAKE_AFTER.exec(text.slice(end, end + 30));
  if (noun) subject = /after/iu.test(noun[0]) ? 'aftershock' : 'quake';
  if (first.glued && !mCue) return undefined;
  if (!subject) {
    const near = SUBJECT_NEAR.exec(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 20)));
    if (near) subject = 'aftershock';
  }
  const reading: Reading = {
    start,
    end,
    dimension: 'magnitude',
    unit: 'magnitude',
    normalize: (amount) => ({ amount, unit: 'magnitude' }),
    counted: 'magnitude',
    ...(subject ? { subject } : {}),
  };
  if (qualifier && start < qualifier.start) reading.qualifier = qualifier;
  return reading;
};

/**
 * In a sentence that already gave a magnitude, a bare one-decimal number after "was", "at" or
 * "of" is another reading of it ("… put it at 5.9, but the USGS said it was 6.1").
 */
export const readMagnitudeContinuation: Reader = ({ text, group }) => {
  if (group.shape !== 'single') return undefined;
  const member = group.members[0]!;
  if (!/^\d\.\d$/u.test(text.slice(member.start, member.end)) || !isMagnitude(member.parsed.value)) return undefined;
  if (/^\s*[\p{L}%°$€£]/u.test(text.slice(member.end, member.end + 3)) && !/^\s+(?:and|but|or|on|in|at|by|according)\b/iu.test(text.slice(member.end, member.end + 12))) return undefined;
  const qualifier = qualifierBefore(text, member.start);
  const cueEnd = qualifier ? qualifier.start : member.start;
  if (!/\b(?:was|is|at|of|as|to|be|measured|registered|reading)\s+$/iu.test(text.slice(Math.max(0, cueEnd - 20), cueEnd))) return undefined;
  return {
    start: qualifier ? qualifier.start : member.start,
    end: member.end,
    dimension: 'magnitude',
    unit: 'magnitude',
    normalize: (amount) => ({ amount, unit: 'magnitude' }),
    counted: 'magnitude',
  };
};
