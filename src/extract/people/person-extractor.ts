import type { Certainty, ClaimDraft, Extractor, ExtractorContext, PersonValue } from '../../types.js';
import { clusterPersons, type PersonEntity } from './coreference.js';
import { findDescriptions } from './descriptions.js';
import { analyzeEntities } from './entity-analysis.js';
import type { PersonMention } from './mentions.js';

function mentionKind(mention: PersonMention): PersonValue['mention'] {
  if (mention.honorific) return 'honorific';
  return mention.nameWords.length >= 2 ? 'full-name' : 'surname';
}

/** What the article says about the person, marked `stated` at the mention that says it and `implied` elsewhere. */
function describe(entity: PersonEntity, mention: PersonMention | undefined): { fields: Partial<PersonValue>; certainty: Record<string, Certainty> } {
  const fields: Partial<PersonValue> = {};
  const certainty: Record<string, Certainty> = {};
  for (const field of ['title', 'role', 'organization', 'country'] as const) {
    const own = mention?.[field];
    const value = own ?? entity[field];
    if (value === undefined) continue;
    fields[field] = value;
    certainty[field] = own !== undefined ? 'stated' : 'implied';
  }
  return { fields, certainty };
}

/**
 * People: names recognised from titles, honorifics, role phrases, appositives, verbs of saying and
 * given names; linked within the article (full name, surname, "Mr X", "the US diplomat") to one
 * entity whose key and canonical name every mention carries.
 */
export const personExtractor: Extractor = {
  kind: 'person',
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const { persons } = analyzeEntities(doc, earlier);
    const { entities, entityOf } = clusterPersons(persons);
    const drafts: ClaimDraft<'person'>[] = [];
    for (const mention of persons) {
      const entity = entityOf.get(mention)!;
      const { fields, certainty } = describe(entity, mention);
      drafts.push({
        kind: 'person',
        span: { start: mention.start, end: mention.end },
        value: {
          name: doc.article.text.slice(mention.start, mention.end),
          canonical: entity.canonical,
          entity: entity.key,
          ...fields,
          mention: mentionKind(mention),
        },
        certainty: { name: 'stated', canonical: mention.nameWords.join(' ') === entity.canonical ? 'stated' : 'implied', ...certainty },
      });
    }
    const occupied = persons.map((mention) => ({ start: mention.start, end: mention.end }));
    for (const description of findDescriptions(doc, entities, occupied)) {
      const { fields, certainty } = describe(description.entity, undefined);
      drafts.push({
        kind: 'person',
        span: description.span,
        value: {
          name: doc.article.text.slice(description.span.start, description.span.end),
          canonical: description.entity.canonical,
          entity: description.entity.key,
          ...fields,
          mention: 'description',
        },
        certainty: { name: 'stated', canonical: 'implied', entity: 'implied', ...certainty },
      });
    }
    return drafts;
  },
};
