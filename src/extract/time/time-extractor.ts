import * as chrono from 'chrono-node';
import type { ClaimDraft, Extractor, ExtractorContext, TimeValue } from '../../types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Reference instant for resolution: noon UTC on the publication day, so no zone shifts the date. */
export function referenceDate(value: string | null): Date | undefined {
  if (!value) return undefined;
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month - 1, day, 12));
}

function timexOf(components: chrono.ParsedComponents, anchored: boolean): TimeValue {
  const year = components.isCertain('year') || anchored ? components.get('year') : undefined;
  const month = components.get('month')!;
  const day = components.get('day')!;
  const yearText = year === undefined || year === null ? 'XXXX' : String(year);
  const hasDay = components.isCertain('day') || components.isCertain('weekday');
  const hasMonth = components.isCertain('month') || hasDay;
  let value = hasMonth ? `${yearText}-${pad(month)}` : yearText;
  if (hasDay) value += `-${pad(day)}`;
  if (components.isCertain('hour')) value += `T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`;
  return { timex: { type: components.isCertain('hour') ? 'TIME' : 'DATE', value } };
}

/**
 * Dates and times via chrono-node, resolved against the publication date when known.
 * (Deepened by the TempEval-3 work: tense, durations, seasons, records.)
 */
export const timeExtractor: Extractor = {
  kind: 'time',
  extract({ doc, published }: ExtractorContext): ClaimDraft[] {
    const reference = referenceDate(published.value);
    const drafts: ClaimDraft[] = [];
    for (const sentence of doc.sentences) {
      const results = chrono.parse(sentence.text, reference ?? new Date(Date.UTC(2000, 0, 1, 12)));
      for (const result of results) {
        const start = sentence.span.start + result.index;
        drafts.push({
          kind: 'time',
          span: { start, end: start + result.text.length },
          value: timexOf(result.start, reference !== undefined),
        });
      }
    }
    return drafts;
  },
};
