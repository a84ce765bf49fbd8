import type { Claim, FindingDraft, ReconcileContext, ReconcileRule } from '../../types.js';
import { describeInterval, gapInDays } from '../compare/granularity.js';
import { mainAnchorOf } from '../event-anchors.js';
import { pushTo } from '../../util/push-to.js';

function anchorClaimFor(article: string, claims: readonly Claim[], context: ReconcileContext): string | undefined {
  const anchor = mainAnchorOf(context.articleById.get(article)!, claims);
  return anchor?.claim ?? claims.find((claim) => claim.kind === 'meeting')?.id ?? claims.find((claim) => claim.kind === 'time')?.id ?? claims[0]?.id;
}

function basisOf(article: string, claims: readonly Claim[], context: ReconcileContext): string {
  const anchor = mainAnchorOf(context.articleById.get(article)!, claims);
  if (anchor?.claim) return `"${context.claimById.get(anchor.claim)!.text}"`;
  const published = context.articleById.get(article)!.published;
  return `publication date ${published.value} (${published.basis})`;
}

export const differentEventsRule: ReconcileRule = {
  meta: {
    id: 'different-events',
    acrossArticles: true,
    description: 'Articles that report different occurrences of a similar event (two trips, two quakes) are compared separately.',
    defaultSeverity: 'info',
    help:
      'Each article is situated in time by the date of what it reports (or its publication date). Articles whose ' +
      'dates cannot be the same occurrence describe different events: their facts are never reported as ' +
      'contradicting each other. Check that an article has not mixed the two up.',
    messages: {
      different: '{{left}} report{{leftVerb}} {{leftWhen}}; {{right}} report{{rightVerb}} {{rightWhen}}: different occurrences, compared separately.',
    },
  },
  run(context: ReconcileContext): FindingDraft[] {
    const articlesByEvent = new Map<string, string[]>();
    for (const article of context.articles) {
      const event = context.mainEventOf.get(article.id);
      if (event) pushTo(articlesByEvent, event, article.id);
    }
    const mains = context.events.filter((event) => articlesByEvent.has(event.id) && event.interval);
    const claimsOf = new Map<string, Claim[]>();
    for (const claim of context.claims) pushTo(claimsOf, claim.article, claim);
    // Each article's anchor and basis once, not once per pair of events it takes part in.
    const anchorOf = new Map<string, string | undefined>();
    const basisOfArticle = new Map<string, string>();
    const anchorFor = (article: string) => {
      if (!anchorOf.has(article)) anchorOf.set(article, anchorClaimFor(article, claimsOf.get(article) ?? [], context));
      return anchorOf.get(article);
    };
    const basisFor = (article: string) => {
      if (!basisOfArticle.has(article)) basisOfArticle.set(article, basisOf(article, claimsOf.get(article) ?? [], context));
      return basisOfArticle.get(article)!;
    };
    const drafts: FindingDraft[] = [];
    // Each other occurrence is set against the one most articles report: k occurrences give k − 1
    // findings, not one per pair.
    const principal = [...mains].sort((a, b) => articlesByEvent.get(b.id)!.length - articlesByEvent.get(a.id)!.length || a.interval!.start.localeCompare(b.interval!.start))[0];
    for (const other of mains) {
      if (!principal || other === principal) continue;
      const [left, right] = other.interval!.start < principal.interval!.start ? [other, principal] : [principal, other];
      const leftArticles = articlesByEvent.get(left.id)!.sort();
      const rightArticles = articlesByEvent.get(right.id)!.sort();
      const anchors = [...leftArticles, ...rightArticles]
        .map((article) => anchorFor(article))
        .filter((id): id is string => id !== undefined);
      if (anchors.length < 2) continue;
      const gap = gapInDays(left.interval!, right.interval!);
      const basis = [...leftArticles, ...rightArticles].map((article) => `${article}: ${basisFor(article)}`).join('; ');
      drafts.push({
        messageId: 'different',
        data: {
          left: leftArticles.join(', '),
          leftVerb: leftArticles.length === 1 ? 's' : '',
          leftWhen: describeInterval(left.interval!),
          right: rightArticles.join(', '),
          rightVerb: rightArticles.length === 1 ? 's' : '',
          rightWhen: describeInterval(right.interval!),
        },
        verdict: 'different-events',
        confidence: gap > 30 ? 0.9 : gap > 3 ? 0.75 : 0.6,
        explanation: `The two groups are ${gap} day${gap === 1 ? '' : 's'} apart. Dated by ${basis}.`,
        event: left.id,
        claims: anchors,
      });
    }
    return drafts;
  },
};
