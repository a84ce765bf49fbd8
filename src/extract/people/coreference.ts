import { similarWords } from '../../reconcile/rules/name-variant.js';
import type { PersonMention } from './mentions.js';
import { nameParts, namePartsOfJoined, type NameParts } from './person-name.js';

/** One person of an article: the mentions that refer to them and what the article says about them. */
export interface PersonEntity {
  /** `person:<folded canonical name>`: the same in every article that spells the name the same way. */
  key: string;
  /** The fullest name the article gives (most words; the most frequent, then the first, on a tie). */
  canonical: string;
  parts: NameParts;
  mentions: PersonMention[];
  /** The first title the article writes for them, and the first role phrase, organisation and country. */
  title?: string;
  role?: string;
  organization?: string;
  country?: string;
}

/** Given names that are one name spelt two ways or abbreviated ("Antony"/"Anthony", "J."/"John"). */
function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return similarWords(x, y);
}

function canonicalOf(mentions: readonly PersonMention[]): string {
  const counts = new Map<string, { words: number; count: number; first: number }>();
  mentions.forEach((mention, order) => {
    const name = mention.nameWords.join(' ');
    const entry = counts.get(name) ?? { words: mention.nameWords.length, count: 0, first: order };
    entry.count++;
    counts.set(name, entry);
  });
  return [...counts.entries()].sort((a, b) => b[1].words - a[1].words || b[1].count - a[1].count || a[1].first - b[1].first)[0]![0];
}

/** Mentions linked so far to one person, with their starts kept sorted for "the latest mention before". */
interface Group {
  parts: NameParts;
  mentions: PersonMention[];
  firstStart: number;
  /** Starts of the group's mentions, ascending. */
  starts: number[];
}

/** Inserts in order; appending, the usual case for mentions in text order, costs nothing more. */
function insertSorted(values: number[], value: number): void {
  let at = values.length;
  while (at > 0 && values[at - 1]! > value) at--;
  values.splice(at, 0, value);
}

/** The largest value below `limit` in an ascending array, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : values[low - 1]!;
}

/**
 * Links the person mentions of one article (in text order). Full names group by family name and
 * compatible given names ("Antony Blinken" / "Anthony Blinken" are one person here, and both
 * spellings stay on their claims); a surname alone ("Blinken", "Mr Blinken", "Xi") joins the full
 * name it belongs to — the most recent one before it when two people share a surname.
 */
export function clusterPersons(mentions: readonly PersonMention[]): { entities: PersonEntity[]; entityOf: Map<PersonMention, PersonEntity> } {
  const groups: Group[] = [];
  // Groups by family name, in the order they were made: each mention looks only at its namesakes.
  const bySurname = new Map<string, Group[]>();
  const groupOf = new Map<PersonMention, Group>();
  const join = (group: Group, mention: PersonMention) => {
    group.mentions.push(mention);
    insertSorted(group.starts, mention.start);
    groupOf.set(mention, group);
  };
  const create = (parts: NameParts, start: number): Group => {
    const group: Group = { parts, mentions: [], firstStart: start, starts: [] };
    groups.push(group);
    const namesakes = bySurname.get(parts.surname);
    if (namesakes) namesakes.push(group);
    else bySurname.set(parts.surname, [group]);
    return group;
  };
  // Full names first, in text order.
  for (const mention of mentions) {
    if (mention.nameWords.length < 2) continue;
    const parts = nameParts(mention.nameWords);
    const group = bySurname.get(parts.surname)?.find((candidate) => compatibleGiven(candidate.parts.given, parts.given));
    join(group ?? create(parts, mention.start), mention);
  }
  for (const mention of mentions) {
    if (mention.nameWords.length >= 2) continue;
    const parts = nameParts(mention.nameWords);
    const namesakes = bySurname.get(parts.surname) ?? [];
    let group: Group | undefined;
    // The full name mentioned most recently before; else the one mentioned first (ties: the first made).
    let latest = -1;
    let earliest: Group | undefined;
    for (const candidate of namesakes) {
      if (candidate.parts.given.length === 0) continue;
      const last = lastBelow(candidate.starts, mention.start);
      if (last > latest) {
        latest = last;
        group = candidate;
      }
      if (!earliest || candidate.firstStart < earliest.firstStart) earliest = candidate;
    }
    group ??= earliest ?? namesakes.find((candidate) => candidate.parts.given.length === 0);
    join(group ?? create(parts, mention.start), mention);
  }
  const entities: PersonEntity[] = [];
  const byGroup = new Map<Group, PersonEntity>();
  for (const group of groups.sort((a, b) => a.firstStart - b.firstStart)) {
    const ordered = group.mentions.sort((a, b) => a.start - b.start);
    const canonical = canonicalOf(ordered);
    const parts = namePartsOfJoined(canonical);
    const titled = ordered.find((mention) => mention.title !== undefined && mention.cue === 'title') ?? ordered.find((mention) => mention.title !== undefined);
    const entity: PersonEntity = {
      key: `person:${parts.full}`,
      canonical,
      parts,
      mentions: ordered,
      ...(titled?.title ? { title: titled.title } : {}),
      ...firstOf(ordered, 'role'),
      ...firstOf(ordered, 'organization'),
      ...firstOf(ordered, 'country'),
    };
    entities.push(entity);
    byGroup.set(group, entity);
  }
  const entityOf = new Map<PersonMention, PersonEntity>();
  for (const [mention, group] of groupOf) entityOf.set(mention, byGroup.get(group)!);
  return { entities, entityOf };
}

function firstOf<K extends 'role' | 'organization' | 'country'>(mentions: readonly PersonMention[], field: K): Partial<Record<K, string>> {
  const found = mentions.find((mention) => mention[field] !== undefined);
  return found ? ({ [field]: found[field] } as Partial<Record<K, string>>) : {};
}
