import type {
  Article,
  Claim,
  EventGroup,
  Finding,
  FindingDraft,
  FindingPosition,
  ReconcileContext,
  ReconcileRule,
  Severity,
} from '../types.js';
import { stableId } from '../util/hash.js';
import { formatMessage } from './format-message.js';
import { assignEvents } from './events.js';
import { LazyMap } from '../util/lazy-map.js';
import { RULES } from './rules/index.js';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

export function positionOfClaim(claim: Claim): FindingPosition {
  return {
    article: claim.article,
    claim: claim.id,
    text: claim.text,
    span: claim.span,
    line: claim.line,
    column: claim.column,
    value: claim.value,
  };
}

function toFinding(rule: ReconcileRule, draft: FindingDraft, claimById: ReadonlyMap<string, Claim>): Finding {
  const template = rule.meta.messages[draft.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${draft.messageId}"`);
  const claims = draft.claims.map((id) => {
    const claim = claimById.get(id);
    if (!claim) throw new Error(`rule ${rule.meta.id} refers to unknown claim ${id}`);
    return claim;
  });
  return {
    id: stableId('f', [rule.meta.id, draft.messageId, ...draft.claims]),
    rule: rule.meta.id,
    severity: draft.severity ?? rule.meta.defaultSeverity,
    verdict: draft.verdict,
    message: formatMessage(template, draft.data),
    messageId: draft.messageId,
    ...(draft.explanation ? { explanation: draft.explanation } : {}),
    confidence: Math.round(draft.confidence * 100) / 100,
    ...(draft.event ? { event: draft.event } : {}),
    ...(draft.sources !== undefined ? { sources: draft.sources } : {}),
    positions: claims.map(positionOfClaim),
  };
}

/** Orders findings: most severe first, then by first position (article, offset), then id. */
export function compareFindings(a: Finding, b: Finding): number {
  const severity = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (severity !== 0) return severity;
  const pa = a.positions[0];
  const pb = b.positions[0];
  if (pa && pb) {
    if (pa.article !== pb.article) return pa.article < pb.article ? -1 : 1;
    if (pa.span.start !== pb.span.start) return pa.span.start - pb.span.start;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ReconcileResult {
  events: EventGroup[];
  findings: Finding[];
}

/**
 * Compares the claims of a run: groups them into events, then runs each rule over the context.
 * Rules are independent and pure; their order only matters for ties in the final sort.
 */
export function reconcile(articles: readonly Article[], claims: readonly Claim[], rules: readonly ReconcileRule[] = RULES): ReconcileResult {
  const claimById = new LazyMap(() => new Map(claims.map((claim) => [claim.id, claim])));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const { events, eventOf, mainEventOf } = assignEvents(articles, claims);
  const context: ReconcileContext = { articles: [...articles], claims: [...claims], events, eventOf, mainEventOf, claimById, articleById };
  const byId = new Map<string, Finding>();
  for (const rule of rules) {
    // A story of one article (a single file checked on its own) has no other side to compare with.
    if (rule.meta.acrossArticles && articles.length < 2) continue;
    for (const draft of rule.run(context)) {
      const finding = toFinding(rule, draft, claimById);
      if (!byId.has(finding.id)) byId.set(finding.id, finding);
    }
  }
  return { events, findings: [...byId.values()].sort(compareFindings) };
}
