import { isoDay } from '../dates.js';

/** A tick on a time axis, in day numbers. */
export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

function monthStart(year: number, month: number): number {
  return Math.floor(Date.UTC(year, month, 1) / DAY);
}

/**
 * Ticks for the day range `[start, end]`: whole years, quarters, months, weeks or days, the finest
 * step that leaves at least `minGap` of the `width` between labels.
 */
export function timeTicks(start: number, end: number, width: number, minGap = 72): Tick[] {
  const span = Math.max(1, end - start);
  const maxTicks = Math.max(2, Math.floor(width / minGap));
  const first = new Date(start * DAY);
  const [year0, month0] = [first.getUTCFullYear(), first.getUTCMonth()];
  for (const step of [1, 2, 7]) {
    if (span / step > maxTicks) continue;
    const ticks: Tick[] = [];
    // Day 0 (1970-01-01) was a Thursday, so Mondays are the days ≡ 4 (mod 7).
    const firstDay = step >= 7 ? start + ((((4 - start) % 7) + 7) % 7) : start;
    for (let day = firstDay; day <= end; day += step) {
      const date = new Date(day * DAY);
      ticks.push({ day, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
    }
    return ticks;
  }
  for (const months of [1, 3, 6]) {
    if (span / (30.44 * months) > maxTicks) continue;
    const ticks: Tick[] = [];
    let month = Math.ceil(month0 / months) * months;
    for (let year = year0; ; ) {
      const day = monthStart(year, month);
      if (day > end) break;
      if (day >= start) ticks.push({ day, label: month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${year}` : MONTHS[month]! });
      month += months;
      if (month >= 12) {
        month -= 12;
        year += 1;
      }
    }
    return ticks;
  }
  for (const years of [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]) {
    if (span / (365.25 * years) > maxTicks) continue;
    const ticks: Tick[] = [];
    for (let year = Math.ceil(year0 / years) * years; ; year += years) {
      const day = monthStart(year, 0);
      if (day > end) break;
      if (day >= start) ticks.push({ day, label: String(year) });
    }
    return ticks;
  }
  return [{ day: start, label: isoDay(start) }];
}
