/**
 * Events that come back on a fixed date (or in a fixed month) every year or every term, as general
 * knowledge: when an article says one is "next month", the month of publication follows. Holidays
 * are the time extractor's (`lexicon.ts`); this list is for civic and institutional calendars.
 */
export interface RecurringEvent {
  name: string;
  /** Human description of the date, for the evidence. */
  when: string;
  month: number;
  /** Every pattern must match the sentence. */
  patterns: readonly RegExp[];
}

export const RECURRING_EVENTS: readonly RecurringEvent[] = [
  { name: 'the US presidential inauguration', when: '20 January after the election', month: 1, patterns: [/\binaugurat/iu, /\b(?:U\.?S\.?|American|United States|White House)\b/u] },
  { name: "Taiwan's presidential inauguration", when: '20 May of the term', month: 5, patterns: [/\binaugurat/iu, /\bTaiwan/u] },
  { name: "the Philippine president's inauguration", when: '30 June of the term', month: 6, patterns: [/\binaugurat/iu, /\bPhilippine/u] },
  { name: 'the US general election', when: 'the Tuesday after the first Monday of November', month: 11, patterns: [/\belections?\b/iu, /\b(?:U\.?S\.?|American|presidential|midterm|congressional)\b/u] },
  { name: "China's National People's Congress session", when: 'early March each year', month: 3, patterns: [/National People['’]s Congress/u] },
  { name: 'the World Economic Forum in Davos', when: 'January each year', month: 1, patterns: [/\bDavos\b/u] },
  { name: 'the UN General Assembly debate', when: 'September each year', month: 9, patterns: [/\bGeneral Assembly\b/u, /\b(?:UN|U\.N\.|United Nations)\b/u] },
  { name: 'the Nobel Prize ceremonies', when: '10 December each year', month: 12, patterns: [/\bNobel\b/u, /\b(?:ceremony|ceremonies|banquet)\b/iu] },
];

/** The recurring event a sentence speaks of, if any. */
export function recurringEventIn(sentence: string): RecurringEvent | undefined {
  return RECURRING_EVENTS.find((event) => event.patterns.every((pattern) => pattern.test(sentence)));
}
