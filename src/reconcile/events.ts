import type { Article, Claim, DateInterval, EventGroup } from '../types.js';
import { dayNumber, describeInterval } from './compare/granularity.js';
import { mainAnchorOf, meetingAnchorsOf, sentenceAnchorsOf, type Anchor } from './event-anchors.js';
import { pushTo } from '../util/push-to.js';
import { LazyMap } from '../util/lazy-map.js';

// Day-level anchors one day apart are one occurrence (time zones, "late on Monday" vs "Tuesday").
const FINE_TOLERANCE_DAYS = 1;
// Anchors up to a week long are clustered among themselves; longer ones attach to those clusters.
const FINE_MAX_DAYS = 7;

/** Where an interval starts and ends, in day numbers: found once, compared many times. */
interface Days {
  startDay: number;
  endDay: number;
}

function daysOf(interval: DateInterval): Days {
  return { startDay: dayNumber(interval.start), endDay: dayNumber(interval.end) };
}

interface Item extends Anchor, Days {
  /** Cluster index after grouping. */
  cluster: number;
}

interface Cluster extends Days {
  items: Item[];
  interval: DateInterval;
  mains: number;
}

function itemOf(anchor: Anchor): Item {
  return { ...anchor, cluster: -1, ...daysOf(anchor.interval) };
}

function hull(a: DateInterval, b: DateInterval): DateInterval {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/** Union-find over fine anchors whose intervals touch within the tolerance. */
function clusterFine(items: Item[]): Cluster[] {
  const sorted = [...items].sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.interval.end.localeCompare(b.interval.end));
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const item of sorted) {
    if (current && item.startDay <= current.endDay - 1 + FINE_TOLERANCE_DAYS) {
      current.items.push(item);
      current.interval = hull(current.interval, item.interval);
      Object.assign(current, daysOf(current.interval));
    } else {
      current = { items: [item], interval: item.interval, mains: 0, startDay: item.startDay, endDay: item.endDay };
      clusters.push(current);
    }
  }
  return clusters;
}

/** Attaches a coarse anchor to the overlapping cluster most articles are about, else to one of its own. */
function attachCoarse(item: Item, clusters: Cluster[]): void {
  // `overlaps` and `lengthInDays` on the day numbers found once.
  const overlapping = clusters.filter((cluster) => cluster.startDay < item.endDay && item.startDay < cluster.endDay);
  const best = overlapping.sort((a, b) => b.mains - a.mains || b.items.length - a.items.length || a.interval.start.localeCompare(b.interval.start))[0];
  if (best && best.endDay - best.startDay <= item.endDay - item.startDay) {
    best.items.push(item);
    if (item.role === 'main') best.mains++;
    return;
  }
  clusters.push({ items: [item], interval: item.interval, mains: item.role === 'main' ? 1 : 0, startDay: item.startDay, endDay: item.endDay });
}

function labelOf(cluster: Cluster, claims: readonly Claim[], articles: readonly string[]): { label: string; places: string[] } {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    if (claim.kind !== 'place') continue;
    const name = (claim as Claim<'place'>).value.geo?.name ?? (claim as Claim<'place'>).value.name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const places = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const when = describeInterval(cluster.interval);
  const where = places.length > 0 ? ` (${places.slice(0, 2).join(', ')})` : '';
  return { label: `${cluster.mains > 0 ? 'events of' : 'earlier events of'} ${when}${where}, in ${articles.join(', ')}`, places: places.slice(0, 5) };
}

export interface EventAssignment {
  events: EventGroup[];
  /** Claim id → event id (built when first read). */
  eventOf: ReadonlyMap<string, string>;
  /** Article id → id of the event it is mainly about. */
  mainEventOf: Map<string, string>;
}

/**
 * Groups claims into events across articles by time. Each article has a main anchor (the date of what it
 * reports, else its publication date); each sentence that carries its own date far from that anchor speaks of
 * another occurrence, and a meeting dated by its own time away from it too (a meeting without one goes with
 * the article's main event, whatever else its sentence dates). Anchors are clustered across articles — day-level ones when they fall within a day of each
 * other, coarser ones (a month, a year) attach to the overlapping cluster most articles are about. Claims in
 * undated sentences belong to their article's main event. Linear in claims after an O(n log n) sort of anchors.
 */
export function assignEvents(articles: readonly Article[], claims: readonly Claim[]): EventAssignment {
  const claimsByArticle = new Map<string, Claim[]>();
  for (const claim of claims) pushTo(claimsByArticle, claim.article, claim);
  const items: Item[] = [];
  const mainItemOf = new Map<string, Item>();
  // Article id → sentence index → the sentence's own anchor.
  const sentenceItemOf = new Map<string, Map<number, Item>>();
  // Meetings go by their own time (an item), or with their article's main event ('main').
  const meetingItemOf = new Map<string, Item | 'main'>();
  for (const article of articles) {
    const own = claimsByArticle.get(article.id) ?? [];
    const main = mainAnchorOf(article, own);
    if (main) {
      const mainItem = itemOf(main);
      items.push(mainItem);
      mainItemOf.set(article.id, mainItem);
    }
    const sentenceItems = sentenceItemOf.get(article.id) ?? sentenceItemOf.set(article.id, new Map()).get(article.id)!;
    for (const anchor of sentenceAnchorsOf(article, own, main)) {
      const item = itemOf(anchor);
      items.push(item);
      sentenceItems.set(anchor.sentence, item);
    }
    for (const [claim, anchor] of meetingAnchorsOf(article, own, main)) {
      if (anchor === 'main') {
        meetingItemOf.set(claim, 'main');
        continue;
      }
      const item = itemOf(anchor);
      items.push(item);
      meetingItemOf.set(claim, item);
    }
  }
  const lengthOf = (item: Item) => item.endDay - item.startDay;
  const fine = items.filter((item) => lengthOf(item) <= FINE_MAX_DAYS);
  const coarse = items.filter((item) => lengthOf(item) > FINE_MAX_DAYS).sort((a, b) => lengthOf(a) - lengthOf(b) || a.interval.start.localeCompare(b.interval.start));
  const clusters = clusterFine(fine);
  for (const cluster of clusters) cluster.mains = cluster.items.filter((item) => item.role === 'main').length;
  for (const item of coarse) attachCoarse(item, clusters);
  clusters.forEach((cluster, index) => cluster.items.forEach((item) => (item.cluster = index)));

  // Articles with no date at all are taken to report the occurrence most articles report (none when no
  // article is dated: then they share one undated event).
  const busiest = clusters.reduce<number>((best, cluster, index) => (cluster.mains > 0 && (best === -1 || cluster.mains > clusters[best]!.mains) ? index : best), -1);
  const clusterOfClaim = (claim: Claim): number => {
    const meetingItem = claim.kind === 'meeting' ? meetingItemOf.get(claim.id) : undefined;
    if (meetingItem !== undefined && meetingItem !== 'main') return meetingItem.cluster;
    const sentenceItem = meetingItem === 'main' ? undefined : sentenceItemOf.get(claim.article)?.get(claim.sentence);
    if (sentenceItem) return sentenceItem.cluster;
    return mainItemOf.get(claim.article)?.cluster ?? busiest;
  };

  const members = new Map<number, Claim[]>();
  for (const claim of claims) {
    const cluster = clusterOfClaim(claim);
    pushTo(members, cluster, claim);
  }
  // Ids from the interval, so they stay stable when unrelated articles are added.
  const order = [...members.keys()].sort((a, b) => {
    const ia = a === -1 ? '' : clusters[a]!.interval.start;
    const ib = b === -1 ? '' : clusters[b]!.interval.start;
    return ia.localeCompare(ib) || a - b;
  });
  const events: EventGroup[] = [];
  const idOfCluster = new Map<number, string>();
  for (const index of order) {
    const cluster = index === -1 ? undefined : clusters[index]!;
    const memberClaims = members.get(index)!;
    const memberArticles = [...new Set(memberClaims.map((claim) => claim.article))].sort();
    const base = cluster ? `event-${describeInterval(cluster.interval).replace(/\s+/gu, '_')}` : 'event-undated';
    let id = base;
    for (let n = 2; events.some((event) => event.id === id); n++) id = `${base}-${n}`;
    idOfCluster.set(index, id);
    const { label, places } = cluster ? labelOf(cluster, memberClaims, memberArticles) : { label: `undated events, in ${memberArticles.join(', ')}`, places: [] };
    events.push({
      id,
      label,
      role: cluster && cluster.mains > 0 ? 'main' : index === -1 ? 'main' : 'background',
      articles: memberArticles,
      claims: memberClaims.map((claim) => claim.id),
      ...(cluster ? { interval: { start: cluster.interval.start, end: cluster.interval.end } } : {}),
      ...(places.length > 0 ? { places } : {}),
    });
  }
  const eventOf = new LazyMap(() => {
    const map = new Map<string, string>();
    for (const index of order) for (const claim of members.get(index)!) map.set(claim.id, idOfCluster.get(index)!);
    return map;
  });
  const mainEventOf = new Map<string, string>();
  for (const article of articles) {
    const item = mainItemOf.get(article.id);
    const id = idOfCluster.get(item ? item.cluster : busiest);
    if (id) mainEventOf.set(article.id, id);
  }
  return { events, eventOf, mainEventOf };
}

/** Compatibility wrapper: the event groups only. */
export function groupEvents(articles: readonly Article[], claims: readonly Claim[]): EventGroup[] {
  return assignEvents(articles, claims).events;
}

