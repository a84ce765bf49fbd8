import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { rememberingCompareSources, sourceKey, type SourceComparison } from '../compare/attribution.js';
import { isRunningTotal } from '../compare/change-over-time.js';
import { independentSources } from '../independence.js';
import { crossArticlePairs, isUpdate, observe, splitByScale, type Observation, type PairComparison } from '../quantity-series.js';
import { describeSlot, quantitySlot } from '../slot-keys.js';
import { isSuperseded, subEventOf } from '../quantity-context.js';
import { pushTo } from '../../util/push-to.js';

const ESTIMATES = new Set(['count:population']);

const quote = (observation: Observation) => `"${observation.claim.text}" (${observation.article.id}${observation.claim.value.speaker ? `, per ${observation.claim.value.speaker}` : ''})`;

function uniqueClaims(pairs: readonly PairComparison[]): string[] {
  const seen = new Map<string, Observation>();
  for (const pair of pairs) for (const side of [pair.a, pair.b]) seen.set(side.claim.id, side);
  return [...seen.values()]
    .sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : x.claim.span.start - y.claim.span.start))
    .map((observation) => observation.claim.id);
}

function explain(pairs: readonly PairComparison[]): string {
  return pairs.map((pair) => `${quote(pair.a)} vs ${quote(pair.b)}: ${pair.reason}${pair.unitNote ? `; ${pair.unitNote}` : ''}.`).join(' ');
}

/** Whether a value is what some named source in the slot said. */
function namedSourcesFor(observation: Observation, slot: readonly Observation[], pairs: Map<string, PairComparison>): Set<string> {
  const sources = new Set<string>();
  for (const other of slot) {
    if (!other.claim.value.speaker) continue;
    if (other === observation) {
      sources.add(sourceKey(other.claim.value.speaker));
      continue;
    }
    const pair = pairs.get(`${observation.claim.id}|${other.claim.id}`) ?? pairs.get(`${other.claim.id}|${observation.claim.id}`);
    if (pair && pair.relation !== 'different') sources.add(sourceKey(other.claim.value.speaker));
  }
  return sources;
}

/** Agreeing pairs grouped by the observations they connect: each group is one value several articles give. */
function agreementClusters(pairs: readonly PairComparison[]): PairComparison[][] {
  const parent = new Map<Observation, Observation>();
  const find = (o: Observation): Observation => {
    let root = o;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(o, root);
    return root;
  };
  for (const pair of pairs) for (const side of [pair.a, pair.b]) if (!parent.has(side)) parent.set(side, side);
  for (const pair of pairs) parent.set(find(pair.a), find(pair.b));
  const clusters = new Map<Observation, PairComparison[]>();
  for (const pair of pairs) pushTo(clusters, find(pair.a), pair);
  return [...clusters.values()];
}

function analyseGroup(slot: string, event: string, group: Observation[], compareSources: (a: string | undefined, b: string | undefined) => SourceComparison): FindingDraft[] {
  const pairs = crossArticlePairs(group, compareSources);
  if (pairs.length === 0) return [];
  const byKey = new Map(pairs.map((pair) => [`${pair.a.claim.id}|${pair.b.claim.id}`, pair]));
  const running = isRunningTotal(group[0]!.claim.value.counted) || slot.startsWith('count:killed') || slot.startsWith('count:injured');
  const [measured, subEvent] = slot.split('@') as [string, string | undefined];
  const what = `${describeSlot(measured)}${subEvent ? ` of the ${subEvent}` : ''}`;
  const conflicts: PairComparison[] = [];
  // A running total whose reports cannot be ordered in time may simply have grown between them.
  const unordered: PairComparison[] = [];
  const explained: PairComparison[] = [];
  const updates: PairComparison[] = [];
  const crossSource: PairComparison[] = [];
  // An observation's named sources depend on the slot alone: found once however many pairs it is in.
  const namedSources = new Map<Observation, Set<string>>();
  const namedSourcesOf = (observation: Observation) => {
    let sources = namedSources.get(observation);
    if (!sources) {
      sources = namedSourcesFor(observation, group, byKey);
      namedSources.set(observation, sources);
    }
    return sources;
  };
  for (const pair of pairs) {
    // A running total that grows in a later report is an update, even when the earlier one hedged ("at least").
    if (running && pair.relation !== 'same' && isUpdate(pair)) {
      updates.push(pair);
      continue;
    }
    if (pair.relation !== 'different') continue;
    const sources = compareSources(pair.a.claim.value.speaker, pair.b.claim.value.speaker);
    const orderUnknown = !pair.a.time || !pair.b.time;
    if (sources === 'different') crossSource.push(pair);
    else if (running && orderUnknown) unordered.push(pair);
    else if (sources === 'same') conflicts.push(pair);
    else {
      // Unattributed on one side: explained when each value is what a different named source said.
      const left = namedSourcesOf(pair.a);
      const right = namedSourcesOf(pair.b);
      const distinct = [...left].some((a) => [...right].some((b) => a !== b));
      (distinct ? explained : conflicts).push(pair);
    }
  }
  const drafts: FindingDraft[] = [];
  // Populations are estimates of a given year and source: differing ones are worth a look, not an error.
  const estimate = ESTIMATES.has(slot);
  if (conflicts.length > 0) {
    drafts.push({
      messageId: 'conflict',
      data: { what, sides: uniqueClaims(conflicts).length },
      verdict: 'conflict',
      severity: estimate ? 'warning' : 'error',
      confidence: conflicts.some((pair) => pair.a.claim.value.qualifier !== 'exactly' || pair.b.claim.value.qualifier !== 'exactly') ? 0.7 : 0.85,
      explanation: `${explain(conflicts)}${running ? ' Not explained by time: the reports are from the same time, or the later one is lower.' : ''}`,
      event,
      claims: uniqueClaims(conflicts),
    });
  }
  if (unordered.length > 0) {
    drafts.push({
      messageId: 'unordered',
      data: { what },
      verdict: 'conflict',
      severity: 'warning',
      confidence: 0.5,
      explanation: `${explain(unordered)} The articles carry no publication time, so a change over time cannot be told from a conflict.`,
      event,
      claims: uniqueClaims(unordered),
    });
  }
  if (explained.length > 0) {
    drafts.push({
      messageId: 'attributed',
      data: { what },
      verdict: 'attribution',
      severity: 'warning',
      confidence: 0.6,
      explanation: `${explain(explained)} Each value matches what a different named source said; one article does not say whose figure it gives.`,
      event,
      claims: uniqueClaims(explained),
    });
  }
  if (crossSource.length > 0) {
    drafts.push({
      messageId: 'sources',
      data: { what },
      verdict: 'attribution',
      severity: 'info',
      confidence: 0.8,
      explanation: `${explain(crossSource)} Different sources gave different figures; the articles report them faithfully.`,
      event,
      claims: uniqueClaims(crossSource),
    });
  }
  if (updates.length > 0) {
    const series = [...new Map(updates.flatMap((pair) => [pair.a, pair.b]).map((o) => [o.claim.id, o])).values()].sort((x, y) => (x.time?.start ?? 0) - (y.time?.start ?? 0));
    drafts.push({
      messageId: 'update',
      data: { What: what[0]!.toUpperCase() + what.slice(1), series: series.map((o) => `${o.claim.text} (${o.time?.label ?? 'undated'})`).join(' → ') },
      verdict: 'update',
      severity: 'info',
      confidence: 0.75,
      explanation: `${explain(updates)} The later reports give higher figures: the total was updated as news came in.`,
      event,
      claims: series.map((o) => o.claim.id),
    });
  }
  // Corroborations, one per value the articles agree on: the observations joined by agreeing pairs.
  const inConflict = new Set(conflicts.flatMap((pair) => [pair.a, pair.b]));
  const agreeing = pairs.filter((pair) => pair.relation !== 'different' && !updates.includes(pair) && !inConflict.has(pair.a) && !inConflict.has(pair.b));
  for (const cluster of agreementClusters(agreeing)) {
    const sides = [...new Map(cluster.flatMap((pair) => [pair.a, pair.b]).map((o) => [o.claim.id, o])).values()];
    const sources = independentSources([...new Map(sides.map((o) => [o.article.id, o.article])).values()]);
    if (sources < 2) continue;
    const exact = cluster.every((pair) => pair.relation === 'same');
    const first = [...sides].sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : x.claim.span.start - y.claim.span.start))[0]!;
    drafts.push({
      messageId: exact ? 'corroborated' : 'compatible',
      data: { what, sources, value: first.claim.text },
      verdict: exact ? 'corroborated' : 'granularity',
      severity: 'info',
      confidence: exact ? 0.9 : 0.7,
      explanation: explain(cluster.slice(0, 6)),
      event,
      sources,
      claims: uniqueClaims(cluster),
    });
  }
  return drafts;
}

export const quantityAgreementRule: ReconcileRule = {
  meta: {
    id: 'quantity',
    acrossArticles: true,
    description: 'Numbers about the same thing of the same event (tolls, magnitudes, distances, sums) are compared across articles.',
    defaultSeverity: 'error',
    help:
      'Quantities are aligned by event and by what they measure, put in common units, and compared through the ' +
      'ranges their qualifiers allow ("at least", "about", "three or four"). Rising running totals in later ' +
      'articles are updates; figures from different named sources are attributions, not conflicts; figures from ' +
      'one source, or from the same time, that cannot both be true are conflicts.',
    messages: {
      conflict: 'The articles disagree on {{what}} ({{sides}} figures that cannot all be true).',
      unordered: 'The articles give different figures for {{what}}; without publication times it cannot be told whether the figure was updated.',
      attributed: 'The articles give different figures for {{what}}; the difference matches different sources, but not every article names its source.',
      sources: 'Different sources give different figures for {{what}}.',
      update: '{{What}} rose as reports came in: {{series}}.',
      corroborated: '{{sources}} independent sources agree on {{what}} ({{value}}).',
      compatible: '{{sources}} independent sources give compatible figures for {{what}}.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const slots = new Map<string, Observation[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'quantity') continue;
      const quantity = claim as Claim<'quantity'>;
      const slot = quantitySlot(quantity.value, quantity.text);
      const event = context.eventOf.get(claim.id);
      const article = context.articleById.get(claim.article);
      // A figure the article itself says was replaced ("an earlier toll of four") is not its claim.
      if (!slot || !event || !article || isSuperseded(article, quantity)) continue;
      const subEvent = subEventOf(article, quantity);
      const key = `${event}\u0000${subEvent ? `${slot}@${subEvent}` : slot}`;
      pushTo(slots, key, observe(quantity, article));
    }
    const drafts: FindingDraft[] = [];
    // The same few sources are compared in every slot and every pair of articles: each pair once.
    const compareSources = rememberingCompareSources();
    for (const key of [...slots.keys()].sort()) {
      const [event, slot] = key.split('\u0000') as [string, string];
      for (const group of splitByScale(slots.get(key)!)) drafts.push(...analyseGroup(slot, event, group, compareSources));
    }
    return drafts;
  },
};
