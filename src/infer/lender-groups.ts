import type { MonthIndex } from './months.js';

/** An article an undated one may borrow its date from: its date as a window of months, and how close it is. */
export interface DatedLender {
  article: string;
  from: MonthIndex;
  to: MonthIndex;
  /** The strength of its link to the undated article (`StoryLink.ratio`). */
  ratio: number;
}

// Articles of one story come out within days of each other; dates further apart than this tell of
// different occurrences (a minister's two trips to one country a year apart).
const SAME_STORY_MONTHS = 1;

/**
 * The lenders an undated article may borrow from when they disagree: those dated within a month of
 * each other form a group, and the article goes with the group whose links to it weigh most (ties:
 * the earlier group). Borrowing from two groups would give a date that none of them has (the month
 * of one trip in the year of the other). Lenders dated only to a year stay when their year holds the
 * chosen group. Returns the ids kept; every lender when they all agree.
 */
export function lendersOfOneStory(lenders: readonly DatedLender[]): Set<string> {
  const monthly = lenders.filter((lender) => lender.from === lender.to).sort((a, b) => a.from - b.from || (a.article < b.article ? -1 : 1));
  const groups: { lenders: DatedLender[]; last: MonthIndex; weight: number }[] = [];
  for (const lender of monthly) {
    const group = groups[groups.length - 1];
    if (group && lender.from - group.last <= SAME_STORY_MONTHS) {
      group.lenders.push(lender);
      group.last = lender.to;
      group.weight += lender.ratio;
    } else groups.push({ lenders: [lender], last: lender.to, weight: lender.ratio });
  }
  if (groups.length <= 1) return new Set(lenders.map((lender) => lender.article));
  const chosen = groups.reduce((best, group) => (group.weight > best.weight ? group : best));
  const first = chosen.lenders[0]!.from;
  const kept = new Set(chosen.lenders.map((lender) => lender.article));
  for (const lender of lenders) if (lender.from !== lender.to && lender.from <= first && chosen.last <= lender.to) kept.add(lender.article);
  return kept;
}
