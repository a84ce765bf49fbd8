import { refId } from '../ledger/entry-ref.js';
import { ansi } from '../report/ansi.js';
import type { ReviewItem } from './review-items.js';
import type { Summary } from './session.js';

// Enough ids to find them again in the ledger; the rest are counted.
const LISTED = 10;

function idList(items: readonly ReviewItem[]): string {
  const ids = items.slice(0, LISTED).map((item) => refId(item.ref));
  return items.length > LISTED ? `${ids.join(', ')}, … and ${items.length - LISTED} more` : ids.join(', ');
}

/** What the session did, printed after the reviewer closes: counts, then the ids of each group. */
export function renderSummary(summary: Summary, label: string, color: boolean, interrupted: boolean): string {
  const style = ansi(color);
  const counts = [
    style.green(`${summary.accepted.length} accepted`),
    style.red(`${summary.rejected.length} rejected`),
    `${summary.corrected.length} corrected`,
    `${summary.skipped.length} skipped`,
    `${summary.left.length} not reached`,
  ];
  const lines = [`corroborate review${interrupted ? ' (interrupted)' : ''}: ${counts.join(', ')}; every decision is saved in ${label}`];
  for (const [name, items] of [
    ['accepted', summary.accepted],
    ['rejected', summary.rejected],
    ['corrected', summary.corrected],
    ['skipped', summary.skipped],
  ] as const) {
    if (items.length > 0) lines.push(`  ${name}: ${idList(items)}`);
  }
  return `${lines.join('\n')}\n`;
}
