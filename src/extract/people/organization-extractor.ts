import type { ClaimDraft, Extractor, ExtractorContext } from '../../types.js';
import { analyzeEntities } from './entity-analysis.js';
import type { OrganizationMention } from './mentions.js';
import { initialsOf, isAcronym } from './words.js';

// A module constant (used with `replace`, which resets `lastIndex`): the CLI bundle builds a literal with
// Unicode properties anew at every call (`new RegExp`).
const MARKS = /\p{M}/gu;

/**
 * The key two spellings of one organisation share: case, dots, a leading "the" and the ways of
 * writing the United States do not matter ("U.S. Geological Survey" = "United States Geological Survey").
 */
export function organizationKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/^the\s+/iu, '')
    .replace(/\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\s|$)|\bUSA?\b/gu, 'US')
    .replace(/\bUnited Kingdom\b|\bU\.K\.(?=\s|$)/gu, 'UK')
    .replace(/\bUnited Nations\b|\bU\.N\.(?=\s|$)/gu, 'UN')
    .replace(/[.’'`]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The acronym a name is written as ("USGS" for "U.S. Geological Survey"), or undefined for short names. */
function acronymOf(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const letters = initialsOf(words);
  return letters.length >= 2 ? letters : undefined;
}

/**
 * Organisations: agencies, ministries, parties, companies, news media. Within an article an acronym
 * is linked to the long form the article gives — defined in parentheses ("(UNRWA)") or matching its
 * initials ("USGS" and "U.S. Geological Survey") — and every mention carries the long form as
 * canonical name.
 */
export const organizationExtractor: Extractor = {
  kind: 'organization',
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const { organizations, acronyms } = analyzeEntities(doc, earlier);
    // Long forms by acronym: defined ones first, then initials of the article's multi-word names.
    const longForms = new Map<string, string>();
    for (const [acronym, longForm] of acronyms) longForms.set(acronym.replace(/\./gu, '').toUpperCase(), longForm);
    for (const mention of organizations) {
      const acronym = acronymOf(mention.name.split(/\s+/u));
      if (acronym && !longForms.has(acronym)) longForms.set(acronym, mention.name);
    }
    // Defined acronyms by the key of their long form (the first defined wins).
    const definedFor = new Map<string, string>();
    for (const [acronym, longForm] of acronyms) {
      const key = organizationKey(longForm);
      if (!definedFor.has(key)) definedFor.set(key, acronym);
    }
    const canonicalOf = (mention: OrganizationMention): { canonical: string; acronym?: string } => {
      if (isAcronym(mention.name)) {
        const letters = mention.name.replace(/\./gu, '').toUpperCase();
        const longForm = longForms.get(letters);
        return longForm ? { canonical: longForm, acronym: mention.name } : { canonical: mention.name };
      }
      const defined = definedFor.get(organizationKey(mention.name));
      return { canonical: mention.name, ...(defined ? { acronym: defined } : {}) };
    };
    const named = organizations.map((mention) => {
      const { canonical, acronym } = canonicalOf(mention);
      return { mention, canonical, acronym, key: organizationKey(canonical) };
    });
    // The fullest spelling of each organisation in the article is its canonical name.
    const fullest = new Map<string, string>();
    for (const { canonical, key } of named) {
      const known = fullest.get(key);
      if (!known || canonical.length > known.length) fullest.set(key, canonical);
    }
    return named.map(({ mention, canonical, acronym, key }): ClaimDraft<'organization'> => {
      return {
        kind: 'organization',
        span: { start: mention.start, end: mention.end },
        value: {
          name: mention.name,
          canonical: fullest.get(key) ?? canonical,
          entity: `org:${key}`,
          ...(mention.category ? { category: mention.category } : {}),
          ...(mention.country ? { country: mention.country } : {}),
          ...(acronym ? { acronym } : {}),
        },
        certainty: { name: 'stated', canonical: canonical === mention.name ? 'stated' : 'implied' },
      };
    });
  },
};
