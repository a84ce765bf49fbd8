import { canonicalJson } from '../ledger/canonical-json.js';

type Fields = Record<string, unknown>;

const LIMIT = 140;

function shorten(text: string): string {
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A one-line reading of an extracted value for the reviewer: the normalised fact, not the JSON.
 * Kinds are recognised by the shape of the value, so entries read back from the ledger (which
 * carry no types) read the same; anything else falls back to compact JSON.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return shorten(String(value));
  const v = value as Fields;
  const parts: (string | undefined)[] = [];
  if (v.timex && typeof v.timex === 'object') {
    const timex = v.timex as Fields;
    const interval = v.interval as Fields | undefined;
    parts.push(`${str(timex.type) ?? ''} ${str(timex.value) ?? ''}`.trim(), str(timex.mod) && `(${timex.mod})`);
    if (interval && str(interval.start)) parts.push(`[${interval.start} … ${interval.end})`);
  } else if (typeof v.amount === 'number' && str(v.unit)) {
    const range = typeof v.low === 'number' && typeof v.high === 'number' ? `${v.low}–${v.high}` : String(v.amount);
    parts.push(v.qualifier && v.qualifier !== 'exactly' ? `${v.qualifier} ${range}` : range, String(v.unit), str(v.counted), str(v.speaker) && `(per ${v.speaker})`);
  } else if (str(v.quote) !== undefined && str(v.speakerKind) !== undefined) {
    parts.push(`“${v.quote}”`, str(v.speaker) ? `— ${v.speaker}` : `— ${v.speakerKind} speaker`);
  } else if (str(v.predicate)) {
    const people = Array.isArray(v.participants) ? v.participants.join(', ') : '';
    const counterpart = Array.isArray(v.counterpart) && v.counterpart.length > 0 ? ` with ${v.counterpart.join(', ')}` : '';
    parts.push(`${v.predicate}: ${people}${counterpart}`, str(v.place) && `in ${v.place}`, v.polarity === 'negative' ? '(negated)' : undefined, v.modality && v.modality !== 'asserted' ? `(${v.modality})` : undefined);
  } else if (str(v.superlative)) {
    parts.push(`${v.superlative} ${str(v.what) ?? ''}`.trim(), str(v.scope));
  } else if (str(v.name)) {
    const geo = v.geo as Fields | undefined;
    parts.push(String(v.name), str(v.canonical) && v.canonical !== v.name ? `= ${v.canonical}` : undefined, str(v.role) ?? str(v.title), geo && str(geo.id) ? `[${geo.id}]` : undefined);
  } else {
    return shorten(canonicalJson(value));
  }
  return shorten(parts.filter((part): part is string => Boolean(part)).join(' '));
}
