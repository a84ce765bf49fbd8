import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { compareRecords, previousOccurrence } from '../compare/record-arithmetic.js';
import { describeInterval } from '../compare/granularity.js';
import { independentSources } from '../independence.js';
import { pushTo } from '../../util/push-to.js';

type RecordClaim = Claim<'record'>;

const STOP = new Set(['a', 'an', 'the', 'by', 'of', 'to', 'in', 'for', 'on', 'its', 'his', 'her', 'their', 'ever', 'since', 'first']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .split(/\s+/u)
      .filter((word) => word.length > 1 && !STOP.has(word)),
  );
}

/**
 * The place a record is limited to, when it is named ("to Shanghai" → "shanghai"); undefined for a description
 * ("to the city"), which could be any named place.
 */
function scopeKey(scope: string | undefined): string | undefined {
  if (!scope) return undefined;
  const named = scope.match(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu);
  return named ? named.join(' ').toLowerCase() : undefined;
}

/** Records about the same thing: same superlative, same named scope, and most words of the shorter description shared. */
function sameRecord(a: RecordClaim, b: RecordClaim): boolean {
  if (a.value.superlative !== b.value.superlative) return false;
  const [sa, sb] = [scopeKey(a.value.scope), scopeKey(b.value.scope)];
  // "The first visit to China" and "the first visit to Shanghai" are two records.
  if (sa && sb && sa !== sb) return false;
  const wa = words(a.value.what);
  const wb = words(b.value.what);
  if (wa.size === 0 || wb.size === 0) return false;
  const shared = [...wa].filter((word) => wb.has(word)).length;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}

export const recordAgreementRule: ReconcileRule = {
  meta: {
    id: 'record',
    acrossArticles: true,
    description: '"First … since" and "first … in N years" claims about the same record are compared through the previous occurrence they imply.',
    defaultSeverity: 'warning',
    help:
      'A record names a previous occurrence either by date ("since Hillary Clinton in 2010") or by a gap ("the ' +
      'first in 14 years", counted back from publication). Records about the same thing agree when those ' +
      'previous occurrences overlap; when they do not, one of the articles counts differently or is wrong.',
    messages: {
      different: 'The articles imply different previous occurrences for "{{superlative}} {{what}}": {{sides}}.',
      agree: '{{sources}} independent sources agree on the record "{{superlative}} {{what}}" (previous occurrence {{when}}).',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const byEvent = new Map<string, RecordClaim[]>();
    for (const claim of context.claims) {
      if (claim.kind !== 'record') continue;
      const event = context.eventOf.get(claim.id);
      if (event) pushTo(byEvent, event, claim as RecordClaim);
    }
    const drafts: FindingDraft[] = [];
    for (const event of [...byEvent.keys()].sort()) {
      const records = byEvent.get(event)!;
      const slots: RecordClaim[][] = [];
      for (const record of records) {
        const slot = slots.find((members) => members.some((member) => sameRecord(member, record)));
        if (slot) slot.push(record);
        else slots.push([record]);
      }
      for (const slot of slots) {
        const dated = slot
          .map((record) => ({ record, previous: previousOccurrence(record.value, context.articleById.get(record.article)?.published.value) }))
          .filter((entry): entry is { record: RecordClaim; previous: NonNullable<typeof entry.previous> } => entry.previous !== undefined);
        if (new Set(dated.map((entry) => entry.record.article)).size < 2) continue;
        const conflicts = new Set<RecordClaim>();
        const reasons: string[] = [];
        for (let i = 0; i < dated.length; i++) {
          for (let j = i + 1; j < dated.length; j++) {
            const [a, b] = [dated[i]!, dated[j]!];
            if (a.record.article === b.record.article) continue;
            const comparison = compareRecords(a.previous, b.previous);
            reasons.push(`"${a.record.text}" (${a.record.article}) vs "${b.record.text}" (${b.record.article}): ${comparison.reason}.`);
            if (comparison.relation === 'different') conflicts.add(a.record).add(b.record);
          }
        }
        const first = slot[0]!.value;
        const ids = (list: RecordClaim[]) => list.sort((x, y) => x.article.localeCompare(y.article) || x.span.start - y.span.start).map((record) => record.id);
        if (conflicts.size > 0) {
          const sides = [...conflicts].map((record) => `${record.article}: ${describeInterval(previousOccurrence(record.value, context.articleById.get(record.article)?.published.value)!)}`).join('; ');
          drafts.push({ messageId: 'different', data: { superlative: first.superlative, what: first.what, sides }, verdict: 'conflict', confidence: 0.6, explanation: reasons.join(' '), event, claims: ids([...conflicts]) });
        } else {
          const articles = [...new Map(dated.map((entry) => [entry.record.article, context.articleById.get(entry.record.article)!])).values()];
          const sources = independentSources(articles);
          if (sources >= 2) {
            drafts.push({
              messageId: 'agree',
              data: { superlative: first.superlative, what: first.what, sources, when: describeInterval(dated[0]!.previous) },
              verdict: 'corroborated',
              severity: 'info',
              confidence: 0.75,
              explanation: reasons.join(' '),
              event,
              sources,
              claims: ids(dated.map((entry) => entry.record)),
            });
          }
        }
      }
    }
    return drafts;
  },
};
