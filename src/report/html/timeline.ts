import type { ArticleReport, CheckResult, Severity } from '../../types.js';
import { intervalDays, intervalLabel, isoDay, publicationInterval } from '../dates.js';
import { articleLabel } from '../summary.js';
import { domId, escapeHtml } from './escape.js';
import { timeTicks } from './time-axis.js';

interface DayRange {
  start: number;
  end: number;
}

interface Mark extends DayRange {
  claim: string;
  title: string;
  severity?: Severity;
}

interface Row {
  article: ArticleReport;
  marks: Mark[];
  published?: DayRange;
}

interface Band extends DayRange {
  id: string;
  label: string;
  /** An occurrence articles report, not an earlier one they mention. */
  main: boolean;
}

const WIDTH = 960;
const LEFT = 170;
const RIGHT = 16;
const LANE = 9;
const MAX_LANES = 5;
const BAND_COLOURS = 6;
// Average width of a label character at the timeline's font size, for laying labels out.
const CHAR_WIDTH = 6.8;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** Greedy lanes: each item goes to the first lane whose last item ends before it starts (pixels). */
function assignLanes(items: { x0: number; x1: number }[], maxLanes: number): number[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    let lane = laneEnds.findIndex((end) => end + 2 <= item.x0);
    if (lane < 0) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, item.x1);
    return lane;
  });
}

function collect(result: CheckResult, severityOfClaim: ReadonlyMap<string, Severity>): { rows: Row[]; bands: Band[] } {
  const rows: Row[] = result.articles.map((article) => {
    const marks: Mark[] = [];
    for (const claim of result.claims) {
      if (claim.article !== article.id || claim.kind !== 'time') continue;
      const interval = (claim.value as { interval?: { start: string; end: string } }).interval;
      const days = interval && intervalDays(interval);
      if (!interval || !days) continue;
      marks.push({
        ...days,
        claim: claim.id,
        title: `“${claim.text}” (${article.id}, ${claim.line}:${claim.column}) → ${intervalLabel(interval)}`,
        ...(severityOfClaim.has(claim.id) ? { severity: severityOfClaim.get(claim.id)! } : {}),
      });
    }
    const published = publicationInterval(article.published.value);
    return { article, marks: marks.sort((a, b) => a.start - b.start || b.end - a.end), ...(published ? { published } : {}) };
  });
  const bands: Band[] = [];
  for (const event of result.events ?? []) {
    const days = event.interval && intervalDays(event.interval);
    if (days) bands.push({ ...days, id: event.id, label: `${event.label} (${intervalLabel(event.interval!)})`, main: event.role !== 'background' });
  }
  return { rows, bands };
}

/** One SVG timeline over the day range `domain`: rows per article, event bands behind them. */
function timelineSvg(rows: Row[], bands: Band[], domain: DayRange, name: string, caption: string): string {
  const plot = WIDTH - LEFT - RIGHT;
  const x = (day: number) => LEFT + ((day - domain.start) / (domain.end - domain.start)) * plot;
  const clampX = (day: number) => Math.min(WIDTH - RIGHT, Math.max(LEFT, x(day)));
  const round = (n: number) => Math.round(n * 10) / 10;
  const visible = (range: DayRange) => range.end > domain.start && range.start < domain.end;
  // Event labels on lanes above the axis, so labels of nearby events do not overlap.
  const shownBands = bands.filter(visible);
  // Labels start at their band but are pulled left when they would run off the right edge; long
  // ones are shortened (the band's tooltip keeps the whole label).
  const labelText = shownBands.map((band) => shorten(band.label, Math.min(90, Math.floor(plot / CHAR_WIDTH))));
  const bandLabels = labelText.map((text, index) => {
    const band = shownBands[index]!;
    const width = text.length * CHAR_WIDTH;
    const x0 = Math.max(LEFT, Math.min(clampX(band.start), WIDTH - RIGHT - width));
    return { x0, x1: x0 + width };
  });
  const bandLanes = assignLanes(bandLabels, 4);
  const labelLanes = shownBands.length === 0 ? 0 : Math.max(...bandLanes) + 1;
  const top = 8 + labelLanes * 14 + 22;
  const parts: string[] = [];
  let y = top;
  const rowParts: string[] = [];
  for (const row of rows) {
    const marks = row.marks.filter(visible);
    const lanes = assignLanes(marks.map((mark) => ({ x0: clampX(mark.start), x1: Math.max(clampX(mark.end), clampX(mark.start) + 5) })), MAX_LANES);
    const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
    // Marks on lanes at the top of the row, the publication date on its own lane below them.
    const height = 22 + laneCount * LANE;
    rowParts.push(`<line class="row-rule" x1="0" x2="${WIDTH}" y1="${round(y + height)}" y2="${round(y + height)}"/>`);
    rowParts.push(
      `<text class="row-label" x="8" y="${round(y + height / 2 + 4)}"><title>${escapeHtml(articleLabel(row.article, row.article.id))}</title>${escapeHtml(shorten(row.article.id, 24))}</text>`,
    );
    marks.forEach((mark, index) => {
      const x0 = clampX(mark.start);
      const width = Math.max(4, clampX(mark.end) - x0);
      const markY = y + 7 + lanes[index]! * LANE;
      rowParts.push(
        `<a href="#${domId('claim', mark.claim)}"><rect class="mark${mark.severity ? ` mark-${mark.severity}` : ''}" x="${round(x0)}" y="${round(markY)}" width="${round(width)}" height="${LANE - 2}" rx="2"><title>${escapeHtml(mark.title)}</title></rect></a>`,
      );
    });
    if (row.published && visible(row.published)) {
      const x0 = clampX(row.published.start);
      const x1 = Math.max(clampX(row.published.end), x0);
      const middle = (x0 + x1) / 2;
      const cy = y + 7 + laneCount * LANE + 5;
      const when = `${row.article.id} published ${row.article.published.value}${row.article.published.basis ? ` (${row.article.published.basis})` : ''}`;
      rowParts.push(
        `<g class="published"><title>${escapeHtml(when)}</title>${x1 - x0 > 6 ? `<line x1="${round(x0)}" x2="${round(x1)}" y1="${round(cy)}" y2="${round(cy)}"/>` : ''}<path d="M${round(middle)} ${round(cy - 5)}l4 5l-4 5l-4-5z"/></g>`,
      );
    }
    y += height;
  }
  const bottom = y;
  const labelParts: string[] = [];
  shownBands.forEach((band, index) => {
    const x0 = clampX(band.start);
    const width = Math.max(3, clampX(band.end) - x0);
    const colour = bands.indexOf(band) % BAND_COLOURS;
    parts.push(
      `<a href="#${domId('event', band.id)}"><rect class="band band-${colour}" x="${round(x0)}" y="${round(top - 4)}" width="${round(width)}" height="${round(bottom - top + 4)}"><title>${escapeHtml(band.label)}</title></rect></a>`,
    );
    labelParts.push(
      `<text class="band-label band-text-${colour}" x="${round(bandLabels[index]!.x0)}" y="${round(8 + bandLanes[index]! * 14 + 10)}"><title>${escapeHtml(band.label)}</title>${escapeHtml(labelText[index]!)}</text>`,
    );
  });
  const ticks = timeTicks(domain.start, domain.end, plot);
  const axis = ticks.map(
    (tick) =>
      `<line class="tick" x1="${round(x(tick.day))}" x2="${round(x(tick.day))}" y1="${round(top - 8)}" y2="${round(bottom)}"/><text class="tick-label" x="${round(x(tick.day) + 3)}" y="${round(top - 10)}">${escapeHtml(tick.label)}</text>`,
  );
  const height = Math.ceil(bottom + 6);
  const clip = `clip-${name}`;
  return [
    `<figure class="timeline" id="timeline-${name}">`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(caption)}">`,
    `<defs><clipPath id="${clip}"><rect x="${LEFT}" y="0" width="${plot}" height="${height}"/></clipPath></defs>`,
    ...axis,
    `<g clip-path="url(#${clip})">${parts.join('')}</g>`,
    ...labelParts,
    ...rowParts,
    '</svg>',
    `<figcaption>${escapeHtml(caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function spanOf(ranges: DayRange[]): DayRange | undefined {
  if (ranges.length === 0) return undefined;
  // Folded, not spread: a big run has more dated claims than a call takes arguments.
  return ranges.reduce((all, range) => ({ start: Math.min(all.start, range.start), end: Math.max(all.end, range.end) }));
}

function padded(range: DayRange, share: number, minimum: number): DayRange {
  const pad = Math.max(minimum, (range.end - range.start) * share);
  return { start: Math.floor(range.start - pad), end: Math.ceil(range.end + pad) };
}

/**
 * The timeline: each article's dated claims (time claims with an interval) and its publication
 * date, with events drawn as bands. When the dated claims reach far from the events (a look-back to
 * an earlier decade), a second picture zooms in on the events and publication dates so events
 * close in time stay visibly apart.
 */
export function timelineSectionHtml(result: CheckResult, severityOfClaim: ReadonlyMap<string, Severity>): string {
  const { rows, bands } = collect(result, severityOfClaim);
  const publications = rows.flatMap((row) => (row.published ? [row.published] : []));
  const everything = spanOf([...rows.flatMap((row) => row.marks), ...publications, ...bands]);
  const intro =
    '<p class="legend"><span class="key key-mark"></span> a dated claim (hover for the words, click to read it in the article) ' +
    '<span class="key key-flagged"></span> a claim in an error or warning ' +
    '<span class="key key-published"></span> publication date ' +
    '<span class="key key-band"></span> an event</p>';
  if (!everything) return ['<section id="timeline">', '<h2>Timeline</h2>', '<p class="empty">No dated claims and no publication dates to draw.</p>', '</section>'].join('\n');
  const overview = padded(everything, 0.03, 3);
  const figures = [timelineSvg(rows, bands, overview, 'overview', `Dated claims from ${isoDay(overview.start)} to ${isoDay(overview.end)}`)];
  // The close-up is about what the articles report: earlier occurrences they mention stay in the overview.
  const focus = spanOf([...bands.filter((band) => band.main), ...publications]);
  if (focus) {
    const detail = padded(focus, 0.1, 20);
    if (overview.end - overview.start > 2.5 * (detail.end - detail.start)) {
      figures.push(timelineSvg(rows, bands, detail, 'detail', `Around the events and publication dates, ${isoDay(detail.start)} to ${isoDay(detail.end)}`));
    }
  }
  return ['<section id="timeline">', '<h2>Timeline</h2>', intro, ...figures, '</section>'].join('\n');
}
