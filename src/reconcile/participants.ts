import { areNameVariants, foldName } from './rules/name-variant.js';

const TITLES = /^(?:mr|mrs|ms|dr|president|vice president|secretary|minister|foreign minister|prime minister|premier|chancellor|governor|gov|king|queen|prince|general|gen|senator|sen|chairman|chair|ambassador|envoy|mayor|chief|leader)\s+/u;

/** Entity keys carry their kind (`person:antony blinken`); names do not. */
function withoutKind(name: string): string {
  return name.replace(/^(?:person|organization|place):/u, '');
}

/** A readable name for an entity key or name ("person:xi jinping" → "Xi Jinping"). */
export function displayName(key: string): string {
  const name = withoutKind(key);
  return name === name.toLowerCase() ? name.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()) : name;
}

/** Name words without titles, folded. */
function nameWords(name: string): string[] {
  let folded = foldName(withoutKind(name));
  for (let previous = ''; previous !== folded; ) {
    previous = folded;
    folded = folded.replace(TITLES, '');
  }
  return folded.split(' ').filter(Boolean);
}

/**
 * Whether two mentions name the same participant: one's words are contained in the other's ("Xi" ⊂ "Xi
 * Jinping", "President Xi" ⊂ "Chinese President Xi Jinping"), or they are spelling variants.
 */
export function sameParticipant(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.every((word) => longer.includes(word))) return true;
  return areNameVariants(wa.join(' '), wb.join(' '));
}

/** Whether two lists of participants share someone. */
export function shareParticipant(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameParticipant(x, y)));
}
