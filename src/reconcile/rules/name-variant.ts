import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { editDistance } from '../../util/edit-distance.js';
import { jaroWinkler, phoneticCodes } from '../../util/natural.js';
import { pushTo } from '../../util/push-to.js';
import { rememberingPairs } from '../../util/remember-pairs.js';

const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady|gov|sen|rep|gen|pres)\.?\s+/iu;

/** Case, accents and punctuation do not make a spelling variant. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`.]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Two words are spellings of one word: close in letters and either in sound or by one edit. */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const maxEdits = shorter >= 8 ? 2 : 1;
  // Words further apart in length than that are further apart in edits too: no need to count them.
  if (Math.abs(a.length - b.length) > maxEdits + 1) return false;
  const edits = editDistance(a, b);
  if (edits > maxEdits + 1) return false;
  if (jaroWinkler(a, b) < 0.88) return false;
  const [pa, aa] = phoneticCodes(a);
  const [pb, ab] = phoneticCodes(b);
  const soundsAlike = pa === pb || pa === ab || aa === pb || (aa !== '' && aa === ab);
  return edits <= maxEdits || soundsAlike;
}

/**
 * Two names are spelling variants when they have the same number of words, differ after folding,
 * and every word pair is either equal or a spelling of the same word. "Anthony Blinken" ~ "Antony
 * Blinken"; "Heydar Alishbandi" ~ "Heidar Alishvandi"; "Wang Yi" and "Wang Wenbin" are different people.
 */
export function areNameVariants(a: string, b: string): boolean {
  return areFoldedVariants(foldedName(a), foldedName(b));
}

/** A name folded (`foldName`) and split into its words, once however many names it is compared with. */
interface FoldedName {
  folded: string;
  words: string[];
}

function foldedName(name: string): FoldedName {
  const folded = foldName(name);
  return { folded, words: folded.split(' ') };
}

/** `areNameVariants` of folded names; `similar` compares words (a rule's run passes one that remembers pairs). */
function areFoldedVariants(a: FoldedName, b: FoldedName, similar: (a: string, b: string) => boolean = similarWords): boolean {
  if (a.words.length !== b.words.length || a.folded === b.folded) return false;
  return a.words.every((word, i) => similar(word, b.words[i]!));
}

type NamedClaim = Claim<'person'> | Claim<'place'> | Claim<'organization'>;

function spellingOf(claim: NamedClaim): string | undefined {
  if (claim.kind === 'person') {
    const value = claim.value;
    if (value.mention !== 'full-name' && value.mention !== 'surname') return undefined;
    return value.name.replace(HONORIFIC, '');
  }
  return claim.value.name;
}

function blockingKeys(name: FoldedName, soundOf: (word: string) => string): string[] {
  // Any word's sound or its first three letters: variants share at least one of them.
  return name.words.flatMap((word) => [`s:${soundOf(word)}`, `p:${word.slice(0, 3)}`]);
}

export const nameVariantRule: ReconcileRule = {
  meta: {
    id: 'name-variant',
    description: 'The same name is spelt in different ways across or within articles.',
    defaultSeverity: 'warning',
    help:
      'People and places whose names differ by a letter or two, or sound the same, are probably one ' +
      'entity spelt two ways ("Anthony" / "Antony"). Check which spelling is right. Case, accents and ' +
      'punctuation alone are not reported.',
    messages: {
      variant: 'The {{kind}} name is spelt {{spellings}} ({{where}}).',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const bySpelling = new Map<string, NamedClaim[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'person' && claim.kind !== 'place' && claim.kind !== 'organization') continue;
      const spelling = spellingOf(claim as NamedClaim);
      if (!spelling) continue;
      const list = bySpelling.get(spelling) ?? [];
      list.push(claim as NamedClaim);
      bySpelling.set(spelling, list);
    }
    const spellings = [...bySpelling.keys()].sort();
    const names = spellings.map(foldedName);
    // Names of one story share their words ("Barack Obama", "Obama"): each word's sound is found once.
    const sounds = new Map<string, string>();
    const soundOf = (word: string) => {
      let sound = sounds.get(word);
      if (sound === undefined) {
        sound = phoneticCodes(word)[0];
        sounds.set(word, sound);
      }
      return sound;
    };
    // Names of one story share their words: each pair of words is compared once.
    const similar = rememberingPairs(similarWords);
    // Spellings by their place in sorted order: blocks hold ascending numbers, pairs are two numbers.
    const blocks = new Map<string, number[]>();
    names.forEach((name, index) => {
      for (const key of blockingKeys(name, soundOf)) pushTo(blocks, key, index);
    });
    const kinds = spellings.map((spelling) => bySpelling.get(spelling)![0]!.kind);
    // Union-find over spellings that are variants of each other.
    const parent = new Map(spellings.map((s) => [s, s]));
    const find = (s: string): string => {
      let root = s;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(s, root);
      return root;
    };
    // Two spellings share several blocks when they share several words: each pair is compared once.
    const compared = new Set<number>();
    for (const block of blocks.values()) {
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const [x, y] = [block[i]!, block[j]!];
          // A spelling in one block twice (two of its words sound alike) is not a pair.
          if (x === y || kinds[x] !== kinds[y]) continue;
          const pairKey = x * spellings.length + y;
          if (compared.has(pairKey)) continue;
          compared.add(pairKey);
          if (areFoldedVariants(names[x]!, names[y]!, similar)) {
            const [ra, rb] = [find(spellings[x]!), find(spellings[y]!)];
            if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
          }
        }
      }
    }
    const clusters = new Map<string, string[]>();
    for (const spelling of spellings) {
      const root = find(spelling);
      pushTo(clusters, root, spelling);
    }
    const drafts: FindingDraft[] = [];
    for (const members of clusters.values()) {
      if (members.length < 2) continue;
      // One position per spelling per article: its first mention there.
      const positions: NamedClaim[] = [];
      for (const spelling of members) {
        const firstPerArticle = new Map<string, NamedClaim>();
        for (const claim of bySpelling.get(spelling)!) if (!firstPerArticle.has(claim.article)) firstPerArticle.set(claim.article, claim);
        positions.push(...[...firstPerArticle.values()].sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : 0)));
      }
      const where = members
        .map((spelling) => `"${spelling}" in ${[...new Set(bySpelling.get(spelling)!.map((c) => c.article))].sort().join(', ')}`)
        .join('; ');
      // Transliterated place and organisation names vary harmlessly ("Jabaliya" / "Jabalya"); people's names matter more.
      const kind = positions[0]!.kind;
      drafts.push({
        ...(kind === 'person' ? {} : { severity: 'info' as const }),
        messageId: 'variant',
        data: { kind: positions[0]!.kind, spellings: members.map((m) => `"${m}"`).join(' and '), where },
        verdict: 'variant',
        confidence: 0.8,
        explanation:
          'The spellings differ by at most two letters or sound alike, word for word; they most likely name the same ' +
          positions[0]!.kind +
          '. Counts of each spelling: ' +
          members.map((m) => `"${m}" ×${bySpelling.get(m)!.length}`).join(', ') +
          '.',
        claims: positions.map((claim) => claim.id),
      });
    }
    return drafts;
  },
};
