/**
 * The two systems the evaluation compares: corroborate's time extractor (run exactly as
 * `corroborate extract FILE --published DCT --kinds time` runs it) and chrono-node alone.
 */
import * as chrono from 'chrono-node';
import type { Article } from '../../src/types.js';
import { segment } from '../../src/segment/segment.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { timeExtractor } from '../../src/extract/time/time-extractor.js';
import type { Claim } from '../../src/types.js';
import type { TimeMLDocument, Timex3 } from './read-timeml.js';
import { dctDate } from './read-timeml.js';

/** corroborate's time claims for the document's text, with the DCT as publication date. */
export function corroborateTimexes(doc: TimeMLDocument): Timex3[] {
  const article: Article = {
    id: doc.name,
    path: doc.name,
    format: 'text',
    text: doc.text,
    textSource: 'file',
    published: { value: dctDate(doc.dct), basis: 'given' },
    excluded: [],
    problems: [],
  };
  const claims = extractDocument(segment(article), [timeExtractor], article.published) as Claim<'time'>[];
  return claims.map((claim) => ({
    start: claim.span.start,
    end: claim.span.end,
    text: claim.text,
    type: claim.value.timex.type,
    value: claim.value.timex.value,
    ...(claim.value.timex.mod ? { mod: claim.value.timex.mod } : {}),
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * chrono-node alone, with a straightforward mapping: the granularity is the finest component chrono
 * marks certain (a weekday counts as a day), the digits are those of the date chrono resolves against
 * the DCT (its own choice of year or week), and a stated clock time makes it a TIME.
 */
export function chronoTimexes(doc: TimeMLDocument): Timex3[] {
  const [year, month, day] = dctDate(doc.dct).split('-').map(Number);
  const reference = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1, 12));
  return chrono.parse(doc.text, reference).map((result) => {
    const c = result.start;
    const certain = (name: chrono.Component) => c.isCertain(name);
    const hasDay = certain('day') || certain('weekday');
    const hasMonth = hasDay || certain('month');
    let value = String(c.get('year'));
    if (hasMonth) value += `-${pad(c.get('month')!)}`;
    if (hasDay) value += `-${pad(c.get('day')!)}`;
    const hasTime = certain('hour');
    if (hasTime) value += `${hasDay ? '' : `-${pad(c.get('month')!)}-${pad(c.get('day')!)}`}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    return { start: result.index, end: result.index + result.text.length, text: result.text, type: hasTime ? 'TIME' : 'DATE', value };
  });
}
