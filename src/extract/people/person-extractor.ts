import type { Certainty, ClaimDraft, Extractor, ExtractorContext, PersonValue } from '../../types.js';
import { clusterPersons, type PersonEntity } from './coreference.js';
import { findDescriptions } from './descriptions.js';
import { analyzeEntities } from './entity-analysis.js';
import type { PersonMention } from './mentions.js';

function mentionKind(mention: PersonMention): PersonValue['mention'] {
  if (mention.honorific) return 'honorific';
  return mention.nameWords.length >= 2 ? 'full-name' : 'surname';
}

const FIELDS = ['title', 'role', 'organization', 'country'] as const;

/**
 * What the article says about the person, written onto the claim's value and certainty in one order
 * (title, role, organisation, country): marked `stated` at the mention that says it and `implied`
 * elsewhere. Set one by one rather than spread from objects made for it: this runs for every person
 * claim, mostly before V8 optimises it.
 */
function describe(entity: PersonEntity, mention: PersonMention | undefined, value: Partial<PersonValue>, certainty: Record<string, Certainty>): void {
  for (let k = 0; k < FIELDS.length; k++) {
    const field = FIELDS[k]!;
    const own = mention?.[field];
    const found = own ?? entity[field];
    if (found === undefined) continue;
    value[field] = found;
    certainty[field] = own !== undefined ? 'stated' : 'implied';
  }
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
    const text = doc.article.text;
    for (let k = 0; k < persons.length; k++) {
      const mention = persons[k]!;
      const entity = entityOf.get(mention)!;
      // Keys in the order the claim has always had them: name, canonical, entity, the described fields, mention.
      const value: Partial<PersonValue> = { name: text.slice(mention.start, mention.end), canonical: entity.canonical, entity: entity.key };
      const certainty: Record<string, Certainty> = { name: 'stated', canonical: mention.nameWords.join(' ') === entity.canonical ? 'stated' : 'implied' };
      describe(entity, mention, value, certainty);
      value.mention = mentionKind(mention);
      drafts.push({ kind: 'person', span: { start: mention.start, end: mention.end }, value: value as PersonValue, certainty });
    }
    const occupied = persons.map((mention) => ({ start: mention.start, end: mention.end }));
    for (const description of findDescriptions(doc, entities, occupied)) {
      const { span, entity } = description;
      const value: Partial<PersonValue> = { name: text.slice(span.start, span.end), canonical: entity.canonical, entity: entity.key };
      const certainty: Record<string, Certainty> = { name: 'stated', canonical: 'implied', entity: 'implied' };
      describe(entity, undefined, value, certainty);
      value.mention = 'description';
      drafts.push({ kind: 'person', span, value: value as PersonValue, certainty });
    }
    return drafts;
  },
};
