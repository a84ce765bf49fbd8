import type { ComparisonMeta } from './comparison.js';
import { rememberingPairs } from '../../util/remember-pairs.js';

export const attributionMeta: ComparisonMeta = {
  id: 'attribution',
  description:
    'A number is compared with the source it is attributed to. "The USGS said 6.1" and "Iran\'s centre said 5.9" ' +
    'report two sources and are not a conflict between articles; "the USGS said 5.9" and "the USGS said 6.1" are.',
};

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', "'s", 's', 'official', 'officials', 'said', 'says']);

/** Lower-case words of a source name, without articles and possessives. */
function words(source: string): string[] {
  return source
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '' && !STOP.has(word));
}

/** "U.S. Geological Survey" → "usgs"; "Islamic Republic News Agency" → "irna". */
function acronymOf(source: string): string {
  const capitals = source.replace(/[’']s\b/gu, '').match(/\b\p{Lu}[\p{L}.]*/gu) ?? [];
  return capitals
    .map((word) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./gu, '') : word[0]!))
    .join('')
    .toLowerCase();
}

/** The key under which two mentions of one source meet. */
export function sourceKey(source: string): string {
  const folded = words(source);
  if (folded.length === 1) return folded[0]!;
  return acronymOf(source) || folded.join(' ');
}

/**
 * Whether two attributions name the same source: `same`, `different`, or `unknown` when either side
 * gives none (an unattributed number may come from either source).
 */
export function compareSources(a: string | undefined, b: string | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b) return 'unknown';
  // "IRNA and the U.S. Geological Survey said": a joint attribution shares each of its sources.
  const partsA = a.split(/\s*(?:,|\band\b|&)\s*/u).filter((part) => part.trim() !== '');
  const partsB = b.split(/\s*(?:,|\band\b|&)\s*/u).filter((part) => part.trim() !== '');
  if (partsA.length > 1 || partsB.length > 1) {
    return partsA.some((x) => partsB.some((y) => compareOne(x, y) === 'same')) ? 'same' : 'different';
  }
  return compareOne(a, b);
}

function compareOne(a: string, b: string): 'same' | 'different' {
  const wa = words(a);
  const wb = words(b);
  if (wa.join(' ') === wb.join(' ')) return 'same';
  const ka = sourceKey(a);
  const kb = sourceKey(b);
  if (ka === kb) return 'same';
  // An acronym written alone ("USGS") against the long form ("U.S. Geological Survey").
  if (wa.length === 1 && wa[0] === kb) return 'same';
  if (wb.length === 1 && wb[0] === ka) return 'same';
  return 'different';
}

/** How two attributions compare (`compareSources`). */
export type SourceComparison = ReturnType<typeof compareSources>;

/**
 * `compareSources` remembering the pairs of attributions it has compared: a run's figures come from a
 * few sources, met again in every pair of articles. Hold it for one run.
 */
export function rememberingCompareSources(): (a: string | undefined, b: string | undefined) => SourceComparison {
  const compare = rememberingPairs(compareSources);
  // Unattributed on either side needs no comparing.
  return (a, b) => (!a || !b ? 'unknown' : compare(a, b));
}
