import type { Claim } from '../../types.js';
import { foldPlaceName } from '../../gazetteer/index.js';
import { areNameVariants, foldName, similarWords } from '../../reconcile/rules/name-variant.js';
import { PLACE_SUFFIXES } from '../places/lexicon.js';
import { organizationKey } from './organization-extractor.js';
import { nameParts } from './person-name.js';
import { initialsOf } from './words.js';

// A module constant: the CLI bundle builds a literal with Unicode properties anew at every call (`new RegExp`).
const CAPITALS_ONLY = /^[\p{Lu}\d.&]+$/u;

type EntityKind = 'person' | 'organization' | 'place';

/** One way a linked entity is written, and where. */
export interface EntitySpelling {
  name: string;
  articles: string[];
  claims: string[];
}

/** An entity across the articles of a run. */
export interface LinkedEntity {
  /** Run-wide key: `person:…`, `org:…`, or a gazetteer id / `place:…`. */
  key: string;
  kind: EntityKind;
  /** The spelling most articles use (the longest, then the first alphabetically, on a tie). */
  canonical: string;
  /** The per-article keys merged into this entity. */
  localKeys: string[];
  articles: string[];
  /** Every full spelling, with its articles and claims: the evidence of spelling variants. */
  spellings: EntitySpelling[];
  /** Spellings that are variants of one another ("Antony Blinken" / "Anthony Blinken"); case, accents and punctuation alone do not count. */
  variants: string[];
  claims: string[];
}

export interface EntityLinks {
  entities: LinkedEntity[];
  /** Claim id → run-wide key, for every person, organisation and named place claim. */
  keyOf: ReadonlyMap<string, string>;
}

/** The claims of one entity within one article. */
interface Local {
  kind: EntityKind;
  article: string;
  key: string;
  canonical: string;
  claims: Claim[];
}

function localsOf(claims: readonly Claim[]): Local[] {
  const locals = new Map<string, Local>();
  for (const claim of claims) {
    let kind: EntityKind;
    let key: string;
    let canonical: string;
    if (claim.kind === 'person') {
      const value = (claim as Claim<'person'>).value;
      [kind, key, canonical] = ['person', value.entity, value.canonical];
    } else if (claim.kind === 'organization') {
      const value = (claim as Claim<'organization'>).value;
      [kind, key, canonical] = ['organization', value.entity, value.canonical];
    } else if (claim.kind === 'place') {
      const value = (claim as Claim<'place'>).value;
      if (value.relative) continue;
      [kind, key, canonical] = ['place', value.geo?.id ?? `place:${placeCore(value.name)}`, value.geo?.name ?? value.name];
    } else {
      continue;
    }
    const id = `${claim.article}\u0000${key}`;
    const local = locals.get(id) ?? { kind, article: claim.article, key, canonical, claims: [] };
    local.claims.push(claim);
    locals.set(id, local);
  }
  return [...locals.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}

/** A place name without its generic head ("Qeshm island" → "qeshm"). */
function placeCore(name: string): string {
  const words = foldPlaceName(name).split(' ');
  while (words.length > 1 && PLACE_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Whether two full names of different articles name one person: same family name (or one spelt two ways), compatible given names. */
function samePerson(a: string, b: string): boolean {
  const pa = nameParts(a.split(' '));
  const pb = nameParts(b.split(' '));
  if (pa.given.length === 0 || pb.given.length === 0) return false;
  if (pa.surname !== pb.surname) return areNameVariants(a, b);
  const [x, y] = [pa.given[0]!, pb.given[0]!];
  return x === y || ((x.length === 1 || y.length === 1) && x[0] === y[0]) || similarWords(x, y);
}

function sameOrganization(a: string, b: string): boolean {
  if (organizationKey(a) === organizationKey(b)) return true;
  const acronym = (name: string) => (CAPITALS_ONLY.test(name) ? name.replace(/\./gu, '') : undefined);
  const [ax, bx] = [acronym(a), acronym(b)];
  if (ax && !bx) return initialsOf(b.split(/\s+/u)) === ax;
  if (bx && !ax) return initialsOf(a.split(/\s+/u)) === bx;
  return false;
}

/** Blocking keys: candidates for one entity share one, so comparisons stay close to linear. */
function blockKeys(local: Local): string[] {
  if (local.kind === 'person') {
    const parts = nameParts(local.canonical.split(' '));
    return [`s:${parts.surname.slice(0, 3)}`, `s:${parts.surname.slice(-3)}`];
  }
  if (local.kind === 'organization') {
    const words = local.canonical.split(/\s+/u);
    const acronym = CAPITALS_ONLY.test(local.canonical) ? local.canonical.replace(/\./gu, '') : initialsOf(words);
    return [`o:${organizationKey(local.canonical)}`, `a:${acronym}`];
  }
  if (!local.key.startsWith('place:')) return [`g:${local.key}`];
  const core = local.key.slice('place:'.length);
  return [`p:${core.slice(0, 3)}`, `p:${core.slice(-3)}`];
}

function linked(a: Local, b: Local): boolean {
  if (a.kind !== b.kind || a.article === b.article) return a.kind === b.kind && a.key === b.key;
  if (a.key === b.key) return true;
  if (a.kind === 'person') return a.canonical.includes(' ') && b.canonical.includes(' ') && samePerson(a.canonical, b.canonical);
  if (a.kind === 'organization') return sameOrganization(a.canonical, b.canonical);
  // Places: gazetteer ids decide; unknown places link by spelling ("Khaledin" / "Khaldin").
  if (!a.key.startsWith('place:') || !b.key.startsWith('place:')) return false;
  return areNameVariants(a.key.slice(6), b.key.slice(6));
}

/**
 * Maps the same person, organisation or place in different articles to one key — a pure function
 * of the claims, for the reconciler. Full names link by family name and compatible given names, or
 * as spelling variants of each other; a surname alone ("Blinken" in an article that never gives the
 * first name) joins the one full-name entity of the run with that family name, and stays apart when
 * two share it. Organisations link by normalised name or acronym; places by gazetteer id, or by
 * spelling when the gazetteer does not know them. Every spelling is kept as evidence.
 */
export function linkEntitiesAcrossArticles(claims: readonly Claim[]): EntityLinks {
  const locals = localsOf(claims);
  const sets = new UnionFind(locals.length);
  const blocks = new Map<string, number[]>();
  locals.forEach((local, i) => {
    for (const key of blockKeys(local)) {
      const block = `${local.kind}|${key}`;
      const members = blocks.get(block);
      if (members) members.push(i);
      else blocks.set(block, [i]);
    }
  });
  for (const members of blocks.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) if (linked(locals[members[x]!]!, locals[members[y]!]!)) sets.union(members[x]!, members[y]!);
    }
  }
  linkSurnames(locals, sets);
  return collect(locals, sets);
}

/** A person known by surname only joins the single full-name person of the run with that family name. */
function linkSurnames(locals: readonly Local[], sets: UnionFind): void {
  const bySurname = new Map<string, Set<number>>();
  locals.forEach((local, i) => {
    if (local.kind !== 'person' || !local.canonical.includes(' ')) return;
    const surname = nameParts(local.canonical.split(' ')).surname;
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(sets.find(i)));
  });
  locals.forEach((local, i) => {
    if (local.kind !== 'person' || local.canonical.includes(' ')) return;
    const roots = bySurname.get(foldName(local.canonical));
    if (roots && roots.size === 1) sets.union(i, [...roots][0]!);
  });
}

function collect(locals: readonly Local[], sets: UnionFind): EntityLinks {
  const groups = new Map<number, Local[]>();
  locals.forEach((local, i) => {
    const root = sets.find(i);
    const members = groups.get(root);
    if (members) members.push(local);
    else groups.set(root, [local]);
  });
  const entities: LinkedEntity[] = [];
  const keyOf = new Map<string, string>();
  for (const members of groups.values()) {
    const kind = members[0]!.kind;
    const spellings = new Map<string, EntitySpelling>();
    // The articles of each spelling as a set too: a spelling common to thousands of articles is checked once per claim.
    const articlesOf = new Map<string, Set<string>>();
    for (const local of members) {
      for (const claim of local.claims) {
        const name = spellingOf(claim);
        if (name === undefined) continue;
        let spelling = spellings.get(name);
        let seen = articlesOf.get(name);
        if (!spelling || !seen) {
          spelling = { name, articles: [], claims: [] };
          seen = new Set<string>();
          spellings.set(name, spelling);
          articlesOf.set(name, seen);
        }
        if (!seen.has(claim.article)) {
          seen.add(claim.article);
          spelling.articles.push(claim.article);
        }
        spelling.claims.push(claim.id);
      }
    }
    const canonicalCounts = new Map<string, Set<string>>();
    for (const local of members) canonicalCounts.set(local.canonical, (canonicalCounts.get(local.canonical) ?? new Set()).add(local.article));
    const canonical = [...canonicalCounts.entries()].sort(
      (a, b) => b[1].size - a[1].size || b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]![0];
    const geoKey = members.find((local) => local.kind === 'place' && !local.key.startsWith('place:'))?.key;
    const key = kind === 'person' ? `person:${foldName(canonical)}` : kind === 'organization' ? `org:${organizationKey(canonical)}` : geoKey ?? `place:${placeCore(canonical)}`;
    // Variants are spellings of one name ("Antony"/"Anthony"), not an acronym beside its long form.
    const names = [...spellings.keys()].sort();
    const variants = names.filter((name) => names.some((other) => other !== name && areNameVariants(name, other)));
    const claimIds = members.flatMap((local) => local.claims.map((claim) => claim.id)).sort();
    for (const id of claimIds) keyOf.set(id, key);
    entities.push({
      key,
      kind,
      canonical,
      localKeys: [...new Set(members.map((local) => local.key))].sort(),
      articles: [...new Set(members.map((local) => local.article))].sort(),
      spellings: [...spellings.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
      variants,
      claims: claimIds,
    });
  }
  entities.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entities, keyOf };
}

/** The full spelling a claim contributes: full names of people (not surnames or descriptions), names of the rest. */
function spellingOf(claim: Claim): string | undefined {
  if (claim.kind === 'person') {
    const value = (claim as Claim<'person'>).value;
    return value.mention === 'full-name' ? value.name : undefined;
  }
  if (claim.kind === 'organization') return (claim as Claim<'organization'>).value.name;
  if (claim.kind === 'place') return (claim as Claim<'place'>).value.name;
  return undefined;
}

/** Copies of the claims whose `value.entity` is the run-wide key (persons and organisations). */
export function withLinkedEntities(claims: readonly Claim[], links: EntityLinks = linkEntitiesAcrossArticles(claims)): Claim[] {
  return claims.map((claim) => {
    const key = links.keyOf.get(claim.id);
    if (!key || (claim.kind !== 'person' && claim.kind !== 'organization')) return claim;
    return { ...claim, value: { ...claim.value, entity: key } } as Claim;
  });
}
