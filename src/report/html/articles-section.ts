import type { Article, ArticleReport, CheckResult, Claim, Finding, Severity } from '../../types.js';
import { basisLabel } from '../summary.js';
import { splitByRanges, type LabelledRange } from '../text-ranges.js';
import { domId, escapeHtml, safeHref } from './escape.js';

type Label = { kind: 'claim'; claim: Claim } | { kind: 'excluded' };

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Findings per claim id, most severe first. */
export function findingsByClaim(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const position of finding.positions) {
      if (position.claim === null) continue;
      const list = map.get(position.claim) ?? [];
      if (!list.includes(finding)) list.push(finding);
      map.set(position.claim, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return map;
}

/**
 * An article's text with its claims highlighted. Overlapping claims are cut into flat segments;
 * each segment links to the finding of its innermost claim that has one, and the first segment of
 * each claim carries the claim's anchor (the findings and the timeline link to it).
 */
function articleTextHtml(article: Article, claims: readonly Claim[], byClaim: ReadonlyMap<string, Finding[]>): string {
  const ranges: LabelledRange<Label>[] = [
    ...claims.map((claim) => ({ start: claim.span.start, end: claim.span.end, label: { kind: 'claim' as const, claim } })),
    ...article.excluded.map((range) => ({ start: range.span.start, end: range.span.end, label: { kind: 'excluded' as const } })),
  ];
  const anchored = new Set<string>();
  return splitByRanges(article.text, ranges)
    .map((segment) => {
      const text = escapeHtml(segment.text);
      const covering = segment.covering.flatMap((label) => (label.kind === 'claim' ? [label.claim] : []));
      const excluded = segment.covering.some((label) => label.kind === 'excluded');
      const anchors = covering
        .filter((claim) => !anchored.has(claim.id) && claim.span.start === segment.start)
        .map((claim) => {
          anchored.add(claim.id);
          return `<span class="anchor" id="${domId('claim', claim.id)}"></span>`;
        })
        .join('');
      if (covering.length === 0) return excluded ? `<span class="excluded">${text}</span>` : text;
      const linked = covering.find((claim) => byClaim.has(claim.id));
      const finding = linked ? byClaim.get(linked.id)![0]! : undefined;
      const classes = ['claim', `kind-${covering[0]!.kind}`, ...(finding ? [`sev-${finding.severity}`] : []), ...(excluded ? ['excluded'] : [])];
      const title = covering.map((claim) => `${claim.kind}: “${claim.text}”`).join('\n') + (finding ? `\n→ ${finding.message}` : '');
      const body = finding
        ? `<a class="${classes.join(' ')}" href="#${domId('finding', finding.id)}" title="${escapeHtml(title)}">${text}</a>`
        : `<mark class="${classes.join(' ')}" title="${escapeHtml(title)}">${text}</mark>`;
      return anchors + body;
    })
    .join('');
}

function headerHtml(report: ArticleReport): string {
  const href = safeHref(report.url);
  const published = report.published.value
    ? `published ${escapeHtml(report.published.value)} (${escapeHtml(basisLabel(report.published.basis))})`
    : 'publication date unknown';
  const facts = [
    `<code>${escapeHtml(report.id)}</code>`,
    ...(report.outlet ? [escapeHtml(report.outlet)] : []),
    published,
    escapeHtml(report.path),
    ...(href ? [`<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(report.url!)}</a>`] : report.url ? [escapeHtml(report.url)] : []),
  ];
  const evidence = report.published.evidence ?? [];
  return [
    `<h3>${escapeHtml(report.title ?? report.id)}</h3>`,
    `<p class="meta">${facts.join(' · ')}</p>`,
    report.textSource === 'html-text' ? '<p class="note">Positions refer to the text taken from the HTML page by the HTML parser.</p>' : '',
    evidence.length > 0
      ? `<details><summary>How the publication date was worked out</summary><ul>${evidence
          .map((step) => `<li>${escapeHtml(step.article)}${step.text ? `: “${escapeHtml(step.text)}”` : ''} — ${escapeHtml(step.reason)}</li>`)
          .join('')}</ul></details>`
      : '',
  ].join('\n');
}

/** Each article with its claims highlighted and linked to their findings. */
export function articlesSectionHtml(result: CheckResult, articles: readonly Article[] | undefined): string {
  const textById = new Map((articles ?? []).map((article) => [article.id, article]));
  const byClaim = findingsByClaim(result.findings);
  const views = result.articles.map((report) => {
    const article = textById.get(report.id);
    const claims = result.claims.filter((claim) => claim.article === report.id);
    const text = article
      ? `<div class="article-text">${articleTextHtml(article, claims, byClaim)}</div>`
      : '<p class="empty">The article text is not part of this result.</p>';
    return [`<article class="article-view" id="${domId('article', report.id)}">`, headerHtml(report), text, '</article>'].join('\n');
  });
  const index = result.articles.map((report) => `<a href="#${domId('article', report.id)}">${escapeHtml(report.id)}</a>`).join(' ');
  return ['<section id="articles">', '<h2>Articles</h2>', `<nav class="article-index">${index}</nav>`, ...views, '</section>'].join('\n');
}
