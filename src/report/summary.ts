import type { ArticleReport, CheckResult, EventGroup, Finding, Severity } from '../types.js';
import { pushTo } from '../util/push-to.js';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** "3 errors, 1 warning, 12 info". */
export function severitySummary(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** How a reader names an article: its outlet when known, else its id. */
export function articleLabel(article: ArticleReport | undefined, id: string): string {
  return article?.outlet ? `${id} (${article.outlet})` : id;
}

/** Plain-language name of how a publication date was learnt. */
export function basisLabel(basis: string | null): string {
  switch (basis) {
    case 'given':
      return 'given on the command line or in a manifest';
    case 'front-matter':
      return 'front matter';
    case 'dateline':
      return 'dateline in the text';
    case 'inferred':
      return 'inferred from the text';
    default:
      return 'unknown';
  }
}

export interface EventSection {
  /** The event, or undefined for findings that belong to no known event. */
  event?: EventGroup;
  findings: Finding[];
}

/**
 * Findings grouped by event, in the order of `result.events`; findings without an event (or with an
 * event id the result does not list) come last. Within a group the most severe come first, otherwise in
 * the result's order. Events without findings are left out.
 */
export function findingsByEvent(result: CheckResult, findings: readonly Finding[] = result.findings): EventSection[] {
  const events = result.events ?? [];
  const known = new Map(events.map((event) => [event.id, event]));
  const byEvent = new Map<string, Finding[]>();
  const loose: Finding[] = [];
  for (const finding of findings) {
    if (finding.event !== undefined && known.has(finding.event)) {
      pushTo(byEvent, finding.event, finding);
    } else {
      loose.push(finding);
    }
  }
  const sections: EventSection[] = events
    .filter((event) => byEvent.has(event.id))
    .map((event) => ({ event, findings: bySeverity(byEvent.get(event.id)!) }));
  if (loose.length > 0) sections.push({ findings: bySeverity(loose) });
  return sections;
}

/** Most severe first; a stable sort, so the reconciler's order holds within a severity. */
function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** Whether a finding is a corroboration (what several articles agree on) rather than a discrepancy. */
export function isCorroboration(finding: Finding): boolean {
  return finding.verdict === 'corroborated';
}

/** The distinct articles a finding's positions come from, in order of first appearance. */
export function articlesOf(finding: Finding): string[] {
  return [...new Set(finding.positions.map((position) => position.article))];
}

/** Keeps only errors: what `--quiet` prints. The exit code is computed from the full result. */
export function errorsOnly(result: CheckResult): CheckResult {
  return { ...result, findings: result.findings.filter((finding) => finding.severity === 'error') };
}
