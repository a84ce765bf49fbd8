import { similarWords } from '../../reconcile/rules/name-variant.js';
import type { PersonMention } from './mentions.js';
import { nameParts, type NameParts } from './person-name.js';

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

/**
 * Links the person mentions of one article. Full names group by family name and compatible given
 * names ("Antony Blinken" / "Anthony Blinken" are one person here, and both spellings stay on their
 * claims); a surname alone ("Blinken", "Mr Blinken", "Xi") joins the full name it belongs to — the
 * most recent one before it when two people share a surname.
 */
export function clusterPersons(mentions: readonly PersonMention[]): { entities: PersonEntity[]; entityOf: Map<PersonMention, PersonEntity> } {
  const groups: { parts: NameParts; mentions: PersonMention[]; firstStart: number }[] = [];
  const groupOf = new Map<PersonMention, (typeof groups)[number]>();
  // Full names first, in text order.
  for (const mention of mentions) {
    if (mention.nameWords.length < 2) continue;
    const parts = nameParts(mention.nameWords);
    const group = groups.find((candidate) => candidate.parts.surname === parts.surname && compatibleGiven(candidate.parts.given, parts.given));
    if (group) {
      group.mentions.push(mention);
      groupOf.set(mention, group);
    } else {
      const created = { parts, mentions: [mention], firstStart: mention.start };
      groups.push(created);
      groupOf.set(mention, created);
    }
  }
  for (const mention of mentions) {
    if (mention.nameWords.length >= 2) continue;
    const parts = nameParts(mention.nameWords);
    const sameSurname = groups.filter((group) => group.parts.given.length > 0 && group.parts.surname === parts.surname);
    let group: (typeof groups)[number] | undefined;
    if (sameSurname.length > 0) {
      const before = sameSurname
        .map((candidate) => ({ candidate, last: Math.max(...candidate.mentions.filter((m) => m.start < mention.start).map((m) => m.start), -1) }))
        .filter((entry) => entry.last >= 0)
        .sort((a, b) => b.last - a.last)[0];
      group = before?.candidate ?? sameSurname.sort((a, b) => a.firstStart - b.firstStart)[0];
    } else {
      group = groups.find((candidate) => candidate.parts.given.length === 0 && candidate.parts.surname === parts.surname);
    }
    if (!group) {
      group = { parts, mentions: [], firstStart: mention.start };
      groups.push(group);
    }
    group.mentions.push(mention);
    groupOf.set(mention, group);
  }
  const entities: PersonEntity[] = [];
  const byGroup = new Map<(typeof groups)[number], PersonEntity>();
  for (const group of groups.sort((a, b) => a.firstStart - b.firstStart)) {
    const ordered = group.mentions.sort((a, b) => a.start - b.start);
    const canonical = canonicalOf(ordered);
    const parts = nameParts(canonical.split(' '));
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
