/**
 * Reads a TimeML (`.tml`) document as TempEval-3 gives it: the document creation time (DCT), and the
 * text of `<TEXT>` with every tag stripped, keeping each TIMEX3 as a gold span into that plain text.
 */

/** A gold (or system) time expression: offsets into the plain text and its TIMEX3 attributes. */
export interface Timex3 {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMLDocument {
  name: string;
  /** The DCT's value, e.g. `2013-03-22` (a time part, if any, is kept). */
  dct: string;
  /** The contents of `<TEXT>`, tags removed and entities decoded. */
  text: string;
  /** The TIMEX3 of `<TEXT>` (the DCT is not among them). */
  gold: Timex3[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/giu, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/(\w+)\s*=\s*"([^"]*)"/gu)) result[match[1]!] = decode(match[2]!);
  return result;
}

export class TimeMLError extends Error {}

/** Parses one TimeML document; throws `TimeMLError` naming what is missing. */
export function readTimeML(name: string, xml: string): TimeMLDocument {
  const dctMatch = /<DCT>[\s\S]*?<TIMEX3\b([^>]*)>/u.exec(xml);
  const dct = dctMatch ? attributes(dctMatch[1]!).value : undefined;
  if (!dct) throw new TimeMLError(`no <DCT> with a TIMEX3 value`);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(xml);
  if (!body) throw new TimeMLError(`no <TEXT> element`);
  let text = '';
  const gold: Timex3[] = [];
  const open: { start: number; attrs: Record<string, string> }[] = [];
  // Walk tags and text in order; only TIMEX3 boundaries matter, other tags just vanish.
  for (const piece of body[1]!.matchAll(/<(\/?)([A-Za-z0-9_]+)\b([^>]*?)\/?>|([^<]+)/gu)) {
    if (piece[4] !== undefined) {
      text += decode(piece[4]);
      continue;
    }
    if (piece[2] !== 'TIMEX3') continue;
    if (piece[1] === '') open.push({ start: text.length, attrs: attributes(piece[3] ?? '') });
    else {
      const started = open.pop();
      if (!started) throw new TimeMLError(`unbalanced </TIMEX3>`);
      const { attrs } = started;
      gold.push({
        start: started.start,
        end: text.length,
        text: text.slice(started.start, text.length),
        type: attrs.type ?? '',
        value: attrs.value ?? '',
        ...(attrs.mod ? { mod: attrs.mod } : {}),
      });
    }
  }
  return { name, dct, text, gold: gold.sort((a, b) => a.start - b.start) };
}

/** The DCT as a publication date: its calendar day (`YYYY-MM-DD`), or what there is of it. */
export function dctDate(dct: string): string {
  const match = /^(\d{4})-?(\d{2})?-?(\d{2})?/u.exec(dct);
  if (!match) return dct;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}
