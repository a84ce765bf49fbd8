/**
 * TempEval-3 scoring of time expressions: extent (strict = same span, relaxed = overlapping spans),
 * and type and value counted over relaxed matches. Precision divides by what the system proposed,
 * recall by the gold expressions, as the TempEval-3 scorer does.
 */
import type { Timex3 } from './read-timeml.js';

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** A relaxed match between a gold and a system expression. */
export interface Pair {
  gold: Timex3;
  system: Timex3;
}

export interface DocumentScore {
  counts: Counts;
  pairs: Pair[];
  /** Gold expressions no system expression overlaps. */
  missed: Timex3[];
  /** System expressions that overlap no gold expression. */
  spurious: Timex3[];
}

const overlaps = (a: Timex3, b: Timex3) => a.start < b.end && b.start < a.end;

/** Pairs gold and system expressions one to one: exact spans first, then the largest overlaps. */
export function scoreDocument(gold: readonly Timex3[], system: readonly Timex3[]): DocumentScore {
  const pairs: Pair[] = [];
  const usedGold = new Set<Timex3>();
  const usedSystem = new Set<Timex3>();
  const candidates: { g: Timex3; s: Timex3; overlap: number; exact: boolean }[] = [];
  for (const g of gold) {
    for (const s of system) {
      if (!overlaps(g, s)) continue;
      candidates.push({ g, s, overlap: Math.min(g.end, s.end) - Math.max(g.start, s.start), exact: g.start === s.start && g.end === s.end });
    }
  }
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.g.start - b.g.start || a.s.start - b.s.start);
  for (const { g, s } of candidates) {
    if (usedGold.has(g) || usedSystem.has(s)) continue;
    usedGold.add(g);
    usedSystem.add(s);
    pairs.push({ gold: g, system: s });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  const counts: Counts = {
    gold: gold.length,
    system: system.length,
    strict: pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length,
    relaxed: pairs.length,
    type: pairs.filter((p) => p.gold.type === p.system.type).length,
    value: pairs.filter((p) => p.gold.value === p.system.value).length,
  };
  return {
    counts,
    pairs,
    missed: gold.filter((g) => !usedGold.has(g)),
    spurious: system.filter((s) => !usedSystem.has(s)),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    type: a.type + b.type,
    value: a.value + b.value,
  };
}

export const NO_COUNTS: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };

/** Precision, recall and F1 of `correct` against the totals. */
export function prf(correct: number, counts: Counts): Prf {
  const precision = counts.system ? correct / counts.system : 0;
  const recall = counts.gold ? correct / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
