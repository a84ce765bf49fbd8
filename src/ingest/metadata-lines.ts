import type { Span } from '../types.js';
import { parsePublished } from './published.js';

/** Metadata read from the lines at the top of a plain article. */
export interface MetadataLines {
  url?: string;
  outlet?: string;
  published?: { value: string; dateTime?: string; span: Span; label: string };
  /** The lines recognised, to keep them out of extraction. */
  spans: { span: Span; label: string }[];
}

// How many non-empty lines from the top may carry metadata.
const HEADER_LINES = 8;

const URL_LINE = /^\s*(?:url|source|link)\s*:\s*(\S+)\s*$/iu;
const LABELLED_DATE =
  /^\s*(published|posted|last updated|updated|date|dateline|first published)\s*(?:on|at)?\s*:?\s*(.+)$/iu;
// A line that is only a date, possibly with a weekday, time, zone, or a place after a dash
// ("Thursday, March 14, 2013", "March 14, 2013-UNITED STATES -", "Nov 28, 2005").
const BARE_DATE_MAX_LENGTH = 70;

export function outletFromUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\d?\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

// Label preference: the first publication beats later updates.
const LABEL_RANK: Record<string, number> = { published: 0, 'first published': 0, posted: 1, date: 2, dateline: 2, bare: 3, updated: 4, 'last updated': 4 };

/**
 * Recognises `URL:`, `Published:`, `Posted: … Last Updated: …`, `Last Updated: …` lines and bare
 * dateline lines among the first lines of a plain article.
 */
export function readMetadataLines(text: string, from = 0): MetadataLines {
  const result: MetadataLines = { spans: [] };
  let offset = from;
  let seen = 0;
  while (offset < text.length && seen < HEADER_LINES) {
    let newline = text.indexOf('\n', offset);
    if (newline === -1) newline = text.length;
    const end = newline > offset && text[newline - 1] === '\r' ? newline - 1 : newline;
    const line = text.slice(offset, end);
    const span = { start: offset, end };
    offset = newline + 1;
    if (line.trim() === '') continue;
    seen++;
    const url = URL_LINE.exec(line);
    if (url && /^https?:\/\//iu.test(url[1]!)) {
      result.url = url[1]!;
      const outlet = outletFromUrl(url[1]!);
      if (outlet) result.outlet = outlet;
      result.spans.push({ span, label: 'url-line' });
      continue;
    }
    const labelled = LABELLED_DATE.exec(line);
    const candidates: { label: string; raw: string; at: number }[] = [];
    if (labelled) {
      // "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET" holds two dates.
      const body = labelled[2]!;
      const bodyStart = line.length - body.length;
      const second = /\b(last updated|updated)\s*:?/iu.exec(body);
      const firstRaw = second ? body.slice(0, second.index) : body;
      candidates.push({ label: labelled[1]!.toLowerCase(), raw: firstRaw, at: bodyStart });
      if (second) {
        const raw = body.slice(second.index + second[0].length);
        candidates.push({ label: second[1]!.toLowerCase(), raw, at: bodyStart + second.index + second[0].length });
      }
    } else if (line.trim().length <= BARE_DATE_MAX_LENGTH) {
      candidates.push({ label: 'bare', raw: line, at: 0 });
    }
    let matched = false;
    for (const candidate of candidates) {
      const parsed = parsePublished(candidate.raw);
      if (!parsed || parsed.value.length < 7) continue;
      // A bare line must be mostly the date, not a sentence that mentions one.
      if (candidate.label === 'bare' && !isMostlyDate(candidate.raw, parsed.index, parsed.length)) continue;
      matched = true;
      const rank = LABEL_RANK[candidate.label] ?? 5;
      const current = result.published ? (LABEL_RANK[result.published.label] ?? 5) : Infinity;
      if (rank < current) {
        const start = span.start + candidate.at + parsed.index;
        result.published = {
          value: parsed.value,
          ...(parsed.dateTime ? { dateTime: parsed.dateTime } : {}),
          span: { start, end: start + parsed.length },
          label: candidate.label,
        };
      }
    }
    if (matched) result.spans.push({ span, label: 'dateline' });
  }
  return result;
}

function isMostlyDate(line: string, index: number, length: number): boolean {
  const rest = (line.slice(0, index) + ' ' + line.slice(index + length)).replace(/[\s,|\-–—:]+/gu, ' ').trim();
  const words = rest === '' ? [] : rest.split(' ');
  // Allow a weekday, a time and a zone, or a place in capitals ("UNITED STATES").
  const extra = words.filter(
    (w) =>
      !/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$/iu.test(w) &&
      !/^\d{1,2}[:.]\d{2}(?::\d{2})?$/u.test(w) &&
      !/^(?:a\.?m\.?|p\.?m\.?|[A-Z]{2,5}|posted|updated|by)$/iu.test(w) &&
      !/^\p{Lu}+$/u.test(w),
  );
  return extra.length <= 1;
}
