import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { compareQuotes, relationWithoutDiff } from '../compare/quote-wording.js';
import { independentSources } from '../independence.js';
import { alignQuotes } from '../../extract/quotes/align-quotes.js';
import { rememberingChangedWords } from '../../util/word-diff.js';

type Quote = Claim<'quote'>;

// Below this, two aligned quotes may be an altered quote, but are too loosely alike to corroborate each other.
const CLOSE_SIMILARITY = 0.8;

export const quoteWordingRule: ReconcileRule = {
  meta: {
    id: 'quote-wording',
    acrossArticles: true,
    description: 'The same quote in several articles is compared word by word: altered direct quotes are flagged.',
    defaultSeverity: 'warning',
    help:
      'Quotes are aligned across articles by their words. A direct quote (in quotation marks) whose words differ ' +
      'from another article\'s rendering of the same quote has been altered by at least one of them — check the ' +
      'original. Reported speech that differs is a paraphrase and is not flagged; a shorter excerpt is not flagged.',
    messages: {
      altered: 'A quote{{speaker}} is worded differently: {{change}}.',
      same: '{{sources}} independent sources quote{{whom}} in the same words.',
      consistent: '{{sources}} independent sources report the same statement{{speaker}}, in part or in other words.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    // One quote is rendered by many articles: its text is normalised once, each pair of texts diffed once.
    const changed = rememberingChangedWords();
    for (const aligned of alignQuotes(context.claims)) {
      // Fragments of a few words ("a different place") are too short to say who altered what.
      const group = aligned.claims.map((id) => context.claimById.get(id) as Quote).filter((quote) => quote.value.quote.split(/\s+/u).length >= 4);
      if (new Set(group.map((quote) => quote.article)).size < 2) continue;
      const altered = new Set<Quote>();
      const reasons: string[] = [];
      let change = '';
      let identical = true;
      // Only the pairs the alignment matched are diffed: a big group is a chain of close pairs, not all pairs.
      const kept = new Set(group);
      for (const pair of aligned.pairs) {
        const [a, b] = [context.claimById.get(pair.a) as Quote, context.claimById.get(pair.b) as Quote];
        if (!kept.has(a) || !kept.has(b) || a.article === b.article) continue;
        // Only two direct quotes can be altered: for any other pair, whether the words are the same
        // is all that counts, and it needs no diff.
        const relation = relationWithoutDiff(a.value, b.value, changed.sameWords);
        if (relation !== undefined) {
          if (relation !== 'same') identical = false;
          continue;
        }
        const comparison = compareQuotes(a.value, b.value, changed);
        if (comparison.relation !== 'same') identical = false;
        if (comparison.relation === 'different') {
          altered.add(a).add(b);
          reasons.push(`${a.article} vs ${b.article}: ${comparison.reason}.`);
          change ||= comparison.reason.replace(/^the quoted words differ: /u, '');
        }
      }
      const speakerName = group.find((quote) => quote.value.speaker)?.value.speaker;
      // A described speaker is quoted as written at a sentence start ("A senior US official said");
      // inside the message its article is lower case ("by a senior US official").
      const named = speakerName?.replace(/^(?:A|An|The)(?= )/u, (word) => word.toLowerCase());
      const speaker = named ? ` by ${named}` : '';
      const whom = named ? ` ${named}` : '';
      const event = context.eventOf.get(group[0]!.id);
      const ids = (list: Quote[]) => list.sort((x, y) => x.article.localeCompare(y.article) || x.span.start - y.span.start).map((quote) => quote.id);
      if (altered.size > 0) {
        drafts.push({
          messageId: 'altered',
          data: { speaker, change },
          verdict: 'altered-quote',
          confidence: 0.7,
          explanation: reasons.join(' '),
          ...(event ? { event } : {}),
          claims: ids([...altered]),
        });
      } else {
        const sources = independentSources([...new Map(group.map((quote) => [quote.article, context.articleById.get(quote.article)!])).values()]);
        // Reported statements that merely share words are not the same statement: only close renderings corroborate.
        const close = aligned.pairs.some((pair) => pair.similarity >= CLOSE_SIMILARITY);
        if (sources >= 2 && (identical || close)) {
          drafts.push({ messageId: identical ? 'same' : 'consistent', data: identical ? { whom, sources } : { speaker, sources }, verdict: 'corroborated', severity: 'info', confidence: identical ? 0.85 : 0.6, ...(event ? { event } : {}), sources, claims: ids([...group]) });
        }
      }
    }
    return drafts;
  },
};
